"""Filename globbing: glob, iglob, escape, has_magic.

Each path component with wildcards is matched (fnmatch) against the
directory listing; '**' with recursive=True matches any number of
directories.  Hidden names (leading dot) match only patterns that start
with a dot.
"""

import os
import fnmatch

__all__ = ['glob', 'iglob', 'escape', 'has_magic']


def has_magic(s):
    if isinstance(s, bytes):
        return any(c in s for c in (b'*', b'?', b'['))
    return any(c in s for c in '*?[')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return a list of paths matching a pathname pattern."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    return iter(_glob(pathname, root_dir, recursive, include_hidden))


def _join(root, p):
    return os.path.join(root, p) if root is not None else p


def _exists(root, p, is_dir=False):
    full = _join(root, p) if p else (root if root is not None else os.curdir)
    return os.path.isdir(full) if is_dir else os.path.lexists(full)


def _listdir(root, dirname, dironly):
    path = _join(root, dirname) if dirname else (root if root is not None else
                                                  (b'.' if isinstance(dirname, bytes) else '.'))
    try:
        names = os.listdir(path)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(path, n))]
    return names


def _hidden(name):
    return name[:1] in ('.', b'.')


def _glob(pathname, root, recursive, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(root, pathname):
                return [pathname]
        elif _exists(root, dirname, True):
            return [pathname]
        return []
    if not dirname:
        return _glob_in_dir(root, dirname, basename, recursive, include_hidden, False)
    if dirname != pathname and has_magic(dirname):
        dirs = _glob(dirname, root, recursive, include_hidden)
    else:
        dirs = [dirname]
    results = []
    for d in dirs:
        for name in _glob_in_dir(root, d, basename, recursive, include_hidden, False):
            results.append(os.path.join(d, name) if name is not None else d)
    return results


def _glob_in_dir(root, dirname, pattern, recursive, include_hidden, dironly):
    if recursive and pattern in ('**', b'**'):
        return _rlist(root, dirname, include_hidden)
    if not has_magic(pattern):
        if not pattern:
            return [pattern] if _exists(root, dirname, True) else []
        return [pattern] if _exists(root, os.path.join(dirname, pattern) if dirname else pattern) else []
    names = _listdir(root, dirname, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _rlist(root, dirname, include_hidden):
    # '**': the directory itself (as ''), then everything below it
    empty = dirname[:0]
    out = [empty]
    def walk(rel):
        for name in sorted(_listdir(root, os.path.join(dirname, rel) if rel else dirname, False)):
            if _hidden(name) and not include_hidden:
                continue
            sub = os.path.join(rel, name) if rel else name
            out.append(sub)
            full = os.path.join(dirname, sub) if dirname else sub
            if os.path.isdir(_join(root, full)) and not os.path.islink(_join(root, full)):
                walk(sub)
    walk(empty)
    return out


def escape(pathname):
    """Escape all special characters."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        out = b''.join(b'[' + bytes([c]) + b']' if c in b'*?[' else bytes([c]) for c in pathname)
    else:
        out = ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)
    return drive + out
