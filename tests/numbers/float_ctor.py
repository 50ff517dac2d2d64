cases = ['1', '-1.5', '+2.5e3', ' 3.25 ', '\n-0\t', '1_000.5', '1e1_0', '.5', '5.', '1e', 'e5', '1e+', '.', '',
         'inf', '-inf', '+INF', 'Infinity', '-infinity', 'nan', '-NaN', 'nan(1)', 'infin', '0x10', '1__0', '_1', '1_',
         '1._5', '1_.5', '1e_5', 'abc', '1.5j', '१२.५', '\u20031.5\u2003', '1e400', '-1e400', '1e-400', '0.1e-320',
         '00.5', '1 2', '1,5', '12\x00']
for s in cases:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(), float(5), float(-2**53 - 1), float(True), float(2**1023), float(b'1.5'), float(bytearray(b' 2 ')))
for x in [2**1024, -10**400]:
    try:
        float(x)
    except OverflowError as e:
        print(type(e).__name__, e)
for x in [b'abc', [], None, 1j, '']:
    try:
        float(x)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self): return 2.5
class Idx:
    def __index__(self): return 7
class BadF:
    def __float__(self): return 1
print(float(F()), float(Idx()))
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
class MyFloat(float):
    pass
m = MyFloat(2.5)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, float(m), type(float(m)).__name__, MyFloat('1e3'), MyFloat())
print(MyFloat.fromhex('0x1p1'), type(MyFloat.fromhex('0x1p1')).__name__)
try:
    float(x=1)
except TypeError as e:
    print(type(e).__name__)
