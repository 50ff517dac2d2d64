# int + - * and unary ops, small and big values
vals = [0, 1, -1, 7, -7, 255, 256, 257, -5, -6, 2**30 - 1, 2**30, -2**30, 2**31, 2**59, 2**60,
        -2**60, 2**62, 2**63 - 1, 2**63, -2**63, 2**64, 10**20, -10**20, 3**100, -(7**77)]
for a in vals:
    print(a, -a, +a, abs(a), ~a, bool(a))
for a in vals[::3]:
    for b in vals[1::4]:
        print(a + b, a - b, a * b)
x = 1
for i in range(200):
    x = x * 3 + i
print(x)
for i in range(200):
    x = x - 2**i
print(x)
print(sum(range(100000)))
print((2**100 + 1) - 2**100, (2**100) - (2**100))
print(-(2**64) + 2**64, type(-(2**64) + 2**64))
print(123456789 * 987654321, -123456789 * 987654321)
print((2**61 - 1) * (2**61 - 1))
print(2**62 + 2**62, -2**62 - 2**62)
print(0 * -1, -0, 0 - 0)
a = 12345678901234567890
a += 1
a -= 10
a *= -3
print(a)
print(1 + True, True + True, 3 * False)
print(1 - 2**200 + 2**200)
