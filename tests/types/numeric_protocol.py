import math
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return int(self.v)
    def __int__(self): return int(self.v) + 100
    def __float__(self): return float(self.v) + 0.5
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __abs__(self): return 'abs'
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
n = N(3)
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(abs(n), -n, +n, ~n, [0, 1, 2, 3, 4][n], hex(n), oct(n), bin(n), range(n)[-1])
print(operator_index := __import__('operator').index(n))
class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()) if False else '', hex(OnlyIndex()), 'x' * OnlyIndex() if False else '')
class BadIndex:
    def __index__(self): return 'no'
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self): return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return 'x'
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1][object()]
except TypeError as e:
    print(type(e).__name__, e)
class Num(int):
    def __int__(self): return 99
print(int(Num(5)), Num(5) + 0)
class Pow:
    def __pow__(self, e, m=None): return ('pow', e, m)
    def __rpow__(self, b, m=None): return ('rpow', b, m)
print(Pow() ** 2, pow(Pow(), 2, 5), 2 ** Pow(), pow(2, Pow()))
try:
    pow(2, Pow(), 5)
except TypeError as e:
    print(type(e).__name__, e)
class DM:
    def __divmod__(self, o): return 'dm'
    def __rdivmod__(self, o): return 'rdm'
print(divmod(DM(), 1), divmod(1, DM()))
print(sum([N(1)], 0) if False else '', max(3, 1), sorted([3, 1, 2], key=N) if False else '')
class Bool:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
print([bool(Bool(True)), bool(Bool(False))], 1 if Bool(False) else 2, Bool(True) and 'x', Bool(False) or 'y', not Bool(True))
