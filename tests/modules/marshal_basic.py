import marshal
for v in [None, True, False, ..., 0, 1, -1, 2**100, -2**70, 1.5, float('inf'), -0.0, 1+2j, 'abc', 'é€😀', b'\x00b', (1, (2, 3)), [1, 'x'], {'a': 1, 2: [3]}, {1, 2}, frozenset([3]), StopIteration]:
    d = marshal.dumps(v)
    print(repr(marshal.loads(d)), type(d).__name__)
def f(a, b=2, *c, d, **e):
    x = [i for i in range(a)]
    try:
        return x, b, c, d, e
    except Exception:
        raise
code = f.__code__
c2 = marshal.loads(marshal.dumps(code))
print(c2 == code, c2.co_name, c2.co_varnames, c2.co_consts == code.co_consts)
import types
g = types.FunctionType(c2, globals(), 'g', (2,), None)
print(g(3, d=4, z=5))
for bad in [b'']:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__)
try:
    marshal.dumps(object())
except ValueError as e:
    print('ValueError', e)
