class DataD:
    def __get__(self, o, t): return 'data'
    def __set__(self, o, v): print('data set', v)
class NonD:
    def __get__(self, o, t): return 'nondata'
class A:
    d = DataD()
    n = NonD()
    c = 'classattr'
    def m(self): return 'method'
a = A()
a.__dict__.update(d='inst-d', n='inst-n', c='inst-c', m='inst-m')
print(a.d, a.n, a.c, a.m)
a.d = 1
print(A.d, A.n, A.c, A.m.__name__)
del a.__dict__['m']
print(a.m())
class Meta(type):
    md = DataD()
    mn = NonD()
    both = 'meta-both'
class B(metaclass=Meta):
    mn = 'class-mn'
    both = 'class-both'
print(B.md, B.mn, B.both)
B.md = 5
class Base:
    x = 'base'
class Child(Base):
    pass
c = Child()
print(c.x)
Base.x = 'changed'
print(c.x, Child.x)
Child.x = 'child'
print(c.x, Base.x)
del Child.x
print(c.x)
class P:
    @property
    def v(self): return 'prop'
p = P()
p.__dict__['v'] = 'inst'
print(p.v)
class Q:
    __slots__ = ('s',)
    t = 'class t'
q = Q()
q.s = 'slot'
print(q.s, q.t)
try:
    q.t = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
class F:
    def f(self): return 'f'
f = F()
f.f = lambda: 'instance lambda'
print(f.f(), F.f(f))
import sys
print(type(sys.modules) is dict, sys.__class__.__name__)
class G:
    __getattr__ = lambda self, n: 'getattr:' + n
    y = 'real'
print(G().y, G().z)
class H:
    def __init__(self): self.__dict__['w'] = 1
    def __setattr__(self, n, v): raise AttributeError('frozen')
h = H()
print(h.w)
try:
    h.w = 2
except AttributeError as e:
    print(type(e).__name__, e)
