def f(n):
    try:
        if n == 0:
            raise ValueError('zero')
        if n == 1:
            return 'one'
        return 'other'
    except ValueError as e:
        return 'caught ' + str(e)
    finally:
        print('finally', n)
print(f(0), f(1), f(2))
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('fin', i)
    return i
print(g())
try:
    try:
        raise ValueError('a')
    finally:
        print('cleanup')
except ValueError as e:
    print('outer', e)
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    e
except NameError as x:
    print(type(x).__name__, x)
import sys
try:
    raise KeyError('k')
except KeyError:
    print(repr(sys.exception()), sys.exc_info()[0].__name__)
print(sys.exception(), sys.exc_info())
def h():
    try:
        raise TypeError('t')
    except TypeError:
        raise
try:
    h()
except TypeError as x:
    print('reraised', x)
try:
    raise RuntimeError('r')
except (ValueError, RuntimeError) as x:
    print(type(x).__name__)
else:
    print('no')
try:
    pass
except Exception:
    print('no')
else:
    print('else branch')
