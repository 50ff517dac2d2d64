[y:=f(x) for x in z if (w:=x)]
