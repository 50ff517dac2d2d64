from fractions import Fraction as F
import math

print(F(3, 4), repr(F(6, -8)), F(5), F(), F('3/4'), F(' -1.5e2 '), F('0.125'), F(0.5), F(1.1), F(F(1, 3)), F(F(1, 2), F(1, 3)))
print(F(1, 3) + F(1, 6), F(1, 2) - 1, 2 * F(1, 3), F(3, 4) / F(1, 4), F(7, 2) // 2, F(7, 2) % 1, divmod(F(7, 2), F(1, 3)))
print(F(1, 2) + 0.25, 1 - F(1, 4), F(2, 3) ** 2, F(2, 3) ** -2, F(4) ** F(1, 2), 2 ** F(3), F(-2, 3) ** -3, F(1, 2) * 1j)
print(F(1, 3) < F(1, 2), F(1, 2) == 0.5, F(1, 2) == F(2, 4), F(3) == 3, F(1, 3) > 0.3, F(1, 2) <= 0.5, max(F(1, 3), F(2, 7)))
print(int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2), float(F(1, 8)), math.trunc(F(-7, 2)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), F(1, 3).limit_denominator(10), F(math.pi).limit_denominator(100), F(3, 4).as_integer_ratio())
print(F(1, 2).numerator, F(1, 2).denominator, F(4, 2).is_integer(), abs(F(-1, 2)), -F(1, 2), +F(1, 2), bool(F(0)), format(F(1, 3), '.3f'), F.from_float(0.25))
print(sum([F(1, n) for n in range(1, 6)]), sorted([F(1, 2), F(1, 3), 0.4]))
for bad in [lambda: F(1, 0), lambda: F('abc'), lambda: F('1/0'), lambda: F(1.5, 2), lambda: F(1) / 0, lambda: F([1]), lambda: F('1.2.3'), lambda: F(0) ** -1]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
