path = '/tmp/krait_builtins_open_test.txt'
with open(path, 'w') as f:
    n = f.write('hello\nworld\n')
print(n)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print([line for line in f])
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'a') as f:
    f.write('more')
with open(path, encoding='utf-8') as f:
    print(f.readlines())
try:
    open('/nonexistent/dir/file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    open()
except TypeError as e:
    print(type(e).__name__, e)
try:
    open('/tmp')
except IsADirectoryError as e:
    print(type(e).__name__, e)
