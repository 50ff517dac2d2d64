class A:
    def f(self): return ['A.f']
    @classmethod
    def c(cls): return ['A.c', cls.__name__]
    def __init__(self): self.log = ['A.init']
class B(A):
    def f(self): return ['B.f'] + super().f()
    @classmethod
    def c(cls): return ['B.c'] + super().c()
    def __init__(self):
        super().__init__()
        self.log.append('B.init')
class C(A):
    def f(self): return ['C.f'] + super(C, self).f()
class D(B, C):
    def f(self): return ['D.f'] + super().f()
    def __init__(self):
        super(D, self).__init__()
        self.log.append('D.init')
d = D()
print(d.f())
print(D.c())
print(d.log)
print(super(B, d).f())
print(super(D, D).c())
s = super(B, d)
print(repr(s).startswith("<super: <class 'B'>, <D object>>"), s.__thisclass__ is B, s.__self__ is d, s.__self_class__ is D)
print(repr(super(B)))
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
def nocls():
    return super()
try:
    nocls()
except RuntimeError as e:
    print(type(e).__name__, e)
class E:
    def m(self):
        def inner():
            return super()
        return inner
class F(E):
    def g(self):
        return super().missing
try:
    F().g()
except AttributeError as e:
    print(type(e).__name__, e)
class G:
    def m(*args):
        return super()
class H(G): pass
try:
    H().m()
except Exception as e:
    print(type(e).__name__)
class P:
    def __init__(self, v): self.v = v
    @property
    def prop(self): return self.v * 2
class Q(P):
    @property
    def prop(self): return super().prop + 1
print(Q(5).prop)
class R(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
r = R()
r['a'] = 1
print(r)
class S:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.args = a
        return o
print(S(1, 2).args)
class T(object):
    def meth(self):
        __class__
        return super().__repr__()[:10]
print(T().meth())
