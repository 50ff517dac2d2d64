import os
import os.path
import sys

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.devnull)
print(os.path is sys.modules['os.path'], os.path.__name__)
base = os.path.abspath('_os_test_dir')
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.mkdir(base)
print(os.path.isdir(base), os.path.isfile(base), os.path.exists(base))
cwd = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.listdir('.'), os.listdir())
with open('a.txt', 'w') as f:
    f.write('hello')
st = os.stat('a.txt')
print(st.st_size, st[6], len(st), os.path.getsize('a.txt'), type(st.st_mtime).__name__, type(st[8]).__name__)
import stat
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISDIR(os.stat('.').st_mode))
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o120777))
os.rename('a.txt', 'b.txt')
print(sorted(os.listdir('.')))
os.makedirs('x/y/z')
os.makedirs('x/y/z', exist_ok=True)
try:
    os.makedirs('x/y/z')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename)
with open('x/y/f.txt', 'w') as f:
    f.write('1')
for root, dirs, files in os.walk('x'):
    print(root, sorted(dirs), sorted(files))
print(sorted(e.name for e in os.scandir('.')), [e.is_dir() for e in sorted(os.scandir('.'), key=lambda e: e.name)])
print(os.listdir(b'.') and sorted(os.listdir(b'.')))
for bad in [lambda: os.stat('nope'), lambda: os.rmdir('nope'), lambda: os.remove('nope'),
            lambda: os.rename('nope', 'nope2'), lambda: os.mkdir('x'), lambda: os.rmdir('x'),
            lambda: os.chdir('nope'), lambda: os.listdir('nope'), lambda: os.stat(3.5),
            lambda: os.fspath(1), lambda: os.stat('a\0b'), lambda: os.remove('x')]:
    try:
        bad()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
os.remove('x/y/f.txt')
os.removedirs('x/y/z')
os.unlink('b.txt')
print(os.listdir('.'))
os.chdir(cwd)
os.rmdir(base)
print(os.path.exists(base))

print(os.getpid() > 0, isinstance(os.cpu_count(), int), len(os.urandom(10)), type(os.urandom(3)).__name__)
print(os.strerror(2), os.strerror(13))
os.environ['KRAIT_T'] = 'v1'
print(os.environ['KRAIT_T'], os.getenv('KRAIT_T'), os.getenv('KRAIT_NOPE'), os.getenv('KRAIT_NOPE', 'd'), 'KRAIT_T' in os.environ)
print(os.environb[b'KRAIT_T'])
del os.environ['KRAIT_T']
print('KRAIT_T' in os.environ, os.environ.get('KRAIT_T'))
try:
    os.environ['KRAIT_NOPE']
except KeyError as e:
    print(type(e).__name__, e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(os.environ['PATH'], str))
class P:
    def __fspath__(self):
        return '/tmp/p'
print(os.fspath(P()), os.fspath('s'), os.fspath(b'b'), os.fsencode('abc'), os.fsdecode(b'abc'))
print(isinstance(P(), os.PathLike), issubclass(str, os.PathLike))

p = os.path
print(p.join('a', 'b', 'c'), p.join('/a', '/b', 'c'), p.join('a/', 'b'), p.join('a', ''), p.join(b'a', b'b'))
print(p.split('/a/b/c'), p.split('c'), p.split('/'), p.split('a//b'), p.split('//a'))
print(p.splitext('a/b.tar.gz'), p.splitext('.bashrc'), p.splitext('a.'), p.splitext('a/.b.c'), p.splitext('..x'))
print(p.basename('/a/b/'), p.basename('/a/b'), p.dirname('/a/b'), p.dirname('a'), p.dirname('/'), p.dirname('//a//b'))
print(p.normpath('/a//b/../c/./d'), p.normpath(''), p.normpath('../../a'), p.normpath('//a'), p.normpath('///a/'), p.normpath('a/..'))
print(p.isabs('/a'), p.isabs('a'), p.abspath('/a/../b'), p.abspath('x') == p.join(os.getcwd(), 'x'))
print(p.relpath('/a/b/c', '/a/d'), p.relpath('/a', '/a'), p.relpath('/a/b', '/'), p.relpath(b'/x/y', b'/x'))
os.environ['HOME'] = '/home/tester'
print(p.expanduser('~'), p.expanduser('~/x'), p.expanduser('a~'), p.expanduser('~root/q'))
os.environ['KV'] = 'val'
print(p.expandvars('$KV/${KV}/$NOPE_X/${NOPE_Y}/$'), p.commonprefix(['abc', 'abd']), p.commonpath(['/a/b/c', '/a/b/d']))
print(p.splitdrive('/a'), p.splitroot('//a/b'), p.splitroot('/a'), p.splitroot('a'), p.normcase('AbC'))
print(p.exists('/nonexistent_zz'), p.isdir('/'), p.islink('/'), p.lexists('/'))
for bad in [lambda: p.join('a', b'b'), lambda: p.join(1), lambda: p.join('a', 1), lambda: p.relpath(''),
            lambda: p.commonpath([]), lambda: p.commonpath(['/a', 'b']), lambda: p.basename(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
