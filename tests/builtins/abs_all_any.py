def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-2**100), abs(3-4j))
class A:
    def __abs__(self):
        return "abs!"
print(abs(A()))
t(lambda: abs('a'))
t(lambda: abs())
t(lambda: abs(1, 2))
t(lambda: abs(x=1))
print(all([]), all([1, 2]), all([1, 0]), all(x > 0 for x in range(1, 5)))
print(any([]), any([0, 0]), any([0, 3]), any(iter([None, "", "x"])))
t(lambda: all(1))
t(lambda: any(5))
t(lambda: all())
class B:
    def __bool__(self):
        raise ValueError("no bool")
t(lambda: all([B()]))
t(lambda: any([B()]))
# short circuit
def gen():
    yield 1
    yield 0
    raise RuntimeError("not reached")
print(all(gen()))
def gen2():
    yield 0
    yield 1
    raise RuntimeError("not reached")
print(any(gen2()))
