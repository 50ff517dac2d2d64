# A long right-associative ** chain nests the parser as deeply as brackets
# do; CPython reports MemoryError ("Parser stack overflowed") rather than
# overflowing the C stack.  Same for unary minus mixed with **.
for src in ('2' + '**2' * 100000, '-2' + '**-2' * 100000, '2' + '**-' * 100000 + '2'):
    try:
        compile(src, '<deep>', 'eval')
        print('ok')
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(type(e).__name__, e)
print('alive')
