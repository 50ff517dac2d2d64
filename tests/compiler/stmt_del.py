x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(6))
del lst[0]
del lst[1:3]
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O: pass
o = O()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, 'a'), o.b)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f()
def g():
    z = [1, 2]
    del (z[0], z[0])
    return z
print(g())
try:
    del d['missing']
except KeyError as e:
    print(type(e).__name__, e)
