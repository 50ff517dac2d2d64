x = 1
if x is 1:
    print('one')
print(x is not 'a', x is None, (1, 2) is x)
def f(v):
    assert (v, 'msg')
    return v is ()
print(f(1))
try:
    import warnings
except ImportError:
    pass
def f():
    a = [(1, 2) (3, 4)]
    b = [1, 2]['x']
    c = 'abc'[1.5]
    d = {1, 2}[0]
    e = (1, 2)[0]
    g = 'x'[1:2]
    h = [1][None]
    return 5
print(f.__name__)
