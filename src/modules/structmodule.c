/* structmodule.c: the _struct module (lib/struct.py re-exports it):
 * packing Python values into C structs held in bytes, and back.
 *
 * A format string is compiled once into a list of codes (KrStructObject),
 * with CPython's rules: the first character chooses byte order, size and
 * alignment ('@' native with padding, '=' native without, '<' little, '>'
 * and '!' big); a count prefixes a code ("4s" is one 4-byte string, "3i"
 * three ints).  Standard sizes apply to every order except '@'.
 */
#include <math.h>
#include "kr.h"

typedef struct {
    char code;
    ssize_t count;      /* repeat count, or string length for 's'/'p' */
    ssize_t offset;
    ssize_t size;       /* bytes of one item */
} StructCode;

typedef struct KrStructObject {
    KrObject_HEAD
    char order;         /* '@' '=' '<' '>' */
    ssize_t size;
    ssize_t nitems;     /* values packed/unpacked */
    StructCode *codes;
    ssize_t ncodes;
    KrObject *format;   /* str */
    KrObject *weakreflist;
} KrStructObject;

extern KrTypeObject KrStruct_Type;
static KrObject *struct_error_type(void);

static KrObject *err(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    KrObject *msg = kr_str_from_vformat(fmt, ap);
    va_end(ap);
    if (msg) {
        KrObject *e = struct_error_type();
        if (e)
            kr_err_set_object((KrTypeObject *)e, msg);
        kr_xdecref(e);
        kr_decref(msg);
    }
    return NULL;
}

/* struct.error lives in the module; find it via sys.modules */
static KrObject *struct_error_type(void)
{
    KrObject *m = kr_dict_get_cstr(kr_interp()->modules, "_struct");
    KrObject *e = m ? kr_dict_get_cstr(kr_module_dict(m), "error") : NULL;
    if (e)
        return kr_newref(e);
    return kr_newref(KR_OBJ(&KrExc_Exception_Type));
}

static ssize_t native_size(char c, ssize_t *align)
{
    ssize_t s;
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': s = 1; break;
    case 'h': case 'H': case 'e': s = 2; break;
    case 'i': case 'I': case 'f': s = 4; break;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': s = 8; break;
    default: return -1;
    }
    *align = s;
    return s;
}

static ssize_t std_size(char c)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    }
    return -1;
}

static int compile_format(KrStructObject *s, KrObject *fmtobj)
{
    const char *fmt;
    KrObject *fstr;
    if (KR_STR_CHECK(fmtobj)) {
        fstr = kr_newref(fmtobj);
    } else if (KR_BYTES_CHECK(fmtobj)) {
        fstr = kr_str_from_utf8(KR_BYTES_DATA(fmtobj), KR_BYTES_LEN(fmtobj));
        if (!fstr)
            return -1;
    } else {
        kr_err_format(KrExc_TypeError, "Struct() argument 1 must be a str or bytes object, not %T", fmtobj);
        return -1;
    }
    fmt = kr_str_utf8(fstr);
    if (!fmt) {
        kr_decref(fstr);
        return -1;
    }
    s->format = fstr;
    const char *p = fmt;
    s->order = '@';
    if (*p && strchr("@=<>!", *p)) {
        s->order = *p == '!' ? '>' : *p;
        p++;
    }
    size_t cap = strlen(p) + 1;
    s->codes = kr_mem_alloc(sizeof(StructCode) * cap);
    if (!s->codes) {
        kr_err_nomemory();
        return -1;
    }
    ssize_t off = 0, nitems = 0;
    while (*p) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            p++;
            continue;
        }
        ssize_t count = 1;
        bool have_count = false;
        if (*p >= '0' && *p <= '9') {
            count = 0;
            while (*p >= '0' && *p <= '9') {
                if (count > (PTRDIFF_MAX - 9) / 10) {
                    err("total struct size too long");
                    return -1;
                }
                count = count * 10 + (*p - '0');
                p++;
            }
            have_count = true;
            if (!*p) {
                err("repeat count given without format specifier");
                return -1;
            }
        }
        char c = *p++;
        ssize_t size, align = 1;
        if (s->order == '@') {
            size = native_size(c, &align);
        } else {
            size = std_size(c);
            if (c == 'n' || c == 'N' || c == 'P')
                size = -1;
        }
        if (size < 0) {
            err("bad char in struct format");
            return -1;
        }
        if (s->order == '@' && c != 's' && c != 'p' && c != 'x')
            off = (off + align - 1) / align * align;
        (void)have_count;
        StructCode *sc = &s->codes[s->ncodes++];
        sc->code = c;
        sc->count = count;
        sc->offset = off;
        sc->size = size;
        if (c == 's' || c == 'p') {
            off += count;
            nitems += 1;
        } else if (c == 'x') {
            off += count;
        } else {
            if (count > 0 && size > PTRDIFF_MAX / count) {
                err("total struct size too long");
                return -1;
            }
            off += size * count;
            nitems += count;
        }
    }
    s->size = off;
    s->nitems = nitems;
    return 0;
}

