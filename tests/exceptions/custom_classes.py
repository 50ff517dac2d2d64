class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[0]}'
try:
    raise AppError(5, 'broken')
except AppError as e:
    print(str(e), repr(e), e.code, e.args)
class NoInit(ValueError):
    pass
e = NoInit('a', 'b')
print(e.args, str(e), repr(e))
class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, 'fixed')
        return self
print(WithNew(1, 2).args)
class Slots(Exception):
    __slots__ = ('x',)
s = Slots()
s.x = 3
print(s.x)
class Multi(KeyError, AttributeError):
    pass
m = Multi('k')
print(str(m), [c.__name__ for c in Multi.__mro__])
try:
    raise Multi('q')
except AttributeError as x:
    print('caught as AttributeError', repr(x))
class Deep(NoInit):
    def __init__(self):
        pass
print(Deep().args)
class CustomRepr(Exception):
    def __repr__(self):
        return 'CR!'
print(repr(CustomRepr()), str(CustomRepr('s')))
class StrFails(Exception):
    def __str__(self):
        raise RuntimeError('nope')
try:
    str(StrFails())
except RuntimeError as x:
    print(type(x).__name__, x)
class E1(Exception): pass
class E2(E1): pass
try:
    raise E2('x')
except E1 as x:
    print(type(x).__name__)
try:
    raise E1('y')
except (E2, E1) as x:
    print(type(x).__name__)
