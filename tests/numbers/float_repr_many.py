# generated inputs (deterministic LCG) compared against CPython
seed = 5
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
out = []
for e in range(-80, 70):
    for k in range(12):
        m = rnd() % 2**52
        if k < 3: m = k
        if k == 3: m = 2**52 - 1
        v = float.fromhex('0x1.%013xp%d' % (m, e))
        out.append(repr(v))
        out.append(repr(v * 10 ** (rnd() % 5)))
for i in range(1, 800):
    out.append(repr(i / 1000)); out.append(repr(i * 0.1)); out.append(repr(1 / i)); out.append(repr(2.0 ** (i % 200 - 100)))
print('\n'.join(out))
