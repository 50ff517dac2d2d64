class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ('slice', i.start, i.stop, i.step)
        if i >= self.n: raise IndexError(i)
        return i * 10
s = Seq(3)
print(len(s), s[1], s[1:2], s[::2], list(s), 20 in s, 5 in s, bool(s), bool(Seq(0)))
for x in s: print(x, end=' ')
print()
class Map:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = Map()
m['a'] = 1
m['b'] = 2
print(m['a'], 'a' in m, 'z' in m, list(m), len(m))
del m['a']
print(list(m))
try:
    m['zz']
except KeyError as e:
    print(type(e).__name__, e)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), next(iter(It())))
class NotIt:
    __iter__ = None
try:
    iter(NotIt())
except TypeError as e:
    print(type(e).__name__, e)
class NoCont:
    __contains__ = None
try:
    1 in NoCont()
except TypeError as e:
    print(type(e).__name__, e)
class Call:
    def __call__(self, *a, **k): return ('called', a, k)
print(Call()(1, 2, x=3), callable(Call()), callable(Seq(1)))
try:
    Seq(1)()
except TypeError as e:
    print(type(e).__name__, e)
class B1:
    def __bool__(self): return False
class B2:
    def __bool__(self): return 1
print(bool(B1()), not B1())
try:
    bool(B2())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return 'x'
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self): return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], 'abcd'[Idx()], bin(Idx()), range(10)[Idx()])
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
print(int(Num()), float(Num()))
class Rev:
    def __reversed__(self): return iter('cba')
print(list(reversed(Rev())))
class GetItemOnly:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
print(list(GetItemOnly()), 2 in GetItemOnly())
class LenHint:
    def __length_hint__(self): return 5
    def __iter__(self): return iter([1])
print(list(LenHint()))
class Ctx:
    def __enter__(self): print('enter'); return 'v'
    def __exit__(self, *a): print('exit', a[0]); return True
with Ctx() as v:
    print('body', v)
    raise ValueError
print('after')
