import errno
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), [(n, getattr(errno, n)) for n in names])
print(sorted(errno.errorcode.items()))
