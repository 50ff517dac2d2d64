def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = bytearray(b"hello")
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], list(a), a + b"!", a * 2, b"x" + a, a == b"hello", a < b"z", a == "hello")
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"copy"), bytearray(range(3)), bytearray(iter([65])))
print(repr(bytearray(b"it's \"q\"")), str(bytearray(b"\x00\xff")), bytes(bytearray(b"ab")), bytearray(b"ab").hex())
t(lambda: bytearray("a"))
t(lambda: bytearray(1, "utf-8"))
t(lambda: bytearray(-1))
t(lambda: bytearray([256]))
t(lambda: a[10])
t(lambda: a["x"])
t(lambda: a + "x")
t(lambda: hash(a))
print(a.find(b"l"), a.count(b"l"), a.split(b"l"), a.upper(), a.startswith(b"he"), a.replace(b"l", b"L"), a.strip(b"ho"), b"l" in a, 108 in a)
print(type(a.split(b"l")[0]).__name__, type(a.strip()).__name__, type(a[1:]).__name__, type(a + b"x").__name__, type(b"x" + a).__name__)
print(a.partition(b"l"), a.center(9, b"*"), a.zfill(7), a.decode(), a.title(), a.isalpha(), a.join([b"1", b"2"]))
class MyBA(bytearray):
    pass
m = MyBA(b"sub")
print(m, repr(m), type(m).__name__, m + b"x", len(m))
it = iter(bytearray(b"ab"))
print(next(it), next(it), next(it, None), type(iter(bytearray())).__name__)
print(bytearray(b"abc").__reduce__()[1], bytearray(b"x") * 0, bytearray(b"ab") * -1)
print(bytearray(b"%d+%s") % (1, b"z"), a.copy(), a.copy() is a, a.copy() == a)
