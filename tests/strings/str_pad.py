def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for w in range(0, 9):
    print(repr("abc".center(w)), repr("ab".center(w, "*")), repr("abc".ljust(w, "-")), repr("abc".rjust(w, "é")))
print(repr("é".center(4, "中")), repr("x".center(5, "😀")), repr("".center(3)), repr("ab".center(-1)))
t(lambda: "a".center(5, "ab"))
t(lambda: "a".center(5, ""))
t(lambda: "a".center(5, 1))
t(lambda: "a".ljust("5"))
t(lambda: "a".rjust(5, b"x"))
t(lambda: "a".center())
t(lambda: "a".ljust(1.5))
for s in ["42", "-42", "+42", "", "abc", "-", "--1", "中"]:
    print(repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(-1)))
t(lambda: "1".zfill("3"))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\nd\te".expandtabs(3)), repr("\t".expandtabs(0)))
print(repr("12345\t|".expandtabs(4)), repr("a\r\tb".expandtabs(2)), repr("é\t中".expandtabs(tabsize=2)), repr("x\t".expandtabs(-1)))
t(lambda: "a".expandtabs("x"))
