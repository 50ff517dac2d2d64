# The eval loop's caches and fused paths must not change what a program
# sees: global entries remembered across stores, builtins shadowed and
# restored, class calls run in the loop, instance-dict entry hints, zip's
# tuple reuse, unpack/for stores done by the instruction before them.
import builtins, sys

# ---- globals ----
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter = counter + 1
    return counter
print("bump", bump(5), bump(3))

def read_len():
    return len("abc")
print("len builtin", read_len(), read_len())
len = lambda s: 42          # a global now shadows the builtin
print("len shadowed", read_len())
del len
print("len restored", read_len())
saved = builtins.len
builtins.len = lambda s: -1
print("builtins.len replaced", read_len())
builtins.len = saved
print("builtins.len back", read_len())

def read_x():
    return x
x = 1
print("x", read_x())
for i in range(40):          # grow the globals dict: new keys block
    globals()["filler%d" % i] = i
print("x after growth", read_x())
x = 2
print("x stored", read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError", e)
x = 3
print("x again", read_x())

code = compile("def g():\n    return y\n", "<m>", "exec")
d1 = {"y": "one"}
d2 = {"y": "two"}
exec(code, d1)
exec(code, d2)
print("two globals", d1["g"](), d2["g"](), d1["g"](), d2["g"]())
d2["y"] = "three"
print("after store", d1["g"](), d2["g"]())

def store_many():
    global s1, s2
    for i in range(3):
        s1 = i
        s2 = s1 * 10
    return s1, s2
print("store_many", store_many(), store_many())

# ---- class calls ----
class P:
    def __init__(self, a, b=2, *rest, k=None, **kw):
        self.a, self.b, self.rest, self.k, self.kw = a, b, rest, k, kw
p = P(1)
print("P", p.a, p.b, p.rest, p.k, p.kw)
p = P(1, 3, 4, 5, k=6, z=7)
print("P", p.a, p.b, p.rest, p.k, p.kw)
try:
    P()
except TypeError as e:
    print("TypeError", e)

class R:
    def __init__(self):
        return 5
try:
    R()
except TypeError as e:
    print("TypeError", e)

class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print("TypeError", e)

class Raises:
    def __init__(self, v):
        raise ValueError(v)
for i in range(2):
    try:
        Raises(i)
    except ValueError as e:
        print("ValueError", e, sys.exc_info()[2].tb_next.tb_frame.f_code.co_name)

class Who:
    def __init__(self):
        self.caller = sys._getframe(1).f_code.co_name
def make_who():
    return Who()
print("caller", make_who().caller)

class Base:
    def __init__(self):
        self.tag = "base"
class Sub(Base):
    pass
def make_sub():
    return Sub()
print("sub", make_sub().tag)
Base.__init__ = lambda self: setattr(self, "tag", "patched")
print("sub patched", make_sub().tag)
def init2(self):
    self.tag = "sub's own"
Sub.__init__ = init2
print("sub own", make_sub().tag)
del Sub.__init__
print("sub inherited again", make_sub().tag)

class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", a)
WithNew(1, 2)

class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, x):
        self.x = x
print("meta", M(9).x)

class Other:
    def __new__(cls):
        return 7
    def __init__(self):
        print("never")
print("other", Other())

def deep(n):
    class_ = Node
    return class_(n)
class Node:
    def __init__(self, n):
        self.child = deep(n - 1) if n else None
try:
    Node(10 ** 6)
except RecursionError as e:
    print("RecursionError", e)
print("node", Node(5).child.child is not None)

# ---- instance dict hints ----
class A:
    pass
def fill(o, order):
    for name in order:
        setattr(o, name, name.upper())
def read(o):
    return o.p, o.q, o.r
a1, a2 = A(), A()
fill(a1, "pqr")
fill(a2, "rqp")
print("hints", read(a1), read(a2), read(a1), read(a2))
del a1.q
a1.q = "new q"
print("after del", read(a1), read(a2))
a1.__dict__ = {"r": 1, "q": 2, "p": 3}
print("new dict", read(a1))
def setp(o, v):
    o.p = v
for v in range(3):
    setp(a1, v)
    setp(a2, -v)
print("stores", a1.p, a2.p, a1.__dict__, a2.__dict__)

class Noisy:
    def __init__(self, target):
        self.target = target
    def __del__(self):
        print("del sees", sorted(self.target.__dict__))
holder = A()
holder.v = Noisy(holder)
def replace(o):
    o.v = 1
replace(holder)
replace(holder)

# ---- zip ----
print("zip", list(zip([1, 2, 3], "ab")), list(zip()))
keep = []
for t in zip(range(3), range(3)):
    keep.append(t)
