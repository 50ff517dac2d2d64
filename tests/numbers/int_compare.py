vals = [0, 1, -1, 2**53, 2**53 + 1, -2**53 - 1, 2**63, 2**64, -2**64, 10**30]
for a in vals:
    for b in vals[::2]:
        print(a < b, a <= b, a == b, a != b, a > b, a >= b)
fl = [0.0, -0.0, 1.0, 0.5, -0.5, 2.0**53, 2.0**53 + 2, 9007199254740993.0, 2.0**63, 1e30, float('inf'), float('-inf'), float('nan'), 1e308]
for a in [0, 1, -1, 2**53 + 1, 2**53, 2**63, 2**63 + 1, 10**30, 10**400, -10**400]:
    for f in fl:
        print(a, f, a < f, a <= f, a == f, a != f, a > f, a >= f, f < a, f == a)
print(2**53 + 1 == float(2**53), 2**53 + 1 > float(2**53), float(2**53) < 2**53 + 1)
print(10**400 > float('inf'), -10**400 < float('-inf'), 10**400 > 1e308)
print(1 == 1.0, 1 == True, 0 == False, 1 < 1.5, -1 > -1.5)
print(sorted([3, 1.5, -2, 2**70, 0.0, -1e30, True]))
print(max(1, 2.5, 2), min(-1, -1.0), min(-1.0, -1))
print(1 == 1+0j, 2**60 == complex(2**60, 0), 1 != 1j)
