def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {1: 1, 2: 2}
def f1():
    for k in d.keys():
        d[k + 5] = 0
t(f1)
d = {1: 1, 2: 2}
def f2():
    for v in d.values():
        d.popitem()
t(f2)
d = {1: 1, 2: 2}
def f3():
    for k, v in d.items():
        d[k] = v * 10
    return d
t(f3)
d = {1: 1, 2: 2, 3: 3}
def f4():
    for k in reversed(d):
        d[k * 100] = 0
t(f4)
d = {1: 1, 2: 2, 3: 3}
def f5():
    out = []
    for k in reversed(d):
        out.append(k)
        d[k] = -k
    return out, d
t(f5)
d = {1: 1}
it = iter(d)
d.clear()
t(lambda: next(it))
d = {1: 1}
it = iter(d.items())
print(next(it))
t(lambda: next(it))
d[2] = 2
t(lambda: next(it))
k = {1: 2}.keys()
print(list(k), list(k))
