import sys
PATH = "/tmp/_krait_vm_tb_chain.py"
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
try:
    1/0
except ZeroDivisionError:
    raise ValueError('during')
""")
show("""\
def inner():
    raise KeyError('root')
try:
    inner()
except KeyError as e:
    raise RuntimeError('wrapped') from e
""")
show("""\
try:
    raise KeyError('hidden')
except KeyError:
    raise ValueError('shown') from None
""")
show("""\
try:
    try:
        raise TypeError('a')
    except TypeError:
        raise ValueError('b')
except ValueError:
    raise KeyError('c')
""")
show("""\
def f():
    try:
        raise ValueError('in f')
    finally:
        print('finally in f')
f()
""")
show("""\
try:
    raise ValueError('x')
except ValueError as e:
    e.__cause__ = TypeError('manual cause')
    raise
""")
show("""\
def gen():
    yield 1
    raise StopIteration('inside')
list(gen())
""")
show("""\
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError('exit error')
with CM():
    raise ValueError('body error')
""")
show("""\
a = ValueError('a')
b = KeyError('b')
a.__context__ = b
b.__context__ = a
raise a
""")
