print(hash(frozenset(range(10))), hash(frozenset(range(1000))))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset([1, 2])) == hash(frozenset([1, 3])))
print(hash(frozenset([(1, 2), (2, 1)])), hash(frozenset([None])), hash(frozenset([1.5, 2.5])))
print(hash(frozenset([frozenset([frozenset()])])))
s = set(range(20))
for i in range(10):
    s.discard(i)
print(hash(frozenset(s)), hash(frozenset(range(10, 20))))
d = {frozenset([1, 2]): "a", frozenset(): "e"}
print(d[frozenset({2, 1})], d[frozenset()])
print({frozenset([1, 2]), frozenset([2, 1]), frozenset([3])})
print(frozenset([3, 1, 2]) | frozenset([10]), frozenset(range(5)) - {0})
fs = frozenset([5])
print(fs.__hash__() == hash(fs), frozenset.__hash__(frozenset()) == hash(frozenset()))
