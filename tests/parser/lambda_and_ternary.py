f = lambda: 0
g = lambda x: x + 1
h = lambda x, y=2: x * y
k = lambda *a: a
m = lambda **kw: sorted(kw)
print(f(), g(1), h(3), h(3, 3), k(1, 2), m(a=1, b=2))
print((lambda x: (lambda y: x + y))(1)(2))
print([(lambda n=n: n)() for n in range(3)])
sel = lambda c: 'yes' if c else 'no'
print(sel(1), sel(0))
print((lambda: (yield))().__class__.__name__)
nested = 1 if True else 2 if False else 3
print(nested)
print((lambda: 1 if 1 else 2)())
