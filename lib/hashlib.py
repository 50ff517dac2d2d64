"""Secure hashes in pure Python: md5, sha1, sha224, sha256, sha384, sha512
(new(), update, copy, digest, hexdigest), file_digest, and
algorithms_guaranteed/available.

The SHA-2 round constants come from the primes as FIPS 180-4 defines
them, MD5's from the sine function; each object keeps the unprocessed
tail of its input so that update() can be called any number of times.
"""

import math as _math
import struct as _struct

__all__ = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'file_digest']

algorithms_guaranteed = frozenset({'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'})
algorithms_available = algorithms_guaranteed

_M32 = 0xffffffff
_M64 = 0xffffffffffffffff


def _primes(n):
    out = []
    c = 2
    while len(out) < n:
        if all(c % p for p in out if p * p <= c):
            out.append(c)
        c += 1
    return out


def _iroot(n, k):
    # integer k-th root by Newton's method
    x = 1 << ((n.bit_length() + k - 1) // k + 1)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


_P = _primes(80)
_K256 = [_iroot(p << 96, 3) & _M32 for p in _P[:64]]
_K512 = [_iroot(p << 192, 3) & _M64 for p in _P]
_H256 = [_iroot(p << 64, 2) & _M32 for p in _P[:8]]
_H512 = [_iroot(p << 128, 2) & _M64 for p in _P[:8]]
# sha224: the second 32 bits of the square roots of the 9th..16th primes
_H224 = [_iroot(p << 128, 2) & _M32 for p in _P[8:16]]
_H384 = [_iroot(p << 128, 2) & _M64 for p in _P[8:16]]
_MD5_T = [int(abs(_math.sin(i + 1)) * 4294967296) & _M32 for i in range(64)]
_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4


def _rotr32(x, n):
    return ((x >> n) | (x << (32 - n))) & _M32


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & _M64


def _sha256_block(h, block):
    w = list(_struct.unpack('>16I', block))
    for i in range(16, 64):
        x = w[i - 15]
        s0 = _rotr32(x, 7) ^ _rotr32(x, 18) ^ (x >> 3)
        x = w[i - 2]
        s1 = _rotr32(x, 17) ^ _rotr32(x, 19) ^ (x >> 10)
        w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M32)
    a, b, c, d, e, f, g, hh = h
    K = _K256
    for i in range(64):
        S1 = _rotr32(e, 6) ^ _rotr32(e, 11) ^ _rotr32(e, 25)
        ch = (e & f) ^ (~e & g)
        t1 = (hh + S1 + ch + K[i] + w[i]) & _M32
        S0 = _rotr32(a, 2) ^ _rotr32(a, 13) ^ _rotr32(a, 22)
        t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) & _M32
        hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M32, c, b, a, (t1 + t2) & _M32
    return [(x + y) & _M32 for x, y in zip(h, (a, b, c, d, e, f, g, hh))]


def _sha512_block(h, block):
    w = list(_struct.unpack('>16Q', block))
    for i in range(16, 80):
        x = w[i - 15]
        s0 = _rotr64(x, 1) ^ _rotr64(x, 8) ^ (x >> 7)
        x = w[i - 2]
        s1 = _rotr64(x, 19) ^ _rotr64(x, 61) ^ (x >> 6)
        w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M64)
    a, b, c, d, e, f, g, hh = h
    K = _K512
    for i in range(80):
        S1 = _rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)
        ch = (e & f) ^ (~e & g)
        t1 = (hh + S1 + ch + K[i] + w[i]) & _M64
        S0 = _rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)
        t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) & _M64
        hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M64, c, b, a, (t1 + t2) & _M64
    return [(x + y) & _M64 for x, y in zip(h, (a, b, c, d, e, f, g, hh))]


