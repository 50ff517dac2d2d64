/* list.c: the mutable sequence, its forward and reverse iterators.
 *
 * Storage is one array of item pointers that over-allocates on growth with
 * CPython's rule (newsize + newsize/8 + 6, rounded to a multiple of 4), so
 * repeated appends are amortised O(1) and __sizeof__ reports the same
 * numbers CPython does.  Any call back into Python (a comparison, a repr, an
 * iterator) may mutate the list, so loops re-read the size and hold their own
 * reference to the item they are working on.  Sorting lives in listsort.c.
 */
#include "kr.h"

#define MAX_ITEMS ((ssize_t)(KR_MAX_ALLOC / sizeof(KrObject *)))

static int list_resize(KrListObject *self, ssize_t newsize)
{
    ssize_t allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        KR_SIZE(self) = newsize;
        return 0;
    }
    if (newsize > MAX_ITEMS) {
        kr_err_nomemory();
        return -1;
    }
    size_t new_alloc = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - KR_SIZE(self) > (ssize_t)(new_alloc - (size_t)newsize))
        new_alloc = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        new_alloc = 0;
    KrObject **items;
    if (new_alloc == 0) {
        kr_mem_free(self->items);
        items = NULL;
    } else {
        items = kr_mem_realloc(self->items, new_alloc * sizeof(KrObject *));
        if (!items) {
            kr_err_nomemory();
            return -1;
        }
    }
    self->items = items;
    KR_SIZE(self) = newsize;
    self->allocated = (ssize_t)new_alloc;
    return 0;
}

/* capacity for an empty list about to be filled with n items (rounded up
 * to even, as CPython does); the size stays 0 */
static int list_preallocate_exact(KrListObject *self, ssize_t n)
{
    if (n > MAX_ITEMS) {
        kr_err_nomemory();
        return -1;
    }
    n = (n + 1) & ~(ssize_t)1;
    KrObject **items = kr_mem_alloc((size_t)(n ? n : 1) * sizeof(KrObject *));
    if (!items) {
        kr_err_nomemory();
        return -1;
    }
    self->items = items;
    self->allocated = n;
    return 0;
}

static KrObject *list_alloc(KrTypeObject *type)
{
    KrListObject *l = (KrListObject *)kr_object_alloc(type, 0);
    if (!l)
        return NULL;
    KR_SIZE(l) = 0;
    l->items = NULL;
    l->allocated = 0;
    return (KrObject *)l;
}

KrObject *kr_list_new(ssize_t n)
{
    if (n < 0) {
        KR_BAD_INTERNAL_CALL();
        return NULL;
    }
    KrListObject *l = (KrListObject *)list_alloc(&KrList_Type);
    if (!l)
        return NULL;
    if (n > 0) {
        if (n > MAX_ITEMS || !(l->items = kr_mem_calloc((size_t)n, sizeof(KrObject *)))) {
            kr_object_free((KrObject *)l);
            return kr_err_nomemory();
        }
        l->allocated = n;
        KR_SIZE(l) = n;
    }
    kr_gc_track((KrObject *)l);
    return (KrObject *)l;
}

KrObject *kr_list_from_array(KrObject *const *items, ssize_t n)
{
    KrObject *l = kr_list_new(n);
    if (!l)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        KR_LIST_ITEMS(l)[i] = kr_newref(items[i]);
    return l;
}

int kr_list_append_steal(KrObject *op, KrObject *v)
{
    KrListObject *l = (KrListObject *)op;
    ssize_t n = KR_SIZE(l);
    if (KR_LIKELY(l->allocated > n)) {
        l->items[n] = v;
        KR_SIZE(l) = n + 1;
        return 0;
    }
    if (list_resize(l, n + 1) < 0) {
        kr_decref(v);
        return -1;
    }
    l->items[n] = v;
    return 0;
}

int kr_list_append(KrObject *l, KrObject *v)
{
    return kr_list_append_steal(l, kr_newref(v));
}

