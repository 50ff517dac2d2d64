# PEP 695 scoping: where type parameters are visible, the annotation
# scopes of generic classes, lazy evaluation of bounds and alias values

# visible in the annotations, the defaults are not, nor outside
def first[T](xs: list[T], default: int = 0) -> T:
    return xs[0] if xs else default
print(first([5, 6]), first.__annotations__, first.__defaults__)
T = 'outer T'
def ident[T](x: T) -> T:
    return T
print(ident(1), ident.__type_params__[0] is ident(1), T)
try:
    def bad[U](x=U): pass
except NameError as e:
    print('NameError', e)

# the body of a nested function sees them through a closure
def outer[K, V]():
    def inner():
        return K, V
    return inner
print(outer()(), outer.__qualname__, outer().__qualname__)

# generic classes: the parameters in the bases, the body and the methods
class Box[T](list):
    kind = T
    def get(self) -> T:
        return T
    def pair[U](self, u: U) -> tuple[T, U]:
        return (T, U)
print(Box.kind, Box().get(), Box().pair(1), Box.pair.__qualname__, Box.get.__qualname__)
print(Box.__type_params__, Box.pair.__type_params__, Box.__bases__)
class Shadow[T]:
    T = 'class attribute'
    def meth(self):
        return T
print(Shadow.T, Shadow().meth(), Shadow.__type_params__)
class Nested[T]:
    class Inner:
        x = T
print(Nested.Inner.x, Nested.Inner.__qualname__)

# the block of type parameters is not a scope of the class body
class Body[T]:
    names = sorted(n for n in locals() if not n.startswith('__') or n == '__type_params__')
print(Body.names, Body.__type_params__)

# annotation scopes in a class see the class namespace first
class Cfg:
    Alias = int
    def m[T](self, x: Alias) -> T: pass
    type Pair = tuple[Alias, Alias]
    def bounded[T: Alias](self): pass
print(Cfg.m.__annotations__, Cfg.Pair.__value__, Cfg.bounded.__type_params__[0].__bound__)
print(sorted(k for k in Cfg.__dict__ if not k.startswith('__') or k in ('__classdict__', '__classdictcell__')))

def make():
    X = 'function X'
    class A:
        X = 'class X'
        type V = X
        def f[T: X](self): pass
        type W = Y
        def g(self):
            return X
    return A
A = make()
print(A.V.__value__, A.f.__type_params__[0].__bound__, A().g())
A.Y = 'set later'
print(A.W.__value__)
def make2():
    X = 'function X'
    class A:
        type V = X
    return A
print(make2().V.__value__)

# a class attribute shadows a type parameter used by a method body (3.12.1)
class Quirk:
    T = int
    def uses[T](self) -> T:
        return T
    def plain[T](self) -> T: pass
print(Quirk.uses.__annotations__, Quirk.plain.__annotations__)

# bounds, constraints and alias values are computed on first access
log = []
def note(x):
    log.append(x)
    return x
def lazy[T: note('bound'), U: (note('c1'), note('c2'))](): pass
print(log)
T1, U1 = lazy.__type_params__
print(T1.__bound__, log, U1.__constraints__, log, U1.__bound__, T1.__constraints__)
print(T1.__bound__ is T1.__bound__, log)
type Later = note('value')
print(log[-1])
print(Later.__value__, log[-1], Later.__value__)
type Forward = list[Undefined]
try:
    Forward.__value__
except NameError as e:
    print('NameError', e)
Undefined = float
print(Forward.__value__)
def selfref[T: list[T]](): pass
S = selfref.__type_params__[0]
print(S.__bound__, S.__bound__.__args__[0] is S)
type Rec = list[Rec]
print(Rec.__value__, Rec.__value__.__args__[0] is Rec)

# private names: mangled in the class, not in the parameter's name
class Priv:
    def f[__T](self, x: __T) -> __T: pass
    type A[__U] = list[__U]
print(Priv.f.__type_params__, Priv.f.__annotations__, Priv.A.__type_params__, Priv.A.__value__)
class Priv2[__V]:
    x: __V
print(Priv2.__type_params__, Priv2.__annotations__)

# global and nonlocal around type parameters
G = 'global G'
def uses_global[G]():
    def inner():
        global G
        return G
    return inner()
print(uses_global())
def rebinds[T]():
    T = 'rebound'
    return T
print(rebinds(), rebinds.__type_params__)
def param_named[T](T):
    return T
print(param_named(3))

# generic functions are ordinary functions
import gc
async def coro[T](x: T) -> T:
    return x
print(coro.__type_params__, coro.__name__, type(coro).__name__)
def gen[T](n: T):
    yield from range(n)
print(list(gen(3)), gen.__type_params__)
def deco(f):
    f.decorated = True
    return f
@deco
def decorated[T](): pass
print(decorated.decorated, decorated.__type_params__, decorated.__code__.co_firstlineno)
@deco
class DecoratedClass[T]: pass
print(DecoratedClass.decorated, DecoratedClass.__type_params__)
lam = lambda: 0
print(lam.__type_params__, (lambda: 0).__type_params__ == ())
def kwdefaults[T](a, b=2, *, c: T = 3, d=4): return a, b, c, d
print(kwdefaults(1), kwdefaults.__kwdefaults__, kwdefaults.__defaults__)
def kwonly[T](*, c=3): return c
print(kwonly(), kwonly.__kwdefaults__)
print(gc.collect() >= 0)