static KrObject *struct_new_from_format(KrObject *fmt)
{
    KrStructObject *s = (KrStructObject *)kr_object_alloc(&KrStruct_Type, 0);
    if (!s)
        return NULL;
    if (compile_format(s, fmt) < 0) {
        kr_decref(KR_OBJ(s));
        return NULL;
    }
    return KR_OBJ(s);
}

static void struct_dealloc(KrObject *o)
{
    KrStructObject *s = (KrStructObject *)o;
    kr_mem_free(s->codes);
    kr_xdecref(s->format);
    kr_object_free(o);
}

/* ---- packing one value ---- */
static void put_uint(char *p, uint64_t v, ssize_t size, bool little)
{
    for (ssize_t i = 0; i < size; i++) {
        ssize_t at = little ? i : size - 1 - i;
        p[at] = (char)(v & 0xff);
        v >>= 8;
    }
}

static uint64_t get_uint(const char *p, ssize_t size, bool little)
{
    uint64_t v = 0;
    for (ssize_t i = 0; i < size; i++) {
        ssize_t at = little ? size - 1 - i : i;
        v = (v << 8) | (unsigned char)p[at];
    }
    return v;
}

static int get_integer(KrObject *v, char code, KrObject **out)
{
    if (KR_INT_CHECK(v)) {
        *out = kr_newref(v);
        return 0;
    }
    if (kr_index_check(v)) {
        *out = kr_number_index(v);
        return *out ? 0 : -1;
    }
    err("required argument is not an integer");
    return -1;
}

static double half_to_double(uint16_t h)
{
    int sgn = h >> 15, e = (h >> 10) & 31, m = h & 1023;
    double v = e == 0 ? ldexp(m, -24) : e == 31 ? (m ? NAN : INFINITY) : ldexp(m + 1024, e - 25);
    return sgn ? -v : v;
}

static int double_to_half(double d, uint16_t *out)
{
    uint16_t sign = signbit(d) ? 0x8000 : 0;
    if (isnan(d)) { *out = sign | 0x7e00; return 0; }
    d = fabs(d);
    if (isinf(d)) { *out = sign | 0x7c00; return 0; }
    if (d == 0) { *out = sign; return 0; }
    int e;
    double f = frexp(d, &e);
    if (e < -13) {
        *out = sign | (uint16_t)nearbyint(ldexp(d, 24));
        return 0;
    }
    double r = nearbyint(ldexp(f, 11));
    if (r >= 2048) { r /= 2; e++; }
    if (e > 16)
        return -1;
    *out = sign | (uint16_t)((e + 14) << 10) | ((uint16_t)r & 1023);
    return 0;
}

