# ASCII strings carry no UTF-8 fields (their data is their UTF-8), other
# strings do: every way of making, growing and copying a string must give the
# same text, size and behaviour whichever layout it ends up in.
import sys

def size(s):
    return sys.getsizeof(s)

# ASCII: a 40-byte header, the characters and a NUL, as in CPython
print([size('a' * n) - n for n in range(0, 70, 7)])
ascii_made = ['', 'x', 'abc', 'hello world', ''.join(['ab', 'cd', 'ef']),
              f'{12}-{"ab"}', 'abcdefgh'[1:6], 'ab' * 9, 'Hello'.upper(),
              'a-b-c'.replace('-', '+'), '  pad  '.strip(), str(123456),
              repr('q'), 'x'.ljust(20), '{}|{}'.format('a', 'b'), '%s=%d' % ('k', 5),
              'abcdef'[::2], 'é'.encode().decode('ascii', 'replace')[:0] + 'plain']
for s in ascii_made:
    print(repr(s), size(s) - len(s), s.isascii())

# non-ASCII strings made at run time, before anything asked for their UTF-8
def fresh():
    e, eu, emoji = chr(233), chr(0x20ac), chr(0x1f600)
    return [e * 5, eu * 3, emoji * 2, 'ab' + e, e + 'ab', ''.join(['x', eu, 'y']),
            f'{e}{eu}', (e + 'z') * 4, 'aé'[1:] * 3, 'z' + emoji + 'é']
def kind(s):
    m = max(map(ord, s))
    return 1 if m < 256 else 2 if m < 65536 else 4
for s in fresh():
    print(ascii(s), len(s), kind(s), size(s) - (len(s) + 1) * kind(s))

# the UTF-8 form, computed on demand and cached, never changes the text
for s in fresh():
    b1 = s.encode()
    b2 = s.encode('utf-8')
    print(ascii(s), b1 == b2, b1.decode() == s, len(b1), s == b1.decode(), hash(s) == hash(b1.decode()))

# growing in place: every transition between the layouts and widths
for start in ('a', 'ab', 'é', 'ꝏ', '\U0001f600x'):
    for extra in ('b', 'cd', 'é', 'ꝏ', '\U0001f601'):
        s = start * 2
        pieces = [s]
        for i in range(6):
            s += extra
            pieces.append(extra)
            s += str(i)
            pieces.append(str(i))
        joined = ''.join(pieces)
        print(ascii(s), s == joined, hash(s) == hash(joined), s.isascii(), len(s),
              s.encode() == joined.encode(), {joined: 1}.get(s))

# ASCII grown past many reallocations, then measured and compared
s = ''
for i in range(300):
    s += 'k'
print(len(s), size(s) - len(s), s == 'k' * 300)
s += 'é'
print(len(s), s[-2:] == 'ké', s.isascii())

# subclasses keep either layout and their own attributes
class S(str):
    pass
for text in ('plain', 'caf\xe9', 'euro \u20ac', 'smile \U0001f600', ''):
    x = S(text)
    x.tag = text.upper()
    print(ascii(x), ascii(x.tag), type(x).__name__, x == text, hash(x) == hash(text),
          x.encode() == text.encode(), ascii(str(x)), type(str(x)).__name__, len(x),
          ascii(x + '!'), ascii(x[1:]), x.isascii())
print(sys.getsizeof(S('abc')) > sys.getsizeof('abc'))

# interning and identifiers of both layouts
a = sys.intern('caf' + chr(233) + 'x')
b = sys.intern(''.join(['caf', chr(233), 'x']))
print(a is b, a == 'caféx')
ns = {}
exec('caf\xe9 = 1\nabc = 2', ns)
print(sorted(k for k in ns if k != '__builtins__'))
print(getattr(type('T', (), {'\xe9t\xe9': 3}), '\xe9t\xe9'))

# one-character strings of every range
for cp in (0, 65, 127, 128, 233, 255, 256, 0x20ac, 0xffff, 0x10000, 0x10ffff):
    c = chr(cp)
    print(cp, len(c), ord(c) == cp, c == ('x' + c)[1:], len(c.encode('utf-8', 'surrogatepass')))

# encoders that read the data directly
print('abc'.encode('latin-1'), 'caf\xe9'.encode('latin-1'), 'abc'.encode('ascii'))
print(ascii('\u20ac'.encode('utf-16-le')), 'x\xe9'.encode('utf-8'))
print(bytes.fromhex('41 42').decode(), b'caf\xc3\xa9'.decode(), b'\xe2\x82\xac'.decode() == '\u20ac')
