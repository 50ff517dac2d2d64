def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class MyInt(int):
    def __radd__(self, o):
        return 'MyInt.radd'
    def __rsub__(self, o):
        return NotImplemented
t(lambda: 1 + MyInt(2))
t(lambda: MyInt(2) + 1)
t(lambda: 1 - MyInt(2))
t(lambda: [1] * MyInt(2))
t(lambda: 'a' * True)
t(lambda: [1, 2] * -3)
t(lambda: (1,) * 2**62)
t(lambda: 'ab' * 2**62)
def f1():
    l = [1]
    l += 5
t(f1)
def f2():
    l = [1]
    l *= 'x'
t(f2)
def f3():
    s = 'a'
    s += 1
t(f3)
def f4():
    t_ = (1,)
    t_ *= 2
    return t_
t(f4)
class RO:
    def __getitem__(self, i):
        return i
def f5():
    r = RO()
    r[0] = 1
t(f5)
def f6():
    r = RO()
    del r[0]
t(f6)
t(lambda: len(RO()))
t(lambda: RO()[-1])
t(lambda: list(zip(RO(), 'ab')))
t(lambda: 'x' in RO() if False else None)
class Num:
    def __index__(self):
        return 3
t(lambda: [0, 1, 2, 3][Num()])
t(lambda: 'abcd'[Num()])
t(lambda: range(10)[Num()])
class Neg:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
t(lambda: (-Neg(), +Neg(), ~Neg(), abs(Neg())))
t(lambda: divmod(Neg(), 1))
class DM:
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
t(lambda: (divmod(DM(), 1), divmod(1, DM())))
class P3:
    def __rpow__(self, o, m=None): return ('rpow', o, m)
t(lambda: pow(2, P3()))
t(lambda: pow(2, P3(), 5))
t(lambda: pow(2, 3, P3()))
t(lambda: 2 ** 3 ** 2)
t(lambda: (-8) ** (1/3))
t(lambda: 0 ** -1)
t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: 1.0 / 0)
t(lambda: 10 ** 400 * 1.0)
t(lambda: [1,2,3].index(5))
t(lambda: (1,2).count(2))
class Callme:
    def __call__(self, *a, **k):
        return (a, k)
t(lambda: Callme()(1, x=2))
t(lambda: Callme()(*[1, 2], **{'y': 3}))
t(lambda: (lambda **k: k)(**{'a': 1}))
t(lambda: (lambda **k: k)(**{1: 1}))
t(lambda: len(*[[1, 2]]))
t(lambda: max(*[[4, 5]]))
t(lambda: print(*[], **{'sep': 'x'}))
t(lambda: dict(**{'a': 1}, **{'a': 2}))
t(lambda: isinstance(3, (int,) * 3))
import sys
t(lambda: sys.getrecursionlimit())
