import sys
import traceback

def inner():
    return 1 / 0

def outer():
    inner()

try:
    outer()
except ZeroDivisionError as e:
    text = traceback.format_exc()
    print(text.replace(__file__, 'FILE'), end='')
    print(traceback.format_exception_only(e))
    print([l.replace(__file__, 'FILE') for l in traceback.format_tb(e.__traceback__)])
    print([(fs.name, fs.lineno, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
    print(len(traceback.format_exception(e)), traceback.format_exception(type(e), e, e.__traceback__) == traceback.format_exception(e))

try:
    try:
        {}['k']
    except KeyError as k:
        raise ValueError('wrapped') from k
except ValueError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')
    print(traceback.format_exception_only(e), traceback.format_exception_only(ValueError, e))

class Custom(Exception):
    pass
print(traceback.format_exception_only(Custom('msg')), traceback.format_exception_only(Custom()))

def show_stack():
    return [(fs.name, fs.line) for fs in traceback.extract_stack()]
print(show_stack()[-2:])
print(traceback.format_exc())
old = sys.stderr
class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sys.stderr = b = Buf()
try:
    raise RuntimeError('printed')
except RuntimeError:
    traceback.print_exc()
sys.stderr = old
print(''.join(b.parts).replace(__file__, 'FILE'), end='')
