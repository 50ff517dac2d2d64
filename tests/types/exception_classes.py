class AppError(Exception):
    def __init__(self, code, msg='app error'):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f'[{self.code}] {self.msg}'
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(404, f'{what} not found')
        self.what = what
try:
    raise NotFound('page')
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, e.what, repr(e), isinstance(e, Exception))
class Plain(Exception): pass
print(repr(Plain()), repr(Plain(1, 2)), str(Plain('x')), Plain.__mro__)
class WithRepr(ValueError):
    def __repr__(self): return 'WithRepr!'
print(repr(WithRepr()), str(WithRepr('s')))
try:
    try:
        raise KeyError('k')
    except KeyError as e:
        raise AppError(1) from e
except AppError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
class Slotted(Exception):
    __slots__ = ('extra',)
s = Slotted('m')
s.extra = 5
print(s.extra, s.args, hasattr(s, '__dict__'))
class Attr(Exception):
    pass
a = Attr()
a.note = 'n'
print(a.note, a.__dict__)
class KI(KeyboardInterrupt): pass
try:
    raise KI
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
class MultiBase(LookupError, ArithmeticError): pass
try:
    class Conflict(KeyError, OSError): pass
except TypeError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in MultiBase.__mro__])
try:
    raise MultiBase('mb')
except ArithmeticError as e:
    print('caught as ArithmeticError', e)
class StopI(StopIteration): pass
def gen():
    yield 1
    raise StopI
try:
    print(list(gen()))
except RuntimeError as e:
    print(type(e).__name__, e)
class E2(Exception):
    def __init__(self):
        pass
print(repr(E2()), E2().args)
class E3(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        o.made = True
        return o
print(E3(1).made, E3(1).args)
