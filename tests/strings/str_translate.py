def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

tb = str.maketrans("abc", "xyz")
print(sorted(tb.items()))
print("aabbcc-abc".translate(tb))
tb2 = str.maketrans("ab", "AB", "c")
print(sorted(tb2.items()), "abcabc".translate(tb2))
tb3 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "d": 100})
print(sorted(tb3.items()), "abcd".translate(tb3))
print("hello".translate({ord("l"): "L"}), "hello".translate({}), "é中".translate({ord("中"): "zh", ord("é"): 0x1F600}))
print("abc".translate([None, None, None] + list(range(3, 200))), "abc".translate({97: "ab" * 3}))
t(lambda: str.maketrans("ab", "a"))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans(1, "a"))
t(lambda: str.maketrans("a", 1))
t(lambda: str.maketrans("a", "b", 3))
t(lambda: "abc".translate({97: 1.5}))
t(lambda: "abc".translate({97: -1}))
t(lambda: "abc".translate({97: 0x110000}))
t(lambda: "abc".translate(5))
class M:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError
        if k == 99:
            raise ValueError("boom")
        return k + 1
t(lambda: "ab".translate(M()))
t(lambda: "abc".translate(M()))
