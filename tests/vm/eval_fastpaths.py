# the eval loop's inline fast paths must behave exactly like the generic ones

# compare followed by a conditional jump
def cmp_jumps(a, b):
    out = []
    if a < b: out.append('lt')
    if not a < b: out.append('nlt')
    if a == b: out.append('eq')
    while a < b:
        a += 1
    out.append(a)
    x = a > b
    out.append(x)
    return out
print(cmp_jumps(1, 3), cmp_jumps(3, 3), cmp_jumps(2.5, 1), cmp_jumps('a', 'b'))

class Weird:
    def __lt__(self, other): return 'yes'
    def __eq__(self, other): return 0
if Weird() < 1: print('truthy lt')
if not (Weird() == 1): print('falsy eq')

# list item stores
l = [0, 1, 2, 3]
l[0] = 'a'; l[-1] = 'z'; l[True] = 'b'
print(l)
for i in (4, -5, 2**70):
    try:
        l[i] = 1
    except Exception as e:
        print(type(e).__name__, e)
class L(list):
    def __setitem__(self, i, v): print('setitem', i, v)
L([1, 2])[0] = 5
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
l = [D(1)]
l[0] = D(2)
l[0] = None
print('stored')

# float ** float and mixed float/int arithmetic
for a, b in ((2.0, 0.5), (2.0, -1.5), (0.0, 2.0), (1.0, float('nan')), (-8.0, 1.0 / 3), (10.0, 400.0), (0.0, -1.0)):
    try:
        print(a ** b)
    except Exception as e:
        print(type(e).__name__, e)
for a, b in ((1.5, 2), (2, 1.5), (0, -0.0), (-0.0, 0), (3, 0.0), (3.0, 0), (2**59, 1.0), (1.0, 2**62), (7, 2.5), (7.5, -2)):
    for op in ('+', '-', '*', '/', '//', '%'):
        try:
            print(a, op, b, '=', eval('a %s b' % op))
        except Exception as e:
            print(a, op, b, type(e).__name__, e)
x = 1.5
x += 2
x *= 2
print(x)

# attribute caches: several classes at one site, class changes, shadowing
class Base:
    kind = 'base'
    def who(self): return 'Base.who'
    def get(self): return self.who(), self.value
class A(Base):
    def who(self): return 'A.who'
class B(Base):
    pass
class C(Base):
    def who(self): return 'C.who'
class E(Base):
    @property
    def value(self): return 'prop'
objs = []
for cls in (A, B, C, E, A, B):
    o = cls()
    if cls is not E:
        o.value = cls.__name__
    objs.append(o)
for rnd in range(3):
    print([o.get() for o in objs])
    if rnd == 0:
        A.who = lambda self: 'patched'
    if rnd == 1:
        objs[1].who = lambda: 'instance attr'
print([o.kind for o in objs])
Base.kind = 'changed'
print([o.kind for o in objs])

# globals: stores to other globals, rebinding, deleting, shadowing builtins
counter = 0
def bump():
    global counter
    counter += 1
    return len([counter])
for i in range(3):
    bump()
print(counter)
def use_len():
    return len('abc')
print(use_len())
len = lambda s: 'shadowed'
print(use_len())
del len
print(use_len())
g = 1
def read_g():
    return g
print(read_g())
g = 2
other = 5
print(read_g())
del g
try:
    read_g()
except NameError as e:
    print(type(e).__name__, e)

# argument binding after the callee frame is pushed
def two(a, b): return a, b
def defaults(a, b=2, *, c=3): return a, b, c
print(two(1, 2), defaults(1), defaults(1, c=4))
for call in (lambda: two(1), lambda: two(1, 2, 3), lambda: two(1, a=2), lambda: defaults()):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def rec(n): return 0 if n == 0 else 1 + rec(n - 1)
print(rec(500))

# list slices without a slice object
l = list(range(6))
for i in (None, 0, 2, -2, -10, 10, 2**61):
    print([l[i:j] for j in (None, 0, 3, -1, -10, 10)])
print(l[True:], (1, 2, 3)[1:], 'abc'[1:], l[:])
class LS(list):
    def __getitem__(self, i): return 'sub', i
print(LS([1])[1:2])
try:
    l['a':]
except TypeError as e:
    print(type(e).__name__, e)

# str ordering in COMPARE_OP
words = ['b', 'a', 'ab', '', 'é', 'z\U0001f600', 'B', 'ab']
print([[x < y, x <= y, x > y, x >= y, x == y, x != y] for x in words for y in words[:3]])
class S(str):
    def __lt__(self, other): return 'S.lt'
print(S('a') < 'b', 'a' < S('b'))
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)

# attribute stores at a site that sees several classes
class P:
    def set(self, v):
        self.x = v
        return self
class Q(P): pass
class R(P):
    @property
    def x(self): return 'R.x'
    @x.setter
    def x(self, v): print('R.x set', v)
class T(P):
    __slots__ = ('x',)
class U(P): pass
for rnd in range(3):
    objs = [Q(), P(), R(), U(), Q()]
    for i, o in enumerate(objs):
        o.set(i * 10 + rnd)
    print([o.x for o in objs], [sorted(o.__dict__) for o in objs])
    if rnd == 0:
        U.x = property(lambda self: 'U.x', lambda self, v: print('U.x set', v))
print(T().set(5).x if hasattr(T, '__slots__') else None)
