from enum import *
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(Perm), Perm.R | Perm.W, repr(Perm.R | Perm.W), repr(Perm(0)), str(Perm(0)), repr(~Perm.R), repr(Perm.RWX), len(Perm.R|Perm.W), list(Perm.R|Perm.X))
print(Perm.__members__.keys(), format(Perm.R), f'{Perm.R|Perm.W}')
try: Perm(8)
except Exception as e: print(type(e).__name__, e)
class IP(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(repr(IP(8)), str(IP.A|IP.B), repr(IP.A|IP.B), IP.A + 1, repr(~IP.A), repr(IP.A | 8), type(IP.A|3).__name__)
class C(Enum):
    RED = 1
try:
    class D(C): X = 2
except Exception as e: print(type(e).__name__, e)
try:
    C.RED = 3
except Exception as e: print(type(e).__name__, e)
try:
    del C.RED
except Exception as e: print(type(e).__name__, e)
try:
    class E(Enum):
        A = 1
        A = 2
except Exception as e: print(type(e).__name__, e)
try:
    @unique
    class F(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except Exception as e: print(type(e).__name__, e)
print(1 in C, 2 in C, C.RED in C, 'x' in C)
print(repr(C), repr(Perm), C.__members__, dir(C.RED))
A = Enum('A', 'X Y Z')
print(list(A), repr(A.X), A.X.value, Enum('B', [('P', 5), ('Q', 6)]).Q)
class S(StrEnum):
    A = auto()
    B = 'bee'
print(repr(S.A), str(S.A), S.B + '!', f'{S.A}', S('bee'))
class I(IntEnum):
    ONE = 1
    TWO = 2
print(repr(I.ONE), str(I.ONE), f'{I.TWO}', I.ONE + I.TWO, I(2), I.ONE < I.TWO, format(I.ONE, '03d'))
print(hash(C.RED) == hash('RED'), C.RED.__reduce_ex__(4))
