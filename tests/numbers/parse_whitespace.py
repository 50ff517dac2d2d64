# which whitespace int(), float() and complex() strip
for c in ['\x1c', '\x1f', '\x0b', '\x0c', '\x85', '\xa0', '\u1680', '\u2000', '\u200b', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff', '\x00']:
    r = []
    for f in (int, float, complex):
        try: r.append(repr(f(c + '1' + c)))
        except ValueError as e: r.append('VE')
    print(repr(c), r)
