seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
flags = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", " 0"]
convs = "sdixXoeEfFgGrac%"
vals = [0, 1, -1, 42, -255, 10**20, 3.5, -0.0, 1e100, 1.5e-7, "abc", "é", True, None, [1], (2,), float("inf")]
for it in range(2500):
    fl = flags[rnd(len(flags))]
    w = "" if rnd(2) else str(rnd(12))
    p = "" if rnd(2) else "." + str(rnd(8))
    c = convs[rnd(len(convs))]
    v = vals[rnd(len(vals))]
    fmt = "%" + fl + w + p + c
    spec_fill = ["", "*<", "0>", "^", "x^", ">", "<"][rnd(7)]
    spec = spec_fill + ("" if rnd(2) else str(rnd(10))) + ("" if rnd(3) else "." + str(rnd(5))) + ["", "s", "d", "x"][rnd(4)]
    print(it, fmt, t(lambda: fmt % (v,)), t(lambda: fmt % v if not isinstance(v, tuple) else 0), spec, t(lambda: format(str(v), spec)), t(lambda: ("{:" + spec + "}").format(str(v))))
