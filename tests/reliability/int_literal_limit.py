# A decimal int literal past the int/str digit limit is a SyntaxError at
# compile time (the ValueError's message plus a hint), with CPython's
# location and text; other literal forms are exempt.
import sys, os, shutil, tempfile

def short(t):
    if t is None or len(t) < 50:
        return repr(t)
    return repr(t[:12] + '...' + t[-12:]) + ' len %d' % len(t)

def show(label, src, mode='exec', fn='<string>'):
    try:
        compile(src, fn, mode)
        print(label, 'compiled')
    except SyntaxError as e:
        print(label, type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, short(e.text))
        print('   ', e.msg)
    except Exception as e:
        print(label, 'other', type(e).__name__, e)

N = '1' * 5000
show('eval', N, 'eval')
show('eval nl', N + '\n', 'eval')
show('exec', N)
show('exec nl', N + '\n')
show('single', N, 'single')
show('line 2', 'x = 1\ny = ' + N + '\n')
show('in call', 'f(a, ' + N + ', b)\n')
show('in def', 'def f():\n    return ' + N + '\n')
show('bracket', 'x = (1 +\n  ' + N + ')\n')
show('negative', '-' + N, 'eval')
show('4300 digits', '1' * 4300, 'eval')
show('4301 digits', '1' * 4301, 'eval')
show('underscores', '1_' * 4300 + '1', 'eval')
show('two of them', N + ' + ' + N, 'eval')
show('then error', N + ' +', 'eval')
show('then bad char', N + ' $', 'eval')
show('f-string', 'f"{' + N + '}"', 'eval')
show('no such file', 'x = ' + N + '\n', fn='nosuchfile.py')
# exempt: zeros, floats, imaginary, power-of-two bases
show('zeros', '0' * 5000, 'eval')
show('float', N + '.0', 'eval')
show('exponent', N + 'e1', 'eval')
show('imaginary', N + 'j', 'eval')
show('hex', '0x' + 'f' * 5000, 'eval')
show('octal', '0o' + '7' * 5000, 'eval')
show('binary', '0b' + '1' * 5000, 'eval')
print(eval('0' * 5000), eval('0x' + 'f' * 5000).bit_length())

sys.set_int_max_str_digits(0)
show('unlimited', N, 'eval')
print(eval(N) % 1000)
sys.set_int_max_str_digits(1000)
show('limit 1000', '1' * 1001, 'eval')
show('limit 1000 ok', '1' * 1000, 'eval')
sys.set_int_max_str_digits(4300)

for how, f in [('eval', lambda: eval(N)), ('exec', lambda: exec('x = ' + N))]:
    try:
        f()
    except SyntaxError as e:
        print(how, 'raised', type(e).__name__, e.lineno, e.offset, e.end_offset)

# from a file: the text CPython shows is what it reads back from the file
d = tempfile.mkdtemp()
sys.path.insert(0, d)
sources = {
    'lit_a': 'print("hi")\nx = ' + N + '\nprint(2)\n',
    'lit_b': 'x = ' + N,
    'lit_c': 'def f():\n    return ' + '1' * 4301 + ' + 1\n',
    'lit_d': 'x = 1\ny = "' + 'a' * 10 + '" + ' + '2' * 4400 + '\n',
    'lit_e': 'ok = 0x' + 'f' * 5000 + '\nz = 0' + '0' * 5000 + '\n',
}
for name, src in sources.items():
    path = os.path.join(d, name + '.py')
    with open(path, 'w') as f:
        f.write(src)
    try:
        m = __import__(name)
        print(name, 'imported', m.ok.bit_length(), m.z)
    except SyntaxError as e:
        print(name, type(e).__name__, os.path.basename(e.filename), e.lineno, e.offset, e.end_offset, short(e.text))
    os.remove(path)
sys.path.remove(d)
sys.modules.pop('lit_e', None)
shutil.rmtree(d)
