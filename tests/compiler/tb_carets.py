import sys
PATH = "/tmp/_krait_compiler_tb_carets.py"
def show(src):
    with open(PATH, "w") as f:
        f.write(src)
    try:
        exec(compile(src, PATH, "exec"), {"__name__": "__main__"})
    except BaseException as e:
        e.__traceback__ = e.__traceback__.tb_next
        sys.excepthook(type(e), e, e.__traceback__)
    sys.stderr.write("----\n")
show("class A:\n    pass\na = A()\na.method(1, 2)\n")
show("d = {'k': None}\nd['k'].attr\n")
show("def f(x):\n    return x\nf(1)(2)\n")
show("xs = [0]\nprint([1 / x for x in xs])\n")
show("xs = [0]\nprint(sum(1 / x for x in xs))\n")
show("import math\nmath.sqrt('a')\n")
show("x = 1\ny = x.real.imag.nope\n")
show("x = {'a': [1]}\nx['a'][3]\n")
show("def outer():\n    def inner():\n        raise RuntimeError('deep')\n    inner()\nouter()\n")
show("a, b = 1\n")
show("len(5)\n")
show("s = 'x'\ns += 1\n")
show("l = []\nl.append(1, 2)\n")
show("x = 5\nx()\n")
show("o = object()\no.a = 1\n")
show("assert isinstance(3, str)\n")
show("t = (1, 2)\nt[0] = 5\n")
show("def f():\n    yield from g()\ndef g():\n    yield 1 / 0\nlist(f())\n")
