e = SyntaxError('invalid syntax', ('x.py', 1, 5, 'a b c\n', 1, 6))
print(str(e), repr(e.args))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
print(str(SyntaxError('m', ('/a/b/c.py', 3, 1, 'x', 3, 2))))
print(str(SyntaxError('m', (None, 3, 1, 'x'))))
print(str(SyntaxError('m', ('f.py', None, 1, 'x'))))
print(str(SyntaxError('m', (None, None, None, None))))
print(str(SyntaxError()), SyntaxError().msg, str(SyntaxError('only msg')))
print(SyntaxError('m', ('f', 1, 2, 't')).end_lineno)
try:
    SyntaxError('m', ('f', 1))
except TypeError as x:
    print(type(x).__name__, x)
try:
    SyntaxError('m', ('f', 1, 2, 3, 4))
except TypeError as x:
    print(type(x).__name__, x)
try:
    SyntaxError('m', 5)
except TypeError as x:
    print(type(x).__name__, x)
print(str(IndentationError('bad indent', ('i.py', 2, 1, ' x', 2, 2))))
print(TabError.__mro__[1].__name__, str(TabError('tabs')))
try:
    compile('1 +* 2', 'comp.py', 'eval')
except SyntaxError as x:
    print(type(x).__name__, x.filename, x.lineno)
try:
    exec('def f(:\n pass')
except SyntaxError as x:
    print(type(x).__name__, x.filename, x.lineno)
try:
    exec('if 1:\nprint(2)')
except IndentationError as x:
    print(type(x).__name__, x.msg, x.lineno)
e = SyntaxError('a', ('f', 1, 2, 't', 3, 4))
e.lineno = 10
print(str(e))
