class D(dict):
    def __missing__(self, key):
        return "missing:" + repr(key)
d = D(a=1)
print(d["a"], d["b"], d, type(d).__name__, len(d))
print(d.get("b"), "b" in d)
class Counter(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))
class Plain(dict):
    pass
p = Plain({1: 2})
try:
    p[5]
except KeyError as e:
    print("KeyError", e)
print(p, p.copy(), type(p.copy()).__name__, Plain.fromkeys([1, 2]), type(Plain.fromkeys([1])).__name__)
class Init(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self["extra"] = True
print(Init(x=1), Init([(1, 2)]))
class S(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
s = S()
s[1] = 5
s.update({2: 3})
print(s, S.fromkeys([7], 1))
class R(dict):
    def __repr__(self):
        return "R" + super().__repr__()
print(R(a=1), [R()])
print(isinstance(d, dict), issubclass(D, dict), D.__mro__[1].__name__)
print(p == {1: 2}, {1: 2} == p, p | {3: 4}, type(p | {3: 4}).__name__)
class K(dict):
    def keys(self):
        return ["z"]
    def __getitem__(self, k):
        return k * 2
print(dict(K(a=1)), dict(**K(b=1)) if False else "skip")
class M:
    def keys(self): return [1, 2]
    def __getitem__(self, k): return k * 10
print(dict(M()), {}.update(M()))
x = {}
x.update(M())
print(x)
d = D()
d.attr = 1
print(d.attr, d)
