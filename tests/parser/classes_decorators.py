def deco(f):
    print('decorating', f.__name__)
    return f
def param(n):
    def d(f):
        f.n = n
        return f
    return d
@deco
@param(3)
def func():
    """Docstring here."""
    return 'func'
print(func(), func.n, func.__doc__)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print('meta', name, sorted(kw))
        return super().__new__(m, name, bases, ns)
class Base: pass
@deco
class A(Base, metaclass=Meta, flag=1):
    """Class doc."""
    x = 1
    def m(self): return self.x
print(A().m(), A.__doc__, A.__bases__[0].__name__)
class B(): pass
class C: pass
print(B.__name__, C.__name__)
@(lambda f: f)
def z(): return 'z'
print(z())
d = {'k': deco}
@d['k']
def w(): pass
