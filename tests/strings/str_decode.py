def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for data in [b"abc", b"\xc3\xa9", b"\xe4\xb8\xad", b"\xf0\x9f\x98\x80", b"\xff", b"a\x80b", b"\xc3", b"\xe4\xb8", b"\xe4\xb8x", b"\xe4x",
             b"\xed\xa0\x80", b"\xc0\xaf", b"\xe0\x80\x80", b"\xf4\x90\x80\x80", b"\xf5", b"\xf0\x9f\x98", b"\xc3\xa9\xff\xfe", b"a\xc3"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        t(lambda: data.decode("utf-8", errors))
t(lambda: b"\xed\xa0\x80".decode("utf-8", "surrogatepass"))
t(lambda: b"\xff".decode("ascii"))
t(lambda: b"a\xffb\xfe".decode("ascii", "replace"))
t(lambda: b"a\xffb".decode("ascii", "surrogateescape"))
t(lambda: b"a\xffb".decode("ascii", "backslashreplace"))
t(lambda: b"\xff\xe9".decode("latin-1"))
t(lambda: b"abc".decode("unknown-enc"))
t(lambda: b"\xff".decode("utf-8", "whatever"))
t(lambda: b"abc".decode("utf-8", "whatever"))
t(lambda: bytearray(b"\xc3\xa9").decode())
t(lambda: b"\xef\xbb\xbfabc".decode("utf-8-sig"))
t(lambda: b"abc".decode(encoding="ascii"))
try:
    b"ab\xff".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
