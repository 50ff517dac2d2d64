arr = bytearray(b'Hello world!')
mv = memoryview(arr)
print(mv[0])
mv[0] = 74
print(arr)
s = mv[6:11]
print(bytes(s), s.tobytes(), len(s), s.nbytes, s.readonly, s.format, s.itemsize, s.ndim, s.shape, s.strides)
s[0] = ord('W')
print(arr)
r = mv[::-1]
print(r.tobytes(), r.strides, r.c_contiguous, r.contiguous)
try:
    arr.append(1)
except BufferError as e:
    print('BufferError', e)
m2 = memoryview(b'abcdefgh')
print(m2.readonly, m2.hex(), m2.hex(':'), m2.tolist()[:3], hash(m2) == hash(b'abcdefgh'))
try:
    m2[0] = 1
except TypeError as e:
    print('TypeError', e)
c = m2.cast('H')
print(c.format, c.itemsize, len(c), c.tolist())
c2 = memoryview(bytearray(range(12))).cast('B', (3, 4))
print(c2.shape, c2.strides, c2.tolist(), c2[1, 2])
print(memoryview(b'ab') == b'ab', memoryview(b'ab') == memoryview(bytearray(b'ab')), memoryview(b'ab') != b'ac')
with memoryview(b'xyz') as m3:
    print(m3[1])
try:
    m3[0]
except ValueError as e:
    print('ValueError', e)
print(repr(m3).startswith('<released memory at 0x'))
x = memoryview(bytearray(4))
x[1:3] = b'ab'
print(x.obj)
try:
    x[1:3] = b'abc'
except ValueError as e:
    print('ValueError', e)
try:
    memoryview('str')
except TypeError as e:
    print('TypeError', e)
try:
    mv[100]
except IndexError as e:
    print('IndexError', e)
ro = memoryview(bytearray(b'ab')).toreadonly()
print(ro.readonly)
try:
    memoryview(b'abcd').cast('H').cast('I')
except TypeError as e:
    print('TypeError', e)
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5
print(d[0], d.tolist())
print(list(memoryview(b'\x01\x02')))
mv.release(); s.release(); r.release()
arr.append(33)
print(arr)
