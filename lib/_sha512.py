"""SHA-512 in pure Python (FIPS 180-4), for random.seed() of str/bytes.

The round constants are derived at import rather than tabulated: the first
64 fractional bits of the cube roots of the first 80 primes, and of the
square roots of the first 8 primes for the initial hash value.
"""

_M = (1 << 64) - 1


def _primes(n):
    out = []
    c = 2
    while len(out) < n:
        if all(c % p for p in out if p * p <= c):
            out.append(c)
        c += 1
    return out


def _icbrt(n):
    # integer cube root by Newton's method from an overestimate
    x = 1 << ((n.bit_length() + 2) // 3 + 1)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            return x
        x = y


def _isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2 + 1)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


_P = _primes(80)
_K = [_icbrt(p << 192) & _M for p in _P]
_H0 = [_isqrt(p << 128) & _M for p in _P[:8]]


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _M


def sha512_digest(data):
    """The 64-byte SHA-512 digest of a bytes-like object."""
    data = bytes(data)
    ml = len(data) * 8
    data += b'\x80' + b'\x00' * ((111 - len(data)) % 128) + ml.to_bytes(16, 'big')
    h = list(_H0)
    K = _K
    for off in range(0, len(data), 128):
        w = [int.from_bytes(data[off + 8 * i:off + 8 * i + 8], 'big') for i in range(16)]
        for i in range(16, 80):
            x = w[i - 15]
            s0 = _rotr(x, 1) ^ _rotr(x, 8) ^ (x >> 7)
            x = w[i - 2]
            s1 = _rotr(x, 19) ^ _rotr(x, 61) ^ (x >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M)
        a, b, c, d, e, f, g, hh = h
        for i in range(80):
            S1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = (hh + S1 + ch + K[i] + w[i]) & _M
            S0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & _M
            hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M, c, b, a, (t1 + t2) & _M
        h = [(x + y) & _M for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b''.join(x.to_bytes(8, 'big') for x in h)
