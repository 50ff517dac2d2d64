def product(vals, repeat):
    if repeat == 0:
        return [()]
    return [(v,) + rest for v in vals for rest in product(vals, repeat - 1)]
def islice(it, n):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
vals = [None, 1, 'a', [], (), {}, 1.5, b'x', -1, 2**70 if False else 10**20, True, 'abc', [3, 1, 2], (1, 'a'), {'k': 1}, int, str, abs, len, 0, -2.5, 1j, range(3), '']
fns0 = [abs, all, any, ascii, bin, callable, chr, divmod, format, getattr, hasattr, hex, isinstance, issubclass,
       iter, len, max, min, next, oct, ord, pow, repr, round, sorted, sum, enumerate, zip, map, filter, reversed]
fns = [f for f in fns0]
def show(r):
    if type(r) in (enumerate, zip, map, filter, reversed) or type(r).__name__.endswith('iterator'):
        try:
            return 'iter:' + repr(list(islice(r, 5)))
        except Exception as e:
            return 'iter-exc:%s %s' % (type(e).__name__, e)
    s = repr(r)
    return s if '0x' not in s else '<addr>'
for f in fns:
    for n in range(0, 3):
        for args in product(vals if n < 2 else vals[::2], repeat=n):
            if f is pow and n == 2 and isinstance(args[0], int) and isinstance(args[1], int) and not isinstance(args[1], bool) and args[1] > 1000:
                continue
            try:
                r = show(f(*args))
            except Exception as e:
                r = 'EXC %s: %s' % (type(e).__name__, e)
            if '0x' in r:
                r = '<addr>'
            print(f.__name__, ', '.join(repr(a) for a in args), '->', r)
