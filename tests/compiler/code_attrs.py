def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    x = 1
    y = a + x
    return y
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_nlocals, co.co_flags)
print(co.co_cellvars, co.co_freevars, co.co_firstlineno)
def outer(p):
    q = 2
    def inner(r):
        return p + q + r
    return inner
print(outer.__code__.co_cellvars, outer.__code__.co_varnames, outer.__code__.co_flags)
ic = outer(1).__code__
print(ic.co_freevars, ic.co_varnames, ic.co_flags, ic.co_qualname)
def simple():
    return 42
print(simple.__code__.co_consts, simple.__code__.co_names)
def withdoc():
    """Doc."""
    return None
print(withdoc.__code__.co_consts)
def glob():
    return len(print)
print(glob.__code__.co_names, glob.__code__.co_varnames)
def attrs(o):
    return o.a.b
print(attrs.__code__.co_names)
def gen():
    yield
print(gen.__code__.co_flags)
lam = lambda x: x
print(lam.__code__.co_name, lam.__code__.co_consts, lam.__code__.co_flags)
print(type(co).__name__, co == co, hash(co) == hash(co))
print(repr(co).startswith('<code object f at 0x'), repr(co).endswith('line 1>'))
mod = compile('a = 1\nb = a + 1\n', 'modfile', 'exec')
print(mod.co_name, mod.co_filename, mod.co_flags, mod.co_names, mod.co_consts)
ev = compile('1 + 2', 'e', 'eval')
print(eval(ev), ev.co_consts)
def consts():
    return (1, 2, 3), 'abc' * 2, -5, 2 ** 10, not True
print(consts.__code__.co_consts)
print(consts())
def k(a, *, b): pass
print(k.__code__.co_varnames, k.__code__.co_kwonlyargcount)
def vararg(*a, **kw): pass
print(vararg.__code__.co_varnames, vararg.__code__.co_flags)
print(isinstance(co.co_code, bytes), len(co.co_code) % 2 == 0)
print(co.replace(co_name='renamed').co_name, co.co_name)
lines = [l for _, _, l in co.co_lines() if l is not None]
print(min(lines), max(lines))
class C:
    def m(self): pass
print(C.m.__code__.co_qualname)
