# A traceback through a class call run by the loop shows the same frames
# as one through type.__call__: the caller's line, then __init__'s.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = 1 / y

def make(y):
    return Point(1, y)

print(make(2).y)
make(0)
