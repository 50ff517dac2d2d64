print(int("42"), str(3), list((1, 2)), dict(a=1), sorted([3, 1], reverse=True))
print(max(1, 5, key=lambda v: -v), min([4, 2]), "x".join(["a", "b"]))
print("{}-{}".format(1, 2), "%s" % "pct", f"{3:>4}|{'s'!r}|{2.5:.2f}")
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1), f(a=1), f(1, *[2, 3], b=4, **{"c": 5}))
args = (1, 2)
kw = {"x": 1}
print(f(*args, **kw))
class M:
    def __init__(self):
        self.calls = 0
    def m(self, *a, **k):
        self.calls += 1
        return len(a), sorted(k)
o = M()
meth = o.m
for _ in range(3):
    meth(1, z=2)
print(o.calls, o.m(*range(4), **{"q": 1, "p": 2}))
print(M.m(o, 1))
print(type(o).m(o))
class S(str):
    pass
print(S("abc").upper(), len(S("xy")))
print((lambda *a: a)(*"abc"))
def keyword_names(**kw):
    return list(kw)
print(keyword_names(b=1, a=2, c=3))
import sys
print(getattr(sys, "nope", "default"), hasattr(o, "calls"))
bm = [].append
bm(1)
print(bm.__self__, bm.__name__)
class WithNew:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.a = a
        return inst
print(WithNew(1, 2).a)
class CallableCls:
    def __call__(self, x):
        return x + 1
print(list(map(CallableCls(), [1, 2])))
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag, fn(*a, **k)
        return inner
    return wrap
@deco("t1")
@deco("t2")
def decorated(v):
    return v
print(decorated(5))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1]))
print(isinstance(f, type(lambda: 0)), callable(M), callable(o))
