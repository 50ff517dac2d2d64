s = "abé中😀"
print([c for c in s], list(reversed(s)), list(enumerate("ab")), "".join(sorted(s)))
it = iter("xyz")
print(next(it), next(it), it.__length_hint__(), next(it), next(it, "END"))
print(type(iter("a")).__name__ in ("str_ascii_iterator", "str_iterator"), list(iter("")))
for a, b in zip("abc", "12"):
    print(a + b, end=" ")
print()
print(set("aab") == {"a", "b"}, dict.fromkeys("ab"), list(map(ord, "AZ")), [chr(c) for c in (97, 233, 0x4e2d, 0x1F600)])
a, b, c = "xyz"
print(a, b, c, *"pq")
print(ord("a"), ord("é"), ord("中"), ord("😀"), chr(0), repr(chr(0x10FFFF)))
try:
    ord("ab")
except Exception as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except Exception as e:
    print(type(e).__name__, e)
try:
    ord("")
except Exception as e:
    print(type(e).__name__, e)
