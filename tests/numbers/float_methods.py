vals = [0.0, -0.0, 1.0, 0.5, -0.1, 3.75, 1e100, 1e-300, 5e-324, 1.7976931348623157e308, 2**52 + 0.5, 123.456]
for v in vals:
    print(v, v.as_integer_ratio(), v.is_integer(), v.hex(), float.fromhex(v.hex()) == v, v.conjugate(), v.real, v.imag)
for v in [float('inf'), float('-inf'), float('nan')]:
    print(v.hex(), v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for s in ['0x1p0', '0x1.8p1', '-0X1.8P+1', ' 0x.8 ', '1', 'a', '0x1.fffffffffffff8p1023', '0x1p-1074', '0x1p-1075',
          '0x3p-1076', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0', 'inf', '-Infinity', 'nan',
          '0x1p1024', 'zz', '', '0x', '0x1p', '1.2.3', '0x0p0', '-0x0p0', '0x1_0', '0x10p-4']:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except (OverflowError, ValueError) as e:
        print(repr(s), type(e).__name__, e)
print(float.__getformat__('double'), float.__getformat__('float'))
for a in ['x', 1]:
    try:
        float.__getformat__(a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.1, 1234.5678, -1234.5678, 1e20, 1e-20, 5e-324, 1.7976931348623157e308, 0.285, 1.005]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2), round(v, 400), round(v, -400))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(-0.4), round(-0.4, 0), round(0.4, -1), round(-0.4, -1))
for v in [float('inf'), float('nan')]:
    print(round(v, 2))
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
print(round(1.5, None), type(round(1.5, None)).__name__, (2.5).__round__(), (2.5).__round__(0))
for v in [1.5, -1.5, 0.0, -0.0, 1e20, -2.7]:
    print(v.__trunc__(), v.__floor__(), v.__ceil__(), int(v), v.__int__(), v.__float__(), v.__getnewargs__())
try:
    (1.5).__round__(1.5)
except TypeError as e:
    print(type(e).__name__, e)
