def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
l = [0] * 5
l[2] = l
print(l)
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
print([1, 2] * True, [1] * False, (1,) * True)
class I:
    def __index__(self): return 2
print([1, 2, 3][I()], [1, 2] * I(), (5,) * I(), [1, 2, 3, 4][I():], [1, 2, 3].pop(I()))
t(lambda: [1, 2, 3][2**70])
t(lambda: (1, 2)[2**70])
t(lambda: [1, 2][-2**70])
t(lambda: [1].insert(2**70, 0))
x = [1]
x.insert(10**3, 2); x.insert(-10**3, 0); print(x)
print(list(map(lambda v: v * 2, [1, 2])), [v for v in [1, 2] if v > 1], [*[1, 2], *(3,)])
print([1, [2, 3]].count([2, 3]), [[]].index([]), [1, 2, 3][::-1][::-1])
m = [3, 1, 2]
print(sorted(m), m, m.sort(), m)
print(list(reversed(range(3))), list(enumerate("ab")), list(zip([1, 2], (3, 4))))
print(", ".join(["a", "b"]), sum([[1], [2]], []), any([0, 1]), all([]), len([[]]))
y = [1, 2, 3, 4, 5, 6]
y[1:5:2], y[0] = ["a", "b"], "z"
print(y)
del y[0], y[-1]
print(y)
z = list(range(10))
z[2:8] = z[7:1:-1]
print(z)
p = [1, 2, 3]
p[1:2] = [[]] * 3
p[0:0] = "ab"
print(p)
p[-1:] = ()
print(p)
t(lambda: [].remove(1))
t(lambda: [1, 2].index(2, 0, 1))
q = [4, 5]
q.extend(q)
q.extend(iter(q[:2]))
print(q)
print([] * 100, [[]] * 0, [1, 2] + [], [] + [1])
