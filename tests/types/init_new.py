class A:
    def __init__(self, x): self.x = x
try:
    A()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class NoInit: pass
for args in [(1,), (), ]:
    try:
        print(type(NoInit(*args)).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    NoInit(k=1)
except TypeError as e:
    print(type(e).__name__, e)
class RetInit:
    def __init__(self): return 5
try:
    RetInit()
except TypeError as e:
    print(type(e).__name__, e)
class N:
    def __new__(cls, *args, **kw):
        print('new', cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, *args, **kw):
        print('init', args, kw)
N(1, k=2)
class OnlyNew:
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = v
        return o
print(OnlyNew(3).v)
class OtherType:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(OtherType())
class OnlyInit:
    def __init__(self, a, b=2): self.s = a + b
print(OnlyInit(1).s, OnlyInit(1, b=5).s)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(str)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(object(), 1)
except TypeError as e:
    print(type(e).__name__, e)
class InitOnly:
    def __init__(self, *a): super().__init__(*a)
try:
    InitOnly(1)
except TypeError as e:
    print(type(e).__name__, e)
class NewOnly:
    def __new__(cls, *a): return super().__new__(cls, *a)
try:
    NewOnly(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(None)(), type(NotImplemented)(), type(...)())
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(iter([]))()
except TypeError as e:
    print(type(e).__name__, e)
class IntNew(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(IntNew(5), type(IntNew(5)).__name__)
class StrNew(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(StrNew('abc'))
class ListInit(list):
    def __init__(self, n):
        super().__init__(range(n))
print(ListInit(3))
class TupleNew(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
print(TupleNew(1, 2), TupleNew(1, 2).__class__.__name__)
