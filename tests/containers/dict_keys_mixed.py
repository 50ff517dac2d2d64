d = {}
for i in range(50):
    d["k%d" % i] = i
print(len(d), d["k7"], d.get("k49"), d.get("zz"), "k10" in d)
d[1] = "int"
d[(1, 2)] = "tuple"
print(d["k7"], d[1], d[(1, 2)], len(d))
del d["k3"]
print("k3" in d, len(d), list(d)[:5], list(d)[-3:])
class S(str):
    pass
d2 = {"a": 1}
d2[S("b")] = 2
print(d2, d2["b"], d2[S("a")], S("a") in d2)
class Weird:
    def __hash__(self): return hash("a")
    def __eq__(self, o): return o == "a"
d3 = {"a": 1, "b": 2}
print(d3[Weird()] if Weird() in d3 else "no", d3.get(Weird()))
import sys
k = sys.intern("interned_key")
d4 = {k: 1}
print(d4["interned_" + "key"])
keys = [str(i) for i in range(1000)]
d5 = dict.fromkeys(keys, 0)
for kk in keys[::2]:
    d5[kk] += 1
print(sum(d5.values()), len(d5))
print({1: 1, "1": 2, 1.0: 3, (1,): 4})
g = globals()
print(g["__name__"], "d5" in g)
