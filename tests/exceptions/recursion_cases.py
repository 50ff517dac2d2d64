e = Exception()
e.args = (e,)
try:
    repr(e)
except RecursionError as x:
    print(type(x).__name__, x)
try:
    str(e)
except RecursionError as x:
    print(type(x).__name__, x)
a = ValueError('a')
b = ValueError('b')
a.__context__ = b
b.__context__ = a
try:
    raise a
except ValueError as x:
    print('ok', x.__context__ is b)
class R:
    def __instancecheck__(self, o): return isinstance(o, self)
try:
    isinstance(1, R())
except RecursionError as x:
    print(type(x).__name__)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as x:
    print(type(x).__name__, x)
l = []
for i in range(100000):
    l = [l]
try:
    print(len(repr(l)))
except RecursionError as x:
    print(type(x).__name__)
