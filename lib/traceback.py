"""Extract, format and print exceptions and stack traces: print_exc,
format_exc, print_exception, format_exception, format_exception_only,
extract_tb/extract_stack (FrameSummary lists), format_tb, print_stack.

Whole exceptions are formatted by the interpreter's own printer (the one
sys.__excepthook__ uses), so the text, chained exceptions and the ~^~
markers are exactly what an uncaught exception shows; tracebacks and
stacks on their own are formatted here, without markers.
"""

import sys as _sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']


class _Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def _hook_text(etype, value, tb):
    # the interpreter's printer writes to sys.stderr: point it at a buffer
    cap = _Capture()
    old = _sys.stderr
    _sys.stderr = cap
    try:
        _sys.__excepthook__(etype, value, tb)
    finally:
        _sys.stderr = old
    return ''.join(cap.parts)


def _split_lines(text):
    # group the printer's lines the way CPython's lists are grouped: a frame
    # entry with its source and marker lines, a chaining message with its
    # blank lines, every other line alone
    lines = text.splitlines(keepends=True)
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('    ') and out and out[-1].startswith('  File '):
            out[-1] += line
        elif line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n' and (
                lines[i + 1].startswith('The above exception') or
                lines[i + 1].startswith('During handling')):
            out.append(line + lines[i + 1] + lines[i + 2])
            i += 2
        else:
            out.append(line)
        i += 1
    return out


def _parse_args(exc, value, tb):
    if value is _sentinel and tb is _sentinel:
        if exc is None:
            return None, None, None
        return type(exc), exc, exc.__traceback__
    if value is _sentinel:
        value = None
    if tb is _sentinel:
        tb = None
    return exc, value, tb


_sentinel = object()


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information (a list of strings)."""
    etype, value, tb = _parse_args(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if not chain:
        return ['Traceback (most recent call last):\n'] + format_tb(tb, limit) + \
            format_exception_only(value) if tb is not None else format_exception_only(value)
    return _split_lines(_hook_text(type(value), value, tb))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback (a list of strings)."""
    if value is not _sentinel:
        exc = value
    if exc is None:
        return ['NoneType: None\n']
    # print the exception alone: no traceback, no chain
    cause, context, suppress = exc.__cause__, exc.__context__, exc.__suppress_context__
    tb = exc.__traceback__
    try:
        exc.__cause__ = None
        exc.__context__ = None
        exc.__traceback__ = None
        return _split_lines(_hook_text(type(exc), exc, None))
    finally:
        exc.__cause__ = cause
        exc.__context__ = context
        exc.__suppress_context__ = suppress
        exc.__traceback__ = tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    if file is None:
        file = _sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return ''.join(format_exception(*_sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*_sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_exc, limit, file)'."""
    if not hasattr(_sys, 'last_exc') and not hasattr(_sys, 'last_type'):
        raise ValueError('no last exception')
    if hasattr(_sys, 'last_exc'):
        print_exception(_sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(_sys.last_type, _sys.last_value, _sys.last_traceback,
                        limit=limit, file=file, chain=chain)


def _getline(filename, lineno):
    try:
        with open(filename, encoding='utf-8') as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return ''


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def from_list(cls, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        return ''.join(row)

    def format(self):
        return [self.format_frame_summary(fs) for fs in self]


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame."""
    if f is None:
        f = _sys._getframe().f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _extract(frame_gen, limit):
    items = list(frame_gen)
    if limit is not None:
        if limit >= 0:
            items = items[:limit]
        else:
            items = items[limit:]
    return StackSummary(FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name)
                        for f, lineno in items)


def extract_tb(tb, limit=None):
    """Return a StackSummary of the entries of the traceback tb."""
    return _extract(walk_tb(tb), limit)


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame (oldest first)."""
    if f is None:
        f = _sys._getframe().f_back
    stack = _extract(walk_stack(f), None)
    stack.reverse()
    if limit is not None:
        stack = StackSummary(stack[-limit:]) if limit >= 0 else StackSummary(stack[:-limit])
    return stack


def format_list(extracted_list):
    """Format a list of (filename, lineno, name, line) tuples or FrameSummary objects."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))' (with the
    interpreter's position markers)."""
    if tb is None:
        return []
    if limit is None:
        # print a stand-in exception carrying tb and keep the frame entries
        probe = _TbProbe()
        probe.__traceback__ = tb
        return [e for e in _split_lines(_hook_text(_TbProbe, probe, tb))
                if e.startswith('  File ')]
    return extract_tb(tb, limit=limit).format()


class _TbProbe(Exception):
    pass


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    if file is None:
        file = _sys.stderr
    for line in format_tb(tb, limit):
        file.write(line)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = _sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = _sys._getframe().f_back
    if file is None:
        file = _sys.stderr
    for line in format_list(extract_stack(f, limit=limit)):
        file.write(line)


def clear_frames(tb):
    """Clear all references to local variables in the frames of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


class TracebackException:
    """An exception ready for rendering (a thin wrapper here)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, **kwargs):
        self.exc_type = exc_type
        self._exc = exc_value
        self._tb = exc_traceback
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._str = str(exc_value)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def format(self, *, chain=True):
        yield from format_exception(self.exc_type, self._exc, self._tb, chain=chain)

    def format_exception_only(self):
        yield from format_exception_only(self._exc)
