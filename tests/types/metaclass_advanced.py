class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class NS(dict):
            def __init__(self):
                super().__init__()
                self.order = []
            def __setitem__(self, k, v):
                if not k.startswith('__'):
                    self.order.append(k)
                super().__setitem__(k, v)
        return NS()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
class Fields(metaclass=OrderedMeta):
    z = 1
    a = 2
    def m(self): pass
print(Fields.order)
class AutoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        for name, val in zip(cls.fields, args):
            setattr(obj, name, val)
        return obj
class Point(metaclass=AutoInit):
    fields = ('x', 'y')
p = Point(1, 2)
print(p.x, p.y, type(p).__name__)
class Reg(type):
    classes = []
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        Reg.classes.append((name, kw))
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class R1(metaclass=Reg, flag=True): pass
class R2(R1): pass
print(Reg.classes)
class MetaWithAttr(type):
    def __getattr__(cls, name):
        return f'meta getattr {name}'
class MA(metaclass=MetaWithAttr):
    real = 1
print(MA.real, MA.virtual)
try:
    MA().virtual
except AttributeError as e:
    print(type(e).__name__, e)
class MetaSetattr(type):
    def __setattr__(cls, k, v):
        print('meta setattr', k, v)
        super().__setattr__(k, v)
class MS(metaclass=MetaSetattr): pass
MS.x = 10
print(MS.x)
class Meta2(type):
    def mro(cls):
        return [cls, object]
class Base2: pass
class C2(Base2, metaclass=Meta2): pass
print(C2.__mro__, issubclass(C2, Base2))
M = type('M', (type,), {'hello': lambda cls: 'hello ' + cls.__name__})
X = M('X', (), {})
print(type(X).__name__, X.hello(), isinstance(X, type))
class ABCish(type):
    def __instancecheck__(cls, inst):
        return hasattr(inst, 'quack')
class Duck(metaclass=ABCish): pass
class Real:
    quack = True
print(isinstance(Real(), Duck), isinstance(1, Duck), isinstance(Real(), (int, Duck)))
print(type(type), type.__class__, isinstance(type, type), isinstance(object, type), issubclass(type, object))
class MetaStr(type):
    def __str__(cls): return 'str of ' + cls.__name__
class S(metaclass=MetaStr): pass
print(str(S), repr(S))
class MetaNew(type):
    def __new__(mcls, *args):
        return 'replaced'
class Gone(metaclass=MetaNew): pass
print(Gone)
