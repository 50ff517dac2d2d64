import sys
PATH = "/tmp/_krait_vm_tb_generators.py"
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
def inner():
    yield 1
    raise ValueError('from inner')
def outer():
    yield from inner()
for v in outer():
    pass
""")
show("""\
def g():
    yield 1
it = g()
next(it)
it.throw(KeyError('thrown'))
""")
show("""\
def g():
    try:
        yield 1
    except KeyError:
        raise TypeError('converted')
it = g()
next(it)
it.throw(KeyError('k'))
""")
show("""\
def g():
    return (yield 1)
it = g()
next(it)
it.send(5)
""")
show("""\
def stop():
    yield 1
    raise StopIteration
list(stop())
""")
show("""\
gen = (1 // x for x in [1, 0])
list(gen)
""")
show("""\
def g():
    yield me.send(None)
me = g()
next(me)
""")
