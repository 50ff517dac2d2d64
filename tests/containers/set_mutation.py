def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def f1():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
t(f1)
def f2():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
t(f2)
def f3():
    s = {1, 2, 3}
    out = []
    for x in s:
        out.append(x)
        s.discard(x)
        s.add(x + 100)
    return sorted(out)
t(f3)
class Evil:
    def __init__(self, s): self.s = s
    def __hash__(self): return 1
    def __eq__(self, o):
        self.s.clear()
        return False
s = set()
s.add(Evil(s))
s.add(Evil(s))
print(len(s))
s = {1}
print(Evil(s) in s, len(s))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 42
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
    def __repr__(self): return "H%d" % self.v
s = {H(i) for i in range(30)}
print(len(s), H(7) in s, H(31) in s)
s.discard(H(7))
print(len(s), H(7) in s, sorted(s, key=lambda h: h.v)[:3])
class BadHash:
    def __hash__(self): raise KeyError("hash!")
t(lambda: {BadHash()})
t(lambda: BadHash() in {1})
t(lambda: set([1, BadHash()]))
a = {1}
a.add(frozenset(a))
print(a)
r = set()
class Rec:
    def __repr__(self): return repr(r)
    def __hash__(self): return 0
r.add(Rec())
print(r)
