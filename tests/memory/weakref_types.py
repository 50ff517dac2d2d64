# classes and built-in types are weakly referenceable, as in CPython
import weakref, gc, sys
class A: pass
class Meta(type): pass
class B(metaclass=Meta): pass
r = weakref.ref(A); print(r() is A, weakref.getweakrefcount(A))
r2 = weakref.ref(B); print(r2() is B)
ri = weakref.ref(int); print(ri() is int, ri == weakref.ref(int), hash(ri) == hash(int))
print(weakref.ref(type)() is type, weakref.ref(object)() is object)
got = []
def mk():
    class T: pass
    return weakref.ref(T, lambda w: got.append('T gone'))
w = mk()
gc.collect()
print(w(), got)
ws = weakref.WeakSet([A, B, int])
print(len(ws), A in ws, int in ws)
wk = weakref.WeakKeyDictionary({A: 1, int: 2}); print(wk[A], wk[int])
del A, r
gc.collect()
print(len(ws))
try:
    weakref.ref([])
except TypeError as e: print(e)
