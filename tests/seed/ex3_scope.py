# Seed example 3: LEGB name resolution.
def outer():
    x = 10
    def inner():
        x = 20  # Refers to 'x' in the 'inner' scope, not 'outer'.
        print(x)
    inner()
    print(x)  # Refers to 'x' in the 'outer' scope.

outer()

x = 'global'
def f():
    print(x)
    def g():
        nonlocal_check = x
        print(nonlocal_check)
    g()
f()

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())

def shadow():
    print(len('abc'))
    len = None  # makes len local for the whole function
try:
    shadow()
except UnboundLocalError as e:
    print(type(e).__name__, e)
