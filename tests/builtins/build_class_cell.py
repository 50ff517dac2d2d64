def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
def mk1():
    class A(metaclass=Meta):
        def f(self): return __class__
    return A
t(mk1)
class Meta2(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        return type('Other', (), {})
def mk2():
    class A(metaclass=Meta2):
        def f(self): return __class__
    return A
t(mk2)
def mk3():
    class A(metaclass=Meta2):
        pass
    return A.__name__
t(mk3)
def mk4():
    class B(1): pass
t(mk4)
def mk5():
    class B(int, str): pass
t(mk5)
def mk6():
    class B(metaclass=5): pass
t(mk6)
    class B(object, metaclass=type, extra=1): pass
def mk8():
    class P:
        def __init_subclass__(cls, extra): cls.extra = extra
    class B(P, extra=9): pass
    return B.extra
t(mk8)
def mk9():
    class B:
        __qualname__ = 'Custom'
    return B.__qualname__
t(mk9)
def mk10():
    class B:
        x = 1
        y = x + 1
        def m(self): return (x if False else self.y)
    return B().m(), B.__module__, B.__dict__['__module__']
t(mk10)
def mk11():
    import collections
    return 'skip'
def mk12():
    class B: 'doc string'
    return B.__doc__
t(mk12)
def mk13():
    class NS(dict):
        def __setitem__(self, k, v):
            super().__setitem__(k.upper() if not k.startswith('__') else k, v)
    class M(type):
        @classmethod
        def __prepare__(m, name, bases): return NS()
    class C(metaclass=M):
        val = 1
    return C.VAL
t(mk13)
