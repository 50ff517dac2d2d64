def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.union(b, [7], (8,)), a.union(), a.intersection(b), a.intersection(b, {4}), a.intersection())
print(a.difference(b), a.difference(b, {1}), a.difference(), a.symmetric_difference(b), a.symmetric_difference([1, 9]))
print(a.union("ab") == a | set("ab"), a.intersection(range(3)), a.difference(range(3)), a.intersection({3: 0, 4: 1}))
t(lambda: a | [1])
t(lambda: a & [1])
t(lambda: a - [1])
t(lambda: a ^ [1])
t(lambda: [1] | a)
t(lambda: a.union(1))
t(lambda: a.symmetric_difference())
print(a <= b, a <= a | b, a < a, a < a | b, a >= {1}, a > {1}, a > a, a == {4, 3, 2, 1}, a != b)
print(a.issubset([1, 2, 3, 4, 5]), a.issubset(b), a.issuperset([1]), a.issuperset(range(10)), a.isdisjoint(b), a.isdisjoint({9}), a.isdisjoint([9, 8]))
t(lambda: a < [1])
t(lambda: a.issubset(1))
c = set(a); c |= b; print(c)
c = set(a); c &= b; print(c)
c = set(a); c -= b; print(c)
c = set(a); c ^= b; print(c)
def f():
    c = set(a)
    c |= [1]
t(f)
c = set(a); c.update(b, [10]); print(c)
c = set(a); c.intersection_update(b, [4, 5]); print(c)
c = set(a); c.difference_update(b, [1]); print(c)
c = set(a); c.symmetric_difference_update([1, 100]); print(c)
c = set(a); c.intersection_update(); print(c)
c = set(a); c -= c; print(c)
c = set(a); c ^= c; print(c)
c = set(a); c &= c; print(c)
c = set(a); c |= c; print(c)
f = frozenset(a)
print(f | b, f & b, f - b, f ^ b, type(f | b).__name__, type(b | f).__name__, type(f.union(b)).__name__)
g = f
g |= {100}
print(g, f, g is f)
print(f.intersection([1, 2]), f.difference([1, 2]), f.symmetric_difference([1, 9]), f.issubset(a), f.isdisjoint([]))
t(lambda: f.add)
class S(set):
    pass
s = S([1, 2])
print(s, type(s | {3}).__name__, type(s.copy()).__name__, type(s.union()).__name__, s == {1, 2})
class FS(frozenset):
    pass
fs = FS([1])
print(fs, type(fs | {3}).__name__, type(fs.copy()).__name__, hash(fs) == hash(frozenset([1])))
print(set() == set(), set() < {1}, frozenset() <= set(), set().isdisjoint(set()))
x = {1, 2, 3}
print(x.intersection(x) == x, x.difference(x), x.symmetric_difference(x), x.union(x) == x, x.issubset(x))
