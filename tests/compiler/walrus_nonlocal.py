def f():
    if (n := 10) > 5:
        print('n is', n)
    data = [1, 2, 3]
    if any((hit := v) > 1 for v in data):
        print('hit', hit)
    return n
print(f())
total = 0
[total := total + i for i in range(4)]
print(total)
def g():
    x = 0
    def h():
        nonlocal x
        x = [y := 5, y * 2]
        return y
    return h(), x
print(g())
while (line := 'abc'[:0]):
    pass
print(repr(line))
def outer():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 1
            return v
        return inner()
    return mid(), v
print(outer())
def gen_walrus():
    return list((last := i) for i in range(3)), last
print(gen_walrus())
