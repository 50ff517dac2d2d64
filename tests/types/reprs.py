class A:
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
a = A()
print(repr(a).startswith('<__main__.A object at 0x'), str(a) == repr(a))
print(repr(A), repr(A.m).startswith('<function A.m at 0x'), repr(a.m).startswith('<bound method A.m of <__main__.A object at 0x'))
print(repr(A.c).startswith("<bound method A.c of <class '__main__.A'>>"))
print(repr(len), repr(print), repr(list.append), repr(int.__add__), repr(dict.fromkeys)[:35])
print(repr([].append).startswith('<built-in method append of list object at 0x'))
print(repr((1).__add__).startswith('<method-wrapper \'__add__\' of int object at 0x'))
print(repr(object.__init__), repr(object.__new__)[:35], repr(type.__call__), repr(int.__dict__['real']))
print(repr(A.__dict__['m']).startswith('<function'), repr(str.join), repr(list.__len__))
print(repr(object), repr(type), repr(None), repr(NotImplemented), repr(Ellipsis), repr(...))
print(repr(type(None)), repr(type(NotImplemented)), repr(type(...)))
print(repr(A.__dict__)[:30])
print(repr(int.__dict__['__add__']), repr(object.__dict__['__class__']))
print(repr(super(A, a)).startswith("<super: <class 'A'>, <A object>>"))
class R:
    def __repr__(self): return 'R()'
print(repr(R()), str(R()), [R()], f'{R()}', f'{R()!r}', format(R()))
class Str:
    def __str__(self): return 'STR'
print(str(Str()), repr(Str()).startswith('<__main__.Str object'), f'{Str()}', format(Str(), ''))
try:
    format(Str(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), '>10')
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Fmt:
    def __format__(self, spec): return 'fmt:' + spec
print(format(Fmt(), 'abc'), f'{Fmt():xyz}', '{:q}'.format(Fmt()))
class BadFmt:
    def __format__(self, spec): return 1
try:
    format(BadFmt())
except TypeError as e:
    print(type(e).__name__, e)
print(ascii('héllo'), ascii([1, 'ü']), ascii(R()))
print(str(A)[:16], str(int), str(type))
class Unicode:
    def __repr__(self): return 'ünï'
print(repr(Unicode()), ascii(Unicode()))
print(repr(type.__dict__['__dict__']), repr(A.__dict__['__dict__']))
print(repr(property()).startswith('<property object at 0x'))
