specs = ['', '10', '<10', '^15.2f', '>20', '+', ' ', '.1', '.3', 'e', '+.2e', 'E', 'f', '.0f', 'z.0f', '_', ',', ',.2f',
         '#', '#g', 'g', 'G', 'n', 'x<20.3', '*^25', '-', 'F', '.2']
vals = [1 + 2j, -1.5 + 0j, 2j, -2j, complex(-0.0, 0.0), complex(-0.0, -0.0), 0j, complex(1e20, -1e-20),
        complex(float('nan'), float('inf')), 12345.678 + 9876.5j, complex(1, -0.0)]
for s in specs:
    row = []
    for v in vals:
        try:
            row.append(repr(format(v, s)))
        except ValueError as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(s), ' '.join(row))
for s in ['%', 'd', 'c', '010', '=', '0=10', '=10', 's', 'x']:
    try:
        print(repr(s), format(1 + 2j, s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(f'{1+2j}', f'{3j:>6}', '{:.1f}'.format(1.25 + 3.75j))
