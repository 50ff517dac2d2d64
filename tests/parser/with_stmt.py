class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self.n
    def __exit__(self, *a): print('exit', self.n); return False
with CM(1) as a, CM(2) as b:
    print(a, b)
with (CM(3) as c, CM(4) as d,):
    print(c, d)
with (CM(5)):
    print('paren')
with CM(6), CM(7):
    print('two')
with (
    CM(8) as e,
    CM(9),
):
    print(e)
lst = [0]
with CM(10) as lst[0]:
    pass
print(lst)
