/* arraymodule.c: the array module: compact arrays of one C number type.
 *
 * Items live in one contiguous block, exported through the buffer
 * protocol with the typecode as the struct format, so memoryview and
 * struct see the same memory without copying.  Like bytearray, an array
 * refuses to change size while a buffer of it is exported.
 */
#include <math.h>
#include "kr.h"
#include "object/weakref.h"

typedef struct KrArrayObject {
    KrObject_VAR_HEAD        /* ob_size: number of items */
    char typecode;
    ssize_t itemsize;
    char *items;
    ssize_t allocated;       /* items of room */
    ssize_t exports;
    KrObject *weakreflist;
} KrArrayObject;

extern KrTypeObject KrArray_Type, KrArrayIter_Type;
#define ARR(o) ((KrArrayObject *)(o))
#define ARRAY_CHECK(o) KR_TYPE_CHECK(o, &KrArray_Type)

static const char TYPECODES[] = "bBuhHiIlLqQfd";

static ssize_t code_size(char c)
{
    switch (c) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'u': case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    }
    return 0;
}

static KrObject *get_item(KrArrayObject *a, ssize_t i)
{
    char *p = a->items + i * a->itemsize;
    switch (a->typecode) {
    case 'b': return kr_int_from_long(*(signed char *)p);
    case 'B': return kr_int_from_long(*(unsigned char *)p);
    case 'h': { int16_t v; memcpy(&v, p, 2); return kr_int_from_long(v); }
    case 'H': { uint16_t v; memcpy(&v, p, 2); return kr_int_from_long(v); }
    case 'i': { int32_t v; memcpy(&v, p, 4); return kr_int_from_long(v); }
    case 'I': { uint32_t v; memcpy(&v, p, 4); return kr_int_from_u64(v); }
    case 'l': case 'q': { int64_t v; memcpy(&v, p, 8); return kr_int_from_i64(v); }
    case 'L': case 'Q': { uint64_t v; memcpy(&v, p, 8); return kr_int_from_u64(v); }
    case 'f': { float v; memcpy(&v, p, 4); return kr_float_from_double(v); }
    case 'd': { double v; memcpy(&v, p, 8); return kr_float_from_double(v); }
    case 'u': { uint32_t v; memcpy(&v, p, 4); return kr_str_from_codepoint(v); }
    }
    return NULL;
}

static int overflow(const char *msg)
{
    kr_err_set_string(KrExc_OverflowError, msg);
    return -1;
}

