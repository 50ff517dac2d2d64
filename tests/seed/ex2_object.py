# Seed example 2: an object's identity and type.
x = 10
print(isinstance(id(x), int), id(x) == id(10))
print(type(x))  # Output: <class 'int'>
y = x
print(id(x) == id(y), x is y)
big = 10 ** 30
other = 10 ** 30
print(big == other, big is big)
print(type(type(x)), type(None), type(print), type(len))
class C:
    pass
c = C()
print(type(c), type(C), type(c).__name__)
print(id(c) != id(C()))
