e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(str(e), e.encoding, e.object, e.start, e.end, e.reason)
print(repr(e))
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')
print(str(e))
e = UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)')
print(str(e))
print(str(UnicodeEncodeError('ascii', 'ab\u1234', 2, 3, 'r')))
print(str(UnicodeEncodeError('ascii', '\U0001f600', 0, 1, 'r')))
print(str(UnicodeEncodeError('ascii', 'abc', 0, 3, 'r')))
print(str(UnicodeTranslateError('é', 0, 1, 'no map')))
print(str(UnicodeTranslateError('éé', 0, 2, 'no map')))
try:
    UnicodeDecodeError('utf-8')
except TypeError as x:
    print(type(x).__name__, x)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as x:
    print(type(x).__name__, x)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as x:
    print(type(x).__name__, x, x.start, x.end)
print(issubclass(UnicodeDecodeError, ValueError), UnicodeError.__mro__[1].__name__)
print(str(UnicodeError('x')), UnicodeError('x').args)
e = UnicodeDecodeError('utf-8', bytearray(b'ab'), 1, 2, 'r')
print(type(e.object).__name__, str(e))
e.start = 0
print(str(e))
