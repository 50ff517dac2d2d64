samples = [b"", b"abc", b"ABC", b"Abc Def", b"abc def", b"123", b"a1", b" \t\n", b"\xe9", b"Hello World", b"hello World", b"a-b", b"\x00", b"ABC1"]
for s in samples:
    r = [s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isspace(), s.istitle(), s.isupper()]
    print(repr(s), "".join("1" if x else "0" for x in r), s.lower(), s.upper(), s.title(), s.capitalize(), s.swapcase())
print(b"hELLO \xe9x".swapcase(), b"they're bill's".title(), b"\xe9abc".capitalize(), bytearray(b"Ab").lower(), type(bytearray(b"a").upper()).__name__)
