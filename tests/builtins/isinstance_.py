def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
class B(A): pass
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(B(), A), isinstance(A(), B))
print(isinstance(1, (str, int)), isinstance(1, (str, (list, int))), isinstance('a', ()), isinstance(1, object))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object))
t(lambda: isinstance(1, 1))
t(lambda: isinstance(1))
t(lambda: isinstance(1, (int, 1)))
t(lambda: isinstance(1, (str, 1)))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
class M(metaclass=Meta): pass
print(isinstance('magic', M), isinstance('other', M), isinstance(M(), M))
class Fake:
    @property
    def __class__(self):
        return int
print(isinstance(Fake(), int), isinstance(Fake(), Fake))
class Abs:
    __bases__ = ()
abs_cls = Abs()
t(lambda: isinstance(1, abs_cls))
class Meta2(type): pass
class N(metaclass=Meta2): pass
print(isinstance(N(), N), isinstance(1, N))
