def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b"abc")
m = memoryview(b)
t(lambda: b.append(1))
t(lambda: b.extend(b"x"))
t(lambda: b.pop())
t(lambda: b.clear())
def grow():
    b[0:1] = b"xy"
def shrink():
    del b[0]
def iadd():
    global b
    b += b"q"
t(grow)
t(shrink)
t(iadd)
b[0] = 65
b[1:2] = b"B"
print(b, bytes(m))
m.release()
b.append(100)
print(b)
