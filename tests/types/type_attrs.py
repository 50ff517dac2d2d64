class A:
    "doc A"
    x = 1
    def f(self): pass
class B(A): pass
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, B.__doc__)
print(type(A.__dict__).__name__, 'x' in A.__dict__, 'x' in B.__dict__, A.__dict__['x'])
try:
    A.__dict__['y'] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(A.__bases__, B.__bases__, object.__bases__, A.__base__, object.__base__)
print(A.__mro__, int.__mro__, bool.__mro__)
print(B.mro(), type.mro(B))
print(int.__name__, int.__qualname__, int.__module__, type(int.__doc__).__name__)
A.__name__ = 'Renamed'
print(A.__name__, repr(A), A.__qualname__)
A.__qualname__ = 'Q.R'
print(repr(A))
try:
    A.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = 'x'
except TypeError as e:
    print(type(e).__name__, e)
A.__module__ = 'mod'
print(repr(A), A.__module__)
A.__doc__ = 'new doc'
print(A.__doc__)
print(isinstance(A.__dict__, object), len(A.__dict__) > 0, sorted(A.__dict__.keys()))
print(A.__flags__ & (1 << 9) != 0, int.__flags__ & (1 << 9) != 0)
print(object.__basicsize__ > 0, A.__itemsize__, type(int.__basicsize__).__name__)
print(int.__text_signature__ is None or True, A.__text_signature__)
print(A.__annotations__)
class Ann:
    a: int
    b: str = 'x'
print(Ann.__annotations__, Ann.b)
try:
    int.__annotations__
except AttributeError as e:
    print(type(e).__name__, e)
print(A.__type_params__)
try:
    A.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
print(type.__subclasscheck__(A, B), type.__instancecheck__(A, B()), A.__instancecheck__(1))
print(sorted(dir(B))[:3], 'f' in dir(B), 'x' in dir(B()), '__class__' in dir(B()))
b = B()
b.inst = 1
print('inst' in dir(b), dir(b) == sorted(dir(b)))
print(A.__subclasses__() == [B], B.__subclasses__())
print(bool.__subclasses__(), int.__subclasses__()[:1])
print(type(A.__sizeof__()).__name__)
print(A.__class__, type(A.__class__), b.__class__ is B)
print(A.__dict__['f'].__name__, type(A.__dict__['__dict__']).__name__, type(A.__dict__['__weakref__']).__name__)
print(b.__dict__, vars(b), B.__dict__.get('x'), A.__dict__.get('x'))
print(A.__dict__.keys() == A.__dict__.copy().keys(), list(A.__dict__.items())[0])
try:
    del A.__name__
except TypeError as e:
    print(type(e).__name__, e)
