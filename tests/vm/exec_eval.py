src = """
def f(a):
    return a * K
class Z:
    v = K
r = f(2) + Z.v
"""
ns = {"K": 10}
exec(src, ns)
print(ns["r"], ns["Z"].v, ns["f"].__module__ if "__name__" in ns else ns["f"].__module__)
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(sorted(loc.items()))
print(eval("[i for i in range(n)]", {"n": 3}))
print(eval("lambda q: q + w", {"w": 1})(1))
code = compile("x * 2", "<expr>", "eval")
print(eval(code, {"x": 21}))
single = compile("1 + 1", "<single>", "single")
exec(single)
import sys
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval("undefined_in_eval")
except NameError as e:
    print(type(e).__name__, e)
g = {}
exec("import math\ndef area(r):\n    return math.pi * r * r", g)
print(round(g["area"](1), 5))
class Recorder(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
exec("p = 1\nq = 2", {}, Recorder())
def in_function():
    y = 5
    return eval("y + 1")
print(in_function())
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
print("__builtins__" in g)
exec("print('builtins available:', len('ab'))", {})
