vals = [0j, 1j, -1j, 1 + 2j, -1 - 2j, 1.5 - 0.5j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0),
        complex(1e16, 1e-5), complex(float('inf'), 0), complex(0, float('inf')), complex(float('nan'), float('nan')),
        complex(-float('inf'), -float('nan')), 2j * 2, complex(1, 0), 3 + 0j]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), abs(v), bool(v), -v, +v)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, a ** b, 2 ** a, a ** 0, 0j ** 0)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - True, abs(a), abs(-5j))
print((1 + 1j) ** 10, (1 + 1j) ** 100, (1 + 1j) ** 101, (1 + 2j) ** -3, 1j ** 2, (-1) ** 0.5)
print(a == 3 + 4j, a != b, 1 + 0j == 1, 1 + 0j == 1.0, 2j == 2, complex(2**53 + 1, 0) == 2**53 + 1)
for x, y in [(1j, 0), (1j, 0j), (0j, 0.0), (1 + 1j, 0 * 1j)]:
    try:
        x / y
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for x, y in [(0j, -1), (0j, 1j), (0j, -1 + 0j)]:
    try:
        print(x ** y)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    (1e200 + 1j) ** 2.5
except OverflowError as e:
    print(type(e).__name__, e)
for op in ['<', '//', '%']:
    try:
        eval('1j ' + op + ' 2j')
    except TypeError as e:
        print(type(e).__name__, e)
try:
    divmod(1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
for v in [0j, 1j, 1 + 0j, 1.5 + 2.5j, complex(-1, -1), complex(float('inf'), 1), complex(1e300, 1e-300)]:
    print(v, hash(v))
print(hash(1 + 0j) == hash(1), hash(complex(2.5, 0)) == hash(2.5))
print((1 + 2j).__getnewargs__(), (1 + 2j).__complex__(), (3j).real, (3j).imag)
try:
    abs(complex(1.7e308, 1.7e308))
except OverflowError as e:
    print(type(e).__name__, e)
print(complex(1e308, 1e308) * 10, abs(complex(1e308, 1e308)), (1e308j) * 10j)
