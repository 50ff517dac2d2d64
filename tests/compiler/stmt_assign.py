a = b = 3
print(a, b)
a, b = 1, 2
a, b = b, a
print(a, b)
[c, d] = 'xy'
print(c, d)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = 'abcdef'
print(h, mid, t)
(p, q), r = (1, 2), 3
print(p, q, r)
lst = [0, 0, 0]
lst[1] = 'one'
lst[-1:] = ['z', 'zz']
print(lst)
class O: pass
o = O()
o.attr = 5
o.attr += 1
print(o.attr)
d = {}
d['k'] = 1
d['k'] += 10
print(d)
s = [1, 2, 3, 4]
s[1:3] += [9]
print(s)
n = 5
n -= 1; n *= 3; n //= 2; n **= 2; n %= 7; n <<= 2; n >>= 1; n |= 8; n &= 12; n ^= 5
print(n)
x = [1]
x *= 3
print(x)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
