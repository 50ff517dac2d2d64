# generated inputs (deterministic LCG) compared against CPython
import math
seed = 987654321
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
def rfloat():
    k = rnd() % 4
    if k == 0:
        return (rnd() % 2**53) / 2**(rnd() % 80) * (1 if rnd() % 2 else -1)
    if k == 1:
        return float.fromhex('0x1.%013xp%d' % (rnd() % 2**52, rnd() % 2000 - 1000))
    if k == 2:
        return (rnd() % 100000) / 100 * (1 if rnd() % 2 else -1)
    return (rnd() % 1000) * 10.0 ** (rnd() % 40 - 20)
for i in range(600):
    a = rfloat(); b = rfloat()
    r = [repr(a), str(b), a + b, a * b, a - b, hash(a)]
    if b:
        r += [a / b, a // b, a % b]
    r += [round(a, 2), round(a, -1), round(a, 5), round(a)]
    r += [format(a, '.3e'), format(a, '.10g'), format(a, ',.2f'), format(a, '%'), format(a, '.4'), format(a, 'g'), format(a, '#.6g'), format(b, '15.7f')]
    r += [a.hex(), a.as_integer_ratio()[1] % 1000, a == b, a < b, int(a)]
    try: r.append(a ** 0.5)
    except Exception as e: r.append(type(e).__name__)
    try: r.append(abs(a) ** b)
    except Exception as e: r.append(type(e).__name__)
    r += [math.sqrt(abs(a)), math.log(abs(a)) if a else 0, math.sin(a), math.atan2(a, b), math.hypot(a, b), math.floor(a), math.fsum([a, b, 1.0, -a])]
    r += [complex(a, b), complex(a, b) * complex(b, a), complex(a, b) / complex(b or 1, a)]
    print(r)
