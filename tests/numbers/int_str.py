import sys
vals = [0, 1, -1, 9, 10, -10, 99999, 10**9 - 1, 10**9, 10**9 + 1, 2**63, -2**63 - 1, 10**18, 10**19,
        2**64, 12345678901234567890123456789, -10**50, 10**100 - 1]
for v in vals:
    print(str(v), repr(v), hex(v), oct(v), bin(v), len(str(v)))
big = 7**5000
s = str(big)
print(len(s), s[:40], s[-40:])
print(len(str(10**4299)), str(-10**4299)[:5])
for n in [10**4300, 10**5000, -10**4300]:
    try:
        str(n)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    repr(10**10000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10**10000)))
print(hex(-255), hex(0), oct(-8), bin(-5), hex(2**100))
print(int(str(3**2000)) == 3**2000)
print('%d %x %o %X' % (2**70, 2**70, 2**70, -2**70))
print(f'{2**65}', f'{-17}')
