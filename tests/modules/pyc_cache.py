# An imported module is cached as bytecode; a changed source is recompiled.
import sys
import _pyc_mod
print(_pyc_mod.VALUE, _pyc_mod.twice(21))
del sys.modules['_pyc_mod']
import _pyc_mod
print(_pyc_mod.VALUE, _pyc_mod.twice(4))
