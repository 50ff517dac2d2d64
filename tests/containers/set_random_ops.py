# A long deterministic sequence of set operations; the iteration order after
# each phase depends on the exact table algorithm (probing, dummies, resizes).
class LCG:
    def __init__(self, seed): self.x = seed
    def next(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return (self.x >> 8) % n
r = LCG(7)
s = set()
for phase in range(12):
    for i in range(300):
        op = r.next(10)
        v = r.next(400) * (1 if r.next(2) else -1)
        if op < 5:
            s.add(v)
        elif op < 8:
            s.discard(v)
        elif op < 9 and s:
            s.pop()
        else:
            s.add((v, v % 7))
    print(phase, len(s), list(s)[:25])
f = frozenset(s)
print(hash(f) == hash(frozenset(list(s))), len(f))
t = set()
for i in range(2000):
    t.add(i * 31 % 977)
    if i % 3 == 0:
        t.discard(i * 17 % 977)
print(list(t)[:40])
u = set(range(1000))
u -= set(range(0, 1000, 2))
u &= set(range(0, 1000, 3))
print(list(u)[:20], len(u))
u ^= set(range(990, 1010))
print(list(u)[-20:])
w = set()
for i in range(100):
    w.add(i)
    w.discard(i - 1)
print(w, list(w))
x = {i for i in range(64)}
for i in range(64):
    x.pop()
    x.add(i + 1000)
print(list(x)[:20])
