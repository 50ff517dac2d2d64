import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY
from typing import List, ClassVar, Optional

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(Point(3)), p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y, Point(y=5, x=4), Point.__match_args__, Point.__hash__, Point.__doc__)
print([f.name for f in fields(p)], [f.type for f in fields(Point)], [f.default for f in fields(Point)][1])
print(asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))

@dataclass
class Inv:
    name: str
    items: List[int] = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
    total: ClassVar[int] = 100

a = Inv('a')
b = Inv('b')
a.items.append(1)
print(a, b, a.items is not b.items, Inv.total, [f.name for f in fields(Inv)])
print(Inv('x', count=1) == Inv('x', count=2))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(Version(1, 2) < Version(1, 3), Version(2) > Version(1, 9), sorted([Version(2), Version(1, 5), Version(1)]))
print(hash(Version(1, 2)) == hash(Version(1, 2)), {Version(1): 'one'}[Version(1, 0)])
v = Version(1)
for bad in [lambda: setattr(v, 'major', 3), lambda: delattr(v, 'minor'), lambda: Version(1) < 1]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(dataclasses.FrozenInstanceError('x'), AttributeError))

@dataclass
class Post:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
print(Post(3), Post(3, 10), [f.name for f in fields(Post)])

@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 5
    y: int = 7
print(Derived(0), Derived(1, 2, 3), [f.name for f in fields(Derived)])

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(Mixed(1, b=2))

@dataclass
class Nested:
    p: Point
    ps: list
    d: dict
n = Nested(Point(1, 2), [Point(3, 4)], {'k': Point(5, 6)})
print(asdict(n))
print(astuple(n))

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class UH:
    a: int
print(hash(UH(1)) == hash((1,)))

@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith('<'))

@dataclass
class Opt:
    a: Optional[int] = None
    def __repr__(self):
        return 'custom'
print(Opt(), Opt(1) == Opt(1))

C = dataclasses.make_dataclass('C', [('x', int), ('y', int, field(default=5))])
print(C(1), C(1, 2).y)

errs = []
try:
    @dataclass
    class Bad1:
        x: int = 1
        y: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        x: int
except ValueError as e:
    print(type(e).__name__, e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: fields(1),
            lambda: asdict(Point), lambda: replace(p, z=1), lambda: replace(Post(1), b=2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

@dataclass(slots=True)
class Sl:
    a: int
    b: int = 2
s = Sl(1)
print(s, Sl.__slots__, hasattr(s, '__dict__'))

@dataclass
class Rec:
    me: object = None
r = Rec()
r.me = r
print(r)

match Point(1, 2):
    case Point(x, y):
        print('matched', x, y)
