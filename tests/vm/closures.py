def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
print(c.__closure__[0].cell_contents)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
unbound()
def local_unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    z = 1
local_unbound()
def deleted():
    x = 1
    def f():
        return x
    del x
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
deleted()
class K:
    v = 10
    def m(self):
        return __class__
print(K().m() is K)
x = "global"
def shadow():
    x = "local"
    class Inner:
        y = x
    return Inner.y
print(shadow())
def cellcmp():
    a = 1
    def f(): return a
    return f.__closure__
print(type(cellcmp()[0]).__name__)
import sys
