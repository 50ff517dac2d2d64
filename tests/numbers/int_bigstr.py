# str()/int() of huge ints (divide and conquer) and the digit limit
import sys
sys.set_int_max_str_digits(0)
vals = [10**20000, 10**20000 - 1, -10**20000, 7**30000, 2**100000, 3**50000 * 10**5000, 10**40000 + 10**20000 + 1, (10**9)**3000, (10**9)**3000 - 1]
for v in vals:
    s = str(v)
    print(len(s), s[:30], s[-30:], hash(s) == hash(str(v)), int(s) == v, sum(map(int, s.lstrip('-'))) % 1000)
print(int('1' + '0' * 30000) == 10**30000, int('-' + '9' * 25000) == -(10**25000 - 1), int('12345678' * 2000) % 999999937)
sys.set_int_max_str_digits(10000)
try: str(10**20000)
except ValueError as e: print(e)
print(len(str(10**9998)))
try: int('1' * 10001)
except ValueError as e: print(e)
