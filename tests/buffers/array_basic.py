from array import array
import array as arraymod
a = array('i', [1, 2, 3])
print(a, a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:], list(a))
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, a.pop(), a.pop(0), a)
a.remove(3); print(a, a.index(4), a.count(2))
a.reverse(); print(a, a.tolist())
b = array('b', b'\x01\x02'); print(b, b.tobytes())
b.frombytes(b'\x03'); print(b)
f = array('d', [1.5, 2.5]); print(f, f * 2, f + f)
u = array('u', 'hello'); print(u, u.tounicode())
h = array('H', [1, 256]); h.byteswap(); print(h)
print(array('q'), repr(array('B', [255])))
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1]) < array('i', [2]), array('i', [1, 2]) == array('d', [1.0, 2.0]))
for tc, v in [('b', 128), ('B', -1), ('h', 2**15), ('H', -1), ('i', 2**31), ('I', -1), ('L', -1)]:
    try:
        array(tc, [v])
    except OverflowError as e:
        print(tc, 'OverflowError', e)
try:
    array('x')
except ValueError as e:
    print('ValueError', e)
try:
    array('i', [1.5])
except TypeError as e:
    print('TypeError', e)
try:
    array('i').pop()
except IndexError as e:
    print('IndexError', e)
m = memoryview(a)
print(m.format, m.itemsize, m.tolist())
try:
    a.append(1)
except BufferError as e:
    print('BufferError', e)
m.release(); a.append(9); print(a)
a[1:3] = array('i', [7, 7, 7]); print(a)
del a[::2]; print(a)
print(arraymod.typecodes, type(a.buffer_info()), a.buffer_info()[1])
c = array('i', range(5)); c[1] = 10; print(c, 10 in c, list(reversed(c)))
