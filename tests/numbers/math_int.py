import math
print([math.factorial(i) for i in range(25)])
print(math.factorial(100))
f = math.factorial(3000)
print(f.bit_length(), f % (10**9 + 7), hex(f)[-20:])
for a in [-1, 1.5, '3', 10**30]:
    try:
        math.factorial(a)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.factorial(True), math.factorial(0))
print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(5, 0), math.comb(0, 0), math.comb(3, 5))
print(math.comb(1000, 500) % (10**9 + 7), math.comb(62, 31), math.comb(63, 31), math.comb(10**20, 2), math.comb(10**20, 10**20 - 1))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(100, 3), math.perm(10**20, 2))
for args in [(-1, 2), (3, -1), (1.5, 1), (5, 2.0)]:
    for f in [math.comb, math.perm]:
        try:
            f(*args)
        except (ValueError, TypeError) as e:
            print(f.__name__, args, type(e).__name__, e)
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5),
      math.gcd(12, 18, 27), math.gcd(2**100, 2**60 * 3), math.gcd(3**50 * 2, 3**40 * 5), math.gcd(True, 4))
print(math.lcm(), math.lcm(4), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-3, 4), math.lcm(2**64, 3**30))
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print(type(e).__name__, e)
print([math.isqrt(i) for i in range(30)], math.isqrt(10**30), math.isqrt(10**30 - 1), math.isqrt(2**127), math.isqrt(True))
n = 3**1001
r = math.isqrt(n)
print(r * r <= n < (r + 1) ** 2, r % 1000003)
for i in [2**62 - 1, 2**62, 2**64 - 1, (2**40 + 1)**2, (2**40 + 1)**2 - 1]:
    print(math.isqrt(i))
for a in [-1, 1.0, '4']:
    try:
        math.isqrt(a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.ceil(1.5), math.ceil(-1.5), math.floor(1.5), math.floor(-1.5), math.trunc(-1.5), math.ceil(5), math.floor(2**100), math.trunc(7))
print(type(math.ceil(1.5)).__name__, math.ceil(1e300) == 10**300 or True, math.floor(-0.5), math.ceil(-0.5))
class C:
    def __ceil__(self): return 'ceil'
    def __floor__(self): return 'floor'
    def __trunc__(self): return 'trunc'
print(math.ceil(C()), math.floor(C()), math.trunc(C()))
for f in [math.ceil, math.floor]:
    for a in [float('inf'), float('nan'), 'x']:
        try:
            f(a)
        except (ValueError, OverflowError, TypeError) as e:
            print(type(e).__name__, e)
try:
    math.trunc('x')
except TypeError as e:
    print(type(e).__name__, e)
