import sys
def f():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name
print(f())
def caller():
    return sys._getframe(1).f_code.co_name
def outer_fn():
    return caller()
print(outer_fn())
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
def locs(a, b=2):
    c = a + b
    return sys._getframe().f_locals
print(sorted(locs(1).items()))
def g():
    return sys._getframe()
fr = g()
print(fr.f_code.co_name, fr.f_lineno, fr.f_back is not None)
print(fr.f_globals is globals())
print(type(fr).__name__)
print(sys._getframe().f_code.co_name)
def tb_frames():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        return tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next
print(tb_frames())
def deeper():
    def inner():
        raise KeyError("k")
    try:
        inner()
    except KeyError as e:
        names = []
        tb = e.__traceback__
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return names
print(deeper())
def keep_frame():
    x = "kept"
    return sys._getframe()
kf = keep_frame()
print(kf.f_locals["x"], kf.f_lineno)
def gen():
    yield sys._getframe().f_code.co_name
print(next(gen()))
print(sys._getframe().f_back)
def lasti():
    return sys._getframe().f_lasti >= 0
print(lasti())
