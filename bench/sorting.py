# sorting with key functions and comparisons of tuples
data = []
x = 42
for i in range(450000):
    x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    data.append((x >> 40) % 100000)
a = sorted(data)
b = sorted(data, key=lambda v: (v % 1000, -v))
c = sorted(((v % 97, v) for v in data), reverse=True)
words = sorted(str(v) for v in data[:150000])
print(a[:3], a[-1], b[:3], c[:2], words[:3])
