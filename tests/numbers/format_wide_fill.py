# Wide padding in number formatting: the fill is written as one run, so a
# width of millions costs no more than building the string.  Checks the
# shape of the result (length, where the fill and the number are).
W = 10**7

def shape(s, fill):
    head = s.lstrip(fill)
    body = head.rstrip(fill)
    return len(s), len(s) - len(head), len(head) - len(body), body[:30]

for spec, v in [('=%df', 0), ('*<%d', 12345), ('*>%d', -12345), ('*^%d', 7), ('€=%dd', -42),
                ('𝄞<%d', 3.25), ('€^%d.3e', 1e300), ('é>%dx', 255), ('_>%d,', 10**20),
                ('.=+%d', 5), ('#<%db', 5), (' ^%d', 1.5+2j), ('€>%d', -2j), ('x=%dn', 123),
                ('0=%d', -9), ('0>%d', 9.5), ('€<%d%%', 0.25)]:
    s = format(v, spec % W)
    fill = spec[0]
    print(repr(spec % W), shape(s, fill))
# zero padding with grouping groups the zeros too
s = format(12345, '0%d,d' % (W + 1))
print(len(s), s[:12], s[-12:], s.count(','))
s = format(-1.5, '0=%d_.2f' % W)
print(len(s), s[:12], s[-12:], s.count('_'))
print(len('%*d' % (W, 5)), len('%-*.3f' % (W, 2.5)), len(f'{7:>{W}}'), len('{:€^{}}'.format(1, W)))
