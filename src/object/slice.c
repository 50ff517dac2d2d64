/* slice.c: slice objects and the index arithmetic every sequence shares.
 *
 * kr_slice_unpack turns start/stop/step into clamped machine words (None
 * becomes the open end for the step's direction); kr_slice_adjust_indices
 * then fits them to a length and returns the item count.  Sequences call
 * kr_slice_get_indices, which does both.
 */
#include "kr.h"

#define SSIZE_MAXV PTRDIFF_MAX
#define SSIZE_MINV PTRDIFF_MIN

int kr_slice_index(KrObject *o, ssize_t *out, int allow_none)
{
    if (o == Kr_None && allow_none)
        return 0;
    int64_t v;
    if (KR_INT_CHECK_EXACT(o) && kr_int_medium(o, &v)) {
        *out = (ssize_t)v;
        return 0;
    }
    if (kr_index_check(o)) {
        ssize_t x = kr_number_as_ssize(o, NULL);
        if (x == -1 && kr_err_occurred())
            return -1;
        *out = x;
        return 0;
    }
    kr_err_set_string(KrExc_TypeError, allow_none
                          ? "slice indices must be integers or None or have an __index__ method"
                          : "slice indices must be integers or have an __index__ method");
    return -1;
}

KrObject *kr_slice_new(KrObject *start, KrObject *stop, KrObject *step)
{
    KrSliceObject *s = (KrSliceObject *)kr_object_alloc(&KrSlice_Type, 0);
    if (!s)
        return NULL;
    s->start = kr_newref(start ? start : Kr_None);
    s->stop = kr_newref(stop ? stop : Kr_None);
    s->step = kr_newref(step ? step : Kr_None);
    kr_gc_track((KrObject *)s);
    return (KrObject *)s;
}

