import tracemalloc
print(tracemalloc.is_tracing())
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
snap1 = tracemalloc.take_snapshot()
data = [str(i) * 10 for i in range(1000)]
more = {i: [i] for i in range(500)}
snap2 = tracemalloc.take_snapshot()
cur, peak = tracemalloc.get_traced_memory()
print(cur > 0, peak >= cur)
stats = snap2.statistics('lineno')
top = stats[0]
print(top.traceback[0].lineno in (6, 7), top.count > 100, top.size > 10000)
print(str(top).split(':')[0].endswith('.py') or str(top))
diff = snap2.compare_to(snap1, 'lineno')
print(diff[0].size_diff > 0, diff[0].count_diff > 0)
obj = [1, 2, 3]
tb = tracemalloc.get_object_traceback(obj)
print(tb is not None and tb[0].lineno == 18)
tracemalloc.reset_peak()
c2, p2 = tracemalloc.get_traced_memory()
print(p2 == c2 or p2 >= c2)
fstats = snap2.statistics('filename')
print(len(fstats) >= 1)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    tracemalloc.start(0)
except ValueError as e:
    print('ValueError', e)
