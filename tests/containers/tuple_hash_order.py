s = {(1, 2), (3, 4), (5, 6), (0, 0), (-1, -2), (10, 20), (2, 1)}
print(list(s))
s2 = set()
for i in range(20):
    s2.add((i, i * i))
print(list(s2))
print({(): 1, (1,): 2, (1, 2): 3})
print([hash((i,)) for i in range(5)])
print([hash((i, -i)) for i in range(5)])
print(hash((("a", 1),)) == hash((("a", 1),)))
fs = frozenset([(1, 2), (3, 4)])
print(hash(fs) == hash(frozenset([(3, 4), (1, 2)])))
d = {}
for i in range(10):
    d[(i % 3, i)] = i
print(d)
print(set([(0, 1), (1, 0), (1, 1), (0, 0)]))
