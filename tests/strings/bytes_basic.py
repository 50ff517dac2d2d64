def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], list(b), b + b" world", b * 2, 2 * b"ab", b"x" * 0)
print(b == b"hello", b != b"x", b < b"help", b"a" < b"ab", b > b"", b"\xff" > b"a", b"abc" <= b"abc", hash(b) == hash(b"hel" + b"lo"))
print(b"" == b"", b"a" == "a", b"a" == bytearray(b"a"), bytearray(b"a") == b"a", b"ab" in b"xaby", 104 in b, 300 in b"" if False else 1)
t(lambda: b[5])
t(lambda: b["x"])
t(lambda: b + "x")
t(lambda: b + 1)
t(lambda: "x" + b)
t(lambda: b < "a")
t(lambda: "a" in b)
t(lambda: 300 in b)
t(lambda: b * 1.5)
for x in [b"", b"abc", b"it's", b'say "hi"', b"both ' \"", b"\x00\x01\t\n\r\x7f\x80\xff", b"\\", bytes(range(0, 256, 15))]:
    print(repr(x), str(x), len(x))
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(3)), bytes(b"copy"), bytes(bytearray(b"ba")), bytes("é", "utf-8"), bytes("x", encoding="ascii"))
print(bytes(iter([97, 98])), bytes(x for x in [99]), bytes("é", "latin-1", "strict"))
t(lambda: bytes("a"))
t(lambda: bytes(1, "utf-8"))
t(lambda: bytes(-1))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(["a"]))
t(lambda: bytes(1.5))
t(lambda: bytes(None))
t(lambda: bytes("é", "ascii"))
t(lambda: bytes(b"a", "utf-8"))
t(lambda: bytes(errors="strict"))
class B:
    def __bytes__(self):
        return b"from dunder"
class BadB:
    def __bytes__(self):
        return "no"
print(bytes(B()))
t(lambda: bytes(BadB()))
for i in b"ab":
    print(i, end=" ")
print()
it = iter(b"xyz")
print(next(it), it.__length_hint__(), list(it), type(iter(b"")).__name__)
print(b"a" b"b", b"\x41\102", rb"\n", len(rb"\n"), b"%b" % b"x" if True else 0)
print(type(b[0]).__name__, type(b[0:1]).__name__, b.__getitem__(0), bytes.__len__(b"abc"))
class MyB(bytes):
    pass
m = MyB(b"sub")
m.x = 1
print(m, type(m).__name__, m == b"sub", len(m), m[0], m.x, type(m[0:1]).__name__, bytes(m), type(bytes(m)).__name__)
for n in range(0, 20, 3):
    mm = MyB(b"q" * n)
    mm.tag = n
    print(mm == b"q" * n, mm.tag)
