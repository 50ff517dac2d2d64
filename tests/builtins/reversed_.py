def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({'a': 1, 'b': 2})))
t(lambda: reversed(1))
t(lambda: reversed({1, 2}))
t(lambda: reversed())
t(lambda: reversed(1, 2))
t(lambda: reversed([], x=1))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
r = reversed(Seq())
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t(lambda: reversed(NoRev()))
class OnlyGet:
    def __getitem__(self, i): return i
t(lambda: reversed(OnlyGet()))
