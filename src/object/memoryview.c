/* memoryview.c: zero-copy views of an exporter's memory.
 *
 * A memoryview holds one buffer export of the underlying object (`master`,
 * released by release() or when the view dies) plus its own description of
 * the memory it shows: a start pointer, item format and size, and up to
 * KR_MV_MAXDIM dimensions with their strides.  Slicing makes a new view
 * that takes its own export of the same object and describes a sub-range
 * of the same memory, so nothing is ever copied; a negative step is just a
 * negative stride.  Because every view holds its own export, releasing one
 * view never invalidates another, and a bytearray refuses to resize while
 * any view of it is alive.
 *
 * Items are read and written with the native struct formats (optionally
 * prefixed by '@'), as CPython's memoryview does.
 */
#include <math.h>
#include "kr.h"
#include "object/weakref.h"

#define KR_MV_MAXDIM 64
#define KR_MV_INLINE 3

typedef struct KrMemoryViewObject {
    KrObject_HEAD
    KrBuffer master;          /* the export we hold; master.obj is the exporter */
    int released;
    ssize_t exports;          /* buffers exported from this view */
    kr_hash_t hash;
    char *start;              /* first item */
    ssize_t len;              /* total bytes shown */
    ssize_t itemsize;
    int readonly;
    int ndim;
    char format[16];
    /* most views have few dimensions: keep them inline and allocate the
     * arrays only past KR_MV_INLINE, so taking a slice stays cheap */
    ssize_t *shape, *strides;
    ssize_t shape_inline[KR_MV_INLINE], strides_inline[KR_MV_INLINE];
    KrObject *weakreflist;
} KrMemoryViewObject;

extern KrTypeObject KrMemoryView_Type;
#define MV(o) ((KrMemoryViewObject *)(o))

