# The same source executed several times in one process (as the reference
# leak harness does, or a plugin reloaded): state the library keeps about
# its definitions is replaced, not piled up.
import typing

src = '''
from typing import overload
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
class C:
    @overload
    def m(self, x: int) -> int: ...
    @overload
    def m(self, x: str) -> str: ...
    def m(self, x):
        return x
'''
code = compile(src, 'plugin.py', 'exec')
for run in range(3):
    g = {'__name__': 'plugin'}
    exec(code, g)
    print(run, len(typing.get_overloads(g['f'])), len(typing.get_overloads(g['C'].m)),
          [o.__code__.co_firstlineno for o in typing.get_overloads(g['f'])])
# a different definition of the same name at another line adds to it
exec('from typing import overload\n\n\n\n\n\n\n@overload\ndef f(x: bytes) -> bytes: ...\ndef f(x):\n    return x\n', g)
print(len(typing.get_overloads(g['f'])))
typing.clear_overloads()
print(typing.get_overloads(g['f']), typing.get_overloads(len))
