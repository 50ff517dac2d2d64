def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: "a", 2: "b", 3: "c"}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), 1 in k, 4 in k, "a" in v, (1, "a") in it, (1, "b") in it, 1 in it, [1] in it)
d[4] = "d"
print(k, list(v), list(it))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k.mapping, k.mapping[1], type(k.mapping).__name__)
print(k & {1, 2, 9}, k | {9}, k - {1}, k ^ {1, 10})
print({1, 2, 9} & k, {9} | k, {1, 5} - k, {1, 10} ^ k)
print(k & [2, 3], k | [7], k - [1, 2])
print(it & {(1, "a"), (5, "e")}, sorted(it - {(1, "a")}), sorted(it | {(0, 0)}, key=repr))
print(k == {1, 2, 3, 4}, k == {1, 2}, k != {1}, k < {1, 2, 3, 4, 5}, k <= {1, 2, 3, 4}, k > {1}, k >= {1, 2, 3, 4, 5})
print(k == [1, 2, 3, 4], k == d.keys(), it == d.items(), v == v, v == d.values())
print(k.isdisjoint({10, 11}), k.isdisjoint([1]), it.isdisjoint([(1, "a")]), k.isdisjoint(k))
t(lambda: k & 1)
t(lambda: k | 1)
t(lambda: hash(k))
t(lambda: hash(it))
print(hash(v) == hash(v))
print(sorted(k), sorted(v), sorted(it))
e = {}
print(e.keys(), e.values(), e.items(), len(e.keys()))
r = {}
r[1] = r.keys()
print(r)
r2 = {}
r2["x"] = r2.items()
print(r2)
print({1: 2}.keys() & {1: 3}.keys(), {(1, 2): 3}.items() & {((1, 2), 3)})
ks = d.keys()
del d[1]
print(ks, 1 in ks)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(reversed(it)).__name__, type(reversed(v)).__name__)
i = iter(d.items())
print(i.__length_hint__(), next(i), i.__length_hint__())
print(list(zip(d.keys(), d.values())))
print(set(d.items()) == set(it))
print({1: 2}.keys() ^ {1: 2}.keys(), {1: 2, 3: 4}.items() ^ {(1, 2), (5, 6)})
print({1: 2, 3: 4}.items() ^ {3: 4, 5: 6}.items(), {1: 2}.keys() - {1: 2}.keys())
