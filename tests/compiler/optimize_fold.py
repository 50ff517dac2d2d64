def f():
    return 2 * 3 + 4
print(f.__code__.co_consts)
def g():
    return 'ab' * 3
print(g.__code__.co_consts)
def h():
    return (1, 2, (3, 4))
print(h.__code__.co_consts)
def big():
    return 2 ** 200
print(len(big.__code__.co_consts), big())
def neg():
    return -1, -2.5, not 1
print(neg.__code__.co_consts)
def contains(x):
    return x in [1, 2, 3]
print(contains.__code__.co_consts, contains(2))
def div0():
    return 1 / 0
print(div0.__code__.co_consts)
try:
    div0()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
def dbg():
    if __debug__:
        return 'debug'
    return 'nodebug'
print(dbg())
def sub():
    return 'abc'[1]
print(sub.__code__.co_consts)
def loop():
    t = 0
    for i in [1, 2, 3]:
        t += i
    return t
print(loop.__code__.co_consts, loop())
def s():
    return 'x' * 5000
print(len(s()), 'x' * 5000 in s.__code__.co_consts)
def zero_float():
    return 0, 0.0, -0.0, False
print(zero_float.__code__.co_consts, zero_float())
