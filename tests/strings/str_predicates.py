samples = ["", "abc", "ABC", "Abc", "aBc", "123", "١٢٣", "½", "²", "Ⅻ", "一", "abc123", "abc 123", " ", "\t\n", "\u3000",
           "\u200b", "\x1c", "\x85", "\xa0", "_abc", "abc_1", "1abc", "é", "中文", "a-b", "Hello World", "Hello world",
           "HELLO", "hello", "ǅ", "ǅa", "\x00", "\x7f", "a\u0301", "\ufeff", "😀", "𝟘", "ⅷ", "x²", "ß", "ΣΑ", "Σα",
           "class", "None", "\U000E0041", "·", "a·", "℘", "℘x", "ǈa Ǉ", "A1", "'", "_"]
for s in samples:
    r = [s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(), s.isidentifier(), s.islower(),
         s.isnumeric(), s.isprintable(), s.isspace(), s.istitle(), s.isupper()]
    print(repr(s), "".join("1" if x else "0" for x in r))
n = 0
for c in range(0x3000):
    ch = chr(c)
    n = n * 7 + (ch.isalpha() + 2 * ch.isdigit() + 4 * ch.isspace() + 8 * ch.isprintable() + 16 * ch.isupper() + 32 * ch.islower()) 
    n %= 1000000007
print(n)
