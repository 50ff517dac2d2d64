print('imported once')
X = 42
