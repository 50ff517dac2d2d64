def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x == 1:
        l.append(4)
print(out, l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
class E:
    def __init__(self, lst): self.lst = lst
    def __repr__(self): return "E()"
    def __eq__(self, o):
        self.lst.clear()
        return False
m = [1, 2, 3]
e = E(m)
print(e in m, m)
m = [1, 2, 3]
t(lambda: m.index(E(m)))
m = [1, 2, 3]
t(lambda: m.remove(E(m)))
m = [1, 2, 3]
print(m.count(E(m)), m)
a = [E(None)] * 3
b = [1, 2, 3]
a = [E(b), 1]
print(a == [1, 1], b)
it = iter([1, 2, 3])
print(list(it), list(it))
l = [1, 2, 3]
it = iter(l)
next(it)
l.clear()
print(list(it))
l = [1, 2, 3]
r = reversed(l)
print(type(r).__name__, r.__length_hint__(), next(r))
l.pop()
print(list(r))
l = [1, 2, 3]
r = reversed(l)
l.clear()
print(list(r))
l = list(range(5))
it = iter(l)
print(it.__length_hint__(), next(it), it.__length_hint__())
del l[:]
print(it.__length_hint__())
print(list(reversed([])), list(reversed([1, 2, 3])))
x = [1, 2, 3]
x[:] = x[::-1]
print(x)
x = [1, 2, 3]
x.extend(x)
print(x)
x += x
print(x)
class G:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(G()), [*G()])
def gen():
    yield 1
    raise ValueError("in gen")
t(lambda: list(gen()))
t(lambda: [].extend(5))
