def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(enumerate('abc')))
print(list(enumerate('abc', 10)))
print(list(enumerate('ab', start=-5)))
print(list(enumerate([], 3)))
print(list(enumerate('xy', 2**64)))
e = enumerate([1, 2])
print(next(e), next(e))
t(lambda: next(e))
print(type(enumerate([])).__name__, iter(e) is e)
t(lambda: enumerate())
t(lambda: enumerate(1))
t(lambda: enumerate([], 'a'))
t(lambda: enumerate([], 1, 2))
t(lambda: enumerate([], foo=1))
print(list(enumerate(iterable='ab', start=1)))
class I:
    def __index__(self):
        return 7
print(list(enumerate('z', I())))
pairs = [p for p in enumerate('abc')]
print(pairs, pairs[0] is not pairs[1])
class E(enumerate):
    pass
print(list(E('ab')), type(E('a')).__name__)
