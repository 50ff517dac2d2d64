specs = ['', 'f', '.0f', '.1f', '.2f', '10.3f', '<10.2f', '^12.1f', '=+10.2f', '010.2f', '+f', ' f', '-f', 'e', '.0e',
         '.3e', 'E', '.2E', 'g', '.0g', '.1g', '.3g', '.10g', 'G', '#g', '#.3g', '#f', '#.0f', '#.0e', '#', 'n', '.3n',
         '%', '.0%', '.2%', ',', ',.2f', '_.3f', '015,.2f', '012_.1f', '09,', '08,', ',e', ',g', '.3', '.0', '.1', '.17',
         '.16', 'z.2f', 'z', 'z.0f', 'z.1e', '+z.1f', 'zg', 'x^15.3f', '20', 'F', '.2F', '.50f', '.30e', '.25g', '#.0%']
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 123.456, -1234567.891, 1e16, 1e22, 1e-5, 1.5e-7, 9.999999,
        0.00001234, 1e100, 5e-324, float('inf'), float('-inf'), float('nan'), 100.0, 1234.5, 0.005, 2.675]
for s in specs:
    row = []
    for v in vals:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(s), ' '.join(row))
for s in ['d', 'x', 'c', 's', 'b', 'o', 'X', '=s', ',d', ',x', '_c', 'q', 'fg', '5.2.3']:
    try:
        print(repr(s), format(1.5, s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(f'{3.14159:.2f}', f'{2.5:>8}', f'{1e-9:e}', '{:.3%}'.format(0.25), '{0:g}'.format(1e-4), '%.3f' % 2.0005)
print(format(1234567.0, ','), format(0.1, '.20f'), format(1/3, '.55f'), format(2**0.5, '.60g'))
print(format(1e300, ',.0f')[:30], format(-0.0, '+'), format(float('nan'), '+'), format(float('-nan'), ''))
