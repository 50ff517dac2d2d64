def g():
    yield 1
    yield 2
    return 'done'
it = g()
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value)
print(list(g()))
def echo():
    received = yield 'first'
    while True:
        received = yield 'got ' + str(received)
e = echo()
print(next(e), e.send(1), e.send('x'))
def deleg():
    r = yield from g()
    yield 'sub returned ' + r
print(list(deleg()))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b
print(list(fib(10)))
print(g.__code__.co_flags & 0x20 != 0, fib.__code__.co_flags & 0x20 != 0)
def gen_try():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
gt = gen_try()
print(next(gt))
gt.close()
def gen_exc():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + str(e)
ge = gen_exc()
next(ge)
print(ge.throw(ValueError('boom')))
def empty():
    return
    yield
print(list(empty()))
sq = (x * x for x in range(5) if x % 2)
print(list(sq), list(sq))
def yf_list():
    yield from [1, 2]
    yield from 'ab'
print(list(yf_list()))
def lam():
    return (lambda: (yield 5))
print(list(lam()()))
