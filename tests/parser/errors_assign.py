def check(src):
    try:
        compile(src, 'x.py', 'exec')
        print('OK', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
for src in [
    '1 = x', 'f() = 1', 'a + b = 1', 'True = 1', 'None += 1', 'x = yield = 3', '(a, b) += 1', '[a, b]: int',
    '(a, b): int', 'f(): int', 'del f()', 'del a + b', 'del (a, f())', 'del *a', 'for 1 in x: pass', 'for f() in x: pass',
    'with a as 1: pass', '1 if 2 else 3 = 4', '(x := 1, y := 2) = 3', 'a := 1', '(a.b := 1)', 'a.b := 1', '[x for x in y] = 1',
    'x = 1 = 2', 'f() = a = 1', '"s" = 1', '... = 1', 'a < b = 1', 'not a = 1', '-a = 1', '{} = 1', '{1} = 1', 'lambda: 1 = 1',
    'a, 1 = x', '[a, f()] = x', '(yield) = 1', 'a.b, c[1], *d = x', 'x: int = 1 = 2', 'f"{x}" = 1', 'await x = 1',
]:
    check(src)
