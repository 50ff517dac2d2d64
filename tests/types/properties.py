class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "degrees C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @property
    def ro(self):
        return 'read only'
t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
try:
    t.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.ro
except AttributeError as e:
    print(type(e).__name__, e)
p = property()
class U:
    x = p
try:
    U().x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temp.celsius), Temp.celsius.fget.__name__, Temp.celsius.fset is not None)
q = property(lambda self: 42, doc='the answer')
print(q.__doc__)
class V:
    a = q
print(V().a, V.a is q)
class W:
    def getx(self): return self._x
    def setx(self, v): self._x = v
    x = property(getx, setx, None, 'x prop')
w = W()
w.x = 7
print(w.x, W.x.__doc__)
print(property.__isabstractmethod__.__class__.__name__)
print(Temp.celsius.__isabstractmethod__)
class MyProp(property):
    pass
class Z:
    @MyProp
    def v(self): return 'v'
    @v.setter
    def v(self, val): print('set', val)
print(type(Z.__dict__['v']).__name__, Z().v)
Z().v = 3
