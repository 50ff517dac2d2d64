import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print()
print(1, 'a', None, [1, 2])
print(1, 2, 3, sep='-')
print(1, 2, sep='', end='!\n')
print('no newline', end='')
print()
print('a', 'b', sep=None, end=None)
print(*range(5))
print(*[], sep='x')
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')
w = W()
print('x', 'y', file=w)
print('z', file=w, flush=True)
print(w.parts)
print('to stdout', file=None)
t(lambda: print(sep=1))
t(lambda: print(end=2))
t(lambda: print(foo=1))
t(lambda: print(1, file=1))
class S:
    def __str__(self):
        return 'S!'
print(S(), [S()][0])
class BadStr:
    def __str__(self):
        raise ValueError('no str')
t(lambda: print(BadStr()))
print('err line', file=sys.stderr)
print('stdout', flush=True)
print('é', '日本', '\U0001f600')
print(1, 2, sep='\n')
