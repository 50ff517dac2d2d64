class A:
    @classmethod
    def cm(cls): return ('A.cm', cls.__name__)
    @staticmethod
    def sm(): return 'A.sm'
    @property
    def p(self): return 'A.p'
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.inited = cls.__name__
class B(A):
    @classmethod
    def cm(cls): return ('B.cm',) + super().cm()
    @staticmethod
    def sm(): return 'B.sm+' + super(B, B).sm()
    @property
    def p(self): return 'B.p+' + super().p
    def cls_of_super(self): return super().__class__.__name__
print(B.cm(), B.sm(), B().p, B.inited, B().cls_of_super())
class C:
    def __init__(self, **kw):
        self.kw = kw
class D(C):
    def __init__(self, a, **kw):
        super().__init__(**kw)
        self.a = a
d = D(1, b=2)
print(d.a, d.kw)
try:
    super(D, C())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(D, D, D)
except TypeError as e:
    print(type(e).__name__, e)
print(super(D, D).__init__ is not None, super(C, D()).__init__.__name__)
class Outer:
    class Inner(C):
        def __init__(self):
            super().__init__(inner=True)
print(Outer.Inner().kw)
class E(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
    def get2(self, k):
        return super().get(k)
e = E(a=3)
print(e['a'], e.get2('a'))
class F(list):
    def __iter__(self):
        for x in super().__iter__():
            yield x * 10
print(list(F([1, 2])))
class G(Exception):
    def __str__(self):
        return 'G:' + super().__str__()
print(str(G('msg')))
class H:
    def method(self):
        return [lambda: super().__class__, (lambda: __class__)()]
print(H().method()[1].__name__)
class K:
    def __repr__(self):
        return 'K<' + super().__repr__()[:10] + '>'
print(repr(K()))
class L(int):
    def __add__(self, o):
        return L(super().__add__(o) * 10)
print(L(1) + 2, type(L(1) + 2).__name__)
class M(str):
    def __getitem__(self, i):
        return super().__getitem__(i).upper()
print(M('abc')[1])
class N:
    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2)
n = N()
n.x = 5
print(n.x)
class O:
    def __getattribute__(self, k):
        if k == 'z':
            return 'zz'
        return super().__getattribute__(k)
o = O()
o.y = 1
print(o.z, o.y)
def outside(self):
    return super(P, self).f() + 1
class Pbase:
    def f(self): return 1
class P(Pbase):
    g = outside
print(P().g())
