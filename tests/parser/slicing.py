s = list(range(10))
print(s[1:3], s[:2], s[8:], s[:], s[::2], s[::-1], s[1:8:3], s[-3:], s[:-7])
class I:
    def __getitem__(self, k): return k
i = I()
print(i[1], i[1:2], i[1:2:3], i[:, 1], i[1, 2], i[...], i[:, ::2, ...])
print(i[()], i[1,], i[*[1, 2]], i[*[1], 2])
print(i[::], i[:2:], i[a := 5], a)
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
s[2:4] = ['x']
print(s)
del s[::3]
print(s)
