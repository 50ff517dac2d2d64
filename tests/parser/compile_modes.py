print(eval('1 + 2'))
print(eval('  3 * 4'))
print(eval('\n5\n'))
code = compile('a = 5\nb = a * 2', 'm.py', 'exec')
ns = {}
exec(code, ns)
print(ns['a'], ns['b'])
print(eval(compile('[1, 2][1]', 'e', 'eval')))
exec('def f():\n    return 42\nprint(f())')
exec('if 1:\n    print("indented block")\n')
exec('x = 1\r\ny = 2\r\nprint(x + y)\r\n')
exec('x = 3\rprint(x)')
for src in ['1 +', 'x = ', 'lambda']:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile('a\x00b', 'n', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile(b'\xff', 'n', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(compile(b'x = 1\n', 'b', 'exec').co_filename)
