def check(src):
    try:
        compile(src, 'x.py', 'exec')
        print('OK', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
for src in [
    'if x:\npass', '  x', 'if x:\n    a\n  b', 'if 1:\n\tx\n        y', 'def f():\n    x = 1\n     y = 2',
    'if x:\n  y\n    z', '\tif x:\n\t\tpass\n    \tq', 'for x in y:\n', 'while x:\n\n', 'def f():\nreturn', 'class A:\nx = 1',
    'try:\nx', 'try:\n  pass\nexcept:\nx', 'try:\n  pass\nfinally:\nx', 'with a:\nx', 'if a:\n  pass\nelif b:\nx',
    'if a:\n  pass\nelse:\nx', 'for x in y:\n  pass\nelse:\nx', 'try:\n  pass\nexcept* E:\nx',
]:
    check(src)