def _sha1_block(h, block):
    w = list(_struct.unpack('>16I', block))
    for i in range(16, 80):
        w.append(_rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
    a, b, c, d, e = h
    for i in range(80):
        if i < 20:
            f = (b & c) | (~b & d)
            k = 0x5A827999
        elif i < 40:
            f = b ^ c ^ d
            k = 0x6ED9EBA1
        elif i < 60:
            f = (b & c) | (b & d) | (c & d)
            k = 0x8F1BBCDC
        else:
            f = b ^ c ^ d
            k = 0xCA62C1D6
        a, b, c, d, e = (_rotl32(a, 5) + f + e + k + w[i]) & _M32, a, _rotl32(b, 30), c, d
    return [(x + y) & _M32 for x, y in zip(h, (a, b, c, d, e))]


def _md5_block(h, block):
    m = _struct.unpack('<16I', block)
    a, b, c, d = h
    T, S = _MD5_T, _MD5_S
    for i in range(64):
        if i < 16:
            f = (b & c) | (~b & d)
            g = i
        elif i < 32:
            f = (d & b) | (~d & c)
            g = (5 * i + 1) % 16
        elif i < 48:
            f = b ^ c ^ d
            g = (3 * i + 5) % 16
        else:
            f = c ^ (b | (~d & _M32))
            g = (7 * i) % 16
        f = (f + a + T[i] + m[g]) & _M32
        a, d, c = d, c, b
        b = (b + _rotl32(f, S[i])) & _M32
    return [(x + y) & _M32 for x, y in zip(h, (a, b, c, d))]


class _Hash:
    """A hash object: feed bytes with update(), read digest()/hexdigest()."""

    # per algorithm: name, block size, digest size, initial state, block
    # function, length field size, byte order of words, words in the digest
    def __init__(self, spec, data=b''):
        self._spec = spec
        self._h = list(spec[3])
        self._buf = b''
        self._len = 0
        if data:
            self.update(data)

    @property
    def name(self):
        return self._spec[0]

    @property
    def block_size(self):
        return self._spec[1]

    @property
    def digest_size(self):
        return self._spec[2]

    def update(self, data):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        try:
            data = bytes(memoryview(data))
        except TypeError:
            raise TypeError('object supporting the buffer API required') from None
        self._len += len(data)
        buf = self._buf + data
        bs = self._spec[1]
        fn = self._spec[4]
        h = self._h
        n = len(buf) - len(buf) % bs
        for off in range(0, n, bs):
            h = fn(h, buf[off:off + bs])
        self._h = h
        self._buf = buf[n:]

    def copy(self):
        other = _Hash.__new__(_Hash)
        other._spec = self._spec
        other._h = list(self._h)
        other._buf = self._buf
        other._len = self._len
        return other

    def digest(self):
        name, bs, size, _, fn, lenbytes, order, wordfmt = self._spec
        bitlen = self._len * 8
        tail = self._buf + b'\x80'
        tail += b'\0' * ((bs - lenbytes - len(tail)) % bs)
        tail += bitlen.to_bytes(lenbytes, order)
        h = self._h
        for off in range(0, len(tail), bs):
            h = fn(h, tail[off:off + bs])
        out = b''.join(_struct.pack(wordfmt, x) for x in h)
        return out[:size]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return f'<{self.name} _hashlib.HASH object @ {id(self):#x}>'


_SPECS = {
    'md5': ('md5', 64, 16, [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476], _md5_block, 8, 'little', '<I'),
    'sha1': ('sha1', 64, 20, [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0], _sha1_block, 8, 'big', '>I'),
    'sha224': ('sha224', 64, 28, _H224, _sha256_block, 8, 'big', '>I'),
    'sha256': ('sha256', 64, 32, _H256, _sha256_block, 8, 'big', '>I'),
    'sha384': ('sha384', 128, 48, _H384, _sha512_block, 16, 'big', '>Q'),
    'sha512': ('sha512', 128, 64, _H512, _sha512_block, 16, 'big', '>Q'),
}


def new(name, data=b'', **kwargs):
    """Return a new hashing object using the named algorithm."""
    spec = _SPECS.get(name.lower() if isinstance(name, str) else name)
    if spec is None:
        raise ValueError(f'unsupported hash type {name}')
    return _Hash(spec, data)


def md5(data=b'', *, usedforsecurity=True):
    return _Hash(_SPECS['md5'], data)


def sha1(data=b'', *, usedforsecurity=True):
    return _Hash(_SPECS['sha1'], data)


def sha224(data=b'', *, usedforsecurity=True):
    return _Hash(_SPECS['sha224'], data)


def sha256(data=b'', *, usedforsecurity=True):
    return _Hash(_SPECS['sha256'], data)


def sha384(data=b'', *, usedforsecurity=True):
    return _Hash(_SPECS['sha384'], data)


def sha512(data=b'', *, usedforsecurity=True):
    return _Hash(_SPECS['sha512'], data)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a file-like object. Returns a digest object."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
