x: int = 1
y: 'fwd'
print(__annotations__)
class C:
    a: int
    b: str = 'b'
    def m(self) -> None:
        local: int = 3
        return local
print(C.__annotations__, C.b, C().m())
def f(a: int, *args: str, k: float = 1.0, **kw: bool) -> 'ret':
    pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
lst = [0]
lst[0]: int = 5
print(lst)
class D:
    pass
d = D()
d.attr: int = 9
print(d.attr)
