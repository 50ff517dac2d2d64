def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(hash(1), hash(1.0) == hash(1), hash(True), hash(-1), hash((1, 2)) == hash((1, 2)), hash(''))
print(hash(2**61 - 1), hash(2**61), hash(-2**61))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash((1, [])))
t(lambda: hash())
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class Big:
    def __hash__(self):
        return 2**70
print(hash(Big()) == hash(2**70))
class NoHash:
    __hash__ = None
t(lambda: hash(NoHash()))
class BadHash:
    def __hash__(self):
        return 'x'
t(lambda: hash(BadHash()))
a = object()
b = object()
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(a) > 0)
print(id(None) == id(None))
t(lambda: id())
