# refleaks.py: run one test script several times in this process and
# report how sys.gettotalrefcount() (references to mortal objects) and
# sys.getallocatedblocks() move between runs.
#   krait refleaks.py SCRIPT RUNS [types]
# The first two runs warm caches (imports, interned strings, type caches);
# a leak shows as a steady positive delta, in refs or in blocks, on every
# later run.  Output goes to a sink so that only the verdict line is
# printed.  With 'types', the change in gc.get_objects() counts by type is
# printed after each run, to tell what is piling up.
import sys, gc, array, builtins

path, runs = sys.argv[1], int(sys.argv[2])
show_types = 'types' in sys.argv[3:]
with open(path) as f:
    src = f.read()
try:
    code = compile(src, path, 'exec')
except SyntaxError as e:
    # some tests are a SyntaxError as a whole, on purpose (their expected
    # output is CPython's error): nothing to run
    print('skip %s: does not compile (%s: %s)' % (path, type(e).__name__, e.msg))
    sys.exit(0)

class Sink:
    def write(self, s, len=len): return len(s)
    def flush(self): pass

def fill_freelists():
    # Small ints and floats are recycled through lists of up to 128 blocks
    # each, and a run that ends with a few more of them free than the last
    # one grows the block count until the lists are full.  Filling them
    # before every measurement keeps that cache out of the figures.
    tmp = [j + 1000 for j in range(400)] + [j + 0.5 for j in range(400)]
    del tmp

def type_counts():
    counts = {}
    for o in gc.get_objects():
        n = type(o).__name__
        counts[n] = counts.get(n, 0) + 1
    return counts

# the figures go in an array, not a list: a list would keep one new int per
# measurement alive, itself a block more on every run
refs = array.array('q', [0] * runs)
blocks = array.array('q', [0] * runs)
# a test may patch or delete builtins (vm/globals_cache.py deletes len):
# each run, and this script, must start from the same ones
saved_builtins = dict(builtins.__dict__)
out, err = sys.stdout, sys.stderr
before = type_counts() if show_types else None
for i in range(runs):
    g = {'__name__': '__main__', '__file__': path, '__builtins__': __builtins__}
    sys.stdout = sys.stderr = Sink()
    try:
        exec(code, g)
    except BaseException:
        pass
    # handlers a run registered would pile up and print after the verdict
    # (modules/atexit_basic.py): run them now, into the sink, which also
    # unregisters them
    if 'atexit' in sys.modules:
        try:
            sys.modules['atexit']._run_exitfuncs()
        except BaseException:
            pass
    sys.stdout, sys.stderr = out, err
    g.clear()
    del g
    if builtins.__dict__ != saved_builtins:
        builtins.__dict__.clear()
        builtins.__dict__.update(saved_builtins)
    gc.collect(); gc.collect()
    fill_freelists()
    refs[i] = sys.gettotalrefcount()
    blocks[i] = sys.getallocatedblocks()
    if show_types:
        now = type_counts()
        diff = {k: now.get(k, 0) - before.get(k, 0) for k in set(now) | set(before)
                if now.get(k, 0) != before.get(k, 0)}
        print('run', i, sorted(diff.items()))
        before = now
dr = [b - a for a, b in zip(refs, refs[1:])]
db = [b - a for a, b in zip(blocks, blocks[1:])]
grows = lambda d: len(d) > 1 and all(x > 0 for x in d[1:])
verdict = 'LEAK' if grows(dr) or grows(db) else 'ok'
print('%s %s refs %s blocks %s' % (verdict, path, dr, db))
