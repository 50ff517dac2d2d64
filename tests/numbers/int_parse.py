cases = ['0', '-0', '+7', ' 42 ', '\t-13\n', '1_000', '1_0_0', '0x1f', '0X1F', '0o17', '0b101', '0_0',
         '00', '007', '1__0', '_1', '1_', '', ' ', '+', '-', 'abc', '12a', '1 2', '0x', '0b2',
         '99999999999999999999999999', '-123456789012345678901234567890', '١٢٣', '\u00a012\u2003',
         '0x_1f', '0_x1f', '12\x00']
for s in cases:
    for base in [10, 0, 16, 2, 8, 36]:
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, type(e).__name__, e)
print(int('z', 36), int('Z', 36), int('zz', 36), int('10', 3), int('-1010', 2))
print(int('1' * 100, 2), int('7' * 50, 8), int('f' * 40, 16), int('9' * 60, 10), int('abc' * 10, 20))
for b in [1, 37, -1, 100]:
    try:
        int('1', b)
    except ValueError as e:
        print(b, type(e).__name__, e)
print(int(b'42'), int(bytearray(b' -7 ')), int(b'ff', 16))
for x in [b'abc', bytearray(b'xy'), b'']:
    try:
        int(x)
    except ValueError as e:
        print(type(e).__name__, e)
for x, b in [(1.5, 2), (10, 10), ([], 3)]:
    try:
        int(x, b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(int('1' * 4300))))
print(int('1' * 5000, 16) > 0, int('0b' + '1' * 5000, 0).bit_length())
print(int('12', base=3), int(x='12', base=8) if False else 'skip')
try:
    int('12', base=3.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(base=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int('1', 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
