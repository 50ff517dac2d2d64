def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(repr(str()), repr(str("")), repr(str("abc")), repr(str(42)), repr(str(-1.25)), repr(str(True)), repr(str([])))
print(repr(str(b"ab")), repr(str(b"ab", "ascii")), repr(str(b"\xc3\xa9", "utf-8")), repr(str(b"\xff", "utf-8", "replace")))
print(repr(str(bytearray(b"xy"), "latin-1")), repr(str(b"a\xffb", errors="ignore")), repr(str(object="kw")), repr(str(encoding="utf-8")))
print(repr(str(b"\xe9", encoding="latin1")), repr(str(b"", "utf-16")))
t(lambda: str("a", "utf-8"))
t(lambda: str(1, "utf-8"))
t(lambda: str(b"a", 1))
t(lambda: str(b"a", "utf-8", 1))
t(lambda: str(b"a", "nope"))
t(lambda: str(b"\xff", "ascii"))
t(lambda: str(1, 2, 3, 4))
t(lambda: str(x=1))
class R:
    def __repr__(self):
        return "R!"
class S:
    def __str__(self):
        return "S!"
class Bad:
    def __str__(self):
        return 5
print(str(R()), str(S()), repr(S()) == repr(S()) or True, "%s|%r" % (R(), R()))
t(lambda: str(Bad()))
print(str is type(""), isinstance("a", str), issubclass(str, object))
