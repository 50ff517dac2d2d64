def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, slice(5), slice(None), slice(1, None), slice("a", [1], ()), s.start, s.stop, s.step)
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100).indices(10))
print(slice(None, None, -2).indices(0), slice(5, 1, -1).indices(3), slice(2**70, None).indices(5))
t(lambda: slice(None, None, 0).indices(5))
t(lambda: s.indices(-1))
t(lambda: slice("a").indices(5))
t(lambda: s.indices("x"))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(a=1))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) != slice(1), slice(1, 2, 3) >= slice(1, 2, 3))
t(lambda: slice(1) < slice("a"))
print(slice(1, 2) == (1, 2))
print(hash(slice(1, 2, 3)) == hash(slice(1, 2, 3)), hash(slice(None)), hash(slice(1, 2, 3)), hash(slice(0, 0, 0)))
t(lambda: hash(slice([], 1)))
print({slice(1, 2): "x"}[slice(1, 2)])
print(s.__reduce__())
t(lambda: setattr(s, "start", 5))
class Idx:
    def __index__(self): return 2
print([0, 1, 2, 3, 4][Idx():], slice(Idx(), 4).indices(10), "abcdef"[slice(1, Idx())])
print([1, 2, 3][slice(None, None, None)], (1, 2, 3)[slice(-2, None)])
class G:
    def __getitem__(self, k): return k
g = G()
print(g[1:2], g[::], g[1:2, 3], g[:, ...], g[1:2:3])
print(type(s).__name__, slice.__name__)
print([0, 1, 2, 3][slice(2**100)], [0, 1, 2][slice(-2**100, None)])
