def attempt(src, g=None):
    try:
        exec(src, g if g is not None else {})
        print(src, "ok")
    except Exception as e:
        print(src, "->", type(e).__name__, e)
attempt("undefined_name")
attempt("del undefined_name")
attempt("def f():\n    global gg\n    del gg\nf()")
attempt("def f():\n    return unknown\nf()")
attempt("def f():\n    x += 1\nf()")
attempt("def f():\n    del x\nf()")
attempt("def f():\n    x = 1\n    del x\n    return x\nf()")
attempt("class A:\n    print(zz)")
attempt("x = 1\nclass A:\n    y = x\nprint(A.y)")
attempt("import nosuchmodule_xyz")
attempt("from sys import nosuchname_xyz")
attempt("one = 1\none()")
attempt("s = 's'\ns()")
attempt("n = None\nn()")
attempt("[].nope")
attempt("len.nope")
g = {"__builtins__": {"print": print}}
attempt("print('custom builtins ok')", g)
attempt("len([])", g)
ns = {}
exec("a = 1\ndef getter():\n    return a\n", ns)
print(ns["getter"](), sorted(k for k in ns if k != "__builtins__"))
ns["a"] = 5
print(ns["getter"]())
class Mapping(dict):
    def __missing__(self, key):
        return "missing:" + key
m = Mapping()
exec("v = zzz", {}, m)
print(m["v"])
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
print(eval("x + 1", {"x": 41}))
print(eval("y", {}, {"y": "local"}))
gl = {}
exec("def h():\n    return __name__\n", gl)
print(gl["h"]())
x = 10
def use_global():
    global x
    x += 1
    return x
print(use_global(), x)
print(__name__)
