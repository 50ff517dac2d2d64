/* range.c: range objects and their iterators.
 *
 * A range keeps start, stop, step and its length as int objects, so ranges
 * of any size work; everything that fits in machine words takes a fast
 * path.  Iterating a range whose bounds fit in int64 uses a plain counter
 * (range_iterator); otherwise the iterator works on int objects
 * (longrange_iterator), as CPython does.
 */
#include "kr.h"

static KrObject *int_add(KrObject *a, KrObject *b) { return kr_int_add(a, b); }

/* number of items of range(lo, hi, step) as an int object */
static KrObject *compute_length(KrObject *lo, KrObject *hi, KrObject *step)
{
    int64_t a, b, s;
    if (kr_int_medium(lo, &a) && kr_int_medium(hi, &b) && kr_int_medium(step, &s)) {
        /* |values| < 2**60: differences cannot overflow int64 */
        int64_t n = 0;
        if (s > 0 && a < b)
            n = (b - a - 1) / s + 1;
        else if (s < 0 && a > b)
            n = (a - b - 1) / (-s) + 1;
        return kr_int_from_i64(n);
    }
    int sign = kr_int_sign(step);
    KrObject *x = sign > 0 ? lo : hi, *y = sign > 0 ? hi : lo;   /* want y > x */
    if (kr_int_compare(x, y) >= 0)
        return kr_int_from_long(0);
    KrObject *stepabs = sign > 0 ? kr_newref(step) : kr_int_neg(step);
    if (!stepabs)
        return NULL;
    KrObject *diff = kr_int_sub(y, x), *one = kr_int_from_long(1), *r = NULL;
    if (diff && one) {
        KrObject *d1 = kr_int_sub(diff, one);
        if (d1) {
            KrObject *q = kr_int_floordiv(d1, stepabs);
            if (q) {
                r = kr_int_add(q, one);
                kr_decref(q);
            }
            kr_decref(d1);
        }
    }
    kr_xdecref(diff);
    kr_xdecref(one);
    kr_decref(stepabs);
    return r;
}

static KrObject *range_make(KrTypeObject *t, KrObject *start, KrObject *stop, KrObject *step,
                            KrObject *length)
{
    KrRangeObject *r = (KrRangeObject *)kr_object_alloc(t, 0);
    if (!r)
        return NULL;
    r->start = kr_newref(start);
    r->stop = kr_newref(stop);
    r->step = kr_newref(step);
    r->length = kr_newref(length);
    return (KrObject *)r;
}

KrObject *kr_range_new(KrObject *start, KrObject *stop, KrObject *step)
{
    if (kr_int_sign(step) == 0) {
        kr_err_set_string(KrExc_ValueError, "range() arg 3 must not be zero");
        return NULL;
    }
    KrObject *len = compute_length(start, stop, step);
    if (!len)
        return NULL;
    KrObject *r = range_make(&KrRange_Type, start, stop, step, len);
    kr_decref(len);
    return r;
}

static KrObject *range_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                           KrObject *kwnames)
{
    if (kwnames && KR_TUPLE_LEN(kwnames) > 0)
        return kr_err_format(KrExc_TypeError, "range() takes no keyword arguments");
    if (kr_check_positional("range", nargs, 1, 3) < 0)
        return NULL;
    KrObject *v[3] = { NULL, NULL, NULL }, *r = NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        v[i] = kr_number_index(args[i]);
        if (!v[i])
            goto done;
        if (!KR_INT_CHECK_EXACT(v[i]))
            KR_SETREF(v[i], kr_int_copy_exact(v[i]));
        if (!v[i])
            goto done;
    }
    if (nargs == 1) {
        v[1] = v[0];
        v[0] = kr_int_from_long(0);
    }
    if (nargs < 3)
        v[2] = kr_int_from_long(1);
    r = kr_range_new(v[0], v[1], v[2]);
done:
    for (int i = 0; i < 3; i++)
        kr_xdecref(v[i]);
    return r;
}

static void range_dealloc(KrObject *self)
{
    KrRangeObject *r = (KrRangeObject *)self;
    kr_decref(r->start);
    kr_decref(r->stop);
    kr_decref(r->step);
    kr_decref(r->length);
    kr_object_free(self);
}

