class A:
    "A doc"
    attr = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @staticmethod
    def st():
        return 'static'
    @classmethod
    def cm(cls):
        return cls.__name__
    @property
    def prop(self):
        return self.v * 10
print(A.__doc__, A.attr, A(3).get(), A.st(), A.cm(), A(2).prop)
class B(A):
    def get(self):
        return 'B' + str(super().get())
print(B(5).get(), B.__mro__[1].__name__, B.__bases__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['injected'] = kw
        return super().__new__(mcls, name, bases, ns)
class C(metaclass=Meta, flag=True):
    pass
print(C.injected, type(C).__name__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class D:
    pass
print(D.decorated)
class E:
    x: int = 3
    y: str
print(E.__annotations__, E.x)
class F:
    def method(self):
        return __class__
print(F().method() is F)
class G:
    pass
print(G.__doc__, G.__name__, G.__module__)
bases = (A,)
class H(*bases):
    pass
print(H.__bases__[0] is A)
class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        return self
Counter().inc().inc()
print(Counter.count)
def make():
    class Local:
        def m(self): pass
    return Local
L = make()
print(L.__qualname__, L.m.__qualname__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__)
