/* bytearray.c: the mutable byte string.  Storage is a separately allocated
 * block with a movable logical start, so pops and deletions at the front
 * are cheap; `exports` counts live buffer views, and any change of size is
 * refused while it is non-zero (a view's pointer must stay valid).
 * The read-only methods are shared with bytes (bytes.c).
 */
#include "kr.h"
#include "strlib.h"

#define BA(o) ((KrByteArrayObject *)(o))

static int check_resizable(KrObject *o)
{
    if (BA(o)->exports > 0) {
        kr_err_set_string(&KrExc_BufferError_Type, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

int kr_bytearray_resize(KrObject *o, ssize_t n)
{
    KrByteArrayObject *b = BA(o);
    if (n == KR_SIZE(o))
        return 0;
    if (check_resizable(o) < 0)
        return -1;
    if (n < 0) {
        kr_err_set_string(KrExc_SystemError, "negative bytearray size");
        return -1;
    }
    /* before any arithmetic on n: n + 1 and the growth margin must not overflow */
    if ((size_t)n >= KR_MAX_ALLOC) {
        kr_err_nomemory();
        return -1;
    }
    ssize_t offset = b->start - b->bytes;
    if (b->bytes && n + 1 <= b->alloc - offset) {
        /* fits after the current start */
    } else if (b->bytes && n + 1 <= b->alloc && n >= (b->alloc >> 1)) {
        memmove(b->bytes, b->start, (size_t)KR_MIN(n, KR_SIZE(o)));
        b->start = b->bytes;
    } else {
        ssize_t alloc = n + 1;
        if (n > KR_SIZE(o))
            alloc = n + (n >> 3) + (n < 9 ? 3 : 6) + 1;
        if ((size_t)alloc > KR_MAX_ALLOC) {
            kr_err_nomemory();
            return -1;
        }
        char *nb = kr_mem_alloc((size_t)alloc);
        if (!nb) {
            kr_err_nomemory();
            return -1;
        }
        if (b->bytes) {
            memcpy(nb, b->start, (size_t)KR_MIN(n, KR_SIZE(o)));
            kr_mem_free(b->bytes);
        }
        b->bytes = b->start = nb;
        b->alloc = alloc;
    }
    KR_SIZE(o) = n;
    b->start[n] = 0;
    return 0;
}

static KrObject *ba_alloc_type(KrTypeObject *t)
{
    KrObject *o = t == &KrByteArray_Type ? kr_object_alloc(t, 0) : kr_type_generic_alloc(t, 0);
    if (!o)
        return NULL;
    KrByteArrayObject *b = BA(o);
    KR_SIZE(o) = 0;
    b->alloc = 0;
    b->bytes = b->start = NULL;
    b->exports = 0;
    return o;
}

KrObject *kr_bytearray_from_data(const void *p, ssize_t n)
{
    KrObject *o = ba_alloc_type(&KrByteArray_Type);
    if (!o)
        return NULL;
    if (kr_bytearray_resize(o, n) < 0) {
        KR_DECREF(o);
        return NULL;
    }
    if (n)
        memcpy(BA(o)->start, p, (size_t)n);
    return o;
}

KrObject *kr_bytearray_new(ssize_t n)
{
    KrObject *o = ba_alloc_type(&KrByteArray_Type);
    if (!o)
        return NULL;
    if (kr_bytearray_resize(o, n) < 0) {
        KR_DECREF(o);
        return NULL;
    }
    if (n)
        memset(BA(o)->start, 0, (size_t)n);
    return o;
}

/* bytearray's storage is never NULL once sized; an empty one reads as "" */
static inline char *ba_data(KrObject *o) { return BA(o)->start ? BA(o)->start : (char *)""; }

int kr_bytearray_append(KrObject *o, int byte)
{
    ssize_t n = KR_SIZE(o);
    if (kr_bytearray_resize(o, n + 1) < 0)
        return -1;
    BA(o)->start[n] = (char)byte;
    return 0;
}

static int byte_value(KrObject *v, int *out)
{
    ssize_t x = kr_number_as_ssize(v, KR_OBJ(KrExc_OverflowError));
    if (x == -1 && kr_err_occurred()) {
        if (kr_err_matches(KR_OBJ(KrExc_OverflowError))) {
            kr_err_clear();
            kr_err_set_string(KrExc_ValueError, "byte must be in range(0, 256)");
        }
        return -1;
    }
    if (x < 0 || x > 255) {
        kr_err_set_string(KrExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)x;
    return 0;
}

/* ---- slots ----------------------------------------------------------------------- */
static void ba_dealloc(KrObject *o)
{
    kr_mem_free(BA(o)->bytes);
    BA(o)->bytes = BA(o)->start = NULL;
    if (KR_TYPE(o) == &KrByteArray_Type)
        kr_object_free(o);
    else if (KR_TYPE(o)->tp_free)
        KR_TYPE(o)->tp_free(o);
    else
        kr_object_free(o);
}

static KrObject *ba_repr(KrObject *o)
{
    const char *name = kr_type_name(KR_TYPE(o));
    char prefix[256];
    snprintf(prefix, sizeof prefix, "%s(b", name);
    return kr_bytes_repr_raw(ba_data(o), KR_SIZE(o), prefix, ")", 1);
}

static KrObject *ba_richcompare(KrObject *a, KrObject *b, int op)
{
    KrTypeObject *ta = KR_TYPE(a), *tb = KR_TYPE(b);
    if (!ta->tp_as_buffer || !ta->tp_as_buffer->bf_getbuffer || !tb->tp_as_buffer ||
        !tb->tp_as_buffer->bf_getbuffer || KR_STR_CHECK(a) || KR_STR_CHECK(b))
        KR_RETURN_NOTIMPL;
    KrBuffer va, vb;
    if (kr_object_get_buffer(a, &va, KR_BUF_SIMPLE) < 0) {
        kr_err_clear();
        KR_RETURN_NOTIMPL;
    }
    if (kr_object_get_buffer(b, &vb, KR_BUF_SIMPLE) < 0) {
        kr_err_clear();
        kr_buffer_release(&va);
        KR_RETURN_NOTIMPL;
    }
    KrObject *r = kr_bytes_richcompare_raw(va.buf, va.len, vb.buf, vb.len, op);
    kr_buffer_release(&va);
    kr_buffer_release(&vb);
    return r;
}

static ssize_t ba_length(KrObject *o) { return KR_SIZE(o); }

static KrObject *ba_concat(KrObject *a, KrObject *b)
{
    KrBuffer va, vb;
    if (kr_object_get_buffer(a, &va, KR_BUF_SIMPLE) < 0)
        return NULL;
    if (!KR_TYPE(b)->tp_as_buffer || !KR_TYPE(b)->tp_as_buffer->bf_getbuffer ||
        kr_object_get_buffer(b, &vb, KR_BUF_SIMPLE) < 0) {
        kr_err_clear();
        kr_buffer_release(&va);
        return kr_err_format(KrExc_TypeError, "can't concat %T to %T", b, a);
    }
    KrObject *r = kr_bytearray_new(va.len + vb.len);
    if (r) {
        memcpy(BA(r)->start, va.buf, (size_t)va.len);
        memcpy(BA(r)->start + va.len, vb.buf, (size_t)vb.len);
    }
    kr_buffer_release(&va);
    kr_buffer_release(&vb);
    return r;
}

static KrObject *ba_iconcat(KrObject *a, KrObject *b)
{
    KrBuffer vb;
    if (!KR_TYPE(b)->tp_as_buffer || !KR_TYPE(b)->tp_as_buffer->bf_getbuffer ||
        kr_object_get_buffer(b, &vb, KR_BUF_SIMPLE) < 0) {
        kr_err_clear();
        return kr_err_format(KrExc_TypeError, "can't concat %T to %T", b, a);
    }
    /* the view stays held across the resize, as CPython does: a += a
     * therefore raises BufferError (a is exported while resized) */
    ssize_t n = KR_SIZE(a);
    int r = kr_bytearray_resize(a, n + vb.len);
    if (r == 0 && vb.len)
        memcpy(BA(a)->start + n, vb.buf, (size_t)vb.len);
    kr_buffer_release(&vb);
    if (r < 0)
        return NULL;
    return KR_NEWREF(a);
}

static KrObject *ba_repeat(KrObject *o, ssize_t n)
{
    ssize_t len = KR_SIZE(o);
    if (n < 0)
        n = 0;
    if (len && n > ((ssize_t)1 << 60) / len)
        return kr_err_nomemory();
    KrObject *r = kr_bytearray_new(len * n);
    if (!r || len == 0)
        return r;
    for (ssize_t i = 0; i < n; i++)
        memcpy(BA(r)->start + i * len, ba_data(o), (size_t)len);
    return r;
}

static KrObject *ba_irepeat(KrObject *o, ssize_t n)
{
    ssize_t len = KR_SIZE(o);
    if (n < 0)
        n = 0;
    if (len && n > ((ssize_t)1 << 60) / len)
        return kr_err_nomemory();
    if (kr_bytearray_resize(o, len * n) < 0)
        return NULL;
    for (ssize_t i = 1; i < n && len > 0; i++)
        memcpy(BA(o)->start + i * len, BA(o)->start, (size_t)len);
    return KR_NEWREF(o);
}

static KrObject *ba_item(KrObject *o, ssize_t i)
{
    if (i < 0 || i >= KR_SIZE(o)) {
        kr_err_set_string(KrExc_IndexError, "bytearray index out of range");
        return NULL;
    }
    return kr_int_small((unsigned char)BA(o)->start[i]);
}

static int ba_contains(KrObject *o, KrObject *x) { return kr_bytes_contains_impl(o, x); }

static KrObject *ba_subscript(KrObject *o, KrObject *key)
{
    if (KR_INT_CHECK(key) || (!KR_SLICE_CHECK(key) && kr_index_check(key))) {
        ssize_t i = kr_number_as_ssize(key, KR_OBJ(KrExc_IndexError));
        if (i == -1 && kr_err_occurred())
            return NULL;
        if (i < 0)
            i += KR_SIZE(o);
        return ba_item(o, i);
    }
    if (KR_SLICE_CHECK(key)) {
        ssize_t start, stop, step, n;
        if (kr_slice_get_indices(key, KR_SIZE(o), &start, &stop, &step, &n) < 0)
            return NULL;
        if (n <= 0)
            return kr_bytearray_new(0);
        if (step == 1)
            return kr_bytearray_from_data(BA(o)->start + start, n);
        KrObject *r = kr_bytearray_new(n);
        if (!r)
            return NULL;
        for (ssize_t i = 0; i < n; i++)
            BA(r)->start[i] = BA(o)->start[start + i * step];
        return r;
    }
    return kr_err_format(KrExc_TypeError, "bytearray indices must be integers or slices, not %T", key);
}

/* replace o[lo:hi] with n bytes from p (p may point into o) */
static int ba_setslice_raw(KrObject *o, ssize_t lo, ssize_t hi, const char *p, ssize_t n)
{
    ssize_t len = KR_SIZE(o);
    if (hi < lo)
        hi = lo;
    ssize_t growth = n - (hi - lo);
    char *copy = NULL;
    if (n && p >= ba_data(o) && p < ba_data(o) + len) {
        copy = kr_mem_alloc((size_t)n);
        if (!copy) {
            kr_err_nomemory();
            return -1;
        }
        memcpy(copy, p, (size_t)n);
        p = copy;
    }
    if (growth != 0) {
        if (check_resizable(o) < 0) {
            kr_mem_free(copy);
            return -1;
        }
        if (growth < 0) {
            if (lo == 0 && n == 0 && BA(o)->start) {
                /* drop from the front without moving the tail */
                BA(o)->start += hi;
                KR_SIZE(o) = len - hi;
                kr_mem_free(copy);
                return 0;
            }
            memmove(BA(o)->start + lo + n, BA(o)->start + hi, (size_t)(len - hi));
            if (kr_bytearray_resize(o, len + growth) < 0) {
                kr_mem_free(copy);
                return -1;
            }
        } else {
            if (kr_bytearray_resize(o, len + growth) < 0) {
                kr_mem_free(copy);
                return -1;
            }
            memmove(BA(o)->start + lo + n, BA(o)->start + hi, (size_t)(len - hi));
        }
    }
    if (n)
        memcpy(BA(o)->start + lo, p, (size_t)n);
    kr_mem_free(copy);
    return 0;
}

/* the bytes of an assigned value: buffer, or iterable of ints */
static KrObject *value_as_bytes(KrObject *v)
{
    if (KR_INT_CHECK(v) || KR_STR_CHECK(v)) {
        kr_err_set_string(KrExc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return NULL;
    }
    return kr_bytes_from_object_ex(v, 1);
}

static int ba_ass_subscript(KrObject *o, KrObject *key, KrObject *v)
{
    ssize_t len = KR_SIZE(o);
    if (KR_INT_CHECK(key) || (!KR_SLICE_CHECK(key) && kr_index_check(key))) {
        ssize_t i = kr_number_as_ssize(key, KR_OBJ(KrExc_IndexError));
        if (i == -1 && kr_err_occurred())
            return -1;
        if (i < 0)
            i += len;
        if (i < 0 || i >= len) {
            kr_err_set_string(KrExc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (!v)
            return ba_setslice_raw(o, i, i + 1, NULL, 0);
        int b;
        if (byte_value(v, &b) < 0)
            return -1;
        BA(o)->start[i] = (char)b;
        return 0;
    }
    if (!KR_SLICE_CHECK(key)) {
        kr_err_format(KrExc_TypeError, "bytearray indices must be integers or slices, not %T", key);
        return -1;
    }
    ssize_t start, stop, step, n;
    if (kr_slice_get_indices(key, len, &start, &stop, &step, &n) < 0)
        return -1;
    if (!v) {
        if (step == 1)
            return ba_setslice_raw(o, start, stop, NULL, 0);
        if (n <= 0)
            return 0;
        if (check_resizable(o) < 0)
            return -1;
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        char *d = BA(o)->start;
        ssize_t w = start, r = start;
        for (ssize_t k = 0; r < len; r++) {
            if (k < n && r == start + k * step) {
                k++;
                continue;
            }
            d[w++] = d[r];
        }
        return kr_bytearray_resize(o, w);
    }
    KrObject *b = value_as_bytes(v);
    if (!b)
        return -1;
    int r;
    if (step == 1) {
        r = ba_setslice_raw(o, start, stop > start ? stop : start, KR_BYTES_DATA(b), KR_BYTES_LEN(b));
    } else if (KR_BYTES_LEN(b) != n) {
        kr_err_format(KrExc_ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd",
                      KR_BYTES_LEN(b), n);
        r = -1;
    } else {
        for (ssize_t i = 0; i < n; i++)
            BA(o)->start[start + i * step] = KR_BYTES_DATA(b)[i];
        r = 0;
    }
    KR_DECREF(b);
    return r;
}

static int ba_ass_item(KrObject *o, ssize_t i, KrObject *v)
{
    if (i < 0 || i >= KR_SIZE(o)) {
        kr_err_set_string(KrExc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!v)
        return ba_setslice_raw(o, i, i + 1, NULL, 0);
    int b;
    if (byte_value(v, &b) < 0)
        return -1;
    BA(o)->start[i] = (char)b;
    return 0;
}

static KrObject *ba_mod(KrObject *a, KrObject *b)
{
    if (!KR_BYTEARRAY_CHECK(a))
        KR_RETURN_NOTIMPL;
    return kr_bytes_format_impl(ba_data(a), KR_SIZE(a), b, 1);
}

static int ba_getbuffer(KrObject *o, KrBuffer *view, int flags)
{
    if (!BA(o)->start) {
        /* never sized: give it storage so the view has a valid pointer */
        char *nb = kr_mem_alloc(1);
        if (!nb) {
            kr_err_nomemory();
            return -1;
        }
        nb[0] = 0;
        BA(o)->bytes = BA(o)->start = nb;
        BA(o)->alloc = 1;
    }
    if (kr_buffer_fill_simple(view, o, BA(o)->start, KR_SIZE(o), 0, flags) < 0)
        return -1;
    BA(o)->exports++;
    return 0;
}

static void ba_releasebuffer(KrObject *o, KrBuffer *view)
{
    BA(o)->exports--;
}

static int ba_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    KrObject *a[3] = {NULL, NULL, NULL};
    if (kr_arg_parse("bytearray", args, nargs, kwnames, names, 0, a) < 0)
        return -1;
    KrObject *b;
    if (!a[0]) {
        if (a[1] || a[2]) {
            kr_err_set_string(KrExc_TypeError, a[1] ? "encoding without a string argument"
                                                    : "errors without a string argument");
            return -1;
        }
        return kr_bytearray_resize(self, 0);
    }
    if (a[1] || a[2]) {
        if (!KR_STR_CHECK(a[0])) {
            kr_err_set_string(KrExc_TypeError, a[1] ? "encoding without a string argument"
                                                    : "errors without a string argument");
            return -1;
        }
        const char *enc = "utf-8", *errs = NULL;
        if (a[1]) {
            if (!KR_STR_CHECK(a[1])) {
                kr_err_format(KrExc_TypeError, "bytearray() argument 'encoding' must be str, not %s", kr_argtype_name(a[1]));
                return -1;
            }
            enc = kr_str_utf8(a[1]);
        }
        if (a[2]) {
            if (!KR_STR_CHECK(a[2])) {
                kr_err_format(KrExc_TypeError, "bytearray() argument 'errors' must be str, not %s", kr_argtype_name(a[2]));
                return -1;
            }
            errs = kr_str_utf8(a[2]);
        }
        if (!enc || (a[2] && !errs))
            return -1;
        b = kr_str_encode(a[0], enc, errs);
    } else {
        b = kr_bytes_from_object_ex(a[0], 1);
    }
    if (!b)
        return -1;
    int r = ba_setslice_raw(self, 0, KR_SIZE(self), KR_BYTES_DATA(b), KR_BYTES_LEN(b));
    KR_DECREF(b);
    return r;
}

static KrObject *ba_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return ba_alloc_type(type);
}

/* ---- methods ------------------------------------------------------------------------ */
KrObject *kr_bytearray_m_append(KrObject *self, KrObject *v)
{
    int b;
    if (byte_value(v, &b) < 0)
        return NULL;
    if (kr_bytearray_append(self, b) < 0)
        return NULL;
    KR_RETURN_NONE;
}

KrObject *kr_bytearray_m_extend(KrObject *self, KrObject *v)
{
    if (KR_TYPE(v)->tp_as_buffer && KR_TYPE(v)->tp_as_buffer->bf_getbuffer) {
        KrObject *r = ba_iconcat(self, v);
        if (!r)
            return NULL;
        KR_DECREF(r);
        KR_RETURN_NONE;
    }
    if (!KR_TYPE(v)->tp_iter && !(KR_TYPE(v)->tp_as_sequence && KR_TYPE(v)->tp_as_sequence->sq_item))
        return kr_err_format(KrExc_TypeError, "can't extend bytearray with %T", v);
    KrObject *it = kr_object_getiter(v);
    if (!it)
        return NULL;
    KrObject *item;
    while ((item = kr_iter_next(it))) {
        int b;
        int r = byte_value(item, &b);
        KR_DECREF(item);
        if (r < 0 || kr_bytearray_append(self, b) < 0) {
            KR_DECREF(it);
            return NULL;
        }
    }
    KR_DECREF(it);
    if (kr_err_occurred())
        return NULL;
    KR_RETURN_NONE;
}

KrObject *kr_bytearray_m_insert(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("insert", nargs, 2, 2) < 0)
        return NULL;
    ssize_t i;
    if (kr_arg_ssize(args[0], &i) < 0)
        return NULL;
    int b;
    if (byte_value(args[1], &b) < 0)
        return NULL;
    ssize_t n = KR_SIZE(self);
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    char c = (char)b;
    if (ba_setslice_raw(self, i, i, &c, 1) < 0)
        return NULL;
    KR_RETURN_NONE;
}

KrObject *kr_bytearray_m_pop(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("pop", nargs, 0, 1) < 0)
        return NULL;
    ssize_t n = KR_SIZE(self), i = -1;
    if (nargs) {
        if (kr_arg_ssize(args[0], &i) < 0)
            return NULL;
    }
    if (n == 0) {
        kr_err_set_string(KrExc_IndexError, "pop from empty bytearray");
        return NULL;
    }
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        kr_err_set_string(KrExc_IndexError, "pop index out of range");
        return NULL;
    }
    if (check_resizable(self) < 0)
        return NULL;
    unsigned char c = (unsigned char)BA(self)->start[i];
    if (ba_setslice_raw(self, i, i + 1, NULL, 0) < 0)
        return NULL;
    return kr_int_small(c);
}

KrObject *kr_bytearray_m_remove(KrObject *self, KrObject *v)
{
    int b;
    if (byte_value(v, &b) < 0)
        return NULL;
    const char *p = memchr(ba_data(self), b, (size_t)KR_SIZE(self));
    if (!p) {
        kr_err_set_string(KrExc_ValueError, "value not found in bytearray");
        return NULL;
    }
    ssize_t i = p - ba_data(self);
    if (ba_setslice_raw(self, i, i + 1, NULL, 0) < 0)
        return NULL;
    KR_RETURN_NONE;
}

KrObject *kr_bytearray_m_clear(KrObject *self, KrObject *u)
{
    if (kr_bytearray_resize(self, 0) < 0)
        return NULL;
    KR_RETURN_NONE;
}

KrObject *kr_bytearray_m_reverse(KrObject *self, KrObject *u)
{
    char *d = BA(self)->start;
    for (ssize_t i = 0, j = KR_SIZE(self) - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    KR_RETURN_NONE;
}

KrObject *kr_bytearray_m_copy(KrObject *self, KrObject *u)
{
    return kr_bytearray_from_data(ba_data(self), KR_SIZE(self));
}

KrObject *kr_bytearray_m_alloc(KrObject *self, KrObject *u)
{
    return kr_int_from_ssize(BA(self)->alloc);
}

KrObject *kr_bytearray_m_sizeof(KrObject *self, KrObject *u)
{
    return kr_int_from_size(sizeof(KrByteArrayObject) + (size_t)BA(self)->alloc);
}

KrObject *kr_bytearray_m_reduce(KrObject *self, KrObject *u)
{
    KrObject *s = kr_str_from_latin1(ba_data(self), KR_SIZE(self));
    KrObject *enc = kr_str_from_ascii("latin-1", 7);
    KrObject *args = (s && enc) ? kr_tuple_pack(2, s, enc) : NULL;
    KR_XDECREF(s);
    KR_XDECREF(enc);
    if (!args)
        return NULL;
    KrObject **dp = kr_object_dict_ptr(self);
    KrObject *state = (dp && *dp) ? *dp : Kr_None;
    KrObject *r = kr_tuple_pack(3, KR_OBJ(KR_TYPE(self)), args, state);
    KR_DECREF(args);
    return r;
}

static KrNumberMethods ba_as_number = { .nb_remainder = ba_mod };

static KrSequenceMethods ba_as_sequence = {
    .sq_length = ba_length,
    .sq_concat = ba_concat,
    .sq_repeat = ba_repeat,
    .sq_item = ba_item,
    .sq_ass_item = ba_ass_item,
    .sq_contains = ba_contains,
    .sq_inplace_concat = ba_iconcat,
    .sq_inplace_repeat = ba_irepeat,
};

static KrMappingMethods ba_as_mapping = {
    .mp_length = ba_length,
    .mp_subscript = ba_subscript,
    .mp_ass_subscript = ba_ass_subscript,
};

static KrBufferProcs ba_as_buffer = {
    .bf_getbuffer = ba_getbuffer,
    .bf_releasebuffer = ba_releasebuffer,
};

KrTypeObject KrByteArray_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "bytearray",
    .tp_basicsize = sizeof(KrByteArrayObject),
    .tp_dealloc = ba_dealloc,
    .tp_repr = ba_repr,
    .tp_as_number = &ba_as_number,
    .tp_as_sequence = &ba_as_sequence,
    .tp_as_mapping = &ba_as_mapping,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_str = ba_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_as_buffer = &ba_as_buffer,
    .tp_flags = KR_TPFLAGS_BASETYPE,
    .tp_doc = "bytearray(iterable_of_ints) -> bytearray\n"
              "bytearray(string, encoding[, errors]) -> bytearray\n"
              "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
              "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
              "bytearray() -> empty bytes array",
    .tp_richcompare = ba_richcompare,
    .tp_iter = kr_bytearray_iter,
    .tp_methods = kr_bytearray_methods,
    .tp_base = &KrBaseObject_Type,
    .tp_init = ba_init,
    .tp_new = ba_new,
};
