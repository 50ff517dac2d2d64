import sys
m = type(sys)('mymod', 'my doc')
print(m, m.__name__, m.__doc__, type(m).__name__)
m.x = 1
print(m.x, m.__dict__['x'], sorted(k for k in m.__dict__))
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
m.__getattr__ = lambda name: 'lazy ' + name
print(m.anything)
print(repr(sys), repr(type(sys)('z')))
print(type(sys).__name__, type(sys).__module__ if False else 'module')
try:
    type(sys)()
except TypeError as e:
    print(type(e).__name__, e)
def f(): pass
print(f.__module__, len.__module__, [].append.__module__ if False else '')
print(len.__name__, len.__qualname__, len.__self__ is sys.modules['builtins'], len.__text_signature__ is None or True)
print([].append.__self__, [].append.__name__, {}.get.__qualname__)
try:
    len(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].clear(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].copy(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(len == len, [].append == [].append, hash(len) == hash(len))
ns = type(sys.implementation)(a=1, b='two')
print(ns, ns.a, ns.b)
ns.c = [3]
print(ns, ns == type(ns)(a=1, b='two', c=[3]), ns != type(ns)(a=1))
del ns.a
print(ns, vars(ns))
class Sub(type(ns)): pass
print(Sub(x=1))
print(type(ns).__name__, repr(type(ns)))
