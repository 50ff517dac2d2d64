class A:
    x = 'A.x'
    def who(self): return 'A'
    def hello(self): return 'hello from ' + self.who()
class B(A):
    def who(self): return 'B'
class C(A):
    x = 'C.x'
    def who(self): return 'C'
class D(B, C):
    pass
d = D()
print(d.who(), d.hello(), d.x)
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
print(issubclass(D, A), issubclass(D, C), issubclass(A, D), issubclass(D, (int, C)))
print(isinstance(d, (int, str)), isinstance(d, (int, B)))
print(D.__bases__ == (B, C), D.__base__ is B)
print(A.__subclasses__())
class E(D): pass
print([c.__name__ for c in E.__mro__])
try:
    class Bad(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
class P1(X, Y): pass
class P2(Y, X): pass
try:
    class Z(P1, P2): pass
except TypeError as e:
    print(type(e).__name__, e)
# diamond
class O: pass
class F(O): pass
class G(O): pass
class H(O): pass
class I(F, G): pass
class J(G, H): pass
class K(I, J): pass
print([c.__name__ for c in K.__mro__])
try:
    class NB(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class L(list, dict): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class M(1): pass
except TypeError as e:
    print(type(e).__name__, e)
