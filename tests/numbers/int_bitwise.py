vals = [0, 1, -1, 5, -5, 255, -256, 2**30, -2**30, 2**64 - 1, -2**64, 2**100 + 12345, -(2**100) - 3, 0x5555555555555555555555]
for a in vals:
    for b in vals[::2]:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(~a, a << 3, a >> 3, a << 65, a >> 65, a >> 1000, a << 0)
print(1 << 100, -1 << 100, (2**100) >> 99, (-2**100) >> 99, -1 >> 1, -7 >> 1, -8 >> 2)
print((-2**100 - 1) >> 50, (-(2**200)) >> 200, -(2**200) >> 201)
for a, b in [(1, -1), (2**100, -5)]:
    for f in ['<<', '>>']:
        try:
            print(eval('a ' + f + ' b'))
        except ValueError as e:
            print(type(e).__name__, e)
print(0 << 10**30, 5 >> 10**30, -5 >> 10**30)
print(True & True, True | False, True ^ True, type(True & True), type(True & 1), ~5)
print(0xff & -0x100, -0x80 | 0x7f, -1 ^ 2**70)
x = 0b1010
x &= 0b0110; print(x)
x |= 0b1000; print(x)
x ^= 0b1111; print(x)
x <<= 70; print(x)
x >>= 69; print(x)
