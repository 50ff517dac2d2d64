class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('RecursionError', e)
class G:
    def __getattr__(self, n): return self.missing
try:
    G().x
except RecursionError as e:
    print('RecursionError2')
class A: pass
A.__bases__ = (object,)
class B: x = 1
class C(A): pass
C.__bases__ = (B,)
print(C.x, C.__mro__)
try:
    C.__bases__ = (C,)
except TypeError as e:
    print(e)
try:
    A.__bases__ = ()
except TypeError as e:
    print(e)
try:
    C.__bases__ = (int,)
except TypeError as e:
    print(e)
print(repr(list.sort.__get__([3,1,2]))[:30], dict.get({'a': 1}, 'a'), str.join(',', ['a', 'b']))
l = [3, 1, 2]
list.sort(l, key=lambda x: -x)
print(l)
try:
    list.sort(l, 1)
except TypeError as e:
    print(e)
class Q:
    def __eq__(self, o): return 'yes'
print(Q() == 1, [Q()] == [1], Q() in [1])
class X:
    def __init__(self): pass
del X.__init__
print(repr(X())[:20])
print(type(X()).__name__)
class M(type):
    pass
M.x = 5
class Y(metaclass=M): pass
print(Y.x)
try:
    Y().x
except AttributeError as e:
    print(e)
print(type.__call__(A).__class__.__name__)
print(A.__dict__['__dict__'].__get__(A()), type(A.__dict__['__dict__'].__objclass__))
class Z:
    def __init_subclass__(cls, **kw): print('init_subclass', kw)
class Z2(Z, a=1): pass
Z3 = type('Z3', (Z,), {}, b=2)
print(Z3.__name__)
try:
    type.__new__(type, 'X', (), {}, 1)
except TypeError as e:
    print(e)
class Obj:
    __slots__ = ()
    def __init__(self): pass
print(Obj.__dict__.get('__dict__'), Obj().__class__)
import sys
print(sys.getrefcount(A) > 0)
class Weird:
    __slots__ = ['a', 'b']
w = Weird()
w.a = 1
print(w.a, Weird.__slots__)
