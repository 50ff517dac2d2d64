print('single', "double", '''triple
line''', """also
triple""")
print('a' 'b' "c")
print('\n\t\\\'\"\a\b\f\v\r'.encode())
print('\x41\u00e9\U0001F600\101\0\7\77')
print(len('\N{BULLET}'), '\N{EM DASH}' == '\u2014', '\N{LATIN SMALL LETTER A}')
print(r'\d\n' , R'\x', r'a\'b', len(r'\\'))
print(u'unicode', U'x')
print('line\
continued')
print("""a\
b""")
print('é', 'ü' + 'ß', '日本語', len('🐍'))
print(repr('it\'s'), repr("say \"hi\""))