static KrObject *range_repr(KrObject *self)
{
    KrRangeObject *r = (KrRangeObject *)self;
    int64_t s;
    if (kr_int_medium(r->step, &s) && s == 1)
        return kr_str_from_format("range(%R, %R)", r->start, r->stop);
    return kr_str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static ssize_t range_length(KrObject *self)
{
    return kr_int_as_ssize(((KrRangeObject *)self)->length);
}

static int range_bool(KrObject *self)
{
    return kr_int_sign(((KrRangeObject *)self)->length) != 0;
}

/* start + i*step for an int i already checked to be in range */
static KrObject *range_compute_item(KrRangeObject *r, KrObject *i)
{
    int64_t a, s, k;
    if (kr_int_medium(r->start, &a) && kr_int_medium(r->step, &s) && kr_int_medium(i, &k)) {
        __int128 v = (__int128)a + (__int128)k * s;
        if (v >= INT64_MIN && v <= INT64_MAX)
            return kr_int_from_i64((int64_t)v);
    }
    KrObject *m = kr_int_mul(i, r->step);
    if (!m)
        return NULL;
    KrObject *res = int_add(r->start, m);
    kr_decref(m);
    return res;
}

static KrObject *range_index_obj(KrRangeObject *r, KrObject *i)
{
    /* i: an int; negative counts from the end */
    KrObject *idx = kr_newref(i);
    if (kr_int_sign(idx) < 0) {
        KrObject *t = kr_int_add(idx, r->length);
        kr_decref(idx);
        if (!t)
            return NULL;
        idx = t;
    }
    if (kr_int_sign(idx) < 0 || kr_int_compare(idx, r->length) >= 0) {
        kr_decref(idx);
        kr_err_set_string(KrExc_IndexError, "range object index out of range");
        return NULL;
    }
    KrObject *res = range_compute_item(r, idx);
    kr_decref(idx);
    return res;
}

static KrObject *range_item(KrObject *self, ssize_t i)
{
    KrObject *o = kr_int_from_ssize(i);
    if (!o)
        return NULL;
    KrObject *r = range_index_obj((KrRangeObject *)self, o);
    kr_decref(o);
    return r;
}

/* one bound of a slice over an arbitrary-size length, clamped to
 * [lower, upper] (CPython's rules for slices of huge ranges) */
static KrObject *long_bound(KrObject *v, KrObject *dflt, KrObject *length, KrObject *lower,
                            KrObject *upper)
{
    if (v == Kr_None)
        return kr_newref(dflt);
    if (!kr_index_check(v)) {
        kr_err_set_string(KrExc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return NULL;
    }
    KrObject *x = kr_number_index(v);
    if (!x)
        return NULL;
    if (kr_int_sign(x) < 0) {
        KrObject *y = kr_int_add(x, length);
        kr_decref(x);
        if (!y)
            return NULL;
        x = y;
        if (kr_int_compare(x, lower) < 0)
            KR_SETREF(x, kr_newref(lower));
    } else if (kr_int_compare(x, upper) > 0) {
        KR_SETREF(x, kr_newref(upper));
    }
    return x;
}

static KrObject *range_slice_long(KrRangeObject *r, KrSliceObject *sl)
{
    KrObject *step = NULL, *lower = NULL, *upper = NULL, *start = NULL, *stop = NULL;
    KrObject *nstart = NULL, *nstop = NULL, *nstep = NULL, *res = NULL;
    if (sl->step == Kr_None) {
        step = kr_int_from_long(1);
    } else {
        if (!kr_index_check(sl->step)) {
            kr_err_set_string(KrExc_TypeError,
                              "slice indices must be integers or None or have an __index__ method");
            return NULL;
        }
        step = kr_number_index(sl->step);
        if (step && kr_int_sign(step) == 0) {
            kr_err_set_string(KrExc_ValueError, "slice step cannot be zero");
            goto done;
        }
    }
    if (!step)
        return NULL;
    int neg = kr_int_sign(step) < 0;
    if (neg) {
        KrObject *one = kr_int_from_long(1);
        lower = kr_int_from_long(-1);
        upper = kr_int_sub(r->length, one);
        kr_decref(one);
    } else {
        lower = kr_int_from_long(0);
        upper = kr_newref(r->length);
    }
    if (!lower || !upper)
        goto done;
    start = long_bound(sl->start, neg ? upper : lower, r->length, lower, upper);
    if (!start)
        goto done;
    stop = long_bound(sl->stop, neg ? lower : upper, r->length, lower, upper);
    if (!stop)
        goto done;
    nstep = kr_int_mul(r->step, step);
    nstart = nstep ? range_compute_item(r, start) : NULL;
    nstop = nstart ? range_compute_item(r, stop) : NULL;
    if (nstop) {
        KrObject *len = compute_length(nstart, nstop, nstep);
        if (len) {
            res = range_make(&KrRange_Type, nstart, nstop, nstep, len);
            kr_decref(len);
        }
    }
done:
    kr_xdecref(step);
    kr_xdecref(lower);
    kr_xdecref(upper);
    kr_xdecref(start);
    kr_xdecref(stop);
    kr_xdecref(nstart);
    kr_xdecref(nstop);
    kr_xdecref(nstep);
    return res;
}

static KrObject *range_slice(KrRangeObject *r, KrObject *slice)
{
    int64_t len64;
    if (!kr_int_medium(r->length, &len64))
        return range_slice_long(r, (KrSliceObject *)slice);
    ssize_t len = (ssize_t)len64;
    ssize_t start, stop, step, n;
    if (kr_slice_get_indices(slice, len, &start, &stop, &step, &n) < 0)
        return NULL;
    KrObject *ostart = kr_int_from_ssize(start), *ostop = kr_int_from_ssize(stop);
    KrObject *ostep = kr_int_from_ssize(step), *res = NULL;
    KrObject *nstart = NULL, *nstop = NULL, *nstep = NULL, *nlen = NULL;
    if (!ostart || !ostop || !ostep)
        goto done;
    nstart = range_compute_item(r, ostart);
    nstop = nstart ? range_compute_item(r, ostop) : NULL;
    nstep = nstop ? kr_int_mul(r->step, ostep) : NULL;
    nlen = nstep ? kr_int_from_ssize(n) : NULL;
    if (nlen)
        res = range_make(&KrRange_Type, nstart, nstop, nstep, nlen);
done:
    kr_xdecref(ostart);
    kr_xdecref(ostop);
    kr_xdecref(ostep);
    kr_xdecref(nstart);
    kr_xdecref(nstop);
    kr_xdecref(nstep);
    kr_xdecref(nlen);
    return res;
}

static KrObject *range_subscript(KrObject *self, KrObject *item)
{
    KrRangeObject *r = (KrRangeObject *)self;
    if (KR_SLICE_CHECK(item))
        return range_slice(r, item);
    if (kr_index_check(item)) {
        KrObject *i = kr_number_index(item);
        if (!i)
            return NULL;
        KrObject *res = range_index_obj(r, i);
        kr_decref(i);
        return res;
    }
    return kr_err_format(KrExc_TypeError, "range indices must be integers or slices, not %T", item);
}

/* 1 if the int x is one of the range's values */
static int range_contains_int(KrRangeObject *r, KrObject *x)
{
    int64_t a, b, s, v;
    if (kr_int_medium(r->start, &a) && kr_int_medium(r->stop, &b) &&
        kr_int_medium(r->step, &s) && kr_int_medium(x, &v)) {
        if (s > 0 ? (v < a || v >= b) : (v > a || v <= b))
            return 0;
        return (v - a) % s == 0;
    }
    int pos = kr_int_sign(r->step) > 0;
    if (pos) {
        if (kr_int_compare(x, r->start) < 0 || kr_int_compare(x, r->stop) >= 0)
            return 0;
    } else {
        if (kr_int_compare(x, r->start) > 0 || kr_int_compare(x, r->stop) <= 0)
            return 0;
    }
    KrObject *d = kr_int_sub(x, r->start);
    if (!d)
        return -1;
    KrObject *m = kr_int_mod(d, r->step);
    kr_decref(d);
    if (!m)
        return -1;
    int res = kr_int_sign(m) == 0;
    kr_decref(m);
    return res;
}

static KrObject *range_iter(KrObject *self);

static int range_contains(KrObject *self, KrObject *el)
{
    if (KR_INT_CHECK_EXACT(el) || KR_BOOL_CHECK(el))
        return range_contains_int((KrRangeObject *)self, el);
    KrObject *it = range_iter(self);
    if (!it)
        return -1;
    int res = 0;
    for (;;) {
        KrObject *x = kr_iter_next(it);
        if (!x)
            break;
        res = kr_object_richcompare_bool(x, el, KR_EQ);
        kr_decref(x);
        if (res != 0)
            break;
    }
    kr_decref(it);
    return (res == 0 && kr_err_occurred()) ? -1 : res;
}

static KrObject *range_count(KrObject *self, KrObject *el)
{
    if (KR_INT_CHECK_EXACT(el) || KR_BOOL_CHECK(el)) {
        int c = range_contains_int((KrRangeObject *)self, el);
        return c < 0 ? NULL : kr_int_from_long(c);
    }
    KrObject *it = range_iter(self);
    if (!it)
        return NULL;
    ssize_t n = 0;
    for (;;) {
        KrObject *x = kr_iter_next(it);
        if (!x)
            break;
        int c = kr_object_richcompare_bool(x, el, KR_EQ);
        kr_decref(x);
        if (c < 0) {
            kr_decref(it);
            return NULL;
        }
        n += c;
    }
    kr_decref(it);
    if (kr_err_occurred())
        return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *range_index(KrObject *self, KrObject *el)
{
    KrRangeObject *r = (KrRangeObject *)self;
    if (KR_INT_CHECK_EXACT(el) || KR_BOOL_CHECK(el)) {
        int c = range_contains_int(r, el);
        if (c < 0)
            return NULL;
        if (!c)
            return kr_err_format(KrExc_ValueError, "%R is not in range", el);
        KrObject *d = kr_int_sub(el, r->start);
        if (!d)
            return NULL;
        KrObject *q = kr_int_floordiv(d, r->step);
        kr_decref(d);
        return q;
    }
    KrObject *it = range_iter(self);
    if (!it)
        return NULL;
    for (ssize_t n = 0;; n++) {
        KrObject *x = kr_iter_next(it);
        if (!x)
            break;
        int c = kr_object_richcompare_bool(x, el, KR_EQ);
        kr_decref(x);
        if (c < 0) {
            kr_decref(it);
            return NULL;
        }
        if (c) {
            kr_decref(it);
            return kr_int_from_ssize(n);
        }
    }
    kr_decref(it);
    if (kr_err_occurred())
        return NULL;
    kr_err_set_string(KrExc_ValueError, "sequence.index(x): x not in sequence");
    return NULL;
}

static int range_equal(KrRangeObject *a, KrRangeObject *b)
{
    if (a == b)
        return 1;
    if (kr_int_compare(a->length, b->length) != 0)
        return 0;
    if (kr_int_sign(a->length) == 0)
        return 1;
    if (kr_int_compare(a->start, b->start) != 0)
        return 0;
    int64_t one;
    if (kr_int_medium(a->length, &one) && one == 1)
        return 1;
    return kr_int_compare(a->step, b->step) == 0;
}

static KrObject *range_richcompare(KrObject *v, KrObject *w, int op)
{
    if (!KR_TYPE_CHECK(w, &KrRange_Type) || (op != KR_EQ && op != KR_NE))
        KR_RETURN_NOTIMPL;
    int e = range_equal((KrRangeObject *)v, (KrRangeObject *)w);
    return kr_bool_from(op == KR_EQ ? e : !e);
}

static kr_hash_t range_hash(KrObject *self)
{
    KrRangeObject *r = (KrRangeObject *)self;
    KrObject *items[3] = { r->length, Kr_None, Kr_None };
    if (kr_int_sign(r->length) != 0) {
        int64_t n;
        items[1] = r->start;
        if (!(kr_int_medium(r->length, &n) && n == 1))
            items[2] = r->step;
    }
    KrObject *t = kr_tuple_from_array(items, 3);
    if (!t)
        return -1;
    kr_hash_t h = kr_object_hash(t);
    kr_decref(t);
    return h;
}

static KrObject *range_reduce(KrObject *self, KrObject *unused)
{
    KrRangeObject *r = (KrRangeObject *)self;
    KrObject *args = kr_tuple_pack(3, r->start, r->stop, r->step);
    if (!args)
        return NULL;
    KrObject *res = kr_tuple_pack(2, (KrObject *)KR_TYPE(self), args);
    kr_decref(args);
    return res;
}

static KrObject *range_reversed(KrObject *self, KrObject *unused);

static KrMethodDef range_methods[] = {
    { "__reversed__", KR_CFUNC(range_reversed), KR_METH_NOARGS,
      "Return a reverse iterator." },
    { "__reduce__", KR_CFUNC(range_reduce), KR_METH_NOARGS, NULL },
    { "count", KR_CFUNC(range_count), KR_METH_O,
      "rangeobject.count(value) -> integer -- return number of occurrences of value" },
    { "index", KR_CFUNC(range_index), KR_METH_O,
      "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present." },
    { NULL, NULL, 0, NULL }
};

static KrMemberDef range_members[] = {
    { "start", KR_T_OBJECT, offsetof(KrRangeObject, start), KR_READONLY, NULL },
    { "stop", KR_T_OBJECT, offsetof(KrRangeObject, stop), KR_READONLY, NULL },
    { "step", KR_T_OBJECT, offsetof(KrRangeObject, step), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL }
};

static KrNumberMethods range_as_number = { .nb_bool = range_bool };

static KrSequenceMethods range_as_sequence = {
    .sq_length = range_length,
    .sq_item = range_item,
    .sq_contains = range_contains,
};

static KrMappingMethods range_as_mapping = {
    .mp_length = range_length,
    .mp_subscript = range_subscript,
};

KrTypeObject KrRange_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "range",
    .tp_basicsize = sizeof(KrRangeObject),
    .tp_dealloc = range_dealloc,
    .tp_repr = range_repr,
    .tp_as_number = &range_as_number,
    .tp_as_sequence = &range_as_sequence,
    .tp_as_mapping = &range_as_mapping,
    .tp_hash = range_hash,
    .tp_flags = KR_TPFLAGS_SEQUENCE | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
              "Return an object that produces a sequence of integers from start (inclusive)\n"
              "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
              "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
              "These are exactly the valid indices for a list of 4 elements.\n"
              "When step is given, it specifies the increment (or decrement).",
    .tp_richcompare = range_richcompare,
    .tp_iter = range_iter,
    .tp_methods = range_methods,
    .tp_members = range_members,
    .tp_new = range_new,
};

/* ---- iterators ---------------------------------------------------------- */

typedef struct {
    KrObject_HEAD
    int64_t start, step, len;
} RangeIter;

typedef struct {
    KrObject_HEAD
    KrObject *start, *step, *len;   /* ints; len counts down */
} LongRangeIter;


/* iterator over start, start+step, ... (len items) */
static KrObject *make_range_iter(KrObject *start, KrObject *step, KrObject *len)
{
    int64_t a, s, n;
    if (kr_int_medium(start, &a) && kr_int_medium(step, &s) && kr_int_medium(len, &n)) {
        __int128 last = (__int128)a + (__int128)(n > 0 ? n - 1 : 0) * s;
        /* the counter also computes start + len*step: keep it in range */
        __int128 after = last + s;
        if (after >= INT64_MIN && after <= INT64_MAX) {
            RangeIter *it = (RangeIter *)kr_object_alloc(&KrRangeIter_Type, 0);
            if (!it)
                return NULL;
            it->start = a;
            it->step = s;
            it->len = n;
            return (KrObject *)it;
        }
    }
    LongRangeIter *it = (LongRangeIter *)kr_object_alloc(&KrLongRangeIter_Type, 0);
    if (!it)
        return NULL;
    it->start = kr_newref(start);
    it->step = kr_newref(step);
    it->len = kr_newref(len);
    return (KrObject *)it;
}

static KrObject *range_iter(KrObject *self)
{
    KrRangeObject *r = (KrRangeObject *)self;
    return make_range_iter(r->start, r->step, r->length);
}

static KrObject *range_reversed(KrObject *self, KrObject *unused)
{
    KrRangeObject *r = (KrRangeObject *)self;
    KrObject *last = NULL, *nstep = NULL, *res = NULL;
    if (kr_int_sign(r->length) == 0)
        return make_range_iter(r->start, r->step, r->length);
    KrObject *one = kr_int_from_long(1);
    KrObject *lm1 = kr_int_sub(r->length, one);
    kr_decref(one);
    if (!lm1)
        return NULL;
    last = range_compute_item(r, lm1);
    kr_decref(lm1);
    nstep = last ? kr_int_neg(r->step) : NULL;
    if (nstep)
        res = make_range_iter(last, nstep, r->length);
    kr_xdecref(last);
    kr_xdecref(nstep);
    return res;
}

static KrObject *rangeiter_next(KrObject *self)
{
    RangeIter *it = (RangeIter *)self;
    if (it->len > 0) {
        int64_t v = it->start;
        it->start += it->step;
        it->len--;
        if (v >= -KR_SMALL_NEG && v < KR_SMALL_POS)
            return kr_int_small((long)v);
        return kr_int_from_i64(v);
    }
    return NULL;
}

static KrObject *rangeiter_length_hint(KrObject *self, KrObject *unused)
{
    return kr_int_from_i64(((RangeIter *)self)->len);
}

/* (iter, (range(start, start + len*step, step),), None) */
static KrObject *reduce_as_range(KrObject *start, KrObject *step, KrObject *len)
{
    KrObject *builtins = kr_eval_get_builtins();
    KrObject *f = builtins ? kr_dict_get_cstr(builtins, "iter") : NULL;
    if (!f) {
        kr_err_set_string(KrExc_RuntimeError, "builtin iter not found");
        return NULL;
    }
    KrObject *m = kr_int_mul(len, step), *stop = NULL, *r = NULL, *args = NULL, *res = NULL;
    if (m)
        stop = kr_int_add(start, m);
    if (stop)
        r = range_make(&KrRange_Type, start, stop, step, len);
    if (r)
        args = kr_tuple_pack(1, r);
    if (args)
        res = kr_tuple_pack(3, f, args, Kr_None);
    kr_xdecref(m);
    kr_xdecref(stop);
    kr_xdecref(r);
    kr_xdecref(args);
    return res;
}

static KrObject *rangeiter_reduce(KrObject *self, KrObject *unused)
{
    RangeIter *it = (RangeIter *)self;
    KrObject *a = kr_int_from_i64(it->start), *s = kr_int_from_i64(it->step);
    KrObject *n = kr_int_from_i64(it->len), *res = NULL;
    if (a && s && n)
        res = reduce_as_range(a, s, n);
    kr_xdecref(a);
    kr_xdecref(s);
    kr_xdecref(n);
    return res;
}

static KrObject *rangeiter_setstate(KrObject *self, KrObject *state)
{
    RangeIter *it = (RangeIter *)self;
    KrObject *i = kr_number_index(state);
    if (!i)
        return NULL;
    int64_t k;
    if (!kr_int_medium(i, &k))
        k = kr_int_sign(i) < 0 ? 0 : it->len;
    kr_decref(i);
    if (k < 0)
        k = 0;
    else if (k > it->len)
        k = it->len;
    it->start += k * it->step;
    it->len -= k;
    KR_RETURN_NONE;
}

static KrMethodDef rangeiter_methods[] = {
    { "__length_hint__", KR_CFUNC(rangeiter_length_hint), KR_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { "__reduce__", KR_CFUNC(rangeiter_reduce), KR_METH_NOARGS, "Return state information for pickling." },
    { "__setstate__", KR_CFUNC(rangeiter_setstate), KR_METH_O, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL }
};

KrTypeObject KrRangeIter_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(RangeIter),
    .tp_dealloc = kr_object_generic_dealloc,
    .tp_flags = KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = rangeiter_next,
    .tp_methods = rangeiter_methods,
};

static void longrangeiter_dealloc(KrObject *self)
{
    LongRangeIter *it = (LongRangeIter *)self;
    kr_decref(it->start);
    kr_decref(it->step);
    kr_decref(it->len);
    kr_object_free(self);
}

static KrObject *longrangeiter_next(KrObject *self)
{
    LongRangeIter *it = (LongRangeIter *)self;
    if (kr_int_sign(it->len) <= 0)
        return NULL;
    KrObject *one = kr_int_from_long(1);
    KrObject *nlen = kr_int_sub(it->len, one);
    kr_decref(one);
    if (!nlen)
        return NULL;
    KrObject *next = kr_int_add(it->start, it->step);
    if (!next) {
        kr_decref(nlen);
        return NULL;
    }
    KrObject *res = it->start;
    it->start = next;
    KR_SETREF(it->len, nlen);
    return res;
}

static KrObject *longrangeiter_length_hint(KrObject *self, KrObject *unused)
{
    return kr_newref(((LongRangeIter *)self)->len);
}

static KrObject *longrangeiter_reduce(KrObject *self, KrObject *unused)
{
    LongRangeIter *it = (LongRangeIter *)self;
    return reduce_as_range(it->start, it->step, it->len);
}

static KrMethodDef longrangeiter_methods[] = {
    { "__length_hint__", KR_CFUNC(longrangeiter_length_hint), KR_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { "__reduce__", KR_CFUNC(longrangeiter_reduce), KR_METH_NOARGS, "Return state information for pickling." },
    { NULL, NULL, 0, NULL }
};

KrTypeObject KrLongRangeIter_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "longrange_iterator",
    .tp_basicsize = sizeof(LongRangeIter),
    .tp_dealloc = longrangeiter_dealloc,
    .tp_flags = KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = longrangeiter_next,
    .tp_methods = longrangeiter_methods,
};
