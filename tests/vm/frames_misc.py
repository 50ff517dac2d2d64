def f(*a, **k): return len(a), len(k)
print(f(*range(1000)), f(**{str(i): i for i in range(300)}))
class C:
    def m(self, *a, **k): return len(a), len(k)
c = C()
bm = c.m
print(bm(*range(40), **{"k%d" % i: i for i in range(30)}))
import sys
fr = sys._getframe()
fr.clear() if False else None
def g():
    yield sys._getframe()
gen = g()
gf = next(gen)
try:
    gf.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
del gen
print(gf.f_code.co_name, gf.f_lineno)
def h():
    x = 1
    return sys._getframe()
hf = h()
hf.clear()
print(hf.f_locals)
e = None
try:
    1/0
except ZeroDivisionError as ex:
    e = ex
tb = e.__traceback__
print(type(tb).__name__, tb.tb_lineno, tb.tb_lasti >= 0, tb.tb_next)
tb2 = type(tb)(None, tb.tb_frame, 0, 7)
print(tb2.tb_lineno)
try:
    tb.tb_next = tb
except ValueError as err:
    print(type(err).__name__, err)
def many_locals():
    a0=a1=a2=a3=a4=a5=a6=a7=a8=a9=1
    return sum([a0,a1,a2,a3,a4,a5,a6,a7,a8,a9])
print(many_locals())
print((lambda: (yield))().send(None))
