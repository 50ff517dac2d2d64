import sys
PATH = "/tmp/_krait_vm_tb_special.py"
def show(src):
    with open(PATH, "w") as f:
        f.write(src)
    try:
        exec(compile(src, PATH, "exec"), {"__name__": "__main__"})
    except BaseException as e:
        if e.__traceback__ is not None:
            e.__traceback__ = e.__traceback__.tb_next
        sys.excepthook(type(e), e, e.__traceback__)
    sys.stderr.write("----\n")
show("x = = 1\n")
show("def f(:\n    pass\n")
show("if True:\nprint(1)\n")
show("x = (1,\n     2\n")
show("abc = 1\nprint(abd)\n")
show("print(sys.argv)\n")
show("class A:\n    foo = 1\nA().fop\n")
show("class B:\n    def __init__(self):\n        self.value = 1\n    def get(self):\n        return value\nB().get()\n")
show("def r(n):\n    if n == 0:\n        raise ValueError('bottom')\n    return r(n - 1)\nr(5)\n")
show("def deep(n):\n    return deep(n + 1)\ndeep(0)\n")
show("def a(n):\n    return b(n)\ndef b(n):\n    return a(n)\na(0)\n")
show("raise KeyboardInterrupt\n")
show("raise SystemExit('bye')\n") if False else None
show("def f():\n    x = 1\n    return xx\nf()\n")
show("lengthy_variable_name = 1\nlengthy_variabel_name\n")
