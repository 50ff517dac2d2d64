class Registry:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)
class A(Registry, tag='a'): pass
class B(A): pass
class C(Registry, tag='c'): pass
print(Registry.subclasses, A.tag, B.tag, C.tag)
try:
    class D(Registry, bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    class E(Plain, x=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Two:
    def __init_subclass__(cls, a, b=2):
        cls.ab = (a, b)
class F(Two, a=1): pass
class G(Two, a=3, b=4): pass
print(F.ab, G.ab)
try:
    class H(Two): pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(Registry.__dict__['__init_subclass__']).__name__)
class Gen:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Gen[int], Gen['x'], Gen[1, 2])
class SubGen(Gen): pass
print(SubGen[str])
print(type(Gen.__dict__['__class_getitem__']).__name__)
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class K:
    a = Desc()
    b = Desc()
class Err:
    def __set_name__(self, owner, name):
        raise ValueError('boom ' + name)
try:
    class L:
        e = Err()
except ValueError as e:
    print(type(e).__name__, e)
order = []
class Meta(type):
    def __new__(m, name, bases, ns):
        order.append('meta new ' + name)
        return super().__new__(m, name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls):
        order.append('init_subclass ' + cls.__name__)
class Child(Base):
    x = Desc()
print(order)
