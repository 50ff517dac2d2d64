import random

random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(10) for _ in range(10)], random.randrange(5, 50, 5), random.randrange(10, 0, -3))
print(random.choice('abcdefg'), random.choice([1, 2, 3]), random.choice(range(1000)))
l = list(range(20))
random.shuffle(l)
print(l)
print(random.sample(range(100), 5), random.sample('abcdefgh', 3), random.sample(range(10**6), 4))
print(random.sample(['a', 'b', 'c'], 5, counts=[3, 1, 2]))
print(random.uniform(1, 10), random.getrandbits(1), random.getrandbits(32), random.getrandbits(100), random.getrandbits(0))
print(random.choices('abc', k=5), random.choices('abc', [1, 0, 5], k=4), random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=3))
print(random.gauss(), random.gauss(10, 2), random.normalvariate(0, 1), random.expovariate(2.0), random.triangular(0, 10, 3))
print(random.randbytes(5), random.randint(-10**30, 10**30))
print(random.gammavariate(2.0, 1.0), random.gammavariate(0.5, 1.0), random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 2), random.vonmisesvariate(1, 2), random.lognormvariate(0, 1))

for s in [0, 1, 12345, -7, 2**100 + 3, 3.5, 'hello', b'bytes', bytearray(b'ba'), '', True]:
    random.seed(s)
    print(repr(s), random.random(), random.randrange(1000))
random.seed('abc', version=1)
print(random.random())

r = random.Random(7)
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)], st[0], len(st[1]))
r2 = random.Random('seed')
print(r2.randint(0, 10**9), random.Random(7).random() == random.Random(7).random())
random.seed(99)
print(sum(random.random() for _ in range(2000)) > 900, random.random())

for expr in ['random.randrange(0)', 'random.randrange(5, 5)', 'random.randrange(1, 10, 0)',
             'random.randrange(10, 1, 2)', 'random.randrange(1.5)', 'random.randrange(5, step=2)',
             'random.choice([])', 'random.sample({1, 2}, 1)', 'random.sample([1, 2], 3)',
             'random.sample([1, 2], -1)', 'random.getrandbits(-1)', 'random.seed([1])',
             'random.choices([1, 2], [1])', 'random.choices([1, 2], [0, 0])', 'random.choices([1], 3)',
             'random.choices([1], [1], cum_weights=[1])', 'random.randint(1, 0)',
             'random.sample([1, 2], 1, counts=[1])', 'random.randbytes(-1)', 'random.setstate((2, (), None))']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
