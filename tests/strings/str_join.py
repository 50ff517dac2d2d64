def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join([]), "-".join(["only"]), ", ".join(("t", "u")))
print("".join("abc"), "|".join(iter(["p", "q"])), "é".join(["中", "😀", "a"]), "-".join(x for x in "xyz"))
print("-".join({"k": 1}), " ".join(str(i) for i in range(5)), "ab".join(["", ""]))
t(lambda: ",".join(["a", 1]))
t(lambda: ",".join([1, "a"]))
t(lambda: ",".join(["a", "b", None]))
t(lambda: ",".join(5))
t(lambda: ",".join(None))
t(lambda: ",".join([b"a"]))
class S(str):
    pass
r = "".join([S("abc")])
print(r, type(r).__name__)
print(type("-".join([S("a"), S("b")])).__name__)
