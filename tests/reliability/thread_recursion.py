# Deep recursion in a thread other than the main one: RecursionError (threads
# have their own C stack), and both the thread and the interpreter go on.
import sys, threading

results = []
def down(n):
    return down(n + 1)

def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x

def worker(tag):
    try:
        down(0)
    except RecursionError as e:
        results.append((tag, 'py', type(e).__name__, str(e)))
    deep = nest(100000)
    try:
        repr(deep)
    except RecursionError as e:
        results.append((tag, 'repr', type(e).__name__, str(e)))
    try:
        deep == nest(100000)
    except RecursionError as e:
        results.append((tag, 'eq', type(e).__name__, str(e)))
    try:
        compile('f' + '()' * 100000, '<deep>', 'eval')
    except (RecursionError, MemoryError, SyntaxError) as e:
        results.append((tag, 'compile', type(e).__name__))
    del deep

threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in sorted(results):
    print(r)
worker('main')
print(results[-4:])
print('alive', threading.active_count())
