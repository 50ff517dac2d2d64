def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    x = 1
    def m(self):
        return __class__
print(A.__name__, A.x, A().m() is A, A.__qualname__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, kw)
        return {'injected': 42}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class B(metaclass=Meta, flag=True):
    y = 2
print(B.injected, type(B).__name__)
class C(B):
    pass
print(type(C).__name__)
t(lambda: __build_class__())
t(lambda: __build_class__(1, 'a'))
t(lambda: __build_class__(lambda: 0, 1))
class Entry:
    def __mro_entries__(self, bases):
        return (A,)
class D(Entry()):
    pass
print(D.__bases__, D.__orig_bases__[0].__class__.__name__)
class BadEntry:
    def __mro_entries__(self, bases):
        return A
try:
    class E(BadEntry()):
        pass
except TypeError as e:
    print(type(e).__name__, e)
def fmeta(name, bases, ns, **kw):
    return (name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
class F(metaclass=fmeta, k=1):
    z = 3
print(F)
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Q(P1, P2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class R(metaclass=BadPrep):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class WithSuper(A):
    def m(self):
        return super().m()
print(WithSuper().m() is A)
class Kw:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class Sub(Kw, opt=5):
    pass
