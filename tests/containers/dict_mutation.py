def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def f1():
    d = {1: 2, 3: 4}
    for k in d:
        d[k + 10] = 1
t(f1)
def f2():
    d = {1: 2, 3: 4}
    for k in d:
        del d[k]
t(f2)
def f3():
    d = {1: 2, 3: 4}
    out = []
    for k in d:
        out.append(k)
        d[k] = 99
    return out, d
t(f3)
def f4():
    d = {1: 2, 3: 4}
    out = []
    for k in d:
        out.append(k)
        del d[k]
        d[k + 100] = 0
    return out
t(f4)
def f5():
    d = {1: 2, 3: 4}
    for v in d.values():
        d.pop(1)
t(f5)
def f6():
    d = {1: 2, 3: 4}
    for kv in d.items():
        d.clear()
t(f6)
def f7():
    s = {1: 1}
    it = iter(s)
    s[2] = 2
    try:
        next(it)
    except RuntimeError as e:
        print("first", e)
    del s[2]
    return list(it)
t(f7)
class Evil:
    def __init__(self, d, h):
        self.d = d
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if self.d is not None:
            self.d.clear()
        return False
d = {}
d[Evil(d, 1)] = 1
d[Evil(d, 1)] = 2
print(len(d))
d = {}
for i in range(10):
    d[Evil(d, 5)] = i
print(len(d))
d = {Evil(None, 7): 1}
class Evil2:
    def __hash__(self): return 7
    def __eq__(self, o):
        d.clear()
        for i in range(100):
            d[i] = i
        return True
print(d.get(Evil2()), len(d))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
    def __repr__(self): return "H(%d)" % self.v
d = {H(i): i for i in range(20)}
print(d[H(13)], H(25) in d, len(d))
del d[H(3)]
print(list(d)[:5], len(d))
class BadHash:
    def __hash__(self): raise ValueError("bad hash")
t(lambda: {BadHash(): 1})
t(lambda: {}.get(BadHash()))
t(lambda: BadHash() in {})
class BadEq:
    def __hash__(self): return 1
    def __eq__(self, o): raise TypeError("bad eq")
dd = {1: 1}
t(lambda: dd[BadEq()])
def setbad():
    dd[BadEq()] = 3
t(setbad)
print(len(dd))
x = {1: 1}
y = {1: 1.0}
print(x == y, {1: [1, 2]} == {1: [1, 2]})
class Mut:
    def __eq__(self, o):
        a.clear()
        return True
    __hash__ = object.__hash__
a = {1: Mut(), 2: 3}
b = {1: Mut(), 2: 3}
print(a == b)
