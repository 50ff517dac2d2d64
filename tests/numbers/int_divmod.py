vals = [0, 1, -1, 3, -3, 7, -7, 10**20 + 7, -(10**20 + 7), 2**64, -2**64, 2**100 - 1, 12345678901234567890123, -98765432109876543210]
divs = [1, -1, 2, -2, 3, -3, 7, -7, 10**10, -10**10, 2**64 + 1, -(2**64 + 1), 2**100, 3**50]
for a in vals:
    for b in divs:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a, b, a // b, a % b, q, r)
for a in [1, 0, -1, 2**100]:
    for op in ['//', '%', 'divmod']:
        try:
            if op == '//': a // 0
            elif op == '%': a % 0
            else: divmod(a, 0)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
# long division exercising the quotient correction steps
a = (2**300 - 1) * (2**150 + 12345) + 999
b = 2**150 + 12345
print(divmod(a, b))
print(divmod(-a, b), divmod(a, -b), divmod(-a, -b))
n = 10**200
for d in [10**100 - 1, 10**100 + 1, 2**333 - 5, 7**90]:
    print(n // d, n % d)
print(divmod(2**64, 2**32), divmod(-2**64, 2**32 + 1))
print(divmod(True, 2), 7 // True, -7 % True)