int kr_slice_unpack(KrObject *slice, ssize_t *start, ssize_t *stop, ssize_t *step)
{
    KrSliceObject *s = (KrSliceObject *)slice;
    if (s->step == Kr_None) {
        *step = 1;
    } else {
        if (kr_slice_index(s->step, step, 1) < 0)
            return -1;
        if (*step == 0) {
            kr_err_set_string(KrExc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* so that -step cannot overflow */
        if (*step < -SSIZE_MAXV)
            *step = -SSIZE_MAXV;
    }
    if (s->start == Kr_None)
        *start = *step < 0 ? SSIZE_MAXV : 0;
    else if (kr_slice_index(s->start, start, 1) < 0)
        return -1;
    if (s->stop == Kr_None)
        *stop = *step < 0 ? SSIZE_MINV : SSIZE_MAXV;
    else if (kr_slice_index(s->stop, stop, 1) < 0)
        return -1;
    return 0;
}

ssize_t kr_slice_adjust_indices(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    /* steps of 1 and -1 are nearly all slices: spare them the division */
    if (step < 0) {
        if (*stop < *start)
            return step == -1 ? *start - *stop : (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return step == 1 ? *stop - *start : (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int kr_slice_get_indices(KrObject *slice, ssize_t length, ssize_t *start, ssize_t *stop,
                         ssize_t *step, ssize_t *slicelen)
{
    if (kr_slice_unpack(slice, start, stop, step) < 0)
        return -1;
    *slicelen = kr_slice_adjust_indices(length, start, stop, *step);
    return 0;
}

/* ---- the type ----------------------------------------------------------- */

static KrObject *slice_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                           KrObject *kwnames)
{
    if (kwnames && KR_TUPLE_LEN(kwnames) > 0)
        return kr_err_format(KrExc_TypeError, "slice() takes no keyword arguments");
    if (kr_check_positional("slice", nargs, 1, 3) < 0)
        return NULL;
    if (nargs == 1)
        return kr_slice_new(NULL, args[0], NULL);
    return kr_slice_new(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

static void slice_dealloc(KrObject *self)
{
    KrSliceObject *s = (KrSliceObject *)self;
    kr_gc_untrack(self);
    kr_decref(s->start);
    kr_decref(s->stop);
    kr_decref(s->step);
    kr_object_free(self);
}

static int slice_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrSliceObject *s = (KrSliceObject *)self;
    KR_VISIT(s->start);
    KR_VISIT(s->stop);
    KR_VISIT(s->step);
    return 0;
}

static KrObject *slice_repr(KrObject *self)
{
    KrSliceObject *s = (KrSliceObject *)self;
    return kr_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static kr_hash_t slice_hash(KrObject *self)
{
    KrSliceObject *s = (KrSliceObject *)self;
    KrObject *v[3] = { s->start, s->stop, s->step };
    return kr_hash_items(v, 3, 0);
}

static KrObject *slice_richcompare(KrObject *v, KrObject *w, int op)
{
    if (!KR_SLICE_CHECK(v) || !KR_SLICE_CHECK(w))
        KR_RETURN_NOTIMPL;
    if (v == w && (op == KR_EQ || op == KR_NE))
        return kr_bool_from(op == KR_EQ);
    KrSliceObject *a = (KrSliceObject *)v, *b = (KrSliceObject *)w;
    KrObject *t1 = kr_tuple_pack(3, a->start, a->stop, a->step);
    if (!t1)
        return NULL;
    KrObject *t2 = kr_tuple_pack(3, b->start, b->stop, b->step);
    if (!t2) {
        kr_decref(t1);
        return NULL;
    }
    KrObject *r = kr_object_richcompare(t1, t2, op);
    kr_decref(t1);
    kr_decref(t2);
    return r;
}

/* slice.indices(len): computed on machine words (lengths beyond ssize_t are
 * refused with OverflowError) */
static KrObject *slice_indices(KrObject *self, KrObject *len)
{
    KrObject *n = kr_number_index(len);
    if (!n)
        return NULL;
    if (kr_int_sign(n) < 0) {
        kr_decref(n);
        kr_err_set_string(KrExc_ValueError, "length should not be negative");
        return NULL;
    }
    ssize_t length = kr_int_as_ssize(n);
    kr_decref(n);
    if (length == -1 && kr_err_occurred())
        return NULL;
    KrSliceObject *s = (KrSliceObject *)self;
    ssize_t start, stop, step;
    /* indices() checks the step before anything else, unlike unpack */
    if (s->step == Kr_None) {
        step = 1;
    } else {
        if (kr_slice_index(s->step, &step, 1) < 0)
            return NULL;
        if (step == 0) {
            kr_err_set_string(KrExc_ValueError, "slice step cannot be zero");
            return NULL;
        }
        if (step < -SSIZE_MAXV)
            step = -SSIZE_MAXV;
    }
    if (s->start == Kr_None)
        start = step < 0 ? SSIZE_MAXV : 0;
    else if (kr_slice_index(s->start, &start, 1) < 0)
        return NULL;
    if (s->stop == Kr_None)
        stop = step < 0 ? SSIZE_MINV : SSIZE_MAXV;
    else if (kr_slice_index(s->stop, &stop, 1) < 0)
        return NULL;
    kr_slice_adjust_indices(length, &start, &stop, step);
    KrObject *a = kr_int_from_ssize(start), *b = kr_int_from_ssize(stop), *c = kr_int_from_ssize(step);
    KrObject *r = (a && b && c) ? kr_tuple_pack(3, a, b, c) : NULL;
    kr_xdecref(a);
    kr_xdecref(b);
    kr_xdecref(c);
    return r;
}

static KrObject *slice_reduce(KrObject *self, KrObject *unused)
{
    KrSliceObject *s = (KrSliceObject *)self;
    KrObject *args = kr_tuple_pack(3, s->start, s->stop, s->step);
    if (!args)
        return NULL;
    KrObject *r = kr_tuple_pack(2, (KrObject *)KR_TYPE(self), args);
    kr_decref(args);
    return r;
}

static KrMethodDef slice_methods[] = {
    { "indices", KR_CFUNC(slice_indices), KR_METH_O,
      "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\n"
      "indices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in\n"
      "a manner consistent with the handling of normal slices." },
    { "__reduce__", KR_CFUNC(slice_reduce), KR_METH_NOARGS, "Return state information for pickling." },
    { NULL, NULL, 0, NULL }
};

static KrMemberDef slice_members[] = {
    { "start", KR_T_OBJECT, offsetof(KrSliceObject, start), KR_READONLY, NULL },
    { "stop", KR_T_OBJECT, offsetof(KrSliceObject, stop), KR_READONLY, NULL },
    { "step", KR_T_OBJECT, offsetof(KrSliceObject, step), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL }
};

KrTypeObject KrSlice_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "slice",
    .tp_basicsize = sizeof(KrSliceObject),
    .tp_dealloc = slice_dealloc,
    .tp_repr = slice_repr,
    .tp_hash = slice_hash,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "slice(stop)\nslice(start, stop[, step])\n\n"
              "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
    .tp_traverse = slice_traverse,
    .tp_richcompare = slice_richcompare,
    .tp_methods = slice_methods,
    .tp_members = slice_members,
    .tp_new = slice_new,
};