static int pack_one(const StructCode *sc, char order, char *p, KrObject *v)
{
    bool little = order == '<' || ((order == '@' || order == '=') && 1);
    ssize_t size = sc->size;
    char c = sc->code;
    switch (c) {
    case 'c':
        if (!KR_BYTES_CHECK(v) && !KR_BYTEARRAY_CHECK(v)) {
            err("char format requires a bytes object of length 1");
            return -1;
        }
        if ((KR_BYTES_CHECK(v) ? KR_BYTES_LEN(v) : KR_SIZE(v)) != 1) {
            err("char format requires a bytes object of length 1");
            return -1;
        }
        *p = KR_BYTES_CHECK(v) ? KR_BYTES_DATA(v)[0] : KR_BYTEARRAY_DATA(v)[0];
        return 0;
    case '?': {
        int t = kr_object_is_true(v);
        if (t < 0)
            return -1;
        *p = (char)t;
        return 0;
    }
    case 'e': case 'f': case 'd': {
        if (!KR_FLOAT_CHECK(v) && !KR_INT_CHECK(v) && !kr_index_check(v)) {
            KrObject *f = kr_number_float(v);
            if (!f) {
                kr_err_clear();
                err("required argument is not a float");
                return -1;
            }
            kr_decref(f);
        }
        double d = kr_float_as_double(v);
        if (d == -1.0 && kr_err_occurred())
            return -1;
        uint64_t bits;
        if (c == 'd') {
            memcpy(&bits, &d, 8);
        } else if (c == 'f') {
            float x = (float)d;
            if (isinf(x) && !isinf(d)) {
                kr_err_set_string(KrExc_OverflowError, "float too large to pack with f format");
                return -1;
            }
            uint32_t b32;
            memcpy(&b32, &x, 4);
            bits = b32;
        } else {
            uint16_t h;
            if (double_to_half(d, &h) < 0) {
                kr_err_set_string(KrExc_OverflowError, "float too large to pack with e format");
                return -1;
            }
            bits = h;
        }
        put_uint(p, bits, size, little);
        return 0;
    }
    default: {
        KrObject *iv;
        if (get_integer(v, c, &iv) < 0)
            return -1;
        bool is_signed = strchr("bhilqn", c) != NULL;
        int64_t sv;
        uint64_t uv;
        int fits = kr_int_fits_i64(iv, &sv);
        int bits = (int)(size * 8);
        if (is_signed) {
            int64_t lo = bits == 64 ? INT64_MIN : -((int64_t)1 << (bits - 1));
            int64_t hi = bits == 64 ? INT64_MAX : ((int64_t)1 << (bits - 1)) - 1;
            if (!fits || sv < lo || sv > hi) {
                kr_decref(iv);
                err("'%c' format requires %lld <= number <= %lld", c, (long long)lo, (long long)hi);
                return -1;
            }
            uv = (uint64_t)sv;
        } else {
            uint64_t hi = bits == 64 ? UINT64_MAX : (((uint64_t)1 << bits) - 1);
            if (kr_int_sign(iv) < 0 || kr_int_bit_length(iv) > (size_t)bits) {
                kr_decref(iv);
                err("'%c' format requires 0 <= number <= %llu", c, (unsigned long long)hi);
                return -1;
            }
            uv = kr_int_as_u64_mask(iv);
        }
        kr_decref(iv);
        put_uint(p, uv, size, little);
        return 0;
    }
    }
}

static KrObject *unpack_one(const StructCode *sc, char order, const char *p)
{
    bool little = order == '<' || order == '@' || order == '=';
    ssize_t size = sc->size;
    char c = sc->code;
    switch (c) {
    case 'c': return kr_bytes_from_data(p, 1);
    case '?': return kr_newref(kr_bool_from(*p != 0));
    case 'd': { uint64_t b = get_uint(p, 8, little); double d; memcpy(&d, &b, 8); return kr_float_from_double(d); }
    case 'f': { uint32_t b = (uint32_t)get_uint(p, 4, little); float f; memcpy(&f, &b, 4); return kr_float_from_double(f); }
    case 'e': return kr_float_from_double(half_to_double((uint16_t)get_uint(p, 2, little)));
    }
    uint64_t u = get_uint(p, size, little);
    if (strchr("bhilqn", c)) {
        int bits = (int)(size * 8);
        int64_t v = bits == 64 ? (int64_t)u : (int64_t)(u ^ ((uint64_t)1 << (bits - 1))) - ((int64_t)1 << (bits - 1));
        return kr_int_from_i64(v);
    }
    return kr_int_from_u64(u);
}

static int pack_into_buf(KrStructObject *s, char *buf, KrObject *const *args, ssize_t nargs)
{
    if (nargs != s->nitems) {
        err("pack expected %zd items for packing (got %zd)", s->nitems, nargs);
        return -1;
    }
    memset(buf, 0, (size_t)s->size);
    ssize_t ai = 0;
    for (ssize_t i = 0; i < s->ncodes; i++) {
        StructCode *sc = &s->codes[i];
        if (sc->code == 'x')
            continue;
        if (sc->code == 's' || sc->code == 'p') {
            KrObject *v = args[ai++];
            const char *data;
            ssize_t n;
            if (KR_BYTES_CHECK(v)) {
                data = KR_BYTES_DATA(v);
                n = KR_BYTES_LEN(v);
            } else if (KR_BYTEARRAY_CHECK(v)) {
                data = KR_BYTEARRAY_DATA(v);
                n = KR_SIZE(v);
            } else {
                err("argument for '%c' must be a bytes object", sc->code);
                return -1;
            }
            char *dst = buf + sc->offset;
            if (sc->code == 's') {
                memcpy(dst, data, (size_t)KR_MIN(n, sc->count));
            } else if (sc->count > 0) {
                ssize_t m = KR_MIN(n, sc->count - 1);
                if (m > 255) m = 255;
                memcpy(dst + 1, data, (size_t)m);
                dst[0] = (char)m;
            }
            continue;
        }
        for (ssize_t k = 0; k < sc->count; k++)
            if (pack_one(sc, s->order, buf + sc->offset + k * sc->size, args[ai++]) < 0)
                return -1;
    }
    return 0;
}

