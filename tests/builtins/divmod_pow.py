def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(2**65, 3))
t(lambda: divmod(1, 0))
t(lambda: divmod('a', 1))
t(lambda: divmod(1))
t(lambda: divmod(1, 2, 3))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, 4, 5), pow(2.0, 3), pow(-8, 1/3) == (-8) ** (1/3))
print(pow(base=2, exp=3), pow(2, exp=5), pow(3, 2, mod=4))
print(pow(38, -1, 97))
t(lambda: pow())
t(lambda: pow(1))
t(lambda: pow(1, 2, 3, 4))
t(lambda: pow('a', 1, 2))
t(lambda: pow('a', 2))
t(lambda: pow(2, 3, 0))
t(lambda: pow(0, -1))
t(lambda: pow(2.0, 3, 4))
t(lambda: pow(1, 2, foo=3))
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other):
        return ('rpow', other)
print(pow(P(), 2), pow(P(), 2, 3), 2 ** P(), P() ** 5)
