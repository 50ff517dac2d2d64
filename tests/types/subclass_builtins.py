class L(list):
    def sum(self): return sum(self)
l = L([1, 2, 3])
l.append(4)
print(l, l.sum(), len(l), type(l).__name__, isinstance(l, list), l[1:3], type(l[1:3]).__name__)
l.extra = 'x'
print(l.extra, l + [5], type(l + [5]).__name__)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d['a'], d['zz'], d, len(d), 'zz' in d)
class I(int):
    def double(self): return self * 2
i = I(21)
print(i, i.double(), i + 1, type(i + 1).__name__, isinstance(i, int), I('7', 8) if False else I('17'))
print(repr(i), str(i), int(i), hash(i) == hash(21), i == 21)
class S(str):
    def shout(self): return self.upper() + '!'
s = S('hi')
print(s, s.shout(), len(s), s + 'x', type(s + 'x').__name__, repr(s), s == 'hi', hash(s) == hash('hi'))
s.attr = 1
print(s.attr)
class F(float):
    pass
print(F(2.5) * 2, repr(F(1.5)))
class T(tuple):
    def first(self): return self[0]
t = T((9, 8))
print(t, t.first(), len(t), type(t).__name__)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E('bad', 42)
except E as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
class E2(ValueError): pass
try:
    raise E2('v')
except ValueError as e:
    print(type(e).__name__, e, repr(e))
class MyIntList(list):
    def __init__(self, *a):
        super().__init__(a)
print(MyIntList(1, 2, 3))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['a'] = 1
print(u)
class Neg(int):
    def __neg__(self): return 'neg!'
    def __add__(self, o): return 'add!'
print(-Neg(1), Neg(1) + 1, 1 + Neg(1))
class B(bytes): pass
print(B(b'ab'), len(B(b'ab')))
class St(set): pass
print(sorted(St([3, 1])), type(St([1]) | {2}).__name__)
class CallL(list):
    def __len__(self): return 100
print(len(CallL([1])), bool(CallL()))
class Rep(list):
    def __repr__(self): return 'Rep!'
print(Rep([1]), [Rep()], str(Rep()))
print(I.__mro__, S.__base__, L.__bases__)
class Deep(L): pass
print(Deep([5]).sum(), Deep.__mro__[1:])
