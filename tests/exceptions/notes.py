e = ValueError('x')
e.add_note('first')
e.add_note('second')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as x:
    print(type(x).__name__, x)
e2 = TypeError()
e2.__notes__ = 'not a list'
try:
    e2.add_note('n')
except TypeError as x:
    print(type(x).__name__, x)
e3 = KeyError()
print(hasattr(e3, '__notes__'))
try:
    e3.__notes__
except AttributeError as x:
    print(type(x).__name__, x)
e3.__notes__ = ['a']
e3.add_note('b')
print(e3.__notes__)
del e3.__notes__
print(hasattr(e3, '__notes__'))
try:
    raise ValueError('with note')
except ValueError as x:
    x.add_note('added in handler')
    print(x.__notes__)
