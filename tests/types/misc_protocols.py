class A:
    def __init__(self): self.a = 1
    def __eq__(self, o): return NotImplemented
a = A()
print(a == a, a != a, a == 1, [a].count(a), a in [a], [a].index(a))
print(vars(A)['__init__'].__name__, A.__init__ is vars(A)['__init__'])
print(type.__dict__['__name__'].__get__(A), type(type.__dict__['__name__']).__name__)
print(sorted(vars(a)), vars(a) is a.__dict__)
try:
    vars(1)
except TypeError as e:
    print(e)
class B:
    __slots__ = ()
try:
    vars(B())
except TypeError as e:
    print(e)
print(getattr(A, '__name__'), getattr(A(), '__class__').__name__, hasattr(A, 'mro'), hasattr(A(), 'mro'))
try:
    A().mro()
except AttributeError as e:
    print(e)
print(int.mro(), type(int.mro()))
print(object.__subclasshook__(), A.__subclasshook__(int))
class C:
    @property
    def x(self): return 1
try:
    C.x.fset(C(), 5)
except TypeError as e:
    print(e)
print(C.x.__get__(C()), C.x.__get__(None, C) is C.x)
try:
    C.x.__set__(C(), 5)
except AttributeError as e:
    print(e)
class D:
    def __init__(self):
        self.items = {}
    def __getitem__(self, k): return self.items[k]
    def __setitem__(self, k, v): self.items[k] = v
d = D()
d['x'] = 1
d['x'] += 5
print(d['x'])
try:
    del d['x']
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(d)
except TypeError as e:
    print(e)
try:
    iter(A())
except TypeError as e:
    print(e)
try:
    for x in 5: pass
except TypeError as e:
    print(e)
try:
    A()[0]
except TypeError as e:
    print(e)
try:
    A()[0] = 1
except TypeError as e:
    print(e)
try:
    del A()[0]
except TypeError as e:
    print(e)
try:
    1 in A()
except TypeError as e:
    print(e)
try:
    A() < A()
except TypeError as e:
    print(e)
print(isinstance(A, type), isinstance(A(), A), issubclass(A, A), issubclass(bool, (str, int)))
class E(object, metaclass=type): pass
print(E.__mro__)
print(str(type(A().__init__)), str(type(A.__init__)))
class F:
    x: int = 5
    y: 'str'
print(F.__annotations__, F.x)
print(A.__init__.__get__(a).__self__ is a)
print(dir(object()) == sorted(set(dir(object()))))
class G: pass
g = G()
g.__dict__['__class__'] = 1
print(g.__class__)
class H(dict):
    pass
h = H(a=1)
h.x = 2
print(h, h.x, vars(h), dict(h))
class I(list):
    def __eq__(self, o): return 'custom'
print(I() == [], [] == I())
class J(str):
    def __eq__(self, o): return 'jeq'
    __hash__ = str.__hash__
print(J('a') == 'a', 'a' == J('a'), {J('a'): 1}['a'])
