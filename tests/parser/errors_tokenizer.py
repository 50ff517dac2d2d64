def check(src):
    try:
        compile(src, 'x.py', 'exec')
        print('OK', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
for src in [
    'x = "abc', 'x = """abc\n\n', "'''abc", 'x = (1,\n2', 'x = (1]', 'x = )', '(\n1,\n2]',
    '1abc', '012', '0b2', '0o8', '0x', '1_', '1__0', '1e', '1.e5x', '0xFFj', '1.__class__',
    'x = 1 €', 'x = \x01', 'x = \xa0', 'a $ b', 'a ? b', '`a`', 'x = \\ y', 'x = 1 \\', '\\',
    "b'é'", "b'abc", 'rb"x\\"', 'x = "abc\ny', '(' * 201 + ')' * 201, 'x = (1,', 'y\nx = (1,',
    '$', 'if x:\n  y = "abc', 'x = 1 ¤', 'x = 1\n\\',
]:
    check(src)
