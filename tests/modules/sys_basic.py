import sys
print(sys.argv[0].endswith('sys_basic.py'), type(sys.argv))
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 12))
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform)
print(type(sys.path), type(sys.modules), 'sys' in sys.modules, 'builtins' in sys.modules)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000); print(sys.getrecursionlimit()); sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001); print(sys.getswitchinterval()); sys.setswitchinterval(0.005)
print(sys.get_int_max_str_digits())
print(sys.getdefaultencoding())
print(sys.exception())
try:
    raise KeyError('k')
except KeyError:
    print(repr(sys.exception()), sys.exc_info()[0].__name__)
print(sys.exception())
f = sys._getframe()
print(f.f_code.co_name, f.f_lineno)
def inner():
    return sys._getframe(1).f_code.co_name
print(inner())
print(sys.stdout.write('written\n'))
sys.stdout.flush()
print(sys.intern('abc') is sys.intern('ab' + 'c'))
print(sys.implementation.name in ('cpython', 'krait'))
print(hasattr(sys, 'getrefcount'), callable(sys.exit))
try:
    sys.exit(5)
except SystemExit as e:
    print('SystemExit', e.code)
