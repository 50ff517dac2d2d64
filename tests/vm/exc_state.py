import sys
def show(tag):
    print(tag, repr(sys.exception()))
def gen():
    show("gen start")
    try:
        raise KeyError("in gen")
    except KeyError:
        show("gen handler")
        yield 1
        show("gen handler resumed")
    show("gen after")
    yield 2
g = gen()
next(g)
show("caller after first yield")
try:
    raise ValueError("caller")
except ValueError:
    next(g)
    show("caller handler")
try:
    next(g)
except StopIteration:
    pass
show("end")
def reraiser():
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise ValueError("v")
        except ValueError:
            pass
        raise
try:
    reraiser()
except TypeError as e:
    print("reraised", repr(e), repr(e.__context__))
def ctx_from_caller():
    yield
    raise IndexError("gen error")
cg = ctx_from_caller()
next(cg)
try:
    try:
        raise KeyError("outer")
    except KeyError:
        next(cg)
except IndexError as e:
    print(repr(e), repr(e.__context__))
def handler_depth():
    try:
        try:
            raise KeyError(1)
        finally:
            show("in finally")
    except KeyError:
        show("in except")
    show("after")
handler_depth()
