# async syntax must parse even where it is not run
src = '''
async def f(x):
    await x
    async for a in b:
        pass
    async with c as d:
        pass
    return [i async for i in x]
'''
code = compile(src, 'a.py', 'exec')
print(type(code).__name__)
def check(s):
    try:
        compile(s, 'x.py', 'exec')
        print('OK')
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
check('async x = 1')
check('await = 1')
check('async = 1')
check('def f():\n    await x')
check('async def f():\n    yield from x')
