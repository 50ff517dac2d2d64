# LOAD_ATTR caches must follow every change to classes and instances
class A:
    def m(self):
        return "method"
    cls_attr = "class"
a = A()
def call_m(o):
    return o.m()
def get_x(o):
    return o.x
def get_cls(o):
    return o.cls_attr
print([call_m(a) for _ in range(3)])
a.m = lambda: "instance shadow"
print(call_m(a))
del a.m
print(call_m(a))
A.m = lambda self: "replaced on class"
print(call_m(a))
a.x = 1
print([get_x(a) for _ in range(3)])
a.x = 2
print(get_x(a))
del a.x
try:
    get_x(a)
except AttributeError as e:
    print(type(e).__name__, e)
A.x = "class x"
print(get_x(a))
del A.x
A.__getattr__ = lambda self, n: "getattr " + n
print(get_x(a))
del A.__getattr__
try:
    get_x(a)
except AttributeError as e:
    print(type(e).__name__, e)
print(get_cls(a))
a.cls_attr = "instance"
print(get_cls(a))
class B(A):
    pass
b = B()
print(call_m(b), get_cls(b))
B.m = lambda self: "B method"
print(call_m(b), call_m(a))
A.m = lambda self: "A again"
print(call_m(b), call_m(a))
class P:
    def __init__(self):
        self._v = 5
    @property
    def x(self):
        return self._v * 2
p = P()
print([get_x(p) for _ in range(3)])
p.__dict__["x"] = "dict value ignored by property"
print(get_x(p))
class S:
    __slots__ = ("x",)
s = S()
s.x = "slot"
print(get_x(s), get_x(s))
objs = [a, p, s, type("T", (), {"x": "T.x"})()]
print([getattr(o, "x", None) for o in objs])
for o in objs * 2:
    try:
        print(get_x(o))
    except AttributeError as e:
        print("AttributeError", e)
class WithDict:
    pass
w = WithDict()
w.__dict__ = {"x": "replaced dict"}
print(get_x(w))
w.__dict__ = {}
try:
    get_x(w)
except AttributeError as e:
    print(type(e).__name__, e)
def method_twice(o):
    return o.m(), o.m()
print(method_twice(a), method_twice(b))
print(method_twice(A()))
