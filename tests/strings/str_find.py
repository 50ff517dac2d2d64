def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "abracadabra"
for sub in ["a", "abra", "cad", "x", "", "ra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -3), s.find("a", -100, -8), s.find("bra", 2, 4))
print(s.rfind("a", 0, -1), s.rfind("abra", 0, 10), s.rfind("", 5), s.find("", 11), s.find("", 12), s.rfind("", 12))
print(s.count("a", 2), s.count("a", 2, 5), s.count("", 3, 5), s.count("", 20), s.count("a", None, None))
print(s.index("c"), s.rindex("a"), s.index("a", None), s.find("a", None, 5))
t(lambda: s.index("z"))
t(lambda: s.rindex("z"))
t(lambda: s.rindex("a", 11))
t(lambda: s.find(1))
t(lambda: s.count(None))
t(lambda: s.find())
t(lambda: s.find("a", "b"))
t(lambda: s.find("a", 1.5))
t(lambda: s.find("a", 1, 2, 3))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"))
u = "中文中文abc中"
print(u.find("文"), u.rfind("中"), u.count("中"), u.find("abc"), u.find("é"), u.index("c"), u.find("中文", 1))
w = "😀a😀b"
print(w.find("a"), w.rfind("😀"), w.count("😀"), w.find("b", 2), "a😀".find("😀"))
print("é" in "café", "e" in "café", "中" in "abc", "😀" in "é😀")
