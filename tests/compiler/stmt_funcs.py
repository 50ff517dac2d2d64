def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f.__defaults__, f.__kwdefaults__)
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
def ann(x: int, y: 'str' = 'd') -> list:
    pass
print(ann.__annotations__)
def doc():
    "the doc"
    return 1
print(doc.__doc__, doc.__code__.co_consts)
def nodoc():
    return 1
print(nodoc.__doc__, nodoc.__code__.co_consts)
def deco(fn):
    def wrapper(*a, **k):
        return ('wrapped', fn(*a, **k))
    return wrapper
@deco
def decorated(x):
    return x * 2
print(decorated(4))
def d1(fn): return lambda: 'd1(' + fn() + ')'
def d2(fn): return lambda: 'd2(' + fn() + ')'
@d1
@d2
def stacked(): return 'f'
print(stacked())
def star_call(*a, **k):
    return a, k
args = [1, 2]
kw = {'x': 1}
print(star_call(*args, 3, *args, y=2, **kw))
print(star_call(*(), **{}))
print(star_call(0, *'ab', z=1))
sq = lambda n: n * n
print(sq(5), (lambda: None)(), (lambda *a: a)(1, 2))
def gen_default(x=[]):
    x.append(1)
    return x
print(gen_default(), gen_default())
def kwonly(*, k):
    return k
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
print(kwonly(k='K'))
print(f.__name__, f.__qualname__, sq.__name__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
try:
    star_call(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
print((lambda x, /, y=1, *, z=2: (x, y, z))(0))
