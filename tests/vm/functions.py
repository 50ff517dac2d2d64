def f(a, b=2, *, c=3):
    "docstring of f"
    return a + b + c
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_name)
print(f.__globals__ is globals(), f.__closure__, type(f.__dict__).__name__)
print(repr(f).startswith("<function f at 0x"))
f.__defaults__ = (10,)
print(f(1))
f.__kwdefaults__ = {"c": 100}
print(f(1))
f.attr = "custom"
print(f.attr, f.__dict__)
def noddoc():
    return "not a doc"
print(noddoc.__doc__)
lam = lambda x: x
print(lam.__name__, lam.__qualname__, lam.__doc__)
class C:
    def m(self):
        "method doc"
        return self
    def __repr__(self):
        return "<C>"
    class Inner:
        def im(self):
            pass
print(C.m.__qualname__, C.Inner.im.__qualname__)
c = C()
bm = c.m
print(repr(bm))
print(bm.__self__ is c, bm.__func__ is C.m, bm.__name__, bm.__doc__)
print(bm == c.m, bm != c.m, hash(bm) == hash(c.m), c.m is c.m)
print(bm() is c)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
def annotated(a: int, b: "str" = "x") -> bool:
    pass
print(annotated.__annotations__)
def plain(): pass
print(plain.__annotations__)
try:
    f.__defaults__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__)
def with_closure():
    v = 1
    def g():
        return v
    return g
cl = with_closure()
print(len(cl.__closure__), cl.__closure__[0].cell_contents, cl.__code__.co_freevars)
print(type(cl.__closure__[0]).__name__)
def wrapper(fn):
    def w(*a, **k):
        return ("wrapped", fn(*a, **k))
    w.__wrapped__ = fn
    return w
@wrapper
def deco(x):
    return x * 2
print(deco(4), deco.__wrapped__(4))
class D:
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(x): return x + 1
    @property
    def prop(self): return "prop"
print(D.cm(), D().cm(), D.sm(1), D().sm(2), D().prop)
print(type(D.cm).__name__, type(D().m if hasattr(D(), 'm') else D.cm).__name__)
def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults.__kwdefaults__, kwonly_defaults(b=2))
print(f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else f.__builtins__ is __builtins__)
import sys
def recursive_default(n, acc=[]):
    acc.append(n)
    return acc
recursive_default(1)
print(recursive_default(2))
def gen_fn():
    yield 1
print(type(gen_fn).__name__, type(gen_fn()).__name__)
print(callable(f), callable(bm), callable(1))
class CallMe:
    def __call__(self, *a, **k):
        return a, k
print(CallMe()(1, 2, x=3))
m2 = C.m.__get__(c, C)
print(m2() is c, C.m.__get__(None, C) is C.m)
