# found by the compile fuzzer: a mapping pattern whose key is not a literal
# (here the end of the input, after a comment) read past a number buffer
cases = [
    'match v:\n    case {#"k": -a}:]',
    'match v:\n    case {',
    'match v:\n    case {)',
    'match v:\n    case {"k": 1, ',
    'match v:\n    case {-',
    'match v:\n    case {1 + ',
]
for src in cases:
    try:
        compile(src, "<fuzz>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
