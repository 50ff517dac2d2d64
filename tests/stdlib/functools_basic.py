import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering, cached_property, singledispatch
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.add, [1, 2, 3], 10))
print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(operator.add, [], 7))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = partial(f, 1)
print(p(2), p(2, 5), p(2, d=9))
print(p.func is f, p.args, p.keywords)
p2 = partial(p, 2, d=8)
print(p2.func is f, p2.args, p2.keywords, p2())
print(repr(partial(max, 1, key=abs)))
print(repr(partial(partial(max, 1), 2)))
p3 = partial(f, d=1)
print(p3(1, 2, d=2))
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner

@deco
def hello(x):
    """say hello"""
    return 'hello ' + x
print(hello('w'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(calls)
print(sq.cache_info())
ci = sq.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize)
sq.cache_clear()
print(sq.cache_info())
print(sq.__name__, sq.__wrapped__(5))

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())

@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())

@cache
def c(x, y=0):
    return x + y
print(c(1), c(1), c(1, y=2), c.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print(type(e).__name__, e)

class A:
    @lru_cache
    def m(self, x):
        return x + 1
print(A().m(1))

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(3), V(3) >= V(2))
try:
    @total_ordering
    class W:
        pass
except ValueError as e:
    print(type(e).__name__, e)

class P:
    def __init__(self):
        self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
pp = P()
print(pp.val, pp.val, pp.n, 'val' in pp.__dict__)
del pp.val
print(pp.val, pp.n)

@singledispatch
def show(x):
    return 'obj'
@show.register(int)
def _(x):
    return 'int'
@show.register
def _(x: str):
    return 'str'
@show.register(list)
def _(x):
    return 'list'
print(show(1), show('a'), show([1]), show(1.5), show(True))
print(show.dispatch(bool) is show.registry[int])
