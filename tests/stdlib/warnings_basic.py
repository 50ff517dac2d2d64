import sys
import warnings

class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
    def text(self):
        return ''.join(self.parts)

err = Out()
old = sys.stderr
sys.stderr = err
warnings.warn('hello')
warnings.warn('hello')
warnings.warn('dep', DeprecationWarning)
def g():
    warnings.warn('lvl2', UserWarning, stacklevel=2)
g()
warnings.warn(RuntimeWarning('as instance'))
warnings.warn('pending', PendingDeprecationWarning)
sys.stderr = old
print(err.text().replace(__file__, 'FILE'))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('rec', RuntimeWarning)
    warnings.warn('rec', RuntimeWarning)
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.warn('nothing')
    print(len(w))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('err')
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    warnings.filterwarnings('ignore', message='skip')
    warnings.warn('skip me')
    print('skipped')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', category=DeprecationWarning)
    warnings.warn('a', DeprecationWarning)
    warnings.warn('b', UserWarning)
    print([str(x.message) for x in w])
for bad in [lambda: warnings.simplefilter('bogus'), lambda: warnings.warn('x', int), lambda: warnings.filterwarnings('ignore', category=int)]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
print(warnings.formatwarning('msg', UserWarning, 'f.py', 3), end='')
