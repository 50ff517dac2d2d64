import sys
print(type(sys).__name__)
import sys as system
print(system is sys)
from sys import maxsize, path as p
print(maxsize > 0, p is sys.path)
def local_import():
    import sys
    from sys import version_info
    return sys.version_info is version_info
print(local_import())
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__)
