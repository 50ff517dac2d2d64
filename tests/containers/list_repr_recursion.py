a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
d = {"k": None}
d["k"] = d
print(d)
d2 = {1: [d]}
print(d2)
l = []
t = (l,)
l.append(t)
print(l, t)
class R:
    def __repr__(self):
        return "R!"
print([R(), (R(),), {R(): R()}])
s = "x"
print([s, 'it\'s', "q\"", "\n"], ("a",))
print([1.5, -0.0, 1e100, None, True, ...])
x = [[]]
x[0].append(x)
print(x)
dd = {}
dd["a"] = [dd, {"b": dd}]
print(dd)
print(repr([]), repr(()), repr({}), repr(set()))
