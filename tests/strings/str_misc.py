def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print("abc".__getnewargs__(), "abc".__format__(""), hasattr("x", "__rmod__"))
print(str.__mod__("%s", 5), "a".__mod__ is not None, NotImplemented == "a".__lt__(1))
print(str.__doc__.split("\n")[0])
print(sorted(m for m in dir(str) if not m.startswith("_"))[:10])
print("a".__hash__() == hash("a"), "x".__str__(), "x".__repr__())
t(lambda: str.upper(1))
t(lambda: str.upper())
t(lambda: "a".upper(1))
t(lambda: "a".join())
t(lambda: "a".split(None, 1, 2))
print(len("a" * 1000000), ("ab" * 500000).count("ab"), ("x" * 100000 + "y").find("y"), ("ab" * 1000).rfind("ba"))
big = "é" * 1000 + "中" * 1000 + "😀" * 1000
print(len(big), big.count("中"), big.find("😀"), big[999:1002], len(big.encode()), big.encode().decode() == big)
print(" ".join(["a"] * 5), ",".join(map(str, range(10))), "ab".join("xyz"))
print(str(123456789012345678901234567890), f"{'x'}{1}{2.5}", f"{'n'!r}", f"{3:>4}", f"{'q'=}")
x = 10
print(f"{x=}", f"{x!r:>5}", f"{x + 1}", f"{'{'}", f"{{}}")
print("abc" if "b" in "abc" else "no", "a" "b" "c", type("" + "").__name__)
print("abc".__iter__().__next__())
