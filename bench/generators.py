# generator pipelines and closures
def numbers(n):
    for i in range(n):
        yield i

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    return (x for x in it if x % 2 == 0)

def make_adder(k):
    def add(x):
        return x + k
    return add

add3 = make_adder(3)
total = 0
for v in evens(squares(numbers(6000000))):
    total += add3(v)
print(total, sum(map(add3, range(1000000))), max(x % 1013 for x in range(2000000)))
