# Deep Python recursion gives RecursionError, and the interpreter keeps
# working afterwards, at the same depth, several times over.
import sys

def down(n):
    return down(n + 1)

for attempt in range(3):
    try:
        down(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e)

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

a = depth(0)
b = depth(0)
print(a == b, 900 < a < 1000)

# recursion through special methods
class R:
    def __repr__(self):
        return repr(self)
    def __eq__(self, other):
        return self == other
    def __hash__(self):
        return hash(self)
    def __getattr__(self, name):
        return getattr(self, name)
    def __len__(self):
        return len(self)
    def __iter__(self):
        return iter(self)

for label, f in [('repr', lambda: repr(R())), ('eq', lambda: R() == 1), ('hash', lambda: hash(R())),
                 ('getattr', lambda: R().x), ('len', lambda: len(R())), ('iter', lambda: iter(R()))]:
    try:
        f()
    except RecursionError as e:
        print(label, type(e).__name__)

# recursion inside a generator and through a class body
def gen(n):
    yield from gen(n + 1)
try:
    next(gen(0))
except RecursionError as e:
    print('gen', type(e).__name__)

def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual', type(e).__name__)

# a lower limit is honoured and can be raised again
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
print('limit', depth(0) < 100)
sys.setrecursionlimit(old)
print('restored', sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print(type(e).__name__, e)

# recursion while handling an exception
def handler(n):
    try:
        raise ValueError(n)
    except ValueError:
        return handler(n + 1)
try:
    handler(0)
except RecursionError as e:
    print('handler', type(e).__name__)
print(sum(range(10)))
