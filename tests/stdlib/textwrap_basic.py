import textwrap

text = ('The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. '
        'How vexingly quick daft zebras jump! A well-known state-of-the-art approach.')
for w in (10, 20, 33, 50, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10, break_long_words=False))
print(textwrap.wrap('a\tb\nc   d', 5), textwrap.wrap('', 10), textwrap.wrap('   ', 10))
print(textwrap.wrap(text, 30, max_lines=2), textwrap.wrap(text, 20, max_lines=3, placeholder='...'))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11), textwrap.shorten(text, 40))
print(textwrap.wrap('well-known hyphen-ated-words here', 12), textwrap.wrap('x-y', 2), textwrap.wrap('--option value', 8))
print(repr(textwrap.dedent('    a\n      b\n    c\n')), repr(textwrap.dedent('  a\n\tb')), repr(textwrap.dedent('  a\n   \n  b')))
print(repr(textwrap.dedent('no indent\n  x')), repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\nb', '+', lambda l: True)))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print(type(e).__name__, e)
w = textwrap.TextWrapper(width=15, drop_whitespace=False)
print(w.wrap('  leading and trailing  '))
