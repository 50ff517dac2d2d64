class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
print(P(1) == P(1), P(1) != P(1), P(1) == P(2), P(1) != P(2), P(1) == 1)
print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
class H(P):
    def __hash__(self): return hash(self.x)
print(hash(H(3)) == hash(3), len({H(1), H(1), H(2)}))
class O:
    def __lt__(self, o): return 'lt'
    def __le__(self, o): return 'le'
    def __gt__(self, o): return 'gt'
    def __ge__(self, o): return 'ge'
o = O()
print(o < 1, o <= 1, o > 1, o >= 1, 1 < o, 1 > o, 1 <= o, 1 >= o)
print(o == o, o != o, o == 1)
class Plain: pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), type(hash(a)).__name__)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a <= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 > a
except TypeError as e:
    print(type(e).__name__, e)
class Unh:
    __hash__ = None
try:
    hash(Unh())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {Unh(): 1}
except TypeError as e:
    print(type(e).__name__, e)
for t in (list, dict, set, bytearray):
    try:
        hash(t())
    except TypeError as e:
        print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class MinusOne:
    def __hash__(self): return -1
print(hash(MinusOne()))
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class NE:
    def __ne__(self, o): return 'custom ne'
print(NE() != 1, NE() == 1)
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly() != 1, EqOnly() == 1)
class Left:
    def __eq__(self, o):
        print('Left.eq'); return NotImplemented
class Right(Left):
    def __eq__(self, o):
        print('Right.eq'); return NotImplemented
print(Left() == Right())
class Rev:
    def __gt__(self, o): return 'Rev.gt'
print(1 < Rev(), Rev() > 1)
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), object.__lt__(a, b))
class KeepHash(int):
    def __eq__(self, o): return True
try:
    hash(KeepHash(1))
except TypeError as e:
    print(type(e).__name__, e)
class Inherit(P):
    pass
try:
    hash(Inherit(1))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([O() for _ in range(1)]) is not None)
