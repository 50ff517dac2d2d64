g = 1
def setg():
    global g
    g = 2
setg()
print(g)

def newg():
    global fresh
    fresh = 'made'
newg()
print(fresh)

def readg():
    global g
    return g
print(readg())

def nested_global():
    g = 'local'
    def inner():
        global g
        return g
    return inner(), g
print(nested_global())

def delg():
    global fresh
    del fresh
delg()
try:
    fresh
except NameError as e:
    print(type(e).__name__, e)

class K:
    global kattr
    kattr = 5
print(kattr)

def outer():
    x = 1
    def mid():
        global x
        x = 'from mid'
        def inn():
            return x
        return inn()
    return mid(), x
print(outer())
print(x)
