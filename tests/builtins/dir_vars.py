def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def __init__(self):
        self.a = 1
        self.b = 2
    def meth(self):
        pass
x = A()
print(vars(x))
print([n for n in dir(x) if not n.startswith('__')])
print('meth' in dir(A), '__init__' in dir(A))
t(lambda: vars(1))
t(lambda: vars(1, 2))
t(lambda: dir(1, 2))
class D:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(D()))
def f():
    local1 = 1
    local2 = 2
    return sorted(dir())
print(f())
def g():
    q = 5
    return vars()
print(g())
print('append' in dir([]), '__len__' in dir([]), dir([]) == sorted(dir([])))
