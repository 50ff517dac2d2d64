import threading
N = 8
ITER = 100000
shared_list = []
shared_dict = {}
shared_set = set()
lock = threading.Lock()
counter = [0]
def work(k):
    for i in range(ITER):
        shared_list.append(i)
        shared_dict[(k, i % 100)] = i
        shared_set.add(i % 1000)
        with lock:
            counter[0] += 1
ts = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared_list), len(shared_dict), len(shared_set), counter[0])
print(sum(shared_list) == N * sum(range(ITER)))
