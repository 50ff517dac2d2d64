class LCG:
    def __init__(self, seed): self.x = seed
    def randrange(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return (self.x >> 8) % n
    def random(self):
        return self.randrange(1 << 20) / (1 << 20)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = [5, 3, 1, 4, 2]
l.sort(); print(l)
l.sort(reverse=True); print(l)
print(sorted(["b", "A", "c", "a"]), sorted(["b", "A", "c", "a"], key=str.lower))
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e"), (1, "f")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, 1.25, -2.0, 1e10]), sorted([2**70, 5, -2**65, 0]))
print(sorted([1, 2.5, True, -1]))
t(lambda: sorted([1, "a", 2]))
t(lambda: [1, 2].sort(1))
t(lambda: [1, 2].sort(key=1))
t(lambda: [1, 2].sort(foo=1))
t(lambda: sorted([3, 1, 2], key=lambda x: 1 / (x - 2)))
rng = LCG(12345)
data = [rng.randrange(100) for i in range(2000)]
s = sorted(data)
print(s == sorted(data, key=lambda x: x), all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s))
recs = [(rng.randrange(10), i) for i in range(3000)]
rs = sorted(recs, key=lambda r: r[0])
print(all(rs[i][0] < rs[i + 1][0] or (rs[i][0] == rs[i + 1][0] and rs[i][1] < rs[i + 1][1]) for i in range(len(rs) - 1)))
rs = sorted(recs, key=lambda r: r[0], reverse=True)
print(all(rs[i][0] > rs[i + 1][0] or (rs[i][0] == rs[i + 1][0] and rs[i][1] < rs[i + 1][1]) for i in range(len(rs) - 1)))
print(sorted(range(100, 0, -1))[:5], sorted(list(range(50)) + list(range(50)))[:6])
words = ["delta", "Alpha", "charlie", "bravo", "echo", "alpha"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
def bad():
    m = [3, 2, 1]
    def k(x):
        m.append(x)
        return x
    m.sort(key=k)
    return m
t(bad)
def bad2():
    m = [3, 2, 1, 5, 4]
    class C:
        def __init__(self, v): self.v = v
        def __lt__(self, o):
            m.clear()
            return self.v < o.v
    m[:] = [C(i) for i in range(5, 0, -1)]
    m.sort()
t(bad2)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "C%d" % self.v
print(sorted([Cmp(3), Cmp(1), Cmp(2)]))
class Bad:
    def __lt__(self, o): raise ValueError("nope")
items = [Bad(), Bad(), Bad()]
t(lambda: sorted(items))
l = [1, 2, 3]
print(l.sort(), l.sort(key=None, reverse=False), l)
print(sorted([], reverse=True), sorted([1]), sorted((3, 2, 1)), sorted("cba"), sorted({3: 1, 1: 2}))
print(sorted([[2, 1], [1, 2], [1, 1], []]))
print(sorted([(1, 2), (1,), (0, 5)]))
data = [rng.random() for i in range(500)]
print(sorted(data) == sorted(data, key=lambda x: -x)[::-1])
strs = ["%05d" % rng.randrange(100000) for i in range(500)]
print(sorted(strs) == sorted(strs, key=int))
l = list(range(10)); l.sort(key=lambda x: x % 3); print(l)
l = list(range(10)); l.sort(key=lambda x: x % 3, reverse=True); print(l)
