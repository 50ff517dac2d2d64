e = StopIteration()
print(e.value, e.args)
e = StopIteration(5, 6)
print(e.value, e.args)
e.value = 'x'
print(e.value)
print(SystemExit().code, SystemExit(3).code, SystemExit('msg').code, SystemExit(1, 2).code)
i = ImportError('msg', name='mod', path='/p')
print(i.msg, i.name, i.path, str(i), repr(i), i.args)
print(ImportError().msg, ImportError().name, str(ImportError('a', 'b')), ImportError('a', 'b').msg)
try:
    ImportError(foo=1)
except TypeError as x:
    print(type(x).__name__, x)
m = ModuleNotFoundError("No module named 'x'", name='x')
print(m.name, str(m), repr(m), isinstance(m, ImportError))
a = AttributeError('no attr', name='n', obj=5)
print(a.name, a.obj, str(a), a.args)
print(AttributeError().name, AttributeError().obj)
try:
    AttributeError(bad=1)
except TypeError as x:
    print(type(x).__name__, x)
n = NameError('nm', name='v')
print(n.name, str(n), NameError().name)
try:
    undefined_variable_q
except NameError as x:
    print(type(x).__name__, x, x.name)
try:
    (1).nope
except AttributeError as x:
    print(type(x).__name__, x, x.name, x.obj)
def ub():
    print(loc)
    loc = 1
try:
    ub()
except UnboundLocalError as x:
    print(type(x).__name__, x, isinstance(x, NameError))
try:
    raise StopIteration(42)
except StopIteration as x:
    print(x.value)
def g():
    return 7
    yield
try:
    next(g())
except StopIteration as x:
    print('gen return', x.value, x.args)
