def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(eval('1 + 2'), eval('  x * 2', {'x': 21}), eval('y', {}, {'y': 'local'}))
g = {}
exec('a = 5\nb = a * 2', g)
print(g['a'], g['b'], '__builtins__' in g, type(g['__builtins__']).__name__)
l = {}
exec('c = 1', g, l)
print(l, 'c' in g)
t(lambda: exec('1', []))
t(lambda: exec('1', {}, 1))
t(lambda: eval('1', []))
t(lambda: eval(1))
t(lambda: exec(1))
t(lambda: exec())
t(lambda: eval())
t(lambda: eval('1', {}, {}, 1))
t(lambda: eval('1 +'))
t(lambda: exec('x = '))
t(lambda: eval('undefined_name'))
t(lambda: eval('1/0'))
print(eval('1', {}, []) if False else 'skip')
x = 10
def f():
    y = 3
    return eval('x + y')
print(f())
exec('z = 99')
print(z)
class M:
    def __getitem__(self, k):
        if k == 'magic':
            return 42
        raise KeyError(k)
print(eval('magic', {}, M()))
t(lambda: eval('other', {}, M()))
print(eval(b'2 ** 3'))
code = compile('q = 7', 'c', 'exec')
ns = {}
exec(code, ns)
print(ns['q'])
exec('def fn(): return 11', ns)
print(ns['fn']())
print(eval('[i*i for i in range(4)]'))
exec('import sys as _s', ns)
print('_s' in ns)
