a = "abc"
b = "abcé"
c = "ab中"
d = "ab😀"
for x in (a, b, c, d):
    print(repr(x), len(x), x[-1], x[1:], x + "z", x * 2, x[::-1], x.upper(), x.encode("utf-8"))
print(a < b < d, c < d, b < c, "é" < "中" < "😀", sorted([d, c, b, a]))
print((b + c + d)[3:6], len(b + c + d), (d + a)[2], (d[:2] + "x") == "abx", d[:2] is not None)
mixed = "a" + "é" + "中" + "😀"
print(mixed, len(mixed), [hex(ord(ch)) for ch in mixed], mixed[1:3], mixed.find("😀"))
print("😀" * 3, len("😀" * 3), ("é" * 4)[1:3], "中文".center(6, "*"), "\U0001F600".isprintable())
print("x" == "x", "é" == "é", "ab" + "c" == "abc", ("a" + "é")[:1] == "a", hash(("a" + "é")[:1]) == hash("a"))
s = "".join(chr(i) for i in range(0x20, 0x7f))
print(s)
print("".join(chr(i) for i in range(0xa0, 0x100)))
print(len("".join(chr(i) for i in range(0x100, 0x800))))
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\u00e9" == "é", "\x41", "\101", "\u4e2d")
