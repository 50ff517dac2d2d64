def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print("{a} and {b}".format_map({"a": 1, "b": "two"}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{x} {y}".format_map(D(x="X")), "{0[k]}".format_map if False else "{d[k]}".format_map({"d": {"k": 3}}))
class M:
    def __getitem__(self, k):
        return k.upper()
print("{hello} {world:>7}".format_map(M()))
t(lambda: "{0}".format_map({}))
t(lambda: "{}".format_map({}))
t(lambda: "{missing}".format_map({}))
t(lambda: "{a}".format_map(5))
t(lambda: "x".format_map())
print("plain".format_map({}), "{{}}".format_map({}))
