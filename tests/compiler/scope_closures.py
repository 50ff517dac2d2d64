def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())

def cell_param(a):
    def g():
        return a * 2
    a += 1
    return g()
print(cell_param(5))

def shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return v
    return add, get
add, get = shared()
add(1); add(2)
print(get())

def nonlocal_chain():
    x = 0
    def a():
        def b():
            nonlocal x
            x += 10
        b()
        return x
    return a()
print(nonlocal_chain())

def delete_cell():
    x = 1
    def g():
        return x
    del x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
delete_cell()

print(counter.__code__.co_cellvars, c.__code__.co_freevars)
print(cell_param.__code__.co_cellvars, cell_param.__code__.co_varnames)
