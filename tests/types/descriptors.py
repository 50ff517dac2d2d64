class Data:
    def __init__(self, name): self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return ('data', self.name, obj.__dict__.get('_' + self.name))
    def __set__(self, obj, value):
        obj.__dict__['_' + self.name] = value
class NonData:
    def __get__(self, obj, owner):
        return ('nondata', owner.__name__, obj is None)
class DelOnly:
    def __delete__(self, obj):
        print('deleting via descriptor')
class A:
    d = Data('d')
    n = NonData()
    z = DelOnly()
a = A()
a.d = 5
print(a.d, a.__dict__)
a.__dict__['d'] = 'shadow?'
print(a.d)
print(a.n, A.n)
a.__dict__['n'] = 'instance wins'
print(a.n)
print(isinstance(A.__dict__['d'], Data), A.d.name)
del a.z
try:
    a.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Named:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, owner=None):
        return f'{self.owner}.{self.name}'
class B:
    first = Named()
    second = Named()
print(B().first, B.second)
class C:
    pass
C.late = Named()
print(hasattr(C.__dict__['late'], 'name'))
class Counter:
    calls = 0
    def __get__(self, obj, owner):
        Counter.calls += 1
        return Counter.calls
class D:
    c = Counter()
print(D().c, D().c, D.c)
class Meth:
    def __get__(self, obj, owner):
        return lambda *a: ('bound', a)
class E:
    m = Meth()
print(E().m(1, 2))
f = lambda self: self
print(f.__get__(1)(), type(f.__get__(1)).__name__)
print(type(len).__name__, type([].append).__name__, type(list.append).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(dict.fromkeys).__name__)
print(type(dict.__dict__['fromkeys']).__name__, type(int.__dict__['real']).__name__)
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print((1).__add__.__self__, (1).__add__(2), int.__add__(3, 4))
print(list.__dict__['append'].__get__([1])(2))
