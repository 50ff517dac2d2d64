# 'single' mode (the interactive prompt) takes exactly one statement
def check(src, mode='single'):
    try:
        compile(src, 'x', mode)
        print('OK', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
for src in ['a=1\nb=2', 'a=1\n\n', 'if x:\n  pass\nb=2', 'a=1;b=2', 'x = 1', 'if 1:\n  pass\n',
            '1 +\n', 'def f():\n  return 1\n', 'for x in y:\n    pass\n  z', 'class A:\n  pass\nx']:
    check(src)
# unexpected unindent and related end-of-block errors
for src in ['def f():\n    x = 1\n  ', 'if x:\n    pass\n  else:\n    pass', 'try:\n    pass\n  except:\n    pass']:
    check(src, 'exec')
