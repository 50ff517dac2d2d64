from collections.abc import *
import collections.abc as cabc
import collections

print([isinstance(x, Iterable) for x in ([], (), '', {}, set(), 1, iter([]), range(3))])
print([isinstance(x, Sequence) for x in ([], (), '', {}, set(), range(3), b'')])
print([isinstance(x, Mapping) for x in ({}, [], collections.OrderedDict())], isinstance({}, MutableMapping))
print(isinstance(set(), MutableSet), isinstance(frozenset(), Set), isinstance(frozenset(), MutableSet))
print(isinstance(len, Callable), isinstance(1, Callable), isinstance(1, Hashable), isinstance([], Hashable))
print(isinstance(iter([]), Iterator), isinstance((x for x in []), Generator), isinstance([], Sized), isinstance([], Reversible))
print(isinstance({}.keys(), KeysView), isinstance({}.items(), Set), issubclass(list, MutableSequence), issubclass(dict, Sequence))

class MyMap(Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, sorted(m.keys()), sorted(m.items()), sorted(m.values()), m == {'a': 1, 'b': 2}, len(m))

class MySeq(Sequence):
    def __init__(self, *a):
        self._a = a
    def __getitem__(self, i):
        return self._a[i]
    def __len__(self):
        return len(self._a)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)))
try:
    s.index(9)
except ValueError as e:
    print(type(e).__name__)

class MyList(MutableSequence):
    def __init__(self):
        self._l = []
    def __getitem__(self, i):
        return self._l[i]
    def __setitem__(self, i, v):
        self._l[i] = v
    def __delitem__(self, i):
        del self._l[i]
    def __len__(self):
        return len(self._l)
    def insert(self, i, v):
        self._l.insert(i, v)
ml = MyList()
ml.append(1)
ml.extend([2, 3])
ml += [4]
ml.reverse()
print(list(ml), ml.pop(), list(ml))
ml.remove(3)
print(list(ml))

class MySet(Set):
    def __init__(self, it=()):
        self._s = set(it)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet([1, 2, 3, 4]), a == MySet([3, 2, 1]), a.isdisjoint([9]))

class Incomplete(Mapping):
    pass
try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)

class Dk:
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0
    def __contains__(self, x):
        return False
print(isinstance(Dk(), Iterable), isinstance(Dk(), Collection), isinstance(Dk(), Sequence))
print(Iterable[int], Callable[[int], str])
