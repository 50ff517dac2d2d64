c = compile("'\\d'", 'w.py', 'eval')
print(eval(c))
c = compile("x = '\\q'\ny = 1", 'other.py', 'exec')
print('done')
