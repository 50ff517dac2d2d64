# Seed example 1: reference counting keeps the list alive through b.
import sys
a = [1, 2, 3]
b = a  # Both 'a' and 'b' reference the same list object in memory.
print(sys.getrefcount(a))
del a  # 'a' is deleted, but the list is not removed because 'b' still references it.
print(b)  # Output: [1, 2, 3]
print(sys.getrefcount(b))
x = object()
print(sys.getrefcount(x))
l = [x, x, x]
print(sys.getrefcount(x))
del l
print(sys.getrefcount(x))
def f(o):
    return sys.getrefcount(o)
print(f(x))
