vals = [0.0, -0.0, 1.0, -1.0, 1.5, -0.5, 0.1, 1e300, -1e300, 1e-300, 5e-324, 2.0**61, 2.0**62, 2.0**100,
        float('inf'), float('-inf'), 3.141592653589793, 123456.789, 2.0**-20, 1e16, 1e22]
for v in vals:
    print(v, hash(v))
print(hash(1.0) == hash(1), hash(2.0**70) == hash(2**70), hash(-1.0), hash(0.5) == hash(0.5))
n = float('nan')
print(hash(n) == hash(n), {n: 1}[n])
print(len({1.0, 1, True, 1 + 0j}), len({0.1, 0.1 + 0.0}))
