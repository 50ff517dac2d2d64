class A:
    count = 0
    @classmethod
    def make(cls, *args):
        cls.count += 1
        return cls, args
    @staticmethod
    def add(a, b):
        return a + b
class B(A): pass
print(A.make(1), B.make(2, 3), A.count, B.count)
print(A.add(1, 2), A().add(3, 4), B.add('x', 'y'))
cm = A.__dict__['make']
sm = A.__dict__['add']
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__, cm.__wrapped__ is cm.__func__)
print(repr(cm).startswith('<classmethod(<function A.make at 0x'), repr(sm).startswith('<staticmethod(<function A.add'))
print(sm(5, 6))
print(cm.__isabstractmethod__, sm.__isabstractmethod__)
print(A.make.__self__ is A, B.make.__self__ is B)
print(cm.__name__, sm.__doc__, cm.__qualname__)
def f(x): return x
sf = staticmethod(f)
print(sf(21), sf.__get__(None, int)(4))
cf = classmethod(f)
print(cf.__get__(None, int)() is int, cf.__get__(3)() is int)
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
class C:
    @classmethod
    @property
    def cp(cls):
        return 'cp of ' + cls.__name__
print(C.cp)
print(dict.fromkeys('ab'), dict.fromkeys.__self__ is dict)
print(int.from_bytes(b'\x01\x00', 'little'))
print(str.maketrans('a', 'b')[97])
