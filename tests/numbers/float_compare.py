vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1e308, float('inf'), float('-inf'), float('nan')]
for a in vals:
    print(a, [a < b for b in vals], [a == b for b in vals], [a >= b for b in vals])
n = float('nan')
print(n == n, n != n, n < 1, n > 1, n == 1, n != 1, 1 == n, [n] == [n], n in [n])
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 1.0 == 1, 1.5 > 1, 2.0**1000 > 10**301, 2.0**1000 == 2**1000)
print(float(2**53) == 2**53 + 1, float(2**53) < 2**53 + 1, 1e16 == 10**16, 1e23 == 10**23)
print(sorted([2.5, -1.0, 3, 1e-5, float('-inf'), 0]))
print(max(1.0, 1), max(1, 1.0), min(0.0, -0.0), min(-0.0, 0.0))
