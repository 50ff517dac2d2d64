for i in range(5):
    if i == 1:
        continue
    elif i == 3:
        break
    else:
        print('i', i)
else:
    print('no break')
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
for x in []:
    pass
else:
    print('empty for else')
def gen():
    yield 1
    yield from [2, 3]
    x = yield
    return x
print(list(gen()))
def gen2():
    y = yield 5
    print('got', y)
g = gen2()
print(next(g))
try:
    g.send('s')
except StopIteration:
    print('stop')
