x = 'global'
class C:
    x = 'class'
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().m(), C.z)

def f():
    x = 'f'
    class D:
        print(x)
        x = 'D'
        print(x)
    return D
f()

def g():
    v = 'enclosed'
    class E:
        w = v
        def m(self):
            return v
    return E
E = g()
print(E.w, E().m())

class Base:
    def hello(self):
        return 'base'
class Derived(Base):
    def hello(self):
        return 'derived+' + super().hello()
    def cls(self):
        return __class__.__name__
print(Derived().hello(), Derived().cls())
print(Derived.hello.__code__.co_freevars)

class Priv:
    __secret = 1
    def get(self):
        return self.__secret
    def __dunder__(self):
        return 'ok'
print(Priv().get(), Priv._Priv__secret, Priv().__dunder__())
print(sorted(k for k in Priv.__dict__ if 'secret' in k))

class Q:
    def method(self):
        pass
    class Inner:
        def deep(self):
            pass
print(Q.method.__qualname__, Q.Inner.__qualname__, Q.Inner.deep.__qualname__)
print(Q.__module__, Q.__qualname__)
