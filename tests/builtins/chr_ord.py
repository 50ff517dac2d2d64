def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(chr(65), chr(0x263a), chr(0x1f600), repr(chr(0)), chr(0x10ffff) == '\U0010ffff')
print(ord('A'), ord('é'), ord('\U0001f600'), ord(b'a'), ord(bytearray(b'z')))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr('a'))
t(lambda: chr(2**70))
t(lambda: chr(1.5))
t(lambda: ord('ab'))
t(lambda: ord(''))
t(lambda: ord(b'ab'))
t(lambda: ord(1))
t(lambda: ord())
t(lambda: chr())
class I:
    def __index__(self):
        return 97
print(chr(I()))
print(chr(True))
