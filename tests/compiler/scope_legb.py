# LEGB resolution: local, enclosing, global, builtin
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())

def local_shadow():
    x = 'local'
    return x
print(local_shadow(), x)

def uses_global():
    return x
print(uses_global())

def uses_builtin():
    return len('abc')
print(uses_builtin())

def shadow_builtin():
    len = lambda s: 42
    return len('abc')
print(shadow_builtin())

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
unbound()

def unbound_free():
    def g():
        return z
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
    return g()
print(unbound_free())

try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)

def three_levels():
    a = 1
    def mid():
        b = 2
        def inn():
            return a + b
        return inn
    return mid()()
print(three_levels())
