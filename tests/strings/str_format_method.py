import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print("{} {} {}".format(1, "a", None), "{0}{1}{0}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{0}{a}".format(5, a=6))
print("{{}} {{{0}}} }}{{".format(9), "no fields".format(1, 2, x=3), "".format())
class P:
    x = 10
    lst = [1, 2, [3, 4]]
    d = {"k": "v", 1: "one"}
print("{0.x} {0.lst[2][1]} {0.d[k]} {0.d[1]} {p.lst[0]}".format(P, p=P))
print("{0[0]}{0[1]}".format("ab"), "{0[-1]}".format({"-1": "neg"}), "{.real}".format(3), "{[1]}".format([7, 8]))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}".format("x"), "{:>{}}".format("a", 4), "{:{}{}}".format("a", ">", 3))
print("{0:{1}}|{0:{fill}^{w}}".format("ab", 5, fill="*", w=6), "{:.{}}".format("abcdef", 2))
print("{:5}|{:<5}|{:^5}|{:>5}".format(1, 2, 3, 4), "{:.2f} {:x} {:08.3f} {:,}".format(3.14159, 255, -2.5, 1234567))
print("{0}{0}".format(*["z"]), "{k}".format(**{"k": "kw"}), "{}".format([1, (2,)]), "{:s}".format("s"))
print("{0:}|{0!s:}|{:}".format("q") if False else "{0:}|{0!s:}".format("q"))
print("{:%}".format(0.25), "{:e}".format(12345.0), "{:g}".format(1e20), "{:b}".format(10), "{:o}".format(8), "{:c}".format(65))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print("{}|{:abc}|{:{}}".format(F(), F(), F(), "nested"))
print("{0.__class__.__name__}".format(1), "{x.imag}".format(x=2j))
print("{:^10}".format("中文"), "{:\u00e9<4}".format("z"), "{:😀>3}".format("k"))
