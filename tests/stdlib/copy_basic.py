import copy
import copyreg

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c == a, c[1] is a[1], c[2]['k'] is a[2]['k'])
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
t2 = (1, 2, (3, 'x'))
print(copy.deepcopy(t2) is t2)
print(copy.copy({1, 2}), copy.copy(frozenset({1})), copy.deepcopy({'a': {1}}))
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc is not r)
d = {}
d['self'] = d
dc = copy.deepcopy(d)
print(dc['self'] is dc)

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'P({self.x!r}, {self.y!r})'
p = P(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.y is p.y, p3.y is p.y, type(p3) is P)

class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
        self.b = [2]
s = copy.deepcopy(S())
print(s.a, s.b)

class C:
    def __init__(self):
        self.log = []
    def __copy__(self):
        print('__copy__ called')
        n = C()
        n.log = self.log
        return n
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        n = C()
        n.log = copy.deepcopy(self.log, memo)
        return n
x = C()
print(copy.copy(x).log is x.log, copy.deepcopy(x).log is x.log)

class St:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {'v': self.v * 10}
    def __setstate__(self, st):
        self.v = st['v'] + 1
print(copy.copy(St()).v, copy.deepcopy(St()).v)

class R:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (R, (self.n + 1,))
print(copy.copy(R(1)).n, copy.deepcopy(R(5)).n)

class L(list):
    pass
l = L([1, [2]])
l.attr = 'a'
lc = copy.deepcopy(l)
print(type(lc).__name__, lc, lc.attr, lc[1] is l[1])

class D(dict):
    pass
dd = D(a=[1])
print(type(copy.copy(dd)).__name__, copy.deepcopy(dd))

def fn():
    pass
print(copy.copy(fn) is fn, copy.deepcopy(fn) is fn, copy.deepcopy(int) is int)
memo = {}
l1 = [1]
res = copy.deepcopy([l1, l1], memo)
print(res[0] is res[1], id(l1) in memo)

class Bad:
    def __reduce_ex__(self, proto):
        raise TypeError('no way')
try:
    copy.copy(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
print(copy.copy(3+4j), copy.deepcopy(b'ab'), copy.copy(bytearray(b'x')))
