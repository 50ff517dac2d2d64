def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
print(issubclass(B, A), issubclass(A, B), issubclass(D, C), issubclass(D, (int, A)), issubclass(bool, int))
print(issubclass(int, object), issubclass(type, object), issubclass(A, A))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(int, (int, 1)))
t(lambda: issubclass(int, (str, 1)))
t(lambda: issubclass(1, 1))
t(lambda: issubclass(int))
class Meta(type):
    def __subclasscheck__(cls, sub):
        return sub is str
class M(metaclass=Meta): pass
print(issubclass(str, M), issubclass(int, M))
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError))
