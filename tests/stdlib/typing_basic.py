from __future__ import annotations
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic,
                    Protocol, NamedTuple, TYPE_CHECKING, cast, overload, final, ClassVar,
                    Iterable, Iterator, Sequence, Mapping, Set, Literal, Type, Final,
                    TypedDict, runtime_checkable, get_origin, get_args, NewType, Annotated)

print(TYPE_CHECKING, cast(int, 'x'), repr(Any))
for t in [Optional[int], Union[int, str], List[int], Dict[str, int], Callable[[int], str],
          Callable[..., int], Tuple[int, ...], Tuple[int, str], List, Union[int], Union[int, str, None],
          Literal[1, 'a'], ClassVar[int], Type[int], Final[int], Optional[List[int]], Set[int], Dict,
          Union[int, Union[str, float]], Annotated[int, 'meta']]:
    print(repr(t))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]) is Union, get_args(Optional[int]))
print(get_args(Callable[[int, str], bool]), get_origin(int), get_args(int))
print(List[int] == List[int], Union[int, str] == Union[str, int] or True, Optional[int] == Union[int, None])

T = TypeVar('T')
K = TypeVar('K', bound=str)
print(repr(T), T.__name__, K.__bound__, repr(TypeVar('C', covariant=True)))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack.__parameters__, isinstance(s, Stack), Stack.__mro__[-2:])

class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return self.x + self.y
p = Pt(1)
print(p, p.norm(), p._fields, Pt._field_defaults, isinstance(p, tuple), p._replace(y=5))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__)

class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='B', year=1982)
print(m, type(m).__name__, sorted(Movie.__required_keys__), Movie.__total__)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class P2(Protocol):
    def meth(self) -> int: ...
try:
    isinstance(1, P2)
except TypeError as e:
    print(type(e).__name__, e)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f('a'))

@final
class Leaf:
    pass
print(Leaf.__final__)

UserId = NewType('UserId', int)
print(UserId(5), UserId.__supertype__)

def annotated(a: int, b: List[str] = None) -> Dict[str, int]:
    return {}
print(annotated.__annotations__)
print(typing.get_type_hints(annotated))

class C:
    x: ClassVar[int] = 3
    y: Optional[str]
print(typing.get_type_hints(C))

def g(it: Iterable[int]) -> Iterator[int]:
    yield from it
print(list(g([1, 2])), isinstance([], List), issubclass(list, List))
for bad in [lambda: isinstance(1, List[int]), lambda: Any(), lambda: Union[()], lambda: Generic[int],
            lambda: isinstance(1, Any), lambda: Dict[int]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
