def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(b"%s %s" % (b"a", bytearray(b"b")), b"%d %5d %-3d| %x %X %o %#x" % (1, 2, 3, 255, 255, 8, 16), b"%.2f %e" % (3.14159, 1e10))
print(b"%c%c" % (65, b"B"), b"%r %a" % ("é", b"x"), b"%%", b"%(k)s" % {b"k": b"v"}, b"%b" % b"bb", b"%5s|%-5s|" % (b"ab", b"cd"))
print(bytearray(b"%s-%d") % (b"x", 5), type(bytearray(b"%s") % b"q").__name__)
class HB:
    def __bytes__(self):
        return b"HB"
print(b"%s" % HB(), b"%.1s" % b"xyz", b"no args" % (), b"%s" % (b"t",))
t(lambda: b"%s" % "str")
t(lambda: b"%s" % 1)
t(lambda: b"%c" % 300)
t(lambda: b"%c" % "a")
t(lambda: b"%c" % b"ab")
t(lambda: b"%d" % b"1")
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"%y" % 1)
t(lambda: b"%(a)s" % {"a": b"x"})
