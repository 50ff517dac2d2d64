# Deeply nested source: CPython's parser refuses more than 200 nested
# brackets ("too many nested parentheses") and raises RecursionError or
# MemoryError for other deep nesting; the interpreter must survive all.
def attempt(label, src, mode='eval'):
    try:
        compile(src, '<deep>', mode)
        print(label, 'ok')
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg)
    except (RecursionError, MemoryError) as e:
        print(label, type(e).__name__)

for n in (50, 199, 200, 201, 1000, 100000):
    attempt('paren %d' % n, '(' * n + ')' * n)
    attempt('list %d' % n, '[' * n + ']' * n)
    attempt('brace %d' % n, '{' * n + '}' * n)
for n in (50, 100000):
    attempt('unary %d' % n, '-' * n + '1')
    attempt('not %d' % n, 'not ' * n + 'x')
    attempt('add %d' % n, '1' + '+1' * n)
    if n < 1000:  # deep ** chains: see deep_power_source.py
        attempt('pow %d' % n, '2' + '**2' * n)
    attempt('attr %d' % n, 'x' + '.a' * n)
    attempt('call %d' % n, 'f' + '()' * n)
    attempt('index %d' % n, 'x' + '[0]' * n)
    attempt('lambda %d' % n, 'lambda: ' * n + '1')
    attempt('await %d' % n, 'await ' * n + 'x')
    attempt('ifexp %d' % n, '1 if x else ' * n + '1')
    attempt('cmp %d' % n, '1' + '<1' * n)
    attempt('and %d' % n, 'x' + ' and x' * n)
    attempt('fstr %d' % n, 'f"{' * min(n, 300) + '1' + '}"' * min(n, 300))
for n in (50, 100, 1000):
    attempt('if %d' % n, ''.join(' ' * i + 'if x:\n' for i in range(n)) + ' ' * n + 'pass\n', 'exec')
    attempt('def %d' % n, ''.join(' ' * i + 'def f():\n' for i in range(n)) + ' ' * n + 'pass\n', 'exec')
print('alive', eval('(((1)))'))
