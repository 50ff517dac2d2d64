def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class LCG:
    def __init__(self, seed): self.x = seed
    def next(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return (self.x >> 8) % n
r = LCG(3)
data = [(r.next(20), r.next(5), i) for i in range(3000)]
s = sorted(data)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
pairs = [(r.next(10), "x%d" % r.next(10)) for i in range(500)]
print(sorted(pairs)[:12])
print(sorted(pairs, key=lambda p: p[0])[:12])
print(sorted([("b", 2), ("a", 3), ("b", 1), ("a", 1)]), sorted([(2.5, 1), (1.5, 2), (2.5, 0)]))
print(sorted([(1, 2), (1,), (), (0, 9, 9)]), sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
t(lambda: sorted([(1, "a"), (1, 2)]))
t(lambda: sorted([(1, 2), ("a", 2)]))
nan = float("nan")
print(sorted([(nan, 1), (1.0, 2), (0.5, 3)])[1:], sorted([(2, [1]), (1, [2])]))
print(sorted([(10**30, 1), (-10**30, 2), (5, 3)]))
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return "C%d" % self.v
print(sorted([(C(2), 1), (C(1), 2), (C(2), 0)]))
print(sorted([((1, 2), 3), ((1, 1), 4), ((0, 5), 5)]))
