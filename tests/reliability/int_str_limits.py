# int <-> str conversion limits (sys.set_int_max_str_digits): the default
# 4300 digits, raising and lowering it, 0 meaning unlimited, and the
# bases that are exempt (powers of two).
import sys

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r if not isinstance(r, (str, int)) or len(str(r)) < 60 else len(str(r)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
attempt('str big', lambda: str(big))
attempt('repr big', lambda: repr(big))
attempt('format big', lambda: format(big, 'd'))
attempt('f-string big', lambda: f'{big}')
attempt('%d big', lambda: '%d' % big)
attempt('hex big', lambda: len(hex(big)))
attempt('bin big', lambda: len(bin(big)))
attempt('int 4300', lambda: int('1' * 4300))
attempt('int 4301', lambda: int('1' * 4301))
attempt('int 4301 neg', lambda: int('-' + '1' * 4301))
attempt('int 4301 underscores', lambda: int('1_' * 4300 + '1'))
attempt('int base 16', lambda: int('f' * 10000, 16).bit_length())
attempt('int base 8', lambda: int('7' * 10000, 8).bit_length())
attempt('int base 2', lambda: int('1' * 20000, 2).bit_length())
attempt('int base 10 explicit', lambda: int('1' * 5000, 10))
attempt('int base 36', lambda: int('z' * 5000, 36))
attempt('int bytes', lambda: int(b'1' * 5000))
attempt('float fine', lambda: float('1' * 5000))
attempt('str 4300 digits', lambda: len(str(10 ** 4299)))
attempt('str 4301 digits', lambda: len(str(10 ** 4300)))
attempt('neg str', lambda: str(-10 ** 4300))
sys.set_int_max_str_digits(0)
attempt('unlimited', lambda: len(str(big)))
attempt('unlimited parse', lambda: int('9' * 20000) > 0)
sys.set_int_max_str_digits(640)
attempt('640 ok', lambda: len(str(10 ** 639)))
attempt('640 fail', lambda: str(10 ** 640))
attempt('640 parse', lambda: int('1' * 641))
for bad in (1, 639, -1):
    attempt('set %d' % bad, lambda: sys.set_int_max_str_digits(bad))
attempt('set str', lambda: sys.set_int_max_str_digits('5000'))
attempt('set kw', lambda: sys.set_int_max_str_digits(maxdigits=5000))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
attempt('literal', lambda: eval('1' * 5000))
attempt('literal ok', lambda: eval('0x' + 'f' * 5000).bit_length())
