tests = ["abc", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\rx", "back\\slash",
         "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad\xff", "é ñ ü ß", "Ωmega Ж", "中文字", "\u200b\u2028\u2029\ufeff",
         "\ud800", "\udfff", "\U0001F600 emoji", "\U000E0001", "\U0010FFFF", "\u0378", "\u00a0x", "\u3000",
         "\x1b[0m", "a\u0301", "\ue000", "\U000F0000", "", "'", '"', "'\"'"]
for s in tests:
    print(repr(s), ascii(s), len(s))
print(repr("a" * 3 + "\n"))
print(str(repr("x\ny")))
print([("a", "é\n")], {"k": "\t"})
print(repr("\\n"), ascii("\\é"))
print("%r|%a" % ("é\x00", "é\x00"))
print("{!r} {!a}".format("ö", "ö"))
