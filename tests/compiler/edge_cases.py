# closures in loops with cells and del
def f():
    fs = []
    for i in range(3):
        def g(i=i):
            return i
        fs.append(g)
    return [h() for h in fs]
print(f())
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    yield inc()
    yield inc()
print(list(counter_gen()))
# class with closure over method-local var and __class__
def factory(tag):
    class T:
        def name(self):
            return tag + ':' + __class__.__name__
    return T
print(factory('x')().name())
# super in __init__ with args
class A:
    def __init__(self, v):
        self.v = v
class B(A):
    def __init__(self, v):
        super().__init__(v * 2)
print(B(5).v)
# nested try in generator with send
def acc():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError:
            total = 0
            continue
        if x is None:
            break
        total += x
    return total
g = acc(); next(g); g.send(5); g.send(6)
print(g.throw(ValueError), g.send(1))
try:
    g.send(None)
except StopIteration as e:
    print('final', e.value)
# with returning from generator
class CM:
    def __enter__(self): return 'cm'
    def __exit__(self, *a): print('exit', a[0]); return True
def gw():
    with CM() as c:
        yield c
        raise KeyError
    yield 'after'
print(list(gw()))
# augmented assign to subscript with side effects
calls = []
def idx():
    calls.append('idx')
    return 0
lst = [1]
lst[idx()] += 5
print(lst, calls)
# star args everywhere
def s(*a, **k): return a, k
print(s(*[1], *[2], 3, **{'a': 1}, b=2, **{'c': 3}))
print([*'ab', *[1]], {**{'a': 1}, 'b': 2}, (*range(2), 5))
# conditional expression chain
x = 5
print('a' if x < 3 else 'b' if x < 6 else 'c')
# lambda closures
adders = {n: (lambda v, n=n: v + n) for n in range(3)}
print([adders[k](10) for k in adders])
# exception variable scoping in nested function
def outer():
    try:
        raise ValueError('v')
    except ValueError as err:
        def inner():
            return str(err)
        r = inner()
    return r
print(outer())
# walrus in while with complex cond
data = [1, 2, 3, 0, 4]
it = iter(data)
res = []
while (v := next(it)) != 0:
    res.append(v)
print(res)
# global in nested with class
G = 0
class K:
    def bump(self):
        global G
        G += 1
K().bump(); K().bump()
print(G)
# deep unpacking
(a, (b, *c), d) = (1, (2, 3, 4), 5)
print(a, b, c, d)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
# dict/set comprehension with conditions and nested
print({i: [j for j in range(i)] for i in range(3) if i})
# chained comparisons with side effects
def v(n):
    print('eval', n)
    return n
print(v(1) < v(2) < v(0) < v(3))
# boolean ops returning values
print([] or {} or 0 or 'x', 1 and [] and 2)
# try/except/else/finally return ordering
def order():
    log = []
    try:
        log.append('try')
    except Exception:
        log.append('except')
    else:
        log.append('else')
        return log
    finally:
        log.append('finally')
print(order())
# nonlocal in nested class method
def mk():
    n = 0
    class C:
        def inc(self):
            nonlocal n
            n += 1
            return n
    c = C()
    c.inc(); c.inc()
    return n
print(mk())
# recursion via closure
def fact_maker():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact
print(fact_maker()(10))
# string formatting in f-strings with conversions and nested quotes
name = 'W'
print(f"{name!r:>5}|{'q'!s}|{3:{'>'}{4}}|{x=}")
# ellipsis and slices
class S:
    def __getitem__(self, k): return k
print(S()[1:2, ..., ::3])
print(S()[()], S()[:], S()[1:2:3])
