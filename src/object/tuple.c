/* tuple.c: the immutable sequence, its iterator, and the helpers the other
 * container files share (positional arity checks, the tuple hash mix, the
 * deallocation trashcan for deeply nested containers, __class_getitem__).
 *
 * Tuples are tracked by the collector from birth (their items may be filled
 * after creation), and kr_tuple_maybe_untrack lets the collector drop those
 * that hold only atomic values, as CPython does.  The empty tuple is one
 * immortal static object with a GC header in front of it, so collector
 * queries on it are safe.
 * TODO: a per-interpreter freelist for small tuples (needs a KrInterp field).
 */
#include "kr.h"

/* ---- shared helpers ----------------------------------------------------- */

int kr_check_positional(const char *name, ssize_t nargs, ssize_t min, ssize_t max)
{
    if (nargs < min) {
        kr_err_format(KrExc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                      min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        kr_err_format(KrExc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                      min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

kr_hash_t kr_hash_items(KrObject *const *items, ssize_t n, int with_len)
{
    uint64_t acc = XXPRIME_5;
    for (ssize_t i = 0; i < n; i++) {
        kr_hash_t h = kr_object_hash(items[i]);
        if (h == -1)
            return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    if (with_len)
        acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (kr_hash_t)acc;
}

/* types.GenericAlias lives with the type machinery; until it is linked in,
 * subscripting a container class reports it as unsupported */
extern KrObject *kr_generic_alias_new(KrObject *origin, KrObject *args) __attribute__((weak));

KrObject *kr_container_class_getitem(KrObject *cls, KrObject *args)
{
    if (kr_generic_alias_new)
        return kr_generic_alias_new(cls, args);
    return kr_err_format(KrExc_TypeError, "type '%s' is not subscriptable",
                         ((KrTypeObject *)cls)->tp_name);
}

/* ---- trashcan ---------------------------------------------------------- */

/* Per OS thread, like the current thread state: objects queued here belong to
 * the interpreter running on this thread and are freed before the outermost
 * dealloc returns. */
#define TRASH_DEPTH_LIMIT 500
typedef struct { KrObject *o; kr_destructor fn; } TrashItem;
static _Thread_local int trash_depth, trash_draining;
static _Thread_local TrashItem *trash;
static _Thread_local ssize_t trash_n, trash_cap;

int kr_trash_begin(KrObject *o, kr_destructor fn)
{
    /* only builtin types: a heap subtype's dealloc has already run its part */
    if (trash_depth >= TRASH_DEPTH_LIMIT && !(KR_TYPE(o)->tp_flags & KR_TPFLAGS_HEAPTYPE)) {
        if (trash_n == trash_cap) {
            ssize_t ncap = trash_cap ? trash_cap * 2 : 256;
            TrashItem *nt = kr_mem_realloc(trash, (size_t)ncap * sizeof(TrashItem));
            if (!nt)
                goto proceed;   /* no memory: recurse after all */
            trash = nt;
            trash_cap = ncap;
        }
        trash[trash_n].o = o;
        trash[trash_n].fn = fn;
        trash_n++;
        return 1;
    }
proceed:
    trash_depth++;
    return 0;
}

void kr_trash_end(void)
{
    if (--trash_depth > 0 || trash_draining)
        return;
    trash_draining = 1;
    while (trash_n > 0) {
        TrashItem it = trash[--trash_n];
        it.fn(it.o);
    }
    trash_draining = 0;
    kr_mem_free(trash);
    trash = NULL;
    trash_cap = 0;
}

/* ---- allocation --------------------------------------------------------- */

static struct {
    KrGCHead gc;
    KrTupleObject t;
} empty_tuple = { { NULL, NULL, 0 }, { KR_STATIC_VAR_HEAD(&KrTuple_Type, 0), -1, { NULL } } };

KrObject *kr_tuple_empty(void) { return (KrObject *)&empty_tuple.t; }

static KrObject *tuple_alloc(KrTypeObject *type, ssize_t n)
{
    if (n < 0) {
        KR_BAD_INTERNAL_CALL();
        return NULL;
    }
    if ((size_t)n > (KR_MAX_ALLOC / sizeof(KrObject *)))
        return kr_err_nomemory();
    KrTupleObject *t;
    if (type == &KrTuple_Type) {
        /* exact tuples take exactly their items: the generic allocator's
         * spare item slot would cost 8 bytes on each of millions of pairs */
        t = (KrTupleObject *)kr_gc_alloc(type, offsetof(KrTupleObject, items) + (size_t)n * sizeof(KrObject *));
    } else {
        t = (KrTupleObject *)kr_object_alloc(type, n);
    }
    if (!t)
        return NULL;
    KR_SIZE(t) = n;
    t->hash = -1;
    for (ssize_t i = 0; i < n; i++)
        t->items[i] = NULL;
    return (KrObject *)t;
}

KrObject *kr_tuple_new(ssize_t n)
{
    if (n == 0)
        return kr_tuple_empty();
    KrObject *t = tuple_alloc(&KrTuple_Type, n);
    if (t)
        kr_gc_track(t);
    return t;
}

KrObject *kr_tuple_from_array(KrObject *const *items, ssize_t n)
{
    if (n == 0)
        return kr_tuple_empty();
    KrObject *t = tuple_alloc(&KrTuple_Type, n);
    if (!t)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        KR_TUPLE_ITEMS(t)[i] = kr_newref(items[i]);
    kr_gc_track(t);
    return t;
}

KrObject *kr_tuple_from_array_steal(KrObject **items, ssize_t n)
{
    if (n == 0)
        return kr_tuple_empty();
    KrObject *t = tuple_alloc(&KrTuple_Type, n);
    if (!t) {
        for (ssize_t i = 0; i < n; i++)
            kr_xdecref(items[i]);
        return NULL;
    }
    memcpy(KR_TUPLE_ITEMS(t), items, (size_t)n * sizeof(KrObject *));
    kr_gc_track(t);
    return t;
}

KrObject *kr_tuple_pack(ssize_t n, ...)
{
    if (n == 0)
        return kr_tuple_empty();
    KrObject *t = tuple_alloc(&KrTuple_Type, n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (ssize_t i = 0; i < n; i++)
        KR_TUPLE_ITEMS(t)[i] = kr_newref(va_arg(ap, KrObject *));
    va_end(ap);
    kr_gc_track(t);
    return t;
}

KrObject *kr_tuple_slice(KrObject *t, ssize_t lo, ssize_t hi)
{
    ssize_t n = KR_SIZE(t);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    if (lo == 0 && hi == n && KR_TUPLE_CHECK_EXACT(t))
        return kr_newref(t);
    return kr_tuple_from_array(KR_TUPLE_ITEMS(t) + lo, hi - lo);
}

static int may_be_tracked(KrObject *o)
{
    if (!KR_IS_GC(o))
        return 0;
    if (KR_TUPLE_CHECK_EXACT(o))
        return kr_gc_is_tracked(o);
    return 1;
}

void kr_tuple_maybe_untrack(KrObject *t)
{
    if (!kr_gc_is_tracked(t))
        return;
    ssize_t n = KR_SIZE(t);
    for (ssize_t i = 0; i < n; i++) {
        KrObject *e = KR_TUPLE_GET(t, i);
        if (!e || may_be_tracked(e))
            return;
    }
    kr_gc_untrack(t);
}

/* ---- type slots --------------------------------------------------------- */

static void tuple_dealloc(KrObject *self)
{
    if (self == kr_tuple_empty())
        return;
    kr_gc_untrack(self);
    if (kr_trash_begin(self, tuple_dealloc))
        return;
    ssize_t n = KR_SIZE(self);
    for (ssize_t i = n - 1; i >= 0; i--)
        kr_xdecref(KR_TUPLE_ITEMS(self)[i]);
    kr_object_free(self);
    kr_trash_end();
}

static int tuple_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    for (ssize_t i = KR_SIZE(self) - 1; i >= 0; i--)
        KR_VISIT(KR_TUPLE_ITEMS(self)[i]);
    return 0;
}

static int tuple_clear_slot(KrObject *self)
{
    /* tuples are immutable: the collector breaks cycles through other objects */
    return 0;
}

static KrObject *tuple_repr(KrObject *self)
{
    ssize_t n = KR_SIZE(self);
    if (n == 0)
        return kr_str_from_cstr("()");
    int r = kr_repr_enter(self);
    if (r != 0)
        return r > 0 ? kr_str_from_cstr("(...)") : NULL;
    KrStrWriter w;
    kr_strwriter_init(&w);
    if (kr_strwriter_write_char(&w, '(') < 0)
        goto error;
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0 && kr_strwriter_write_ascii(&w, ", ", 2) < 0)
            goto error;
        KrObject *s = kr_object_repr(KR_TUPLE_GET(self, i));
        if (!s)
            goto error;
        int e = kr_strwriter_write_str(&w, s);
        kr_decref(s);
        if (e < 0)
            goto error;
    }
    if (n == 1 && kr_strwriter_write_char(&w, ',') < 0)
        goto error;
    if (kr_strwriter_write_char(&w, ')') < 0)
        goto error;
    kr_repr_leave(self);
    return kr_strwriter_finish(&w);
error:
    kr_repr_leave(self);
    kr_strwriter_discard(&w);
    return NULL;
}

static kr_hash_t tuple_hash(KrObject *self)
{
    KrTupleObject *t = (KrTupleObject *)self;
    if (t->hash != -1)
        return t->hash;
    kr_hash_t h = kr_hash_items(t->items, KR_SIZE(t), 1);
    if (h != -1)
        t->hash = h;
    return h;
}

static ssize_t tuple_length(KrObject *self) { return KR_SIZE(self); }

static int tuple_contains(KrObject *self, KrObject *el)
{
    ssize_t n = KR_SIZE(self);
    for (ssize_t i = 0; i < n; i++) {
        int c = kr_object_richcompare_bool(KR_TUPLE_GET(self, i), el, KR_EQ);
        if (c != 0)
            return c;
        n = KR_SIZE(self);
    }
    return 0;
}

static KrObject *tuple_item(KrObject *self, ssize_t i)
{
    if (i < 0 || i >= KR_SIZE(self)) {
        kr_err_set_string(KrExc_IndexError, "tuple index out of range");
        return NULL;
    }
    return kr_newref(KR_TUPLE_GET(self, i));
}

static KrObject *tuple_subscript(KrObject *self, KrObject *item)
{
    int64_t v;
    ssize_t i;
    if (KR_INT_CHECK_EXACT(item) && kr_int_medium(item, &v)) {
        i = (ssize_t)v;
    } else if (kr_index_check(item)) {
        i = kr_number_as_ssize(item, (KrObject *)KrExc_IndexError);
        if (i == -1 && kr_err_occurred())
            return NULL;
    } else if (KR_SLICE_CHECK(item)) {
        ssize_t start, stop, step, len;
        if (kr_slice_get_indices(item, KR_SIZE(self), &start, &stop, &step, &len) < 0)
            return NULL;
        if (len <= 0)
            return kr_tuple_empty();
        if (step == 1)
            return kr_tuple_slice(self, start, stop);
        KrObject *r = kr_tuple_new(len);
        if (!r)
            return NULL;
        for (ssize_t k = 0, j = start; k < len; k++, j += step)
            KR_TUPLE_SET(r, k, kr_newref(KR_TUPLE_GET(self, j)));
        return r;
    } else {
        return kr_err_format(KrExc_TypeError, "tuple indices must be integers or slices, not %T", item);
    }
    if (i < 0)
        i += KR_SIZE(self);
    return tuple_item(self, i);
}

static KrObject *tuple_concat(KrObject *a, KrObject *b)
{
    if (!KR_TUPLE_CHECK(b))
        return kr_err_format(KrExc_TypeError,
                             "can only concatenate tuple (not \"%T\") to tuple", b);
    ssize_t na = KR_SIZE(a), nb = KR_SIZE(b);
    if (nb == 0 && KR_TUPLE_CHECK_EXACT(a))
        return kr_newref(a);
    if (na == 0 && KR_TUPLE_CHECK_EXACT(b))
        return kr_newref(b);
    if (na > (ssize_t)(KR_MAX_ALLOC / sizeof(KrObject *)) - nb)
        return kr_err_nomemory();
    KrObject *r = kr_tuple_new(na + nb);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < na; i++)
        KR_TUPLE_SET(r, i, kr_newref(KR_TUPLE_GET(a, i)));
    for (ssize_t i = 0; i < nb; i++)
        KR_TUPLE_SET(r, na + i, kr_newref(KR_TUPLE_GET(b, i)));
    return r;
}

static KrObject *tuple_repeat(KrObject *self, ssize_t n)
{
    ssize_t len = KR_SIZE(self);
    if (n < 0)
        n = 0;
    if (len == 0 || n == 0)
        return kr_tuple_empty();
    if (n == 1 && KR_TUPLE_CHECK_EXACT(self))
        return kr_newref(self);
    if (len > (ssize_t)(KR_MAX_ALLOC / sizeof(KrObject *)) / n)
        return kr_err_nomemory();
    KrObject *r = kr_tuple_new(len * n);
    if (!r)
        return NULL;
    KrObject **dst = KR_TUPLE_ITEMS(r);
    for (ssize_t k = 0; k < n; k++)
        for (ssize_t i = 0; i < len; i++)
            *dst++ = kr_newref(KR_TUPLE_GET(self, i));
    return r;
}

/* Lexicographic comparison shared in spirit with list's: find the first
 * index whose items differ, then compare those (or the lengths). */
static KrObject *tuple_richcompare(KrObject *v, KrObject *w, int op)
{
    if (!KR_TUPLE_CHECK(v) || !KR_TUPLE_CHECK(w))
        KR_RETURN_NOTIMPL;
    ssize_t vl = KR_SIZE(v), wl = KR_SIZE(w), i;
    for (i = 0; i < vl && i < wl; i++) {
        int k = kr_object_richcompare_bool(KR_TUPLE_GET(v, i), KR_TUPLE_GET(w, i), KR_EQ);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= vl || i >= wl) {
        int c;
        switch (op) {
        case KR_LT: c = vl < wl; break;
        case KR_LE: c = vl <= wl; break;
        case KR_EQ: c = vl == wl; break;
        case KR_NE: c = vl != wl; break;
        case KR_GT: c = vl > wl; break;
        default: c = vl >= wl; break;
        }
        return kr_bool_from(c);
    }
    if (op == KR_EQ)
        KR_RETURN_FALSE;
    if (op == KR_NE)
        KR_RETURN_TRUE;
    return kr_object_richcompare(KR_TUPLE_GET(v, i), KR_TUPLE_GET(w, i), op);
}

static KrObject *tuple_iter(KrObject *self);

/* tuple(iterable): shares the exact-type result when possible */
static KrObject *tuple_from_iterable(KrObject *it)
{
    if (KR_TUPLE_CHECK_EXACT(it))
        return kr_newref(it);
    if (KR_LIST_CHECK_EXACT(it))
        return kr_tuple_from_array(KR_LIST_ITEMS(it), KR_LIST_LEN(it));
    KrObject *iter = kr_object_getiter(it);
    if (!iter)
        return NULL;
    ssize_t cap = kr_object_length_hint(it, 8), n = 0;
    if (cap < 0) {
        kr_decref(iter);
        return NULL;
    }
    if (cap < 8)
        cap = 8;
    KrObject **buf = kr_mem_alloc((size_t)cap * sizeof(KrObject *));
    if (!buf) {
        kr_decref(iter);
        return kr_err_nomemory();
    }
    for (;;) {
        KrObject *x = kr_iter_next(iter);
        if (!x) {
            if (kr_err_occurred())
                goto error;
            break;
        }
        if (n == cap) {
            ssize_t ncap = cap + (cap >> 1) + 8;
            KrObject **nb = kr_mem_realloc(buf, (size_t)ncap * sizeof(KrObject *));
            if (!nb) {
                kr_decref(x);
                kr_err_nomemory();
                goto error;
            }
            buf = nb;
            cap = ncap;
        }
        buf[n++] = x;
    }
    kr_decref(iter);
    KrObject *r = kr_tuple_from_array_steal(buf, n);
    kr_mem_free(buf);
    return r;
error:
    kr_decref(iter);
    for (ssize_t i = 0; i < n; i++)
        kr_decref(buf[i]);
    kr_mem_free(buf);
    return NULL;
}

static KrObject *tuple_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                           KrObject *kwnames)
{
    if (type == &KrTuple_Type && kwnames && KR_TUPLE_LEN(kwnames) > 0)
        return kr_err_format(KrExc_TypeError, "tuple() takes no keyword arguments");
    if (kr_check_positional("tuple", nargs, 0, 1) < 0)
        return NULL;
    KrObject *base = nargs ? tuple_from_iterable(args[0]) : kr_tuple_empty();
    if (!base || type == &KrTuple_Type)
        return base;
    ssize_t n = KR_SIZE(base);
    KrObject *r = tuple_alloc(type, n);
    if (r) {
        for (ssize_t i = 0; i < n; i++)
            KR_TUPLE_ITEMS(r)[i] = kr_newref(KR_TUPLE_GET(base, i));
        kr_gc_track(r);
    }
    kr_decref(base);
    return r;
}

/* ---- methods ------------------------------------------------------------ */

static KrObject *tuple_index(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_check_positional("index", nargs, 1, 3) < 0)
        return NULL;
    ssize_t start = 0, stop = PTRDIFF_MAX;
    if (nargs > 1 && kr_slice_index(args[1], &start, 0) < 0)
        return NULL;
    if (nargs > 2 && kr_slice_index(args[2], &stop, 0) < 0)
        return NULL;
    ssize_t n = KR_SIZE(self);
    if (start < 0) {
        start += n;
        if (start < 0)
            start = 0;
    }
    if (stop < 0)
        stop += n;
    for (ssize_t i = start; i < stop && i < KR_SIZE(self); i++) {
        int c = kr_object_richcompare_bool(KR_TUPLE_GET(self, i), args[0], KR_EQ);
        if (c < 0)
            return NULL;
        if (c)
            return kr_int_from_ssize(i);
    }
    kr_err_set_string(KrExc_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static KrObject *tuple_count(KrObject *self, KrObject *v)
{
    ssize_t c = 0;
    for (ssize_t i = 0; i < KR_SIZE(self); i++) {
        int k = kr_object_richcompare_bool(KR_TUPLE_GET(self, i), v, KR_EQ);
        if (k < 0)
            return NULL;
        c += k;
    }
    return kr_int_from_ssize(c);
}

static KrObject *tuple_getnewargs(KrObject *self, KrObject *unused)
{
    KrObject *t = kr_tuple_from_array(KR_TUPLE_ITEMS(self), KR_SIZE(self));
    if (!t)
        return NULL;
    KrObject *r = kr_tuple_pack(1, t);
    kr_decref(t);
    return r;
}

static KrObject *tuple_sizeof(KrObject *self, KrObject *unused)
{
    /* reported as CPython's layout (no cached hash field) */
    ssize_t base = KR_TYPE(self)->tp_basicsize - (ssize_t)sizeof(kr_hash_t);
    return kr_int_from_ssize(base + KR_SIZE(self) * (ssize_t)sizeof(KrObject *));
}

static KrMethodDef tuple_methods[] = {
    { "__getnewargs__", KR_CFUNC(tuple_getnewargs), KR_METH_NOARGS, NULL },
    { "index", KR_CFUNC(tuple_index), KR_METH_FASTCALL,
      "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { "count", KR_CFUNC(tuple_count), KR_METH_O, "Return number of occurrences of value." },
    { "__sizeof__", KR_CFUNC(tuple_sizeof), KR_METH_NOARGS, NULL },
    { "__class_getitem__", KR_CFUNC(kr_container_class_getitem), KR_METH_O | KR_METH_CLASS,
      "See PEP 585" },
    { NULL, NULL, 0, NULL }
};

static KrSequenceMethods tuple_as_sequence = {
    .sq_length = tuple_length,
    .sq_concat = tuple_concat,
    .sq_repeat = tuple_repeat,
    .sq_item = tuple_item,
    .sq_contains = tuple_contains,
};

static KrMappingMethods tuple_as_mapping = {
    .mp_length = tuple_length,
    .mp_subscript = tuple_subscript,
};

KrTypeObject KrTuple_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "tuple",
    .tp_basicsize = offsetof(KrTupleObject, items),
    .tp_itemsize = sizeof(KrObject *),
    .tp_dealloc = tuple_dealloc,
    .tp_repr = tuple_repr,
    .tp_as_sequence = &tuple_as_sequence,
    .tp_as_mapping = &tuple_as_mapping,
    .tp_hash = tuple_hash,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_TUPLE_SUBCLASS |
                KR_TPFLAGS_SEQUENCE | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
              "If iterable is specified the tuple is initialized from iterable's items.\n\n"
              "If the argument is a tuple, the return value is the same object.",
    .tp_traverse = tuple_traverse,
    .tp_clear = tuple_clear_slot,
    .tp_richcompare = tuple_richcompare,
    .tp_iter = tuple_iter,
    .tp_methods = tuple_methods,
    .tp_new = tuple_new,
};

/* ---- iterator ----------------------------------------------------------- */

typedef KrSeqIterObject TupleIter;   /* containers.h: FOR_ITER steps it inline */

static KrObject *tuple_iter(KrObject *self)
{
    TupleIter *it = (TupleIter *)kr_object_alloc(&KrTupleIter_Type, 0);
    if (!it)
        return NULL;
    it->index = 0;
    it->seq = kr_newref(self);
    kr_gc_track((KrObject *)it);
    return (KrObject *)it;
}

static void tupleiter_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    kr_xdecref(((TupleIter *)self)->seq);
    kr_object_free(self);
}

static int tupleiter_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(((TupleIter *)self)->seq);
    return 0;
}

