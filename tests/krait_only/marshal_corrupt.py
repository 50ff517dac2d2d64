# Corrupt or truncated marshal data is rejected with an exception, never trusted.
import marshal
def f(x):
    return [x, x * 2]
good = marshal.dumps(f.__code__)
print(marshal.loads(good) == f.__code__)
errors = set()
for cut in range(0, len(good), 7):
    try:
        marshal.loads(good[:cut])
    except (EOFError, ValueError) as e:
        errors.add(type(e).__name__)
print(sorted(errors))
bad = bytearray(good)
crashed = 0
for i in range(2, len(bad)):
    for v in (0, 255, 0x7f):
        b = bytearray(good)
        b[i] = v
        try:
            c = marshal.loads(bytes(b))
        except (EOFError, ValueError, MemoryError, OverflowError):
            pass
print('survived every corruption:', len(bad) > 100)
