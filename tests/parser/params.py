def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
def g(*, a, b=1): return a, b
print(g(a=0))
def h(a, /): return a
print(h(5))
def k(x: int, y: 'str' = 'q', *rest: float, z: bool = True, **more: dict) -> list:
    return [x, y, rest, z, more]
print(k(1))
print(k.__annotations__)
lam = lambda a, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)
print(lam(0, d=3))
print((lambda: 'none')(), (lambda *, x: x)(x=9), (lambda x, /: x)(8))
print(f.__defaults__, f.__kwdefaults__)
