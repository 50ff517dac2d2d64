# an ABC's registry and caches hold classes weakly: checking a class
# against an ABC does not keep it alive
import gc, weakref
from collections.abc import Iterable, Mapping, Sized
import abc

def make():
    class Bag:
        def __iter__(self):
            return iter(())
        def __len__(self):
            return 0
    b = Bag()
    print(isinstance(b, Iterable), isinstance(b, Mapping), issubclass(Bag, Sized))
    return weakref.ref(Bag)

r = make()
gc.collect()
print("class freed:", r() is None)

class Base(abc.ABC):
    pass

def reg():
    class Virtual:
        pass
    Base.register(Virtual)
    print(issubclass(Virtual, Base), isinstance(Virtual(), Base))
    return weakref.ref(Virtual)

r = reg()
gc.collect()
print("registered class freed:", r() is None)
print(isinstance(1, Base), issubclass(int, Iterable), isinstance([], Iterable))
Base.register(int)
print(isinstance(1, Base))
