def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = __import__('sys')
print(m.__name__)
t(lambda: __import__())
t(lambda: __import__(1))
t(lambda: __import__('no_such_module_xyz'))
t(lambda: __import__('sys', level=-1))
import builtins
print(builtins.__name__, builtins.len is len, builtins.True_ if hasattr(builtins, 'True_') else 'ok')
try:
    import no_such_mod_abc
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name_q
except ImportError as e:
    print(type(e).__name__, e)
