def f(y):
    x = 5
    r = [x for x in y if x]
    return r, x
print(f([0, 1, 2]))
def k(y):
    return [lambda: x for x in y]
print([g() for g in k([1, 2])])
print(k.__code__.co_cellvars, k.__code__.co_varnames)
print([x for x in range(3)])
x = 'mod'
print([x * 2 for x in range(3)], x)
class A:
    def f(self):
        return 'A'
class B(A):
    def h(self):
        return [super().f() for _ in range(2)]
print(B().h())
class C:
    a = 1
    try:
        b = [a for _ in range(1)]
    except NameError as e:
        print('NameError', e)
    c = [i for i in range(a)]
print(C.c)
def nested():
    return [[i * j for j in range(3)] for i in range(3)]
print(nested())
def err():
    x = 'keep'
    try:
        [1 / x for x in (1, 0)]
    except ZeroDivisionError:
        pass
    return x
print(err())
def w():
    [t := i for i in range(3)]
    return t
print(w())
print({k: v for k, v in zip('ab', 'cd')})
try:
    exec('n=2\nprint([i*n for i in range(3)])', {}, {})
except NameError as e:
    print('NameError', e)
def frames():
    import sys
    return [sys._getframe().f_code.co_name for _ in range(1)]
print(frames())
def loc():
    a = 1
    return [sorted(locals()) for b in range(1)]
print(loc())
def shadow_cell():
    x = 'outer'
    fs = [lambda: x for x in range(2)]
    g = lambda: x
    return [f() for f in fs], g()
print(shadow_cell())
def nested_inline():
    return [(i, j) for i in range(2) for j in [k * 2 for k in range(i + 1)]]
print(nested_inline())
s = 'module s'
fs = [(lambda: s) for s in range(3)]
print([f() for f in fs], s)
class C:
    t = 'class t'
    gs = [(lambda: t) for t in range(2)]
    print([g() for g in gs], t)
names = [''.join(str(i) for i in range(s)) for s in range(4)]
print(names)
