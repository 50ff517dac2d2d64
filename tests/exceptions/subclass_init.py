class E(Exception):
    def __init__(self, a, b):
        self.a = a
e = E(1, 2)
print(e.args, str(e), repr(e), e.a)
class F(Exception):
    def __init__(self, a, b=3, *, c=4):
        super().__init__(a + b + c)
print(F(1).args, F(1, c=10).args, repr(F(1, 2)))
class G(OSError):
    def __init__(self, msg):
        super().__init__(5, msg)
g = G('broken')
print(g.errno, g.strerror, str(g), g.args)
class H(KeyError):
    def __str__(self):
        return 'custom'
print(str(H('x')), repr(H('x')))
class I(StopIteration):
    pass
print(I(5).value)
class J(SyntaxError):
    pass
j = J('m', ('f.py', 2, 3, 'txt', 2, 4))
print(str(j), j.lineno)
class K(ImportError):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
print(K('x', name='n').name, str(K('y')))
class L(UnicodeDecodeError):
    pass
print(str(L('utf-8', b'\x80', 0, 1, 'bad')))
try:
    class M(ExceptionGroup):
        def __init__(self, msg, excs, extra):
            super().__init__(msg, excs)
            self.extra = extra
    m = M('m', [ValueError()], 1)
    print(m.extra, m.args)
except Exception as x:
    print(type(x).__name__, x)
e = Exception()
e.__traceback__ = None
print(e.__traceback__)
import sys
try:
    raise ValueError
except ValueError as v:
    tb = v.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
    v2 = RuntimeError().with_traceback(tb)
    print(v2.__traceback__ is tb)
