# creating and dropping many reference cycles (collector throughput)
import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
total = 0
for i in range(1200000):
    a = Node(i)
    b = Node(i + 1)
    a.next = b
    b.next = a
    total += a.v + b.next.v
print(total, gc.collect() >= 0)
