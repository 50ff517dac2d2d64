# Width and size arguments of the padding methods at the edges of C's
# ssize_t and int: CPython's exception type and message for each, for str,
# bytes and bytearray.  No case here allocates more than a few bytes: the
# huge widths fail before allocating, or the receiver is already wide enough.
def t(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__, repr(r) if len(r) < 40 else len(r))
    except Exception as e:
        print(label, type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __repr__(self):
        return f'Idx({self.v})'

M = 2**63 - 1
widths = [2**63, 2**64, 10**30, -2**63 - 1, -10**30,
          -1, -2**31, -2**31 - 1, -2**63, 0, 2, 7, True,
          Idx(6), Idx(2**63), 3.0, None, '5']
for T, s in ((str, 'ab'), (bytes, b'ab'), (bytearray, bytearray(b'ab'))):
    for m in ('ljust', 'rjust', 'center', 'zfill'):
        for w in widths:
            t(f'{T.__name__}.{m}({w!r})', lambda: getattr(s, m)(w))
    # fail before allocating: past the size limits of each type
    for w in (M, M - 32, M - 33, 10**15):
        for m in ('ljust', 'rjust', 'center', 'zfill'):
            t(f'{T.__name__}.{m}(big {w})', lambda: getattr(s, m)(w))

# fill characters
for m in ('ljust', 'rjust', 'center'):
    t(f'str.{m} fill', lambda: getattr('ab', m)(6, '*'))
    t(f'str.{m} wide fill', lambda: getattr('ab', m)(5, '\u20ac'))
    t(f'str.{m} fill len 2', lambda: getattr('ab', m)(6, '**'))
    t(f'str.{m} fill int', lambda: getattr('ab', m)(6, 5))
    t(f'str.{m} fill huge width', lambda: getattr('ab', m)(2**64, '*'))
    t(f'bytes.{m} fill', lambda: getattr(b'ab', m)(6, b'*'))
    t(f'bytes.{m} fill bytearray', lambda: getattr(b'ab', m)(6, bytearray(b'*')))
    t(f'bytes.{m} fill str', lambda: getattr(b'ab', m)(6, '*'))
    t(f'bytes.{m} fill len 2', lambda: getattr(b'ab', m)(6, b'**'))
    t(f'bytearray.{m} fill', lambda: getattr(bytearray(b'ab'), m)(6, b'*'))
    t(f'{m} no args', lambda: getattr('ab', m)())
    t(f'{m} three args', lambda: getattr('ab', m)(1, ' ', 2))

# centering puts the odd column where CPython does
for w in range(2, 8):
    t(f'center a {w}', lambda: 'a'.center(w, '.'))
    t(f'center ab {w}', lambda: 'ab'.center(w, '.'))
    t(f'bytes center ab {w}', lambda: b'ab'.center(w, b'.'))

# zfill keeps a leading sign in front
for s in ('+12', '-12', '-', '+', '', 'x-1', '\u20ac1'):
    t(f'zfill {s!r}', lambda: s.zfill(5))
    if s.isascii():
        t(f'bytes zfill {s!r}', lambda: s.encode().zfill(5))
        t(f'bytearray zfill {s!r}', lambda: bytearray(s.encode()).zfill(5))

# expandtabs: tabsize is a C int
tabs = [2**31, 2**31 + 1, 2**32, 2**40, 2**63, 2**64, -2**31 - 1, -2**63,
        2**31 - 1, -2**31, -1, 0, 1, 4, True, 2.0, None]
for T, s, plain in ((str, 'a\tb', 'abc'), (bytes, b'a\tb', b'abc'),
                    (bytearray, bytearray(b'a\tb'), bytearray(b'abc'))):
    for ts in tabs:
        if isinstance(ts, int) and ts > 2**20 and ts < 2**31:
            # a tab would cost ts bytes: only the tab-free receiver
            t(f'{T.__name__}.expandtabs({ts}) no tab', lambda: plain.expandtabs(ts))
            continue
        t(f'{T.__name__}.expandtabs({ts!r})', lambda: s.expandtabs(ts))
        t(f'{T.__name__}.expandtabs(tabsize={ts!r})', lambda: s.expandtabs(tabsize=ts))
    t(f'{T.__name__}.expandtabs two', lambda: s.expandtabs(4, 4))
    t(f'{T.__name__}.expandtabs kw', lambda: s.expandtabs(size=4))
t('expandtabs columns', lambda: 'ab\tc\r\td\n\t\u20ac\te'.expandtabs(3))
t('expandtabs wide', lambda: '\U0001f600\t\u00e9\tx'.expandtabs(2))
t('bytes expandtabs columns', lambda: b'ab\tc\r\td\n\t\xe9\te'.expandtabs(3))

# str subclasses always come back as exact str
class S(str):
    pass
for f in (lambda: S('ab').ljust(1), lambda: S('ab').center(-2**63), lambda: S('ab').zfill(0),
          lambda: S('abc').expandtabs(), lambda: S('a\tb').expandtabs(2), lambda: S('ab').rjust(4)):
    t('subclass', f)

# repetition at the same edges
t('str * M', lambda: 'a' * M)
t('str2 * 2**62', lambda: 'ab' * 2**62)
t('str * 2**64', lambda: 'a' * 2**64)
t('wide str * M', lambda: '\u20ac' * M)
t('bytes * M', lambda: b'a' * M)
t('bytes2 * 2**62', lambda: b'ab' * 2**62)
t('bytearray2 * 2**62', lambda: bytearray(b'ab') * 2**62)
t('bytes(M)', lambda: bytes(M))
t('bytes(M - 33)', lambda: bytes(M - 33))
t('bytearray(M)', lambda: bytearray(M))
t('bytes(2**63)', lambda: bytes(2**63))
