import sys
from collections import namedtuple, defaultdict, OrderedDict, deque
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x + p.y, p._replace(x=5))
dd = defaultdict(list)
for w in 'the quick brown fox jumps over the lazy dog'.split():
    dd[len(w)].append(w)
print(sorted(dd.items()))
class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, next=None):
        self.val = val
        self.next = next
    def __iter__(self):
        n = self
        while n:
            yield n.val
            n = n.next
    def __repr__(self):
        return f'Node({self.val!r})'
lst = Node(1, Node(2, Node(3)))
print(list(lst), lst)
def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack().push(1).push(2)
print(s, s.peek(), type(s).__mro__[1].__name__)
def parse(tokens):
    out, ops = [], []
    prec = {'+': 1, '-': 1, '*': 2, '/': 2}
    for t in tokens:
        if t.isdigit():
            out.append(int(t))
        elif t in prec:
            while ops and ops[-1] in prec and prec[ops[-1]] >= prec[t]:
                out.append(ops.pop())
            ops.append(t)
        elif t == '(':
            ops.append(t)
        elif t == ')':
            while ops[-1] != '(':
                out.append(ops.pop())
            ops.pop()
    while ops:
        out.append(ops.pop())
    return out
def evalrpn(rpn):
    st = []
    for t in rpn:
        if isinstance(t, int):
            st.append(t)
        else:
            b, a = st.pop(), st.pop()
            st.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b}[t])
    return st[0]
print(evalrpn(parse('3 + 4 * ( 2 - 1 )'.split())))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print([list(r) for r in zip(*matrix)], sum(map(sum, matrix)))
print({k: v for k, v in sorted({'b': 2, 'a': 1}.items())})
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e)
finally:
    print('done')
gen = (x ** 2 for x in range(10) if x % 3 == 0)
print(sum(gen))
print(sorted(['banana', 'Apple', 'cherry'], key=str.lower), max('abc', key=ord))
a, *b = (lambda *xs: xs)(1, 2, 3)
print(a, b)
print(f"{'nested':^10}|{3.14159:>8.3f}|{42:#x}|{1e10:e}")
print(any(x > 2 for x in [1, 2, 3]), all([]), [*map(str, range(3))])
q = deque([1, 2, 3]); q.rotate(1); print(q)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError('too cold')
        self._c = v
t = Temp(); t.c = 25; print(t.c)
try:
    t.c = -300
except ValueError as e:
    print(e)
print(sys.version_info[0], __name__)
def kw(a, b=2, *args, c, **kwargs): return a, b, args, c, kwargs
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, d=6))
x = 10
def scope_test():
    global x
    x += 1
    return x
print(scope_test(), x)
print([i for i in range(20) if i % 2 == 0 if i % 3 == 0])
print(list(enumerate('abc', 1)), dict(zip('ab', [1, 2])))
