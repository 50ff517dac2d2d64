# SyntaxError and IndentationError: type, message and position (lineno,
# offset, end_lineno, end_offset) for many kinds of bad source
cases = [
 "x = (1, 2", "x = [1, 2", "x = {1: 2", "f(", "x = )", "x = ]", "1 +", "if x\n  pass", "if x:\npass",
 "def f():\nreturn 1", "  x = 1", "x = 1\n  y = 2", "if x:\n    a\n  b", "for x in y:\n", "class A\n  pass",
 "x = 1 +* 2", "x ==== 1", "a b", "print 'hi'", "x = 'abc", 'x = """abc', "x = 0b102", "x = 0o8", "x = 1_", "x = 1__0",
 "x = 09", "x = 1e", "x = 0x", "def f(a, a): pass", "def f(a=1, b): pass", "f(a=1, 2)", "f(**a, *b)", "f(a for a in b, c)",
 "return 1", "yield 1", "break", "continue", "x += 1 = 2", "1 = x", "f() = 1", "del f()", "(a, b) += 1", "x = yield = 1",
 "lambda: (yield)", "a, *b, *c = d", "*a = b", "nonlocal x", "def f():\n    global x\n    x = 1\n    global x",
 "def f(x):\n    global x", "[*a for a in b]",
 "await x", "async def f():\n    yield from x", "def f():\n    x = 1\n    nonlocal x", "try:\n    pass", "try:\n    pass\nfinally\n    pass",
 "else:\n    pass", "elif x:\n    pass", "with a as 1: pass", "import", "from x import", "from x import (a, b", "from . import *",
 "def f():\n    from x import *", "x = 1 if 2", "x = 1 if 2 else", "f'{'", "f'{}'", "f'{x!z}'", "f'}'", "b'\\xff' 'a'",
 "'a' b'b'", "x = \\", "x = 1 \\ 2", "\x00", "x = '\x00'", "é = 1", "x = $", "x = `1`", "x = 1;;", "if True:\n\tx = 1\n        y = 2",
 "match x:\n    case 1 + 1:\n        pass", "match x:\n    case a | b:\n        pass", "match x:\n    case _:\n        pass\n    case 1:\n        pass",
 "match x:\n    case {**a, **b}:\n        pass", "x: int = 1 = 2", "(x): int", "x.y: int", "[x]: int", "def f(*): pass", "def f(*, **k): pass",
 "def f(**k, a): pass", "def f(a, /, b, /): pass", "x = not", "assert", "raise from x",
 "try:\n    pass\nexcept* :\n    pass", "try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
 "(x for x in y) = 1", "{1: 2} = 3", "... = 1", "None = 1", "True = 2", "__debug__ = 1", "def f(None): pass", "x.None = 1",
 "for 1 in x: pass", "with x as (a, 1): pass", "a = 1 +\n", "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((x" ,
 "def f():\n\tif x:\n        pass", "if x:\n    pass\n  else:\n    pass", "x = [i for i in range(3) if]", "print(end='' sep='')", "x = 1 if else 2",
 "f(x=1, x=2)", "f(x for x in y)", "class A(x for x in y): pass", "x = [1, 2 3]", "x = {1 2}", "x = (1 2)",
 "def f(): pass\n  x", "global x\nx = 1\nglobal x", "'\\N{foo}'", "'\\x1'", "b'é'", "u'a' f'b'", "rb'\\x'", "0 if 1 else 2 = 3", "x = 1e5j5",
 "import a.b as", "import a as b.c", "from .a import b as", "x = a if b else c if", "@\ndef f(): pass", "@x\nclass", "async x = 1", "async with x: pass",
 "async for x in y: pass", "def f():\n    async with x: pass", "del x, 1", "del (x + 1)", "del *x", "print(*)", "print(**)",
]
import sys
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src)[:50], "OK")
    except SyntaxError as e:
        print(repr(src)[:50], type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        print(repr(src)[:50], "OTHER", type(e).__name__, e)
