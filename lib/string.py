"""String constants, capwords() and Template ($-substitution).

(Formatter is not provided yet.)
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    # the template is scanned by hand (no re module yet); each piece is
    # ('text', s) or ('name', name, start) or ('bad', start)
    def _scan(self):
        t = self.template
        d = self.delimiter
        n = len(t)
        i = 0
        text_start = 0
        while True:
            j = t.find(d, i)
            if j < 0:
                break
            yield ('text', t[text_start:j])
            k = j + len(d)
            if t.startswith(d, k):
                yield ('text', d)
                i = text_start = k + len(d)
                continue
            if k < n and t[k] == '{':
                end = t.find('}', k + 1)
                name = t[k + 1:end] if end >= 0 else ''
                if end >= 0 and _is_ident(name):
                    yield ('name', name, j)
                    i = text_start = end + 1
                    continue
                yield ('bad', k)
                i = text_start = k
                continue
            m = k
            if m < n and (t[m] == '_' or 'a' <= t[m].lower() <= 'z' and t[m].isascii()):
                m += 1
                while m < n and (t[m] == '_' or t[m].isascii() and t[m].isalnum()):
                    m += 1
                yield ('name', t[k:m], j)
                i = text_start = m
                continue
            yield ('bad', k)
            i = text_start = k
        yield ('text', t[text_start:])

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for piece in self._scan():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                out.append(str(mapping[piece[1]]))
            else:
                self._invalid(piece[1])
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        t = self.template
        for piece in self._scan():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                try:
                    out.append(str(mapping[piece[1]]))
                except KeyError:
                    start = piece[2]
                    if t.startswith('{', start + len(self.delimiter)):
                        out.append(self.delimiter + '{' + piece[1] + '}')
                    else:
                        out.append(self.delimiter + piece[1])
            else:
                out.append(self.delimiter)
        return ''.join(out)

    def is_valid(self):
        return all(p[0] != 'bad' for p in self._scan())

    def get_identifiers(self):
        ids = []
        for piece in self._scan():
            if piece[0] == 'name' and piece[1] not in ids:
                ids.append(piece[1])
        return ids


def _is_ident(name):
    if not name or not (name[0] == '_' or name[0].isascii() and name[0].isalpha()):
        return False
    return all(c == '_' or c.isascii() and c.isalnum() for c in name)


class _ChainMap:
    """Keyword arguments looked up before the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]
