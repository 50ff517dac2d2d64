def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([3, 1, 2]), sorted('bca'), sorted((5, 4)), sorted({3: 1, 1: 2}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len), sorted([1, -3, 2], key=abs, reverse=True))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([1, 2], key=None))
pairs = [(1, 'x'), (0, 'y'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]))
t(lambda: sorted())
t(lambda: sorted([], []))
t(lambda: sorted([], foo=1))
t(lambda: sorted(1))
t(lambda: sorted([1, 'a']))
t(lambda: sorted([1, 2], key=lambda x: 1 / 0))
l = [3, 2]
s = sorted(l)
print(s is not l, l)
