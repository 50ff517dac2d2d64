import builtins
names = ['abs', 'all', 'any', 'ascii', 'bin', 'bool', 'bytearray', 'bytes', 'callable', 'chr',
         'classmethod', 'compile', 'complex', 'delattr', 'dict', 'dir', 'divmod', 'enumerate',
         'eval', 'exec', 'filter', 'float', 'format', 'frozenset', 'getattr', 'globals', 'hasattr',
         'hash', 'hex', 'id', 'input', 'int', 'isinstance', 'issubclass', 'iter', 'len', 'list',
         'locals', 'map', 'max', 'min', 'next', 'object', 'oct', 'open', 'ord', 'pow', 'print',
         'property', 'range', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice', 'sorted',
         'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip', '__import__',
         '__build_class__', 'None', 'True', 'False', 'Ellipsis', 'NotImplemented', '__debug__',
         'EnvironmentError', 'IOError', 'ExceptionGroup', 'BaseExceptionGroup', 'EncodingWarning']
print([n for n in names if not hasattr(builtins, n)])
print(builtins.__name__, builtins.__dict__['None'] is None)
print(EnvironmentError is OSError, IOError is OSError, __debug__)
print(builtins.__doc__.splitlines()[0])
print(type(len).__name__, len.__name__, repr(len), len.__module__, print.__self__ is builtins)
print(repr(abs), abs.__qualname__)
print(type(enumerate).__name__, enumerate.__name__, repr(zip), repr(map), repr(filter), repr(reversed))
print(zip.__module__, ValueError.__module__)
print(sum.__doc__.splitlines()[0])
print(__builtins__ is builtins or __builtins__ is builtins.__dict__)
