class LCG:
    def __init__(self, seed): self.x = seed
    def next(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return (self.x >> 8) % n
r = LCG(99)
s = set(range(60000))
for i in range(30000):
    s.discard(r.next(70000))
for i in range(30000):
    s.add(r.next(200000))
print(len(s), list(s)[:30], list(s)[-30:])
for i in range(1000):
    s.pop()
print(len(s), list(s)[:20])
t = set()
for i in range(5000):
    t.add((r.next(50), r.next(50)))
    if i % 4 == 0:
        t.discard((r.next(50), r.next(50)))
print(len(t), list(t)[:30])
u = set()
for i in range(3000):
    u.add(r.next(1 << 40) - (1 << 39))
    if i % 2:
        u.discard(r.next(1 << 40))
print(len(u), list(u)[:10])
v = set(range(100))
v.difference_update(range(0, 100, 3))
v.symmetric_difference_update(range(95, 130))
print(list(v))
w = set(range(100, 0, -1))
w.intersection_update(range(0, 200, 2), range(0, 200, 4))
print(list(w))
print(list(set(range(10)) | set(range(100, 300))), list({1, 2, 3} & set(range(1000)))[:5])
