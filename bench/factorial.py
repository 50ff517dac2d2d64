# big integer multiplication and conversion to text
import sys
if hasattr(sys, 'set_int_max_str_digits'):
    sys.set_int_max_str_digits(0)
f = 1
for i in range(2, 70001):
    f *= i
s = str(f)
print(len(s), s[:20], s.count('7'), f.bit_length())
