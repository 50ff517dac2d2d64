def check(src):
    try:
        compile(src, 'x.py', 'exec')
        print('OK', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
for src in [
    "'\\N{foo}'", "'\\x1'", "'\\u12'", "'\\U1234'", "'\\U00110000'", "b'\\x1'", "b'\\xzz'", "'\\N'", "'\\N{'",
    "'abc' 'def", "'a' b'b'", "b'a' 'b'", "b'a' f'b'", "f'a' b'b'", "u'a' b'b'", "'\\777'", "rb'\\x1'", "r'\\N{x'",
]:
    check(src)
