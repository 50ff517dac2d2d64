# exceptions raised and caught in a loop
class AppError(Exception):
    pass

def check(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 5 == 0:
        raise AppError('five')
    return i

caught = 0
total = 0
for i in range(1500000):
    try:
        total += check(i)
    except ValueError as e:
        caught += 1
    except AppError:
        caught += 2
    finally:
        total += 1
d = {}
misses = 0
for i in range(1000000):
    try:
        d[i]
    except KeyError:
        misses += 1
print(caught, total, misses)
