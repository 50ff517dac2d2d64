def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytes(range(0, 256, 37))
print(b.hex(), b"".hex(), b"\x00\xff".hex(), bytearray(b"ab").hex())
for args in [(":",), ("-", 2), ("_", -2), (b"|", 3), (" ", 1), (":", 10), (":", -10), (":", 0)]:
    t(lambda: b"abcdefg".hex(*args))
t(lambda: b"abc".hex("::"))
t(lambda: b"abc".hex(1))
t(lambda: b"abc".hex("é"))
t(lambda: b"abc".hex(sep=":", bytes_per_sep=2))
print(bytes.fromhex("00ff10"), bytes.fromhex(" 01 02  0a "), bytes.fromhex(""), bytes.fromhex("DEADbeef"), bytearray.fromhex("41 42"))
t(lambda: bytes.fromhex("0g"))
t(lambda: bytes.fromhex("0"))
t(lambda: bytes.fromhex("0 1"))
t(lambda: bytes.fromhex(1))
t(lambda: bytes.fromhex("é0"))
class MB(bytes):
    pass
r = MB.fromhex("6162")
print(r, type(r).__name__)
