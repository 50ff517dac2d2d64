def reduce(f, xs):
    it = iter(xs)
    acc = next(it)
    for x in it:
        acc = f(acc, x)
    return acc
class Vec:
    __slots__ = ('_c',)
    def __init__(self, *c): self._c = tuple(c)
    def __len__(self): return len(self._c)
    def __iter__(self): return iter(self._c)
    def __getitem__(self, i):
        r = self._c[i]
        return Vec(*r) if isinstance(i, slice) else r
    def __repr__(self): return f'Vec{self._c}'
    def __eq__(self, o): return isinstance(o, Vec) and self._c == o._c
    def __hash__(self): return hash(self._c)
    def __add__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return Vec(*(a + b for a, b in zip(self, o)))
    def __sub__(self, o): return self + (-o)
    def __neg__(self): return Vec(*(-a for a in self))
    def __mul__(self, k):
        if isinstance(k, Vec): return sum(a * b for a, b in zip(self, k))
        return Vec(*(a * k for a in self))
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return Vec(*(a / k for a in self))
    def __abs__(self): return (self * self) ** 0.5
    def __bool__(self): return any(self._c)
    def __lt__(self, o): return abs(self) < abs(o)
    def __le__(self, o): return abs(self) <= abs(o)
    def __format__(self, spec): return '<' + ', '.join(format(a, spec) for a in self) + '>'
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, -a, a * 2, 2 * a, a * b, b / 2, abs(b), bool(Vec(0, 0)), bool(a))
print(a == Vec(1, 2), a != b, a < b, a <= a, sorted([b, a]), {a: 1}[Vec(1, 2)])
print(f'{b:.2f}', format(a, '03d'), a[0], a[::-1], len(a), list(a), reduce(lambda x, y: x + y, [a, b, a]))
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(sum([a, b], Vec(0, 0)))
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(x * y for x, y in zip(r, c)) for c in cols] for r in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __repr__(self): return f'Matrix({self.rows})'
m = Matrix([[1, 2], [3, 4]])
i = Matrix([[1, 0], [0, 1]])
print(m @ i, m[1, 0])
m[0, 0] = 9
m @= i
print(m)
