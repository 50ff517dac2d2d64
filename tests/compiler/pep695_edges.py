# PEP 695 corners: super() and __class__ through the parameter block,
# closures, class keywords and starred bases, custom namespaces, marshal,
# 'single' mode, future annotations
class Base:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
    def who(self):
        return 'Base'
class Kid[T](Base, flag=True):
    def who(self):
        return 'Kid>' + super().who()
    def gen[U](self) -> U:
        return __class__, super().who()
print(Kid.kw, Kid().who(), Kid().gen(), Kid.__mro__)
bases = (Base,)
class Star[T](*bases): pass
print(Star.__bases__, Star.__orig_bases__)

# nested generics and closures
def outer[T]():
    def inner[U: T](x: U) -> tuple[T, U]:
        return T, U
    return inner
inner = outer()
print(inner.__type_params__, inner.__type_params__[0].__bound__, inner.__annotations__, inner(1))
def local_alias():
    x = int
    type A = list[x]
    x = str
    return A
print(local_alias().__value__)
def glob():
    global GA
    type GA = bytes
glob()
print(GA, GA.__value__)
type Gone = int
del Gone
print('Gone' in globals())

# comprehensions in annotation scopes outside classes
def comp[T](x: [T for _ in range(2)], y: {k: T for k in 'ab'}) -> (T for _ in ()):
    pass
print(comp.__annotations__['x'], comp.__annotations__['y'], type(comp.__annotations__['return']).__name__)
type Listy = [n for n in range(3)]
print(Listy.__value__)

# a class namespace that is not a dict
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Namespace()
class Namespace(dict):
    def __getitem__(self, key):
        if key == 'Magic':
            return 'from namespace'
        return super().__getitem__(key)
class WithNs(metaclass=Meta):
    type T = Magic
    def f[V: Magic](self): pass
    # evaluated while the body runs: the namespace is still the class's
    seen = (T.__value__, f.__type_params__[0].__bound__)
print(WithNs.seen, WithNs.T.__value__)

# both cells of a class body
class Both:
    def m(self):
        return __class__
    type A = int
print(Both().m() is Both, Both.A.__value__, '__classdictcell__' in Both.__dict__, '__classcell__' in Both.__dict__)

# marshal keeps the new code
import marshal
co = compile('def f[T: int](x: T) -> T: return x\nclass C[T]: pass\ntype A[T] = list[T]\n', 'm', 'exec')
ns = {}
exec(marshal.loads(marshal.dumps(co)), ns)
print(ns['f'].__type_params__, ns['f'].__type_params__[0].__bound__, ns['C'].__type_params__, ns['A'][int])

# 'single' mode (the prompt) and exec
exec(compile('type S = int', '<stdin>', 'single'), ns)
print(ns['S'], ns['S'].__value__)
exec('type E[T] = dict[str, T]', ns)
print(ns['E'][int])

# under future annotations the annotations are strings, the parameters are not
exec('''from __future__ import annotations
def fut[T: int](x: T) -> list[T]: pass
class FutC[T]:
    y: T
''', ns)
print(ns['fut'].__annotations__, ns['fut'].__type_params__[0].__bound__, ns['FutC'].__annotations__,
      ns['FutC'].__type_params__)

# type aliases are lazy even about their own name
type Tree = tuple[int, list[Tree]]
print(Tree.__value__)

# the standard library copes: wraps() copies __type_params__, dataclasses
# read the annotations, an alias in an Enum body becomes a member
import functools, dataclasses, enum
def wrap(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@wrap
def wrapped[T](x: T) -> T:
    return x
print(wrapped.__type_params__, wrapped(3))
@dataclasses.dataclass
class Point[T]:
    x: T
    y: int = 0
print(Point(1), Point.__type_params__, Point[int](2), dataclasses.fields(Point)[0].type)
class Color(enum.Enum):
    RED = 1
    type Alias = int
print(list(Color), Color.Alias)
