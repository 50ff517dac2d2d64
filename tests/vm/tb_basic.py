# uncaught-exception display: run code from a file with a fixed path and
# print through sys.excepthook (the outer frame of this script is dropped)
import sys
PATH = "/tmp/_krait_vm_tb_basic.py"
def show(src):
    with open(PATH, "w") as f:
        f.write(src)
    try:
        exec(compile(src, PATH, "exec"), {"__name__": "__main__"})
    except BaseException as e:
        e.__traceback__ = e.__traceback__.tb_next
        sys.excepthook(type(e), e, e.__traceback__)
    sys.stderr.write("----\n")
show("1/0\n")
show("x = 1\ny = 0\nz = x / y\n")
show("def f(a, b):\n    return a[2] + b\nf([1], 2)\n")
show("d = {}\nprint(d['key'])\n")
show("def f():\n    raise ValueError('bad value')\ndef g():\n    f()\ng()\n")
show("raise KeyError('k')\n")
show("raise ValueError()\n")
show("raise ValueError\n")
show("class MyError(Exception):\n    pass\nraise MyError('mine')\n")
show("x = None\nx.attr\n")
show("x = (1 +\n  'a')\n")
show("def f(n):\n    return f(n + 1)\nf(0)\n")
show("l = [1, 2]\nl[5]\n")
show("a = 1\nb = 'x'\nc = a    +    b\n")
show("a = 1\nb = 0\nx = (a) // b\n")
show("a = {}\nx = a [ 'k' ] \n")
show("def f(x):\n    return x\nf(1, 2)\n")
show("int('abc')\n")
show("    \nimport sys\nsys.exit_nope()\n")
show("e = ValueError('with note')\ne.add_note('note one')\ne.add_note('note two')\nraise e\n")
show("raise SystemError('')\n")
show("def g():\n    yield 1\n    raise TypeError('in gen')\nlist(g())\n")
show("x = [1, 2, 3]\ny = x[1:2] + 5\n")
show("def f():\n    return 1 + \\\n        'a'\nf()\n")
