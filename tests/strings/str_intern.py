import sys
a = "".join(["hel", "lo_world_x"])
b = "".join(["hello_", "world_x"])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia == a)
print(sys.intern("__init__") is sys.intern("".join(["__in", "it__"])))
c = "".join(["a"])
lit_a = "a"
e1 = "é"
print(c is lit_a, e1[0] is chr(233))
e = ""
print(str() is e, "abc"[5:] is e, "".join([]) is e)
try:
    sys.intern(1)
except Exception as e:
    print(type(e).__name__, e)
d = {}
d[sys.intern("key" + "1")] = 1
print(d["key1"])
