class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, kw
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(x=2, other='o'), callable(add5))
print(list(map(Adder(1), [1, 2]))[0])
class C:
    def m(self, a, b=2): return (a, b)
    @classmethod
    def c(cls, a): return (cls.__name__, a)
    @staticmethod
    def s(a): return a
c = C()
for f in [c.m, C.c, c.c, C.s, c.s]:
    print(f(1))
bound = c.m
print(bound(5), bound(5, b=6), C.m(c, 7), bound.__func__ is C.m, bound.__self__ is c)
print(bound == c.m, bound == C().m, hash(bound) == hash(c.m))
try:
    C.m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.m(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class CallAttr:
    pass
obj = CallAttr()
obj.__call__ = lambda: 'instance call'
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)
class Factory:
    def __new__(cls, kind):
        return {'int': int, 'str': str}[kind]
print(Factory('int')('5') + 1)
class Counter:
    count = 0
    def __call__(self):
        Counter.count += 1
        return self
Counter()()()()
print(Counter.count)
f = C.__dict__['m']
print(f(c, 'direct'), f.__get__(c)('via get'), f.__get__(None, C) is f)
print(callable(C), callable(C.m), callable(c.m), callable(1), callable(len), callable(lambda: 0))
