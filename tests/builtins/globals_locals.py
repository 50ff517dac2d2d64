x = 1
g = globals()
print(type(g).__name__, g['x'], g is globals(), '__name__' in g)
g['newvar'] = 5
print(newvar)
def f(a, b=2):
    c = 3
    return locals()
print(f(1))
def h():
    return globals() is g
print(h())
class C:
    y = 2
    print(sorted(k for k in locals() if not k.startswith('__')))
print(__name__)
print(sorted(locals().keys()) == sorted(globals().keys()))
