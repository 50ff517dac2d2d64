x = "outer"
print([x for x in range(3)], x)
print({k: v for k, v in zip("ab", (1, 2))})
print({c for c in "hello"} == set("helo"))
print([(a, b) for a in range(3) for b in range(a)])
print([[j for j in range(i)] for i in range(4)])
g = (i * i for i in range(4))
print(next(g), list(g))
def lazy():
    gen = (1 / v for v in [1, 0])
    print(next(gen))
    try:
        next(gen)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
lazy()
def closure_in_comp():
    fs = [lambda: n for n in range(3)]
    return [f() for f in fs]
print(closure_in_comp())
def uses_outer():
    factor = 3
    return [v * factor for v in range(3)]
print(uses_outer())
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
def comp_exception():
    try:
        [1 // (i - 2) for i in range(4)]
    except ZeroDivisionError as e:
        print("comp raised", e)
comp_exception()
def unbound_after_comp():
    [y for y in range(2)]
    try:
        return y
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(unbound_after_comp())
print(sum(x for x in range(101)), max((c for c in "zebra")), sorted(x % 3 for x in range(6)))
print(list(map(lambda t: t[0] * t[1], [(1, 2), (3, 4)])))
nested = [[1, 2], [3], []]
print([v for sub in nested for v in sub if v != 2])
print(dict((i, i * i) for i in range(3)))
def gen_send_comp():
    return list((yield) for _ in range(0)) if False else "n/a"
print(gen_send_comp())
