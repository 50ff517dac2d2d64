# nested lists and comprehensions: a matrix product
n = 290
a = [[(i * j) % 7 + 1 for j in range(n)] for i in range(n)]
b = [[(i * 3 + j) % 5 - 1 for j in range(n)] for i in range(n)]
bt = list(zip(*b))
c = [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
print(sum(map(sum, c)), c[0][:5])
