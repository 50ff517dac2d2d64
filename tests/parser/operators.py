a, b, c = 7, 3, 2
print(a + b * c, (a + b) * c, a - b - c, a ** b ** c, -a ** 2, (-a) ** 2)
print(a / b, a // b, a % b, -a // b, -a % b, a @ b if False else 0)
print(a << 2, a >> 1, a & b, a | b, a ^ b, ~a)
print(a < b < c, a > b > c, a == 7 != b, 1 < 2 <= 2 < 3)
print(not a, not not a, a and b, a or b, 0 or c, 0 and 1)
print(a if b else c, a if not b else c, 1 if 0 else 2 if 0 else 3)
print(1 in [1], 1 not in [1], None is None, None is not None)
print(a + b if a else b, (lambda: 1)() + 1)
print(2 ** -1, 2 ** 3 ** 2, -2 ** 2, +-+-1)
x = 10
x += 1; x -= 2; x *= 3; x //= 2; x %= 7; x **= 2; x <<= 1; x >>= 1; x |= 8; x &= 15; x ^= 3
print(x)
y = 9.0
y /= 2
print(y)
print(1 + 2 * 3 - 4 / 2 ** 2 % 3)
print(not 1 == 2, (not 1) == 2)
print(1 | 2 ^ 3 & 4 << 1 + 1)
