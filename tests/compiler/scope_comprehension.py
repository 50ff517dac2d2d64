x = 'outer'
print([x for x in range(3)], x)
print({k: v for k, v in [(1, 2), (3, 4)]})
print({i % 3 for i in range(10)})
print(list(i * i for i in range(4)))
print([(a, b) for a in range(3) for b in range(a)])
print([a for a in range(10) if a % 2 if a > 3])

def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

def walrus():
    vals = [total := i for i in range(4)]
    return vals, total
print(walrus())

def g():
    return [[j for j in range(i)] for i in range(4)]
print(g())

class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)

def genexp_lazy():
    it = (n for n in range(3))
    return next(it), next(it), list(it)
print(genexp_lazy())
gen = (i for i in range(2))
print(type(gen).__name__, gen.__name__, gen.__qualname__)

def outer():
    return [lambda: i for i in range(2)]
print([fn() for fn in outer()])
print(outer()[0].__qualname__)
