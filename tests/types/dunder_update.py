class A:
    pass
a = A()
A.__add__ = lambda self, o: 'added'
print(a + 1)
A.__len__ = lambda self: 3
print(len(a), bool(a))
A.__bool__ = lambda self: False
print(bool(a))
del A.__bool__
print(bool(a))
A.__repr__ = lambda self: 'A!'
print(repr(a), str(a))
A.__eq__ = lambda self, o: True
print(a == 5)
A.__hash__ = lambda self: 7
print(hash(a))
A.__getitem__ = lambda self, k: k * 2
print(a[21])
A.__call__ = lambda self, x: x + 1
print(a(1))
A.__iter__ = lambda self: iter([1, 2])
print(list(a))
del A.__add__
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
class B(A):
    pass
b = B()
print(b + 0 if hasattr(B, '__add__') else 'no add', len(b), b[1])
A.__sub__ = lambda self, o: 'sub from A'
print(b - 1)
B.__sub__ = lambda self, o: 'sub from B'
print(b - 1, a - 1)
A.__sub__ = lambda self, o: 'sub from A v2'
print(b - 1, a - 1)
del B.__sub__
print(b - 1)
A.__getattr__ = lambda self, n: 'dyn ' + n
print(b.anything)
A.__setattr__ = lambda self, n, v: print('setattr', n, v)
b.q = 1
A.__init__ = lambda self, x=0: print('init', x)
A(5); B()
def newf(cls, *a):
    print('new', cls.__name__, a)
    return object.__new__(cls)
A.__new__ = newf
A(1)
A.__lt__ = lambda self, o: 'lt'
print(a < 1, b < 2)
A.__neg__ = lambda self: 'neg'
print(-b)
A.__contains__ = lambda self, x: x == 'yes'
print('yes' in b, 'no' in b)
A.__index__ = lambda self: 1
print([0, 1][b])
A.__get__ = lambda self, obj, t=None: 'got'
class C:
    d = A()
print(C().d)
