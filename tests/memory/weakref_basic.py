import weakref, gc
class A: pass
a = A()
r = weakref.ref(a, lambda ref: print('callback', ref() is None))
print(r() is a, weakref.getweakrefcount(a))
del a
print(r())
b = A(); b.self = b
r2 = weakref.ref(b, lambda ref: print('cycle callback'))
del b
print(gc.collect() > 0, r2())
d = weakref.WeakValueDictionary()
x = A(); d['k'] = x
print(len(d), 'k' in d)
del x
print(len(d))
try:
    weakref.ref([])
except TypeError as e:
    print(e)
p = weakref.proxy(A())
try:
    p.x
except ReferenceError as e:
    print(e)
