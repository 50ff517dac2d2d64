def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("world", 6), s.startswith("lo", 3, 5))
print(s.endswith("world"), s.endswith("hello"), s.endswith("hello", 0, 5), s.endswith(""), s.endswith("o", -1), s.endswith("", 11), s.endswith("", 12))
print(s.startswith(("x", "he")), s.startswith(()), s.endswith(("ld", "zz")), s.startswith("hello world!"), s.startswith("h", -100))
print("".startswith(""), "".endswith("a"), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", None, None))
print("中文".startswith("中"), "中文".endswith("文"), "abc".startswith("中"), "é😀".endswith("😀"), "a😀".startswith("é"))
t(lambda: s.startswith(1))
t(lambda: s.endswith(["a"]))
t(lambda: s.startswith(("a", 1)))
t(lambda: s.endswith(("a", None)))
t(lambda: s.startswith())
t(lambda: s.startswith("a", "b"))
