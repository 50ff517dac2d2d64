import math, math as m2
from math import (sqrt,
                  pi as PI,)
from math import *
print(sqrt(4), round(PI, 2), m2.floor(2.5), floor(3.5))
x = 0
def g():
    global x
    x = 5
g()
print(x)
def outer():
    y = 1
    def inner():
        nonlocal y
        y += 1
    inner()
    return y
print(outer())
del x
print('x' in globals())
l = [1, 2, 3]
del l[0], l[-1]
print(l)
assert True, 'no'
try:
    assert 1 == 2, 'msg here'
except AssertionError as e:
    print('assert', e)
pass; pass
if True: print('one-liner')
while False: pass
for i in range(2): print(i)
else: print('done')
