import abc
from abc import ABC, ABCMeta, abstractmethod
import string, keyword

class Base(ABC):
    @abstractmethod
    def f(self):
        pass
    @abstractmethod
    def g(self):
        pass
    def h(self):
        return 'h'

print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)

class Half(Base):
    def f(self):
        return 'f'
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)

class Full(Half):
    def g(self):
        return 'g'
o = Full()
print(o.f(), o.g(), o.h(), Full.__abstractmethods__, isinstance(o, Base))

class Prop(ABC):
    @property
    @abstractmethod
    def p(self):
        ...
try:
    Prop()
except TypeError as e:
    print(type(e).__name__, e)

class Meta(metaclass=ABCMeta):
    pass
class Other:
    pass
Meta.register(Other)
print(isinstance(Other(), Meta), issubclass(Other, Meta), issubclass(int, Meta))
print(Meta.register(int) is int, isinstance(3, Meta))

class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'):
            return True
        return NotImplemented
class Duck:
    def quack(self):
        pass
print(issubclass(Duck, Hook), isinstance(1, Hook))
print(type(ABC), type(Base).__name__, isinstance(abc.get_cache_token(), int))

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'))
T = string.Template('$who likes ${what}, $$5')
print(T.substitute(who='tim', what='kung pao'))
print(T.substitute({'who': 'a', 'what': 'b'}, who='c'))
print(T.safe_substitute(who='x'))
try:
    T.substitute(who='x')
except KeyError as e:
    print(type(e).__name__, e)
try:
    string.Template('abc $ def').substitute()
except ValueError as e:
    print(type(e).__name__, e)
try:
    string.Template('x\ny ${1}').substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(string.Template('$a $ $b').safe_substitute(a=1))
print(string.Template('$a${b}$a').get_identifiers(), string.Template('$').is_valid(), T.is_valid())

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(keyword.iskeyword('for'), keyword.iskeyword('print'), keyword.issoftkeyword('match'))
