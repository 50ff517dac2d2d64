def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = bytearray(b"abc")
a.append(100); print(a)
a.extend(b"ef"); print(a)
a.extend([103, 104]); print(a)
a.extend(bytearray(b"i")); print(a)
a.extend(iter(range(106, 108))); print(a)
a.insert(0, 65); a.insert(-1, 66); a.insert(100, 67); a.insert(-100, 68); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(98); print(a)
a.reverse(); print(a)
a[0] = 90; a[-1] = 89; print(a)
a[1:3] = b"XYZW"; print(a)
a[0:0] = b"<<"; print(a)
a[len(a):] = b">>"; print(a)
a[2:6] = b""; print(a)
a[::2] = bytes(len(a[::2])); print(a)
del a[0]; print(a)
del a[1:3]; print(a)
del a[::2]; print(a)
del a[::-3]; print(a)
a[:] = [1, 2, 3]; print(a)
a[1:2] = bytearray(b"zz"); print(a)
a[1:] = a; print(a)
a += b"++"; print(a)
a *= 2; print(a)
a.clear(); print(a, len(a))
b = bytearray(b"0123456789")
del b[:5]; print(b)
b[0:0] = b"ab"; print(b)
for i in range(3):
    b.pop(0)
print(b)
def selfadd():
    global b
    b += b
    return b
t(selfadd)
t(lambda: bytearray(b"a").pop(5))
t(lambda: bytearray().pop())
t(lambda: bytearray(b"a").remove(5))
t(lambda: bytearray(b"a").remove(300))
t(lambda: bytearray(b"a").append(256))
t(lambda: bytearray(b"a").append("a"))
t(lambda: bytearray(b"a").extend("ab"))
t(lambda: bytearray(b"a").extend(1))
t(lambda: bytearray(b"a").extend([1, 300]))
t(lambda: bytearray(b"a").insert(0, "x"))
c = bytearray(b"abc")
def setitem(k, v):
    c[k] = v
    return c
def delitem(k):
    del c[k]
    return c
t(lambda: setitem(0, 300))
t(lambda: setitem(0, -1))
t(lambda: setitem(5, 1))
t(lambda: setitem(slice(0, 1), 5))
t(lambda: setitem(slice(0, 1), "x"))
t(lambda: setitem(slice(0, 3, 2), b"xyz"))
t(lambda: setitem(slice(0, 3, 2), b"xy"))
t(lambda: setitem("a", 1))
t(lambda: delitem(5))
t(lambda: delitem(-1))
t(lambda: setitem(-1, 120))
d = bytearray(b"x" * 100)
for i in range(95):
    d.pop(0)
print(d, len(d))
d.extend(b"y" * 50)
print(len(d), d.count(b"y"))
