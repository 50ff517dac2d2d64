def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
eg = MyEG('m', [ValueError(1), TypeError(2)], 42)
print(repr(eg), eg.args, eg.code)
m, r = eg.split(ValueError)
print(type(m).__name__, m.code, repr(m), repr(r))
class NoDerive(ExceptionGroup):
    pass
nd = NoDerive('nd', [ValueError(1), KeyError(2)])
m, r = nd.split(KeyError)
print(type(m).__name__, type(r).__name__, repr(m))
try:
    raise ValueError('tb')
except ValueError as e:
    ve = e
eg2 = ExceptionGroup('x', [ve, TypeError()])
eg2.__cause__ = KeyError('c')
try:
    raise eg2
except ExceptionGroup as e:
    pass
m, r = eg2.split(ValueError)
print(m.__cause__, m.__traceback__ is eg2.__traceback__, m.exceptions[0] is ve)
t(lambda: ExceptionGroup('m', [ValueError()], 3))
t(lambda: ExceptionGroup('m', [ValueError()], x=1))
t(lambda: BaseExceptionGroup('m', [ValueError(), KeyboardInterrupt()]).split(Exception))
t(lambda: BaseExceptionGroup('m', [KeyboardInterrupt()]).derive([ValueError()]))
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5
t(lambda: BadDerive('b', [ValueError(), TypeError()]).split(ValueError))
print(ExceptionGroup('m', [ValueError()]).subgroup(lambda e: isinstance(e, ExceptionGroup)) is not None)
