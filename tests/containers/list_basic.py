def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2, 3]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend(range(7, 9)); print(l)
l.extend("ab"); print(l)
l.insert(0, 0); l.insert(-1, "m"); l.insert(100, "end"); l.insert(-100, "start"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].pop(-2))
t(lambda: [1].pop("x"))
t(lambda: [1].pop(1, 2))
l = [1, 2, 3, 2]
l.remove(2); print(l)
t(lambda: l.remove(9))
print(l.index(3), l.index(2), [1, 2, 1].index(1, 1), [1, 2, 1].index(1, -1), [1, 2, 3].index(3, 0, 100))
t(lambda: l.index(9))
t(lambda: [1, 2, 3].index(3, 0, 2))
t(lambda: [1, 2, 3].index(1, "a"))
t(lambda: [].index())
print(l.count(2), [1, 1, 1].count(1), [].count(0))
c = l.copy(); c.append(99); print(l, c)
l.reverse(); print(l)
l.clear(); print(l)
t(lambda: [].insert(1))
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: [].copy(1))
print(list(), list([1, 2]), list((1, 2)), list("xy"), list({1: 2}), list(range(3)))
t(lambda: list(1))
t(lambda: list(1, 2))
t(lambda: list(x=1))
print(len([1, 2]), bool([]), bool([0]))
print([1, 2] + [3], [1, 2] * 2, 3 * [0], [1] * 0, [1] * -3)
t(lambda: [1] + (2,))
t(lambda: [1] + "s")
t(lambda: [1] * 1.5)
a = [1]; b = a; a += [2]; a += (3,); a += "x"; print(a, b, a is b)
a *= 2; print(a, b)
a *= 0; print(a, b)
t(lambda: [1, 2][5])
t(lambda: [1, 2][-3])
K = "a"
N = None
L2 = [1, 2]
t(lambda: L2[K])
t(lambda: L2[N])
print([1, 2][True], [1, 2][-1])
def f():
    x = [1]
    x[3] = 1
t(f)
def g():
    x = [1]
    del x[3]
t(g)
def h():
    x = [1]
    x["a"] = 1
t(h)
print(2 in [1, 2], 3 in [1, 2], [1] < [2], [1, 2] < [1], [] < [0], [1, 2] == [1, 2], [1] != [1.0])
t(lambda: [1] < ["a"])
t(lambda: hash([]))
print([[]] * 2, [1, [2, [3]]])
print(list.__name__, [].__sizeof__(), [1, 2, 3].__sizeof__())
x = []
sizes = []
for i in range(40):
    x.append(i)
    sizes.append(x.__sizeof__())
print(sizes)
y = list(range(10))
print(y.__sizeof__())
z = [0] * 10
print(z.__sizeof__())
