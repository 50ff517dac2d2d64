import gc
log = []
def g(name):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally " + name)
a = g("a")
next(a)
del a
print(log)
b = g("b")
print(list(b), log)
c = g("c")
del c
print(log)
def cyc():
    me = yield
    try:
        yield 1
    finally:
        log.append("cycle finally")
x = cyc()
next(x)
x.send(x)
del x
gc.collect()
print(log)
def nested_close():
    try:
        yield from g("inner")
    finally:
        log.append("outer finally")
n = nested_close()
next(n)
n.close()
print(log)
def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        log.append("saw GeneratorExit")
        raise
ce = catch_exit()
next(ce)
ce.close()
print(log[-1])
def return_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
rc = return_on_close()
next(rc)
print(rc.close())
def raise_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("other")
ro = raise_other()
next(ro)
try:
    ro.close()
except ValueError as e:
    print(type(e).__name__, e)
def fresh():
    log.append("fresh started")
    yield
f = fresh()
f.close()
print("fresh started" in log, f.gi_frame)
try:
    next(f)
except StopIteration:
    print("closed generator is exhausted")
def throw_fresh():
    yield 1
tf = throw_fresh()
try:
    tf.throw(KeyError("fresh"))
except KeyError as e:
    print("fresh throw", e)
print(tf.gi_frame)
def infinite():
    i = 0
    while True:
        yield i
        i += 1
inf = infinite()
print([next(inf) for _ in range(5)])
inf.close()
print(list(inf))
gens = [g(str(i)) for i in range(3)]
for gg in gens:
    next(gg)
del gens, gg
print(sorted(log[-3:]))
