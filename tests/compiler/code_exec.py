ns = {}
exec('x = 10\ndef f(y):\n    return x + y\n', ns)
print(ns['x'], ns['f'](5))
print(eval('x * 2', ns))
print(eval('[i for i in range(x) if i % 3 == 0]', ns))
code = compile('result = sum(range(5))', '<s>', 'exec')
g = {}
exec(code, g)
print(g['result'])
loc = {}
exec('a = 1\nb = a + 1', {}, loc)
print(sorted(loc.items()))
exec('class K:\n    v = 3\n', ns)
print(ns['K'].v)
src = '''
def outer():
    total = 0
    for i in range(4):
        total += i
    return total
value = outer()
'''
exec(src, ns)
print(ns['value'])
print(eval('(lambda a, b=3: a * b)(2)'))
print(eval('{k: v for k, v in zip("ab", (1, 2))}'))
