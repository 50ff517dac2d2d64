def check(src):
    try:
        compile(src, 'x.py', 'exec')
        print('OK', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
for src in [
    'f"{x"', 'f"{x!}"', 'f"{x!z}"', 'f"{}"', 'f"}"', 'f"{x}}"', 'f"{"', 'f"{x:"', 'f"{lambda x:1}"', 'f"{x!r=}"',
    'f"a\nb"', 'f"abc', "f'''abc", "f'{x#}'", 'f"{x\n', "f'''{x", "f'{x\\n}'", 'f"{a b}"', 'f"{!r}"', 'f"{:x}"',
    'f"{x!rr}"', 'f"{x!r }"', 'f"{x y z}"', 'f"{)}"', 'f"{x)}"', 'f"{=}"',
]:
    check(src)
