def g():
    x = yield 1
    print("received", x)
    y = yield 2
    print("received", y)
    return "done"
it = g()
print(next(it))
print(it.send("a"))
try:
    it.send("b")
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(it)
except StopIteration as e:
    print("again", e.value)
it = g()
try:
    it.send(1)
except TypeError as e:
    print(type(e).__name__, e)
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
print(sum(x * x for x in range(10)))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer()
print(next(c))
c.close()
print("closed")
c.close()
def ignorer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignorer()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
t = thrower()
next(t)
t.throw(ValueError("v1"))
t.throw(ValueError("v2"))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def stopper():
    yield 1
    raise StopIteration("x")
try:
    list(stopper())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
gen = countdown(2)
print(gen.gi_running, gen.gi_suspended, gen.gi_frame is not None)
next(gen)
print(gen.gi_suspended, gen.gi_frame.f_lineno)
list(gen)
print(gen.gi_frame, gen.gi_suspended)
print(gen.__name__, gen.__qualname__, gen.gi_code.co_name)
class K:
    def meth(self):
        yield 1
print(K().meth().__qualname__)
print(repr(countdown(1)).startswith("<generator object countdown at 0x"))
def fin():
    try:
        yield 1
    finally:
        print("finalized")
f = fin()
next(f)
del f
print("after del")
def empty():
    return
    yield
print(list(empty()))
def gen_with_return():
    yield 1
    return 42
def delegator():
    r = yield from gen_with_return()
    print("delegate got", r)
    yield r
print(list(delegator()))
import sys
def exc_in_gen():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exception()
    yield sys.exception()
eg = exc_in_gen()
print(repr(next(eg)))
print(repr(next(eg)))
