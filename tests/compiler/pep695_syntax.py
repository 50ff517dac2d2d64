# PEP 695 syntax: what parses, and the SyntaxErrors (messages, positions)
cases = [
    # duplicates and scoping errors
    "def f[T, T](): pass",
    "def f[T, *T](): pass",
    "class C[T, **T]: pass",
    "type X[T, T] = int",
    "def f[T]():\n    nonlocal T",
    "def f[T]():\n    def g():\n        nonlocal T",
    "class C[T]:\n    def m(self):\n        nonlocal T",
    "def f():\n    nonlocal x",
    "def f():\n    nonlocal x, y",
    "def f():\n  global x\n  nonlocal x",
    # yield, await, walrus in the annotation scopes
    "def f[T: (yield)](): pass",
    "def f[T: (await x)](): pass",
    "def f[T: (y := 1)](): pass",
    "def f[T: (yield from x)](): pass",
    "type X = (yield)",
    "type X = (await x)",
    "type X = (y := 1)",
    "def f[T](x: (yield)): pass",
    "def f[T](x: (y := 3)): pass",
    "def f[T](x: (await y)): pass",
    "def f[T]() -> (yield): pass",
    "class C[T]((yield)): pass",
    "class C[T](x:=1): pass",
    "class C[T](y=(yield)): pass",
    "def f[T: [(yield) for x in y]](): pass",
    "def f[T: [(y:=1) for x in y]](): pass",
    "type X = [(y:=1) for x in y]",
    "def f[T](x: [(y:=1) for a in b]): pass",
    "def f[T: lambda: (yield)](): pass",
    "def f[T](a=(yield)): pass",
    "class A: [(y:=1) for x in z]",
    "class A:\n  X = int\n  type T = [X for _ in range(1)]",
    "class A:\n  def f[T](self, y: [X for _ in range(1)]): pass",
    "class A:\n  def f[T: {x for x in y}](self): pass",
    "class A:\n  type T = lambda: [X for _ in range(1)]",
    # annotations without the new syntax, with and without the future import
    "def f(x: (y:=1)): pass",
    "def f(x: (yield)): pass",
    "def g():\n def f(x: (yield)): pass",
    "from __future__ import annotations\ndef f(x: (y:=1)): pass",
    "from __future__ import annotations\ndef g():\n def f(x: (yield)): pass",
    "from __future__ import annotations\nx: (y:=1) = 3",
    "from __future__ import annotations\ndef g():\n def f[T](x: (y:=1)): pass",
    "from __future__ import annotations\ndef g():\n def f(x: [(y:=1) for a in b]): pass",
    # the grammar
    "def f[](): pass",
    "class C[]: pass",
    "type X[] = int",
    "def f[T=int](): pass",
    "def f[T: ](): pass",
    "def f[1](): pass",
    "def f[T U](): pass",
    "def f[T, , U](): pass",
    "def f[*](): pass",
    "def f[**](): pass",
    "def f[T]: pass",
    "def f[T](: pass",
    "def f[T: 1 +](): pass",
    "def f[T: print(a b)](): pass",
    "def f[*Ts: int](): pass",
    "def f[**P: int](): pass",
    "def f[*Ts: (int, str)](): pass",
    "def f[**P: (int, str)](): pass",
    "def f[T: int, *Ts: int](): pass",
    "class C[T=int]: pass",
    "class C[1]: pass",
    "class C[T U]: pass",
    "class C[T: ]: pass",
    "class C[T]",
    "class C[*Ts: int]: pass",
    "type X[1] = int",
    "type X[T] int",
    "type X = ",
    "type X = *a",
    "type X = a, b",
    "type X = yield",
    "type X = x := 1",
    "type X[*Ts: int] = int",
    "type X.y = int",
    "type 1 = int",
    "type X: int = 3",
    "type X[T]",
    "type X",
    "def f[T,](): pass",
    "class C[T, U,]: pass",
    "def f[T: int, U: (int, str), *Ts, **P](): pass",
    "type X[T: (int, str)] = T",
    "async def f[T](): await x",
    "x = 1; type X = int; y = 2",
    "if 1: type X = int",
    # `type` stays an ordinary name
    "type = 3",
    "type(X)",
    "type[int]",
    "type [int]",
    "print(type)",
    "type.x = 1",
    "type, x = 1, 2",
    "type match = int",
    "type type = int",
    "type _ = int",
    "match = type\ntype X = match",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("ok        ", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))

# a whole file: the error carries the line
import os, sys
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_pep695_bad_tmp.py')
with open(path, 'w') as f:
    f.write("x = 1\n\ndef f[T, T](): pass\n")
try:
    compile(open(path).read(), path, 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text))
os.remove(path)
