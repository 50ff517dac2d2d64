class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1 | 2:
            return 'small'
        case -1:
            return 'minus one'
        case None:
            return 'none'
        case True:
            return 'true'
        case 'hello' | 'hi' as greet:
            return 'greeting ' + greet
        case [x]:
            return ('one', x)
        case [x, y]:
            return ('two', x, y)
        case [first, *rest] if len(rest) > 2:
            return ('long', first, rest)
        case [first, *_, last]:
            return ('ends', first, last)
        case {'type': 'circle', 'r': r}:
            return ('circle', r)
        case {'type': t, **others}:
            return ('typed', t, others)
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return ('on y', y)
        case Point(x, y) if x == y:
            return ('diag', x)
        case Point():
            return 'point'
        case int(n) if n > 100:
            return ('big', n)
        case str() | bytes():
            return 'stringish'
        case {}:
            return 'empty-ish mapping'
        case (1, 2, (3, z)):
            return ('nested', z)
        case _:
            return 'other'
for v in [0, 2, -1, None, True, 'hi', 'hello', [5], [1, 2], [1, 2, 3, 4, 5], [1, 2, 3], (9, 8, 7),
          {'type': 'circle', 'r': 3}, {'type': 'sq', 'side': 2, 'c': 1}, Point(0, 0), Point(0, 5),
          Point(3, 3), Point(1, 2), 500, 50, 'abc', b'x', {'a': 1}, (1, 2, (3, 4)), 3.5]:
    print(repr(v) if not isinstance(v, Point) else 'Point', '->', describe(v))
def cap(v):
    match v:
        case (a, b) | [b, a, _]:
            return a, b
    return None
print(cap((1, 2)), cap([1, 2, 3]), cap('x'))
def wild(v):
    match v:
        case x:
            return 'captured', x
print(wild(42))
for src in ["match x:\n    case a:\n        pass\n    case b:\n        pass\n",
            "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case [a, a]:\n        pass\n",
            "match x:\n    case a | [b]:\n        pass\n",
            "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
            "match x:\n    case [*a, *b]:\n        pass\n",
            "match x:\n    case P(a=1, a=2):\n        pass\n"]:
    try:
        compile(src, 's', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.msg)
try:
    match 5:
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
def g():
    match [1, 2]:
        case [1, *rest]:
            return rest
print(g())
match {'a': 1, 'b': 2}:
    case {'a': 1, **kw}:
        print(kw)
x = 3
match x:
    case 3 if False:
        print('no')
    case _ if x > 2:
        print('default guard')
