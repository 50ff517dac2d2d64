class MyInt(int):
    def __repr__(self): return 'MyInt(%d)' % int(self)
    def double(self): return self * 2
a = MyInt(21)
print(a, repr(a), str(a), a.double(), a + a, -a, abs(MyInt(-3)), a // 2, a % 5, a ** 2, a << 1, a & 1)
print(type(a + 1).__name__, type(-a).__name__, type(+a).__name__, type(abs(a)).__name__, int(a) is not a)
print(a == 21, hash(a) == hash(21), a.bit_length(), a.real, type(a.real).__name__, a.numerator, format(a, 'x'), f'{a:>5}')
a.attr = 5
print(a.attr, vars(a))
class Big(int): pass
b = Big(2**200)
print(b, b % 1000, type(b * 2).__name__, Big('1' * 30), Big(-5) + 0)
class MyFloat(float):
    def __repr__(self): return 'MyFloat(%r)' % float(self)
f = MyFloat(1.5)
print(f, repr(f), f + 1, type(f + 1).__name__, -f, type(-f).__name__, f.is_integer(), f.hex(), round(f), f == 1.5, hash(f) == hash(1.5))
f.x = 1
print(f.x, MyFloat.fromhex('0x1p-1'), type(MyFloat.fromhex('0x1p-1')).__name__)
class MyComplex(complex): pass
c = MyComplex(1, 2)
print(c, c.real, c + 1, type(c + 1).__name__, c.conjugate(), type(c.conjugate()).__name__, abs(MyComplex(3, 4)))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return 'add'
    def __radd__(self, o): return 'radd'
    def __rsub__(self, o): return 'rsub'
    def __rmul__(self, o): return 'rmul'
    def __rtruediv__(self, o): return 'rtruediv'
    def __rpow__(self, o): return 'rpow'
    def __eq__(self, o): return 'eq'
print(1 + Num(1), 1.5 - Num(1), 2j * Num(1), 3 / Num(1), 2 ** Num(1), Num(1) + 5, 1 == Num(1))
for op in ['+', '-', '*', '/', '//', '%', '**', '<<', '&']:
    for a, b in [(1, 'x'), (1.5, 'x'), (1j, 'x')]:
        try:
            eval('a ' + op + ' b')
        except TypeError as e:
            print(type(e).__name__, e)
class RevInt(int):
    def __radd__(self, o): return 'RevInt radd'
print(1 + RevInt(2), RevInt(2) + 1)
print(isinstance(True, int), issubclass(bool, int), int.__name__, float.__name__, complex.__name__, type(1).__mro__ if False else '')
print(int.__mro__, float.__mro__, bool.__mro__)
