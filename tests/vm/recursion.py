import sys
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 900, d < 1001)
class A:
    def __getattr__(self, name):
        return self.missing
try:
    A().x
except RecursionError as e:
    print(type(e).__name__, e)
class B:
    def __repr__(self):
        return repr(self)
try:
    repr(B())
except RecursionError as e:
    print(type(e).__name__, e)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(200)
try:
    r(0)
except RecursionError as e:
    print("limit 200:", e)
print(depth(0) < 200)
sys.setrecursionlimit(1000)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(500) > 0)
# recursion through a generator
def gen_rec(n):
    yield from gen_rec(n + 1)
try:
    list(gen_rec(0))
except RecursionError as e:
    print(type(e).__name__, e)
