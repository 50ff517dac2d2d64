a=[];a.append(a);b={};b[1]=b;print(repr(a),repr(b))
