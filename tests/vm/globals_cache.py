# LOAD_GLOBAL caches must see every change to globals and builtins
import builtins
def use_len():
    return len("abc")
print(use_len())
builtins.len = lambda s: "patched"
print(use_len())
del builtins.len
try:
    use_len()
except NameError as e:
    print(type(e).__name__, e)
import sys
builtins.len = sys.modules["builtins"].__dict__.get("len") or (lambda s: 3)
def read_g():
    return G
G = 1
print(read_g())
G = 2
print(read_g())
del G
try:
    read_g()
except NameError as e:
    print(type(e).__name__, e)
def shadow_builtin():
    return abs(-3)
print(shadow_builtin())
abs = lambda x: "global abs"
print(shadow_builtin())
del abs
print(shadow_builtin())
def loop():
    total = 0
    for i in range(1000):
        total += min(i, 5)
    return total
print(loop())
g = {}
exec("def f():\n    return V\n", g)
g["V"] = "first"
print(g["f"]())
g["V"] = "second"
print(g["f"]())
g2 = {"V": "other globals"}
f2 = type(g["f"])(g["f"].__code__, g2)
print(f2())
print(g["f"]())
def counter():
    global COUNT
    COUNT = COUNT + 1
COUNT = 0
for _ in range(10):
    counter()
print(COUNT)
