import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack
import sys

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def getvalue(self):
        return ''.join(self.parts)

@contextmanager
def tag(name):
    print('<' + name + '>')
    yield name.upper()
    print('</' + name + '>')

with tag('a') as v:
    print('body', v)

@contextmanager
def catcher():
    try:
        yield
    except ValueError as e:
        print('caught', e)

with catcher():
    raise ValueError('boom')
print('after')
try:
    with catcher():
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def twice():
    yield
    yield
try:
    with twice():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@tag('deco')
def decorated():
    print('inside')
decorated()
decorated()

with suppress(KeyError, IndexError):
    {}['x']
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print(type(e).__name__, e)

class Thing:
    def close(self):
        print('closed')
with closing(Thing()) as t:
    print(type(t).__name__)

with nullcontext(5) as n:
    print(n)
with nullcontext() as n:
    print(n)

buf = Buf()
with redirect_stdout(buf):
    print('hidden')
print(repr(buf.getvalue()))

with ExitStack() as stack:
    stack.callback(print, 'cb1')
    stack.callback(print, 'cb2', end='!\n')
    v = stack.enter_context(tag('es'))
    print('v', v)
print('--')
with ExitStack() as stack:
    stack.callback(print, 'later')
    s2 = stack.pop_all()
print('popped')
s2.close()

def exit_fn(*exc):
    print('exit_fn', exc[0].__name__ if exc[0] else None)
    return True
with ExitStack() as stack:
    stack.push(exit_fn)
    raise ValueError('x')
print('suppressed by push')
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print('CM exit')
with CM() as c:
    print(type(c).__name__)
print(isinstance(nullcontext(), contextlib.AbstractContextManager))
