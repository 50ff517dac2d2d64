import gc
# no collection may run in between (KRAIT_GC_STRESS collects at every
# allocation), or it would untrack the tuple of atoms, as CPython's would
gc.disable()
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked({1: tuple([1, 2])}))
gc.enable()
d = {}
print(gc.is_tracked(d))
d["x"] = [1]
print(gc.is_tracked(d))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked(()))
print(gc.is_tracked(range(3)), gc.is_tracked(slice(1)) , gc.is_tracked(iter([])))
class C: pass
x = C()
print(gc.is_tracked(x.__dict__) if hasattr(x, "__dict__") else None)
a = []
a.append(a)
del a
print(gc.collect() >= 1)
d = {}
d["self"] = d
del d
print(gc.collect() >= 1)
s = set()
class H:
    pass
h = H()
h.s = {h}
del h
print(gc.collect() >= 1)
