import math
funcs = ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'degrees', 'radians', 'erf', 'erfc', 'fabs', 'cbrt', 'isfinite',
         'isinf', 'isnan', 'ceil', 'floor', 'trunc', 'gamma', 'lgamma', 'ulp', 'frexp', 'modf']
args = [0.0, -0.0, 0.5, -0.5, 1, -1, 2, 10, 100.5, 1e-10, 1e300, -1e300, 710, -800, float('inf'), float('-inf'), float('nan'), True, 3]
for f in funcs:
    row = []
    for a in args:
        try:
            r = getattr(math, f)(a)
            if isinstance(r, float) and f in ('gamma', 'lgamma', 'erf', 'erfc', 'tan', 'sin', 'cos', 'cbrt', 'exp2', 'expm1', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'log1p'):
                r = round(r, 12)
            row.append(repr(r))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(f, ' '.join(row))
print(math.sqrt(2), math.exp(1), math.log(10), math.log2(1024), math.log10(1000), math.log(8, 2), math.log(100, 10))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
print(math.sin(math.pi / 2), math.cos(0), math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -0.0), math.hypot(3, 4))
print(math.gamma(5), math.gamma(0.5) ** 2, math.gamma(171), math.lgamma(1), math.lgamma(2), math.factorial(5))
print(math.log(2**1000), math.log(10**400), math.log2(2**5000), math.log10(10**500), math.log(10**400, 10), math.log(2**64, 2))
print(math.log(1e-300), math.log(5e-324), math.log1p(-0.5), math.expm1(1e-10), math.exp(-1000))
for a in [0, -1, 0.0, -2**100]:
    try:
        math.log(a)
    except ValueError as e:
        print(a, type(e).__name__, e)
for a, b in [(1, 1), (10, 1), (10, 0), (10, -2)]:
    try:
        print(math.log(a, b))
    except (ValueError, ZeroDivisionError) as e:
        print(a, b, type(e).__name__, e)
for x in ['1', None, [], 1j]:
    try:
        math.sqrt(x)
    except TypeError as e:
        print(type(e).__name__, e)
class F:
    def __float__(self): return 4.0
class I:
    def __index__(self): return 9
print(math.sqrt(F()), math.sqrt(I()), math.floor(F()) if False else 'skip', math.sqrt(10**300))
try:
    math.sqrt(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
