# PEP 695 at run time: the code objects the compiler makes, dis, and the
# tracebacks of the lazily run scopes
import dis, io, sys, traceback
src = '''
def f[T: int, *Ts](x: T = 1, *, y=2) -> T:
    return x
class C[T]:
    def m[U](self) -> U: pass
    type Inner = int
type A[T] = list[T]
type B = A
'''
co = compile(src, 'mod', 'exec')
def walk(c, depth=0):
    for k in c.co_consts:
        if hasattr(k, 'co_code'):
            print('  ' * depth + k.co_name, k.co_qualname, k.co_argcount, k.co_varnames, k.co_freevars,
                  k.co_cellvars, k.co_firstlineno)
            walk(k, depth + 1)
walk(co)
ns = {}
exec(co, ns)
print(ns['f'](), ns['f'].__qualname__, ns['C'].m.__qualname__, ns['C'].__qualname__, ns['f'].__defaults__,
      ns['f'].__kwdefaults__)
out = io.StringIO()
dis.dis(co, file=out)
text = out.getvalue()
for needle in ('<generic parameters of f>', '<generic parameters of C>', '<generic parameters of m>',
               '<generic parameters of A>', 'INTRINSIC_TYPEVAR', 'INTRINSIC_TYPEVAR_WITH_BOUND',
               'INTRINSIC_TYPEVARTUPLE', 'INTRINSIC_SUBSCRIPT_GENERIC', 'INTRINSIC_TYPEALIAS',
               'INTRINSIC_SET_FUNCTION_TYPE_PARAMS', '__classdict__', '.type_params', '.generic_base'):
    print(needle, needle in text)
out = io.StringIO()
dis.dis(ns['f'], file=out)
print('RETURN_VALUE' in out.getvalue())

def show(fn):
    try:
        fn()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print('\n'.join(l for l in lines if not l.strip().startswith('^')))

def g[T: undefined_bound](): pass
show(lambda: g.__type_params__[0].__bound__)
def h[T: (int, undefined_constraint)](): pass
show(lambda: h.__type_params__[0].__constraints__)
type Bad = undefined_value
show(lambda: Bad.__value__)
show(lambda: exec('def k[T](x: undefined_annotation): pass'))
show(lambda: exec('class K[T](undefined_base): pass'))
class Outer:
    type Missing = nowhere
show(lambda: Outer.Missing.__value__)
def uncaught[T: 1 / 0](): pass
print(uncaught.__type_params__[0].__bound__)
