for v in [0, 1, -1, 255, -256, 2**30, 2**64 - 1, -2**64, 10**50]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.is_integer(), v.conjugate(),
          v.real, v.imag, v.numerator, v.denominator)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (1).to_bytes(), (0).to_bytes(0, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'big', signed=True))
print((-129).to_bytes(2, 'little', signed=True), (2**64).to_bytes(9, 'little'), (-2**63).to_bytes(8, 'big', signed=True))
print((255).to_bytes(length=1, byteorder='little'))
for args, kw in [((0,), {}), ((1,), {'signed': True}), ((-1, 'big'), {}), ((1, 'x'), {}), ((-1,), {}), ((128, ), {'byteorder': 'big', 'signed': True})]:
    v = args[0] if len(args) == 1 and 'byteorder' in kw else None
    try:
        if args == (128,):
            print((128).to_bytes(1, 'big', signed=True))
        elif args == (0,):
            print((256).to_bytes(1, 'big'))
        elif args == (1,):
            print((-1).to_bytes(1, 'big', signed=False))
        elif args == (-1, 'big'):
            print((1).to_bytes(-1, 'big'))
        elif args == (1, 'x'):
            print((1).to_bytes(1, 'x'))
        else:
            print((-1).to_bytes(1, 'big'))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (128).to_bytes(1, 'big', signed=True)
except OverflowError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'\x80', signed=True), int.from_bytes(b''), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'))
print(int.from_bytes(b'\x00' * 8 + b'\x80', 'little', signed=True), int.from_bytes(b'\xff' * 20, 'big'))
for v in [0, 1, -1, 2**100, -2**100 + 1, -2**100, 12345678901234567890]:
    n = (v.bit_length() + 8) // 8
    for order in ['big', 'little']:
        b = v.to_bytes(n, order, signed=True)
        assert int.from_bytes(b, order, signed=True) == v
    print(v, v.to_bytes(n, 'big', signed=True).hex())
class MyInt(int): pass
r = MyInt.from_bytes(b'\x05', 'big')
print(r, type(r).__name__)
for v in [0, 5, 15, 25, 35, 45, 125, -125, -135, 1234567, 2**70 + 5 * 10**15]:
    print(v, round(v), round(v, 0), round(v, 2), round(v, -1), round(v, -2), round(v, -10), type(round(v, -1)).__name__)
print(round(25, -1), round(35, -1), round(-25, -1), round(150, -2), round(250, -2), round(5, -1), round(15, -1))
print((7).__round__(), (7).__getnewargs__(), (7).__sizeof__() > 0)
print((0).__sizeof__(), (1).__sizeof__(), (2**30).__sizeof__(), (2**60).__sizeof__())
print(format(255, 'x'), (255).__format__('08b'), (5).__format__(''))
try:
    (7).__round__(None)
except TypeError as e:
    print(type(e).__name__, e)
