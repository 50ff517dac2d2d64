seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
alphabet = [b"a", b"b", b"A", b" ", b"\t", b"\n", b"\xe9", b"\xff", b",", b"-", b"1", b"\x00", b"'", b'"', b"\\", b"\r", b"ab", b"Z", b"\x0b"]
def rs(maxlen=8):
    return b"".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
for it in range(1200):
    s = rs(10)
    if rnd(2):
        s = bytearray(s)
    a = rs(3)
    b = rs(3)
    i = rnd(14) - 7
    j = rnd(14) - 7
    out = [t(lambda: s.find(a, i, j)), t(lambda: s.rfind(a, i)), t(lambda: s.count(a, i, j)), t(lambda: s.split(a or None, rnd(4) - 1)),
           t(lambda: s.rsplit(a or None, rnd(4) - 1)), t(lambda: s.replace(a, b, rnd(4) - 1)), t(lambda: s.strip(a)), t(lambda: s.lstrip(a or None)),
           t(lambda: s.partition(a)), t(lambda: s.rpartition(a)), t(lambda: s.startswith(a, i)), t(lambda: s.endswith((a, b), i, j)),
           t(lambda: s.upper()), t(lambda: s.lower()), t(lambda: s.title()), t(lambda: s.capitalize()), t(lambda: s.swapcase()),
           t(lambda: s.center(rnd(15), a[:1] or b"*")), t(lambda: s.zfill(rnd(12))), t(lambda: s.expandtabs(rnd(5))), t(lambda: s.splitlines(rnd(2))),
           t(lambda: [s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.istitle(), s.isupper(), s.islower(), s.isascii()]),
           t(lambda: s[i:j:rnd(3) + 1]), t(lambda: s[::-(rnd(3) + 1)]), t(lambda: a.join([s, b, s])), t(lambda: s.decode("latin-1")),
           t(lambda: s.decode("utf-8", "replace")), t(lambda: s.decode("ascii", "backslashreplace")), t(lambda: s.hex(":", rnd(5) - 2)), t(lambda: s.removeprefix(a)),
           t(lambda: s.removesuffix(b)), t(lambda: b"%-6s|%r|%c" % (s, s, rnd(256))), t(lambda: s < a), t(lambda: s + a == a + s), t(lambda: a in s), t(lambda: s.index(a)),
           t(lambda: s * rnd(3)), t(lambda: s.translate(bytes(range(255, -1, -1)), b"a")), t(lambda: bytes.fromhex(s.hex())), t(lambda: s.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))]
    if isinstance(s, bytearray):
        x = bytearray(s)
        k = rnd(8) - 4
        def m1():
            x[k:k + rnd(3)] = a
            return x
        def m2():
            del x[k::rnd(2) + 1]
            return x
        def m3():
            x.insert(k, 65); x.extend(b); x.append(66); x.remove(65); return x.pop(k), x
        out += [t(m1), t(m2), t(m3)]
    print(it, " ".join(out))
