vals = [0, 1, -1, -2, 2, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61 - 1), -(2**61), 2**62, 2**64,
        -2**64, 10**30, -10**30, 2**122 - 1, 3**500, -(3**500), 2**60 - 1, 2**60]
for v in vals:
    print(v % 1000, hash(v))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True))
print(hash(2**100) == hash(float(2**100)), hash(-2**70) == hash(float(-2**70)))
d = {1: 'a', 2**100: 'b', -5: 'c'}
print(d[1.0], d[float(2**100)], d[-5.0])
print(len({0, 0.0, False, -0.0}), len({2**61 - 1, 0}))
