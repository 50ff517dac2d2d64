import math
pairs = [(1, 2), (2, 1), (-1, 2), (0.0, -0.0), (-0.0, 0.0), (3.5, -1.5), (10, 3), (-10, 3), (1e300, 1e-300),
         (float('inf'), 1), (1, float('inf')), (float('-inf'), 2), (float('nan'), 1), (1, float('nan')), (0.0, 0.0),
         (2, 0.5), (-2, 0.5), (-2, 3), (0, -1), (-8, 1/3), (1e308, 2), (2, 1024), (2, -1075), (-1, float('inf'))]
for f in ['pow', 'fmod', 'remainder', 'copysign', 'atan2', 'hypot', 'nextafter']:
    row = []
    for a, b in pairs:
        try:
            row.append(repr(getattr(math, f)(a, b)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(f, ' '.join(row))
print(math.ldexp(1, 10), math.ldexp(0.5, -1073), math.ldexp(1.5, 0), math.ldexp(-0.0, 5), math.ldexp(1, -2000), math.ldexp(float('inf'), -5))
for args in [(1, 1024), (1.0, 10**30), (1, 2.5)]:
    try:
        print(math.ldexp(*args))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.frexp(0.0), math.frexp(8), math.frexp(-0.75), math.frexp(5e-324), math.frexp(float('inf')))
print(math.modf(3.5), math.modf(-3.5), math.modf(float('inf')), math.modf(float('-inf')))
print(math.nextafter(1, 2, steps=0), math.nextafter(1, 2, steps=1), math.nextafter(1, 2, steps=10), math.nextafter(0.0, -1, steps=3))
print(math.nextafter(1, 1, steps=5), math.nextafter(1, 0, steps=2**70), math.nextafter(-0.0, 1, steps=1), math.nextafter(0.0, 1))
try:
    math.nextafter(1, 2, steps=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10),
      math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(float('inf'), float('inf')), math.isclose(float('nan'), float('nan')))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-5.0), math.ulp(float('inf')), math.ulp(1.7976931348623157e308))
print(math.copysign(1, -0.0), math.copysign(float('nan'), -1), math.fabs(-3), math.degrees(math.pi), math.radians(180))