static KrObject *unpack_buf(KrStructObject *s, const char *buf)
{
    KrObject *t = kr_tuple_new(s->nitems);
    if (!t)
        return NULL;
    ssize_t ti = 0;
    for (ssize_t i = 0; i < s->ncodes; i++) {
        StructCode *sc = &s->codes[i];
        KrObject *v;
        if (sc->code == 'x')
            continue;
        if (sc->code == 's') {
            v = kr_bytes_from_data(buf + sc->offset, sc->count);
            if (!v) goto fail;
            KR_TUPLE_SET(t, ti++, v);
            continue;
        }
        if (sc->code == 'p') {
            ssize_t n = sc->count ? (unsigned char)buf[sc->offset] : 0;
            if (n >= sc->count) n = sc->count ? sc->count - 1 : 0;
            v = kr_bytes_from_data(buf + sc->offset + 1, n);
            if (!v) goto fail;
            KR_TUPLE_SET(t, ti++, v);
            continue;
        }
        for (ssize_t k = 0; k < sc->count; k++) {
            v = unpack_one(sc, s->order, buf + sc->offset + k * sc->size);
            if (!v) goto fail;
            KR_TUPLE_SET(t, ti++, v);
        }
    }
    return t;
fail:
    for (; ti < s->nitems; ti++)
        KR_TUPLE_SET(t, ti, kr_newref(Kr_None));
    kr_decref(t);
    return NULL;
}

/* ---- Struct methods ---- */
static KrObject *s_pack(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrStructObject *s = (KrStructObject *)self;
    KrObject *b = kr_bytes_new(s->size);
    if (!b)
        return NULL;
    if (pack_into_buf(s, KR_BYTES_DATA(b), args, nargs) < 0) {
        kr_decref(b);
        return NULL;
    }
    return b;
}

