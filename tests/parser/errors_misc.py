def check(src):
    try:
        compile(src, 'x.py', 'exec')
        print('OK', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
for src in [
    'a b', 'if x\n  pass', 'class A pass', 'class A\n', 'for x in y pass', 'while x pass', 'with a pass', 'try pass',
    'if x pass', 'x = [1, 2 3]', 'x = (1 2)', 'print "x"', 'exec "x"', 'print x', 'print(x) y', 'x = 1 if 2',
    '[x for x in]', 'not', 'else: pass', 'x = {1: 2, 3}', 'x = {1:2, **a, 3}', 'import a.b as c.d', 'from x import *, y',
    'import a,', 'from a import b,', 'from a import (b,', 'try:\n  pass\n', 'try:\n  pass\nexcept:\n  pass\nexcept* E:\n  pass',
    'if x = 1: pass', 'while x = 1: pass', 'x += 1, 2 = 3', '"a" b"x"', 'def f(): x = yield = 1', 'a.', 'a[]', '()()=1',
    'x = 1 +', 'x = (', 'return 1 2', 'del', 'import', 'from . import', 'global', 'raise from x', 'assert', 'x = *a',
    'print(*)', '@\ndef f(): pass', 'if True:\n    pass\n  else:\n    pass', 'except: pass', 'finally: pass', 'elif x: pass',
    'a = 1; ; b = 2', 'x = [)]', 'x = {]', 'try:\n  pass\nexcept E, F:\n  pass', 'x = 1 2', 'def f():\n  yield = 1',
]:
    check(src)
