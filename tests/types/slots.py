class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, '__dict__'))
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, repr(P.x))
class Q(P):
    __slots__ = ('z',)
q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z)
class R(P):
    pass
r = R(5, 6)
r.w = 7
print(r.__dict__, r.x)
class S:
    __slots__ = ('a', '__dict__')
s = S()
s.a = 1
s.b = 2
print(s.a, s.__dict__)
class T:
    __slots__ = 'single'
t = T()
t.single = 'one'
print(t.single, T.__slots__)
for bad in [('__dict__', '__dict__'), (1,), ('a b',), ('x',)]:
    try:
        if bad == ('x',):
            class U:
                __slots__ = ('x',)
                x = 1
        else:
            class U:
                __slots__ = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class V(S):
    __slots__ = ('c',)
try:
    class W(S):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(type(e).__name__, e)
class Priv:
    __slots__ = ('__secret',)
    def __init__(self): self.__secret = 's'
    def get(self): return self.__secret
print(Priv().get(), Priv.__slots__, hasattr(Priv, '_Priv__secret'))
class E:
    __slots__ = ()
try:
    E().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class I(int):
        __slots__ = ('a',)
except TypeError as e:
    print(type(e).__name__, e)
class I2(int):
    __slots__ = ()
print(I2(5) + 1)
class WR:
    __slots__ = ('__weakref__',)
print(WR.__weakref__.__class__.__name__)
