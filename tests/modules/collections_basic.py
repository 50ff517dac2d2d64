from collections import namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]))
print(isinstance(p, tuple), p == (1, 2), repr(P(x=1, y=2)))
Q = namedtuple('Q', ['a', 'b'], defaults=[0])
print(Q(1), Q(1, 2))
try:
    namedtuple('Bad', 'def x')
except ValueError as e:
    print('ValueError', e)
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, d.pop(), d.popleft(), len(d))
d.extend([7, 8]); d.rotate(2); print(d, d[0], d[-1])
m = deque(maxlen=2); m.extend([1, 2, 3]); print(m, m.maxlen)
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)
dd = defaultdict(list)
dd['a'].append(1); dd['b']; print(sorted(dd.items()), dd.default_factory)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(list(od), od.popitem(), od.popitem(last=False))
c = Counter('abracadabra')
print(c.most_common(2), c['z'], sorted(c.elements())[:4], c.total())
c2 = Counter(a=1, b=5)
print(sorted((c + c2).items()), sorted((c - c2).items()))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))
