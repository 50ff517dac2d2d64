# memoryview slicing of a large buffer without copies
buf = bytearray(range(256)) * 4096
mv = memoryview(buf)
total = 0
n = len(buf)
for rep in range(200):
    for off in range(0, n - 64, 64):
        chunk = mv[off:off + 64]
        total += chunk[0] + chunk[63]
print(total, len(buf))
