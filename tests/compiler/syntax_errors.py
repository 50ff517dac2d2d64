tests = [
    "def f(x):\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "yield 1\n",
    "return 1\n",
    "break\n",
    "continue\n",
    "def f(a, a): pass\n",
    "def f(a, *, a): pass\n",
    "lambda a, a: 1\n",
    "class C:\n    return 1\n",
    "def f():\n    class C:\n        yield\n",
    "[(yield) for x in y]\n",
    "f(a=1, a=2)\n",
    "def f():\n    from os import *\n",
    "x: int\nglobal x\n",
    "def f():\n    x: int\n    global x\n",
    "a, *b, *c = d\n",
    "*a = b\n",
    "del *a\n",
    "for i in range(3):\n    def f():\n        break\n",
    "while 1:\n    class C:\n        continue\n",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "def f():\n    x = 1\n    nonlocal x\n",
    "[i := 0 for i in range(3)]\n",
    "class C:\n    [y := 0 for x in range(3)]\n",
    "__debug__ = 1\n",
    "from __future__ import braces\n",
    "from __future__ import nosuch\n",
    "def f(x):\n    def g():\n        nonlocal x\n        global x\n",
    "f(**x, *y)\n",
    "await x\n",
    "def f():\n    global x\n    nonlocal x\n",
]
for src in tests:
    try:
        compile(src, '<test>', 'exec')
        print('compiled OK:', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
