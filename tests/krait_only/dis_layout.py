import dis

class Masked:
    """prints what dis writes, with object addresses masked"""
    def write(self, s):
        while ' at 0x' in s:
            i = s.index(' at 0x') + 4
            j = i + 2
            while j < len(s) and s[j] in '0123456789abcdef':
                j += 1
            s = s[:i - 4] + ' at ADDR' + s[j:]
        print(s, end='')
out = Masked()

def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
    return total

def handler(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        return None

def outer():
    y = 1
    def inner():
        return y
    return inner

dis.dis(loop, file=out)
print('---')
dis.dis(handler, file=out)
print('---')
dis.dis(outer, file=out)
print('---')
dis.dis('x = [i * 2 for i in range(3)]', file=out)
print('---')
b = dis.Bytecode(loop)
print(type(b).__name__, len(list(b)) > 5)
print(b.dis() == dis.Bytecode(loop).dis())
print(dis.opname[dis.opmap['LOAD_FAST']], 'LOAD_FAST' in dis.opmap)
print(dis.stack_effect(dis.opmap['POP_TOP']), dis.stack_effect(dis.opmap['BUILD_LIST'], 3))
print(dis.cmp_op)
print(sorted(dis.findlinestarts(loop.__code__))[:2])
print(dis.findlabels(loop.__code__.co_code))
