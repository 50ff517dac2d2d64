import sys
o = object()
def f(a, b=o, *args, c=o, **kw): return a
def g(x):
    yield x
    yield x
class C:
    def m(self, x): return x
c = C()
def exc(x):
    try:
        raise ValueError(x)
    except ValueError:
        return x
def wexc(x):
    try:
        with open("/dev/null") as fh:
            raise KeyError(x)
    except KeyError:
        pass
def unpack(x):
    a, *b = [x, x, x]
    return a
def yf(x):
    yield from g(x)
def closure(x):
    def inner():
        return x
    return inner()
tests = [lambda: f(o), lambda: f(o, o, o, c=o, z=o), lambda: list(g(o)), lambda: c.m(o),
         lambda: exc(o), lambda: wexc(o), lambda: unpack(o), lambda: list(yf(o)), lambda: closure(o),
         lambda: f(*[o], **{"c": o}), lambda: [o for _ in range(3)], lambda: {o: o}, lambda: (o, o)]
for i, t in enumerate(tests):
    t()
    before = sys.getrefcount(o)
    for _ in range(100):
        t()
    after = sys.getrefcount(o)
    print(i, after - before)
