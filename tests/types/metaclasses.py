class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a, k)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('Meta.__prepare__', name, kw)
        return {'prepared': True}
    def meta_method(cls):
        return 'meta method of ' + cls.__name__
class A(metaclass=Meta, tag='t1'):
    def __init__(self, v):
        self.v = v
    def m(self): pass
print(type(A).__name__, A.tag, A.prepared, A.meta_method())
a = A(5, )
print(a.v)
class B(A):
    pass
print(type(B) is Meta, B.tag)
try:
    B(1).meta_method
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(A, 'meta_method'), 'meta_method' in dir(A))
class Singleton(type):
    _inst = {}
    def __call__(cls, *args):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*args)
        return cls._inst[cls]
class S(metaclass=Singleton):
    pass
print(S() is S())
T = type('T', (object,), {'x': 1, 'f': lambda self: self.x + 1})
print(T.__name__, T().f(), T.__module__, T.__qualname__)
T2 = type('T2', (T,), {})
print(T2.__mro__[1] is T, T2().x)
print(type(5), type('s'), type(type))
try:
    type('X', 1, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1): pass
class C4(metaclass=M3): pass
class C5(C1, C4): pass
print(type(C5).__name__)
class Counted(type):
    count = 0
    def __init__(cls, *a):
        super().__init__(*a)
        Counted.count += 1
class X(metaclass=Counted): pass
class Y(X): pass
print(Counted.count)
def func_meta(name, bases, ns):
    return 'not a class: ' + name
class Z(metaclass=func_meta):
    pass
print(Z)
class MetaRepr(type):
    def __repr__(cls): return f'<MetaRepr {cls.__name__}>'
    def __len__(cls): return 99
    def __getitem__(cls, k): return ('item', k)
    def __iter__(cls): return iter([1, 2])
class W(metaclass=MetaRepr): pass
print(repr(W), len(W), W['k'], list(W))
class MetaAttr(type):
    @property
    def computed(cls):
        return cls.__name__ * 2
class Q(metaclass=MetaAttr): pass
print(Q.computed)
print(isinstance(Q, MetaAttr), isinstance(Q, type), issubclass(MetaAttr, type))
