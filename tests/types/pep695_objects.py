# PEP 695 run-time objects: TypeVar, ParamSpec (.args, .kwargs),
# TypeVarTuple and TypeAliasType, made by the syntax and by their
# constructors
def f[T: int, U: (int, str), V, *Ts, **P](): pass
T, U, V, Ts, P = f.__type_params__
TypeVar, TypeVarTuple, ParamSpec = type(T), type(Ts), type(P)
print(T, U, V, Ts, P, repr(T), str(P))
print(TypeVar, TypeVarTuple, ParamSpec, type(P.args), type(P.kwargs))
print(TypeVar.__name__, TypeVar.__qualname__, TypeVar.__module__, TypeVar.__mro__)
for tv in (T, U, V, P):
    print(tv.__name__, tv.__bound__, tv.__covariant__, tv.__contravariant__, tv.__infer_variance__,
          getattr(tv, '__constraints__', '-'), tv.__module__)
print(Ts.__name__, Ts.__module__, isinstance(P, TypeVar), isinstance(T, TypeVar))
print(f.__type_params__ is f.__type_params__, type(f.__type_params__).__name__)

# attributes
for name in ('__name__', '__bound__', '__covariant__', '__constraints__'):
    try:
        setattr(T, name, 1)
    except AttributeError as e:
        print('AttributeError', e)
T.__module__ = 'mod'
print(T.__module__)
del T.__module__
print(T.__module__)
T.extra = 5
print(T.extra)
for o in (T, Ts, P):
    try:
        o.__dict__
    except AttributeError as e:
        print('AttributeError', e)
import weakref
print(weakref.ref(T)() is T, weakref.ref(P)() is P)

# what they refuse
def subclass(base):
    class Sub(base):
        pass
for make in (lambda: subclass(TypeVar), lambda: subclass(T), lambda: T(), lambda: subclass(P), lambda: subclass(Ts),
             lambda: subclass(P.args), lambda: subclass(P.kwargs), lambda: hash(P.args),
             lambda: Ts.__typing_subst__(int), lambda: P.__typing_subst__(3)):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)

# operators and the rest of the protocol
print(T | int, int | T, T | None, T | U, P | int)
print(list(Ts), [*Ts], P.args, P.kwargs, P.args.__origin__ is P, P.kwargs.__origin__ is P)
print(P.args == P.args, P.args == P.kwargs, P.args != type(P.args)(P), type(P.args)(3))
print(T == T, T == V, hash(T) == hash(T), T.__reduce__(), Ts.__reduce__(), P.__reduce__())
print(T.__typing_subst__(int), P.__typing_subst__([int, str]), P.__typing_subst__(...), P.__typing_subst__(P))

# constructors
X = TypeVar('X')
Y = TypeVar('Y', int, str, covariant=True)
Z = TypeVar('Z', bound=int, contravariant=True)
W = TypeVar('W', infer_variance=True)
print(X, Y, Z, W, X.__module__, Y.__constraints__, Z.__bound__, X.__bound__, X.__constraints__)
print(TypeVar('F', bound='int').__bound__, TypeVar('N', bound=None).__bound__, TypeVar('C', 'int', str).__constraints__)
print(ParamSpec('Q'), ParamSpec('Q', bound=int).__bound__, ParamSpec('Q', covariant=True),
      ParamSpec('Q', contravariant=True), ParamSpec('Q', infer_variance=True), ParamSpec('Q').__module__)
print(TypeVarTuple('Us'), TypeVarTuple('Us').__module__, TypeVarTuple(name='Vs'))
for make in (lambda: TypeVar(), lambda: TypeVar(1), lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int),
             lambda: TypeVar('X', int, bound=str, covariant=True), lambda: TypeVar('X', covariant=True, contravariant=True),
             lambda: TypeVar('X', covariant=True, infer_variance=True), lambda: TypeVar('X', foo=1),
             lambda: ParamSpec('P', int), lambda: ParamSpec(), lambda: ParamSpec(3), lambda: ParamSpec('P', foo=1),
             lambda: ParamSpec('P', covariant=True, contravariant=True), lambda: TypeVarTuple('P', int),
             lambda: TypeVarTuple(3), lambda: TypeVarTuple()):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# type aliases
type A = int
type B[K, *Vs, **Q] = dict[K, Q]
TypeAliasType = type(A)
print(A, repr(A), str(A), type(A), TypeAliasType.__module__, TypeAliasType.__name__)
print(A.__name__, A.__value__, A.__type_params__, A.__parameters__, A.__module__)
print(B, B.__type_params__, B.__parameters__, B.__value__, B[int, str, [int]], type(B[int]))
print(B[int].__origin__ is B, B[int].__args__)
print(A | int, int | A, A | B, A | None, A == A, A.__reduce__(), isinstance(A, type), callable(A))
for make in (lambda: A[int], lambda: A(), lambda: subclass(A), lambda: subclass(TypeAliasType)):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
for name in ('__name__', '__value__', '__type_params__', '__module__', 'extra'):
    try:
        setattr(A, name, 1)
    except AttributeError as e:
        print('AttributeError', e)
M = TypeAliasType('M', list[int])
print(M, M.__value__, M.__module__, M.__type_params__, M.__parameters__)
N = TypeAliasType('N', list[T], type_params=(T,))
print(N[int], N.__parameters__, N.__type_params__)
print(TypeAliasType('O', int, type_params=(1,)).__type_params__)
for make in (lambda: TypeAliasType(1, int), lambda: TypeAliasType('a'), lambda: TypeAliasType('a', int, ()),
             lambda: TypeAliasType('a', int, type_params=[T]), lambda: TypeAliasType('a', int, foo=1)):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
def local():
    type Loc = int
    return Loc
print(local(), local().__module__, local().__name__)

# the functions that compute values close over the parameters: cycles the
# collector frees (the test runner checks nothing is left)
import gc
def cyc[T: list[T]](): pass
type Self[T] = list[Self[T]]
del cyc, Self
print(gc.collect() >= 2)
