d = {}
for i in range(10):
    d[i] = i
for i in range(0, 10, 2):
    del d[i]
print(d)
d[0] = "zero"
print(d)
d[3] = "three"
print(d, list(d))
while d:
    print(d.popitem(), end=" ")
print()
d = {}
for i in range(1000):
    d[str(i)] = i
for i in range(0, 1000, 3):
    del d[str(i)]
print(len(d), list(d)[:10], list(d)[-5:])
d = {"x": 1, "y": 2}
d.pop("x")
d["x"] = 3
print(d)
d = dict.fromkeys("hello world")
print(list(d))
big = {i: i * 2 for i in range(100000)}
print(len(big), big[99999], sum(big.values()) == 2 * sum(range(100000)))
for i in range(100000):
    if i % 7:
        del big[i]
print(len(big), list(big)[:5])
d = {}
d[1] = 1; d[2] = 2; del d[1]; d[1] = 1
print(d, d.popitem(), d.popitem())
d = {}
d["a"] = 1
d.popitem()
d["b"] = 2
d["c"] = 3
print(d, list(d.items()))
k = {(i, -i): None for i in range(5)}
print(k)
