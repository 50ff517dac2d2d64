# valid but unusual syntax
x = 1;
if x: pass
elif x: pass
else: pass
for _ in (): pass
print((((((1))))))
print([
    1,
    2
    ,3])
print(1 if x else\
      2)
y = (yield_ := 3)
print(y, yield_)
def f(): return
print(f())
print(*[1], *[2], sep='-')
print(not-1, -~1, ~-1)
print(1<2, 1 <2, 1< 2)
print([] or {} or () or 'last')
print(1if 1else 2, 0x1for x in[1])
t = 1,2,
print(t)
print((1).__add__(2), 1 .__add__(2))
print(type(...), ... is Ellipsis)
a = [1, 2, 3]
a[1:2] = []
print(a)
class K: x: int = 1; y = 2
print(K.x, K.y, K.__annotations__)
def d(): yield
print(list(d()))
print("con" "cat" 'en' """ation""")
lambda: (yield)
print(sum([1, 2, 3], start=10))
if (n := 0) == 0 and (m := 1): print(n, m)
print({**{}}, [*()], (*(),))
print(f'{1}' f'{2}' '3')
import builtins as b, sys as s
print(b.len('ab'), s.maxsize > 0)
