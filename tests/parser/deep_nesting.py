print(eval('(' * 150 + '1' + ')' * 150))
print(eval('[' * 100 + ']' * 100))
try:
    compile('(' * 201 + ')' * 201, 'x', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.offset)
src = 'x = 1\n'
for i in range(50):
    src = 'if True:\n' + ''.join('    ' + l + '\n' for l in src.splitlines())
exec(src)
print(x)
try:
    s = ''
    for i in range(101):
        s += ' ' * i + 'if x:\n'
    compile(s + ' ' * 101 + 'pass\n', 'x', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
print(eval('-' * 500 + '1'))
print(eval('not ' * 300 + 'True'))
print(eval('1' + ' + 1' * 900))
