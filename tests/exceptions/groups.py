eg = ExceptionGroup('msg', [ValueError(1), TypeError(2)])
print(type(eg).__name__, str(eg), repr(eg), eg.message, eg.exceptions, eg.args)
beg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(beg).__name__, str(beg))
auto = BaseExceptionGroup('auto', [ValueError()])
print(type(auto).__name__)
print(str(ExceptionGroup('one', [ValueError()])))
for bad in [lambda: ExceptionGroup('m', []), lambda: ExceptionGroup('m', [1]),
            lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('m', ValueError()),
            lambda: ExceptionGroup('m', [KeyboardInterrupt()]), lambda: ExceptionGroup('m'),
            lambda: ExceptionGroup('m', {ValueError()})]:
    try:
        bad()
    except Exception as x:
        print(type(x).__name__, x)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.split(lambda e: isinstance(e, TypeError))))
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(nested.subgroup((TypeError, ValueError))) == repr(nested), nested.subgroup(lambda e: True) is nested)
d = eg.derive([KeyError('k')])
print(repr(d), type(d).__name__)
eg.add_note('group note')
m2 = eg.subgroup(ValueError)
print(m2.__notes__)
print(isinstance(eg, Exception), isinstance(beg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
class MyEG(ExceptionGroup):
    pass
print(type(MyEG('m', [ValueError()])).__name__)
