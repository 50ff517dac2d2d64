# Buffers under attack: resizing an exported bytearray/array, released
# memoryviews, casts to odd shapes, struct with hostile arguments.
import array, struct

def attempt(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b'abcdef')
m = memoryview(ba)
attempt('resize exported', lambda: ba.extend(b'xyz'))
attempt('clear exported', lambda: ba.clear())
attempt('del exported', lambda: ba.__delitem__(slice(0, 2)))
attempt('same size ok', lambda: (ba.__setitem__(slice(0, 2), b'XY'), bytes(m))[1])
m.release()
attempt('released tobytes', lambda: m.tobytes())
attempt('released len', lambda: len(m))
attempt('released index', lambda: m[0])
attempt('released repr', lambda: repr(m).startswith('<released memory'))
attempt('resize after release', lambda: (ba.extend(b'!'), bytes(ba))[1])
with memoryview(ba) as m2:
    attempt('inside with', lambda: m2[1])
attempt('after with', lambda: m2[1])

a = array.array('i', range(5))
ma = memoryview(a)
attempt('array append exported', lambda: a.append(1))
attempt('array pop exported', lambda: a.pop())
ma.release()
attempt('array append after', lambda: (a.append(9), a.tolist())[1])
def array_iter_mutate():
    out = []
    for x in a:
        if len(a) < 20:
            a.append(x)
        out.append(x)
    return out
attempt('array iter mutate', array_iter_mutate)
attempt('array bad typecode', lambda: array.array('X'))
attempt('array frombytes odd', lambda: array.array('i').frombytes(b'abc'))
attempt('array huge', lambda: array.array('d', [0.0]) * (2 ** 62))
attempt('array index big', lambda: a[2 ** 70])
attempt('array overflow', lambda: array.array('b', [200]))
attempt('array self extend', lambda: (a.extend(a), len(a))[1])

mv = memoryview(bytes(range(24)))
attempt('cast i', lambda: mv.cast('i').tolist())
attempt('cast shape', lambda: mv.cast('B', [2, 3, 4]).tolist())
attempt('cast bad shape', lambda: mv.cast('B', [5, 5]))
attempt('cast zero shape', lambda: mv.cast('B', [0, 24]))
attempt('cast neg shape', lambda: mv.cast('B', [-1, -24]))
attempt('cast huge shape', lambda: mv.cast('B', [2 ** 40, 2 ** 40]))
attempt('cast too many dims', lambda: mv.cast('B', [1] * 65))
attempt('cast bad fmt', lambda: mv.cast('Z'))
attempt('cast from shaped', lambda: mv.cast('B', [4, 6]).cast('i').tolist())
attempt('cast odd size', lambda: memoryview(b'abc').cast('i'))
attempt('cast c to i', lambda: mv.cast('c').cast('i').tolist())
attempt('slice step', lambda: mv[::-3].tolist())
attempt('slice huge', lambda: mv[2 ** 70:].tolist())
attempt('index neg', lambda: mv[-25])
attempt('assign readonly', lambda: mv.__setitem__(0, 1))
mw = memoryview(bytearray(8))
attempt('assign wrong size', lambda: mw.__setitem__(slice(0, 2), b'abc'))
attempt('assign wrong type', lambda: mw.__setitem__(0, b'a'))
attempt('assign out of range', lambda: mw.__setitem__(0, 256))
attempt('multi index', lambda: mv.cast('B', [4, 6])[1, 2])
attempt('multi index bad', lambda: mv.cast('B', [4, 6])[1, 9])

attempt('pack too few', lambda: struct.pack('iii', 1, 2))
attempt('pack too many', lambda: struct.pack('i', 1, 2))
attempt('pack overflow', lambda: struct.pack('b', 300))
attempt('pack bad type', lambda: struct.pack('i', 'x'))
attempt('pack float', lambda: struct.pack('i', 1.5))
attempt('unpack short', lambda: struct.unpack('i', b'ab'))
attempt('repeat huge', lambda: struct.calcsize('999999999999999999999i'))
attempt('repeat big', lambda: struct.calcsize('99999999999i'))
attempt('bad char', lambda: struct.calcsize('iZ'))
attempt('pack_into bad off', lambda: struct.pack_into('i', bytearray(4), 2, 1))
attempt('pack_into neg off', lambda: struct.pack_into('i', bytearray(4), -8, 1))
attempt('unpack_from off', lambda: struct.unpack_from('i', b'abcdefgh', 6))
attempt('iter_unpack bad', lambda: list(struct.iter_unpack('i', b'abcde')))
attempt('iter_unpack zero', lambda: struct.iter_unpack('', b''))
attempt('pascal', lambda: struct.pack('5p', b'abcdefgh'))
attempt('native pad', lambda: struct.calcsize('@ci'))
attempt('s huge', lambda: struct.pack('100000000000s', b''))
class Idx:
    def __index__(self): return 7
attempt('pack index', lambda: struct.pack('i', Idx()))
attempt('pack bool obj', lambda: struct.pack('?', []))
print('done')
