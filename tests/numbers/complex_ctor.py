print(complex(), complex(1), complex(1.5), complex(1, 2), complex(1.5, -2.5), complex(True, False))
print(complex(1 + 2j), complex(1 + 2j, 3j), complex(1j, 1j), complex(2, 1 + 1j), complex(real=1, imag=2), complex(imag=3))
for s in ['1+2j', '(1+2j)', ' ( 1+2j ) ', '1_0j', 'j', '-j', '+j', '1-j', 'inf-nanj', '1e3', '1e3j', '-1.5e-3+2e+2j',
          '1+', '', '1 + 2j', '(1+2j', '1+2j)', 'x', '1+2', '2j+1', '1e+j', '3.j', '.5j', 'nanj', 'infj', '-inf+infj',
          '1+2jj', '()', '(j)', '1e5+1e5j', '١+٢j', ' 1j\n', '1\x00j']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for args in [('1', 2), (1, '2'), ([],), (1, []), (None,), ('1', '2')]:
    try:
        complex(*args)
    except TypeError as e:
        print(args, type(e).__name__, e)
class C:
    def __complex__(self): return 1 + 5j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 4
class Bad:
    def __complex__(self): return 5
print(complex(C()), complex(F()), complex(I()), complex(F(), I()))
try:
    complex(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class MyC(complex):
    pass
m = MyC(1, 2)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, complex(m), MyC('3j'))
print(complex(b'1+2j') if False else 'skip')
try:
    complex(b'1+2j')
except TypeError as e:
    print(type(e).__name__, e)
