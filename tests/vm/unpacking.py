def attempt(src, env):
    try:
        exec(src, env)
        print(src, "ok", {k: v for k, v in env.items() if k != "__builtins__" and k != "it"})
    except Exception as e:
        print(src, "->", type(e).__name__, e)
for src in [
    "a, b = 1, 2", "a, b = [1, 2, 3]", "a, b, c = (1, 2)", "a, b = 1", "a, *b = [1, 2, 3]",
    "*a, b = [1]", "a, *b, c = [1]", "a, *b, c = range(5)", "a, b = 'xy'", "a, b = {1: 0, 2: 0}",
    "a, b = iter([1])", "a, b = iter([1, 2, 3])", "[a, [b, c]] = [1, [2, 3]]",
    "a, b = None", "a, *b = 5", "(a, b), c = (1, 2), 3", "a, b = (x for x in [1, 2, 3])",
    "a, *b, c, d = [1, 2]",
]:
    attempt(src, {})
def swap():
    x, y = 1, 2
    x, y = y, x
    return x, y
print(swap())
first, *rest = "hello"
print(first, rest)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print([(*x, 0) for x in [(1,), (2, 3)]])
print({**{"a": 1}, "b": 2, **{"a": 3}})
print([*range(3), *"ab"])
print({*range(3), *[2, 3]} == {0, 1, 2, 3})
def f(*a, **k): return a, k
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
for bad in ["[*1]", "{**1}", "f(*1)", "f(**1)", "f(1, *2)", "f(x=1, **{'x': 2})",
            "f(**{'x': 1}, **{'x': 2})", "print(*None)", "{*5}", "(*1,)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", type(e).__name__, e)
