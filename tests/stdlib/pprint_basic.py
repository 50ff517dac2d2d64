import pprint

data = {'name': 'widget', 'tags': ['a', 'b', 'c'], 'dims': {'w': 10, 'h': 20, 'd': [1, 2, 3]},
        'history': [{'v': i, 'note': 'x' * (i * 3)} for i in range(5)], 'empty': {}, 'tup': (1,), 'set': {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(list(range(40)))
pprint.pprint(tuple(range(30)), width=30)
pprint.pprint({'b': 1, 'a': 2})
pprint.pprint({'b': 1, 'a': 2}, sort_dicts=False)
pprint.pp({'z': [1, 2], 'a': 0})
print(pprint.pformat([[1, 2, [3, 4, [5, 6]]]], depth=2), pprint.pformat({'a': {'b': {'c': 1}}}, depth=1))
print(pprint.saferepr({'x': [1, 2]}), pprint.isreadable([1, 'a']), pprint.isreadable(object()), pprint.isrecursive([1]))
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint([{'k%d' % i: i * 1000 for i in range(8)}] * 2, width=50)
pprint.pprint(12345678, underscore_numbers=True)
pprint.pprint([], width=1)
