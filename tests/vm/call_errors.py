# argument binding and its error messages
def f(x): pass
def g(a, b): pass
def h(a, b=2): pass
def k(*, k): pass
def p(a, /, b): pass
def many(a, b, c, d): pass
def kwo(a, *, k1, k2): pass
class C:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
cases = [
    "f()", "g()", "g(1)", "f(1, 2)", "g(1, 2, 3)", "h(1, 2, 3)", "h()",
    "f(z=1)", "f(1, x=2)", "k()", "k(1)", "p(a=1, b=2)", "p(1, a=2, b=3)",
    "many()", "many(1)", "kwo(1)", "kwo(1, k1=2)", "kwo(1, 2, k1=3, k2=4)",
    "C().m()", "C().m(1, 2)", "C.m(1)", "C.s()", "f(**{'x': 1, 'y': 2})",
    "h(1, 2, b=3)", "f(*[1, 2])", "g(*(1,), **{'a': 1})", "f(**{1: 2})",
    "(lambda: 0)(1)", "(lambda a, b=1, *c, d, **e: 0)()",
]
for src in cases:
    try:
        eval(src)
        print(src, "ok")
    except TypeError as e:
        print(src, "->", type(e).__name__, e)
def ok(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(ok(1, c=3))
print(ok(1, 2, 3, 4, c=5, e=6))
print(ok(*[1, 2], **{"c": 3, "z": 0}))
def po(a, b, /, c, *, d):
    return a, b, c, d
print(po(1, 2, c=3, d=4))
def po2(a, /, **kw):
    return a, kw
print(po2(1, a=2))
