specs = ['', 'd', '5', '<5', '>5', '^5', '=5', '*^9', '05', '+', '-', ' ', '+05', ' 5', ',', '_', '010,', '09,',
         '08,', '011,d', '+012,', 'x', 'X', '#x', '#X', '#010x', '_x', '#_x', '012_x', 'o', '#o', 'b', '#b', '#012_b',
         'c', '10c', 'n', 'e', '.2e', 'E', 'f', '.3f', 'F', 'g', 'G', '%', '.1%', ',.2f', '10.3g', 'x<20_d', '=+10',
         '\u00e9^9', '0=8', '#', '#d', '+#x', ' #o']
for s in specs:
    row = []
    for v in [0, 7, -7, 255, -255, 1234567, -1234567, 2**70, True]:
        try:
            row.append(repr(format(v, s)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(s), ' '.join(row))
for s in ['.2', '.2d', 'z', 'zd', '+c', '#c', ',x', ',b', ',c', '_c', ',s', 's', 'q', 'abc', 'dd', '5.5', ',_', '_,', ',,', '.', '.x', 'ñ']:
    try:
        print(repr(s), format(42, s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for v in [-1, 0x110000, 65, 0x10ffff]:
    try:
        print(repr(format(v, 'c')))
    except OverflowError as e:
        print(type(e).__name__, e)
print(f'{12345:,}', f'{-12345:_}', f'{255:#06x}', f'{42:>{8}}', '{:+d}'.format(5), '{0:b}'.format(10))
print(format(10**30, ','), format(-10**30, '_x'), format(2**100, 'e'), format(10**400, 'x')[:10])
try:
    format(10**400, 'f')
except OverflowError as e:
    print(type(e).__name__, e)
print(format(True, ''), format(False, 's') if False else 'skip', format(True, '>6'), format(True, 'd'))
