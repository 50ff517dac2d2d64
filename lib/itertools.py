"""Functions creating iterators for efficient looping.

Written in Python: each tool checks its arguments eagerly (so errors are
raised at the call, as CPython's do) and then hands back a generator.
count, repeat and chain are classes, since scripts print their reprs or use
chain.from_iterable.
"""

import sys as _sys

__all__ = ['accumulate', 'batched', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


def _index(n):
    # the integer behind an int-like, with CPython's message for the rest
    try:
        return n.__index__()
    except AttributeError:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted "
                        f"as an integer") from None


def _nargs(name, args, lo, hi=None):
    n = len(args)
    if hi is None:
        hi = lo
    if lo <= n <= hi:
        return
    if lo == hi:
        plural = '' if lo == 1 else 's'
        raise TypeError(f'{name} expected {lo} argument{plural}, got {n}')
    if n < lo:
        raise TypeError(f'{name} expected at least {lo} arguments, got {n}')
    raise TypeError(f'{name} expected at most {hi} arguments, got {n}')


def _no_kwargs(name, kw):
    if kw:
        raise TypeError(f'{name}() takes no keyword arguments')


# ---- infinite iterators ----

class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(v, '__add__') \
                    or isinstance(v, (str, bytes, list, tuple)):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {step!r})'

    def __reduce__(self):
        return (type(self), (self._n, self._step))


count.__module__ = 'itertools'


def cycle(*args, **kw):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    _no_kwargs('cycle', kw)
    _nargs('cycle', args, 1)
    return _cycle(iter(args[0]))

def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    __slots__ = ('_obj', '_left')

    def __init__(self, *args, **kw):
        if 'object' in kw:
            args = (kw.pop('object'),) + args
        if 'times' in kw:
            args = args + (kw.pop('times'),)
        if kw:
            raise TypeError(f"repeat() got an unexpected keyword argument '{next(iter(kw))}'")
        if not args:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 2:
            raise TypeError(f'repeat() takes at most 2 arguments ({len(args)} given)')
        self._obj = args[0]
        self._left = None
        if len(args) == 2:
            n = _index(args[1])
            self._left = n if n > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._obj
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._left})'


repeat.__module__ = 'itertools'


# ---- iterators terminating on the shortest input ----

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)

def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    __slots__ = ('_gen',)

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for it in sources:
            yield from it

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def __class_getitem__(cls, item):
        return cls


chain.__module__ = 'itertools'


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))

def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(*args, **kw):
    """Drop items from the iterable while predicate(item) is true."""
    _no_kwargs('dropwhile', kw)
    _nargs('dropwhile', args, 2)
    return _dropwhile(args[0], iter(args[1]))

def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(*args, **kw):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    _no_kwargs('takewhile', kw)
    _nargs('takewhile', args, 2)
    return _takewhile(args[0], iter(args[1]))

def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(*args, **kw):
    """Return those items of iterable for which function(item) is false."""
    _no_kwargs('filterfalse', kw)
    _nargs('filterfalse', args, 2)
    return _filterfalse(args[0], iter(args[1]))

def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_id')

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        # a fresh token per group: an old group iterator stops once its
        # group has been passed by the outer iterator
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is _marker or self._currkey == self._tgtkey:
            self._advance()       # StopIteration ends the groupby
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _advance(self):
        self._currvalue = next(self._it)
        keyfunc = self._keyfunc
        self._currkey = self._currvalue if keyfunc is None else keyfunc(self._currvalue)

    def _grouper(self, tgtkey, ident):
        while self._id is ident and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._advance()
            except StopIteration:
                return


groupby.__module__ = 'itertools'
_marker = object()


_islice_stop_msg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_islice_idx_msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'

def _islice_arg(v, msg):
    if v is None:
        return None
    try:
        n = v.__index__()
    except AttributeError:
        raise ValueError(msg) from None
    if not 0 <= n <= _sys.maxsize:
        raise ValueError(msg)
    return n

def islice(*args, **kw):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    _no_kwargs('islice', kw)
    _nargs('islice', args, 2, 4)
    it = iter(args[0])
    if len(args) == 2:
        start, step = 0, 1
        stop = _islice_arg(args[1], _islice_stop_msg)
    else:
        start = _islice_arg(args[1], _islice_idx_msg)
        stop = _islice_arg(args[2], _islice_stop_msg)
        if start is None:
            start = 0
        step = 1
        if len(args) == 4 and args[3] is not None:
            try:
                step = args[3].__index__()
            except AttributeError:
                step = 0
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(it, start, stop, step)

def _islice(it, start, stop, step):
    # CPython's consumption pattern: skip up to the next wanted index (the
    # start itself is not clamped to stop), then give one item
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    return _pairwise(iter(iterable))

def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))

def _starmap(function, it):
    for args in it:
        # iter() first: CPython reports the item itself as not iterable
        yield function(*(args if type(args) is tuple else tuple(iter(args))))


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    # the copies share a singly linked list of [value, next] cells; each
    # copy holds its own position, so values are dropped once all passed
    head = [None, None]
    return tuple(_tee(it, head) for _ in range(n))

def _tee(it, link):
    while True:
        if link[1] is None:
            try:
                value = next(it)
            except StopIteration:
                return
            link[0] = value
            link[1] = [None, None]
        value = link[0]
        link = link[1]
        yield value


def zip_longest(*iterables, fillvalue=None, **kw):
    """Return a zip_longest object whose .__next__() method returns a tuple."""
    if kw:
        raise TypeError('zip_longest() got an unexpected keyword argument')
    return _zip_longest([iter(x) for x in iterables], fillvalue)

def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


# ---- combinatoric iterators ----

def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)

def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def _r_arg(r, name):
    if r is None:
        return None
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    r = _r_arg(r, 'permutations')
    return _permutations(pool, len(pool) if r is None else r)

def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(*args, **kw):
    """Return successive r-length combinations of elements in the iterable."""
    iterable, r = _comb_args('combinations', args, kw)
    pool = tuple(iterable)
    r = _r_arg(r, 'combinations')
    return _combinations(pool, r)

def _comb_args(name, args, kw):
    args = list(args)
    for i, key in enumerate(('iterable', 'r')):
        if key in kw:
            if len(args) > i:
                raise TypeError(f"argument for {name}() given by name ('{key}') "
                                f"and position ({i + 1})")
            args.append(kw.pop(key))
    if kw:
        raise TypeError(f"{name}() got an unexpected keyword argument '{next(iter(kw))}'")
    if len(args) > 2:
        raise TypeError(f'{name}() takes at most 2 arguments ({len(args)} given)')
    if len(args) == 0:
        raise TypeError(f"{name}() missing required argument 'iterable' (pos 1)")
    if len(args) == 1:
        raise TypeError(f"{name}() missing required argument 'r' (pos 2)")
    return args[0], args[1]

def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(*args, **kw):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""
    iterable, r = _comb_args('combinations_with_replacement', args, kw)
    pool = tuple(iterable)
    r = _r_arg(r, 'combinations_with_replacement')
    return _cwr(pool, r)

def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def batched(iterable, n):
    """Batch data into tuples of length n. The last batch may be shorter."""
    n = _index(n)
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n)

def _batched(it, n):
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch
