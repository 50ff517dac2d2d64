class G:
    a = 1
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(f'no {name}')
g = G()
print(g.a, g.dyn_hello)
try:
    g.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(g, 'missing', 'default'), hasattr(g, 'dyn_x'), hasattr(g, 'nope'))
class GA:
    def __init__(self):
        self.real = 'r'
    def __getattribute__(self, name):
        if name == 'magic':
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
ga = GA()
print(ga.magic, ga.real, ga.other)
class S:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
s = S()
s.x = 5
print(s.x)
del s.x
print(hasattr(s, 'x'))
try:
    del s.y
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __getattribute__(self, name):
        print('get', name)
        return super().__getattribute__(name)
l = Logged()
l.v = 1
print(l.v)
class Late:
    pass
Late.__getattr__ = lambda self, n: 'late ' + n
print(Late().q)
del Late.__getattr__
try:
    Late().q
except AttributeError as e:
    print(type(e).__name__, e)
class Raiser:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    Raiser().x
except KeyError as e:
    print(type(e).__name__, e)
class Prop:
    @property
    def p(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'getattr ' + name
print(Prop().p)
print(getattr(1, 'real'), getattr([], 'append').__name__)
try:
    getattr(1, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, 'nope', 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(g, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(1, 'x', 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type.__setattr__(int, 'x', 2)
except TypeError as e:
    print(type(e).__name__, e)
