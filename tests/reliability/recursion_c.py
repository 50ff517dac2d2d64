# Deeply nested data: repr/str/==/hash/copy of containers nested far deeper
# than the recursion limit raise RecursionError instead of overflowing the
# C stack, and the interpreter keeps working.
N = 200000

def nest_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

def nest_tuple(n):
    x = ()
    for _ in range(n):
        x = (x,)
    return x

def nest_dict(n):
    x = {}
    for _ in range(n):
        x = {1: x}
    return x

def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except RecursionError as e:
        print(label, type(e).__name__, e)
    except MemoryError as e:
        print(label, type(e).__name__)

l1, l2 = nest_list(N), nest_list(N)
t1, t2 = nest_tuple(N), nest_tuple(N)
d1, d2 = nest_dict(N), nest_dict(N)
attempt('list repr', lambda: repr(l1))
attempt('list str', lambda: str(l1))
attempt('list eq', lambda: l1 == l2)
attempt('list lt', lambda: l1 < l2)
attempt('tuple repr', lambda: repr(t1))
attempt('tuple eq', lambda: t1 == t2)
attempt('dict repr', lambda: repr(d1))
attempt('dict eq', lambda: d1 == d2)
attempt('in', lambda: l1 in [l2])
attempt('list count', lambda: [l1].count(l2))
attempt('format', lambda: format(l1))
attempt('f-string', lambda: f'{l1}')
attempt('%r', lambda: '%r' % (l1,))
# a shallow copy is fine at any depth
attempt('list copy', lambda: l1.copy())

# freeing deeply nested containers must not overflow the C stack either
del l1, l2, t1, t2, d1, d2
x = nest_list(N); del x
x = nest_tuple(N); del x
x = nest_dict(N); del x
print('alive', [1, [2, (3,)]])