static KrObject *s_pack_into(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrStructObject *s = (KrStructObject *)self;
    if (nargs < 2) {
        if (nargs == 0)
            return kr_err_format(KrExc_TypeError, "pack_into expected buffer argument");
        return kr_err_format(KrExc_TypeError, "pack_into expected offset argument");
    }
    KrBuffer view;
    if (kr_object_get_buffer(args[0], &view, KR_BUF_WRITABLE) < 0)
        return NULL;
    ssize_t off = kr_number_as_ssize(args[1], KR_OBJ(KrExc_IndexError));
    if (off == -1 && kr_err_occurred()) {
        kr_buffer_release(&view);
        return NULL;
    }
    if (off < 0) {
        if (off + s->size > 0) {
            kr_buffer_release(&view);
            return err("no space to pack %zd bytes at offset %zd", s->size, off);
        }
        if (off + view.len < 0) {
            kr_buffer_release(&view);
            return err("offset %zd out of range for %zd-byte buffer", off, view.len);
        }
        off += view.len;
    }
    if (view.len - off < s->size) {
        kr_buffer_release(&view);
        if (off > view.len)
            return err("offset %zd out of range for %zd-byte buffer", off, view.len);
        return err("pack_into requires a buffer of at least %zd bytes for packing %zd bytes at offset %zd (actual buffer size is %zd)",
                   s->size + off, s->size, off, view.len);
    }
    char *tmp = kr_mem_alloc((size_t)s->size + 1);
    if (!tmp) {
        kr_buffer_release(&view);
        return kr_err_nomemory();
    }
    int r = pack_into_buf(s, tmp, args + 2, nargs - 2);
    if (r == 0)
        memcpy((char *)view.buf + off, tmp, (size_t)s->size);
    kr_mem_free(tmp);
    kr_buffer_release(&view);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *s_unpack(KrObject *self, KrObject *arg)
{
    KrStructObject *s = (KrStructObject *)self;
    KrBuffer view;
    if (kr_object_get_buffer(arg, &view, KR_BUF_SIMPLE) < 0)
        return NULL;
    if (view.len != s->size) {
        kr_buffer_release(&view);
        return err("unpack requires a buffer of %zd bytes", s->size);
    }
    KrObject *r = unpack_buf(s, view.buf);
    kr_buffer_release(&view);
    return r;
}

static KrObject *s_unpack_from(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"buffer", "offset", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_arg_parse("unpack_from", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    KrStructObject *s = (KrStructObject *)self;
    ssize_t off = 0;
    if (a[1]) {
        off = kr_number_as_ssize(a[1], KR_OBJ(KrExc_IndexError));
        if (off == -1 && kr_err_occurred())
            return NULL;
    }
    KrBuffer view;
    if (kr_object_get_buffer(a[0], &view, KR_BUF_SIMPLE) < 0)
        return NULL;
    if (off < 0) {
        if (off + view.len < 0) {
            kr_buffer_release(&view);
            return err("offset %zd out of range for %zd-byte buffer", off, view.len);
        }
        off += view.len;
    }
    if (view.len - off < s->size) {
        kr_buffer_release(&view);
        if (off > view.len)
            return err("offset %zd out of range for %zd-byte buffer", off, view.len);
        return err("unpack_from requires a buffer of at least %zd bytes for unpacking %zd bytes at offset %zd (actual buffer size is %zd)",
                   s->size + off, s->size, off, view.len);
    }
    KrObject *r = unpack_buf(s, (char *)view.buf + off);
    kr_buffer_release(&view);
    return r;
}

static KrObject *s_iter_unpack(KrObject *self, KrObject *arg)
{
    KrStructObject *s = (KrStructObject *)self;
    if (s->size == 0)
        return err("cannot iteratively unpack with a struct of length 0");
    KrBuffer view;
    if (kr_object_get_buffer(arg, &view, KR_BUF_SIMPLE) < 0)
        return NULL;
    if (view.len % s->size) {
        kr_buffer_release(&view);
        return err("iterative unpacking requires a buffer of a multiple of %zd bytes", s->size);
    }
    KrObject *l = kr_list_new(0);
    for (ssize_t off = 0; l && off < view.len; off += s->size) {
        KrObject *t = unpack_buf(s, (char *)view.buf + off);
        if (!t || kr_list_append_steal(l, t) < 0)
            KR_CLEAR(l);
    }
    kr_buffer_release(&view);
    if (!l)
        return NULL;
    KrObject *it = kr_object_getiter(l);
    kr_decref(l);
    return it;
}

static KrObject *s_get_format(KrObject *self, void *c) { return kr_newref(((KrStructObject *)self)->format); }
static KrObject *s_get_size(KrObject *self, void *c) { return kr_int_from_ssize(((KrStructObject *)self)->size); }


static KrObject *s_tp_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"format", NULL};
    KrObject *a[1] = {NULL};
    if (kr_arg_parse("Struct", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    return struct_new_from_format(a[0]);
}

static KrMethodDef s_methods[] = {
    {"pack", KR_CFUNC(s_pack), KR_METH_FASTCALL, NULL},
    {"pack_into", KR_CFUNC(s_pack_into), KR_METH_FASTCALL, NULL},
    {"unpack", KR_CFUNC(s_unpack), KR_METH_O, NULL},
    {"unpack_from", KR_CFUNC(s_unpack_from), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"iter_unpack", KR_CFUNC(s_iter_unpack), KR_METH_O, NULL},
    {NULL},
};

static KrGetSetDef s_getset[] = {
    {"format", s_get_format, NULL, NULL, NULL},
    {"size", s_get_size, NULL, NULL, NULL},
    {NULL},
};

KrTypeObject KrStruct_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "_struct.Struct",
    .tp_basicsize = sizeof(KrStructObject),
    .tp_dealloc = struct_dealloc,
    .tp_flags = KR_TPFLAGS_BASETYPE,
    .tp_weaklistoffset = offsetof(KrStructObject, weakreflist),
    .tp_methods = s_methods,
    .tp_getset = s_getset,
    .tp_new = s_tp_new,
};

/* ---- module functions: compile the format each time (formats are short) ---- */
static KrObject *with_struct(KrObject *fmt, KrObject *(*f)(KrStructObject *, void *), void *arg)
{
    KrObject *s = struct_new_from_format(fmt);
    if (!s)
        return NULL;
    KrObject *r = f((KrStructObject *)s, arg);
    kr_decref(s);
    return r;
}

typedef struct { KrObject *const *args; ssize_t nargs; KrObject *kw; } Args;

static KrObject *do_pack(KrStructObject *s, void *a) { Args *x = a; return s_pack(KR_OBJ(s), x->args, x->nargs); }
static KrObject *do_pack_into(KrStructObject *s, void *a) { Args *x = a; return s_pack_into(KR_OBJ(s), x->args, x->nargs); }
static KrObject *do_unpack(KrStructObject *s, void *a) { Args *x = a; return s_unpack(KR_OBJ(s), x->args[0]); }
static KrObject *do_unpack_from(KrStructObject *s, void *a) { Args *x = a; return s_unpack_from(KR_OBJ(s), x->args, x->nargs, x->kw); }
static KrObject *do_iter_unpack(KrStructObject *s, void *a) { Args *x = a; return s_iter_unpack(KR_OBJ(s), x->args[0]); }
static KrObject *do_calcsize(KrStructObject *s, void *a) { return kr_int_from_ssize(s->size); }

static KrObject *m_pack(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (nargs < 1)
        return kr_err_format(KrExc_TypeError, "pack expected at least 1 argument, got 0");
    Args a = {args + 1, nargs - 1, NULL};
    return with_struct(args[0], do_pack, &a);
}

static KrObject *m_pack_into(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (nargs < 1)
        return kr_err_format(KrExc_TypeError, "pack_into expected at least 1 argument, got 0");
    Args a = {args + 1, nargs - 1, NULL};
    return with_struct(args[0], do_pack_into, &a);
}

static KrObject *m_unpack(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("unpack", nargs, 2, 2) < 0)
        return NULL;
    Args a = {args + 1, 1, NULL};
    return with_struct(args[0], do_unpack, &a);
}

