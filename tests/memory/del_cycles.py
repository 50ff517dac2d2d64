import gc
class D:
    def __init__(self, n): self.n = n; self.ref = None
    def __del__(self): print('del', self.n)
gc.collect()
a = D(1); b = D(2); a.ref = b; b.ref = a
del a, b
print('collect...')
print(gc.collect() >= 2)
print('done')
# resurrection: the object survives and is not finalized twice
saved = []
class R:
    def __del__(self):
        print('R.__del__')
        saved.append(self)
r = R(); r.me = r
del r
gc.collect()
print(len(saved), gc.is_finalized(saved[0]))
saved[0].me = None
saved.clear()
gc.collect()
print('no second __del__')
class Bad:
    def __del__(self):
        raise ValueError('boom')
import sys
class Catch:
    def __init__(self): self.text = ''
    def write(self, s): self.text += s
    def flush(self): pass
cap = Catch()
old, sys.stderr = sys.stderr, cap
b = Bad()
del b
sys.stderr = old
lines = cap.text.splitlines()
first = lines[0]
print(first[:first.index(' at 0x')] if ' at 0x' in first else first)
print(lines[-1])
print('survived')
