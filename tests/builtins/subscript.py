def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
one, none, abc, lst, flt = 1, None, 'abc', [1], 1.5
t(lambda: one[0])
t(lambda: none['a'])
t(lambda: int[0])
t(lambda: abc['x'])
t(lambda: lst[flt])
t(lambda: (1, 2)[5])
t(lambda: {}['missing'])
def setit():
    x = (1, 2)
    x[0] = 5
t(setit)
def setstr():
    s = 'abc'
    s[0] = 'x'
t(setstr)
def delstr():
    s = 'abc'
    del s[0]
t(delstr)
def setint():
    n = 5
    n[0] = 1
t(setint)
def delint():
    n = 5
    del n[0]
t(delint)
def deltuple():
    x = (1,)
    del x[0]
t(deltuple)
class G:
    def __class_getitem__(cls, item):
        return ('cgi', cls.__name__, item)
print(G[int], G[1, 2])
class S:
    def __getitem__(self, k):
        return k
print(S()[1], S()['a'], S()[1:2], S()[1, 2], S()[...])
class L:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
print(list(L()), 2 in L(), 5 in L())
t(lambda: 1 in 5)
t(lambda: 'a' in 5)
t(lambda: 1 in 'abc')
def delstrkey():
    s = 'abc'
    del s['k']
t(delstrkey)
def settuplekey():
    x = (1,)
    x['a'] = 1
t(settuplekey)
def setlistkey():
    x = [1]
    x['a'] = 1
t(setlistkey)
