def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = dict(a=1)
print(d.setdefault("a"), d.setdefault("b", []), d)
d["b"].append(1)
print(d)
t(lambda: d.setdefault())
t(lambda: d.setdefault(1, 2, 3))
t(lambda: d.setdefault([], 1))
t(lambda: d.pop([]))
t(lambda: d.pop(1, 2, 3))
t(lambda: d.popitem(1))
t(lambda: d.keys(1))
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys(1))
t(lambda: dict.fromkeys([[]]))
t(lambda: d.update(1))
t(lambda: d.update([[1, 2, 3]]))
t(lambda: d.update({}, x=1, y=2))
print(d)
t(lambda: d.copy(1))
t(lambda: d.clear(1))
print({}.get(1, None), {None: 1}[None], {(): 2}[()], {0: "z"}[False], {1: "o"}[1.0])
print({"a": 1}.items() == {("a", 1)}, dict.fromkeys(range(3), "x"))
e = {}
e[1] = e.get(1, 0) + 1
e[1] = e.get(1, 0) + 1
print(e)
print(dict(sorted({3: "c", 1: "a", 2: "b"}.items())))
print({k: v for k, v in zip("abc", range(3))}, {x: x * x for x in range(4)})
print({**{"a": 1}, "b": 2, **dict(c=3)})
t(lambda: dict(**{1: 2}))
x = {1: 2}
print(x.__len__(), x.__contains__(1), x.__getitem__(1), x.get(1), x.__eq__({1: 2}), x.__ne__({}), x.__lt__({}))
print(dict.__dict__["fromkeys"].__class__.__name__ if False else "ok")
class Key:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n % 3
    def __eq__(self, o): return self.n == o.n
    def __repr__(self): return "K%d" % self.n
kd = {Key(i): i for i in range(9)}
print(kd, kd[Key(4)])
for i in range(0, 9, 2):
    del kd[Key(i)]
print(kd, Key(4) in kd, Key(3) in kd)
print(list(kd.keys()), list(kd.values()))
