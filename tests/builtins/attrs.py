def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    x = 1
a = A()
print(getattr(a, 'x'), getattr(a, 'y', 'default'), hasattr(a, 'x'), hasattr(a, 'y'))
setattr(a, 'y', 5)
print(a.y, hasattr(a, 'y'))
delattr(a, 'y')
print(hasattr(a, 'y'))
t(lambda: getattr(a, 'zz'))
t(lambda: getattr(1, 'x'))
t(lambda: getattr(1, 2))
t(lambda: getattr(1))
t(lambda: getattr(1, 'x', 2, 3))
t(lambda: setattr(1, 'x', 2))
t(lambda: setattr(a, 3, 2))
t(lambda: setattr(1, 2))
t(lambda: delattr(a, 'nothere'))
t(lambda: delattr(1, 'x'))
t(lambda: delattr(1))
t(lambda: hasattr(1))
t(lambda: hasattr(1, 2))
class G:
    def __getattr__(self, name):
        if name == 'boom':
            raise ValueError('boom')
        return name.upper()
g = G()
print(getattr(g, 'abc'), hasattr(g, 'q'))
t(lambda: hasattr(g, 'boom'))
t(lambda: getattr(g, 'boom', 1))
print(getattr(str, 'upper')('x'))
