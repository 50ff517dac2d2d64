for args in [(), ('x',), (1,), ('a', 'b'), (1, 2, 3), ([1],), (None,)]:
    e = Exception(*args)
    print(repr(str(e)), repr(e), e.args)
print(repr(ValueError('it\'s')), str(TypeError('t')), repr(BaseException()))
e = ValueError(1, 2)
e.args = [3]
print(e.args, str(e), repr(e))
e.args = 'ab'
print(e.args)
try:
    del e.args
except TypeError as x:
    print(type(x).__name__, x)
try:
    ValueError(x=1)
except TypeError as x:
    print(type(x).__name__, x)
try:
    BaseException(a=1)
except TypeError as x:
    print(type(x).__name__, x)
e = Exception('m')
e.custom = 5
print(e.custom, e.__dict__)
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
print(hasattr(e, '__notes__'))
print(type(e.__reduce__()[0]).__name__, e.__reduce__()[1])
e2 = Exception(1)
e2.attr = 'v'
print(e2.__reduce__()[2])
print(BaseException.__new__(ValueError).args)
print(Exception.__str__(KeyError('k')), KeyError.__str__(KeyError('k')))
class MyErr(Exception):
    pass
print(repr(MyErr('q')), str(MyErr()), MyErr.__mro__[1].__name__)
def local():
    class Inner(ValueError):
        pass
    return Inner
print(repr(local()('z')))
print(isinstance(ValueError(), Exception), isinstance(KeyboardInterrupt(), Exception))
print(ValueError('a') == ValueError('a'))
e = Exception()
print(e.with_traceback(None) is e)
try:
    e.with_traceback(5)
except TypeError as x:
    print(type(x).__name__, x)
try:
    e.__context__ = 5
except TypeError as x:
    print(type(x).__name__, x)
try:
    e.__cause__ = 'x'
except TypeError as x:
    print(type(x).__name__, x)
e.__cause__ = None
print(e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
