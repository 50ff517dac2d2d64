print(str(KeyError('k')), str(KeyError(1)), str(KeyError()), str(KeyError('a', 'b')), str(KeyError('')))
print(repr(KeyError('k')), str(KeyError(None)), str(KeyError(('t',))))
try:
    {}['missing']
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    raise KeyError
except LookupError as e:
    print(repr(e), repr(str(e)))
print(str(IndexError('i')), repr(IndexError('i')))
