print(str.upper('abc'), str.join('-', 'xyz'), dict.get({'a': 1}, 'b', 0), list.index([5, 6], 6))
print(str.split('a b', maxsplit=1) if False else str.split('a,b', ','))
l = []
list.append(l, 1)
list.extend(l, [2, 3])
list.sort(l, reverse=True)
print(l)
try:
    str.upper(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper()
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__len__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__len__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__add__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__add__(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__add__(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(int.__add__(1, 2.5), (5).__radd__(1), (5).__rsub__(1), list.__add__([1], [2]), [1].__mul__(2), [1].__rmul__(3))
print([1, 2].__getitem__(-1), [1, 2].__len__(), 'ab'.__contains__('a'), {1: 2}.__getitem__(1))
print(list.__dict__['__getitem__'].__get__([9])(0))
print(int.__dict__['real'].__get__(5), int.__dict__['real'].__name__, int.__dict__['real'].__objclass__)
try:
    int.__dict__['real'].__get__('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__dict__['real'].__set__(5, 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(dict.fromkeys.__name__, dict.__dict__['fromkeys'].__get__(None, dict)('ab'))
try:
    dict.__dict__['fromkeys'].__get__(None, int)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__init__.__name__, object.__init__.__qualname__, object.__init__.__objclass__)
print(type.__dict__['mro'].__get__(bool)())
print(object.__dict__['__class__'].__get__(3), object.__dict__['__class__'].__name__)
print((3).__add__.__name__, (3).__add__.__qualname__, (3).__add__.__objclass__)
print((3).__add__ == (3).__add__, (3).__add__ == (4).__add__)
print([].append == [].append, hash(len) == hash(len))
a = []
print(a.append.__self__ is a, a.append.__name__, a.append.__qualname__, len.__self__.__name__)
print(type(a.__len__).__name__, type(a.append).__name__, type(int.__dict__['__new__']).__name__)
print(int.__new__(int, 5), int.__new__(bool, 1) if False else '', float.__new__(float, '2.5'))
class I(int): pass
print(int.__new__(I, 7), type(int.__new__(I, 7)).__name__)
print(object.__new__(I) if False else '', object.__repr__(5)[:13], object.__str__(5))
