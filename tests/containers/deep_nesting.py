n = []
for i in range(300000):
    n = [n]
del n
print("list ok")
t = ()
for i in range(300000):
    t = (t,)
del t
print("tuple ok")
d = {}
for i in range(300000):
    d = {1: d}
del d
print("dict ok")
x = []
for i in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("RecursionError")
s = frozenset()
for i in range(100000):
    s = frozenset([s])
del s
print("frozenset ok")
m = []
for i in range(100000):
    m = [{1: (m,)}]
del m
print("mixed ok")
