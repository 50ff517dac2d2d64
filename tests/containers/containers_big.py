def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: [1] * (2 ** 62))
t(lambda: (1, 2) * (2 ** 62))
t(lambda: [1, 2] * (2 ** 100))
t(lambda: [None] * -(2 ** 100))
l = list(range(100000))
print(len(l), l[-1], sum(l))
l2 = l[::-1]
l2.sort()
print(l2 == l)
l3 = [x % 1000 for x in l]
l3.sort()
print(l3[:3], l3[-3:], l3[50000])
del l[::2]
print(len(l), l[:3])
l[10:20] = []
print(len(l), l[8:12])
l.reverse()
print(l[:3])
tt = tuple(range(100000))
print(len(tt), tt[50000], hash(tt) == hash(tuple(range(100000))))
s = set(range(100000))
print(len(s), 99999 in s, -1 in s)
d = {i: str(i) for i in range(100000)}
print(len(d), d[77777])
x = [[i] for i in range(1000)]
y = [e[:] for e in x]
print(x == y, x is y, x[5] is y[5])
n = []
for i in range(10000):
    n = [n]
print(len(n))
t(lambda: [1, 2, 3].index(3, 2**100))
print([1, 2, 3].index(1, -2**100), (1, 2).index(2, -2**100, 2**100))
