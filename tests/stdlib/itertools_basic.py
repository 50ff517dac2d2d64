import itertools as it
from itertools import *
import operator

print(list(islice(count(), 5)), list(islice(count(10, 2), 3)), list(islice(count(2.5, 0.5), 3)))
print(repr(count()), repr(count(3)), repr(count(1, 2)), repr(count(2.5, 0.5)))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, -1)), list(islice(repeat(7), 3)))
print(repr(repeat('a', 3)), repr(repeat(1)))
print(list(map(pow, range(4), repeat(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2], initial=5)), list(accumulate([])), list(accumulate([], initial=0)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['ab', 'cd'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gs = list(groupby('aabbc'))
print([(k, list(g)) for k, g in gs])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice('ABCDEFG', None)))
for a in [(5, 2), (2, 5), (1, 7, 3), (0, 6, 3), (3, 3)]:
    r = iter(range(10))
    print(a, list(islice(r, *a)), list(r))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise('')))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee([1, 2, 3])
print(next(a), list(a), list(b))
x, y, z = tee(iter('abc'), 3)
print(list(x), list(z), list(y), tee([1], 0))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [])))
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)), list(product()))
print(list(product('ab', repeat=0)), list(product('ab', [])))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)), list(combinations('a', 2)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 1)))
print(list(batched('ABCDEFG', 3)), list(batched([], 2)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))))

def f():
    pass
tests = ['count("a")', 'count(1,"a")', 'repeat()', 'repeat(1,"a")', 'islice([1],-1)',
         'islice([1],"a")', 'islice([1],1,"a")', 'islice([1],1,2,0)', 'islice([1],1,2,"a")',
         'islice(1,2)', 'islice([1])', 'islice([1],1,2,3,4)', 'cycle(1)', 'accumulate(1)',
         'compress(1,[])', 'compress([],1)', 'dropwhile(None,1)', 'groupby(1)', 'pairwise(1)',
         'starmap(f,1)', 'tee(1)', 'tee([],-1)', 'zip_longest(1)', 'product(1)',
         'product([1],repeat=-1)', 'permutations(1)', 'permutations([1],-1)',
         'combinations([1],-1)', 'combinations([1])', 'combinations_with_replacement([1],-1)',
         'batched([1],0)', 'batched(1,2)', 'next(chain(1))', 'list(chain.from_iterable([1]))',
         'list(starmap(pow,[1]))', 'takewhile(None)', 'list(dropwhile(None,[1,0,2]))',
         'permutations([1],"a")', 'batched([1],"a")', 'cycle()', 'islice()', 'dropwhile(1)',
         'next(islice(count(),1,None))', 'list(islice(range(10),None,None,2))',
         'islice([1], sys.maxsize + 1)']
import sys
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
