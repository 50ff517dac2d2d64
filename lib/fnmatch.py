"""Filename matching with shell patterns: fnmatch, fnmatchcase, filter.

Patterns: * (any run), ? (one character), [seq], [!seq] with ranges; a '['
without its ']' is literal.  Patterns are compiled once to a token list
(cached) and matched with single-star backtracking, so no regular
expressions are needed.  (translate() is not provided yet.)
"""

import posixpath as _path

__all__ = ['filter', 'fnmatch', 'fnmatchcase']

_cache = {}
_STAR, _ANY, _SET, _LIT = range(4)


def _compile(pat):
    tokens = _cache.get(pat)
    if tokens is not None:
        return tokens
    is_bytes = isinstance(pat, bytes)
    p = pat.decode('latin-1') if is_bytes else pat
    tokens = []
    i, n = 0, len(p)
    while i < n:
        c = p[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1][0] != _STAR:
                tokens.append((_STAR,))
        elif c == '?':
            tokens.append((_ANY,))
        elif c == '[':
            j = i
            if j < n and p[j] == '!':
                j += 1
            if j < n and p[j] == ']':
                j += 1
            while j < n and p[j] != ']':
                j += 1
            if j >= n:
                tokens.append((_LIT, '['))
                continue
            body = p[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    lo, hi = body[k], body[k + 2]
                    if lo <= hi:
                        ranges.append((lo, hi))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            tokens.append((_SET, negate, tuple(ranges)))
        else:
            tokens.append((_LIT, c))
    tokens = tuple(tokens)
    if len(_cache) > 32768:
        _cache.clear()
    _cache[pat] = tokens
    return tokens


def _one(tok, c):
    kind = tok[0]
    if kind == _LIT:
        return tok[1] == c
    if kind == _ANY:
        return True
    inside = any(lo <= c <= hi for lo, hi in tok[2])
    return inside != tok[1]


def _match(tokens, s):
    # classic wildcard matching: remember the last star and retry from there
    ti = si = 0
    star_ti = -1
    star_si = 0
    nt, ns = len(tokens), len(s)
    while si < ns:
        if ti < nt and tokens[ti][0] == _STAR:
            star_ti = ti
            star_si = si
            ti += 1
        elif ti < nt and _one(tokens[ti], s[si]):
            ti += 1
            si += 1
        elif star_ti >= 0:
            star_si += 1
            si = star_si
            ti = star_ti + 1
        else:
            return False
    while ti < nt and tokens[ti][0] == _STAR:
        ti += 1
    return ti == nt


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    if isinstance(name, bytes) != isinstance(pat, bytes):
        if isinstance(pat, bytes):
            raise TypeError('cannot use a bytes pattern on a string-like object')
        raise TypeError('cannot use a string pattern on a bytes-like object')
    s = name.decode('latin-1') if isinstance(name, bytes) else name
    return _match(_compile(pat), s)


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (after os.path.normcase)."""
    name = _path.normcase(name)
    pat = _path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = _path.normcase(pat)
    return [name for name in names if fnmatchcase(_path.normcase(name), pat)]
