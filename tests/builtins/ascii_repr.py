print(repr(1), repr('a'), repr("it's"), repr([1, 'b']), repr(None))
print(ascii('abc'), ascii('é'), ascii('日本'), ascii('\U0001f600'), ascii([1, 'ü']))
class R:
    def __repr__(self):
        return 'R()'
print(repr(R()), ascii(R()))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class U:
    def __repr__(self):
        return 'ü'
print(ascii(U()), repr(U()))
try:
    repr()
except TypeError as e:
    print(type(e).__name__, e)
