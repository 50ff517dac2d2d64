seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
alphabet = ["a", "b", "A", " ", "\t", "\n", "é", "ß", "Σ", "σ", "中", "😀", ",", "-", "1", "٣", "\x00", "'", '"', "\\", "ǅ", "İ", "\r", "\u2028", "_", "x", "ab"]
def rs(maxlen=8):
    return "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
for it in range(700):
    s = rs(10)
    a = rs(3)
    b = rs(3)
    i = rnd(14) - 7
    j = rnd(14) - 7
    out = [t(lambda: s.find(a, i, j)), t(lambda: s.rfind(a, i)), t(lambda: s.count(a, i, j)), t(lambda: s.split(a or None, rnd(4) - 1)),
           t(lambda: s.rsplit(a or None, rnd(4) - 1)), t(lambda: s.replace(a, b, rnd(4) - 1)), t(lambda: s.strip(a)), t(lambda: s.lstrip(a or None)),
           t(lambda: s.partition(a)), t(lambda: s.rpartition(a)), t(lambda: s.startswith(a, i)), t(lambda: s.endswith((a, b), i, j)),
           t(lambda: s.upper()), t(lambda: s.lower()), t(lambda: s.title()), t(lambda: s.capitalize()), t(lambda: s.swapcase()), t(lambda: s.casefold()),
           t(lambda: s.center(rnd(15), a[:1] or "*")), t(lambda: s.zfill(rnd(12))), t(lambda: s.expandtabs(rnd(5))), t(lambda: s.splitlines(rnd(2))),
           t(lambda: [s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.istitle(), s.isupper(), s.islower(), s.isprintable(), s.isidentifier(), s.isdecimal(), s.isnumeric()]),
           t(lambda: s[i:j:rnd(3) + 1]), t(lambda: s[::-(rnd(3) + 1)]), t(lambda: a.join([s, b, s])), t(lambda: s.encode("utf-8", "surrogatepass")),
           t(lambda: s.encode("latin-1", "replace")), t(lambda: s.encode("ascii", "backslashreplace")), t(lambda: s.encode("utf-16")), t(lambda: s.removeprefix(a)),
           t(lambda: s.removesuffix(b)), t(lambda: format(s, "^%d" % rnd(12))), t(lambda: "%-6s|%r|%a" % (s, s, s)), t(lambda: "{!r:>12}{}".format(s, a)),
           t(lambda: s < a), t(lambda: s + a == a + s), t(lambda: a in s), t(lambda: s.index(a)), t(lambda: s * rnd(3)), t(lambda: hash(s) == hash(s[:] + "")),
           t(lambda: s.translate({ord("a"): "AA", ord("é"): None, 0x4e2d: 0x41})), t(lambda: s.encode().decode("utf-8")), t(lambda: ascii(s))]
    print(it, " ".join(out))
