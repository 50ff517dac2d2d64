import sys
x = object()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
l = [x] * 3
print(sys.getrefcount(x))
d = {'k': x}
print(sys.getrefcount(x))
del l, d, y
print(sys.getrefcount(x))
def g(a): return sys.getrefcount(a)
print(g(x))
print(sys.getrefcount(None) == sys.getrefcount(None), sys.getrefcount(1) > 1000000)
s = 'a fresh ' + str(12345)
print(sys.getrefcount(s))
class C: pass
c = C()
print(sys.getrefcount(c))
m = c.__init__
print(sys.getrefcount(c))
