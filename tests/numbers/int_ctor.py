print(int(), int(5), int(-5), int(3.99), int(-3.99), int(1e20), int(-1e300) < 0, int(2.0**80))
print(int(True), int(False), type(int(True)))
for x in [float('inf'), float('-inf'), float('nan')]:
    try:
        int(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class I:
    def __int__(self): return 42
class X:
    def __index__(self): return 7
class Both:
    def __int__(self): return 1
    def __index__(self): return 2
class Bad:
    def __int__(self): return 'x'
class BadIdx:
    def __index__(self): return 1.5
print(int(I()), int(X()), int(Both()))
for o in [Bad(), BadIdx(), [], None, object(), 1j]:
    try:
        print(int(o))
    except TypeError as e:
        print(type(e).__name__, e)
class MyInt(int):
    pass
m = MyInt(12)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, int(m), type(int(m)).__name__)
print(MyInt('ff', 16), MyInt(), MyInt(-2**100), isinstance(m, int))
class Sub(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(Sub(5), Sub(5) == 10, hash(Sub(5)) == hash(10))
import operator
print(operator.index(5), operator.index(True))
print(int('  12  '), int(' -0x1f ', 16))
print((5).__int__(), (5).__index__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
