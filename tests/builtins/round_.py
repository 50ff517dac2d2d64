def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(5), round(2.675, 2))
print(round(7, 0), round(1.5, None), round(number=3.7), round(0.5, ndigits=0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
t(lambda: round('a'))
t(lambda: round(1.5, 'a'))
t(lambda: round())
t(lambda: round(1, 2, 3))
t(lambda: round(1, foo=2))
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
class R:
    def __round__(self, n=None):
        return ('round', n)
print(round(R()), round(R(), 3))
