import sys
name = '_tmp_files_test.txt'
with open(name, 'w') as f:
    print(f.write('line one\nline two\n'), f.name, f.mode, f.closed)
    f.write('third')
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print([line for line in f])
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(name, 'a') as f:
    f.write('\nappended')
print(open(name).read().splitlines())
with open(name, 'rb') as f:
    data = f.read()
print(type(data).__name__, data[:8], len(data))
with open(name, 'wb') as f:
    f.write(b'\x00\x01binary')
print(open(name, 'rb').read())
with open(name, 'w') as f:
    f.writelines(['a\n', 'b\n'])
print(open(name).readlines())
try:
    open('_definitely_missing_file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open(name, 'q')
except ValueError as e:
    print('ValueError', e)
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
with open(name, 'w') as f:
    f.write('crlf\r\nline\rend')
with open(name) as f:
    print(repr(f.read()))
with open(name, 'rb') as f:
    print(f.read())

# clean up without the os module: overwrite with nothing
open(name, 'w').close()
print(repr(open(name).read()))