static int tupleiter_clear(KrObject *self)
{
    KR_CLEAR(((TupleIter *)self)->seq);
    return 0;
}

static KrObject *tupleiter_next(KrObject *self)
{
    TupleIter *it = (TupleIter *)self;
    KrObject *seq = it->seq;
    if (!seq)
        return NULL;
    if (it->index < KR_SIZE(seq))
        return kr_newref(KR_TUPLE_GET(seq, it->index++));
    it->seq = NULL;
    kr_decref(seq);
    return NULL;
}

static KrObject *tupleiter_length_hint(KrObject *self, KrObject *unused)
{
    TupleIter *it = (TupleIter *)self;
    ssize_t n = it->seq ? KR_SIZE(it->seq) - it->index : 0;
    return kr_int_from_ssize(n < 0 ? 0 : n);
}

static KrObject *tupleiter_reduce(KrObject *self, KrObject *unused)
{
    TupleIter *it = (TupleIter *)self;
    KrObject *builtins = kr_eval_get_builtins();
    KrObject *f = builtins ? kr_dict_get_cstr(builtins, "iter") : NULL;
    if (!f) {
        kr_err_set_string(KrExc_RuntimeError, "builtin iter not found");
        return NULL;
    }
    KrObject *args = kr_tuple_pack(1, it->seq ? it->seq : kr_tuple_empty()), *r = NULL;
    if (!args)
        return NULL;
    if (it->seq) {
        KrObject *idx = kr_int_from_ssize(it->index);
        if (idx)
            r = kr_tuple_pack(3, f, args, idx);
        kr_xdecref(idx);
    } else {
        r = kr_tuple_pack(2, f, args);
    }
    kr_decref(args);
    return r;
}

static KrObject *tupleiter_setstate(KrObject *self, KrObject *state)
{
    TupleIter *it = (TupleIter *)self;
    ssize_t i = kr_number_as_ssize(state, NULL);
    if (i == -1 && kr_err_occurred())
        return NULL;
    if (it->seq) {
        if (i < 0)
            i = 0;
        else if (i > KR_SIZE(it->seq))
            i = KR_SIZE(it->seq);
        it->index = i;
    }
    KR_RETURN_NONE;
}

static KrMethodDef tupleiter_methods[] = {
    { "__length_hint__", KR_CFUNC(tupleiter_length_hint), KR_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { "__reduce__", KR_CFUNC(tupleiter_reduce), KR_METH_NOARGS, "Return state information for pickling." },
    { "__setstate__", KR_CFUNC(tupleiter_setstate), KR_METH_O, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL }
};

KrTypeObject KrTupleIter_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "tuple_iterator",
    .tp_basicsize = sizeof(TupleIter),
    .tp_dealloc = tupleiter_dealloc,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_traverse = tupleiter_traverse,
    .tp_clear = tupleiter_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = tupleiter_next,
    .tp_methods = tupleiter_methods,
};