static int check_released(KrMemoryViewObject *m)
{
    if (m->released) {
        kr_err_set_string(KrExc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

/* ---- item formats ---- */
static const char *native_format(const char *fmt)
{
    if (fmt[0] == '@')
        fmt++;
    if (fmt[0] && !fmt[1] && strchr("cbB?hHiIlLqQnNfdeP", fmt[0]))
        return fmt;
    return NULL;
}

static ssize_t format_size(char f)
{
    switch (f) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    }
    return -1;
}

static double half_to_double(uint16_t h)
{
    int s = h >> 15, e = (h >> 10) & 31, m = h & 1023;
    double v;
    if (e == 0)
        v = ldexp(m, -24);
    else if (e == 31)
        v = m ? NAN : INFINITY;
    else
        v = ldexp(m + 1024, e - 25);
    return s ? -v : v;
}

static uint16_t double_to_half(double d, int *overflow)
{
    uint16_t sign = signbit(d) ? 0x8000 : 0;
    if (isnan(d))
        return sign | 0x7e00;
    d = fabs(d);
    if (isinf(d))
        return sign | 0x7c00;
    if (d == 0)
        return sign;
    int e;
    double f = frexp(d, &e);   /* d = f * 2^e, 0.5 <= f < 1 */
    if (e > 16) {
        *overflow = 1;
        return 0;
    }
    if (e < -13) {
        /* subnormal: value / 2^-24, rounded half to even */
        double q = ldexp(d, 24);
        double r = nearbyint(q);
        return sign | (uint16_t)r;
    }
    double q = ldexp(f, 11);   /* 1024..2047.x */
    double r = nearbyint(q);
    if (r >= 2048) {
        r /= 2;
        e++;
        if (e > 16) {
            *overflow = 1;
            return 0;
        }
    }
    return sign | (uint16_t)((e + 14) << 10) | ((uint16_t)r & 1023);
}

static KrObject *unpack_item(const char *fmt, const char *p)
{
    switch (fmt[0]) {
    case 'c': return kr_bytes_from_data(p, 1);
    case 'b': return kr_int_from_long(*(const signed char *)p);
    case 'B': return kr_int_from_long(*(const unsigned char *)p);
    case '?': return kr_newref(kr_bool_from(*p != 0));
    case 'h': { int16_t v; memcpy(&v, p, 2); return kr_int_from_long(v); }
    case 'H': { uint16_t v; memcpy(&v, p, 2); return kr_int_from_long(v); }
    case 'i': { int32_t v; memcpy(&v, p, 4); return kr_int_from_long(v); }
    case 'I': { uint32_t v; memcpy(&v, p, 4); return kr_int_from_u64(v); }
    case 'l': case 'q': case 'n': { int64_t v; memcpy(&v, p, 8); return kr_int_from_i64(v); }
    case 'L': case 'Q': case 'N': case 'P': { uint64_t v; memcpy(&v, p, 8); return kr_int_from_u64(v); }
    case 'f': { float v; memcpy(&v, p, 4); return kr_float_from_double(v); }
    case 'd': { double v; memcpy(&v, p, 8); return kr_float_from_double(v); }
    case 'e': { uint16_t v; memcpy(&v, p, 2); return kr_float_from_double(half_to_double(v)); }
    }
    return kr_err_format(KrExc_NotImplementedError, "memoryview: format %s not supported", fmt);
}

static int value_error_range(const char *fmt)
{
    kr_err_format(KrExc_ValueError, "memoryview: invalid value for format '%s'", fmt);
    return -1;
}

static int pack_item(const char *fmt, char *p, KrObject *v)
{
    char f = fmt[0];
    if (f == 'c') {
        if (!KR_BYTES_CHECK(v) || KR_BYTES_LEN(v) != 1)
            return value_error_range(fmt);
        *p = KR_BYTES_DATA(v)[0];
        return 0;
    }
    if (f == 'f' || f == 'd' || f == 'e') {
        double d = kr_float_as_double(v);
        if (d == -1.0 && kr_err_occurred()) {
            if (kr_err_matches(KR_OBJ(KrExc_TypeError))) {
                kr_err_clear();
                kr_err_format(KrExc_TypeError, "memoryview: invalid type for format '%s'", fmt);
            }
            return -1;
        }
        if (f == 'f') {
            float x = (float)d;
            if (isinf(x) && !isinf(d)) {
                kr_err_set_string(KrExc_OverflowError, "float too large to pack with f format");
                return -1;
            }
            memcpy(p, &x, 4);
        } else if (f == 'd') {
            memcpy(p, &d, 8);
        } else {
            int ovf = 0;
            uint16_t h = double_to_half(d, &ovf);
            if (ovf) {
                kr_err_set_string(KrExc_OverflowError, "float too large to pack with e format");
                return -1;
            }
            memcpy(p, &h, 2);
        }
        return 0;
    }
    if (f == '?') {
        int t = kr_object_is_true(v);
        if (t < 0)
            return -1;
        *p = (char)t;
        return 0;
    }
    if (!KR_INT_CHECK(v)) {
        KrObject *idx = kr_index_check(v) ? kr_number_index(v) : NULL;
        if (!idx) {
            if (!kr_err_occurred())
                kr_err_format(KrExc_TypeError, "memoryview: invalid type for format '%s'", fmt);
            return -1;
        }
        int r = pack_item(fmt, p, idx);
        kr_decref(idx);
        return r;
    }
    bool is_unsigned = strchr("BHILQNP", f) != NULL;
    int64_t sv = 0;
    uint64_t uv = 0;
    if (is_unsigned) {
        if (kr_int_sign(v) < 0)
            return value_error_range(fmt);
        if (!kr_int_fits_i64(v, &sv)) {
            if (kr_int_bit_length(v) > 64)
                return value_error_range(fmt);
            uv = kr_int_as_u64_mask(v);
        } else {
            uv = (uint64_t)sv;
        }
    } else if (!kr_int_fits_i64(v, &sv)) {
        return value_error_range(fmt);
    }
    switch (f) {
    case 'b': if (sv < -128 || sv > 127) return value_error_range(fmt); *p = (char)sv; break;
    case 'B': if (uv > 255) return value_error_range(fmt); *p = (char)uv; break;
    case 'h': { if (sv < INT16_MIN || sv > INT16_MAX) return value_error_range(fmt); int16_t x = (int16_t)sv; memcpy(p, &x, 2); break; }
    case 'H': { if (uv > UINT16_MAX) return value_error_range(fmt); uint16_t x = (uint16_t)uv; memcpy(p, &x, 2); break; }
    case 'i': { if (sv < INT32_MIN || sv > INT32_MAX) return value_error_range(fmt); int32_t x = (int32_t)sv; memcpy(p, &x, 4); break; }
    case 'I': { if (uv > UINT32_MAX) return value_error_range(fmt); uint32_t x = (uint32_t)uv; memcpy(p, &x, 4); break; }
    case 'l': case 'q': case 'n': memcpy(p, &sv, 8); break;
    default: memcpy(p, &uv, 8); break;
    }
    return 0;
}

/* ---- construction ---- */
static int set_ndim(KrMemoryViewObject *m, int ndim)
{
    if (m->shape && m->shape != m->shape_inline) {
        kr_mem_free(m->shape);
        kr_mem_free(m->strides);
    }
    m->shape = m->shape_inline;
    m->strides = m->strides_inline;
    if (ndim > KR_MV_INLINE) {
        ssize_t *a = kr_mem_calloc((size_t)ndim, sizeof(ssize_t));
        ssize_t *b = kr_mem_calloc((size_t)ndim, sizeof(ssize_t));
        if (!a || !b) {
            kr_mem_free(a);
            kr_mem_free(b);
            kr_err_nomemory();
            return -1;
        }
        m->shape = a;
        m->strides = b;
    }
    m->ndim = ndim;
    return 0;
}

static void init_strides_c(KrMemoryViewObject *m)
{
    ssize_t s = m->itemsize;
    for (int i = m->ndim - 1; i >= 0; i--) {
        m->strides[i] = s;
        s *= m->shape[i];
    }
}

static KrObject *mv_from_object(KrObject *o)
{
    KrMemoryViewObject *m = (KrMemoryViewObject *)kr_object_alloc(&KrMemoryView_Type, 0);
    if (!m)
        return NULL;
    m->hash = -1;
    if (kr_object_get_buffer(o, &m->master, KR_BUF_FULL_RO) < 0) {
        m->released = 1;
        kr_decref(KR_OBJ(m));
        if (kr_err_matches(KR_OBJ(KrExc_TypeError))) {
            kr_err_clear();
            kr_err_format(KrExc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                          kr_object_type_name(o));
        }
        return NULL;
    }
    KrBuffer *b = &m->master;
    m->start = b->buf;
    m->len = b->len;
    m->itemsize = b->itemsize > 0 ? b->itemsize : 1;
    m->readonly = b->readonly;
    snprintf(m->format, sizeof m->format, "%s", b->format ? b->format : "B");
    m->shape = m->shape_inline;
    m->strides = m->strides_inline;
    if (set_ndim(m, b->ndim > KR_MV_MAXDIM ? KR_MV_MAXDIM : b->ndim) < 0) {
        kr_decref(KR_OBJ(m));
        return NULL;
    }
    if (m->ndim == 1 && !b->shape) {
        m->shape[0] = m->len / m->itemsize;
        m->strides[0] = m->itemsize;
    } else {
        for (int i = 0; i < m->ndim; i++)
            m->shape[i] = b->shape ? b->shape[i] : m->len / m->itemsize;
        if (b->strides)
            for (int i = 0; i < m->ndim; i++)
                m->strides[i] = b->strides[i];
        else
            init_strides_c(m);
    }
    kr_gc_track(KR_OBJ(m));
    return KR_OBJ(m);
}

/* a new view of the same exporter as m, starting as a copy of m */
static KrMemoryViewObject *mv_derive(KrMemoryViewObject *m)
{
    KrMemoryViewObject *n = (KrMemoryViewObject *)kr_object_alloc(&KrMemoryView_Type, 0);
    if (!n)
        return NULL;
    n->hash = -1;
    if (kr_object_get_buffer(m->master.obj, &n->master, KR_BUF_FULL_RO) < 0) {
        n->released = 1;
        kr_decref(KR_OBJ(n));
        return NULL;
    }
    /* the exporter may hand out its memory again at the same address only:
     * describe the same bytes m describes */
    n->start = (char *)n->master.buf + (m->start - (char *)m->master.buf);
    n->len = m->len;
    n->itemsize = m->itemsize;
    n->readonly = m->readonly;
    memcpy(n->format, m->format, sizeof n->format);
    n->shape = n->shape_inline;
    n->strides = n->strides_inline;
    if (set_ndim(n, m->ndim) < 0) {
        kr_decref(KR_OBJ(n));
        return NULL;
    }
    memcpy(n->shape, m->shape, sizeof(ssize_t) * (size_t)m->ndim);
    memcpy(n->strides, m->strides, sizeof(ssize_t) * (size_t)m->ndim);
    kr_gc_track(KR_OBJ(n));
    return n;
}

static KrObject *mv_tp_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"object", NULL};
    KrObject *a[1] = {NULL};
    if (kr_arg_parse("memoryview", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    return mv_from_object(a[0]);
}

static void mv_do_release(KrMemoryViewObject *m)
{
    if (!m->released) {
        m->released = 1;
        kr_buffer_release(&m->master);
    }
}

static void mv_dealloc(KrObject *self)
{
    KrMemoryViewObject *m = MV(self);
    kr_gc_untrack(self);
    if (m->weakreflist)
        kr_weakref_clear_refs(self);
    mv_do_release(m);
    if (m->shape && m->shape != m->shape_inline) {
        kr_mem_free(m->shape);
        kr_mem_free(m->strides);
    }
    kr_object_free(self);
}

static int mv_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrMemoryViewObject *m = MV(self);
    if (!m->released)
        KR_VISIT(m->master.obj);
    return 0;
}

static int mv_clear(KrObject *self)
{
    KrMemoryViewObject *m = MV(self);
    if (m->exports == 0)
        mv_do_release(m);
    return 0;
}

/* ---- the buffer protocol on memoryview itself ---- */
static int mv_getbuffer(KrObject *self, KrBuffer *view, int flags)
{
    KrMemoryViewObject *m = MV(self);
    if (check_released(m) < 0)
        return -1;
    if ((flags & KR_BUF_WRITABLE) && m->readonly) {
        kr_err_set_string(&KrExc_BufferError_Type, "memoryview: underlying buffer is not writable");
        return -1;
    }
    view->obj = kr_newref(self);
    view->buf = m->start;
    view->len = m->len;
    view->itemsize = m->itemsize;
    view->readonly = m->readonly;
    view->ndim = m->ndim;
    view->format = m->format;
    view->shape = m->shape;
    view->strides = m->strides;
    view->suboffsets = NULL;
    view->internal = NULL;
    m->exports++;
    return 0;
}

static void mv_releasebuffer(KrObject *self, KrBuffer *view)
{
    MV(self)->exports--;
}

static KrBufferProcs mv_as_buffer = {mv_getbuffer, mv_releasebuffer};

/* ---- contiguity ---- */
static bool is_c_contig(KrMemoryViewObject *m)
{
    ssize_t s = m->itemsize;
    for (int i = m->ndim - 1; i >= 0; i--) {
        if (m->shape[i] == 0)
            return true;
        if (m->shape[i] > 1 && m->strides[i] != s)
            return false;
        s *= m->shape[i];
    }
    return true;
}

static bool is_f_contig(KrMemoryViewObject *m)
{
    ssize_t s = m->itemsize;
    for (int i = 0; i < m->ndim; i++) {
        if (m->shape[i] == 0)
            return true;
        if (m->shape[i] > 1 && m->strides[i] != s)
            return false;
        s *= m->shape[i];
    }
    return true;
}

/* copy the shown bytes in C order into out (m->len bytes) */
static void copy_c_order(KrMemoryViewObject *m, int dim, const char *p, char **out)
{
    if (m->ndim == 0) {
        memcpy(*out, p, (size_t)m->itemsize);
        *out += m->itemsize;
        return;
    }
    if (dim == m->ndim - 1 && m->strides[dim] == m->itemsize) {
        size_t n = (size_t)(m->shape[dim] * m->itemsize);
        memcpy(*out, p, n);
        *out += n;
        return;
    }
    for (ssize_t i = 0; i < m->shape[dim]; i++) {
        const char *q = p + i * m->strides[dim];
        if (dim == m->ndim - 1) {
            memcpy(*out, q, (size_t)m->itemsize);
            *out += m->itemsize;
        } else {
            copy_c_order(m, dim + 1, q, out);
        }
    }
}

static KrObject *mv_tobytes_impl(KrMemoryViewObject *m, char order)
{
    KrObject *b = kr_bytes_new(m->len);
    if (!b)
        return NULL;
    char *out = KR_BYTES_DATA(b);
    if (order == 'F' && m->ndim > 1) {
        /* Fortran order: walk the first index fastest */
        ssize_t idx[KR_MV_MAXDIM] = {0};
        ssize_t total = m->len / m->itemsize;
        for (ssize_t k = 0; k < total; k++) {
            const char *p = m->start;
            for (int d = 0; d < m->ndim; d++)
                p += idx[d] * m->strides[d];
            memcpy(out, p, (size_t)m->itemsize);
            out += m->itemsize;
            for (int d = 0; d < m->ndim; d++) {
                if (++idx[d] < m->shape[d])
                    break;
                idx[d] = 0;
            }
        }
    } else {
        copy_c_order(m, 0, m->start, &out);
    }
    return b;
}

/* ---- indexing ---- */
static int fix_index(KrMemoryViewObject *m, int dim, ssize_t *i)
{
    ssize_t n = m->shape[dim];
    if (*i < 0)
        *i += n;
    if (*i < 0 || *i >= n) {
        kr_err_format(KrExc_IndexError, "index out of bounds on dimension %d", dim + 1);
        return -1;
    }
    return 0;
}

static char *item_ptr_tuple(KrMemoryViewObject *m, KrObject *key)
{
    ssize_t n = KR_TUPLE_LEN(key);
    if (n < m->ndim) {
        kr_err_set_string(KrExc_NotImplementedError, "sub-views are not implemented");
        return NULL;
    }
    if (n > m->ndim) {
        kr_err_format(KrExc_TypeError, "cannot index %d-dimension view with %zd-element tuple", m->ndim, n);
        return NULL;
    }
    char *p = m->start;
    for (ssize_t d = 0; d < n; d++) {
        KrObject *k = KR_TUPLE_GET(key, d);
        if (!kr_index_check(k)) {
            kr_err_set_string(KrExc_TypeError, "memoryview: invalid slice key");
            return NULL;
        }
        ssize_t i = kr_number_as_ssize(k, KR_OBJ(KrExc_IndexError));
        if (i == -1 && kr_err_occurred())
            return NULL;
        if (fix_index(m, (int)d, &i) < 0)
            return NULL;
        p += i * m->strides[d];
    }
    return p;
}

static KrObject *mv_subscript(KrObject *self, KrObject *key)
{
    KrMemoryViewObject *m = MV(self);
    if (check_released(m) < 0)
        return NULL;
    const char *fmt = native_format(m->format);
    if (m->ndim == 0) {
        if (key == Kr_Ellipsis)
            return kr_newref(self);
        if (KR_TUPLE_CHECK(key) && KR_TUPLE_LEN(key) == 0) {
            if (!fmt)
                return kr_err_format(KrExc_NotImplementedError, "memoryview: unsupported format %s", m->format);
            return unpack_item(fmt, m->start);
        }
        return kr_err_format(KrExc_TypeError, "invalid indexing of 0-dim memory");
    }
    if (kr_index_check(key)) {
        if (m->ndim > 1)
            return kr_err_format(KrExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
        ssize_t i = kr_number_as_ssize(key, KR_OBJ(KrExc_IndexError));
        if (i == -1 && kr_err_occurred())
            return NULL;
        if (fix_index(m, 0, &i) < 0)
            return NULL;
        if (!fmt)
            return kr_err_format(KrExc_NotImplementedError, "memoryview: unsupported format %s", m->format);
        return unpack_item(fmt, m->start + i * m->strides[0]);
    }
    if (KR_SLICE_CHECK(key)) {
        ssize_t start, stop, step, slicelen;
        if (kr_slice_get_indices(key, m->shape[0], &start, &stop, &step, &slicelen) < 0)
            return NULL;
        KrMemoryViewObject *n = mv_derive(m);
        if (!n)
            return NULL;
        n->start = m->start + start * m->strides[0];
        n->shape[0] = slicelen;
        n->strides[0] = m->strides[0] * step;
        ssize_t items = 1;
        for (int d = 0; d < n->ndim; d++)
            items *= n->shape[d];
        n->len = items * n->itemsize;
        return KR_OBJ(n);
    }
    if (key == Kr_Ellipsis)
        return kr_newref(self);
    if (KR_TUPLE_CHECK(key)) {
        bool all_slices = KR_TUPLE_LEN(key) > 0;
        for (ssize_t i = 0; i < KR_TUPLE_LEN(key); i++)
            if (!KR_SLICE_CHECK(KR_TUPLE_GET(key, i)))
                all_slices = false;
        if (all_slices)
            return kr_err_format(KrExc_NotImplementedError, "multi-dimensional slicing is not implemented");
        char *p = item_ptr_tuple(m, key);
        if (!p)
            return NULL;
        if (!fmt)
            return kr_err_format(KrExc_NotImplementedError, "memoryview: unsupported format %s", m->format);
        return unpack_item(fmt, p);
    }
    return kr_err_format(KrExc_TypeError, "memoryview: invalid slice key");
}

static int mv_ass_subscript(KrObject *self, KrObject *key, KrObject *value)
{
    KrMemoryViewObject *m = MV(self);
    if (check_released(m) < 0)
        return -1;
    if (m->readonly) {
        kr_err_set_string(KrExc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        kr_err_set_string(KrExc_TypeError, "cannot delete memory");
        return -1;
    }
    const char *fmt = native_format(m->format);
    if (m->ndim == 0) {
        if (key == Kr_Ellipsis || (KR_TUPLE_CHECK(key) && KR_TUPLE_LEN(key) == 0)) {
            if (!fmt) {
                kr_err_format(KrExc_NotImplementedError, "memoryview: unsupported format %s", m->format);
                return -1;
            }
            return pack_item(fmt, m->start, value);
        }
        kr_err_set_string(KrExc_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (kr_index_check(key)) {
        if (m->ndim > 1) {
            kr_err_set_string(KrExc_NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        ssize_t i = kr_number_as_ssize(key, KR_OBJ(KrExc_IndexError));
        if (i == -1 && kr_err_occurred())
            return -1;
        if (fix_index(m, 0, &i) < 0)
            return -1;
        if (!fmt) {
            kr_err_format(KrExc_NotImplementedError, "memoryview: unsupported format %s", m->format);
            return -1;
        }
        return pack_item(fmt, m->start + i * m->strides[0], value);
    }
    if (KR_SLICE_CHECK(key)) {
        if (m->ndim != 1) {
            kr_err_set_string(KrExc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
            return -1;
        }
        ssize_t start, stop, step, slicelen;
        if (kr_slice_get_indices(key, m->shape[0], &start, &stop, &step, &slicelen) < 0)
            return -1;
        KrBuffer src;
        if (kr_object_get_buffer(value, &src, KR_BUF_FULL_RO) < 0)
            return -1;
        const char *sfmt = src.format ? src.format : "B";
        if (sfmt[0] == '@')
            sfmt++;
        const char *dfmt = m->format[0] == '@' ? m->format + 1 : m->format;
        ssize_t sitem = src.itemsize > 0 ? src.itemsize : 1;
        ssize_t scount = src.ndim >= 1 && src.shape ? src.shape[0] : src.len / sitem;
        if (strcmp(sfmt, dfmt) != 0 || sitem != m->itemsize || (src.ndim > 1)) {
            kr_buffer_release(&src);
            kr_err_set_string(KrExc_ValueError,
                              "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        if (scount != slicelen) {
            kr_buffer_release(&src);
            kr_err_set_string(KrExc_ValueError,
                              "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        /* the source may overlap the destination: stage through a copy */
        ssize_t sstride = src.strides ? src.strides[0] : sitem;
        char *tmp = kr_mem_alloc((size_t)(slicelen * sitem) + 1);
        if (!tmp) {
            kr_buffer_release(&src);
            kr_err_nomemory();
            return -1;
        }
        for (ssize_t i = 0; i < slicelen; i++)
            memcpy(tmp + i * sitem, (char *)src.buf + i * sstride, (size_t)sitem);
        for (ssize_t i = 0; i < slicelen; i++)
            memcpy(m->start + (start + i * step) * m->strides[0], tmp + i * sitem, (size_t)sitem);
        kr_mem_free(tmp);
        kr_buffer_release(&src);
        return 0;
    }
    if (KR_TUPLE_CHECK(key)) {
        char *p = item_ptr_tuple(m, key);
        if (!p)
            return -1;
        if (!fmt) {
            kr_err_format(KrExc_NotImplementedError, "memoryview: unsupported format %s", m->format);
            return -1;
        }
        return pack_item(fmt, p, value);
    }
    kr_err_set_string(KrExc_TypeError, "memoryview: invalid slice key");
    return -1;
}

static ssize_t mv_length(KrObject *self)
{
    KrMemoryViewObject *m = MV(self);
    if (check_released(m) < 0)
        return -1;
    if (m->ndim == 0) {
        kr_err_set_string(KrExc_TypeError, "0-dim memory has no length");
        return -1;
    }
    return m->shape[0];
}

/* ---- tolist ---- */
static KrObject *tolist_rec(KrMemoryViewObject *m, const char *fmt, int dim, const char *p)
{
    if (m->ndim == 0)
        return unpack_item(fmt, p);
    KrObject *l = kr_list_new(m->shape[dim]);
    if (!l)
        return NULL;
    for (ssize_t i = 0; i < m->shape[dim]; i++) {
        const char *q = p + i * m->strides[dim];
        KrObject *v = dim == m->ndim - 1 ? unpack_item(fmt, q) : tolist_rec(m, fmt, dim + 1, q);
        if (!v) {
            kr_decref(l);
            return NULL;
        }
        KR_LIST_SET(l, i, v);
    }
    return l;
}

static KrObject *mv_tolist(KrObject *self, KrObject *unused)
{
    KrMemoryViewObject *m = MV(self);
    if (check_released(m) < 0)
        return NULL;
    const char *fmt = native_format(m->format);
    if (!fmt)
        return kr_err_format(KrExc_NotImplementedError, "memoryview: format %s not supported", m->format);
    return tolist_rec(m, fmt, 0, m->start);
}

static KrObject *mv_tobytes(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"order", NULL};
    KrObject *a[1] = {NULL};
    if (kr_arg_parse("tobytes", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    KrMemoryViewObject *m = MV(self);
    if (check_released(m) < 0)
        return NULL;
    char order = 'C';
    if (a[0] && a[0] != Kr_None) {
        const char *o = KR_STR_CHECK(a[0]) ? kr_str_utf8(a[0]) : NULL;
        if (!o || strlen(o) != 1 || !strchr("CFA", o[0]))
            return kr_err_format(KrExc_ValueError, "order must be 'C', 'F' or 'A'");
        order = o[0];
    }
    return mv_tobytes_impl(m, order);
}

static KrObject *mv_hex(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrMemoryViewObject *m = MV(self);
    if (check_released(m) < 0)
        return NULL;
    /* bytes.hex does the formatting (sep, bytes_per_sep) on a C-order copy */
    KrObject *b = mv_tobytes_impl(m, 'C');
    KrObject *meth = b ? kr_object_getattr_str(b, "hex") : NULL;
    KrObject *r = meth ? kr_object_vectorcall(meth, args, nargs, kwnames) : NULL;
    kr_xdecref(meth);
    kr_xdecref(b);
    return r;
}

static KrObject *mv_release(KrObject *self, KrObject *unused)
{
    KrMemoryViewObject *m = MV(self);
    if (m->exports > 0)
        return kr_err_format(&KrExc_BufferError_Type, "memoryview has %zd exported buffer%s",
                             m->exports, m->exports > 1 ? "s" : "");
    mv_do_release(m);
    KR_RETURN_NONE;
}

static KrObject *mv_enter(KrObject *self, KrObject *unused)
{
    if (check_released(MV(self)) < 0)
        return NULL;
    return kr_newref(self);
}

static KrObject *mv_exit(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return mv_release(self, NULL);
}

static KrObject *mv_toreadonly(KrObject *self, KrObject *unused)
{
    KrMemoryViewObject *m = MV(self);
    if (check_released(m) < 0)
        return NULL;
    KrMemoryViewObject *n = mv_derive(m);
    if (n)
        n->readonly = 1;
    return KR_OBJ(n);
}

static KrObject *mv_cast(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"format", "shape", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_arg_parse("cast", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    KrMemoryViewObject *m = MV(self);
    if (check_released(m) < 0)
        return NULL;
    if (!KR_STR_CHECK(a[0]))
        return kr_err_format(KrExc_TypeError, "memoryview: format argument must be a string");
    const char *nf = kr_str_utf8(a[0]);
    if (!nf)
        return NULL;
    if (!is_c_contig(m))
        return kr_err_format(KrExc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    const char *dst = native_format(nf);
    if (!dst)
        return kr_err_format(KrExc_ValueError,
                             "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    const char *src = native_format(m->format);
    bool src_byte = src && strchr("Bbc", src[0]);
    bool dst_byte = strchr("Bbc", dst[0]) != NULL;
    if (!src_byte && !dst_byte)
        return kr_err_format(KrExc_TypeError, "memoryview: cannot cast between two non-byte formats");
    KrObject *shape = a[1];
    if (shape && !KR_TUPLE_CHECK(shape) && !KR_LIST_CHECK(shape))
        return kr_err_format(KrExc_TypeError, "shape must be a list or a tuple");
    if (shape && m->ndim != 1 && kr_object_size(shape) != 1)
        return kr_err_format(KrExc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    ssize_t isz = format_size(dst[0]);
    KrMemoryViewObject *n = mv_derive(m);
    if (!n)
        return NULL;
    snprintf(n->format, sizeof n->format, "%s", nf);
    n->itemsize = isz;
    if (shape) {
        ssize_t nd = kr_object_size(shape);
        if (nd < 0) {
            kr_decref(KR_OBJ(n));
            return NULL;
        }
        if (nd > KR_MV_MAXDIM) {
            kr_decref(KR_OBJ(n));
            return kr_err_format(KrExc_ValueError, "memoryview: number of dimensions must not exceed 64");
        }
        if (set_ndim(n, (int)nd) < 0) {
            kr_decref(KR_OBJ(n));
            return NULL;
        }
        ssize_t prod = 1;
        for (ssize_t i = 0; i < nd; i++) {
            KrObject *d = KR_TUPLE_CHECK(shape) ? KR_TUPLE_GET(shape, i) : KR_LIST_GET(shape, i);
            if (!KR_INT_CHECK(d)) {
                kr_decref(KR_OBJ(n));
                return kr_err_format(KrExc_TypeError, "memoryview.cast(): elements of shape must be integers");
            }
            ssize_t v = kr_int_as_ssize(d);
            if (v <= 0) {
                kr_decref(KR_OBJ(n));
                if (v == -1 && kr_err_occurred())
                    return NULL;
                return kr_err_format(KrExc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            }
            n->shape[i] = v;
            /* checked before multiplying: the product of huge dimensions
             * must not overflow */
            if (v > PTRDIFF_MAX / prod) {
                kr_decref(KR_OBJ(n));
                return kr_err_format(KrExc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
            }
            prod *= v;
        }
        if (m->len % isz || prod != m->len / isz) {
            kr_decref(KR_OBJ(n));
            return kr_err_format(KrExc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
        }
    } else {
        if (m->len % isz) {
            kr_decref(KR_OBJ(n));
            return kr_err_format(KrExc_TypeError, "memoryview: length is not a multiple of itemsize");
        }
        if (set_ndim(n, 1) < 0) {
            kr_decref(KR_OBJ(n));
            return NULL;
        }
        n->shape[0] = m->len / isz;
    }
    init_strides_c(n);
    return KR_OBJ(n);
}

/* ---- comparison and hashing ---- */
static bool equal_views(KrMemoryViewObject *a, KrMemoryViewObject *b, int *err)
{
    *err = 0;
    if (a->ndim != b->ndim)
        return false;
    for (int i = 0; i < a->ndim; i++)
        if (a->shape[i] != b->shape[i])
            return false;
    const char *fa = native_format(a->format), *fb = native_format(b->format);
    if (fa && fb && fa[0] == fb[0] && fa[0] != 'f' && fa[0] != 'd' && fa[0] != 'e') {
        KrObject *x = mv_tobytes_impl(a, 'C'), *y = mv_tobytes_impl(b, 'C');
        bool eq = x && y && KR_BYTES_LEN(x) == KR_BYTES_LEN(y) &&
                  memcmp(KR_BYTES_DATA(x), KR_BYTES_DATA(y), (size_t)KR_BYTES_LEN(x)) == 0;
        if (!x || !y)
            *err = 1;
        kr_xdecref(x);
        kr_xdecref(y);
        return eq;
    }
    if (!fa || !fb)
        return false;
    /* compare item values (1 == 1.0, nan != nan) through lists */
    KrObject *x = tolist_rec(a, fa, 0, a->start), *y = tolist_rec(b, fb, 0, b->start);
    int r = (x && y) ? kr_object_richcompare_bool(x, y, KR_EQ) : -1;
    kr_xdecref(x);
    kr_xdecref(y);
    if (r < 0) {
        *err = 1;
        return false;
    }
    return r == 1;
}

static KrObject *mv_richcompare(KrObject *a, KrObject *b, int op)
{
    if (op != KR_EQ && op != KR_NE)
        KR_RETURN_NOTIMPL;
    KrMemoryViewObject *m = MV(a);
    if (a == b)
        return kr_newref(kr_bool_from(op == KR_EQ));
    KrObject *other = NULL;
    if (KR_TYPE(b) == &KrMemoryView_Type) {
        other = kr_newref(b);
    } else if (KR_TYPE(b)->tp_as_buffer && KR_TYPE(b)->tp_as_buffer->bf_getbuffer) {
        other = mv_from_object(b);
        if (!other) {
            kr_err_clear();
            KR_RETURN_NOTIMPL;
        }
    } else {
        KR_RETURN_NOTIMPL;
    }
    KrMemoryViewObject *o = MV(other);
    bool eq;
    if (m->released || o->released) {
        eq = false;
    } else {
        int err;
        eq = equal_views(m, o, &err);
        if (err) {
            kr_decref(other);
            return NULL;
        }
    }
    kr_decref(other);
    return kr_newref(kr_bool_from(op == KR_EQ ? eq : !eq));
}

static kr_hash_t mv_hash(KrObject *self)
{
    KrMemoryViewObject *m = MV(self);
    if (m->hash != -1)
        return m->hash;
    if (check_released(m) < 0)
        return -1;
    if (!m->readonly) {
        kr_err_set_string(KrExc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    const char *f = native_format(m->format);
    if (!f || !strchr("Bbc", f[0])) {
        kr_err_set_string(KrExc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    KrObject *b = mv_tobytes_impl(m, 'C');
    if (!b)
        return -1;
    m->hash = kr_object_hash(b);
    kr_decref(b);
    return m->hash;
}

static KrObject *mv_repr(KrObject *self)
{
    if (MV(self)->released)
        return kr_str_from_format("<released memory at %p>", self);
    return kr_str_from_format("<memory at %p>", self);
}

static KrObject *mv_iter(KrObject *self)
{
    KrMemoryViewObject *m = MV(self);
    if (check_released(m) < 0)
        return NULL;
    if (m->ndim == 0)
        return kr_err_format(KrExc_TypeError, "invalid indexing of 0-dim memory");
    if (m->ndim > 1)
        return kr_err_format(KrExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    return kr_seqiter_new(self);
}

/* ---- attributes ---- */
static KrObject *tuple_of(const ssize_t *v, int n)
{
    KrObject *t = kr_tuple_new(n);
    for (int i = 0; t && i < n; i++) {
        KrObject *x = kr_int_from_ssize(v[i]);
        if (!x) {
            kr_decref(t);
            return NULL;
        }
        KR_TUPLE_SET(t, i, x);
    }
    return t;
}

#define MV_GETTER(name, expr) \
    static KrObject *name(KrObject *self, void *c) { \
        KrMemoryViewObject *m = MV(self); \
        if (check_released(m) < 0) return NULL; \
        return expr; \
    }
MV_GETTER(mv_get_obj, kr_newref(m->master.obj))
MV_GETTER(mv_get_nbytes, kr_int_from_ssize(m->len))
MV_GETTER(mv_get_readonly, kr_newref(kr_bool_from(m->readonly)))
MV_GETTER(mv_get_itemsize, kr_int_from_ssize(m->itemsize))
MV_GETTER(mv_get_format, kr_str_from_cstr(m->format))
MV_GETTER(mv_get_ndim, kr_int_from_long(m->ndim))
MV_GETTER(mv_get_shape, tuple_of(m->shape, m->ndim))
MV_GETTER(mv_get_strides, tuple_of(m->strides, m->ndim))
MV_GETTER(mv_get_suboffsets, kr_tuple_pack(0))
MV_GETTER(mv_get_c_contig, kr_newref(kr_bool_from(is_c_contig(m))))
MV_GETTER(mv_get_f_contig, kr_newref(kr_bool_from(is_f_contig(m))))
MV_GETTER(mv_get_contig, kr_newref(kr_bool_from(is_c_contig(m) || is_f_contig(m))))

static KrObject *mv_get_released(KrObject *self, void *c)
{
    return kr_newref(kr_bool_from(MV(self)->released));
}

static KrGetSetDef mv_getset[] = {
    {"obj", mv_get_obj, NULL, NULL, NULL},
    {"nbytes", mv_get_nbytes, NULL, NULL, NULL},
    {"readonly", mv_get_readonly, NULL, NULL, NULL},
    {"itemsize", mv_get_itemsize, NULL, NULL, NULL},
    {"format", mv_get_format, NULL, NULL, NULL},
    {"ndim", mv_get_ndim, NULL, NULL, NULL},
    {"shape", mv_get_shape, NULL, NULL, NULL},
    {"strides", mv_get_strides, NULL, NULL, NULL},
    {"suboffsets", mv_get_suboffsets, NULL, NULL, NULL},
    {"c_contiguous", mv_get_c_contig, NULL, NULL, NULL},
    {"f_contiguous", mv_get_f_contig, NULL, NULL, NULL},
    {"contiguous", mv_get_contig, NULL, NULL, NULL},
    {"released", mv_get_released, NULL, NULL, NULL},
    {NULL},
};

static KrMethodDef mv_methods[] = {
    {"tolist", KR_CFUNC(mv_tolist), KR_METH_NOARGS, NULL},
    {"tobytes", KR_CFUNC(mv_tobytes), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"hex", KR_CFUNC(mv_hex), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"release", KR_CFUNC(mv_release), KR_METH_NOARGS, NULL},
    {"cast", KR_CFUNC(mv_cast), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"toreadonly", KR_CFUNC(mv_toreadonly), KR_METH_NOARGS, NULL},
    {"__enter__", KR_CFUNC(mv_enter), KR_METH_NOARGS, NULL},
    {"__exit__", KR_CFUNC(mv_exit), KR_METH_FASTCALL, NULL},
    {NULL},
};

static KrMappingMethods mv_as_mapping = {mv_length, mv_subscript, mv_ass_subscript};
static KrSequenceMethods mv_as_sequence = {.sq_length = mv_length};

KrTypeObject KrMemoryView_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "memoryview",
    .tp_basicsize = sizeof(KrMemoryViewObject),
    .tp_dealloc = mv_dealloc,
    .tp_repr = mv_repr,
    .tp_as_sequence = &mv_as_sequence,
    .tp_as_mapping = &mv_as_mapping,
    .tp_hash = mv_hash,
    .tp_as_buffer = &mv_as_buffer,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_SEQUENCE,
    .tp_traverse = mv_traverse,
    .tp_clear = mv_clear,
    .tp_richcompare = mv_richcompare,
    .tp_weaklistoffset = offsetof(KrMemoryViewObject, weakreflist),
    .tp_iter = mv_iter,
    .tp_methods = mv_methods,
    .tp_getset = mv_getset,
    .tp_new = mv_tp_new,
};

KrObject *kr_memoryview_from_object(KrObject *o)
{
    return mv_from_object(o);
}
