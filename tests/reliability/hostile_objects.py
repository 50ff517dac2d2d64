# Hostile objects: finalizers that resurrect or raise, special methods
# returning the wrong types, globals deleted under a running frame.
import gc, sys

def attempt(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__, e)

# __del__ that resurrects: called once only (PEP 442)
saved = []
class Phoenix:
    calls = 0
    def __del__(self):
        Phoenix.calls += 1
        saved.append(self)
p = Phoenix(); del p
print('resurrected', len(saved), Phoenix.calls)
saved.clear()
print('after clear', Phoenix.calls)
# in a cycle
class PhoenixCycle:
    calls = 0
    def __del__(self):
        PhoenixCycle.calls += 1
        saved.append(self)
a = PhoenixCycle(); a.self = a; del a
gc.collect()
print('cycle resurrected', len(saved), PhoenixCycle.calls)
saved.clear(); gc.collect()
print('cycle again', PhoenixCycle.calls)

# __del__ that touches a global being torn down, and one that collects
class Collector:
    def __del__(self):
        gc.collect()
c = Collector(); c.c = c; del c
gc.collect()
print('collect in del ok')

# wrong return types from special methods
class BadIndex:
    def __index__(self): return 'x'
class BigIndex:
    def __index__(self): return 2 ** 100
class BoolIndex:
    def __index__(self): return True
class BadLen:
    def __len__(self): return 'x'
class NegLen:
    def __len__(self): return -1
class HugeLen:
    def __len__(self): return 2 ** 100
class FloatLen:
    def __len__(self): return 1.5
class BadBool:
    def __bool__(self): return 1
class BadStr:
    def __str__(self): return 1
class BadRepr:
    def __repr__(self): return b'x'
class BadIter:
    def __iter__(self): return 1
class BadNext:
    def __iter__(self): return self
    def __next__(self): raise TypeError('next')
class BadInt:
    def __int__(self): return 'x'
class BadFloat:
    def __float__(self): return 1
class BadHashNone:
    __hash__ = None
class BadContains:
    def __contains__(self, x): raise KeyError(x)
class BadGetitem:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
class BadFormat:
    def __format__(self, spec): return 5

attempt('index str', lambda: [1, 2][BadIndex()])
attempt('index big', lambda: [1, 2][BigIndex()])
attempt('range bad', lambda: range(BadIndex()))
attempt('mul bad', lambda: [1] * BadIndex())
attempt('mul big', lambda: [1] * BigIndex())
attempt('hex bad', lambda: hex(BadIndex()))
attempt('len str', lambda: len(BadLen()))
attempt('len neg', lambda: len(NegLen()))
attempt('len huge', lambda: len(HugeLen()))
attempt('len float', lambda: len(FloatLen()))
attempt('bool neg len', lambda: bool(NegLen()))
attempt('bool int', lambda: bool(BadBool()))
attempt('not int', lambda: not BadBool())
attempt('if int', lambda: 1 if BadBool() else 0)
attempt('str int', lambda: str(BadStr()))
attempt('repr bytes', lambda: repr(BadRepr()))
attempt('repr in list', lambda: repr([BadRepr()]))
attempt('iter int', lambda: iter(BadIter()))
attempt('for bad', lambda: [x for x in BadIter()])
attempt('next raises', lambda: list(BadNext()))
attempt('int str', lambda: int(BadInt()))
attempt('float int', lambda: float(BadFloat()))
attempt('hash None', lambda: hash(BadHashNone()))
attempt('set None', lambda: {BadHashNone()})
attempt('contains raises', lambda: 1 in BadContains())
attempt('old iter', lambda: list(BadGetitem()))
attempt('format int', lambda: format(BadFormat()))
attempt('fstring int', lambda: f'{BadFormat()}')
attempt('sorted none', lambda: sorted([1, None]))
attempt('sum mixed', lambda: sum([1, 'a']))
attempt('zip bad', lambda: list(zip(BadIter())))
attempt('slice bad', lambda: [1, 2, 3][BadIndex():])
attempt('slice big', lambda: [1, 2, 3][BigIndex():])

# a global deleted while a frame that uses it runs
def uses_helper():
    del globals()['helper']
    return helper()
def helper():
    return 1
attempt('deleted global', uses_helper)
def rebinds():
    global counter
    for i in range(3):
        if i == 1:
            del counter
        try:
            counter
        except NameError as e:
            return 'NameError ' + str(e)
counter = 0
attempt('del during loop', rebinds)
import builtins
def uses_len():
    saved = builtins.len
    del builtins.len
    try:
        return len([1])
    finally:
        builtins.len = saved
attempt('deleted builtin', uses_len)
def shadowed():
    globals()['len'] = lambda x: 42
    try:
        return len([1])
    finally:
        del globals()['len']
attempt('shadowed builtin', shadowed)
attempt('restored builtin', lambda: len([1, 2]))
# a module's dict cleared under its own function
import types
m = types.ModuleType('m')
exec('def f():\n    g = globals()\n    g.clear()\n    return x\nx = 1', m.__dict__)
attempt('module cleared', m.f)
# class attributes deleted while a method runs
class C:
    def m(self):
        del C.m
        return self.m
attempt('method deleted', lambda: C().m())
# a generator closing itself / re-entered
def gen():
    g2.close()
    yield 1
g2 = gen()
attempt('gen close self', lambda: next(g2))
def gen2():
    yield next(g3)
g3 = gen2()
attempt('gen reentered', lambda: next(g3))
print('done')
