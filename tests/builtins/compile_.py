def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
c = compile('x = 1 + 2', 'file.py', 'exec')
print(type(c).__name__, c.co_filename)
ns = {}
exec(c, ns)
print(ns['x'])
e = compile('3 * 4', '<expr>', 'eval')
print(eval(e))
s = compile('5', '<s>', 'single')
print(type(s).__name__)
print(eval(compile(b'1 + 1', 'b.py', 'eval')))
t(lambda: compile('1', 'f', 'bad'))
t(lambda: compile())
t(lambda: compile('1'))
t(lambda: compile(1, 'f', 'exec'))
t(lambda: compile('x = ', 'f.py', 'exec'))
t(lambda: compile('1 +', 'f.py', 'eval'))
t(lambda: compile('x', 'f', 'exec', 0, 0, 0, 0, 0))
t(lambda: compile('a\0b', 'f', 'exec'))
try:
    compile('if x:\nprint(1)', 'g.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile('def f(:\n  pass', 'h.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
print(compile('pass', 'p', 'exec', dont_inherit=True).co_filename)
