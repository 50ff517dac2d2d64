match x:
 case [1,*r] if r: pass
 case {"a":b}: pass
 case C(x=1)|D(): pass
