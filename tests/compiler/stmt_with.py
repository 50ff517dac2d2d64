class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.swallow
with CM('a') as x:
    print('body', x)
with CM('b'), CM('c') as y:
    print('two', y)
with CM('d', True):
    raise ValueError('swallowed')
print('after d')
try:
    with CM('e'):
        raise KeyError('escapes')
except KeyError as e:
    print('got', repr(e))
def f():
    with CM('f'):
        return 'returned'
print(f())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
with CM('g') as (p):
    print(p)
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with Pair() as (m, n):
    print(m, n)
try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
def nested():
    with CM('outer'):
        with CM('inner', True):
            1 / 0
        print('between')
nested()
