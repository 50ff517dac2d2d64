import sys
print(sys.getsizeof(0) > 0, sys.getsizeof(10**100) > sys.getsizeof(1))
print(sys.getsizeof([1, 2, 3]) > sys.getsizeof([]))
print(sys.getsizeof('abc') < sys.getsizeof('abc' * 100))
class S:
    def __sizeof__(self): return 100
print(sys.getsizeof(S()) >= 100)
class Bad:
    def __sizeof__(self): return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print(e)
print(sys.getsizeof(Bad(), 5) if False else 'skip')
