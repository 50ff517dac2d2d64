import pkg.mod
print(pkg.mod.run(5))
import pkg.sub.deep as d
print(d.name, d.total)
from pkg import helper as h
print(h.BASE)
import _imported_once
import _imported_once as again
print(again.X, _imported_once is again)
import sys
print('pkg.mod' in sys.modules, type(sys.modules['pkg']).__name__)
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    import pkg.helper.x
except ModuleNotFoundError as e:
    print(e)
import math, time, gc
print(math.__name__, time.__name__)
from math import sqrt, pi
print(sqrt(16), round(pi, 3))
m = __import__('pkg.helper')
print(m.__name__)
