# CPU-bound threads: the cost of GIL switching
import threading
results = [0] * 4
def work(k):
    s = 0
    for i in range(5000000):
        s += i * k % 7
    results[k] = s
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
