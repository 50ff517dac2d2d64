"""Conversions between binary data and ASCII: hexlify/unhexlify,
b2a_base64/a2b_base64, b2a_hex/a2b_hex, crc32, Error and Incomplete."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex',
           'hexlify', 'unhexlify', 'crc32']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_INV = {c: i for i, c in enumerate(_B64)}


def _bytes_arg(data, name='argument'):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def _buffer_arg(data):
    # encoders take bytes-like objects only (decoders also take ASCII str)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def b2a_base64(data, /, *, newline=True):
    """Base64-code line of data."""
    data = _buffer_arg(data)
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[-1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data."""
    data = _bytes_arg(data)
    out = bytearray()
    acc = 0
    quad = 0
    pads = 0
    ndata = 0
    for pos, c in enumerate(data):
        if c == 61:     # '='
            if strict_mode and quad == 0:
                raise Error('Excess padding not allowed' if pos else 'Leading padding not allowed')
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and pos + 1 < len(data):
                        raise Error('Excess data after padding')
                    # the padded group holds 1 (two chars) or 2 (three) bytes
                    if quad == 2:
                        out.append((acc >> 4) & 255)
                    else:
                        out += bytes(((acc >> 10) & 255, (acc >> 2) & 255))
                    return bytes(out)
            continue
        v = _B64_INV.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and pads:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        ndata += 1
        acc = (acc << 6) | v
        quad += 1
        if quad == 4:
            out += bytes(((acc >> 16) & 255, (acc >> 8) & 255, acc & 255))
            acc = 0
            quad = 0
    if quad:
        if quad == 1:
            raise Error(f'Invalid base64-encoded string: number of data characters ({ndata}) '
                        f'cannot be 1 more than a multiple of 4')
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _buffer_arg(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    """Binary data of hexadecimal representation."""
    hexstr = _bytes_arg(hexstr)
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(hexstr.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


unhexlify = a2b_hex


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table

_CRC = _crc_table()


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    data = _buffer_arg(data)
    c = crc ^ 0xFFFFFFFF
    table = _CRC
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF
