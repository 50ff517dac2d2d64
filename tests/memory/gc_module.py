import gc
print(gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5); print(gc.get_threshold()); gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), all(isinstance(c, int) for c in gc.get_count()))
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked("s"))
class A: pass
a = A()
print(gc.is_tracked(a))
lst = [a]
print(a in gc.get_referents(lst))
print(lst in gc.get_referrers(a))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError', e)
# a cycle is found by a collection and nothing else
class Node:
    def __init__(self): self.other = None
gc.collect()
x = Node(); y = Node(); x.other = y; y.other = x
del x, y
n = gc.collect()
print(n >= 2)
print(gc.collect())
phases = []
def cb(phase, info):
    phases.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(phases)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
z = []; z.append(z); del z
gc.collect()
print(len(gc.garbage) > 0, any(type(o) is list for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
gc.freeze(); print(gc.get_freeze_count() > 0); gc.unfreeze(); print(gc.get_freeze_count())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
