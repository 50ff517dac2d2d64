# generated inputs (deterministic LCG) compared against CPython
seed = 99
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
fills = ['', '*', '0', 'x', 'é']
aligns = ['', '<', '>', '^', '=']
signs = ['', '+', '-', ' ']
types_i = ['', 'd', 'x', 'X', 'o', 'b', 'n', 'c', 'e', 'f', 'g', '%', 'E', 'G', 'F', 's']
types_f = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd']
def spec(types):
    s = ''
    if rnd() % 3 == 0:
        a = aligns[rnd() % 5]
        if a: s += fills[rnd() % 5] + a
    s += signs[rnd() % 4]
    if rnd() % 6 == 0: s += 'z'
    if rnd() % 4 == 0: s += '#'
    if rnd() % 4 == 0: s += '0'
    if rnd() % 2: s += str(rnd() % 25)
    if rnd() % 4 == 0: s += ',_'[rnd() % 2]
    if rnd() % 3 == 0: s += '.' + str(rnd() % 20)
    s += types[rnd() % len(types)]
    return s
ints = [0, 1, -1, 7, -42, 255, 65, 12345678, -98765432109876543210, 2**100]
floats = [0.0, -0.0, 1.5, -2.5, 0.1, 123456.789, 1e-7, 1e22, -1e300, float('inf'), float('nan'), 0.005, 9.9999]
cplx = [1+2j, -0.5j, complex(-0.0, 0), 1e10-3j]
for i in range(3000):
    k = i % 3
    if k == 0:
        v = ints[rnd() % len(ints)]; s = spec(types_i)
    elif k == 1:
        v = floats[rnd() % len(floats)]; s = spec(types_f)
    else:
        v = cplx[rnd() % len(cplx)]; s = spec(types_f)
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e:
        print(repr(v), repr(s), type(e).__name__, e)
