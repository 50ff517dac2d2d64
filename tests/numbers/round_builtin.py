for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e16 + 1, 2.0**52 + 0.5, 4.5, 5.5]:
    print(v, round(v), type(round(v)).__name__)
for v in [1.25, 1.35, 2.675, 2.665, 0.045, 1.0005, 123.455, -0.125, 1e-10, 9.995, 0.1 + 0.2]:
    print(v, [round(v, n) for n in range(-2, 5)])
for v in [12345, -12345, 150, 250, 350, -150, 5, 2**70]:
    print(v, [round(v, n) for n in range(-4, 2)])
print(round(0.5, 0), round(-0.5, 0), round(-0.0), round(-0.0, 1), round(1e300, 2), round(123.456, -1))
class R:
    def __round__(self, n=None): return ('round', n)
print(round(R()), round(R(), 3))
for bad in ['x', [1]]:
    try:
        round(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    round(1.5, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(15, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(round(True), round(False, 2), round(7, None))
