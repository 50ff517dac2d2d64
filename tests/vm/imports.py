import sys
for src in ["import no_such_module_abc", "from sys import no_such_name_abc",
            "import sys.no_such_sub", "from . import x"]:
    try:
        exec(src, {"__name__": "m"})
    except ImportError as e:
        print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name_abc
except ImportError as e:
    print(e.name, e.name_from if hasattr(e, "name_from") else None)
import math
print(math.floor(2.5))
from math import floor as fl, ceil
print(fl(2.5), ceil(2.5))
ns = {}
exec("from math import *", ns)
print("sqrt" in ns, "_private" in ns)
def local_import():
    import math as m
    return m.pi > 3
print(local_import())
import math, sys as system
print(system is sys)
