def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in (0, 1, -1, 10, 255, -255, 2**70, True):
    print(bin(v), oct(v), hex(v))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
t(lambda: bin(1.0))
t(lambda: hex('a'))
t(lambda: oct([]))
t(lambda: hex())
class BadIndex:
    def __index__(self):
        return 'x'
t(lambda: hex(BadIndex()))
