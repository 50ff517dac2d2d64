def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), tuple(Seq()), sorted(Seq(), reverse=True))
it = iter(Seq())
print(type(it).__name__, next(it), next(it), list(it), list(it))
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))
class Err:
    def __getitem__(self, i):
        raise ValueError("boom")
t(lambda: list(Err()))
class LenSeq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return "abc"[i]
it = iter(LenSeq())
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
n = [0]
def counter():
    n[0] += 1
    return n[0]
ci = iter(counter, 4)
print(type(ci).__name__, list(ci), list(ci))
def raiser():
    raise StopIteration
print(list(iter(raiser, 0)))
def raiser2():
    raise KeyError("k")
t(lambda: list(iter(raiser2, 0)))
t(lambda: iter(1, 2))
t(lambda: iter(5))
t(lambda: next(iter([]), "default"))
vals = iter([1, 2, 3, None, 5])
print(list(iter(lambda: next(vals), None)))
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
t(lambda: iter(NoIter()))
print(list(zip(Seq(), "abcdef")), dict(enumerate(Seq())))
a, b, c, d = Seq()
print(a, b, c, d)
print(max(Seq()), min(Seq()), sum(Seq()), list(map(str, Seq())))
