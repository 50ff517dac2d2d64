# repr over the whole exponent range, near powers of two and decimal-looking values
seed = 11
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
out = []
for e in range(-140, 100):
    for k in range(8):
        m = rnd() % 2**52
        if k < 3: m = k
        if k == 3: m = 2**52 - 1
        v = float.fromhex('0x1.%013xp%d' % (m, e))
        out.append(repr(v))
for i in range(3000):
    out.append(repr((rnd() % 10**(rnd() % 18)) * 10.0 ** (rnd() % 80 - 40)))
print('\n'.join(out))
