# where asynchronous comprehensions may appear, and CPython's error for the rest
for src in ["[x async for x in y]", "[await x for x in y]", "{await x for x in y}", "{k: await v for k, v in y}",
            "async def f():\n    return [await x for x in y]", "async def f():\n    return [x async for x in y]",
            "def f():\n    return [await x for x in y]", "def f():\n    return {x async for x in y}",
            "async def f():\n    return [[await x for x in a] for a in b]",
            "x = {**a for a in b}", "def f(/, a): pass", "def f(/): pass", "lambda /: 1", "x = 1 not 2", "print(a not b)"]:
    try:
        compile(src, "s", "exec"); print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
