# break/continue/return through finally and with blocks
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self
    def __exit__(self, *a): print('exit', self.n, a[0] is None); return False
def r1():
    for i in range(3):
        with CM(i):
            try:
                if i == 1:
                    return 'r1-' + str(i)
            finally:
                print('fin', i)
print(r1())
def r2():
    try:
        for i in range(3):
            try:
                continue
            finally:
                print('inner fin', i)
    finally:
        print('outer fin')
    return 'r2'
print(r2())
def r3():
    while True:
        try:
            try:
                break
            finally:
                print('f1')
        finally:
            print('f2')
    return 'r3'
print(r3())
def r4():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError:
            try:
                return 'from handler %d' % i
            finally:
                print('handler fin')
print(r4())
def r5():
    try:
        raise KeyError('k')
    finally:
        return 'swallowed by return'
print(r5())
def r6():
    for x in range(3):
        try:
            raise ValueError
        finally:
            if x == 0:
                break
    return x
print(r6())
def r7():
    result = []
    for i in range(4):
        try:
            if i % 2:
                continue
            result.append(i)
        finally:
            result.append('f')
    return result
print(r7())
def r8():
    with CM('a'):
        with CM('b'):
            for i in range(3):
                with CM('c%d' % i):
                    if i == 1:
                        break
        return 'r8'
print(r8())
def r9():
    try:
        return 'value'
    finally:
        print('r9 finally sees return')
print(r9())
def r10(n):
    try:
        if n:
            raise ValueError('v')
        return 'no error'
    except ValueError as e:
        return 'error ' + str(e)
    finally:
        print('r10 fin', n)
print(r10(0), r10(1))
def r11():
    for i in range(2):
        try:
            pass
        finally:
            for j in range(2):
                if j:
                    break
                print('nested loop in finally', i, j)
print(r11())
def r12():
    x = 0
    try:
        while x < 3:
            try:
                x += 1
                if x == 2:
                    raise RuntimeError('two')
            except RuntimeError as e:
                print('caught', e)
                continue
            finally:
                print('iter done', x)
    finally:
        print('all done')
r12()
