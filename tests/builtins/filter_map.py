def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(bool, [0, 3])))
t(lambda: map())
t(lambda: map(1))
t(lambda: list(map(1, [1])))
t(lambda: map(str, 1))
t(lambda: map(str, [1], foo=2))
t(lambda: filter())
t(lambda: filter(1))
t(lambda: filter(None, 1))
t(lambda: list(filter(1, [1])))
t(lambda: filter(None, [], x=1))
m = map(abs, [-1])
print(type(m).__name__, iter(m) is m, next(m))
t(lambda: next(m))
f = filter(None, [1])
print(type(f).__name__, next(f))
def bad(x):
    raise ValueError('bad %d' % x)
t(lambda: list(map(bad, [5])))
t(lambda: list(filter(bad, [6])))
class M(map):
    pass
print(list(M(str, [4])))
print(list(map(len, ['a', 'bb'], )))
