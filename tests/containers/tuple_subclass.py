class T(tuple):
    pass

class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __repr__(self):
        return "P" + tuple.__repr__(self)

t = T([1, 2, 3])
print(t, type(t).__name__, len(t), t[1], t[1:], type(t[1:]).__name__)
print(t == (1, 2, 3), t + (4,), type(t + (4,)).__name__, hash(t) == hash((1, 2, 3)))
print(tuple(t), type(tuple(t)).__name__, tuple(t) is t)
p = P(3, 4)
print(p, p[0], p.count(3), isinstance(p, tuple))
t.x = 5
print(t.x)
print(T(), T() == (), bool(T()), bool(T([0])))
print(sorted(T([3, 1, 2])))
