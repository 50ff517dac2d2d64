a = b = c = 1
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = 'st'
print(s, t)
first, *rest = range(5)
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
lst = [0, 0, 0]
lst[0], lst[1:] = 9, [8]
print(lst)
class O: pass
o = O()
o.x = o.y = 3
print(o.x, o.y)
n: int = 5
m: list
print(n, 'm' in dir())
i = j = [1]
print(i is j)
v = 1,
print(v)
w = *range(2), 9
print(w)
