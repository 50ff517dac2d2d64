import threading, queue
# Condition: producer / consumer
items = []
cond = threading.Condition()
def consumer(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(list(items))
out = []
c = threading.Thread(target=consumer, args=(out,)); c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print(out)
# Semaphore / BoundedSemaphore
s = threading.BoundedSemaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
s.release(); s.release()
try:
    s.release()
except ValueError as e:
    print('ValueError', e)
# Event
e = threading.Event()
print(e.is_set(), e.wait(0.01))
threading.Timer(0.05, e.set).start()
print(e.wait(5), e.is_set())
# Barrier
b = threading.Barrier(3)
order = []
def party(i):
    b.wait()
    order.append(i)
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(order), b.broken, b.parties)
# queue
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
res = []
def cons():
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            break
        res.append(x * x)
        q.task_done()
p = threading.Thread(target=producer); k = threading.Thread(target=cons)
p.start(); k.start(); p.join(); k.join(); q.join()
print(res)
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue(); [pq.put(i) for i in (5, 1, 3)]; print([pq.get() for _ in range(3)])
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print('Empty')
fq = queue.Queue(1); fq.put(1)
try:
    fq.put(2, block=False)
except queue.Full:
    print('Full')
sq = queue.SimpleQueue(); sq.put('x'); print(sq.get(), sq.empty())
# thread-local data
loc = threading.local()
loc.v = 'main'
seen = []
def f():
    seen.append(hasattr(loc, 'v'))
    loc.v = 'thread'
    seen.append(loc.v)
t = threading.Thread(target=f); t.start(); t.join()
print(seen, loc.v)
