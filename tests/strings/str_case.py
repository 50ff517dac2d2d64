words = ["hello", "HELLO", "Hello World", "hello world", "hELLO wORLD", "they're bill's friends", "123abc", "ǆemal",
         "ß", "straße", "ﬁsh", "İstanbul", "ΑΣ", "ΑΣ Β", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "Ǉ", "ǈ", "ǉ", "ŉ", "ǰ", "Ꭰ", "ꭰ",
         "ÀÉÎÕÜ", "àéîõü", "ЖЁЛТЫЙ", "жёлтый", "Ωμέγα", "a1b2", "", "  x", "x-y_z", "o'neil", "ⅷ", "Ⓐ", "𐐀𐐨",
         "µ", "ÿ", "ﬀ", "ǅ", "a\u0345b", "ΐ"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
print("ß".upper() == "SS", "ǅ".istitle(), "Ǆ".isupper())
