import sys
PATH = "/tmp/_krait_vm_tb_groups.py"
def show(src):
    with open(PATH, "w") as f:
        f.write(src)
    try:
        exec(compile(src, PATH, "exec"), {"__name__": "__main__"})
    except BaseException as e:
        e.__traceback__ = e.__traceback__.tb_next
        sys.excepthook(type(e), e, e.__traceback__)
    sys.stderr.write("----\n")
show("""\
def f():
    raise ValueError("inner v")
try:
    f()
except ValueError as e:
    v = e
try:
    raise KeyError("ctx")
except KeyError:
    eg = ExceptionGroup("nested", [TypeError("t"), ExceptionGroup("sub", [v, IndexError(3)])])
    eg.add_note("eg note")
    raise eg
""")
show("""\
raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
""")
show("""\
def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup("level %d" % n, [deep(n - 1)])
raise deep(12)
""")
show("""\
try:
    raise TypeError("cause")
except TypeError as c:
    raise ExceptionGroup("with cause", [KeyError("k")]) from c
""")
show("""\
inner = ValueError("chained inner")
inner.__context__ = KeyError("member context")
raise BaseExceptionGroup("base", [inner, KeyboardInterrupt()])
""")
