# gamma and lgamma over a grid of values
import math
xs = [i / 7 for i in range(-200, 1500) if i % 7] + [0.5, 1.5, 100.3, 170.5, 171.6, 180.2, 1e-15, -1e-15, 141.5, -141.5, 150.25, -170.3, 0.001, 3.3, -0.5, -2.5]
for x in xs:
    for f in (math.gamma, math.lgamma):
        try: print(repr(f(x)))
        except Exception as e: print(type(e).__name__, e)
