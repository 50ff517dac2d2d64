class A:
    pass
class C:
    def __call__(self):
        return 1
def f():
    pass
print(callable(f), callable(len), callable(A), callable(A()), callable(C()), callable(1), callable(None))
print(callable(lambda: 0), callable([].append), callable(int), callable("x".upper))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
one = 1
try:
    one()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A()()
except TypeError as e:
    print(type(e).__name__, e)
abc = "abc"
try:
    abc()
except TypeError as e:
    print(type(e).__name__, e)
