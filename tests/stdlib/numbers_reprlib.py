import numbers
import reprlib

print([isinstance(x, numbers.Number) for x in (1, 1.5, 1j, True, 'a', None)])
print([isinstance(x, numbers.Integral) for x in (1, 1.5, True)], [isinstance(x, numbers.Real) for x in (1, 1.5, 1j)])
print(isinstance(2, numbers.Rational), isinstance(2.0, numbers.Rational), isinstance(1j, numbers.Complex), issubclass(int, numbers.Complex))
try:
    numbers.Integral()
except TypeError as e:
    print(type(e).__name__, str(e).split(' with')[0])

print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr(tuple(range(10))))
print(reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr(2 ** 200))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr((1,)), reprlib.repr(frozenset()), reprlib.repr([]))
r = reprlib.Repr(maxlist=2, maxstring=10)
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'))

class Node:
    def __init__(self):
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.children!r})'
n = Node()
n.children.append(n)
print(n, Node.__repr__.__name__)
