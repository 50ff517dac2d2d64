class A:
    pass
class B:
    pass
a = A()
a.v = 1
a.__class__ = B
print(type(a).__name__, a.v, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('y',)
try:
    S1().__class__ = S2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a.__class__
except TypeError as e:
    print(type(e).__name__, e)
o = object()
print(o.__class__, type(o.__sizeof__()).__name__)
print(o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__lt__(1), o.__hash__() == hash(o))
print(o.__format__('') == str(o), type(o.__dir__()).__name__)
print(object.__subclasshook__(int), A.__init_subclass__())
print(o.__str__() == o.__repr__(), o.__getattribute__('__class__'))
try:
    o.__setattr__('x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(None.__class__, bool(None), None is type(None)(), hash(None) == hash(None))
print(NotImplemented.__class__.__name__, Ellipsis.__class__.__name__, ... is Ellipsis)
print(NotImplemented.__reduce__(), Ellipsis.__reduce__())
class WithDict:
    def __init__(self): self.a = 1
w = WithDict()
w.__dict__ = {'b': 2}
print(w.b, hasattr(w, 'a'))
try:
    w.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
w.__dict__['c'] = 3
print(w.c, vars(w))
print(dir(A) == sorted(dir(A)), '__init__' in dir(A), '__dict__' in dir(A))
class D:
    def __dir__(self): return ['z', 'a', 'm']
print(dir(D()))
class P:
    def __init__(self): self.items = [1, 2]
p = P()
print(object.__getstate__(p), A().__getstate__())
