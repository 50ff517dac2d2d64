# generated inputs (deterministic LCG) compared against CPython
seed = 31337
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
alpha = ['0', '1', '7', '9', '_', '.', 'e', 'E', '+', '-', ' ', 'x', 'j', 'inf', 'nan', 'b', 'o', 'a', 'f', '(', ')', 'J', '\t', 'infinity', '0x', '5']
for i in range(1200):
    s = ''.join(alpha[rnd() % len(alpha)] for j in range(rnd() % 7 + 1))
    r = []
    for f in (lambda: int(s), lambda: int(s, 0), lambda: int(s, 16), lambda: float(s), lambda: complex(s)):
        try: r.append(repr(f()))
        except Exception as e: r.append(type(e).__name__ + ':' + str(e))
    print(repr(s), r)
