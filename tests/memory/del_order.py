class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = D(1)
a = D(2)
print('rebound')
del a
l = [D(3), D(4), D(5)]
l.clear()
print('cleared')
l = [D(6), D(7)]
l.pop()
print('popped')
del l
d = {'a': D(8), 'b': D(9)}
d['a'] = None
print('replaced')
del d
def f():
    x = D(10)
    y = D(11)
    print('in f')
f()
print('after f')
t = (D(12), D(13))
del t
print('end')
