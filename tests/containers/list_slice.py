def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::2], l[::-1], l[-3:], l[-3:-1], l[5:2], l[1:8:3], l[8:1:-2], l[100:], l[-100:2])
t(lambda: l[::0])
t(lambda: l["a":])
t(lambda: l[1.5:])
print(l[None:None:None], l[True:])
l[2:5] = ["a", "b"]; print(l)
l[2:4] = []; print(l)
l[0:0] = [9, 9, 9]; print(l)
l[len(l):] = [100]; print(l)
l[:] = range(5); print(l)
l[1:3] = l; print(l)
l = list(range(10))
l[::2] = "abcde"; print(l)
def f():
    m = list(range(10))
    m[::2] = [1, 2]
t(f)
def f2():
    m = list(range(10))
    m[::3] = 5
t(f2)
def f3():
    m = list(range(10))
    m[1:2] = 5
t(f3)
l = list(range(10))
del l[::2]; print(l)
l = list(range(10))
del l[::-3]; print(l)
l = list(range(10))
del l[1:8:2]; print(l)
l = list(range(10))
del l[5:]; print(l)
del l[:]; print(l)
l = list(range(10))
l[::-1] = l; print(l)
l = list(range(6))
l[5:1:-2] = ["x", "y"]; print(l)
l = list(range(5))
l[10:20] = [1]; print(l)
l[-100:-50] = [0]; print(l)
l = [1, 2, 3]
l[1:1] = (7, 8); print(l)
l[1:] = iter([4]); print(l)
l = list(range(10))
del l[::1]; print(l)
l = list(range(20))
del l[3:17:4]; print(l)
del l[100::3]; print(l)
s = slice(1, None, 2)
l = list(range(8)); print(l[s]); l[s] = [0] * 4; print(l)
