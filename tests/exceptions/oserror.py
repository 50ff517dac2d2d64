class errno: ENOENT=2; EEXIST=17; EACCES=13; EPERM=1; EISDIR=21; ENOTDIR=20; EPIPE=32; ECHILD=10; EINTR=4; ESRCH=3; ETIMEDOUT=110; EAGAIN=11; ECONNREFUSED=111; ECONNRESET=104; ECONNABORTED=103; EINPROGRESS=115; EALREADY=114; EINVAL=22
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR,
             errno.EPIPE, errno.ECHILD, errno.EINTR, errno.ESRCH, errno.ETIMEDOUT, errno.EAGAIN,
             errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.EINPROGRESS,
             errno.EALREADY, errno.EINVAL, 9999]:
    e = OSError(code, 'message')
    print(code, type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(2, 'No such file or directory', 'x')
print(type(e).__name__, str(e), repr(e), e.args, e.filename, e.filename2)
e = OSError(2, 'No such file or directory', 'a', None, 'b')
print(str(e), e.args, e.filename2)
print(str(OSError()), str(OSError('just msg')), OSError('just msg').errno, repr(OSError(1)))
print(str(OSError(1, 2, 3, 4, 5, 6)), OSError(1, 2, 3, 4, 5, 6).errno)
print(type(FileNotFoundError(17, 'x')).__name__, type(OSError('x', 'y')).__name__)
b = BlockingIOError(11, 'would block', 5)
print(b.characters_written, str(b), b.args)
try:
    BlockingIOError(11, 'x').characters_written
except AttributeError as x:
    print(type(x).__name__, x)
try:
    open('/definitely/not/here.txt')
except OSError as x:
    print(type(x).__name__, x.errno == errno.ENOENT, x.strerror, x.filename, str(x))
class MyOS(OSError):
    pass
m = MyOS(2, 'nf')
print(type(m).__name__, m.errno, str(m))
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
e = OSError(13, 'Permission denied')
e.filename = 'f.txt'
print(str(e))
