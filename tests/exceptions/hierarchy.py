import builtins
names = [n for n in dir(builtins) if isinstance(getattr(builtins, n), type)
         and issubclass(getattr(builtins, n), BaseException)]
for n in sorted(names):
    cls = getattr(builtins, n)
    print(n, [c.__name__ for c in cls.__mro__], cls.__module__)
