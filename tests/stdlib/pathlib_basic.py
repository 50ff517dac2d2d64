from pathlib import Path, PurePath, PurePosixPath, PosixPath
import os

p = PurePosixPath('/usr/lib//python3.12/./site.py')
print(p, repr(p), p.parts, p.name, p.suffix, p.stem, p.parent, p.anchor, p.root, p.is_absolute())
print(list(p.parents), PurePath('a/b'), type(PurePath('x')).__name__, type(Path('x')).__name__)
print(PurePosixPath('a') / 'b' / 'c', 'x' / PurePosixPath('y'), PurePosixPath('a', '/b', 'c'), PurePosixPath(''), PurePosixPath('//x'), PurePosixPath('///x'))
q = PurePosixPath('dir/archive.tar.gz')
print(q.suffixes, q.with_suffix('.zip'), q.with_name('other.txt'), q.with_stem('new'), q.with_suffix(''), PurePosixPath('.bashrc').suffix, PurePosixPath('a.').suffixes)
print(PurePosixPath('/a/b/c').relative_to('/a'), PurePosixPath('/a/b').is_relative_to('/a'), PurePosixPath('/a/b').is_relative_to('/c'))
print(PurePosixPath('a/b.py').match('*.py'), PurePosixPath('/a/b/c.py').match('b/*.py'), PurePosixPath('a/b.py').match('/*.py'))
print(PurePosixPath('a') == PurePosixPath('a/'), PurePosixPath('a') < PurePosixPath('b'), sorted([PurePosixPath('b'), PurePosixPath('a/c')]), hash(PurePosixPath('a')) == hash(PurePosixPath('a')))
print(os.fspath(PurePosixPath('/x/y')), PurePosixPath('/x').as_uri(), bytes(PurePosixPath('a')))
for bad in [lambda: PurePosixPath('/a').relative_to('/b'), lambda: PurePosixPath('').with_name('x'), lambda: q.with_suffix('zip'),
            lambda: PurePosixPath(1), lambda: PurePosixPath('a').as_uri(), lambda: q.with_name('')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

base = Path('_pathlib_test')
if base.exists():
    import shutil
    shutil.rmtree(base)
base.mkdir()
(base / 'sub' / 'deep').mkdir(parents=True)
print(base.is_dir(), (base / 'sub').exists(), (base / 'nope').exists())
f = base / 'a.txt'
print(f.write_text('hello'), f.read_text(), f.is_file(), f.stat().st_size)
(base / 'b.bin').write_bytes(b'\x00\x01')
print((base / 'b.bin').read_bytes(), sorted(x.name for x in base.iterdir()))
(base / 'sub' / 'c.txt').touch()
print(sorted(str(x) for x in base.glob('*.txt')), sorted(str(x) for x in base.rglob('*.txt')))
g = f.rename(base / 'renamed.txt')
print(g, g.exists(), f.exists())
with g.open() as fh:
    print(fh.read())
g.unlink()
g.unlink(missing_ok=True)
try:
    g.unlink()
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
try:
    base.mkdir()
except FileExistsError as e:
    print(type(e).__name__, e.errno)
base.mkdir(exist_ok=True)
print(Path.cwd() == Path(os.getcwd()), base.absolute() == Path.cwd() / base, base.resolve().is_absolute())
print([(str(r), sorted(d), sorted(fs)) for r, d, fs in sorted(base.walk())])
import shutil
shutil.rmtree(base)
print(base.exists())
