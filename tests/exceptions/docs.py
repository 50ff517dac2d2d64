import builtins
for n in sorted(dir(builtins)):
    c = getattr(builtins, n)
    if isinstance(c, type) and issubclass(c, BaseException) and n != 'ExceptionGroup':
        print(n, repr(c.__doc__))
