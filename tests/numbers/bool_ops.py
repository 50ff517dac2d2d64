print(True, False, repr(True), str(False), type(True).__name__, isinstance(True, int))
print(True + 1, True * 10, -True, +True, abs(False), True / 2, True // 1, True % 2, True ** 2)
print(True & False, True | False, True ^ False, True & 1, False | 2, type(True ^ True).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('x'), bool([]), bool([0]), bool(None), bool(0j))
print(int(True), float(False), str(True + True), hash(True), hash(False))
print(True == 1, False == 0, True is bool(5), True > False, sorted([True, False, 0, 1]))
print(format(True), format(True, 'd'), format(False, '>5'), format(True, '^7'), f'{True}', f'{True:x}')
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.conjugate())
print((True).to_bytes(1, 'big'), True.as_integer_ratio(), divmod(True, True))
class C:
    def __bool__(self): return False
class L:
    def __len__(self): return 3
print(bool(C()), bool(L()), not C(), not L())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    class B(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(True << 3, True >> 1, 5 & True, [1, 2][True], 'ab'[False])
print(sum([True, True, False]), max(True, 2), str(True)[0])
