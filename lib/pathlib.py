"""Object-oriented filesystem paths: PurePath/PurePosixPath for path
arithmetic, Path/PosixPath adding the file system operations (on os).

(Windows flavours are not provided: PureWindowsPath/WindowsPath are
missing.)
"""

import os
import posixpath
import fnmatch
import io

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _parse(parts):
    # the drive is always empty on POSIX; root is '', '/' or '//'
    root = ''
    comps = []
    for part in parts:
        if not part:
            continue
        if part.startswith('/'):
            comps = []
            if part.startswith('//') and not part.startswith('///'):
                root = '//'
            else:
                root = '/'
        for c in part.split('/'):
            if c and c != '.':
                comps.append(c)
    return root, comps


class PurePath:
    """Base class for manipulating paths without I/O."""

    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        strs = []
        for a in args:
            if isinstance(a, PurePath):
                strs.append(str(a))
                continue
            if not isinstance(a, str):
                try:
                    a = os.fspath(a)
                except TypeError:
                    pass
            if not isinstance(a, str):
                raise TypeError('argument should be a str or an os.PathLike object where '
                                f"__fspath__ returns a str, not {type(a).__name__!r}")
            strs.append(a)
        root, comps = _parse(strs)
        return cls._from_parsed(root, comps)

    @classmethod
    def _from_parsed(cls, root, comps):
        self = object.__new__(cls)
        self._root = root
        self._parts = comps
        self._str = None
        self._hash = None
        return self

    def with_segments(self, *pathsegments):
        return type(self)(*pathsegments)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() < other._parts_key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() <= other._parts_key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() > other._parts_key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() >= other._parts_key()

    def _parts_key(self):
        return self.parts

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parsed(self._root, self._parts[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._parts:
            p = p.parent
            out.append(p)
        return tuple(out)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *pathsegments):
        return type(self)(self, *pathsegments)

    def with_name(self, name):
        if not self.name:
            raise ValueError(f'{self!r} has an empty name')
        if not name or '/' in name or name == '.':
            raise ValueError(f'Invalid name {name!r}')
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError(f'Invalid suffix {suffix!r}')
        name = self.name
        if not name:
            raise ValueError(f'{self!r} has an empty name')
        old = self.suffix
        stem = name[:len(name) - len(old)] if old else name
        return self._from_parsed(self._root, self._parts[:-1] + [stem + suffix])

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        other = type(self)(other, *_deprecated)
        if other._root != self._root and not walk_up:
            raise ValueError(f'{str(self)!r} is not in the subpath of {str(other)!r}')
        n = len(other._parts)
        if self._parts[:n] == other._parts and self._root == other._root:
            return self._from_parsed('', self._parts[n:])
        if not walk_up:
            raise ValueError(f'{str(self)!r} is not in the subpath of {str(other)!r}')
        common = 0
        while common < min(n, len(self._parts)) and self._parts[common] == other._parts[common]:
            common += 1
        if '..' in other._parts[common:]:
            raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        return self._from_parsed('', ['..'] * (n - common) + self._parts[common:])

    def is_relative_to(self, other, /, *_deprecated):
        try:
            self.relative_to(other, *_deprecated)
            return True
        except ValueError:
            return False

    def match(self, path_pattern, *, case_sensitive=None):
        pat = type(self)(path_pattern)
        if not pat.parts:
            raise ValueError('empty pattern')
        pat_parts = pat.parts
        parts = self.parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    __slots__ = ()


class Path(PurePath):
    """PurePath subclass that can make system calls."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(self) if follow_symlinks else os.path.lexists(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return os.path.ismount(self)

    def is_junction(self):
        return False

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from_parsed(self._root, self._parts + [name])

    def glob(self, pattern, *, case_sensitive=None):
        import glob as _glob
        if not pattern:
            raise ValueError(f'Unacceptable pattern: {pattern!r}')
        base = str(self)
        for p in _glob.glob(pattern, root_dir=base, recursive=True):
            yield self / p

    def rglob(self, pattern, *, case_sensitive=None):
        return self.glob('**/' + pattern)

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(self, strict=strict))

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
            if encoding == 'locale':
                encoding = None
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok and self.exists():
            return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def readlink(self):
        return self.with_segments(os.readlink(self))

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for root, dirs, files in os.walk(self, topdown=top_down, onerror=on_error,
                                         followlinks=follow_symlinks):
            yield type(self)(root), dirs, files


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()
