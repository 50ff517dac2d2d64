class N:
    __slots__ = ('next',)
head = None
for i in range(300000):
    n = N(); n.next = head; head = n
del head, n
print('slots ok')
class M: pass
head = None
for i in range(300000):
    n = M(); n.next = head; head = n
del head, n
