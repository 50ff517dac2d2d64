class D:
    def __init__(self, name): self.name = name
    def __del__(self):
        print('del', self.name)
d = D('a')
del d
print('after del a')
def f():
    x = D('local')
f()
print('after f')
l = [D('in list')]
l.clear()
print('after clear')
class Res:
    saved = []
    def __del__(self):
        print('resurrect')
        Res.saved.append(self)
r = Res()
del r
print(len(Res.saved))
Res.saved.clear()
print('cleared again')
class Sub(D):
    pass
s = Sub('sub')
s = None
print('end')
