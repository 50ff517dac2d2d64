d={i:i for i in range(9)}
for k in d: d[k+100]=1
