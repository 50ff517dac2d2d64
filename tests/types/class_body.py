x = 'global x'
class A:
    x = 'class x'
    y = x + '!'
    def f(self):
        return x
    z = [x for _ in range(1)]
    def __private(self): return 'private'
    def call_private(self): return self.__private()
    __attr = 5
print(A.y, A().f(), A.z, A().call_private(), A._A__attr, hasattr(A, '__attr'))
def deco(cls):
    cls.decorated = True
    return cls
@deco
class B:
    pass
print(B.decorated)
def make():
    class Local:
        def m(self): pass
    return Local
L = make()
print(L.__qualname__, L.m.__qualname__, L.__module__)
class C:
    def method(self): pass
    class D:
        def inner(self): pass
print(C.method.__qualname__, C.D.__qualname__, C.D.inner.__qualname__)
class E:
    a = 1
    b = a + 1
    del a
print(hasattr(E, 'a'), E.b)
class F:
    items = []
    for i in range(3):
        items.append(i)
print(F.items, F.i)
counter = 0
class G:
    global counter
    counter += 1
print(counter)
class H:
    __module__ = 'custom_mod'
print(H.__module__, repr(H))
class I:
    "docstring here"
print(I.__doc__, I.__dict__['__doc__'])
class J:
    __qualname__ = 'Custom.Qual'
print(J.__qualname__, repr(J))
def f():
    v = 'closure'
    class K:
        attr = v
        def get(self): return v
    return K
print(f().attr, f()().get())
class M:
    def __init__(self): self.__x = 1
m = M()
print(m._M__x, sorted(m.__dict__))
class N:
    def a(self): return 'a'
    b = a
print(N().b(), N.b is N.a)
