import fnmatch, glob, os

cases = [('a.py', '*.py'), ('a.pyc', '*.py'), ('abc', 'a?c'), ('ac', 'a?c'), ('abc', 'a[bx]c'), ('axc', 'a[!b]c'),
         ('abc', 'a[!b]c'), ('a-c', 'a[a-z]c'), ('a[c', 'a[c'), ('x', '*'), ('', '*'), ('', '?'), ('abcabc', '*abc'),
         ('aaa', 'a*a*a'), ('aa', 'a*a*a'), ('dir/file.txt', '*.txt'), ('A.PY', '*.py'), ('a]b', 'a]b'), ('a]', 'a[]]'),
         ('mississippi', '*sip*'), ('mississippi', 'm*iss*ppi'), ('b', '[a-c]'), ('d', '[c-a]'), ('*', '[*]')]
for name, pat in cases:
    print(name, pat, fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py', '.hidden.py'], '*.py'), fnmatch.fnmatch(b'x.c', b'*.c'))
try:
    fnmatch.fnmatch('a', b'a')
except TypeError as e:
    print(type(e).__name__, e)

base = '_glob_test'
def rm(p):
    for root, dirs, files in os.walk(p, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(p)
if os.path.exists(base):
    rm(base)
os.makedirs(base + '/sub/deep')
os.makedirs(base + '/other')
for f in ['a.py', 'b.py', 'c.txt', '.hid.py', 'sub/d.py', 'sub/deep/e.py', 'other/f.txt']:
    open(os.path.join(base, f), 'w').close()
print(sorted(glob.glob(base + '/*.py')))
print(sorted(glob.glob(base + '/*')))
print(sorted(glob.glob(base + '/*/*.py')), sorted(glob.glob(base + '/?.py')), sorted(glob.glob(base + '/[ab].py')))
print(sorted(glob.glob(base + '/**/*.py', recursive=True)))
print(sorted(glob.glob(base + '/**', recursive=True)))
print(sorted(glob.glob('*.py', root_dir=base)), sorted(glob.glob(base + '/*.py', include_hidden=True)))
print(glob.glob(base + '/nope*'), glob.glob(base + '/a.py'), glob.glob(base + '/zz.py'), glob.glob(base + '/sub/'))
print(glob.escape('a*b?[c].py'), glob.has_magic('a*'), glob.has_magic('abc'), sorted(glob.iglob(base + '/sub/*')))
rm(base)
