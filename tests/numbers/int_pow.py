for b in [0, 1, -1, 2, -2, 3, 10, -10, 2**40]:
    for e in [0, 1, 2, 3, 5, 10, 31, 64, 65]:
        print(b, e, b ** e)
print(2 ** 1000)
print(3 ** 200, (-3) ** 201)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(0 ** 0, pow(0, 0))
print(pow(3, 4, 5), pow(3, 4, -5), pow(-3, 4, 5), pow(-3, 3, 5), pow(2, 100, 10**9 + 7))
print(pow(2, 10**18, 10**9 + 7), pow(7, 2**70, 2**61 - 1))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(38, -1, 97))
print(pow(12345678901234567890, -1, 10**30 + 3))
print(pow(5, 0, 1), pow(5, 3, 1), pow(5, 0, -1))
print(pow(2**100, 2**100, 2**89 - 1))
print(pow(123456789, 987654321, 2**200 + 7))
for args in [(2, 3, 0), (2, -1, 4), (0, -1, 5), (6, -1, 9), (2, 3.0, 5), (2.0, 3, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(pow(2, 0.5), 4 ** 0.5, (-8) ** (1/3))
print((-1) ** 10**20, (-1) ** (10**20 + 1), 1 ** -5, (-1) ** -3)
x = 3
x **= 3
print(x)
print(True ** 10, 2 ** True)
