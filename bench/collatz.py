# integer loops
def collatz_len(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps
best = 0
arg = 0
for i in range(1, 180000):
    s = collatz_len(i)
    if s > best:
        best, arg = s, i
print(arg, best)
