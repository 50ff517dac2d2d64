def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abc".strip(""), "abc".strip("cba"), "aXa".lstrip("a"), "aXa".rstrip("a"))
print(repr("\u3000 é \u2003".strip()), "ééaéé".strip("é"), "中a中".strip("中"), "abc".strip(None))
t(lambda: "a".strip(1))
t(lambda: "a".lstrip(1))
t(lambda: "a".rstrip(b"a"))
t(lambda: "a".strip("a", "b"))
print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"), "body_suf".removesuffix("_suf"), "a".removesuffix(""), "".removeprefix(""))
print("aaa".removeprefix("a"), "aaa".removesuffix("aa"), "é中".removeprefix("é"))
t(lambda: "a".removeprefix(1))
t(lambda: "a".removesuffix(None))
