# a dictionary word count over generated text
import math
vocab = ['w%d' % i for i in range(3000)]
counts = {}
x = 12345
for i in range(3000000):
    x = (x * 1103515245 + 12345) & 0x7fffffff
    w = vocab[x % 3000 if x % 7 else x % 50]
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top)
