import json
from json import JSONDecodeError
from collections import OrderedDict

for s in ['', '[1,]', '{"a":1,}', '{a:1}', '{"a" 1}', '[1 2]', '"abc', '"a\x01"', r'"\q"', r'"\u12"', '1 2', '[',
          '{"a":', 'tru', '-', '01', '1.', '\ufeff1', '{"a":1 "b":2}', '[1,,2]', 'nul', '{"a"', '[1,2', '{"a":1', '\n\n  x']:
    try:
        print(repr(s), json.loads(s))
    except JSONDecodeError as e:
        print(repr(s), type(e).__name__, e, e.pos, e.lineno, e.colno)
print(json.loads('{"a": [1, 2.5, -3e2, null, true, false, "x\\n\\u00e9\\ud83d\\ude00"], "b": {}, "c": []}'))
print(json.loads(' [NaN, Infinity, -Infinity, 0, -0, 1E3, 12.5e-1] '), json.loads(b'{"k": "v"}'), json.loads('"\\/\\b\\f\\r\\t\\"\\\\"'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.5]', parse_float=str), json.loads('[7]', parse_int=float))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
print(json.JSONDecoder().raw_decode('[1] tail'))
for o in [float('nan'), {1: 2}, {(1,): 2}, object()]:
    try:
        print(json.dumps(o, allow_nan=False))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({'a': [1, 2.5, None, True], 'b': {}, 'c': [], 'é': 'ü\n', 'd': {'e': [[]]}}, indent=2))
print(json.dumps([1, {'a': 2}], indent='\t'), json.dumps([1], indent=0))
print(json.dumps({'b': 1, 'a': (1, 2)}, sort_keys=True, separators=(',', ':')), json.dumps('é😀', ensure_ascii=False), json.dumps('é😀\x7f\x1f'))
print(json.dumps(1e100), json.dumps(float('inf')), json.dumps({True: 1, None: 2, 1.5: 3, False: 4}), json.dumps(-0.0), json.dumps(10**20))
print(json.dumps({'a': 1, 2: 3, (1,): 4}, skipkeys=True), json.dumps(set([1]), default=list), json.dumps('"\\\b\f\n\r\t'))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps(2 + 3j, cls=E), E().encode({'c': 1j}))
print(json.dumps(True), json.dumps(None), json.dumps('plain'), json.dumps([]), json.dumps({}), json.dumps((1,)))
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__, e)
class S:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
s = S()
json.dump({'x': [1, 2]}, s)
print(''.join(s.parts), json.loads(json.dumps({'round': [1, 'two', 3.0, None]})))
print(issubclass(JSONDecodeError, ValueError), json.decoder.JSONDecodeError is JSONDecodeError)
