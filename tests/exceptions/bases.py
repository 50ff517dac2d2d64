import builtins
for n in sorted(dir(builtins)):
    c = getattr(builtins, n)
    if isinstance(c, type) and issubclass(c, BaseException):
        print(n, c.__base__.__name__, [b.__name__ for b in c.__bases__], repr(c))
print(ExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
