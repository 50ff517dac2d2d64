def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(101)), sum([True, True, 3]))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100, 1.0]), sum([1, 0.5, 2]))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([2**62, 2**62, 2**62]), sum([-2**63, -1]))
print(sum([1.5, 2**70]), sum([1, 2], start=5), sum([float('inf'), 1.0]), sum([float('inf'), -float('inf')]))
print(sum([0.0, -0.0]), sum([-0.0, -0.0], -0.0), sum([1j, 2]), sum([0.1] * 3, 0.0))
t(lambda: sum())
t(lambda: sum([], 1, 2))
t(lambda: sum([], start=1, x=2))
t(lambda: sum(['a']))
t(lambda: sum([], ''))
t(lambda: sum([], b''))
t(lambda: sum([], bytearray()))
t(lambda: sum(1))
t(lambda: sum([1, 'a']))
t(lambda: sum([1.5, 'a']))
class N:
    def __radd__(self, other):
        return ('radd', other)
print(sum([N()]), sum([1, N()]))
print(sum(x * x for x in range(10)))
