@a.b(c)
class C(B,metaclass=M):
 x:int=1
 def f[T](self)->T: return super().f()
