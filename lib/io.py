"""The io module: in-memory streams (StringIO, BytesIO), the base classes
scripts test against, and open() (the builtin, whose file objects are
provided by the interpreter).
"""

import sys as _sys
import builtins as _builtins

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO',
           'BytesIO', 'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE', 'text_encoding']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = _builtins.open
BlockingIOError = _builtins.BlockingIOError


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    """The encoding to use for text files: the given one, else 'locale'."""
    return encoding if encoding is not None else 'locale'


class UnsupportedOperation(OSError, ValueError):
    pass

UnsupportedOperation.__module__ = 'io'


class IOBase:
    """The abstract base class for all I/O classes."""

    _closed = False
    _closed_msg = 'I/O operation on closed file.'

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        """Return a list of lines from the stream."""
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        """Write a list of lines to the stream."""
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered IO objects."""


class TextIOBase(IOBase):
    """Base class for text I/O."""


class _MemoryIO:
    """Shared code of StringIO and BytesIO: a buffer and a position."""

    def _init_buf(self, initial):
        self._buf = initial
        self._pos = 0

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._check_closed()
        return self._buf

    def read(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        buf = self._buf
        pos = self._pos
        if size < 0:
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        if pos >= end:
            return buf[:0]
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        buf = self._buf
        pos = self._pos
        nl = buf.find(self._newline_char, pos)
        end = len(buf) if nl < 0 else nl + 1
        if size >= 0:
            end = min(end, pos + size)
        if pos >= end:
            return buf[:0]
        self._pos = end
        return buf[pos:end]

    def write(self, s):
        self._check_closed()
        self._check_type(s)
        result = len(s) if self._text else memoryview(s).nbytes
        s = self._convert(s)
        n = len(s)
        if not n:
            return result
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + self._pad * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return result

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0 and self._text:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and self._text:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f'Negative size value {size}')
        self._buf = self._buf[:size]
        return size

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True


class StringIO(_MemoryIO, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _newline_char = '\n'
    _pad = '\0'
    _text = True
    _closed_msg = 'I/O operation on closed file'    # sic: no full stop, as CPython

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        self._newline = newline
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._init_buf(self._convert(initial_value))

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')

    def _convert(self, s):
        # newline=None translates \r\n and \r to \n on the way in;
        # '\r' or '\r\n' translate \n on the way in (as they would on output)
        nl = self._newline
        if nl is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if nl in ('\r', '\r\n'):
            return s.replace('\n', nl)
        return str(s)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def detach(self):
        raise UnsupportedOperation('detach')

    def __repr__(self):
        return f'<_io.StringIO object at {id(self):#x}>'

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(_MemoryIO, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _newline_char = b'\n'
    _pad = b'\0'
    _text = False

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._init_buf(bytes(memoryview(initial_bytes)))

    def _check_type(self, s):
        try:
            memoryview(s)
        except TypeError:
            raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'") from None

    def _convert(self, s):
        return bytes(memoryview(s))

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def getbuffer(self):
        """Get a read-write view over the contents of the BytesIO object."""
        self._check_closed()
        return memoryview(bytearray(self._buf))

    def __repr__(self):
        return f'<_io.BytesIO object at {id(self):#x}>'


try:
    TextIOWrapper = type(_sys.stdout)
except Exception:
    TextIOWrapper = TextIOBase
FileIO = BufferedReader = BufferedWriter = BufferedRandom = BufferedRWPair = BufferedIOBase
