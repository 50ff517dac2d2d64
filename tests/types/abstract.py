class Base:
    def area(self): raise NotImplementedError('subclass must implement area')
class Sq(Base):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).area())
try:
    Base().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
class Abs:
    pass
Abs.__abstractmethods__ = frozenset({'f', 'g'})
try:
    Abs()
except TypeError as e:
    print(type(e).__name__, e)
Abs.__abstractmethods__ = frozenset({'only'})
try:
    Abs()
except TypeError as e:
    print(type(e).__name__, e)
Abs.__abstractmethods__ = frozenset()
print(type(Abs()).__name__)
print(Abs.__abstractmethods__)
del Abs.__abstractmethods__
try:
    Abs.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f
class WithProp:
    @property
    @abstractmethod
    def p(self): pass
    @classmethod
    @abstractmethod
    def c(cls): pass
    @staticmethod
    @abstractmethod
    def s(): pass
print(WithProp.__dict__['p'].__isabstractmethod__, WithProp.__dict__['c'].__isabstractmethod__, WithProp.__dict__['s'].__isabstractmethod__)
print(property(lambda s: 1).__isabstractmethod__)
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        return sub is str
class Duck(metaclass=Meta): pass
print(isinstance(3, Duck), isinstance('x', Duck), issubclass(str, Duck), issubclass(int, Duck))
print(isinstance(3, (Duck, str)), issubclass(bool, (Duck, int)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(type(e).__name__, e)
class Fake:
    __bases__ = ()
class Fake2:
    __bases__ = (Fake(),)
print(issubclass(Fake2(), Fake2()) if False else 'skip')
class Proxy:
    @property
    def __class__(self): return int
print(isinstance(Proxy(), int), type(Proxy()) is Proxy)
