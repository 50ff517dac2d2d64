if (n := 10) > 5:
    print('n', n)
print([y := 5, y ** 2])
data = [1, 2, 3, 4]
print([z for x in data if (z := x * 2) > 4])
while (k := len(data)) > 2:
    data.pop()
print(k, data)
print((w := 3), w)
def f(a=(q := 7)):
    return a
print(f(), q)
print(f'{(v := 4)} {v}')
