def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "aé中😀"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s, len(b))
t(lambda: b"\xff\xfea\x00".decode("utf-16"))
t(lambda: b"\xfe\xff\x00a".decode("utf-16"))
t(lambda: b"a\x00".decode("utf-16"))
t(lambda: b"\x00".decode("utf-16"))
t(lambda: b"a\x00b".decode("utf-16-le"))
t(lambda: b"\x00\xd8a\x00".decode("utf-16-le"))
t(lambda: b"\x00\xdca\x00".decode("utf-16-le"))
t(lambda: b"\x00\xd8".decode("utf-16-le"))
t(lambda: b"\x00\xd8a\x00".decode("utf-16-le", "replace"))
t(lambda: b"\x00\xd8".decode("utf-16-le", "surrogatepass"))
t(lambda: b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"))
t(lambda: b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"))
t(lambda: b"a\x00\x00".decode("utf-32"))
t(lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
t(lambda: b"\x00\xd8\x00\x00".decode("utf-32-le"))
t(lambda: b"\x00\x00\x11\x00".decode("utf-32-le", "replace"))
t(lambda: "\ud800".encode("utf-32"))
t(lambda: "a\ud800".encode("utf-16-be", "replace"))
t(lambda: "a\ud800".encode("utf-16-be", "backslashreplace"))
t(lambda: b"".decode("utf-16"))
t(lambda: "".encode("utf-16"))
t(lambda: "".encode("utf-32"))
