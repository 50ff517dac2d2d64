# Hostile callbacks: containers mutated by the code they call back into.
# Each case must give CPython's exception or result, never a crash.
def attempt(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__, e)

# list.sort with a key / comparison that mutates the list
l = [5, 3, 1, 4, 2]
def key_mutate(x):
    l.append(x)
    return x
attempt('sort key append', lambda: l.sort(key=key_mutate))
print(l)
l = [5, 3, 1, 4, 2]
class Mut:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        l.clear()
        return self.v < other.v
    def __repr__(self): return 'Mut(%d)' % self.v
l = [Mut(i) for i in (3, 1, 2)]
attempt('sort lt clear', lambda: l.sort())
print(l)
class Boom:
    def __lt__(self, other): raise ZeroDivisionError('cmp')
attempt('sort raises', lambda: sorted([Boom(), Boom()]))
l2 = [3, 2, 1]
def key_sorted(x):
    return l2.sort() or x
attempt('sort reentrant', lambda: l2.sort(key=key_sorted))
print(l2)

# dict and set mutated during iteration
d = {1: 1, 2: 2}
def iter_add():
    for k in d:
        d[k + 10] = 0
attempt('dict iter add', iter_add)
d = {1: 1, 2: 2}
def iter_del():
    for k in d:
        del d[k]
attempt('dict iter del', iter_del)
d = {1: 1, 2: 2}
def iter_pop_add():
    for k in d:
        d.pop(k); d[k] = 1
attempt('dict iter same size', iter_pop_add)
s = {1, 2, 3}
def set_iter():
    for x in s:
        s.add(x + 10)
attempt('set iter add', set_iter)
d = {1: 1, 2: 2}
def values_iter():
    for v in d.values():
        d.clear()
attempt('values iter clear', values_iter)
d = {1: 1, 2: 2}
def items_iter():
    for kv in d.items():
        d[3] = 3
attempt('items iter add', items_iter)
l = [1, 2, 3]
def list_iter():
    out = []
    for x in l:
        if len(l) < 10: l.append(x)
        out.append(x)
    return out
attempt('list iter append', list_iter)
l = [1, 2, 3, 4]
def list_iter_del():
    out = []
    for x in l:
        del l[0]
        out.append(x)
    return out
attempt('list iter del', list_iter_del)
dq = {}

# __eq__ / __hash__ that mutate the container being searched
class EqClear:
    def __init__(self, d): self.d = d
    def __hash__(self): return 1
    def __eq__(self, other):
        self.d.clear()
        return False
d = {}
d[EqClear(d)] = 1
attempt('dict eq clear', lambda: d.get(EqClear(d)))
attempt('dict eq clear set', lambda: d.__setitem__(EqClear(d), 2))
print(len(d))
s = set()
s.add(EqClear(s))
attempt('set eq clear', lambda: EqClear(s) in s)
class EqMutList:
    def __init__(self, l): self.l = l
    def __eq__(self, other):
        del self.l[:]
        return False
    def __repr__(self): return 'EqMutList()'
l = [1, 2, 3]
attempt('list contains mutate', lambda: EqMutList(l) in l)
l = [1, 2, 3]
attempt('list index mutate', lambda: l.index(EqMutList(l)))
l = [1, 2, 3]
attempt('list count mutate', lambda: l.count(EqMutList(l)))
l = [1, 2, 3]
attempt('list remove mutate', lambda: l.remove(EqMutList(l)))
l1 = [EqMutList(None), 2]
l1[0].l = l1
attempt('list eq mutate', lambda: l1 == [0, 2])
class HashMut:
    def __init__(self, d): self.d = d
    def __hash__(self):
        self.d[len(self.d) + 100] = 0
        return 7
d = {i: i for i in range(5)}
attempt('hash mutates', lambda: d.__setitem__(HashMut(d), 1))
print(len(d))
class BadHash:
    def __hash__(self): return 'no'
attempt('hash str', lambda: {BadHash(): 1})
class BigHash:
    def __hash__(self): return 2 ** 100
attempt('hash big', lambda: hash(BigHash()) == hash(2 ** 100))
class NegHash:
    def __hash__(self): return -1
attempt('hash -1', lambda: hash(NegHash()))

# list mutated by the objects it holds while printing / comparing
class ReprClear:
    def __init__(self, l): self.l = l
    def __repr__(self):
        self.l.clear()
        return 'RC'
l = [1]
l.append(ReprClear(l)); l.append(3)
attempt('repr clear', lambda: repr(l))
d = {}
d[1] = ReprClear(d); d[2] = 2
attempt('dict repr clear', lambda: repr(d))
class LtExtend:
    def __init__(self, l): self.l = l
    def __lt__(self, o):
        self.l.extend(range(100))
        return True
l = []
attempt('max mutate', lambda: max([LtExtend(l), LtExtend(l)]) is not None)
l = [1, 2, 3]
attempt('extend self', lambda: (l.extend(l), l)[1])
attempt('slice self', lambda: (l.__setitem__(slice(None), l), l)[1])
d = {1: 2}
attempt('update self', lambda: (d.update(d), d)[1])
