for i in range(3):
    print('for', i)
else:
    print('for-else')
for i in range(5):
    if i == 2:
        break
else:
    print('not printed')
print('broke at', i)
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    print('even', n)
else:
    print('while-else')
while True:
    break
for i in []:
    pass
else:
    print('empty for else')
x = 5
if x > 3:
    print('big')
elif x > 1:
    print('mid')
else:
    print('small')
if not x:
    print('no')
elif x == 5 and x < 10 or x == 0:
    print('compound')
if 0:
    print('dead')
print('yes' if x else 'no', 'a' if not x else 'b')
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
i = 10
while i:
    i -= 3
    if i < 0:
        break
print(i)
for x in range(3):
    for y in range(3):
        if y == 1:
            continue
        if x == 2:
            break
        print(x, y)
r = []
for ch in 'hello':
    if ch == 'l':
        continue
    r.append(ch)
print(''.join(r))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1 != 2)
a = [1, 2]
print(1 in a, 3 not in a, a is a, a is not None, None is None)
def chain(v):
    return 0 < v < 10
print(chain(5), chain(11), chain(-1))
print(x if (x := 7) > 5 else 0)
print(0 or '' or [] or 'last', 1 and 2 and 3, 1 and 0 and 3, None or 0)
