def f():
    return 1 / 0
try:
    f()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    {}['x']
except KeyError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    1 + 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError('custom')
except Exception as e:
    print(type(e).__name__, e)
class MyErr(Exception):
    pass
try:
    raise MyErr
except MyErr as e:
    print(type(e).__name__, repr(e))
try:
    assert 1 == 2, 'assertion message'
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e))
try:
    int('x')
except ValueError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    raise StopIteration
try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise TypeError('b')
except TypeError as e:
    print(type(e.__context__).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
