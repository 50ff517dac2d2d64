def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class S(set):
    def __init__(self, it, tag=None):
        super().__init__(it)
        self.tag = tag
s = S([1, 2], tag="x")
print(s, s.tag, type(s | {3}).__name__)
class F(frozenset):
    def __new__(cls, it, tag=None):
        o = super().__new__(cls, it)
        o.tag = tag
        return o
f = F([1], tag="y")
print(f, f.tag, hash(f) == hash(frozenset([1])))
class T(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)
print(T(1, 2, 3), len(T()))
class L(list):
    def __init__(self, *args, **kw):
        super().__init__(args)
        self.kw = kw
l = L(1, 2, a=3)
print(l, l.kw)
class D(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.n = len(self)
d = D({1: 2}, x=3)
print(d, d.n)
t(lambda: S([1], 2, 3))
t(lambda: set.__init__(set(), [1], [2]))
t(lambda: list.__init__([], [1], x=1))
print(frozenset.__new__(F, [5]), type(frozenset.__new__(F, [5])).__name__)
print(sorted(S("cab")), S("ab") == {"a", "b"}, isinstance(S(""), set))
print(list(reversed(L(1, 2))), L(3, 4) + [5], L(1) * 2)
print(dict.fromkeys.__func__ if hasattr(dict.fromkeys, "__func__") else "cm", D.fromkeys([1]).n)
