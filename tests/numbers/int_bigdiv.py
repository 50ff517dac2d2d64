# recursive (Burnikel-Ziegler) division on big operands, all sign combinations
seed = 4242
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
def big(bits):
    v = 0
    for i in range(bits // 64 + 1):
        v = (v << 64) | rnd()
    return v >> (rnd() % 64)
for i in range(40):
    a = big(9000 + rnd() % 60000)
    b = big(9100 + rnd() % 20000)
    if rnd() % 5 == 0: b = (1 << (rnd() % 20000 + 9001)) - 1
    if rnd() % 5 == 0: b = 1 << (rnd() % 20000 + 9001)
    for sa, sb in [(1, 1), (-1, 1), (1, -1), (-1, -1)]:
        q, r = divmod(sa * a, sb * b)
        print(q % 1000000007, r % 1000000007, q.bit_length(), r.bit_length(), (sa * a) // (sb * b) == q, (sa * a) % (sb * b) == r)
