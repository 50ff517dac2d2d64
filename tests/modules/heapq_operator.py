import heapq, operator
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))])
l = [9, 4, 7, 1]
heapq.heapify(l); print(l[0], heapq.heappushpop(l, 0), heapq.heapreplace(l, 10), sorted(l))
print(heapq.nsmallest(2, [5, 3, 8, 1]), heapq.nlargest(2, [5, 3, 8, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8])))
print(operator.add(2, 3), operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)('abc'))
print(operator.attrgetter('real')(5), operator.methodcaller('upper')('x'))
print(sorted([(1, 'b'), (0, 'a')], key=operator.itemgetter(1)))
print(operator.mul(3, 4), operator.neg(3), operator.not_(0), operator.contains([1], 1))