static KrObject *m_unpack_from(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (nargs < 1)
        return kr_err_format(KrExc_TypeError, "unpack_from expected at least 1 argument, got 0");
    Args a = {args + 1, nargs - 1, kwnames};
    return with_struct(args[0], do_unpack_from, &a);
}

static KrObject *m_iter_unpack(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("iter_unpack", nargs, 2, 2) < 0)
        return NULL;
    Args a = {args + 1, 1, NULL};
    return with_struct(args[0], do_iter_unpack, &a);
}

static KrObject *m_calcsize(KrObject *m, KrObject *fmt)
{
    return with_struct(fmt, do_calcsize, NULL);
}

static KrObject *m_clearcache(KrObject *m, KrObject *u) { KR_RETURN_NONE; }

static KrMethodDef struct_methods[] = {
    {"pack", KR_CFUNC(m_pack), KR_METH_FASTCALL, NULL},
    {"pack_into", KR_CFUNC(m_pack_into), KR_METH_FASTCALL, NULL},
    {"unpack", KR_CFUNC(m_unpack), KR_METH_FASTCALL, NULL},
    {"unpack_from", KR_CFUNC(m_unpack_from), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"iter_unpack", KR_CFUNC(m_iter_unpack), KR_METH_FASTCALL, NULL},
    {"calcsize", KR_CFUNC(m_calcsize), KR_METH_O, NULL},
    {"_clearcache", KR_CFUNC(m_clearcache), KR_METH_NOARGS, NULL},
    {NULL},
};

KrObject *kr_struct_module_init(void)
{
    KrObject *m = kr_module_new_cstr("_struct");
    if (!m || kr_module_add_functions(m, struct_methods) < 0)
        goto fail;
    /* struct.error: a plain Exception subclass, made as Python would */
    KrObject *name = kr_str_from_cstr("error");
    KrObject *bases = kr_tuple_pack(1, KR_OBJ(&KrExc_Exception_Type));
    KrObject *ns = kr_dict_new();
    KrObject *modname = kr_str_from_cstr("struct");
    if (!name || !bases || !ns || !modname || kr_dict_set_cstr(ns, "__module__", modname) < 0) {
        kr_xdecref(name); kr_xdecref(bases); kr_xdecref(ns); kr_xdecref(modname);
        goto fail;
    }
    KrObject *args[3] = {name, bases, ns};
    KrObject *errtype = kr_object_vectorcall(KR_OBJ(&KrType_Type), args, 3, NULL);
    kr_decref(name); kr_decref(bases); kr_decref(ns); kr_decref(modname);
    if (!errtype || kr_module_add_object(m, "error", errtype) < 0 ||
        kr_module_add_object(m, "Struct", kr_newref(KR_OBJ(&KrStruct_Type))) < 0)
        goto fail;
    return m;
fail:
    kr_xdecref(m);
    return NULL;
}
