# -X showrefcount prints, once the interpreter is finalized, the references
# and memory blocks still live: [0 refs, 0 blocks] unless something leaked.
# sys.gettotalrefcount() is the running total (as in a CPython debug build).
import os, sys

programs = [
    "pass",
    "a = [1, 2, 3]; b = {'x': a}; a.append(b)",                 # a cycle left for shutdown
    "class A:\n    def __del__(self): print('del')\nx = A(); x.me = x",
    "import threading\nt = threading.Thread(target=lambda: None); t.start(); t.join()",
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    err = e",
    "import weakref, gc\nclass C: pass\nc = C(); r = weakref.ref(c, lambda w: None); del c; gc.collect()",
    "def g():\n    yield 1\nit = g(); next(it)",                 # a suspended generator
    "list.append.__qualname__; str.upper.__qualname__",
    "raise SystemExit(3)",
]
for src in programs:
    with open("_showref_prog.py", "w") as f:
        f.write(src + "\n")
    rc = os.system(f"{sys.executable} -X showrefcount _showref_prog.py > _showref_out.txt 2>&1")
    with open("_showref_out.txt") as f:
        lines = f.read().splitlines()
    print(repr(src.splitlines()[0]), os.WEXITSTATUS(rc) if hasattr(os, "WEXITSTATUS") else rc >> 8, lines[-2:])
os.remove("_showref_prog.py")
os.remove("_showref_out.txt")

# the running total follows new references exactly.  Every name is bound
# beforehand so that no new dict key is counted; each reading is an int that
# holds one reference itself, measured by two readings in a row.
gtr = sys.gettotalrefcount
a = b = t1 = t2 = t3 = t4 = y = z = None
x = []
a = gtr(); b = gtr()
base = b - a
t1 = gtr()
y = [x, x, x]            # a list and three more references to x
t2 = gtr()
y = None
t3 = gtr()
z = {1: x}               # a dict and one more reference to x (1 is immortal)
t4 = gtr()
print(base, t2 - t1 - base, t3 - t2 - base, t4 - t3 - base)
