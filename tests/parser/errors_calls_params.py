def check(src):
    try:
        compile(src, 'x.py', 'exec')
        print('OK', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
for src in [
    'f(a=1, b)', 'f(**k, b)', 'f(**k, *a)', 'f(a=1, **k, *c)', 'f(x for x in y, 1)', 'f(1, x for x in y)', 'f(a.b=1)',
    'f(True=1)', 'f(a for a in b for c)', 'class A(x for x in y): pass', 'def f(a=1, b): pass', 'def f(a=1, /, b): pass',
    'def f(*): pass', 'def f(*, **k): pass', 'def f(**k, a): pass', 'def f(*a=1): pass', 'def f(**k=1): pass',
    'def f(*a, *b): pass', 'def f(a, /, b, /): pass', 'def f(*, a, /): pass', 'def f(/): pass', 'def f(:', 'def f() pass',
    'def f(a, a): pass', 'lambda a=1, b: 0', 'lambda *: 0', 'def f(a=): pass', 'f(a b)', 'print(a b)', 'f(1 2, 3)',
    'f(a=1, a=2)', 'lambda x 1', 'f(,)', 'f(*)', 'f(**)',
]:
    check(src)
