class V:
    def __init__(self, *c): self.c = list(c)
    def __repr__(self): return f'V{tuple(self.c)}'
    def __add__(self, o):
        if isinstance(o, V): return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)): return V(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        return V(*[o + a for a in self.c]) if isinstance(o, (int, float)) else NotImplemented
    def __sub__(self, o): return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k): return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __truediv__(self, k): return V(*[a / k for a in self.c])
    def __floordiv__(self, k): return V(*[a // k for a in self.c])
    def __mod__(self, k): return V(*[a % k for a in self.c])
    def __pow__(self, k, mod=None): return V(*[pow(a, k, mod) for a in self.c])
    def __rpow__(self, b): return ('rpow', b)
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return self
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __and__(self, o): return 'and'
    def __rand__(self, o): return 'rand'
    def __or__(self, o): return 'or'
    def __ror__(self, o): return 'ror'
    def __xor__(self, o): return 'xor'
    def __rxor__(self, o): return 'rxor'
    def __lshift__(self, o): return 'lshift'
    def __rlshift__(self, o): return 'rlshift'
    def __rshift__(self, o): return 'rshift'
    def __rrshift__(self, o): return 'rrshift'
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __rsub__(self, o): return ('rsub', o)
    def __rtruediv__(self, o): return ('rtruediv', o)
    def __rfloordiv__(self, o): return ('rfloordiv', o)
    def __rmod__(self, o): return ('rmod', o)
    def __rmatmul__(self, o): return ('rmatmul', o)
a, b = V(1, 2), V(10, 20)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, a / 2, b // 3, b % 7)
print(a ** 2, pow(a, 2, 3), 2 ** a, -a, +a is a, abs(V(-1, 2)), ~a, a @ b)
print(a & 1, 1 & a, a | 1, 1 | a, a ^ 1, 1 ^ a, a << 1, 1 << a, a >> 1, 1 >> a)
print(divmod(a, 1), divmod(1, a), 5 - a, 5 / a, 5 // a, 5 % a, 5 @ a)
try:
    a + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x' + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
class N:
    pass
for op in ['+', '-', '*', '/', '//', '%', '**', '@', '&', '|', '^', '<<', '>>']:
    try:
        eval('N() ' + op + ' 1')
    except TypeError as e:
        print(type(e).__name__, e)
try:
    -N()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~N()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(N())
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Sub(Base):
    def __radd__(self, o): return 'Sub.radd'
print(Base() + Sub(), Sub() + Base(), Base() + Base())
class Sub2(Base): pass
print(Base() + Sub2())
class OnlyR:
    def __radd__(self, o): return 'OnlyR.radd'
print(1 + OnlyR(), [] + OnlyR(), 'a' + OnlyR())
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print(type(e).__name__, e)
