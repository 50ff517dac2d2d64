vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 7.0, -7.0, 0.1, 1e300, -1e300, 1e-300, float('inf'), float('-inf'), float('nan')]
for a in vals:
    for b in [1.0, -1.0, 2.5, -0.5, 3, -3, 1e-300, float('inf'), float('-inf'), 0.1]:
        r = []
        for op in ['+', '-', '*', '/', '//', '%']:
            try:
                r.append(repr(eval('a ' + op + ' b')))
            except (ZeroDivisionError, OverflowError) as e:
                r.append(type(e).__name__)
        print(a, b, ' '.join(r))
for a in [7.5, -7.5, 7, -7, 0.0, -0.0, 1e308]:
    for b in [2, -2, 2.5, -2.5, 0.3, float('inf'), float('-inf')]:
        print(a, b, divmod(a, b), a % b, a // b)
for a in [1.0, 0.0, -1.0, 1, float('nan')]:
    for op in ['/', '//', '%', 'divmod']:
        try:
            if op == 'divmod': divmod(a, 0.0)
            else: eval('a ' + op + ' 0.0')
        except ZeroDivisionError as e:
            print(a, op, type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
for b in [2.0, -2.0, 0.5, 3.0, -3.0, 0.0, -0.0, float('inf'), float('-inf'), float('nan'), 1e300, -1e300]:
    row = []
    for e in [0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 3.0, -3.0, float('inf'), float('-inf'), float('nan'), 1e300, 1.5]:
        try:
            row.append(repr(b ** e))
        except (ZeroDivisionError, OverflowError) as ex:
            row.append(type(ex).__name__ + ':' + str(ex))
    print(b, ' '.join(row))
print((-8.0) ** (1/3), (-1.0) ** 0.5, (-2.0) ** 2.5)
print(pow(2.0, 3), pow(2, 3.0), pow(-2.0, 3), 2.0 ** -1074, 2.0 ** -1075, 10.0 ** 308)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e, e.args)
print(-(0.0), -(-0.0), abs(-0.0), abs(-2.5), +(-1.5), bool(0.0), bool(-0.0), bool(float('nan')))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 0.1 * 3, 1.1 + 2.2, 3.3 - 1.1)
print(2**53 + 1.0, 1 + 2**53 * 1.0, 10**30 * 1.0, 2.5 * 2**70, 1.0 + 10**300)
try:
    1.0 + 10**400
except OverflowError as e:
    print(type(e).__name__, e)
x = 1.5
x += 1; x *= 3; x /= 2; x //= 1; x %= 3; x **= 2
print(x)
