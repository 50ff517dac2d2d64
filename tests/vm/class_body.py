class A:
    x = 1
    y = x + 1
    def m(self):
        return self.y
    print("in body", x, y, __qualname__, __module__)
print(A.x, A.y, A().m(), A.__qualname__)
def factory(v):
    class Local:
        val = v
        def get(self):
            return self.val, v
    return Local
L = factory(5)
print(L().get(), L.__qualname__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta, tag="T"):
    pass
print(WithMeta.added, type(WithMeta).__name__)
class Base:
    def hello(self):
        return "base"
class Child(Base):
    def hello(self):
        return "child+" + super().hello()
print(Child().hello())
class Annot:
    a: int
    b: str = "s"
print(Annot.__annotations__, Annot.b)
class Counter:
    count = 0
    for i in range(3):
        count += i
    del i
print(Counter.count, hasattr(Counter, "i"))
x = "global x"
class Scope:
    x = "class x"
    def f(self):
        return x
    lst = [x for _ in range(1)]
print(Scope().f(), Scope.lst)
class Prep:
    def __init_subclass__(cls, **kw):
        cls.flag = kw
class Sub(Prep, flag=1):
    pass
print(Sub.flag)
class Slots:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
s = Slots()
print(s.a)
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
class Dunder:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Dunder(self.v + o.v)
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __getitem__(self, k): return k * self.v
    def __len__(self): return self.v
    def __bool__(self): return self.v != 0
    def __iter__(self): return iter(range(self.v))
    def __contains__(self, x): return x == "in"
    def __repr__(self): return "D(%d)" % self.v
print(Dunder(1) + Dunder(2), Dunder(1) == Dunder(1), Dunder(1) < Dunder(2), Dunder(3)[2])
print(len(Dunder(4)), bool(Dunder(0)), list(Dunder(3)), "in" in Dunder(1), "out" in Dunder(1))
print(sorted([Dunder(3), Dunder(1), Dunder(2)]))
