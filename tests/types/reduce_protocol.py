class A:
    def __init__(self): self.x = 1
r = A().__reduce_ex__(2)
print(r[0].__name__, r[1], r[2], r[3], r[4])
o = r[0](*r[1]); o.__dict__.update(r[2]); print(type(o).__name__, o.x)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
print(s.__getstate__(), s.__reduce_ex__(4)[2])
print(object().__reduce_ex__(2)[1:], A().__reduce__()[1:])
class L(list): pass
r = L([1,2]).__reduce_ex__(2)
print(r[1], r[2], list(r[3]), r[4])
