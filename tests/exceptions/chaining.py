try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise TypeError('outer')
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError('inner')
    except ValueError as v:
        raise TypeError('outer') from v
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise TypeError('outer') from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise KeyError('k') from ValueError('cause')
except KeyError as e:
    print(repr(e.__cause__), e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}['x']
except KeyError as e:
    print(type(e.__context__).__name__, e.__context__)
# no self-cycle
try:
    try:
        raise ValueError('same')
    except ValueError as v:
        raise v
except ValueError as e:
    print(e.__context__)
# context cycle broken
a = ValueError('a')
b = TypeError('b')
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as e:
    print(repr(e.__context__), repr(b.__context__))
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
def f():
    try:
        raise ValueError('in f')
    finally:
        pass
try:
    f()
except ValueError as e:
    print(e)
