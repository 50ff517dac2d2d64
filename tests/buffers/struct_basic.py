import struct
print(struct.calcsize('i'), struct.calcsize('<i'), struct.calcsize('bi'), struct.calcsize('<bi'), struct.calcsize('@qb'), struct.calcsize('3s2xH'))
b = struct.pack('<ihb', 1, -2, 3); print(b, struct.unpack('<ihb', b))
print(struct.pack('>I', 0xdeadbeef), struct.pack('!h', -1), struct.pack('=Q', 2**64-1))
print(struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('4p', b'abcdef'))
print(struct.unpack('4p', struct.pack('4p', b'xy')))
print(struct.pack('?c', 7, b'z'), struct.unpack('??', b'\x00\x05'))
print(struct.pack('<d', 1.5), struct.unpack('<f', struct.pack('<f', 0.1))[0], struct.unpack('<e', struct.pack('<e', 1.5)))
print(struct.pack('@bi', 1, 2))
s = struct.Struct('<2H')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'), repr(s).startswith('<_struct.Struct object at 0x'))
buf = bytearray(8); struct.pack_into('<HH', buf, 2, 7, 8); print(buf)
print(struct.unpack_from('<H', b'\x00\x01\x02', 1), struct.unpack_from('<H', b'\x00\x01\x02', offset=1))
print(list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
for fmt, v in [('b', 200), ('B', -1), ('h', 40000), ('H', 70000), ('i', 2**31), ('<i', -2**31-1), ('I', -1), ('<I', 2**32), ('q', 2**63), ('Q', -1), ('<q', 2**64)]:
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, 'error', e)
for args in [('i', 'x'), ('i',), ('i', 1, 2), ('c', b'ab'), ('z', 1), ('3', 1), ('s', 'str'), ('f', 'x')]:
    try:
        struct.pack(*args)
    except (struct.error, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    struct.unpack('<i', b'ab')
except struct.error as e:
    print(e)
try:
    struct.pack('<f', 1e300)
except OverflowError as e:
    print('OverflowError', e)
print(struct.error.__mro__[1].__name__, struct.error.__module__)
