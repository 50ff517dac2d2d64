def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
t(lambda: next(it))
t(lambda: next(1))
t(lambda: iter(1))
t(lambda: iter())
t(lambda: iter(1, 2, 3))
t(lambda: iter(1, 2))
t(lambda: next())
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
print(list(iter(Seq())))
print(list(Seq()))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
print(list(It()), next(It()))
class BadIter:
    def __iter__(self):
        return 5
t(lambda: iter(BadIter()))
class NotIt:
    __iter__ = None
t(lambda: iter(NotIt()))
def gen():
    yield 1
g = gen()
print(next(g), next(g, 'done'))
t(lambda: next(g))
print(next(iter(''), None))
