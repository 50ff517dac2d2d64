# refleaks.py: run one test script several times in this process and
# report how sys.getallocatedblocks() moves between runs.
#   krait refleaks.py SCRIPT RUNS
# The first two runs warm caches (imports, interned strings, type caches);
# a leak shows as a steady positive delta on every later run.  Output goes
# to a sink so that only the verdict line is printed.
import sys, gc

path, runs = sys.argv[1], int(sys.argv[2])
with open(path) as f:
    src = f.read()
code = compile(src, path, 'exec')

class Sink:
    def write(self, s): return len(s)
    def flush(self): pass

out, err = sys.stdout, sys.stderr
counts = []
for i in range(runs):
    g = {'__name__': '__main__', '__file__': path, '__builtins__': __builtins__}
    sys.stdout = sys.stderr = Sink()
    try:
        exec(code, g)
    except BaseException as e:
        pass
    finally:
        sys.stdout, sys.stderr = out, err
    g.clear()
    del g
    e = None
    gc.collect(); gc.collect()
    counts.append(sys.getallocatedblocks())
deltas = [b - a for a, b in zip(counts, counts[1:])]
later = deltas[1:]
verdict = 'LEAK' if later and all(d > 0 for d in later) else 'ok'
print('%s %s deltas %s' % (verdict, path, deltas))
