# A tour of Python's internals, as Krait implements them.
# Each section follows one chapter of the internals article: what the
# language promises, and a look underneath.
import sys
import gc


def section(title):
    print()
    print('== ' + title + ' ==')


section('1. Memory: reference counting')
a = [1, 2, 3]
print('a fresh list bound to one name: getrefcount =', sys.getrefcount(a))
b = a
print('bound to two names:', sys.getrefcount(a))
del a
print('after del a, b still holds it:', b, sys.getrefcount(b))
print('small ints and None are immortal:', sys.getrefcount(None) > 10**9)


section('2. Objects: header, identity, type')
x = 10
print('id(x) is its address; the same object has the same id:', id(x) == id(10))
print('type(x) =', type(x), '; type(type) =', type(type))
print('sizes in bytes: int', sys.getsizeof(1), ' list', sys.getsizeof([]),
      ' dict', sys.getsizeof({}))


section('3. Names: LEGB')
g = 'global'
def outer():
    e = 'enclosing'
    def inner():
        l = 'local'
        return l, e, g, len.__name__
    return inner()
print('local, enclosing, global, builtin:', outer())
def make_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c = make_counter()
print('a closure keeps its cell alive:', c(), c(), c(),
      '; cell contents:', c.__closure__[0].cell_contents)


section('4. The GIL')
try:
    import threading
    import time
    def task(out):
        time.sleep(0.2)
        out.append(1)
    out = []
    t0 = time.monotonic()
    ts = [threading.Thread(target=task, args=(out,)) for _ in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
    print('two threads sleeping 0.2 s each overlap:', time.monotonic() - t0 < 0.35, out)
    def spin():
        n = 0
        for i in range(300000):
            n += i
    ts = [threading.Thread(target=spin) for _ in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
    stats = sys._gil_stats()
    print('CPU-bound threads hand the GIL over; switches so far:', stats['switch_number'] > 2)
except ImportError as e:
    print('threading is not built yet:', e)


section('5. Bytecode')
def add(a, b):
    return a + b
code = add.__code__
print('add() compiles to a code object:', code.co_name, code.co_varnames, code.co_argcount)
try:
    import dis
    dis.dis(add)
except ImportError as e:
    print('dis is not built yet:', e)
print('compile/eval drive the same machine:', eval(compile('6 * 7', '<tour>', 'eval')))


section('6. Memory views')
try:
    arr = bytearray(b'Hello world!')
    mv = memoryview(arr)
    print(mv[0])
    mv[0] = 74
    print(arr)
except NameError as e:
    print('memoryview is not built yet:', e)


section('7. __del__ and the cycle collector')
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print('  finalizing', self.name)
n = Node('plain')
del n
print('a cycle survives del until the collector finds it:')
p, q = Node('p'), Node('q')
p.other, q.other = q, p
del p, q
print('  collected', gc.collect(), 'unreachable objects')
print('gc thresholds:', gc.get_threshold())


section('8. Where next: weak references and memory profiling')
import weakref
import tracemalloc
class Big:
    pass
b = Big()
r = weakref.ref(b, lambda ref: print('  weakref callback: the object is gone'))
print('a weak reference does not keep its object alive:', r() is b, sys.getrefcount(b))
del b
tracemalloc.start()
blocks = [bytes(1000) for _ in range(100)]
top = tracemalloc.take_snapshot().statistics('lineno')[0]
print('tracemalloc finds the line that allocated most:', top.traceback[0].lineno, top.count >= 100)
tracemalloc.stop()
