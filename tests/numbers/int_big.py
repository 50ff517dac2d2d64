# large multiplication (Karatsuba path), checked through identities and hex
a = 3**20000 + 12345
b = 7**15000 - 999
p = a * b
print(p % (10**9 + 7), p % (2**61 - 1), p.bit_length())
print((a + b) ** 2 == a * a + 2 * a * b + b * b)
q, r = divmod(p, b)
print(q == a, r)
q, r = divmod(p + 17, a)
print(q == b, r)
x = 10**100000
y = x * x
print(y.bit_length(), y % 999983, len(hex(y)))
print((x + 1) * (x - 1) == y - 1)
f = 1
for i in range(1, 1200):
    f *= i
print(f.bit_length(), f % 1000003, hex(f)[-16:])
print(f // (f // 1000) == 1000, f % (f - 1))
s = 0
for i in range(1000):
    s += i * 2**(i * 7)
print(s.bit_length(), hex(s)[:30], s % 65537)
n = (1 << 50000) - 1
print((n * n).bit_length(), hex(n * n)[:20], hex(n * n)[-20:])
print(pow(2, 50000, 3**100) , (2**50000 - 1) % (2**64 + 13))
m = int('9' * 4000)
print(m % 12345, (m * m) % 987654321, str(m * 7 // 13)[:20])
