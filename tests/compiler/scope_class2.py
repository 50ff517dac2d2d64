def f():
    x = 1
    class C:
        x = 2
        def m(self): return x
        y = x
    return C
C = f()
print(C().m(), C.x, C.y)
def g():
    x = 1
    class D:
        nonlocal x
        x = 5
    return x
print(g())
def h():
    x = 'h'
    def g2():
        global x
        x = 'g2-global'
    g2()
    return x
print(h(), x)
def k():
    v = 1
    class E:
        print(v)
        w = [v for _ in range(1)]
        def m(self):
            return [v for _ in range(1)]
    return E
print(k().w, k()().m())
class F:
    a = 1
    b = lambda self, a=a: a
    c = (lambda: a)
print(F().b())
try:
    F.c()
except NameError as e:
    print('NameError', e)
def deep():
    a = 'deep'
    def l1():
        def l2():
            def l3():
                return a
            return l3
        return l2
    return l1()()()
print(deep())
print(deep.__code__.co_cellvars)
