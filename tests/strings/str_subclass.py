class MyStr(str):
    def shout(self):
        return self.upper() + "!"

s = MyStr("hello")
print(s, repr(s), type(s).__name__, len(s), s.shout(), s == "hello", "hello" == s, hash(s) == hash("hello"))
print(type(s + "x").__name__, type(s[1:]).__name__, type(s.upper()).__name__, type(str(s)).__name__, type(s * 2).__name__)
print(s[0], s[-1], "ell" in s, s.find("l"), s.split("l"), list(s)[:2], isinstance(s, str))
s.attr = 5
print(s.attr, s.__dict__)
class Wide(str):
    pass
for text in ["", "a", "é", "中文字", "😀😀", "x" * 8, "y" * 16, "é" * 9, "中" * 7, "😀" * 5]:
    w = Wide(text)
    w.tag = text[:1]
    print(repr(w), len(w), w == text, w.tag == text[:1], str(w) == text, w.upper() == text.upper())
class WithNew(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(WithNew("ab"), type(WithNew("ab")).__name__)
class WithInit(str):
    def __init__(self, v):
        self.orig = v
w = WithInit(12)
print(w, w.orig, type(w).__name__)
d = {MyStr("k"): 1}
print(d["k"], d[MyStr("k")])
print("{}".format(MyStr("f")), "%s" % MyStr("p"), f"{MyStr('q')}")
class Rep(str):
    def __repr__(self):
        return "Rep()"
    def __str__(self):
        return "rep-str"
r = Rep("x")
print(repr(r), str(r), "%s" % r, "{}".format(r), [r], r + "y")
