def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("x", "y"), s.replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("aaaa".replace("aa", "b"), "aaa".replace("a", ""), "abc".replace("b", "中"), "a中c".replace("中", "b"), "😀x😀".replace("😀", "y"))
print("abc".replace("abc", ""), "ééé".replace("é", "e", 2), "abab".replace("ab", "ba"), "x".replace("x", "xx"))
t(lambda: "abc".replace("b", "X", count=1))
t(lambda: "a".replace(1, "b"))
t(lambda: "a".replace("a", 2))
t(lambda: "a".replace("a"))
t(lambda: "a".replace("a", "b", "c"))
t(lambda: "a".replace("a", "b", 1.0))
