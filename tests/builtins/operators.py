def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1 + 'a')
t(lambda: 'a' + 1)
t(lambda: [] + ())
t(lambda: 1 - 'a')
t(lambda: 'a' * 'b')
t(lambda: [1] * 1.5)
t(lambda: 2.5 * 'ab')
t(lambda: 1 / 'x')
t(lambda: 1 // None)
t(lambda: 1 % [])
t(lambda: 1 << 'a')
t(lambda: 1 >> 'a')
t(lambda: 1 & 1.0)
t(lambda: 1 | 'a')
t(lambda: 1 ^ ())
t(lambda: 1 @ 2)
t(lambda: 'a' ** 2)
t(lambda: -'a')
t(lambda: +'a')
t(lambda: ~1.5)
t(lambda: print >> 1)
def iadd():
    x = 1
    x += 'a'
t(iadd)
def imul():
    x = 'a'
    x *= 'b'
t(imul)
def ipow():
    x = 'a'
    x **= 2
t(ipow)
def ilshift():
    x = []
    x <<= 1
t(ilshift)
print([1] * 3, 3 * [1], 'ab' * 2, 2 * 'ab', (1,) * 2, [1] * -1)
class A:
    def __add__(self, o):
        return 'A.add'
    def __radd__(self, o):
        return 'A.radd'
class B(A):
    def __radd__(self, o):
        return 'B.radd'
print(A() + B(), B() + A(), 1 + A(), A() + 1)
class C:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
t(lambda: C() + C())
t(lambda: C() + 1)
class I:
    def __iadd__(self, o):
        return 'iadd'
x = I()
x += 5
print(x)
class NI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fallback add'
y = NI()
y += 1
print(y)
l = [1]
l2 = l
l += [2]
print(l, l2 is l)
tpl = (1,)
tpl += (2,)
print(tpl)
class Idx:
    def __index__(self):
        return 2
print('ab' * Idx(), [0] * Idx())
t(lambda: 'a' * (2**100))
class Mat:
    def __matmul__(self, o):
        return 'matmul'
    def __rmatmul__(self, o):
        return 'rmatmul'
print(Mat() @ 1, 1 @ Mat())