print("kept", keep)
def gen():
    yield 1
    raise KeyError("inner")
try:
    for t in zip(gen(), gen()):
        print("got", t)
except KeyError as e:
    print("KeyError", e)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
print("sum zip", sum(x * y for x, y in zip(range(10), range(10))))

# ---- fused stores ----
class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def loop():
    for v in [Loud(1), Loud(2)]:
        print("body", v.n)
    print("after loop")
loop()
def pair(i, j):
    return Loud(i), Loud(j)
def unpack():
    a, b = pair(3, 4)
    a, b = pair(5, 6)
    print("unpacked", a.n, b.n)
    lst = [7, 8]
    c, d = lst
    x, y, z = (1, 2, 3)
    return a.n, b.n, c, d, x, y, z
print(unpack())
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)

# ---- comparisons ----
nan = float("nan")
for a, b in [(1, 2), (2, 2), (3, 2), (nan, 1.0), (1.0, nan), (nan, nan), ("a", "b"), ("b", "b"), (-1, 0), (2**40, 2**40 + 1)]:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)
    if a < b:
        print("lt branch")
    if not a >= b:
        print("not ge branch")

# ---- small-int arithmetic ----
vals = [0, 1, -1, 5, -5, 256, 257, -6, 2**29, -2**29, 2**30 - 1, -(2**30 - 1), 2**30, 2**31]
out = []
for a in vals:
    for b in vals:
        out.append((a + b, a - b, a * b))
print("arith", len(out), sum(map(sum, out)), out[:5], out[-3:])

# ---- __slots__ ----
class S:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a
def get_a(o):
    return o.a
def get_b(o):
    return o.b
def set_b(o, v):
    o.b = v
s1 = S(1)
print("slot", get_a(s1), get_a(S(2)))
for i in range(2):
    try:
        get_b(s1)
    except AttributeError as e:
        print("AttributeError", e)
set_b(s1, 10)
set_b(s1, 11)
print("slot b", get_b(s1))
del s1.b
try:
    get_b(s1)
except AttributeError as e:
    print("AttributeError after del", e)
class T(S):
    __slots__ = ("c",)
class U(S):
    def __init__(self, b):
        self.b = b
    @property
    def a(self):
        return "property a"
class V(S):
    pass                   # has a __dict__ too
v = V(5)
v.extra = 6
for o in (S(1), T(2), U(3), v):
    print(type(o).__name__, get_a(o))
class W:
    pass
W.a = S.__dict__["a"]       # another class's member descriptor: refused
try:
    get_a(W())
except TypeError as e:
    print("TypeError", e)
try:
    set_b(W(), 1)
except AttributeError as e:
    print("AttributeError", e)
class Loud2:
    __slots__ = ("n",)
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del slot value", self.n)
class Holder:
    __slots__ = ("v",)
holder2 = Holder()
def put(h, v):
    h.v = v
put(holder2, Loud2(1))
put(holder2, Loud2(2))
print("holder", holder2.v.n)

# ---- list slices without slice objects ----
base = list(range(10))
for sl in [(None, None, -1), (8, None, -1), (-3, None, -1), (None, 2, -1), (20, -20, -2), (1, 8, 3), (-100, 100, 1), (5, 1, 1), (None, None, 2)]:
    a, b, c = sl
    print("slice", sl, base[a:b:c])
try:
    base[1:2:0]
except ValueError as e:
    print("ValueError", e)
print("big", base[2**70::-1][:3], base[:2**70:2])
for lo, hi in [(0, 3), (-2, None), (None, -8), (5, 2), (-100, 100), (3, 3)]:
    l = list(range(8))
    l[lo:hi] = ["x", "y"]
    print("assign", lo, hi, l)
l = list(range(5))
l[1:3] = l
print("self assign", l)
l = list(range(5))
def gen():
    l.append(99)
    yield "g"
l[2:4] = gen()
print("generator assign", l)
try:
    l[0:1] = 5
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __index__(self):
        return 2
print("index objects", base[Idx():None:-1], base[Idx():5])
l = list(range(6))
l[Idx():4] = []
print("del via assign", l)

# ---- results written into a local's dying int or float ----
def recycle():
    x = int("1000")
    y = float("0.5")
    seen = []
    for i in range(4):
        keep = x if i == 2 else None
        x = i * 1000 + 7
        y = y * 3.0 - i
        seen.append((x, y, keep))
    s = 5
    s = s + 1              # small ints stay the cached objects
    t = 300
    u = t
    t = t + 1
    six = 6
    return seen, s is six, t, u, x - 3007
print(recycle())
