def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "aé中😀"
for enc in ["utf-8", "utf8", "UTF-8", "U8", "utf_8", "latin-1", "latin1", "iso-8859-1", "ascii", "us-ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "UTF-32-BE", "utf-8-sig"]:
    t(lambda: "abc".encode(enc))
for errors in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "surrogateescape"]:
    for enc in ["ascii", "latin-1"]:
        t(lambda: s.encode(enc, errors))
t(lambda: s.encode())
t(lambda: s.encode("utf-16"))
t(lambda: s.encode("utf-32-be"))
t(lambda: "a\udc80b".encode("utf-8"))
t(lambda: "a\udc80b".encode("utf-8", "surrogateescape"))
t(lambda: "a\udc80\udc81b".encode("utf-8", "surrogatepass"))
t(lambda: "a\ud800\udfffb".encode("utf-8", "replace"))
t(lambda: "a\udc80b".encode("ascii", "surrogateescape"))
t(lambda: "a\udc10b".encode("ascii", "surrogateescape"))
t(lambda: "\ud800".encode("utf-16"))
t(lambda: "\ud800".encode("utf-16-le", "surrogatepass"))
t(lambda: "aéé".encode("ascii"))
t(lambda: "aéb中".encode("latin-1"))
t(lambda: "x".encode("nope"))
t(lambda: "é".encode("utf-8", "nope"))
t(lambda: "x".encode("utf-8", "nope"))
t(lambda: "é".encode("ascii", "nope"))
t(lambda: "x".encode(1))
t(lambda: "x".encode(errors=1))
t(lambda: "x".encode(encoding="ascii", errors="strict"))
try:
    "aéé".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
