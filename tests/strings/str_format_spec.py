def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ["", "s", "10", "<10", ">10", "^10", "*^9", "0<6", "05", ".2", "10.3", ">10.3s", "é>6", "中^7", "^", "3", ".0", ".10", "<"]:
    print(repr(spec), repr(format("abcd", spec)), repr("{:%s}" % spec if False else format("", spec)))
for spec in ["d", "x", "+", "-", " ", "=10", "#", ",", "_", "z", ".", "xyz", "10d", "99999999999999999999", "1.99999999999999999999",
             ",_", "_,", "__", ",,", "<<<", "\x01", "é"]:
    t(lambda: format("abc", spec))
print(format("abc"), "abc".__format__(""), "abc".__format__(">5"))
t(lambda: "abc".__format__(5))
class S(str):
    pass
print(repr(format(S("xy"), "")), type(format(S("xy"), "")).__name__, repr(format(S("xy"), "^6")))
print(repr(f"{'a':>3}|{'b':<3}|{'c':^3}|{'中':=^5}"))
w = 7
print(repr(f"{'ab':{w}}|{'ab':>{w}}|{'abcdef':.{3}}"))
