# match is a soft keyword: these uses are ordinary names
match = [1, 2]
print(match[0], match)
case = 3
_ = case
print(case, _)
def f(match, case): return match + case
print(f(1, 2))
# errors raised while parsing match statements
def check(src):
    try:
        compile(src, 'x.py', 'exec')
        print('OK')
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
check('match x:\n    case 1 as _: pass')
check('match x:\n    case A(a=1, 2): pass')
check('match x:\n    case {a: 1}: pass')
check('match x:\n    case 1 + 2: pass')
check('match x:\npass')
check('match x:\n    case 1:\n    pass')
check('match x:\n    case 1 as 2: pass')
check('match x:\n    case *a: pass\n    case (*a, *b): pass')
