import os, shutil, tempfile

print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.basename(d).startswith('tmp'), len(os.path.basename(d)))
    src = os.path.join(d, 'a.txt')
    with open(src, 'w') as f:
        f.write('hello')
    os.chmod(src, 0o640)
    print(shutil.copy(src, os.path.join(d, 'b.txt')) == os.path.join(d, 'b.txt'))
    print(oct(os.stat(os.path.join(d, 'b.txt')).st_mode & 0o777), open(os.path.join(d, 'b.txt')).read())
    os.mkdir(os.path.join(d, 'sub'))
    print(shutil.copy(src, os.path.join(d, 'sub')) == os.path.join(d, 'sub', 'a.txt'))
    shutil.copyfile(src, os.path.join(d, 'c.txt'))
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
    shutil.copytree(os.path.join(d, 'sub'), os.path.join(d, 'tree', 'inner'))
    print(sorted(os.listdir(os.path.join(d, 'tree', 'inner'))))
    shutil.copytree(d + '/sub', d + '/tree2', ignore=shutil.ignore_patterns('*.txt'))
    print(os.listdir(d + '/tree2'))
    try:
        shutil.copytree(d + '/sub', d + '/tree2')
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    shutil.move(os.path.join(d, 'c.txt'), os.path.join(d, 'moved.txt'))
    shutil.move(os.path.join(d, 'moved.txt'), os.path.join(d, 'sub'))
    print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, 'sub'))))
    shutil.rmtree(os.path.join(d, 'tree'))
    print(os.path.exists(os.path.join(d, 'tree')))
    try:
        shutil.rmtree(os.path.join(d, 'nope'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    shutil.rmtree(os.path.join(d, 'nope'), ignore_errors=True)
    fd, path = tempfile.mkstemp(suffix='.dat', dir=d)
    os.write(fd, b'data')
    os.close(fd)
    print(path.endswith('.dat'), os.path.dirname(path) == d, open(path, 'rb').read())
    sub = tempfile.mkdtemp(prefix='pre_', dir=d)
    print(os.path.basename(sub).startswith('pre_'), os.path.isdir(sub))
    with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.txt') as nt:
        nt.write('named')
        nt.flush()
        nt.seek(0)
        print(nt.read(), os.path.exists(nt.name), nt.name.endswith('.txt'))
    print(os.path.exists(nt.name))
    with tempfile.TemporaryFile('w+b', dir=d) as tf:
        tf.write(b'anon')
        tf.seek(0)
        print(tf.read())
print(os.path.exists(d))
print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'))
