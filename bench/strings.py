# string building and methods: f-strings, split/join/replace, formatting
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']
total = 0
out = []
for i in range(700000):
    w = words[i % len(words)]
    s = f'{w}-{i}:{i * 3 % 97:03d}'
    parts = s.split(':')
    t = '|'.join(parts).replace('-', '_').upper()
    if t.startswith('ALPHA') or t.endswith('7'):
        total += len(t)
    out.append(t.lower().strip())
text = ' '.join(out)
print(total, len(text), text.count('beta'), text[:40])