/* store v at p as typecode c; no partial writes on error */
static int set_raw(char c, char *p, KrObject *v)
{
    if (c == 'f' || c == 'd') {
        if (!KR_FLOAT_CHECK(v) && !KR_INT_CHECK(v) && !kr_index_check(v)) {
            kr_err_format(KrExc_TypeError, "must be real number, not %s", kr_object_type_name(v));
            return -1;
        }
        double d = kr_float_as_double(v);
        if (d == -1.0 && kr_err_occurred())
            return -1;
        if (c == 'f') {
            float f = (float)d;
            memcpy(p, &f, 4);
        } else {
            memcpy(p, &d, 8);
        }
        return 0;
    }
    if (c == 'u') {
        if (!KR_STR_CHECK(v) || KR_STR_LEN(v) != 1) {
            kr_err_format(KrExc_TypeError, "array item must be unicode character");
            return -1;
        }
        uint32_t cp = KR_STR_READ(v, 0);
        memcpy(p, &cp, 4);
        return 0;
    }
    if (KR_FLOAT_CHECK(v)) {
        kr_err_set_string(KrExc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    KrObject *iv = KR_INT_CHECK(v) ? kr_newref(v) : kr_number_index(v);
    if (!iv)
        return -1;
    int64_t sv;
    int fits = kr_int_fits_i64(iv, &sv);
    int neg = kr_int_sign(iv) < 0;
    size_t bits = kr_int_bit_length(iv);
    uint64_t uv = (!neg && bits <= 64) ? kr_int_as_u64_mask(iv) : 0;
    kr_decref(iv);
    switch (c) {
    case 'b':
        if (!fits || sv < -128) return overflow("signed char is less than minimum");
        if (sv > 127) return overflow("signed char is greater than maximum");
        *p = (char)sv;
        return 0;
    case 'B':
        if (neg) return overflow("unsigned byte integer is less than minimum");
        if (!fits || sv > 255) return overflow("unsigned byte integer is greater than maximum");
        *p = (char)sv;
        return 0;
    case 'h': {
        if (!fits || sv < INT16_MIN) return overflow("signed short integer is less than minimum");
        if (sv > INT16_MAX) return overflow("signed short integer is greater than maximum");
        int16_t x = (int16_t)sv; memcpy(p, &x, 2); return 0;
    }
    case 'H': {
        if (neg) return overflow("unsigned short is less than minimum");
        if (!fits || sv > UINT16_MAX) return overflow("unsigned short is greater than maximum");
        uint16_t x = (uint16_t)sv; memcpy(p, &x, 2); return 0;
    }
    case 'i': {
        if (!fits || sv < INT32_MIN) return overflow("signed integer is less than minimum");
        if (sv > INT32_MAX) return overflow("signed integer is greater than maximum");
        int32_t x = (int32_t)sv; memcpy(p, &x, 4); return 0;
    }
    case 'I': {
        if (neg) return overflow("can't convert negative value to unsigned int");
        if (!fits || sv > UINT32_MAX) return overflow("unsigned int is greater than maximum");
        uint32_t x = (uint32_t)sv; memcpy(p, &x, 4); return 0;
    }
    case 'l': case 'q':
        if (!fits) return overflow("Python int too large to convert to C long");
        memcpy(p, &sv, 8);
        return 0;
    case 'L': case 'Q':
        if (neg) return overflow("can't convert negative value to unsigned int");
        if (bits > 64) return overflow("Python int too large to convert to C unsigned long");
        memcpy(p, &uv, 8);
        return 0;
    }
    return -1;
}

static int resize(KrArrayObject *a, ssize_t n)
{
    if (a->exports > 0 && n != KR_SIZE(a)) {
        kr_err_set_string(&KrExc_BufferError_Type, "cannot resize an array that is exporting buffers");
        return -1;
    }
    if (n > a->allocated || n < a->allocated / 4) {
        ssize_t cap = n + (n >> 4) + (n < 8 ? 3 : 6);
        if (cap > PTRDIFF_MAX / a->itemsize) {
            kr_err_nomemory();
            return -1;
        }
        char *items = kr_mem_realloc(a->items, (size_t)(cap * a->itemsize) + 1);
        if (!items) {
            kr_err_nomemory();
            return -1;
        }
        a->items = items;
        a->allocated = cap;
    }
    KR_SIZE(a) = n;
    return 0;
}

static KrArrayObject *array_alloc(KrTypeObject *t, char code, ssize_t n)
{
    KrArrayObject *a = (KrArrayObject *)kr_object_alloc(t, 0);
    if (!a)
        return NULL;
    a->typecode = code;
    a->itemsize = code_size(code);
    KR_SIZE(a) = 0;
    if (resize(a, n) < 0) {
        kr_decref(KR_OBJ(a));
        return NULL;
    }
    return a;
}

static int append_obj(KrArrayObject *a, KrObject *v)
{
    char tmp[8];
    if (set_raw(a->typecode, tmp, v) < 0)
        return -1;
    ssize_t n = KR_SIZE(a);
    if (resize(a, n + 1) < 0)
        return -1;
    memcpy(a->items + n * a->itemsize, tmp, (size_t)a->itemsize);
    return 0;
}

static int extend_iter(KrArrayObject *a, KrObject *it_src)
{
    KrObject *it = kr_object_getiter(it_src);
    if (!it)
        return -1;
    KrObject *v;
    while ((v = kr_iter_next(it)) != NULL) {
        int r = append_obj(a, v);
        kr_decref(v);
        if (r < 0) {
            kr_decref(it);
            return -1;
        }
    }
    kr_decref(it);
    return kr_err_occurred() ? -1 : 0;
}

static int frombytes_impl(KrArrayObject *a, const char *p, ssize_t n)
{
    if (n % a->itemsize) {
        kr_err_set_string(KrExc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    ssize_t old = KR_SIZE(a);
    /* a.extend(a): p points into the items the resize may move */
    const char *base = a->items;
    bool own = base && p >= base && p < base + old * a->itemsize;
    ptrdiff_t off = own ? p - base : 0;
    if (resize(a, old + n / a->itemsize) < 0)
        return -1;
    if (own)
        p = a->items + off;
    memmove(a->items + old * a->itemsize, p, (size_t)n);
    return 0;
}

static KrObject *array_tp_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kwnames && KR_TUPLE_LEN(kwnames))
        return kr_err_format(KrExc_TypeError, "array.array() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return kr_err_format(KrExc_TypeError, "array() takes at most 2 arguments (%zd given)", nargs);
    KrObject *tc = args[0];
    if (!KR_STR_CHECK(tc) || KR_STR_LEN(tc) != 1)
        return kr_err_format(KrExc_TypeError, "array() argument 1 must be a unicode character, not %s",
                             kr_object_type_name(tc));
    uint32_t c = KR_STR_READ(tc, 0);
    if (c > 127 || !strchr(TYPECODES, (int)c) || c == 0)
        return kr_err_format(KrExc_ValueError,
                             "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    KrArrayObject *a = array_alloc(t, (char)c, 0);
    if (!a)
        return NULL;
    if (nargs == 2) {
        KrObject *init = args[1];
        int r;
        if (KR_STR_CHECK(init)) {
            if (c != 'u') {
                kr_decref(KR_OBJ(a));
                return kr_err_format(KrExc_TypeError,
                                     "cannot use a str to initialize an array with typecode '%c'", (int)c);
            }
            r = extend_iter(a, init);
        } else if (KR_BYTES_CHECK(init) || KR_BYTEARRAY_CHECK(init)) {
            KrBuffer v;
            r = kr_object_get_buffer(init, &v, KR_BUF_SIMPLE);
            if (r == 0) {
                r = frombytes_impl(a, v.buf, v.len);
                kr_buffer_release(&v);
            }
        } else if (ARRAY_CHECK(init) && (uint32_t)ARR(init)->typecode == c) {
            r = frombytes_impl(a, ARR(init)->items, KR_SIZE(init) * a->itemsize);
        } else {
            r = extend_iter(a, init);
        }
        if (r < 0) {
            kr_decref(KR_OBJ(a));
            return NULL;
        }
    }
    return KR_OBJ(a);
}

static void array_dealloc(KrObject *o)
{
    KrArrayObject *a = ARR(o);
    if (a->weakreflist)
        kr_weakref_clear_refs(o);
    kr_mem_free(a->items);
    kr_object_free(o);   /* a heap subtype\'s type is released by subtype_dealloc */
}

/* ---- buffer protocol ---- */
static int array_getbuffer(KrObject *o, KrBuffer *view, int flags)
{
    KrArrayObject *a = ARR(o);
    static char fmts[][2] = {"b", "B", "w", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d"};
    const char *pos = strchr(TYPECODES, a->typecode);
    view->obj = kr_newref(o);
    view->buf = a->items;
    view->len = KR_SIZE(a) * a->itemsize;
    view->readonly = 0;
    view->itemsize = a->itemsize;
    view->format = fmts[pos - TYPECODES];
    view->ndim = 1;
    view->shape = &KR_SIZE(a);
    view->strides = &a->itemsize;
    view->suboffsets = NULL;
    view->internal = NULL;
    a->exports++;
    return 0;
}

static void array_releasebuffer(KrObject *o, KrBuffer *view)
{
    ARR(o)->exports--;
}

static KrBufferProcs array_as_buffer = {array_getbuffer, array_releasebuffer};

/* ---- sequence ---- */
static ssize_t array_len(KrObject *o) { return KR_SIZE(o); }

static KrObject *array_item(KrObject *o, ssize_t i)
{
    if (i < 0 || i >= KR_SIZE(o))
        return kr_err_format(KrExc_IndexError, "array index out of range");
    return get_item(ARR(o), i);
}

static KrObject *array_subscript(KrObject *o, KrObject *key)
{
    KrArrayObject *a = ARR(o);
    if (kr_index_check(key)) {
        ssize_t i = kr_number_as_ssize(key, KR_OBJ(KrExc_IndexError));
        if (i == -1 && kr_err_occurred())
            return NULL;
        if (i < 0)
            i += KR_SIZE(a);
        return array_item(o, i);
    }
    if (KR_SLICE_CHECK(key)) {
        ssize_t start, stop, step, n;
        if (kr_slice_get_indices(key, KR_SIZE(a), &start, &stop, &step, &n) < 0)
            return NULL;
        KrArrayObject *r = array_alloc(&KrArray_Type, a->typecode, n);
        if (!r)
            return NULL;
        for (ssize_t i = 0; i < n; i++)
            memcpy(r->items + i * a->itemsize, a->items + (start + i * step) * a->itemsize, (size_t)a->itemsize);
        return KR_OBJ(r);
    }
    return kr_err_format(KrExc_TypeError, "array indices must be integers");
}

static int array_ass_subscript(KrObject *o, KrObject *key, KrObject *v)
{
    KrArrayObject *a = ARR(o);
    if (kr_index_check(key)) {
        ssize_t i = kr_number_as_ssize(key, KR_OBJ(KrExc_IndexError));
        if (i == -1 && kr_err_occurred())
            return -1;
        if (i < 0)
            i += KR_SIZE(a);
        if (i < 0 || i >= KR_SIZE(a)) {
            kr_err_set_string(KrExc_IndexError,
                              v ? "array assignment index out of range" : "array assignment index out of range");
            return -1;
        }
        if (v)
            return set_raw(a->typecode, a->items + i * a->itemsize, v);
        if (a->exports) {
            kr_err_set_string(&KrExc_BufferError_Type, "cannot resize an array that is exporting buffers");
            return -1;
        }
        memmove(a->items + i * a->itemsize, a->items + (i + 1) * a->itemsize,
                (size_t)((KR_SIZE(a) - i - 1) * a->itemsize));
        return resize(a, KR_SIZE(a) - 1);
    }
    if (!KR_SLICE_CHECK(key)) {
        kr_err_set_string(KrExc_TypeError, "array indices must be integers");
        return -1;
    }
    ssize_t start, stop, step, n;
    if (kr_slice_get_indices(key, KR_SIZE(a), &start, &stop, &step, &n) < 0)
        return -1;
    if (!v) {
        /* delete the selected items, keeping order */
        if (n == 0)
            return 0;
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        ssize_t w = start;
        for (ssize_t r = start; r < KR_SIZE(a); r++) {
            if (r < start + step * n && (r - start) % step == 0)
                continue;
            memmove(a->items + w * a->itemsize, a->items + r * a->itemsize, (size_t)a->itemsize);
            w++;
        }
        return resize(a, w);
    }
    if (!ARRAY_CHECK(v)) {
        kr_err_format(KrExc_TypeError, "can only assign array (not \"%s\") to array slice",
                      kr_object_type_name(v));
        return -1;
    }
    KrArrayObject *src = ARR(v);
    if (src->typecode != a->typecode) {
        kr_err_set_string(KrExc_TypeError, "bad argument type for built-in operation");
        return -1;
    }
    ssize_t m = KR_SIZE(src);
    char *copy = kr_mem_alloc((size_t)(m * a->itemsize) + 1);
    if (!copy) {
        kr_err_nomemory();
        return -1;
    }
    memcpy(copy, src->items, (size_t)(m * a->itemsize));
    int rc = 0;
    if (step == 1) {
        ssize_t old = KR_SIZE(a);
        ssize_t newn = old - n + m;
        if (m > n && resize(a, newn) < 0) {
            rc = -1;
        } else {
            memmove(a->items + (start + m) * a->itemsize, a->items + (start + n) * a->itemsize,
                    (size_t)((old - start - n) * a->itemsize));
            memcpy(a->items + start * a->itemsize, copy, (size_t)(m * a->itemsize));
            if (m < n)
                rc = resize(a, newn);
        }
    } else if (m != n) {
        kr_err_format(KrExc_ValueError, "attempt to assign array of size %zd to extended slice of size %zd", m, n);
        rc = -1;
    } else {
        for (ssize_t i = 0; i < n; i++)
            memcpy(a->items + (start + i * step) * a->itemsize, copy + i * a->itemsize, (size_t)a->itemsize);
    }
    kr_mem_free(copy);
    return rc;
}

static int array_contains(KrObject *o, KrObject *v)
{
    for (ssize_t i = 0; i < KR_SIZE(o); i++) {
        KrObject *x = get_item(ARR(o), i);
        if (!x)
            return -1;
        int r = kr_object_richcompare_bool(x, v, KR_EQ);
        kr_decref(x);
        if (r != 0)
            return r;
    }
    return 0;
}

static KrObject *array_concat(KrObject *o, KrObject *b)
{
    if (!ARRAY_CHECK(b))
        return kr_err_format(KrExc_TypeError, "can only append array (not \"%s\") to array",
                             kr_object_type_name(b));
    if (ARR(b)->typecode != ARR(o)->typecode)
        return kr_err_format(KrExc_TypeError, "bad argument type for built-in operation");
    KrArrayObject *r = array_alloc(&KrArray_Type, ARR(o)->typecode, KR_SIZE(o) + KR_SIZE(b));
    if (!r)
        return NULL;
    memcpy(r->items, ARR(o)->items, (size_t)(KR_SIZE(o) * r->itemsize));
    memcpy(r->items + KR_SIZE(o) * r->itemsize, ARR(b)->items, (size_t)(KR_SIZE(b) * r->itemsize));
    return KR_OBJ(r);
}

static KrObject *array_repeat(KrObject *o, ssize_t n)
{
    if (n < 0)
        n = 0;
    ssize_t len = KR_SIZE(o);
    if (len && n > PTRDIFF_MAX / len / ARR(o)->itemsize)
        return kr_err_nomemory();
    KrArrayObject *r = array_alloc(&KrArray_Type, ARR(o)->typecode, len * n);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        memcpy(r->items + i * len * r->itemsize, ARR(o)->items, (size_t)(len * r->itemsize));
    return KR_OBJ(r);
}

static KrObject *array_inplace_concat(KrObject *o, KrObject *b)
{
    if (!ARRAY_CHECK(b))
        return kr_err_format(KrExc_TypeError, "can only extend array with array (not \"%s\")",
                             kr_object_type_name(b));
    if (ARR(b)->typecode != ARR(o)->typecode)
        return kr_err_format(KrExc_TypeError, "can only extend with array of same kind");
    if (frombytes_impl(ARR(o), ARR(b)->items, KR_SIZE(b) * ARR(b)->itemsize) < 0)
        return NULL;
    return kr_newref(o);
}

static KrObject *array_inplace_repeat(KrObject *o, ssize_t n)
{
    KrArrayObject *a = ARR(o);
    ssize_t len = KR_SIZE(a);
    if (n <= 0) {
        if (resize(a, 0) < 0)
            return NULL;
        return kr_newref(o);
    }
    if (len && n > PTRDIFF_MAX / len / a->itemsize)
        return kr_err_nomemory();
    if (resize(a, len * n) < 0)
        return NULL;
    for (ssize_t i = 1; i < n; i++)
        memcpy(a->items + i * len * a->itemsize, a->items, (size_t)(len * a->itemsize));
    return kr_newref(o);
}

/* ---- methods ---- */
static KrObject *m_append(KrObject *o, KrObject *v)
{
    if (append_obj(ARR(o), v) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *m_extend(KrObject *o, KrObject *v)
{
    if (ARRAY_CHECK(v)) {
        if (ARR(v)->typecode != ARR(o)->typecode)
            return kr_err_format(KrExc_TypeError, "can only extend with array of same kind");
        if (frombytes_impl(ARR(o), ARR(v)->items, KR_SIZE(v) * ARR(v)->itemsize) < 0)
            return NULL;
        KR_RETURN_NONE;
    }
    if (extend_iter(ARR(o), v) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *m_insert(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("insert", nargs, 2, 2) < 0)
        return NULL;
    KrArrayObject *a = ARR(o);
    ssize_t i = kr_number_as_ssize(args[0], NULL);
    if (i == -1 && kr_err_occurred())
        return NULL;
    ssize_t n = KR_SIZE(a);
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    char tmp[8];
    if (set_raw(a->typecode, tmp, args[1]) < 0 || resize(a, n + 1) < 0)
        return NULL;
    memmove(a->items + (i + 1) * a->itemsize, a->items + i * a->itemsize, (size_t)((n - i) * a->itemsize));
    memcpy(a->items + i * a->itemsize, tmp, (size_t)a->itemsize);
    KR_RETURN_NONE;
}

static KrObject *m_pop(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("pop", nargs, 0, 1) < 0)
        return NULL;
    KrArrayObject *a = ARR(o);
    ssize_t i = -1;
    if (nargs) {
        i = kr_number_as_ssize(args[0], KR_OBJ(KrExc_IndexError));
        if (i == -1 && kr_err_occurred())
            return NULL;
    }
    if (KR_SIZE(a) == 0)
        return kr_err_format(KrExc_IndexError, "pop from empty array");
    if (i < 0)
        i += KR_SIZE(a);
    if (i < 0 || i >= KR_SIZE(a))
        return kr_err_format(KrExc_IndexError, "pop index out of range");
    KrObject *v = get_item(a, i);
    if (!v)
        return NULL;
    if (a->exports) {
        kr_decref(v);
        return kr_err_format(&KrExc_BufferError_Type, "cannot resize an array that is exporting buffers");
    }
    memmove(a->items + i * a->itemsize, a->items + (i + 1) * a->itemsize,
            (size_t)((KR_SIZE(a) - i - 1) * a->itemsize));
    resize(a, KR_SIZE(a) - 1);
    return v;
}

static ssize_t find(KrObject *o, KrObject *v, ssize_t start, ssize_t stop)
{
    for (ssize_t i = start; i < stop && i < KR_SIZE(o); i++) {
        KrObject *x = get_item(ARR(o), i);
        if (!x)
            return -2;
        int r = kr_object_richcompare_bool(x, v, KR_EQ);
        kr_decref(x);
        if (r < 0)
            return -2;
        if (r)
            return i;
    }
    return -1;
}

static KrObject *m_remove(KrObject *o, KrObject *v)
{
    ssize_t i = find(o, v, 0, KR_SIZE(o));
    if (i == -2)
        return NULL;
    if (i < 0)
        return kr_err_format(KrExc_ValueError, "array.remove(x): x not in array");
    KrObject *idx = kr_int_from_ssize(i);
    int r = idx ? array_ass_subscript(o, idx, NULL) : -1;
    kr_xdecref(idx);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *m_index(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("index", nargs, 1, 3) < 0)
        return NULL;
    ssize_t n = KR_SIZE(o), start = 0, stop = n;
    if (nargs > 1) {
        start = kr_number_as_ssize(args[1], NULL);
        if (start == -1 && kr_err_occurred()) return NULL;
        if (start < 0 && (start += n) < 0) start = 0;
    }
    if (nargs > 2) {
        stop = kr_number_as_ssize(args[2], NULL);
        if (stop == -1 && kr_err_occurred()) return NULL;
        if (stop < 0 && (stop += n) < 0) stop = 0;
    }
    ssize_t i = find(o, args[0], start, stop);
    if (i == -2)
        return NULL;
    if (i < 0)
        return kr_err_format(KrExc_ValueError, "array.index(x): x not in array");
    return kr_int_from_ssize(i);
}

static KrObject *m_count(KrObject *o, KrObject *v)
{
    ssize_t c = 0;
    for (ssize_t i = 0; i < KR_SIZE(o); i++) {
        KrObject *x = get_item(ARR(o), i);
        if (!x)
            return NULL;
        int r = kr_object_richcompare_bool(x, v, KR_EQ);
        kr_decref(x);
        if (r < 0)
            return NULL;
        c += r;
    }
    return kr_int_from_ssize(c);
}

static KrObject *m_reverse(KrObject *o, KrObject *u)
{
    KrArrayObject *a = ARR(o);
    char tmp[8];
    for (ssize_t i = 0, j = KR_SIZE(a) - 1; i < j; i++, j--) {
        memcpy(tmp, a->items + i * a->itemsize, (size_t)a->itemsize);
        memcpy(a->items + i * a->itemsize, a->items + j * a->itemsize, (size_t)a->itemsize);
        memcpy(a->items + j * a->itemsize, tmp, (size_t)a->itemsize);
    }
    KR_RETURN_NONE;
}

static KrObject *m_tobytes(KrObject *o, KrObject *u)
{
    return kr_bytes_from_data(ARR(o)->items, KR_SIZE(o) * ARR(o)->itemsize);
}

static KrObject *m_frombytes(KrObject *o, KrObject *v)
{
    if (KR_STR_CHECK(v))
        return kr_err_format(KrExc_TypeError, "a bytes-like object is required, not 'str'");
    KrBuffer view;
    if (kr_object_get_buffer(v, &view, KR_BUF_SIMPLE) < 0)
        return NULL;
    int r = frombytes_impl(ARR(o), view.buf, view.len);
    kr_buffer_release(&view);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *m_tolist(KrObject *o, KrObject *u)
{
    KrObject *l = kr_list_new(KR_SIZE(o));
    for (ssize_t i = 0; l && i < KR_SIZE(o); i++) {
        KrObject *x = get_item(ARR(o), i);
        if (!x) {
            kr_decref(l);
            return NULL;
        }
        KR_LIST_SET(l, i, x);
    }
    return l;
}

static KrObject *m_fromlist(KrObject *o, KrObject *v)
{
    if (!KR_LIST_CHECK(v))
        return kr_err_format(KrExc_TypeError, "arg must be list");
    ssize_t old = KR_SIZE(o);
    for (ssize_t i = 0; i < KR_LIST_LEN(v); i++) {
        if (append_obj(ARR(o), KR_LIST_GET(v, i)) < 0) {
            resize(ARR(o), old);
            return NULL;
        }
    }
    KR_RETURN_NONE;
}

static KrObject *m_fromunicode(KrObject *o, KrObject *v)
{
    if (ARR(o)->typecode != 'u')
        return kr_err_format(KrExc_ValueError, "fromunicode() may only be called on unicode type arrays");
    if (!KR_STR_CHECK(v))
        return kr_err_format(KrExc_TypeError, "fromunicode() argument must be str, not %s", kr_object_type_name(v));
    if (extend_iter(ARR(o), v) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *m_tounicode(KrObject *o, KrObject *u)
{
    if (ARR(o)->typecode != 'u')
        return kr_err_format(KrExc_ValueError, "tounicode() may only be called on unicode type arrays");
    return kr_str_from_ucs4((const uint32_t *)ARR(o)->items, KR_SIZE(o));
}

static KrObject *m_byteswap(KrObject *o, KrObject *u)
{
    KrArrayObject *a = ARR(o);
    for (ssize_t i = 0; i < KR_SIZE(a); i++) {
        char *p = a->items + i * a->itemsize;
        for (ssize_t x = 0, y = a->itemsize - 1; x < y; x++, y--) {
            char t = p[x];
            p[x] = p[y];
            p[y] = t;
        }
    }
    KR_RETURN_NONE;
}

static KrObject *m_buffer_info(KrObject *o, KrObject *u)
{
    KrObject *p = kr_int_from_size((size_t)(uintptr_t)ARR(o)->items);
    KrObject *n = kr_int_from_ssize(KR_SIZE(o));
    KrObject *r = (p && n) ? kr_tuple_pack(2, p, n) : NULL;
    kr_xdecref(p);
    kr_xdecref(n);
    return r;
}

static KrObject *m_copy(KrObject *o, KrObject *u)
{
    KrArrayObject *r = array_alloc(&KrArray_Type, ARR(o)->typecode, 0);
    if (r && frombytes_impl(r, ARR(o)->items, KR_SIZE(o) * r->itemsize) < 0)
        KR_CLEAR(r);
    return KR_OBJ(r);
}

static KrObject *m_sizeof(KrObject *o, KrObject *u)
{
    return kr_int_from_ssize((ssize_t)sizeof(KrArrayObject) + ARR(o)->allocated * ARR(o)->itemsize);
}

static KrObject *get_typecode(KrObject *o, void *c)
{
    char s[2] = {ARR(o)->typecode, 0};
    return kr_str_from_cstr(s);
}

static KrObject *get_itemsize(KrObject *o, void *c) { return kr_int_from_ssize(ARR(o)->itemsize); }

static KrObject *array_repr(KrObject *o)
{
    KrArrayObject *a = ARR(o);
    if (KR_SIZE(a) == 0)
        return kr_str_from_format("%s('%c')", kr_object_type_name(o), a->typecode);
    KrObject *inner = a->typecode == 'u' ? m_tounicode(o, NULL) : m_tolist(o, NULL);
    if (!inner)
        return NULL;
    KrObject *r = kr_str_from_format("%s('%c', %R)", kr_object_type_name(o), a->typecode, inner);
    kr_decref(inner);
    return r;
}

static KrObject *array_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!ARRAY_CHECK(a) || !ARRAY_CHECK(b))
        KR_RETURN_NOTIMPL;
    ssize_t na = KR_SIZE(a), nb = KR_SIZE(b);
    if ((op == KR_EQ || op == KR_NE) && na != nb)
        return kr_newref(kr_bool_from(op == KR_NE));
    ssize_t i;
    for (i = 0; i < na && i < nb; i++) {
        KrObject *x = get_item(ARR(a), i), *y = get_item(ARR(b), i);
        int eq = (x && y) ? kr_object_richcompare_bool(x, y, KR_EQ) : -1;
        if (eq == 0) {
            KrObject *r = kr_object_richcompare(x, y, op);
            kr_decref(x);
            kr_decref(y);
            return r;
        }
        kr_xdecref(x);
        kr_xdecref(y);
        if (eq < 0)
            return NULL;
    }
    int c;
    switch (op) {
    case KR_LT: c = na < nb; break;
    case KR_LE: c = na <= nb; break;
    case KR_EQ: c = na == nb; break;
    case KR_NE: c = na != nb; break;
    case KR_GT: c = na > nb; break;
    default: c = na >= nb; break;
    }
    return kr_newref(kr_bool_from(c));
}

static KrObject *array_reduce_ex(KrObject *o, KrObject *arg)
{
    return kr_err_format(KrExc_NotImplementedError, "pickling arrays is not supported yet");
}

static KrMethodDef array_methods[] = {
    {"append", KR_CFUNC(m_append), KR_METH_O, NULL},
    {"extend", KR_CFUNC(m_extend), KR_METH_O, NULL},
    {"insert", KR_CFUNC(m_insert), KR_METH_FASTCALL, NULL},
    {"pop", KR_CFUNC(m_pop), KR_METH_FASTCALL, NULL},
    {"remove", KR_CFUNC(m_remove), KR_METH_O, NULL},
    {"index", KR_CFUNC(m_index), KR_METH_FASTCALL, NULL},
    {"count", KR_CFUNC(m_count), KR_METH_O, NULL},
    {"reverse", KR_CFUNC(m_reverse), KR_METH_NOARGS, NULL},
    {"tobytes", KR_CFUNC(m_tobytes), KR_METH_NOARGS, NULL},
    {"frombytes", KR_CFUNC(m_frombytes), KR_METH_O, NULL},
    {"tolist", KR_CFUNC(m_tolist), KR_METH_NOARGS, NULL},
    {"fromlist", KR_CFUNC(m_fromlist), KR_METH_O, NULL},
    {"fromunicode", KR_CFUNC(m_fromunicode), KR_METH_O, NULL},
    {"tounicode", KR_CFUNC(m_tounicode), KR_METH_NOARGS, NULL},
    {"byteswap", KR_CFUNC(m_byteswap), KR_METH_NOARGS, NULL},
    {"buffer_info", KR_CFUNC(m_buffer_info), KR_METH_NOARGS, NULL},
    {"__copy__", KR_CFUNC(m_copy), KR_METH_NOARGS, NULL},
    {"__sizeof__", KR_CFUNC(m_sizeof), KR_METH_NOARGS, NULL},
    {"__reduce_ex__", KR_CFUNC(array_reduce_ex), KR_METH_O, NULL},
    {NULL},
};

static KrGetSetDef array_getset[] = {
    {"typecode", get_typecode, NULL, NULL, NULL},
    {"itemsize", get_itemsize, NULL, NULL, NULL},
    {NULL},
};

static KrSequenceMethods array_as_sequence = {
    .sq_length = array_len,
    .sq_concat = array_concat,
    .sq_repeat = array_repeat,
    .sq_item = array_item,
    .sq_contains = array_contains,
    .sq_inplace_concat = array_inplace_concat,
    .sq_inplace_repeat = array_inplace_repeat,
};

static KrMappingMethods array_as_mapping = {array_len, array_subscript, array_ass_subscript};

/* iterator */
typedef struct { KrObject_HEAD KrObject *arr; ssize_t i; } ArrayIter;

static KrObject *array_iter(KrObject *o)
{
    ArrayIter *it = (ArrayIter *)kr_object_alloc(&KrArrayIter_Type, 0);
    if (!it)
        return NULL;
    it->arr = kr_newref(o);
    kr_gc_track(KR_OBJ(it));
    return KR_OBJ(it);
}

static KrObject *arrayiter_next(KrObject *o)
{
    ArrayIter *it = (ArrayIter *)o;
    if (!it->arr)
        return NULL;
    if (it->i < KR_SIZE(it->arr))
        return get_item(ARR(it->arr), it->i++);
    KR_CLEAR(it->arr);
    return NULL;
}

static int arrayiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((ArrayIter *)o)->arr);
    return 0;
}

static int arrayiter_clear(KrObject *o)
{
    KR_CLEAR(((ArrayIter *)o)->arr);
    return 0;
}

static void arrayiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    arrayiter_clear(o);
    kr_object_free(o);
}

KrTypeObject KrArrayIter_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "array.arrayiterator",
    .tp_basicsize = sizeof(ArrayIter),
    .tp_dealloc = arrayiter_dealloc,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = arrayiter_traverse,
    .tp_clear = arrayiter_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = arrayiter_next,
};

KrTypeObject KrArray_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "array.array",
    .tp_basicsize = sizeof(KrArrayObject),
    .tp_dealloc = array_dealloc,
    .tp_repr = array_repr,
    .tp_as_sequence = &array_as_sequence,
    .tp_as_mapping = &array_as_mapping,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_as_buffer = &array_as_buffer,
    .tp_flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_SEQUENCE,
    .tp_richcompare = array_richcompare,
    .tp_weaklistoffset = offsetof(KrArrayObject, weakreflist),
    .tp_iter = array_iter,
    .tp_methods = array_methods,
    .tp_getset = array_getset,
    .tp_new = array_tp_new,
};

KrObject *kr_array_module_init(void)
{
    KrObject *m = kr_module_new_cstr("array");
    if (!m)
        return NULL;
    if (kr_module_add_object(m, "array", kr_newref(KR_OBJ(&KrArray_Type))) < 0 ||
        kr_module_add_object(m, "ArrayType", kr_newref(KR_OBJ(&KrArray_Type))) < 0 ||
        kr_module_add_object(m, "typecodes", kr_str_from_cstr(TYPECODES)) < 0) {
        kr_decref(m);
        return NULL;
    }
    return m;
}
