import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([2.0**53, 1.0, 1.0]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([0.3, -0.1, -0.2]), math.fsum(i / 7 for i in range(100)))
print(math.fsum([float('inf'), 1.0]), math.fsum([float('nan'), 1.0]), math.fsum([float('inf'), float('inf')]), math.fsum([-0.0, -0.0]))
for data in [[1e308, 1e308, -1e308], [float('inf'), float('-inf')], [1e308, 1e308], [float('inf'), 1e308, 1e308]]:
    try:
        print(math.fsum(data))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.fsum(['a'])
except TypeError as e:
    print(type(e).__name__, e)
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 30)), math.prod([1.5, 2]), math.prod([2, 3], start=10),
      math.prod([[1]], start=3), math.prod([], start='x'), math.prod(iter([2**40, 2**40])))
try:
    math.prod([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(1e300, 1e300), math.hypot(1e-320, 1e-320))
print(math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1), math.hypot(0.0, -0.0), math.hypot(*range(20)), math.hypot(1.5, 2.5, 3.5))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-2.5,)), math.dist((), ()), math.dist(iter([1, 1]), (0, 0)))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print(type(e).__name__, e)
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([1.5, 2], [2, 0.25]), math.sumprod([], []), math.sumprod([0.1] * 10, [1] * 10))
print(math.sumprod([2**70, 3], [2**70, -1]), math.sumprod([1e308, 1e308], [10, -10]), math.sumprod([True, True], [3, 4]))
print(math.sumprod([1e16, 1.0, -1e16], [1.0, 1.0, 1.0]), math.sumprod([0.1, 0.2, 0.3], [0.3, 0.2, 0.1]))
try:
    math.sumprod([1, 2], [1])
except ValueError as e:
    print(type(e).__name__, e)
class V:
    def __init__(self, v): self.v = v
    def __mul__(self, o): return V(self.v * (o.v if isinstance(o, V) else o))
    __rmul__ = __mul__
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    __radd__ = __add__
print(math.sumprod([V(2), 1], [3, V(5)]).v)
