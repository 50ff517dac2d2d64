class A: pass
tests = ["del A.__name__", "del A.__qualname__", "A.__dict__ = {}", "del A.__bases__", "A.__bases__ = 1", "A.__bases__ = (1,)",
 "A.__mro__ = ()", "del A.__module__", "A.__doc__ = 'x'; print(A.__doc__)", "del A.__doc__", "int.__doc__ = 'x'", "A.__class__ = int",
 "A().__dict__ = []", "object.__class__ = A", "type.__name__ = 'x'", "A.__qualname__ = 3", "A.__module__ = 3; print(A.__module__)",
 "del A().__dict__", "class B(A): __slots__ = ['__dict__', '__dict__']", "class C: __slots__ = 5",
 "class D: __slots__ = ['a', 'a']", "type('X', (), {'__qualname__': 5})", "type('X\\x00', (), {})",
 "A.__name__ = 'x\\x00y'", "A.__abstractmethods__", "del A.__abstractmethods__", "A.__annotations__ = 5; print(A.__annotations__)",
 "del A.__annotations__; print(A.__annotations__)", "type.__annotations__"]
for t in tests:
    try:
        exec(t)
        print('ok', t)
    except Exception as e:
        print(type(e).__name__, e)
