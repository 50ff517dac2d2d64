# Absurd sizes must fail with the exception CPython raises (MemoryError,
# OverflowError, ValueError), never crash, hang or exhaust the machine.
import sys
def t(label, f):
    try:
        r = f()
        print(label, 'ok', r if not isinstance(r, (list, bytes, bytearray, str)) or len(r) < 50 else len(r))
    except BaseException as e:
        print(label, type(e).__name__, e)
t('list', lambda: [0] * 10**13)
t('list2', lambda: [0, 1] * (2**62))
t('str', lambda: 'a' * 10**15)
t('str2', lambda: 'ab' * (2**62))
t('bytes', lambda: b'a' * 10**15)
t('ba', lambda: bytearray(10**14))
t('bytes2', lambda: bytes(10**14))
t('ba2', lambda: bytearray(2**70))
t('shift', lambda: 1 << 10**20)
t('shift2', lambda: 1 << (2**63))
t('range', lambda: len(range(10**20)))
t('tuple', lambda: (1,) * 10**13)
t('join', lambda: ' '.join(['a'] * 3) * 10**15)
t('ljust', lambda: 'a'.ljust(10**15))
t('zfill', lambda: 'a'.zfill(2**63))
t('center', lambda: 'a'.center(10**15))
t('expand', lambda: 'a\tb'.expandtabs(2**40))
t('fmt', lambda: format(1, '10000000000000000000d'))
t('fmt2', lambda: '%10000000000000000000d' % 1)
t('strmul0', lambda: 'a' * -5)
t('float', lambda: 2.0 ** 10000)
t('floatdiv', lambda: 1e308 * 10)
t('intfloat', lambda: float(10**400))
t('listext', lambda: [None] * (sys.maxsize // 2))
t('after', lambda: sum([1] * 1000))
