def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "hello world"
print(len(s), len(""), s[0], s[-1], s[4])
print(s[1:4], s[:5], s[6:], s[::2], s[::-1], s[-3:], s[100:], s[3:1], s[::-3])
print(s[1:10:3], s[-1:-8:-2])
t(lambda: s[11])
t(lambda: s[-12])
t(lambda: s["a"])
t(lambda: s[1.5])
print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -2)
t(lambda: "a" + 1)
t(lambda: "a" + None)
t(lambda: 1 + "a")
t(lambda: "a" * "b")
t(lambda: "a" * 1.5)
print("a" < "b", "abc" < "abd", "ab" < "abc", "b" > "abc", "a" == "a", "a" != "a")
print("abc" <= "abc", "abc" >= "abd", "Z" < "a", "é" > "z", "中" > "é")
t(lambda: "a" < 1)
print("lo w" in s, "xyz" in s, "" in s, "" in "")
t(lambda: 1 in "abc")
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""))
print(list("abc"), tuple("xy"), sorted("cba"), max("abz"), min("abz"))
x = "abc"
x += "def"
print(x)
x *= 2
print(x)
print(str(), str("q"), str(12), str(1.5), str(None), str([1, "a"]), str(b"x"))
print(bool(""), bool("a"), "" or "default")
print("abc".__len__(), "abc".__getitem__(1), "abc".__contains__("b"), "a".__add__("b"), "a".__mul__(3))
print("a".__eq__(1), "a".__lt__("b"))
t(lambda: "a".__add__(1))
print(type("a").__name__, type("a" "b"), "a" "b")
print("%s" % "x", "abc".__mod__(()) if False else "skip")
print(str.__len__("abcd"), str.upper("abc"))
