def f(*args, **kw):
    return args, sorted(kw.items())
print(f())
print(f(1, 2, a=3))
print(f(*[1, 2], *(3,), **{'x': 1}, **{'y': 2}))
print(f(1, *[2], 3, a=1, *[4], b=2, **{'c': 3}))
print(f(x for x in range(3)) [0][0].__class__.__name__)
print(f(a=1, **{'b': 2}, c=3))
print(f(1,))
print(f(
    1,
    2,
))
print((lambda *a, **k: (a, k))(1, k=2))
print(f(*'ab'))
