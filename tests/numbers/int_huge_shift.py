# Shifts and powers whose result could never be stored: CPython's
# OverflowError or MemoryError (which one depends on whether the digit
# count passes what an int header can describe), and the huge cases that
# have a small answer.
LIM = (2**63 - 1 - 24) // 4      # the most 30-bit digits CPython's int can have

def t(label, f):
    try:
        r = f()
        if isinstance(r, int) and r.bit_length() > 64:
            print(label, 'int of', r.bit_length(), 'bits')
        else:
            print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

t('1 << 10**20', lambda: 1 << 10**20)
t('-1 << 10**20', lambda: -1 << 10**20)
t('True << 10**20', lambda: True << 10**20)
t('1 << 2**66', lambda: 1 << 2**66)
t('1 << 2**63', lambda: 1 << 2**63)
t('1 << 2**63 - 1', lambda: 1 << 2**63 - 1)
t('1 << 2**62', lambda: 1 << 2**62)
t('1 << 2**40', lambda: 1 << 2**40)
t('1 << 10**12', lambda: 1 << 10**12)
t('2**100 << 10**19', lambda: 2**100 << 10**19)
t('2**100 << 2**62', lambda: 2**100 << 2**62)
# the boundary, to the digit
t('1 << LIM*30', lambda: 1 << LIM * 30)
t('1 << LIM*30 - 1', lambda: 1 << LIM * 30 - 1)
t('1 << (LIM-1)*30', lambda: 1 << (LIM - 1) * 30)
t('1 << (LIM-1)*30 + 1', lambda: 1 << (LIM - 1) * 30 + 1)
t('7 << (LIM-1)*30', lambda: 7 << (LIM - 1) * 30)
t('7 << LIM*30', lambda: 7 << LIM * 30)
t('2**100 << (LIM-3)*30', lambda: 2**100 << (LIM - 3) * 30)
t('2**100 << (LIM-4)*30', lambda: 2**100 << (LIM - 4) * 30)
t('2**100 << (LIM-5)*30', lambda: 2**100 << (LIM - 5) * 30)
# small answers
t('0 << 10**20', lambda: 0 << 10**20)
t('1 >> 10**20', lambda: 1 >> 10**20)
t('-5 >> 10**20', lambda: -5 >> 10**20)
t('-2**200 >> 10**20', lambda: -2**200 >> 10**20)
t('2**200 >> 2**63', lambda: 2**200 >> 2**63)
t('1 << -1', lambda: 1 << -1)
t('1 << -10**20', lambda: 1 << -10**20)
t('1 >> -10**20', lambda: 1 >> -10**20)
t('2**64 >> -1', lambda: 2**64 >> -1)
t('1 << 2**20', lambda: 1 << 2**20)
t('-3 << 1000', lambda: (-3 << 1000) == -3 * 2**1000)
x = 1
try:
    x <<= 10**20
except OverflowError as e:
    print('<<=', e, x)
t('pow(2, 10**20, 7)', lambda: pow(2, 10**20, 7))
t('pow(3, 2**64, 10**9)', lambda: pow(3, 2**64, 10**9))
t('2 ** -10**20', lambda: 2 ** -10**20)
t('1 ** 10**20', lambda: 1 ** 10**20)
t('(-1) ** 10**20', lambda: (-1) ** 10**20)
t('(-1) ** (10**20 + 1)', lambda: (-1) ** (10**20 + 1))
t('0 ** 10**20', lambda: 0 ** 10**20)
t('1.5 ** 10**20', lambda: 1.5 ** 10**20)
t('0.5 ** 10**20', lambda: 0.5 ** 10**20)
t('2 ** 2**20', lambda: 2 ** 2**20)
