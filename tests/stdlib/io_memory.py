import io
from io import StringIO, BytesIO

s = StringIO()
print(s.write('hello\n'), s.write('world'), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(0)
print(list(s), s.readable(), s.writable(), s.seekable())
s = StringIO('a\nb\nc')
print(s.readlines(), s.tell())
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.truncate(3), repr(s.getvalue()))
print('printed', 42, file=s)
print(repr(s.getvalue()))
s = StringIO('abcdef')
print(s.read(2), s.read(2), s.read(10), repr(s.read(1)))
s.seek(10)
s.write('z')
print(repr(s.getvalue()))
with StringIO('ctx') as f:
    print(f.read())
print(f.closed)
for bad in [lambda: f.read(), lambda: f.write('x'), lambda: StringIO(1), lambda: StringIO().write(b'x'),
            lambda: StringIO().seek(-1), lambda: StringIO('x').seek(1, 1), lambda: StringIO(newline='x'),
            lambda: BytesIO().write('s'), lambda: StringIO().seek(0, 5)]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(repr(StringIO('a\r\nb', newline=None).getvalue()), repr(StringIO('a\nb', newline='\r\n').getvalue()))

b = BytesIO(b'line1\nline2\n')
print(b.readline(), b.read(3), b.tell(), b.read(), b.getvalue())
b = BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'de')), b.write(memoryview(b'f')), b.getvalue())
b.seek(1)
print(b.read1(2), bytes(b.getbuffer()), list(BytesIO(b'a\nb')))
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf)
print(isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), isinstance(s, io.IOBase), issubclass(io.UnsupportedOperation, OSError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
import contextlib
out = StringIO()
with contextlib.redirect_stdout(out):
    print('captured')
print(repr(out.getvalue()))
