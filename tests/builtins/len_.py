def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(len('abc'), len([1, 2]), len(()), len({1: 2}), len({1, 2, 3}), len(b'xy'), len(range(10)), len('日本'))
t(lambda: len(1))
t(lambda: len())
t(lambda: len(1, 2))
t(lambda: len(iter([])))
class L:
    def __len__(self):
        return 7
print(len(L()))
class Neg:
    def __len__(self):
        return -1
t(lambda: len(Neg()))
class Big:
    def __len__(self):
        return 2**70
t(lambda: len(Big()))
class Flt:
    def __len__(self):
        return 1.5
t(lambda: len(Flt()))
