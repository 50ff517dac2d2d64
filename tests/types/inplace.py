class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): return 'imatmul'
a = Acc(10)
orig = a
a += 5; print(a.v)
a -= 3; print(a.v)
a *= 4; print(a.v)
a //= 5; print(a.v)
a %= 7; print(a.v)
a **= 3; print(a.v)
a <<= 2; print(a.v)
a >>= 1; print(a.v)
a &= 0xff; print(a.v)
a |= 0x100; print(a.v)
a ^= 1; print(a.v)
a /= 2; print(a.v)
print(a is orig)
a @= 1; print(a)
class Fallback:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Fallback(self.v + o)
f = Fallback(1)
g = f
f += 10
print(f.v, g.v, f is g)
class NIAdd:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'used __add__'
x = NIAdd()
x += 1
print(x)
class Neither: pass
n = Neither()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n **= 2
except TypeError as e:
    print(type(e).__name__, e)
l = [1]
l2 = l
l += [2]
print(l is l2, l)
class L(list):
    def __iadd__(self, o):
        return 'custom'
ll = L([1])
ll += [2]
print(ll)
class Ret:
    def __iadd__(self, o): return 42
r = Ret()
r += 1
print(r)
