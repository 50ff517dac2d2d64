# found by the compile fuzzer: a comprehension variable captured by a lambda
# while the enclosing function reads the same name as a global
def f():
    global x
    fs = [lambda: x for x in range(2)]
    return [g() for g in fs], x
x = 9
print(f())
def h():
    y = [lambda: x for x in range(2)]
    return [g() for g in y], x
print(h())
del x
def f2():
    try:
        x
    except NameError as e:
        print("NameError", e)
    fs = [lambda: x for x in range(2)]
    return [g() for g in fs]
print(f2())
