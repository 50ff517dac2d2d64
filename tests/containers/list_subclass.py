class L(list):
    pass
l = L([3, 1, 2])
print(l, type(l).__name__, len(l), l[0], l[1:], type(l[1:]).__name__, type(l + [1]).__name__, type(l * 2).__name__)
l.sort(); print(l)
l.append(9); print(l, l == [1, 2, 3, 9], isinstance(l, list))
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        return "item%r" % (i,)
g = Logged()
g.append(1)
print(g, g[0], g[1:2], list(g), len(g))
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
print(Init(4), Init(0))
class R(list):
    def __repr__(self):
        return "R" + super().__repr__()
print(R([1, R([2])]))
l = L()
l.x = 5
print(l.x, l, L("ab"), L(x for x in range(3)))
class Eq(list):
    def __eq__(self, other):
        return True
print(Eq([1]) == [2], [2] == Eq([1]), [Eq()] == [[5]])
print(sorted(L([5, 4])), reversed(L([1, 2])).__class__.__name__, list(reversed(L([1, 2]))))
l = L([1, 2, 3])
l += [4]
print(l, type(l).__name__)
l *= 2
print(l, type(l).__name__)
del l[::2]
print(l)
