# basic classes: attributes, methods, class vs instance attributes
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy
        return self

p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
print(p.move(1).x, p.move(1, 2).y)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, isinstance(p, Point), isinstance(p, object))
print(sorted(k for k in p.__dict__))
p.z = 10
print(p.__dict__)
del p.z
print(hasattr(p, 'z'), getattr(p, 'z', 'missing'))
Point.dims = 3
print(p.dims)
p.dims = 5
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(Point.norm2(p))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.__dict__['norm2'])
class Empty:
    pass
e = Empty()
print(Empty.__doc__, Empty.__bases__, Empty.__base__)
print(type(Empty), type(type), type(object))
print(repr(e).startswith('<__main__.Empty object at 0x'))
print(repr(Empty), repr(int), repr(type), str(Empty))
class Outer:
    class Inner:
        def f(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.Inner.f.__qualname__)
print(repr(Outer.Inner))
