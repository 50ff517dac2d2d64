# PEP 695 and the typing module: the syntax makes instances of typing's
# own classes, and generic classes are typing.Generic subclasses
import sys
def f[T](): pass
print('typing' in sys.modules)
class C[T]: pass
print('typing' in sys.modules)
import typing
T = f.__type_params__[0]
print(type(T) is typing.TypeVar, isinstance(T, typing.TypeVar), typing.TypeVar.__mro__)
def g[*Ts, **P](): pass
Ts, P = g.__type_params__
print(type(Ts) is typing.TypeVarTuple, type(P) is typing.ParamSpec, type(P.args) is typing.ParamSpecArgs,
      type(P.kwargs) is typing.ParamSpecKwargs, isinstance(P, typing.TypeVar))
type A = int
print(type(A) is typing.TypeAliasType, typing.TypeAliasType('Z', int).__value__)
print(all(n in typing.__all__ for n in ('TypeVar', 'ParamSpec', 'TypeVarTuple', 'TypeAliasType',
                                        'ParamSpecArgs', 'ParamSpecKwargs')))

# generic classes
print(C.__type_params__, C.__orig_bases__, C.__bases__, C.__mro__, C.__parameters__)
print(C[int], C[int].__origin__ is C, C[int].__args__, typing.get_origin(C[int]) is C)
print(sorted(C.__dict__))
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), type(s) is Stack, Stack.__parameters__, isinstance(s, typing.Generic))
class Pair[K, V](dict[K, V]):
    pass
print(Pair.__orig_bases__, Pair.__mro__, Pair.__parameters__)
class Sub(C[int]): pass
print(Sub.__orig_bases__, Sub.__parameters__, Sub.__mro__)
class Sub2[U](C[U]): pass
print(Sub2.__orig_bases__, Sub2.__parameters__, Sub2.__mro__)
class Var[*Ts]: pass
print(Var.__orig_bases__, Var.__parameters__, Var[int, str])
class Spec[**P]: pass
print(Spec.__orig_bases__, Spec.__parameters__)
class WithMeta[T](metaclass=type): pass
print(WithMeta.__orig_bases__, type(WithMeta))
class Proto[T](typing.Protocol):
    def meth(self) -> T: ...
print(Proto.__mro__, Proto.__parameters__, Proto._is_protocol)

# typing's aliases accept the new parameters
print(typing.List[T], typing.Dict[T, Ts], typing.Union[T, A], T | A)
print(typing.List[T].__parameters__, typing.Generic[T].__parameters__, typing.Generic[P].__parameters__)
