class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.swallow
with CM("a") as x:
    print("body", x)
with CM("b", swallow=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with CM("d") as d, CM("e") as e:
    print("two", d, e)
def ret():
    with CM("f"):
        return "returned"
print(ret())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class NoEnter:
    pass
class NoExit:
    def __enter__(self): return self
for obj in [NoEnter(), NoExit(), 42]:
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("never")
except RuntimeError as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("original")
except ValueError as e:
    print(repr(e), repr(e.__context__))
import sys
class Inspect:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exc during exit:", repr(sys.exception()))
        return True
with Inspect():
    raise IndexError("idx")
print(sys.exception())
class Gen:
    def __enter__(self): return 1
    def __exit__(self, *a): print("gen exit"); return False
def g():
    with Gen() as v:
        yield v
        yield v + 1
print(list(g()))
it = g()
next(it)
it.close()
print("nested with in try/finally")
def nested():
    try:
        with CM("n1"):
            with CM("n2", swallow=True):
                raise ValueError("inner")
            raise TypeError("outer")
    except TypeError as e:
        print("got", e)
    finally:
        print("finally")
nested()
