def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
nan = float("nan")
a = (1, nan)
print(a == a, a == (1, nan), (nan,) < (nan,), [nan] == [nan], [nan] < [nan])
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print((Cmp(1), Cmp(2)) < (Cmp(1), Cmp(3)))
print([Cmp(1), Cmp(2)] == [Cmp(1), Cmp(2)])
print([Cmp(1)] == [Cmp(1), Cmp(2)])
t(lambda: (1, 2) < (1, None))
t(lambda: [1, 2] > [1, "x"])
print((1, 2) == [1, 2], (1,) != [1], () == [], [] == ())
t(lambda: (1, 2) < [1, 2])
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "y")]))
print(max([(1, 2), (1, 3), (0, 9)]), min([[3], [1, 2], [1]]))
print((1, 2, 3) > (1, 2), (1, 2) >= (1, 2), (0,) <= (), ((1,),) < ((2,),))
