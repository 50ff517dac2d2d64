import math
class Shape:
    registry = {}
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Shape.registry[kind] = cls
    def area(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.area() == other.area()
    __hash__ = object.__hash__
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{type(self).__name__}({fields})'
class Circle(Shape, kind='circle'):
    def __init__(self, r): self.r = r
    def area(self): return round(math.pi * self.r ** 2, 3)
class Rect(Shape, kind='rect'):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect, kind='square'):
    def __init__(self, s): super().__init__(s, s)
shapes = [Shape.registry[k](*a) for k, a in [('circle', (1,)), ('rect', (2, 3)), ('square', (2,)), ('circle', (0.5,))]]
for s in sorted(shapes):
    print(s, s.area())
print(sorted(Shape.registry), Square(2) == Rect(2, 2), Square(2) == Square(2), len({Square(1), Square(1)}))
print(max(shapes), min(shapes))
class Account:
    _next = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next
        Account._next += 1
    @property
    def balance(self): return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError(f'negative balance for {self.owner}')
        self._balance = v
    def __iadd__(self, amount):
        self.balance += amount
        return self
    def __isub__(self, amount):
        self.balance -= amount
        return self
    def __str__(self): return f'#{self.id} {self.owner}: {self.balance}'
acc = Account('ann', 10)
acc += 5
acc -= 3
print(acc)
try:
    acc -= 100
except ValueError as e:
    print(type(e).__name__, e)
print(acc)
class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, next=None):
        self.val, self.next = val, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.n = 0
        for x in reversed(list(items)):
            self.head = Node(x, self.head)
            self.n += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next
    def __len__(self): return self.n
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError('index out of range')
    def __contains__(self, v): return any(x == v for x in self)
    def __repr__(self): return 'LinkedList([' + ', '.join(map(repr, self)) + '])'
    def __reversed__(self): return iter(list(self)[::-1])
ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[1], 2 in ll, 9 in ll, list(reversed(ll)), bool(LinkedList()))
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
class Observable:
    def __init__(self): self._obs = []
    def subscribe(self, fn): self._obs.append(fn); return fn
    def emit(self, *a):
        return [fn(*a) for fn in self._obs]
bus = Observable()
@bus.subscribe
def on_x(v): return ('on_x', v)
class Handler:
    def __init__(self, name): self.name = name
    def __call__(self, v): return (self.name, v * 2)
bus.subscribe(Handler('h'))
bus.subscribe(Handler('k').__call__)
print(bus.emit(21))
