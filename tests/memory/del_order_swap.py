# the order in which rebinding several names releases the old values
# (a, b = x, y in a function stores last first, as CPython does)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f():
    a, b = D(1), D(2)
    a, b = D(3), D(4)
    print('--')
    a, b, c = D(5), D(6), D(7)
    a, b, c = D(8), D(9), D(10)
    x = [D(11), D(12)]
    x[0], x[1] = D(13), D(14)
    print('end')
f()
a, b = D(1), D(2)
a, b = D(3), D(4)
print('--')
a, b, c = D(5), D(6), D(7)
a, b, c = D(8), D(9), D(10)
print('end')
