a = {'x': 1}
b = {'y': 2}
print({**a, **b, 'z': 3})
print({**a, 'x': 9})
print({*[1, 2], *{3}, 4} == {1, 2, 3, 4})
print([*range(3), *'ab'])
print((*range(2),))
print({}, set(), {1}, {1: 2}, {(1, 2): [3]})
print({'a': 1,
       'b': 2,})
print(type({}), type({1}))
print({x: y for x, y in [(1, 2)]}, {1, 2, 3} & {2})