int kr_list_insert(KrObject *op, ssize_t where, KrObject *v)
{
    KrListObject *l = (KrListObject *)op;
    ssize_t n = KR_SIZE(l);
    if (list_resize(l, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    memmove(&l->items[where + 1], &l->items[where], (size_t)(n - where) * sizeof(KrObject *));
    l->items[where] = kr_newref(v);
    return 0;
}

int kr_list_set_item(KrObject *l, ssize_t i, KrObject *v)
{
    if (i < 0 || i >= KR_SIZE(l)) {
        kr_xdecref(v);
        kr_err_set_string(KrExc_IndexError, "list assignment index out of range");
        return -1;
    }
    KrObject *old = KR_LIST_ITEMS(l)[i];
    KR_LIST_ITEMS(l)[i] = v;
    kr_xdecref(old);
    return 0;
}

KrObject *kr_list_as_tuple(KrObject *l)
{
    return kr_tuple_from_array(KR_LIST_ITEMS(l), KR_SIZE(l));
}

KrObject *kr_list_slice(KrObject *l, ssize_t lo, ssize_t hi)
{
    ssize_t n = KR_SIZE(l);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    return kr_list_from_array(KR_LIST_ITEMS(l) + lo, hi - lo);
}

int kr_list_clear(KrObject *op)
{
    KrListObject *l = (KrListObject *)op;
    KrObject **items = l->items;
    ssize_t i = KR_SIZE(l);
    if (!items)
        return 0;
    /* detach first: decrefs below may run code that looks at the list */
    KR_SIZE(l) = 0;
    l->items = NULL;
    l->allocated = 0;
    while (--i >= 0)
        kr_xdecref(items[i]);
    kr_mem_free(items);
    return 0;
}

int kr_list_reverse(KrObject *l)
{
    ssize_t n = KR_SIZE(l);
    if (n < 2)
        return 0;   /* also keeps pointer arithmetic off a NULL items array */
    KrObject **lo = KR_LIST_ITEMS(l), **hi = lo + n - 1;
    while (lo < hi) {
        KrObject *t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
    return 0;
}

/* a list or tuple to read items from; anything else is materialised */
static KrObject *seq_fast(KrObject *v, const char *msg)
{
    if (KR_LIST_CHECK_EXACT(v) || KR_TUPLE_CHECK_EXACT(v))
        return kr_newref(v);
    KrObject *it = kr_object_getiter(v);
    if (!it) {
        if (kr_err_matches((KrObject *)KrExc_TypeError)) {
            kr_err_clear();
            kr_err_set_string(KrExc_TypeError, msg);
        }
        return NULL;
    }
    KrObject *l = kr_list_new(0);
    if (!l) {
        kr_decref(it);
        return NULL;
    }
    for (;;) {
        KrObject *x = kr_iter_next(it);
        if (!x)
            break;
        if (kr_list_append_steal(l, x) < 0)
            break;
    }
    kr_decref(it);
    if (kr_err_occurred()) {
        kr_decref(l);
        return NULL;
    }
    return l;
}

#define FAST_ITEMS(s) (KR_LIST_CHECK(s) ? KR_LIST_ITEMS(s) : KR_TUPLE_ITEMS(s))

int kr_list_extend(KrObject *op, KrObject *iterable)
{
    KrListObject *l = (KrListObject *)op;
    if (KR_LIST_CHECK_EXACT(iterable) || KR_TUPLE_CHECK_EXACT(iterable) || iterable == op) {
        ssize_t m = KR_SIZE(l), n = KR_SIZE(iterable);
        if (n == 0)
            return 0;
        if (!l->items) {
            if (list_preallocate_exact(l, n) < 0)
                return -1;
            KR_SIZE(l) = n;
        } else if (list_resize(l, m + n) < 0) {
            return -1;
        }
        /* iterable may be l itself: its items are l->items[0..m) */
        KrObject **src = iterable == op ? l->items : FAST_ITEMS(iterable);
        for (ssize_t i = 0; i < n; i++)
            l->items[m + i] = kr_newref(src[i]);
        return 0;
    }
    KrObject *it = kr_object_getiter(iterable);
    if (!it)
        return -1;
    ssize_t hint = kr_object_length_hint(iterable, 8);
    if (hint < 0) {
        kr_decref(it);
        return -1;
    }
    ssize_t m = KR_SIZE(l);
    if (!l->items) {
        if (hint > 0 && list_preallocate_exact(l, hint) < 0) {
            kr_decref(it);
            return -1;
        }
    } else if (hint > 0 && m <= MAX_ITEMS - hint) {
        if (list_resize(l, m + hint) < 0) {
            kr_decref(it);
            return -1;
        }
        KR_SIZE(l) = m;
    }
    kr_iternextfunc next = KR_TYPE(it)->tp_iternext;
    for (;;) {
        KrObject *x = next ? next(it) : kr_iter_next(it);
        if (!x) {
            if (kr_err_occurred()) {
                if (!kr_err_matches((KrObject *)KrExc_StopIteration)) {
                    kr_decref(it);
                    return -1;
                }
                kr_err_clear();
            }
            break;
        }
        if (kr_list_append_steal(op, x) < 0) {
            kr_decref(it);
            return -1;
        }
    }
    kr_decref(it);
    /* give back an over-optimistic length hint */
    if (KR_SIZE(l) < l->allocated)
        return list_resize(l, KR_SIZE(l));
    return 0;
}

/* l[lo:hi] = v (v NULL: delete); v may be any iterable, including l */
static int list_ass_slice(KrListObject *a, ssize_t lo, ssize_t hi, KrObject *v)
{
    KrObject *vseq = NULL;
    KrObject **recycle = NULL, *small[8];
    ssize_t n = 0, norig, d, size;
    int result = -1;

    if (v) {
        if (v == (KrObject *)a) {
            v = kr_list_slice(v, 0, KR_SIZE(a));
            if (!v)
                return -1;
            result = list_ass_slice(a, lo, hi, v);
            kr_decref(v);
            return result;
        }
        vseq = seq_fast(v, "can only assign an iterable");
        if (!vseq)
            return -1;
        n = KR_SIZE(vseq);
    }
    size = KR_SIZE(a);
    if (lo < 0) lo = 0;
    else if (lo > size) lo = size;
    if (hi < lo) hi = lo;
    else if (hi > size) hi = size;
    norig = hi - lo;
    d = n - norig;
    if (size + d == 0) {
        kr_xdecref(vseq);
        return kr_list_clear((KrObject *)a);
    }
    KrObject **item = a->items;
    size_t s = (size_t)norig * sizeof(KrObject *);
    if (s) {
        recycle = s > sizeof(small) ? kr_mem_alloc(s) : small;
        if (!recycle) {
            kr_err_nomemory();
            goto out;
        }
        memcpy(recycle, &item[lo], s);
    }
    if (d < 0) {
        memmove(&item[hi + d], &item[hi], (size_t)(size - hi) * sizeof(KrObject *));
        if (list_resize(a, size + d) < 0) {
            /* shrinking cannot lose data: the resize only trims capacity */
            KR_SIZE(a) = size + d;
            kr_err_clear();
        }
        item = a->items;
    } else if (d > 0) {
        if (list_resize(a, size + d) < 0)
            goto out;
        item = a->items;
        memmove(&item[hi + d], &item[hi], (size_t)(size - hi) * sizeof(KrObject *));
    }
    if (n) {
        KrObject **src = FAST_ITEMS(vseq);
        for (ssize_t k = 0; k < n; k++)
            item[lo + k] = kr_newref(src[k]);
    }
    for (ssize_t k = norig - 1; k >= 0; k--)
        kr_xdecref(recycle[k]);
    result = 0;
out:
    if (recycle && recycle != small)
        kr_mem_free(recycle);
    kr_xdecref(vseq);
    return result;
}

/* ---- type slots --------------------------------------------------------- */

static void list_dealloc(KrObject *self)
{
    KrListObject *l = (KrListObject *)self;
    kr_gc_untrack(self);
    if (kr_trash_begin(self, list_dealloc))
        return;
    if (l->items) {
        ssize_t i = KR_SIZE(l);
        while (--i >= 0)
            kr_xdecref(l->items[i]);
        kr_mem_free(l->items);
    }
    kr_object_free(self);
    kr_trash_end();
}

static int list_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    for (ssize_t i = KR_SIZE(self); --i >= 0;)
        KR_VISIT(KR_LIST_ITEMS(self)[i]);
    return 0;
}

static int list_tp_clear(KrObject *self)
{
    return kr_list_clear(self);
}

static KrObject *list_repr(KrObject *self)
{
    if (KR_SIZE(self) == 0)
        return kr_str_from_cstr("[]");
    int r = kr_repr_enter(self);
    if (r != 0)
        return r > 0 ? kr_str_from_cstr("[...]") : NULL;
    KrStrWriter w;
    kr_strwriter_init(&w);
    if (kr_strwriter_write_char(&w, '[') < 0)
        goto error;
    for (ssize_t i = 0; i < KR_SIZE(self); i++) {
        if (i > 0 && kr_strwriter_write_ascii(&w, ", ", 2) < 0)
            goto error;
        KrObject *item = kr_newref(KR_LIST_GET(self, i));
        KrObject *s = kr_object_repr(item);
        kr_decref(item);
        if (!s)
            goto error;
        int e = kr_strwriter_write_str(&w, s);
        kr_decref(s);
        if (e < 0)
            goto error;
    }
    if (kr_strwriter_write_char(&w, ']') < 0)
        goto error;
    kr_repr_leave(self);
    return kr_strwriter_finish(&w);
error:
    kr_repr_leave(self);
    kr_strwriter_discard(&w);
    return NULL;
}

static ssize_t list_length(KrObject *self) { return KR_SIZE(self); }

static int list_contains(KrObject *self, KrObject *el)
{
    for (ssize_t i = 0; i < KR_SIZE(self); i++) {
        KrObject *item = KR_LIST_GET(self, i);
        if (item == el)
            return 1;
        kr_incref(item);
        int c = kr_object_richcompare_bool(item, el, KR_EQ);
        kr_decref(item);
        if (c != 0)
            return c;
    }
    return 0;
}

static KrObject *list_item(KrObject *self, ssize_t i)
{
    if ((size_t)i >= (size_t)KR_SIZE(self)) {
        kr_err_set_string(KrExc_IndexError, "list index out of range");
        return NULL;
    }
    return kr_newref(KR_LIST_GET(self, i));
}

static int list_ass_item(KrObject *self, ssize_t i, KrObject *v)
{
    if ((size_t)i >= (size_t)KR_SIZE(self)) {
        kr_err_set_string(KrExc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (!v)
        return list_ass_slice((KrListObject *)self, i, i + 1, NULL);
    KrObject *old = KR_LIST_GET(self, i);
    KR_LIST_SET(self, i, kr_newref(v));
    kr_decref(old);
    return 0;
}

static KrObject *list_concat(KrObject *a, KrObject *b)
{
    if (!KR_LIST_CHECK(b))
        return kr_err_format(KrExc_TypeError,
                             "can only concatenate list (not \"%T\") to list", b);
    ssize_t na = KR_SIZE(a), nb = KR_SIZE(b);
    if (na > MAX_ITEMS - nb)
        return kr_err_nomemory();
    KrObject *r = kr_list_new(na + nb);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < na; i++)
        KR_LIST_SET(r, i, kr_newref(KR_LIST_GET(a, i)));
    for (ssize_t i = 0; i < nb; i++)
        KR_LIST_SET(r, na + i, kr_newref(KR_LIST_GET(b, i)));
    return r;
}

static KrObject *list_repeat(KrObject *self, ssize_t n)
{
    ssize_t len = KR_SIZE(self);
    if (n < 0)
        n = 0;
    if (len == 0 || n == 0)
        return kr_list_new(0);
    if (len > MAX_ITEMS / n)
        return kr_err_nomemory();
    KrObject *r = kr_list_new(len * n);
    if (!r)
        return NULL;
    KrObject **dst = KR_LIST_ITEMS(r), **src = KR_LIST_ITEMS(self);
    if (len == 1) {
        KrObject *x = src[0];
        for (ssize_t k = 0; k < n; k++)
            dst[k] = x;
        if (!kr_is_immortal(x)) {
            x->ob_refcnt += n;
            KR_REFTOTAL_ADD(n);
        }
        return r;
    }
    for (ssize_t k = 0; k < n; k++)
        for (ssize_t i = 0; i < len; i++)
            *dst++ = kr_newref(src[i]);
    return r;
}

static KrObject *list_inplace_concat(KrObject *self, KrObject *other)
{
    if (kr_list_extend(self, other) < 0)
        return NULL;
    return kr_newref(self);
}

static KrObject *list_inplace_repeat(KrObject *self, ssize_t n)
{
    KrListObject *l = (KrListObject *)self;
    ssize_t len = KR_SIZE(l);
    if (len == 0 || n == 1)
        return kr_newref(self);
    if (n < 1) {
        kr_list_clear(self);
        return kr_newref(self);
    }
    if (len > MAX_ITEMS / n)
        return kr_err_nomemory();
    if (list_resize(l, len * n) < 0)
        return NULL;
    KrObject **items = l->items;
    for (ssize_t k = 1; k < n; k++)
        for (ssize_t i = 0; i < len; i++)
            items[k * len + i] = kr_newref(items[i]);
    return kr_newref(self);
}

KrObject *kr_list_slice_step(KrObject *l, ssize_t start, ssize_t step, ssize_t len)
{
    if (len <= 0)
        return kr_list_new(0);
    KrObject *r = kr_list_new(len);
    if (!r)
        return NULL;
    for (ssize_t k = 0, j = start; k < len; k++, j += step)
        KR_LIST_SET(r, k, kr_newref(KR_LIST_GET(l, j)));
    return r;
}

int kr_list_ass_slice(KrObject *l, ssize_t lo, ssize_t hi, KrObject *v)
{
    return list_ass_slice((KrListObject *)l, lo, hi, v);
}

static KrObject *list_subscript(KrObject *self, KrObject *item)
{
    int64_t v;
    ssize_t i;
    if (KR_INT_CHECK_EXACT(item) && kr_int_medium(item, &v)) {
        i = (ssize_t)v;
    } else if (KR_SLICE_CHECK(item)) {
        ssize_t start, stop, step, len;
        /* unpack first: __index__ may run code that resizes the list */
        if (kr_slice_unpack(item, &start, &stop, &step) < 0)
            return NULL;
        len = kr_slice_adjust_indices(KR_SIZE(self), &start, &stop, step);
        if (len <= 0)
            return kr_list_new(0);
        if (step == 1)
            return kr_list_slice(self, start, stop);
        return kr_list_slice_step(self, start, step, len);
    } else if (kr_index_check(item)) {
        i = kr_number_as_ssize(item, (KrObject *)KrExc_IndexError);
        if (i == -1 && kr_err_occurred())
            return NULL;
    } else {
        return kr_err_format(KrExc_TypeError, "list indices must be integers or slices, not %T", item);
    }
    if (i < 0)
        i += KR_SIZE(self);
    return list_item(self, i);
}

static int list_ass_subscript(KrObject *self, KrObject *item, KrObject *value)
{
    KrListObject *l = (KrListObject *)self;
    int64_t v;
    ssize_t i;
    if (KR_INT_CHECK_EXACT(item) && kr_int_medium(item, &v)) {
        i = (ssize_t)v;
    } else if (KR_SLICE_CHECK(item)) {
        ssize_t start, stop, step, len;
        if (kr_slice_unpack(item, &start, &stop, &step) < 0)
            return -1;
        ssize_t raw_start = start, raw_stop = stop;
        len = kr_slice_adjust_indices(KR_SIZE(l), &start, &stop, step);
        if (step == 1)
            return list_ass_slice(l, start, stop, value);
        if (!value) {
            if (len <= 0)
                return 0;
            if (step < 0) {
                stop = start + 1;
                start = stop + step * (len - 1) - 1;
                step = -step;
            }
            KrObject **garbage = kr_mem_alloc((size_t)len * sizeof(KrObject *));
            if (!garbage) {
                kr_err_nomemory();
                return -1;
            }
            /* compact the survivors over the removed items */
            ssize_t cur = start, k;
            for (k = 0; k < len; k++, cur += step) {
                ssize_t lim = step - 1;
                garbage[k] = l->items[cur];
                if (cur + step >= KR_SIZE(l))
                    lim = KR_SIZE(l) - cur - 1;
                memmove(&l->items[cur - k], &l->items[cur + 1], (size_t)lim * sizeof(KrObject *));
            }
            cur = start + len * step;
            if (cur < KR_SIZE(l))
                memmove(&l->items[cur - len], &l->items[cur],
                        (size_t)(KR_SIZE(l) - cur) * sizeof(KrObject *));
            ssize_t newsize = KR_SIZE(l) - len;
            if (list_resize(l, newsize) < 0) {
                KR_SIZE(l) = newsize;
                kr_err_clear();
            }
            for (k = 0; k < len; k++)
                kr_decref(garbage[k]);
            kr_mem_free(garbage);
            return 0;
        }
        KrObject *seq;
        if (value == self)
            seq = kr_list_slice(value, 0, KR_SIZE(value));
        else
            seq = seq_fast(value, "must assign iterable to extended slice");
        if (!seq)
            return -1;
        /* iterating value may have resized the list: fit the slice again */
        start = raw_start;
        stop = raw_stop;
        len = kr_slice_adjust_indices(KR_SIZE(l), &start, &stop, step);
        ssize_t n = KR_SIZE(seq);
        if (n != len) {
            kr_err_format(KrExc_ValueError,
                          "attempt to assign sequence of size %zd to extended slice of size %zd",
                          n, len);
            kr_decref(seq);
            return -1;
        }
        if (len == 0) {
            kr_decref(seq);
            return 0;
        }
        KrObject **garbage = kr_mem_alloc((size_t)len * sizeof(KrObject *));
        if (!garbage) {
            kr_decref(seq);
            kr_err_nomemory();
            return -1;
        }
        KrObject **src = FAST_ITEMS(seq);
        ssize_t cur = start;
        for (ssize_t k = 0; k < len; k++, cur += step) {
            garbage[k] = l->items[cur];
            l->items[cur] = kr_newref(src[k]);
        }
        for (ssize_t k = 0; k < len; k++)
            kr_decref(garbage[k]);
        kr_mem_free(garbage);
        kr_decref(seq);
        return 0;
    } else if (kr_index_check(item)) {
        i = kr_number_as_ssize(item, (KrObject *)KrExc_IndexError);
        if (i == -1 && kr_err_occurred())
            return -1;
    } else {
        kr_err_format(KrExc_TypeError, "list indices must be integers or slices, not %T", item);
        return -1;
    }
    if (i < 0)
        i += KR_SIZE(l);
    return list_ass_item(self, i, value);
}

static KrObject *list_richcompare(KrObject *v, KrObject *w, int op)
{
    if (!KR_LIST_CHECK(v) || !KR_LIST_CHECK(w))
        KR_RETURN_NOTIMPL;
    if (KR_SIZE(v) != KR_SIZE(w) && (op == KR_EQ || op == KR_NE))
        return kr_bool_from(op == KR_NE);
    ssize_t i;
    for (i = 0; i < KR_SIZE(v) && i < KR_SIZE(w); i++) {
        KrObject *a = KR_LIST_GET(v, i), *b = KR_LIST_GET(w, i);
        if (a == b)
            continue;
        kr_incref(a);
        kr_incref(b);
        int k = kr_object_richcompare_bool(a, b, KR_EQ);
        kr_decref(a);
        kr_decref(b);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    ssize_t vl = KR_SIZE(v), wl = KR_SIZE(w);
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
    KrObject *a = kr_newref(KR_LIST_GET(v, i)), *b = kr_newref(KR_LIST_GET(w, i));
    KrObject *r = kr_object_richcompare(a, b, op);
    kr_decref(a);
    kr_decref(b);
    return r;
}

static KrObject *list_iter(KrObject *self);

static KrObject *list_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                          KrObject *kwnames)
{
    KrObject *l = list_alloc(type);
    if (l)
        kr_gc_track(l);
    return l;
}

static int list_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (KR_TYPE(self) == &KrList_Type && kwnames && KR_TUPLE_LEN(kwnames) > 0) {
        kr_err_set_string(KrExc_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (kr_check_positional("list", nargs, 0, 1) < 0)
        return -1;
    if (KR_SIZE(self) || ((KrListObject *)self)->items)
        kr_list_clear(self);
    if (nargs)
        return kr_list_extend(self, args[0]);
    return 0;
}

/* list(x) called directly: one step instead of new + init */
static KrObject *list_vectorcall(KrObject *type, KrObject *const *args, ssize_t nargs,
                                 KrObject *kwnames)
{
    KrTypeObject *t = (KrTypeObject *)type;
    KrObject *l = list_new(t, args, nargs, kwnames);
    if (!l)
        return NULL;
    kr_initproc init = t == &KrList_Type ? list_init : t->tp_init;
    if (init && init(l, args, nargs, kwnames) < 0) {
        kr_decref(l);
        return NULL;
    }
    return l;
}

/* ---- methods ------------------------------------------------------------ */

static int ssize_arg(KrObject *o, ssize_t *out)
{
    int64_t v;
    if (KR_INT_CHECK_EXACT(o) && kr_int_medium(o, &v)) {
        *out = (ssize_t)v;
        return 0;
    }
    KrObject *i = kr_number_index(o);
    if (!i)
        return -1;
    *out = kr_int_as_ssize(i);
    kr_decref(i);
    return (*out == -1 && kr_err_occurred()) ? -1 : 0;
}

static KrObject *list_append_meth(KrObject *self, KrObject *v)
{
    if (kr_list_append(self, v) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *list_extend_meth(KrObject *self, KrObject *v)
{
    if (kr_list_extend(self, v) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *list_insert_meth(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t i;
    if (kr_check_positional("insert", nargs, 2, 2) < 0 || ssize_arg(args[0], &i) < 0)
        return NULL;
    if (kr_list_insert(self, i, args[1]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *list_pop(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t i = -1;
    if (kr_check_positional("pop", nargs, 0, 1) < 0)
        return NULL;
    if (nargs && ssize_arg(args[0], &i) < 0)
        return NULL;
    KrListObject *l = (KrListObject *)self;
    ssize_t n = KR_SIZE(l);
    if (n == 0) {
        kr_err_set_string(KrExc_IndexError, "pop from empty list");
        return NULL;
    }
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        kr_err_set_string(KrExc_IndexError, "pop index out of range");
        return NULL;
    }
    KrObject *v = l->items[i];
    if (i == n - 1) {
        if (list_resize(l, n - 1) < 0) {
            KR_SIZE(l) = n - 1;
            kr_err_clear();
        }
        return v;
    }
    memmove(&l->items[i], &l->items[i + 1], (size_t)(n - i - 1) * sizeof(KrObject *));
    if (list_resize(l, n - 1) < 0) {
        KR_SIZE(l) = n - 1;
        kr_err_clear();
    }
    return v;
}

static KrObject *list_remove(KrObject *self, KrObject *v)
{
    for (ssize_t i = 0; i < KR_SIZE(self); i++) {
        KrObject *item = kr_newref(KR_LIST_GET(self, i));
        int c = kr_object_richcompare_bool(item, v, KR_EQ);
        kr_decref(item);
        if (c < 0)
            return NULL;
        if (c) {
            if (i < KR_SIZE(self) && list_ass_slice((KrListObject *)self, i, i + 1, NULL) < 0)
                return NULL;
            KR_RETURN_NONE;
        }
    }
    kr_err_set_string(KrExc_ValueError, "list.remove(x): x not in list");
    return NULL;
}

static KrObject *list_index(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_check_positional("index", nargs, 1, 3) < 0)
        return NULL;
    ssize_t start = 0, stop = PTRDIFF_MAX;
    if (nargs > 1 && kr_slice_index(args[1], &start, 0) < 0)
        return NULL;
    if (nargs > 2 && kr_slice_index(args[2], &stop, 0) < 0)
        return NULL;
    if (start < 0) {
        start += KR_SIZE(self);
        if (start < 0)
            start = 0;
    }
    if (stop < 0) {
        stop += KR_SIZE(self);
        if (stop < 0)
            stop = 0;
    }
    for (ssize_t i = start; i < stop && i < KR_SIZE(self); i++) {
        KrObject *item = kr_newref(KR_LIST_GET(self, i));
        int c = kr_object_richcompare_bool(item, args[0], KR_EQ);
        kr_decref(item);
        if (c < 0)
            return NULL;
        if (c)
            return kr_int_from_ssize(i);
    }
    return kr_err_format(KrExc_ValueError, "%R is not in list", args[0]);
}

static KrObject *list_count(KrObject *self, KrObject *v)
{
    ssize_t c = 0;
    for (ssize_t i = 0; i < KR_SIZE(self); i++) {
        KrObject *item = KR_LIST_GET(self, i);
        if (item == v) {
            c++;
            continue;
        }
        kr_incref(item);
        int k = kr_object_richcompare_bool(item, v, KR_EQ);
        kr_decref(item);
        if (k < 0)
            return NULL;
        c += k;
    }
    return kr_int_from_ssize(c);
}

static KrObject *list_clear_meth(KrObject *self, KrObject *unused)
{
    kr_list_clear(self);
    KR_RETURN_NONE;
}

static KrObject *list_copy(KrObject *self, KrObject *unused)
{
    return kr_list_slice(self, 0, KR_SIZE(self));
}

static KrObject *list_reverse_meth(KrObject *self, KrObject *unused)
{
    kr_list_reverse(self);
    KR_RETURN_NONE;
}

static KrObject *list_sort_meth(KrObject *self, KrObject *const *args, ssize_t nargs,
                                KrObject *kwnames)
{
    if (nargs > 0) {
        kr_err_set_string(KrExc_TypeError, "sort() takes no positional arguments");
        return NULL;
    }
    static const char *const names[] = { "$key", "reverse", NULL };
    KrObject *out[2] = { NULL, NULL };
    if (kr_arg_parse("sort", args, nargs, kwnames, names, 0, out) < 0)
        return NULL;
    int rev = 0;
    if (out[1]) {
        rev = kr_object_is_true(out[1]);
        if (rev < 0)
            return NULL;
    }
    KrObject *key = out[0] == Kr_None ? NULL : out[0];
    if (kr_list_sort(self, key, rev) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *list_reversed_meth(KrObject *self, KrObject *unused);

static KrObject *list_sizeof(KrObject *self, KrObject *unused)
{
    return kr_int_from_ssize(KR_TYPE(self)->tp_basicsize +
                             ((KrListObject *)self)->allocated * (ssize_t)sizeof(KrObject *));
}

static KrMethodDef list_methods[] = {
    { "__reversed__", KR_CFUNC(list_reversed_meth), KR_METH_NOARGS,
      "Return a reverse iterator over the list." },
    { "__sizeof__", KR_CFUNC(list_sizeof), KR_METH_NOARGS,
      "Return the size of the list in memory, in bytes." },
    { "clear", KR_CFUNC(list_clear_meth), KR_METH_NOARGS, "Remove all items from list." },
    { "copy", KR_CFUNC(list_copy), KR_METH_NOARGS, "Return a shallow copy of the list." },
    { "append", KR_CFUNC(list_append_meth), KR_METH_O, "Append object to the end of the list." },
    { "insert", KR_CFUNC(list_insert_meth), KR_METH_FASTCALL, "Insert object before index." },
    { "extend", KR_CFUNC(list_extend_meth), KR_METH_O,
      "Extend list by appending elements from the iterable." },
    { "pop", KR_CFUNC(list_pop), KR_METH_FASTCALL,
      "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range." },
    { "remove", KR_CFUNC(list_remove), KR_METH_O,
      "Remove first occurrence of value.\n\nRaises ValueError if the value is not present." },
    { "index", KR_CFUNC(list_index), KR_METH_FASTCALL,
      "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { "count", KR_CFUNC(list_count), KR_METH_O, "Return number of occurrences of value." },
    { "reverse", KR_CFUNC(list_reverse_meth), KR_METH_NOARGS, "Reverse *IN PLACE*." },
    { "sort", KR_CFUNC(list_sort_meth), KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Sort the list in ascending order and return None.\n\n"
      "The sort is in-place (i.e. the list itself is modified) and stable (i.e. the\n"
      "order of two equal elements is maintained).\n\n"
      "If a key function is given, apply it once to each list item and sort them,\n"
      "ascending or descending, according to their function values.\n\n"
      "The reverse flag can be set to sort in descending order." },
    { "__class_getitem__", KR_CFUNC(kr_container_class_getitem), KR_METH_O | KR_METH_CLASS,
      "See PEP 585" },
    { NULL, NULL, 0, NULL }
};

static KrSequenceMethods list_as_sequence = {
    .sq_length = list_length,
    .sq_concat = list_concat,
    .sq_repeat = list_repeat,
    .sq_item = list_item,
    .sq_ass_item = list_ass_item,
    .sq_contains = list_contains,
    .sq_inplace_concat = list_inplace_concat,
    .sq_inplace_repeat = list_inplace_repeat,
};

static KrMappingMethods list_as_mapping = {
    .mp_length = list_length,
    .mp_subscript = list_subscript,
    .mp_ass_subscript = list_ass_subscript,
};

KrTypeObject KrList_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "list",
    .tp_basicsize = sizeof(KrListObject),
    .tp_dealloc = list_dealloc,
    .tp_repr = list_repr,
    .tp_as_sequence = &list_as_sequence,
    .tp_as_mapping = &list_as_mapping,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_LIST_SUBCLASS |
                KR_TPFLAGS_SEQUENCE | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
              "The argument must be an iterable if specified.",
    .tp_traverse = list_traverse,
    .tp_clear = list_tp_clear,
    .tp_richcompare = list_richcompare,
    .tp_iter = list_iter,
    .tp_methods = list_methods,
    .tp_init = list_init,
    .tp_new = list_new,
    .tp_vectorcall = list_vectorcall,
};

/* ---- iterators ---------------------------------------------------------- */

typedef KrSeqIterObject ListIter;   /* containers.h: FOR_ITER steps it inline */

static KrObject *listiter_make(KrTypeObject *t, KrObject *seq, ssize_t index)
{
    ListIter *it = (ListIter *)kr_object_alloc(t, 0);
    if (!it)
        return NULL;
    it->index = index;
    it->seq = kr_newref(seq);
    kr_gc_track((KrObject *)it);
    return (KrObject *)it;
}

static KrObject *list_iter(KrObject *self)
{
    return listiter_make(&KrListIter_Type, self, 0);
}

static KrObject *list_reversed_meth(KrObject *self, KrObject *unused)
{
    return listiter_make(&KrListRevIter_Type, self, KR_SIZE(self) - 1);
}

static void listiter_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    kr_xdecref(((ListIter *)self)->seq);
    kr_object_free(self);
}

static int listiter_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(((ListIter *)self)->seq);
    return 0;
}

static int listiter_clear(KrObject *self)
{
    KR_CLEAR(((ListIter *)self)->seq);
    return 0;
}

static KrObject *listiter_next(KrObject *self)
{
    ListIter *it = (ListIter *)self;
    KrObject *seq = it->seq;
    if (!seq)
        return NULL;
    if (it->index < KR_SIZE(seq))
        return kr_newref(KR_LIST_GET(seq, it->index++));
    it->seq = NULL;
    kr_decref(seq);
    return NULL;
}

static KrObject *listreviter_next(KrObject *self)
{
    ListIter *it = (ListIter *)self;
    KrObject *seq = it->seq;
    if (!seq)
        return NULL;
    ssize_t i = it->index;
    if (i >= 0 && i < KR_SIZE(seq)) {
        it->index--;
        return kr_newref(KR_LIST_GET(seq, i));
    }
    it->index = -1;
    it->seq = NULL;
    kr_decref(seq);
    return NULL;
}

static KrObject *listiter_length_hint(KrObject *self, KrObject *unused)
{
    ListIter *it = (ListIter *)self;
    ssize_t n = 0;
    if (it->seq)
        n = KR_SIZE(it->seq) - it->index;
    return kr_int_from_ssize(n < 0 ? 0 : n);
}

static KrObject *listreviter_length_hint(KrObject *self, KrObject *unused)
{
    ListIter *it = (ListIter *)self;
    ssize_t n = it->index + 1;
    if (!it->seq || KR_SIZE(it->seq) < n)
        n = 0;
    return kr_int_from_ssize(n);
}

/* (iter, (seq,), index) for pickling; exhausted: (iter, ([],)) */
static KrObject *iter_reduce(const char *fname, KrObject *seq, ssize_t index)
{
    KrObject *builtins = kr_eval_get_builtins();
    KrObject *f = builtins ? kr_dict_get_cstr(builtins, fname) : NULL;
    if (!f) {
        kr_err_format(KrExc_RuntimeError, "builtin %s not found", fname);
        return NULL;
    }
    if (!seq) {
        KrObject *empty = kr_list_new(0);
        if (!empty)
            return NULL;
        KrObject *args = kr_tuple_pack(1, empty);
        kr_decref(empty);
        if (!args)
            return NULL;
        f = kr_dict_get_cstr(builtins, "iter");
        KrObject *r = kr_tuple_pack(2, f, args);
        kr_decref(args);
        return r;
    }
    KrObject *args = kr_tuple_pack(1, seq), *idx = kr_int_from_ssize(index), *r = NULL;
    if (args && idx)
        r = kr_tuple_pack(3, f, args, idx);
    kr_xdecref(args);
    kr_xdecref(idx);
    return r;
}

static KrObject *listiter_reduce(KrObject *self, KrObject *unused)
{
    ListIter *it = (ListIter *)self;
    return iter_reduce("iter", it->seq, it->index);
}

static KrObject *listreviter_reduce(KrObject *self, KrObject *unused)
{
    ListIter *it = (ListIter *)self;
    return iter_reduce("reversed", it->seq, it->index);
}

static KrObject *listiter_setstate(KrObject *self, KrObject *state)
{
    ListIter *it = (ListIter *)self;
    ssize_t i;
    if (ssize_arg(state, &i) < 0)
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

static KrObject *listreviter_setstate(KrObject *self, KrObject *state)
{
    ListIter *it = (ListIter *)self;
    ssize_t i;
    if (ssize_arg(state, &i) < 0)
        return NULL;
    if (it->seq) {
        if (i < -1)
            i = -1;
        else if (i > KR_SIZE(it->seq) - 1)
            i = KR_SIZE(it->seq) - 1;
        it->index = i;
    }
    KR_RETURN_NONE;
}

static KrMethodDef listiter_methods[] = {
    { "__length_hint__", KR_CFUNC(listiter_length_hint), KR_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { "__reduce__", KR_CFUNC(listiter_reduce), KR_METH_NOARGS, "Return state information for pickling." },
    { "__setstate__", KR_CFUNC(listiter_setstate), KR_METH_O, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL }
};

static KrMethodDef listreviter_methods[] = {
    { "__length_hint__", KR_CFUNC(listreviter_length_hint), KR_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { "__reduce__", KR_CFUNC(listreviter_reduce), KR_METH_NOARGS, "Return state information for pickling." },
    { "__setstate__", KR_CFUNC(listreviter_setstate), KR_METH_O, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL }
};

KrTypeObject KrListIter_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "list_iterator",
    .tp_basicsize = sizeof(ListIter),
    .tp_dealloc = listiter_dealloc,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_traverse = listiter_traverse,
    .tp_clear = listiter_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = listiter_next,
    .tp_methods = listiter_methods,
};

KrTypeObject KrListRevIter_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "list_reverseiterator",
    .tp_basicsize = sizeof(ListIter),
    .tp_dealloc = listiter_dealloc,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_traverse = listiter_traverse,
    .tp_clear = listiter_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = listreviter_next,
    .tp_methods = listreviter_methods,
};
