import sys
def show(src):
    try:
        exec(compile(src, "<tb>", "exec"), {"__name__": "__main__"})
    except BaseException as e:
        tb = e.__traceback__.tb_next
        out = []
        while tb:
            out.append('%s:%d' % (tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(type(e).__name__, e, out)
show("x = None\nx.attr.other\n")
show("d = {}\nd['a']['b']\n")
show("def f(a):\n    return a.missing()\nf(1)\n")
show("xs = [1, 0]\n[1 / v for v in xs]\n")
show("xs = [1, 0]\nlist(1 / v for v in xs)\n")
show("f = lambda: 1 / 0\nf()\n")
show("class C:\n    x = 1 / 0\n")
show("def deco(f):\n    raise ValueError('deco')\n@deco\ndef g():\n    pass\n")
show("class CM:\n    def __enter__(self): return self\n    def __exit__(self, *a): raise KeyError('exit')\nwith CM():\n    pass\n")
show("assert 1 == 2, 'msg'\n")
show("def g():\n    yield 1\n    1 / 0\nfor _ in g():\n    pass\n")
show("x = (1,\n     2,\n     3 / 0)\n")
show("def f(*, k):\n    pass\nf(1)\n")
show("try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise ValueError('in handler')\n")
show("try:\n    1 / 0\nfinally:\n    pass\n")
show("import nosuchmod_zz\n")
show("from sys import nosuch_zz\n")
show("a = b = None\na.x = b.y\n")
show("for i in range(3):\n    if i == 2:\n        raise IndexError(i)\n")
show("while True:\n    try:\n        raise KeyError('w')\n    finally:\n        pass\n")
show("def f():\n    x = 1\n    del x\n    return x\nf()\n")
show("def f():\n    def g():\n        return v\n    g()\n    v = 1\nf()\n")
show("s = 'abc'\ns[10]\n")
show("x = [1][\n  5]\n")
show("with open('/nonexistent/zz') as f:\n    pass\n")
