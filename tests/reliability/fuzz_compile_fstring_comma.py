# Found by tests/fuzz/fuzz_compile: an f-string replacement field followed
# by a comma made the parser read a token after the token buffer had been
# reallocated (heap-use-after-free under ASan in fstring_field).
SRC = b'x, y, w, p,\'h\',0, 3\np(f\'{x}\',ri(f\'{x:>{w}} {x:<5}| {1:.{ 2, \'hi\',10,3\npr(f\'{x}\', f"{:>{w}} {x{{{{{\'=\',p}f {:t(f\'{x =}\',f\'{x=}\' \'10\', \'<1\',(f\'{3+j}\',f\'{_00:,}\', f\'{3+j}\', f\'{1_0:,}\', f\'{178:_}\')f\'{7:_.2f}\')(f\'{x:{"^"}{w}}\'f"{x!r:>{w}}|"nt(f\'{3+4}\',f\'{1:,}\', f\'{178:_f}\'))(f\'{x:{"^"}{w}}\'f"{x!r:>{w}}|"n(f\'{3+4}\',f\'{1:,}\', f\'{178:f}\')'
try:
    compile(SRC, '<fuzz>', 'exec')
    print('compiled')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
