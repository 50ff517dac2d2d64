# generated inputs (deterministic LCG) compared against CPython
seed = 12345
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
def rint():
    k = rnd() % 7
    bits = [3, 30, 31, 60, 64, 200, 2000][k]
    v = rnd()
    for i in range(bits // 64):
        v = (v << 64) | rnd()
    v = v >> (rnd() % 64)
    if rnd() % 2: v = -v
    return v
out = []
for i in range(1500):
    a = rint(); b = rint()
    r = [a + b, a - b, a * b, a & b, a | b, a ^ b, ~a, a >> (b % 100 if b else 0), a << (abs(b) % 70)]
    if b:
        r += [a // b, a % b, divmod(a, b)]
        try: r.append(a / b)
        except OverflowError as e: r.append('OV')
    r.append(a == b); r.append(a < b); r.append(hash(a))
    try: r.append(float(a))
    except OverflowError: r.append('OVF')
    r.append(pow(a, 3, b) if b else None)
    r.append(hex(a)); r.append(str(a)[:30])
    def dig(x):
        if isinstance(x, bool) or not isinstance(x, int):
            return x
        return (x % 1000000007, x.bit_length(), x < 0)
    print([dig(x) if not isinstance(x, tuple) else tuple(dig(y) for y in x) for x in r if not isinstance(x, str)], [x[:12] for x in r if isinstance(x, str)])
