# async syntax must parse even where it is not run
def check(s):
    try:
        compile(s, 'x.py', 'exec')
        print('OK')
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
check('async x = 1')
check('await = 1')
check('async = 1')
check('async def f():\n    await = 1')
check('async with: pass')
check('async while x: pass')
