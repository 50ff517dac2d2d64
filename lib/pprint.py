"""Data pretty printer: pprint, pformat, pp, saferepr, isreadable,
isrecursive and PrettyPrinter.

A container whose repr does not fit in the remaining width is written one
element per line, indented under its opening bracket; dicts are sorted by
key unless sort_dicts is false.  (Long strings are not split into chunks
and compact=True is accepted but lays out like compact=False.)
"""

import sys as _sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object"""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Orders values of different types (by type name, then id) for sorting."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _SafeKey(t[0]), _SafeKey(t[1])


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        if stream is not None:
            stream.write(self.pformat(object) + '\n')

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        return self.format(object, context.copy(), self._depth, level)[0]

    def _format(self, object, out, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            out.append(f'<Recursion on {type(object).__name__} with id={objid}>')
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            kind = self._kind(object)
            if kind is not None:
                context[objid] = 1
                kind(self, object, out, indent, allowance, context, level + 1)
                del context[objid]
                return
        out.append(rep)

    def _kind(self, object):
        t = type(object)
        r = getattr(t, '__repr__', None)
        if issubclass(t, dict) and r is dict.__repr__:
            return PrettyPrinter._pprint_dict
        if issubclass(t, list) and r is list.__repr__:
            return PrettyPrinter._pprint_list
        if issubclass(t, tuple) and r is tuple.__repr__:
            return PrettyPrinter._pprint_tuple
        if (issubclass(t, set) and r is set.__repr__) or (issubclass(t, frozenset) and r is frozenset.__repr__):
            return PrettyPrinter._pprint_set
        return None

    def _pprint_dict(self, object, out, indent, allowance, context, level):
        out.append('{')
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * ' ')
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else list(object.items())
            indent += self._indent_per_level
            delimnl = ',\n' + ' ' * indent
            last_index = len(items) - 1
            for i, (key, ent) in enumerate(items):
                last = i == last_index
                rep = self._repr(key, context, level)
                out.append(rep)
                out.append(': ')
                self._format(ent, out, indent + len(rep) + 2, allowance + 1 if last else 1,
                             context, level)
                if not last:
                    out.append(delimnl)
        out.append('}')

    def _format_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, ent in enumerate(items):
            last = i == last_index
            self._format(ent, out, indent, allowance if last else 1, context, level)
            if not last:
                out.append(delimnl)

    def _pprint_list(self, object, out, indent, allowance, context, level):
        out.append('[')
        self._format_items(object, out, indent, allowance + 1, context, level)
        out.append(']')

    def _pprint_tuple(self, object, out, indent, allowance, context, level):
        out.append('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, out, indent, allowance + len(endchar), context, level)
        out.append(endchar)

    def _pprint_set(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        typ = type(object)
        if typ is set:
            out.append('{')
            endchar = '}'
        else:
            out.append(typ.__name__ + '({')
            endchar = '})'
            indent += len(typ.__name__) + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, out, indent, allowance + len(endchar), context, level)
        out.append(endchar)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in (int, float, complex, str, bytes, bool, type(None)):
            if typ is int and self._underscore_numbers:
                return f'{object:_d}', True, False
            return repr(object), True, False
        r = getattr(typ, '__repr__', None)
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return '{}', True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return '{...}', False, objid in context
            if objid in context:
                return f'<Recursion on {typ.__name__} with id={objid}>', False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                components.append(f'{krepr}: {vrepr}')
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
            del context[objid]
            return '{%s}' % ', '.join(components), readable, recursive
        if (issubclass(typ, list) and r is list.__repr__) or (issubclass(typ, tuple) and r is tuple.__repr__):
            if issubclass(typ, list):
                if not object:
                    return '[]', True, False
                fmt = '[%s]'
            elif len(object) == 1:
                fmt = '(%s,)'
            else:
                if not object:
                    return '()', True, False
                fmt = '(%s)'
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return fmt % '...', False, objid in context
            if objid in context:
                return f'<Recursion on {typ.__name__} with id={objid}>', False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            for o in object:
                orepr, oreadable, orecur = self.format(o, context, maxlevels, level)
                components.append(orepr)
                readable = readable and oreadable
                recursive = recursive or orecur
            del context[objid]
            return fmt % ', '.join(components), readable, recursive
        rep = repr(object)
        return rep, (rep and not rep.startswith('<')), False
