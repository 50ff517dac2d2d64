src = ''
for i in range(25):
    src += '    ' * i + 'for x%d in range(1):\n' % i
src += '    ' * 25 + 'pass\n'
try:
    compile(src, '<deep>', 'exec')
    print('compiled')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
src = ''
for i in range(19):
    src += '    ' * i + 'while 0:\n'
src += '    ' * 19 + 'pass\n'
compile(src, '<ok>', 'exec')
print('19 ok')
many = '\n'.join('v%d = %d' % (i, i) for i in range(300))
ns = {}
exec(many, ns)
print(ns['v299'])
fn = 'def f():\n' + '\n'.join('    a%d = %d' % (i, i) for i in range(300)) + '\n    return a0 + a299\n'
exec(fn, ns)
print(ns['f'](), ns['f'].__code__.co_nlocals)
args = ', '.join('p%d' % i for i in range(100))
exec('def g(%s):\n    return p99\n' % args, ns)
print(ns['g'](*range(100)))
call = 'h(' + ', '.join(str(i) for i in range(300)) + ')'
ns['h'] = lambda *a: len(a)
print(eval(call, ns))
lit = '[' + ', '.join(str(i) for i in range(1000)) + ']'
print(len(eval(lit)))
d = '{' + ', '.join('%d: %d' % (i, i) for i in range(100)) + '}'
print(len(eval(d)))
