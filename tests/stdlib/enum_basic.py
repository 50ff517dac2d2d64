from enum import Enum, IntEnum, auto, unique, Flag
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name} is {self.value}'

    @classmethod
    def favorite(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color(2), Color['BLUE'])
print(Color.RED.describe(), Color.favorite(), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(Color.__members__, isinstance(Color.RED, Color), Color.RED in Color)
print({Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda c: c.value), list(reversed(Color)))
print(f'{Color.RED}', format(Color.GREEN), '%s' % Color.BLUE, str(Color.BLUE))
for bad in [lambda: Color(7), lambda: Color['PINK'], lambda: Color.RED < Color.GREEN, lambda: setattr(Color, 'RED', 5),
            lambda: Color('RED')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), repr(Planet.MERCURY))

class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE == 1, Shape.SQUARE + 1, Shape(2), repr(Shape(2)), str(Shape.CIRCLE), [1, 2, 3][Shape.CIRCLE], sorted([Shape.SQUARE, Shape.CIRCLE]))
print(isinstance(Shape.CIRCLE, int), int(Shape.SQUARE), f'{Shape.SQUARE:>4}', hash(Shape.CIRCLE) == hash(1))

class Mood(Enum):
    HAPPY = 'h'
    SAD = 's'
    @classmethod
    def _missing_(cls, value):
        if value == 'H':
            return cls.HAPPY
        return None
print(Mood('H'), Mood('s'))
try:
    Mood('x')
except ValueError as e:
    print(type(e).__name__, e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)

@unique
class Ok(Enum):
    A = 1
    B = 2
print(list(Ok))

class Empty(Enum):
    def hello(self):
        return 'hi ' + self.name
class Child(Empty):
    X = 1
print(Child.X.hello(), list(Empty), len(Empty))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Num = IntEnum('Num', [('ONE', 1), ('TWO', 2)])
print(Num.TWO + 0, repr(Num.ONE))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.GREEN) is Color.GREEN)
print(Color.RED.__class__ is Color, type(Color).__name__, enum.EnumMeta is enum.EnumType)

class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in Opt], Opt.A | Opt.C, Opt.A in (Opt.A | Opt.B), Opt.C in (Opt.A | Opt.B), bool(Opt(0)), (Opt.A | Opt.B) & Opt.B)
print(repr(Opt.A ^ Opt.A), Opt(3), list(Opt(7)))
