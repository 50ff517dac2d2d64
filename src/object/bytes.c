/* bytes.c: the immutable bytes type, and the methods bytes and bytearray
 * share.  Each shared method reads its receiver's memory through
 * self_view (bytes or bytearray) and builds results of the receiver's own
 * type, so one implementation serves both method tables (both tables live
 * here; bytearray.c holds the type and the mutating methods).
 */
#include <limits.h>
#include "kr.h"
#include "strlib.h"

/* ---- storage and singletons -------------------------------------------------- */
typedef struct { KrBytesObject b; char more[7]; } StaticBytes;
static StaticBytes empty_bytes;
static StaticBytes byte_chars[256];
static int bytes_ready;
static void bytes_init_statics(void);

#define BYTES_HDR offsetof(KrBytesObject, data)

static void init_static_bytes(StaticBytes *s, ssize_t n, unsigned char c)
{
    s->b.ob_base.ob_base.ob_refcnt = KR_IMMORTAL_REFCNT;
    s->b.ob_base.ob_base.ob_type = &KrBytes_Type;
    s->b.ob_base.ob_size = n;
    char *d = (char *)&s->b + BYTES_HDR;   /* the data runs on into `more` */
    d[0] = (char)c;
    d[n] = 0;
    s->b.hash = n ? kr_hash_bytes(d, (size_t)n) : 0;
}

void kr_bytes_runtime_init(void) { bytes_init_statics(); }

static void bytes_init_statics(void)
{
    /* runs once at runtime start (from the first bytes request at the latest) */
    if (bytes_ready)
        return;
    init_static_bytes(&empty_bytes, 0, 0);
    for (int i = 0; i < 256; i++)
        init_static_bytes(&byte_chars[i], 1, (unsigned char)i);
    bytes_ready = 1;
}

KrObject *kr_bytes_empty(void)
{
    if (KR_UNLIKELY(!bytes_ready))
        bytes_init_statics();
    return KR_OBJ(&empty_bytes.b);
}

/* CPython's bytes header with the NUL is 33 bytes; sizes whose block size
 * would pass SSIZE_MAX are its OverflowError rather than MemoryError */
#define CPY_BYTES_HDR 33

static int check_bytes_size(ssize_t n)
{
    if (n > SSIZE_MAX - CPY_BYTES_HDR) {
        kr_err_set_string(KrExc_OverflowError, "byte string is too large");
        return -1;
    }
    if (n < 0 || (size_t)n > KR_MAX_ALLOC - BYTES_HDR - 1) {
        kr_err_nomemory();
        return -1;
    }
    return 0;
}

KrObject *kr_bytes_new(ssize_t n)
{
    if (check_bytes_size(n) < 0)
        return NULL;
    KrBytesObject *b = kr_mem_alloc(BYTES_HDR + (size_t)n + 1);
    if (!b) {
        kr_err_nomemory();
        return NULL;
    }
    kr_refcnt_init(KR_OBJ(b));
    b->ob_base.ob_base.ob_type = &KrBytes_Type;
    b->ob_base.ob_size = n;
    b->hash = -1;
    b->data[n] = 0;
    return KR_OBJ(b);
}

/* bytes(n): calloc, so huge zero buffers cost address space, not writes */
static KrObject *bytes_new_zeroed(ssize_t n)
{
    if (check_bytes_size(n) < 0)
        return NULL;
    KrBytesObject *b = kr_mem_calloc(1, BYTES_HDR + (size_t)n + 1);
    if (!b) {
        kr_err_nomemory();
        return NULL;
    }
    kr_refcnt_init(KR_OBJ(b));
    b->ob_base.ob_base.ob_type = &KrBytes_Type;
    b->ob_base.ob_size = n;
    b->hash = -1;
    return KR_OBJ(b);
}

KrObject *kr_bytes_from_data(const void *p, ssize_t n)
{
    if (n <= 1) {
        if (KR_UNLIKELY(!bytes_ready))
            bytes_init_statics();
        if (n == 0)
            return KR_OBJ(&empty_bytes.b);
        if (n == 1)
            return KR_OBJ(&byte_chars[*(const unsigned char *)p].b);
    }
    KrObject *b = kr_bytes_new(n);
    if (b)
        memcpy(KR_BYTES_DATA(b), p, (size_t)n);
    return b;
}

KrObject *kr_bytes_from_cstr(const char *s) { return kr_bytes_from_data(s, (ssize_t)strlen(s)); }

int kr_bytes_resize(KrObject **pb, ssize_t newlen)
{
    KrObject *b = *pb;
    if (newlen < 0) {
        kr_err_set_string(KrExc_SystemError, "negative bytes size");
        return -1;
    }
    if (kr_is_immortal(b) || KR_TYPE(b) != &KrBytes_Type) {
        /* shared singleton: make a fresh copy */
        KrObject *nb = kr_bytes_new(newlen);
        if (!nb)
            return -1;
        memcpy(KR_BYTES_DATA(nb), KR_BYTES_DATA(b), (size_t)KR_MIN(newlen, KR_BYTES_LEN(b)));
        KR_DECREF(b);
        *pb = nb;
        return 0;
    }
    KrBytesObject *r = kr_mem_realloc(b, BYTES_HDR + (size_t)newlen + 1);
    if (!r) {
        kr_err_nomemory();
        return -1;
    }
    r->ob_base.ob_size = newlen;
    r->data[newlen] = 0;
    r->hash = -1;
    *pb = KR_OBJ(r);
    return 0;
}

KrObject *kr_bytes_concat(KrObject *a, KrObject *b)
{
    KrBuffer va, vb;
    if (kr_object_get_buffer(a, &va, KR_BUF_SIMPLE) < 0)
        return NULL;
    if (kr_object_get_buffer(b, &vb, KR_BUF_SIMPLE) < 0) {
        kr_err_clear();
        kr_err_format(KrExc_TypeError, "can't concat %T to %T", b, a);
        kr_buffer_release(&va);
        return NULL;
    }
    KrObject *r;
    if (vb.len == 0 && KR_TYPE(a) == &KrBytes_Type)
        r = KR_NEWREF(a);
    else if (va.len == 0 && KR_TYPE(b) == &KrBytes_Type)
        r = KR_NEWREF(b);
    else {
        r = kr_bytes_new(va.len + vb.len);
        if (r) {
            memcpy(KR_BYTES_DATA(r), va.buf, (size_t)va.len);
            memcpy(KR_BYTES_DATA(r) + va.len, vb.buf, (size_t)vb.len);
        }
    }
    kr_buffer_release(&va);
    kr_buffer_release(&vb);
    return r;
}

/* ---- shared helpers ------------------------------------------------------------ */
static inline int is_ba(KrObject *o) { return !KR_BYTES_CHECK(o); }

/* an empty bytearray may have no storage yet: read it as this instead */
static char no_storage[1];

static inline void self_view(KrObject *o, const char **p, ssize_t *n)
{
    if (KR_BYTES_CHECK(o)) {
        *p = KR_BYTES_DATA(o);
        *n = KR_BYTES_LEN(o);
    } else {
        *p = KR_BYTEARRAY_DATA(o) ? KR_BYTEARRAY_DATA(o) : no_storage;
        *n = KR_SIZE(o);
    }
}

static KrObject *make(int ba, const char *p, ssize_t n)
{
    return ba ? kr_bytearray_from_data(p, n) : kr_bytes_from_data(p, n);
}

static KrObject *make_new(int ba, ssize_t n)
{
    return ba ? kr_bytearray_new(n) : kr_bytes_new(n);
}

static char *result_data(KrObject *r)
{
    if (KR_BYTES_CHECK(r))
        return KR_BYTES_DATA(r);
    return KR_BYTEARRAY_DATA(r) ? KR_BYTEARRAY_DATA(r) : no_storage;
}

/* receiver unchanged: bytes returns itself, bytearray a copy */
static KrObject *same(KrObject *self)
{
    if (KR_TYPE(self) == &KrBytes_Type)
        return KR_NEWREF(self);
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    return make(is_ba(self), p, n);
}

int kr_bytes_like_get(KrObject *o, KrBuffer *view)
{
    if (!KR_TYPE(o)->tp_as_buffer || !KR_TYPE(o)->tp_as_buffer->bf_getbuffer) {
        kr_err_format(KrExc_TypeError, "a bytes-like object is required, not '%T'", o);
        return -1;
    }
    return kr_object_get_buffer(o, view, KR_BUF_SIMPLE);
}

static int has_buffer(KrObject *o)
{
    return KR_TYPE(o)->tp_as_buffer && KR_TYPE(o)->tp_as_buffer->bf_getbuffer;
}

/* the `sub` argument of find/count/index/...: an int byte or bytes-like */
typedef struct { KrBuffer view; int has_view; char byte; const char *p; ssize_t n; } SubArg;

static int sub_get(KrObject *o, SubArg *s)
{
    s->has_view = 0;
    if (has_buffer(o)) {
        if (kr_object_get_buffer(o, &s->view, KR_BUF_SIMPLE) < 0)
            return -1;
        s->has_view = 1;
        s->p = s->view.buf;
        s->n = s->view.len;
        return 0;
    }
    if (KR_INT_CHECK(o) || kr_index_check(o)) {
        ssize_t v = kr_number_as_ssize(o, KR_OBJ(KrExc_OverflowError));
        if (v == -1 && kr_err_occurred())
            return -1;
        if (v < 0 || v > 255) {
            kr_err_set_string(KrExc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        s->byte = (char)v;
        s->p = &s->byte;
        s->n = 1;
        return 0;
    }
    kr_err_format(KrExc_TypeError, "argument should be integer or bytes-like object, not '%T'", o);
    return -1;
}

static void sub_release(SubArg *s)
{
    if (s->has_view)
        kr_buffer_release(&s->view);
}

ssize_t kr_bytes_find_raw(const char *h, ssize_t hn, const char *n, ssize_t nn, ssize_t start,
                          ssize_t end, int dir)
{
    kr_adjust_slice(hn, &start, &end);
    if (start > hn || end - start < nn)
        return -1;
    if (nn == 0)
        return dir > 0 ? start : end;
    const char *base = h + start;
    ssize_t len = end - start;
    if (nn == 1) {
        const void *q = dir > 0 ? memchr(base, (unsigned char)n[0], (size_t)len)
                                : memrchr(base, (unsigned char)n[0], (size_t)len);
        return q ? (const char *)q - h : -1;
    }
    if (dir > 0) {
        const void *q = memmem(base, (size_t)len, n, (size_t)nn);
        return q ? (const char *)q - h : -1;
    }
    for (ssize_t i = len - nn; i >= 0; i--)
        if (base[i] == n[0] && memcmp(base + i, n, (size_t)nn) == 0)
            return start + i;
    return -1;
}

ssize_t kr_bytes_count_raw(const char *h, ssize_t hn, const char *n, ssize_t nn, ssize_t start, ssize_t end)
{
    kr_adjust_slice(hn, &start, &end);
    if (start > hn || end < start)
        return 0;
    if (nn == 0)
        return end - start + 1;
    ssize_t c = 0;
    while (end - start >= nn) {
        const void *q = memmem(h + start, (size_t)(end - start), n, (size_t)nn);
        if (!q)
            break;
        c++;
        start = (const char *)q - h + nn;
    }
    return c;
}

static int parse_sub_range(const char *fname, KrObject *const *args, ssize_t nargs, ssize_t *start, ssize_t *end)
{
    if (kr_str_argc_old(fname, nargs, 1, 3) < 0)
        return -1;
    *start = 0;
    *end = (ssize_t)1 << 62;
    if (nargs > 1 && kr_parse_slice_arg(args[1], start) < 0)
        return -1;
    if (nargs > 2 && kr_parse_slice_arg(args[2], end) < 0)
        return -1;
    return 0;
}

static KrObject *b_find_common(KrObject *self, KrObject *const *args, ssize_t nargs, const char *name,
                               int dir, int raise)
{
    ssize_t start, end;
    if (parse_sub_range(name, args, nargs, &start, &end) < 0)
        return NULL;
    SubArg s;
    if (sub_get(args[0], &s) < 0)
        return NULL;
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    ssize_t r = kr_bytes_find_raw(p, n, s.p, s.n, start, end, dir);
    sub_release(&s);
    if (r < 0 && raise) {
        kr_err_set_string(KrExc_ValueError, "subsection not found");
        return NULL;
    }
    return kr_int_from_ssize(r);
}

static KrObject *b_find(KrObject *self, KrObject *const *a, ssize_t n) { return b_find_common(self, a, n, "find", 1, 0); }
static KrObject *b_rfind(KrObject *self, KrObject *const *a, ssize_t n) { return b_find_common(self, a, n, "rfind", -1, 0); }
static KrObject *b_index(KrObject *self, KrObject *const *a, ssize_t n) { return b_find_common(self, a, n, "index", 1, 1); }
static KrObject *b_rindex(KrObject *self, KrObject *const *a, ssize_t n) { return b_find_common(self, a, n, "rindex", -1, 1); }

static KrObject *b_count(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t start, end;
    if (parse_sub_range("count", args, nargs, &start, &end) < 0)
        return NULL;
    SubArg s;
    if (sub_get(args[0], &s) < 0)
        return NULL;
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    ssize_t r = kr_bytes_count_raw(p, n, s.p, s.n, start, end);
    sub_release(&s);
    return kr_int_from_ssize(r);
}

static int b_tailmatch(const char *p, ssize_t n, const char *s, ssize_t sl, ssize_t start, ssize_t end, int dir)
{
    kr_adjust_slice(n, &start, &end);
    end -= sl;
    if (end < start || start > n)
        return 0;
    return memcmp(p + (dir < 0 ? start : end), s, (size_t)sl) == 0;
}

static KrObject *b_startsends(KrObject *self, KrObject *const *args, ssize_t nargs, const char *name, int dir)
{
    ssize_t start, end;
    if (parse_sub_range(name, args, nargs, &start, &end) < 0)
        return NULL;
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    KrObject *sub = args[0];
    KrBuffer v;
    if (KR_TUPLE_CHECK(sub)) {
        for (ssize_t i = 0; i < KR_TUPLE_LEN(sub); i++) {
            KrObject *x = KR_TUPLE_GET(sub, i);
            if (!has_buffer(x))
                return kr_err_format(KrExc_TypeError, "a bytes-like object is required, not '%T'", x);
            if (kr_object_get_buffer(x, &v, KR_BUF_SIMPLE) < 0)
                return NULL;
            int m = b_tailmatch(p, n, v.buf, v.len, start, end, dir);
            kr_buffer_release(&v);
            if (m)
                KR_RETURN_TRUE;
        }
        KR_RETURN_FALSE;
    }
    if (!has_buffer(sub))
        return kr_err_format(KrExc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T", name, sub);
    if (kr_object_get_buffer(sub, &v, KR_BUF_SIMPLE) < 0)
        return NULL;
    int m = b_tailmatch(p, n, v.buf, v.len, start, end, dir);
    kr_buffer_release(&v);
    return kr_bool_from(m);
}

static KrObject *b_startswith(KrObject *self, KrObject *const *a, ssize_t n) { return b_startsends(self, a, n, "startswith", -1); }
static KrObject *b_endswith(KrObject *self, KrObject *const *a, ssize_t n) { return b_startsends(self, a, n, "endswith", 1); }

/* ---- join / split --------------------------------------------------------------- */
static KrObject *join_impl(KrObject *sep, KrObject *iterable, int ba)
{
    KrBuffer sv;
    if (kr_object_get_buffer(sep, &sv, KR_BUF_SIMPLE) < 0)
        return NULL;
    KrObject *seq = kr_sequence_list(iterable);
    if (!seq) {
        kr_buffer_release(&sv);
        return NULL;
    }
    ssize_t n = KR_LIST_LEN(seq), total = 0;
    KrBuffer *views = kr_mem_calloc((size_t)(n ? n : 1), sizeof(KrBuffer));
    KrObject *r = NULL;
    ssize_t got = 0;
    if (!views) {
        kr_err_nomemory();
        goto done;
    }
    for (; got < n; got++) {
        KrObject *it = KR_LIST_GET(seq, got);
        if (!has_buffer(it)) {
            kr_err_format(KrExc_TypeError, "sequence item %zd: expected a bytes-like object, %T found", got, it);
            goto done;
        }
        if (kr_object_get_buffer(it, &views[got], KR_BUF_SIMPLE) < 0)
            goto done;
        total += views[got].len + (got ? sv.len : 0);
    }
    r = make_new(ba, total);
    if (r) {
        char *d = result_data(r);
        for (ssize_t i = 0; i < n; i++) {
            if (i) {
                memcpy(d, sv.buf, (size_t)sv.len);
                d += sv.len;
            }
            memcpy(d, views[i].buf, (size_t)views[i].len);
            d += views[i].len;
        }
    }
done:
    for (ssize_t i = 0; i < got; i++)
        kr_buffer_release(&views[i]);
    kr_mem_free(views);
    KR_DECREF(seq);
    kr_buffer_release(&sv);
    return r;
}

KrObject *kr_bytes_join(KrObject *sep, KrObject *iterable) { return join_impl(sep, iterable, 0); }

static KrObject *b_join(KrObject *self, KrObject *it) { return join_impl(self, it, is_ba(self)); }

static inline int b_isspace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
}

static int list_add(KrObject *list, int ba, const char *p, ssize_t n)
{
    KrObject *x = make(ba, p, n);
    return x ? kr_list_append_steal(list, x) : -1;
}

static KrObject *b_split_impl(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames,
                              const char *name, int right)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_arg_parse(name, args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    ssize_t maxsplit = -1;
    if (a[1]) {
        if (kr_arg_ssize(a[1], &maxsplit) < 0)
            return NULL;
    }
    if (maxsplit < 0)
        maxsplit = (ssize_t)1 << 62;
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    int ba = is_ba(self);
    KrObject *list = kr_list_new(0);
    if (!list)
        return NULL;
    if (!a[0] || a[0] == Kr_None) {
        if (!right) {
            ssize_t i = 0;
            while (maxsplit-- > 0) {
                while (i < n && b_isspace((unsigned char)p[i]))
                    i++;
                if (i == n)
                    break;
                ssize_t j = i;
                while (i < n && !b_isspace((unsigned char)p[i]))
                    i++;
                if (list_add(list, ba, p + j, i - j) < 0)
                    goto error;
            }
            while (i < n && b_isspace((unsigned char)p[i]))
                i++;
            if (i < n && list_add(list, ba, p + i, n - i) < 0)
                goto error;
        } else {
            ssize_t i = n - 1;
            while (maxsplit-- > 0) {
                while (i >= 0 && b_isspace((unsigned char)p[i]))
                    i--;
                if (i < 0)
                    break;
                ssize_t j = i;
                while (i >= 0 && !b_isspace((unsigned char)p[i]))
                    i--;
                if (list_add(list, ba, p + i + 1, j - i) < 0)
                    goto error;
            }
            while (i >= 0 && b_isspace((unsigned char)p[i]))
                i--;
            if (i >= 0 && list_add(list, ba, p, i + 1) < 0)
                goto error;
            if (kr_list_reverse(list) < 0)
                goto error;
        }
        return list;
    }
    KrBuffer sv;
    if (kr_bytes_like_get(a[0], &sv) < 0)
        goto error;
    if (sv.len == 0) {
        kr_buffer_release(&sv);
        kr_err_set_string(KrExc_ValueError, "empty separator");
        goto error;
    }
    if (!right) {
        ssize_t i = 0;
        while (maxsplit-- > 0) {
            ssize_t j = kr_bytes_find_raw(p, n, sv.buf, sv.len, i, n, 1);
            if (j < 0)
                break;
            if (list_add(list, ba, p + i, j - i) < 0) {
                kr_buffer_release(&sv);
                goto error;
            }
            i = j + sv.len;
        }
        if (list_add(list, ba, p + i, n - i) < 0) {
            kr_buffer_release(&sv);
            goto error;
        }
    } else {
        ssize_t e = n;
        while (maxsplit-- > 0) {
            ssize_t j = kr_bytes_find_raw(p, n, sv.buf, sv.len, 0, e, -1);
            if (j < 0)
                break;
            if (list_add(list, ba, p + j + sv.len, e - j - sv.len) < 0) {
                kr_buffer_release(&sv);
                goto error;
            }
            e = j;
        }
        if (list_add(list, ba, p, e) < 0 || kr_list_reverse(list) < 0) {
            kr_buffer_release(&sv);
            goto error;
        }
    }
    kr_buffer_release(&sv);
    return list;
error:
    KR_DECREF(list);
    return NULL;
}

static KrObject *b_split(KrObject *self, KrObject *const *a, ssize_t n, KrObject *kw)
{ return b_split_impl(self, a, n, kw, "split", 0); }
static KrObject *b_rsplit(KrObject *self, KrObject *const *a, ssize_t n, KrObject *kw)
{ return b_split_impl(self, a, n, kw, "rsplit", 1); }

static KrObject *b_splitlines(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"keepends", NULL};
    KrObject *a[1] = {NULL};
    if (kr_arg_parse("splitlines", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    int keep = 0;
    if (a[0] && (keep = kr_object_is_true(a[0])) < 0)
        return NULL;
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    int ba = is_ba(self);
    KrObject *list = kr_list_new(0);
    if (!list)
        return NULL;
    ssize_t i = 0;
    while (i < n) {
        ssize_t j = i;
        while (i < n && p[i] != '\n' && p[i] != '\r')
            i++;
        ssize_t eol = i;
        if (i < n) {
            if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')
                i += 2;
            else
                i++;
            if (keep)
                eol = i;
        }
        if (list_add(list, ba, p + j, eol - j) < 0) {
            KR_DECREF(list);
            return NULL;
        }
    }
    return list;
}

static KrObject *b_partition_impl(KrObject *self, KrObject *sep, int right)
{
    KrBuffer sv;
    if (kr_bytes_like_get(sep, &sv) < 0)
        return NULL;
    if (sv.len == 0) {
        kr_buffer_release(&sv);
        kr_err_set_string(KrExc_ValueError, "empty separator");
        return NULL;
    }
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    int ba = is_ba(self);
    ssize_t i = kr_bytes_find_raw(p, n, sv.buf, sv.len, 0, n, right ? -1 : 1);
    KrObject *x, *y, *z;
    if (i < 0) {
        KrObject *whole = same(self);
        KrObject *e1 = make(ba, "", 0), *e2 = make(ba, "", 0);
        if (right) { x = e1; y = e2; z = whole; } else { x = whole; y = e1; z = e2; }
    } else {
        x = make(ba, p, i);
        y = make(ba, sv.buf, sv.len);
        z = make(ba, p + i + sv.len, n - i - sv.len);
        if (y && !ba && KR_TYPE(sep) == &KrBytes_Type) {
            KR_DECREF(y);
            y = KR_NEWREF(sep);
        }
    }
    kr_buffer_release(&sv);
    KrObject *r = (x && y && z) ? kr_tuple_pack(3, x, y, z) : NULL;
    KR_XDECREF(x);
    KR_XDECREF(y);
    KR_XDECREF(z);
    return r;
}

static KrObject *b_partition(KrObject *self, KrObject *sep) { return b_partition_impl(self, sep, 0); }
static KrObject *b_rpartition(KrObject *self, KrObject *sep) { return b_partition_impl(self, sep, 1); }

/* ---- strip, replace, prefixes -------------------------------------------------------- */
static KrObject *b_strip_impl(KrObject *self, KrObject *const *args, ssize_t nargs, const char *name, int how)
{
    if (kr_arg_count(name, nargs, 0, 1) < 0)
        return NULL;
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    ssize_t i = 0, j = n;
    if (nargs == 0 || args[0] == Kr_None) {
        if (how != 1)
            while (i < j && b_isspace((unsigned char)p[i]))
                i++;
        if (how != 0)
            while (j > i && b_isspace((unsigned char)p[j - 1]))
                j--;
    } else {
        KrBuffer v;
        if (kr_bytes_like_get(args[0], &v) < 0)
            return NULL;
        if (how != 1)
            while (i < j && memchr(v.buf, (unsigned char)p[i], (size_t)v.len))
                i++;
        if (how != 0)
            while (j > i && memchr(v.buf, (unsigned char)p[j - 1], (size_t)v.len))
                j--;
        kr_buffer_release(&v);
    }
    if (i == 0 && j == n)
        return same(self);
    return make(is_ba(self), p + i, j - i);
}

static KrObject *b_strip(KrObject *self, KrObject *const *a, ssize_t n) { return b_strip_impl(self, a, n, "strip", 2); }
static KrObject *b_lstrip(KrObject *self, KrObject *const *a, ssize_t n) { return b_strip_impl(self, a, n, "lstrip", 0); }
static KrObject *b_rstrip(KrObject *self, KrObject *const *a, ssize_t n) { return b_strip_impl(self, a, n, "rstrip", 1); }

static KrObject *b_replace(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"", "", "count", NULL};
    KrObject *a[3] = {NULL, NULL, NULL};
    if (kr_arg_parse("replace", args, nargs, kwnames, names, 2, a) < 0)
        return NULL;
    ssize_t count = -1;
    if (a[2]) {
        if (kr_arg_ssize(a[2], &count) < 0)
            return NULL;
    }
    if (count < 0)
        count = (ssize_t)1 << 62;
    KrBuffer ov, nv;
    if (kr_bytes_like_get(a[0], &ov) < 0)
        return NULL;
    if (kr_bytes_like_get(a[1], &nv) < 0) {
        kr_buffer_release(&ov);
        return NULL;
    }
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    KrBuf out;
    kr_buf_init(&out);
    ssize_t pos = 0;
    int changed = 0;
    if (ov.len == 0) {
        ssize_t i = 0;
        for (; i <= n && count > 0; i++, count--) {
            kr_buf_put(&out, nv.buf, (size_t)nv.len);
            if (i < n)
                kr_buf_putc(&out, p[i]);
            changed = 1;
        }
        if (i < n)
            kr_buf_put(&out, p + i, (size_t)(n - i));
    } else {
        while (count > 0) {
            ssize_t j = kr_bytes_find_raw(p, n, ov.buf, ov.len, pos, n, 1);
            if (j < 0)
                break;
            kr_buf_put(&out, p + pos, (size_t)(j - pos));
            kr_buf_put(&out, nv.buf, (size_t)nv.len);
            pos = j + ov.len;
            count--;
            changed = 1;
        }
        kr_buf_put(&out, p + pos, (size_t)(n - pos));
    }
    kr_buffer_release(&ov);
    kr_buffer_release(&nv);
    KrObject *r;
    if (out.failed)
        r = kr_err_nomemory();
    else if (!changed)
        r = same(self);
    else
        r = make(is_ba(self), out.data ? out.data : "", (ssize_t)out.len);
    kr_buf_free(&out);
    return r;
}

static KrObject *b_removeprefix(KrObject *self, KrObject *arg)
{
    KrBuffer v;
    if (kr_bytes_like_get(arg, &v) < 0)
        return NULL;
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    KrObject *r;
    if (v.len <= n && v.len > 0 && memcmp(p, v.buf, (size_t)v.len) == 0)
        r = make(is_ba(self), p + v.len, n - v.len);
    else
        r = same(self);
    kr_buffer_release(&v);
    return r;
}

static KrObject *b_removesuffix(KrObject *self, KrObject *arg)
{
    KrBuffer v;
    if (kr_bytes_like_get(arg, &v) < 0)
        return NULL;
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    KrObject *r;
    if (v.len <= n && v.len > 0 && memcmp(p + n - v.len, v.buf, (size_t)v.len) == 0)
        r = make(is_ba(self), p, n - v.len);
    else
        r = same(self);
    kr_buffer_release(&v);
    return r;
}

/* ---- case and predicates (ASCII only, as CPython) ------------------------------------ */
static inline int b_islower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline int b_isupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int b_isalpha(unsigned char c) { return b_islower(c) || b_isupper(c); }
static inline int b_isdigit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline unsigned char b_lower(unsigned char c) { return b_isupper(c) ? (unsigned char)(c + 32) : c; }
static inline unsigned char b_upper(unsigned char c) { return b_islower(c) ? (unsigned char)(c - 32) : c; }

enum { BC_LOWER, BC_UPPER, BC_SWAP, BC_CAP, BC_TITLE };

static KrObject *b_case(KrObject *self, int mode)
{
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    KrObject *r = make_new(is_ba(self), n);
    if (!r)
        return NULL;
    unsigned char *d = (unsigned char *)result_data(r);
    int prev = 0;
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        switch (mode) {
        case BC_LOWER: c = b_lower(c); break;
        case BC_UPPER: c = b_upper(c); break;
        case BC_SWAP: c = b_isupper(c) ? b_lower(c) : b_upper(c); break;
        case BC_CAP: c = i == 0 ? b_upper(c) : b_lower(c); break;
        default: {
            int cased = b_isalpha(c);
            c = prev ? b_lower(c) : b_upper(c);
            prev = cased;
        }
        }
        d[i] = c;
    }
    return r;
}

static KrObject *b_lower_m(KrObject *self, KrObject *u) { return b_case(self, BC_LOWER); }
static KrObject *b_upper_m(KrObject *self, KrObject *u) { return b_case(self, BC_UPPER); }
static KrObject *b_swapcase(KrObject *self, KrObject *u) { return b_case(self, BC_SWAP); }
static KrObject *b_capitalize(KrObject *self, KrObject *u) { return b_case(self, BC_CAP); }
static KrObject *b_title(KrObject *self, KrObject *u) { return b_case(self, BC_TITLE); }

#define B_ALL(fn, test)                                          \
    static KrObject *fn(KrObject *self, KrObject *u)             \
    {                                                            \
        const char *p;                                           \
        ssize_t n;                                               \
        self_view(self, &p, &n);                                 \
        if (n == 0)                                              \
            KR_RETURN_FALSE;                                     \
        for (ssize_t i = 0; i < n; i++) {                        \
            unsigned char c = (unsigned char)p[i];               \
            if (!(test))                                         \
                KR_RETURN_FALSE;                                 \
        }                                                        \
        KR_RETURN_TRUE;                                          \
    }
B_ALL(b_isalpha_m, b_isalpha(c))
B_ALL(b_isalnum_m, b_isalpha(c) || b_isdigit(c))
B_ALL(b_isdigit_m, b_isdigit(c))
B_ALL(b_isspace_m, b_isspace(c))

static KrObject *b_isascii(KrObject *self, KrObject *u)
{
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    for (ssize_t i = 0; i < n; i++)
        if ((unsigned char)p[i] >= 128)
            KR_RETURN_FALSE;
    KR_RETURN_TRUE;
}

static KrObject *b_islower_m(KrObject *self, KrObject *u)
{
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    int cased = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (b_isupper((unsigned char)p[i]))
            KR_RETURN_FALSE;
        cased |= b_islower((unsigned char)p[i]);
    }
    return kr_bool_from(cased);
}

static KrObject *b_isupper_m(KrObject *self, KrObject *u)
{
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    int cased = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (b_islower((unsigned char)p[i]))
            KR_RETURN_FALSE;
        cased |= b_isupper((unsigned char)p[i]);
    }
    return kr_bool_from(cased);
}

static KrObject *b_istitle(KrObject *self, KrObject *u)
{
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    int cased = 0, prev = 0;
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (b_isupper(c)) {
            if (prev)
                KR_RETURN_FALSE;
            prev = cased = 1;
        } else if (b_islower(c)) {
            if (!prev)
                KR_RETURN_FALSE;
            prev = cased = 1;
        } else
            prev = 0;
    }
    return kr_bool_from(cased);
}

/* ---- padding ------------------------------------------------------------------- */
static int b_pad_args(const char *name, KrObject *const *args, ssize_t nargs, ssize_t *width, char *fill)
{
    if (kr_arg_count(name, nargs, 1, 2) < 0)
        return -1;
    if (kr_arg_ssize(args[0], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs > 1) {
        KrObject *f = args[1];
        if ((KR_BYTES_CHECK(f) || KR_BYTEARRAY_CHECK(f)) && KR_SIZE(f) == 1) {
            *fill = KR_BYTES_CHECK(f) ? KR_BYTES_DATA(f)[0] : KR_BYTEARRAY_DATA(f)[0];
        } else {
            kr_err_format(KrExc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, kr_argtype_name(f));
            return -1;
        }
    }
    return 0;
}

static KrObject *b_pad(KrObject *self, ssize_t left, ssize_t right, char fill)
{
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (!left && !right)
        return same(self);
    KrObject *r = make_new(is_ba(self), left + n + right);
    if (!r)
        return NULL;
    char *d = result_data(r);
    memset(d, fill, (size_t)left);
    memcpy(d + left, p, (size_t)n);
    memset(d + left + n, fill, (size_t)right);
    return r;
}

static KrObject *b_ljust(KrObject *self, KrObject *const *a, ssize_t na)
{
    ssize_t w;
    char f;
    if (b_pad_args("ljust", a, na, &w, &f) < 0)
        return NULL;
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    /* compared first: w - n overflows for widths near -2**63 */
    if (w <= n)
        return same(self);
    return b_pad(self, 0, w - n, f);
}

static KrObject *b_rjust(KrObject *self, KrObject *const *a, ssize_t na)
{
    ssize_t w;
    char f;
    if (b_pad_args("rjust", a, na, &w, &f) < 0)
        return NULL;
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    if (w <= n)
        return same(self);
    return b_pad(self, w - n, 0, f);
}

static KrObject *b_center(KrObject *self, KrObject *const *a, ssize_t na)
{
    ssize_t w;
    char f;
    if (b_pad_args("center", a, na, &w, &f) < 0)
        return NULL;
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    if (w <= n)
        return same(self);
    ssize_t marg = w - n;
    ssize_t left = marg / 2 + (marg & w & 1);
    return b_pad(self, left, marg - left, f);
}

static KrObject *b_zfill(KrObject *self, KrObject *arg)
{
    ssize_t w;
    if (kr_arg_ssize(arg, &w) < 0)
        return NULL;
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    if (w <= n)
        return same(self);
    KrObject *r = make_new(is_ba(self), w);
    if (!r)
        return NULL;
    char *d = result_data(r);
    ssize_t fillc = w - n;
    memset(d, '0', (size_t)fillc);
    memcpy(d + fillc, p, (size_t)n);
    if (n > 0 && (p[0] == '+' || p[0] == '-')) {
        d[0] = p[0];
        d[fillc] = '0';
    }
    return r;
}

static KrObject *b_expandtabs(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"tabsize", NULL};
    KrObject *a[1] = {NULL};
    if (kr_arg_parse("expandtabs", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    int ts = 8;
    if (a[0] && kr_arg_int(a[0], &ts) < 0)
        return NULL;
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    /* measure first (CPython's checks and message), then one exact allocation */
    ssize_t out = 0, col = 0;
    for (ssize_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '\t') {
            if (ts > 0) {
                ssize_t incr = ts - col % ts;
                if (out > SSIZE_MAX - incr)
                    goto overflow;
                col += incr;
                out += incr;
            }
        } else {
            if (out > SSIZE_MAX - 1)
                goto overflow;
            col++;
            out++;
            if (c == '\n' || c == '\r')
                col = 0;
        }
    }
    KrObject *r = make_new(is_ba(self), out);
    if (!r)
        return NULL;
    char *d = result_data(r);
    col = 0;
    for (ssize_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '\t') {
            if (ts > 0) {
                ssize_t incr = ts - col % ts;
                col += incr;
                memset(d, ' ', (size_t)incr);
                d += incr;
            }
        } else {
            col++;
            if (c == '\n' || c == '\r')
                col = 0;
            *d++ = c;
        }
    }
    return r;
overflow:
    kr_err_set_string(KrExc_OverflowError, "result too long");
    return NULL;
}

/* ---- translate / maketrans / hex ------------------------------------------------------ */
static KrObject *b_translate(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"", "delete", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_arg_parse("translate", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    KrBuffer tv = {0}, dv = {0};
    int has_t = 0, has_d = 0;
    if (a[0] != Kr_None) {
        if (kr_bytes_like_get(a[0], &tv) < 0)
            return NULL;
        has_t = 1;
        if (tv.len != 256) {
            kr_buffer_release(&tv);
            kr_err_set_string(KrExc_ValueError, "translation table must be 256 characters long");
            return NULL;
        }
    }
    if (a[1]) {
        if (kr_bytes_like_get(a[1], &dv) < 0) {
            if (has_t)
                kr_buffer_release(&tv);
            return NULL;
        }
        has_d = 1;
    }
    unsigned char del[256];
    memset(del, 0, sizeof del);
    if (has_d)
        for (ssize_t i = 0; i < dv.len; i++)
            del[((unsigned char *)dv.buf)[i]] = 1;
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    KrObject *r = make_new(is_ba(self), n);
    if (r) {
        char *d = result_data(r);
        ssize_t k = 0;
        for (ssize_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)p[i];
            if (del[c])
                continue;
            d[k++] = has_t ? ((char *)tv.buf)[c] : (char)c;
        }
        if (k != n) {
            KrObject *r2 = make(is_ba(self), d, k);
            KR_DECREF(r);
            r = r2;
        }
    }
    if (has_t)
        kr_buffer_release(&tv);
    if (has_d)
        kr_buffer_release(&dv);
    return r;
}

static KrObject *b_maketrans(KrObject *unused, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("maketrans", nargs, 2, 2) < 0)
        return NULL;
    KrBuffer f, t;
    if (kr_bytes_like_get(args[0], &f) < 0)
        return NULL;
    if (kr_bytes_like_get(args[1], &t) < 0) {
        kr_buffer_release(&f);
        return NULL;
    }
    KrObject *r = NULL;
    if (f.len != t.len) {
        kr_err_set_string(KrExc_ValueError, "maketrans arguments must have same length");
    } else if ((r = kr_bytes_new(256))) {
        char *d = KR_BYTES_DATA(r);
        for (int i = 0; i < 256; i++)
            d[i] = (char)i;
        for (ssize_t i = 0; i < f.len; i++)
            d[((unsigned char *)f.buf)[i]] = ((char *)t.buf)[i];
    }
    kr_buffer_release(&f);
    kr_buffer_release(&t);
    return r;
}

KrObject *kr_bytes_hex(const char *p, ssize_t n, KrObject *sep, ssize_t per)
{
    static const char hx[] = "0123456789abcdef";
    uint32_t sepc = 0;
    if (sep && sep != Kr_None) {
        if (KR_STR_CHECK(sep)) {
            if (KR_STR_LEN(sep) != 1) {
                kr_err_set_string(KrExc_ValueError, "sep must be length 1.");
                return NULL;
            }
            sepc = KR_STR_READ(sep, 0);
        } else if (KR_BYTES_CHECK(sep)) {
            if (KR_BYTES_LEN(sep) != 1) {
                kr_err_set_string(KrExc_ValueError, "sep must be length 1.");
                return NULL;
            }
            sepc = (unsigned char)KR_BYTES_DATA(sep)[0];
        } else {
            /* CPython asks for len(sep) first */
            if (!KR_TYPE(sep)->tp_as_sequence || !KR_TYPE(sep)->tp_as_sequence->sq_length)
                return kr_err_format(KrExc_TypeError, "object of type '%T' has no len()", sep);
            kr_err_set_string(KrExc_TypeError, "sep must be str or bytes.");
            return NULL;
        }
        if (sepc > 127) {
            kr_err_set_string(KrExc_ValueError, "sep must be ASCII.");
            return NULL;
        }
    }
    if (!sepc || per == 0 || n == 0) {
        KrObject *r = kr_str_new(n * 2, 127);
        if (!r)
            return NULL;
        char *d = KR_STR_DATA(r);
        for (ssize_t i = 0; i < n; i++) {
            d[2 * i] = hx[(unsigned char)p[i] >> 4];
            d[2 * i + 1] = hx[(unsigned char)p[i] & 15];
        }
        return r;
    }
    ssize_t g = per < 0 ? -per : per;
    ssize_t nsep = (n - 1) / g;
    KrObject *r = kr_str_new(n * 2 + nsep, 127);
    if (!r)
        return NULL;
    char *d = KR_STR_DATA(r);
    ssize_t k = 0;
    /* per > 0: groups counted from the right; per < 0: from the left */
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0) {
            ssize_t boundary = per > 0 ? (n - i) % g == 0 : i % g == 0;
            if (boundary)
                d[k++] = (char)sepc;
        }
        d[k++] = hx[(unsigned char)p[i] >> 4];
        d[k++] = hx[(unsigned char)p[i] & 15];
    }
    return r;
}

static KrObject *b_hex(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_arg_parse("hex", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    ssize_t per = 1;
    if (a[1]) {
        int per_i;
        if (kr_arg_int(a[1], &per_i) < 0)
            return NULL;
        per = per_i;
    }
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    return kr_bytes_hex(p, n, a[0], per);
}

static int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

static KrObject *fromhex_impl(KrTypeObject *type, KrObject *s)
{
    if (!KR_STR_CHECK(s))
        return kr_err_format(KrExc_TypeError, "fromhex() argument must be str, not %s", kr_argtype_name(s));
    ssize_t n = KR_STR_LEN(s);
    KrBuf b;
    kr_buf_init(&b);
    ssize_t i = 0;
    while (i < n) {
        uint32_t c = KR_STR_READ(s, i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
            i++;
            continue;
        }
        int hi = hexval(c);
        if (hi < 0) {
            kr_buf_free(&b);
            return kr_err_format(KrExc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", i);
        }
        int lo = i + 1 < n ? hexval(KR_STR_READ(s, i + 1)) : -1;
        if (lo < 0) {
            kr_buf_free(&b);
            return kr_err_format(KrExc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", i + 1);
        }
        kr_buf_putc(&b, (char)(hi * 16 + lo));
        i += 2;
    }
    KrObject *r;
    if (b.failed)
        r = kr_err_nomemory();
    else if (type == &KrByteArray_Type)
        r = kr_bytearray_from_data(b.data ? b.data : "", (ssize_t)b.len);
    else {
        r = kr_bytes_from_data(b.data ? b.data : "", (ssize_t)b.len);
        if (r && type != &KrBytes_Type) {
            KrObject *x = kr_object_call_one(KR_OBJ(type), r);
            KR_DECREF(r);
            r = x;
        }
    }
    kr_buf_free(&b);
    if (r && type != &KrBytes_Type && type != &KrByteArray_Type && kr_type_is_subtype(type, &KrByteArray_Type)) {
        KrObject *x = kr_object_call_one(KR_OBJ(type), r);
        KR_DECREF(r);
        r = x;
    }
    return r;
}

static KrObject *b_fromhex(KrObject *type, KrObject *s) { return fromhex_impl((KrTypeObject *)type, s); }

static KrObject *b_decode(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (nargs == 0 && !kwnames) {
        const char *p0;
        ssize_t n0;
        self_view(self, &p0, &n0);
        return kr_str_decode(p0, n0, NULL, NULL);
    }
    if (kr_arg_parse("decode", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    const char *enc = "utf-8", *errs = "strict";
    if (a[0]) {
        if (!KR_STR_CHECK(a[0]))
            return kr_err_format(KrExc_TypeError, "decode() argument 'encoding' must be str, not %s", kr_argtype_name(a[0]));
        if (!(enc = kr_str_utf8(a[0])))
            return NULL;
    }
    if (a[1]) {
        if (!KR_STR_CHECK(a[1]))
            return kr_err_format(KrExc_TypeError, "decode() argument 'errors' must be str, not %s", kr_argtype_name(a[1]));
        if (!(errs = kr_str_utf8(a[1])))
            return NULL;
    }
    const char *p;
    ssize_t n;
    self_view(self, &p, &n);
    return kr_str_decode(p, n, enc, errs);
}

static KrObject *b_getnewargs(KrObject *self, KrObject *u)
{
    KrObject *c = kr_bytes_from_data(KR_BYTES_DATA(self), KR_BYTES_LEN(self));
    if (!c)
        return NULL;
    KrObject *t = kr_tuple_pack(1, c);
    KR_DECREF(c);
    return t;
}

static KrObject *b_bytes(KrObject *self, KrObject *u)
{
    if (KR_TYPE(self) == &KrBytes_Type)
        return KR_NEWREF(self);
    return kr_bytes_from_data(KR_BYTES_DATA(self), KR_BYTES_LEN(self));
}

static KrObject *b_sizeof(KrObject *self, KrObject *u)
{
    return kr_int_from_size(BYTES_HDR + (size_t)KR_BYTES_LEN(self) + 1);
}

/* ---- type slots --------------------------------------------------------------------- */
KrObject *kr_bytes_repr_raw(const char *p, ssize_t n, const char *prefix, const char *suffix, int escape_squote)
{
    static const char hx[] = "0123456789abcdef";
    int sq = 0, dq = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (p[i] == '\'')
            sq = 1;
        else if (p[i] == '"')
            dq = 1;
    }
    char quote = (sq && !dq) ? '"' : '\'';
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, prefix);
    kr_buf_putc(&b, quote);
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == (unsigned char)quote || c == '\\' || (escape_squote && c == '\'')) {
            kr_buf_putc(&b, '\\');
            kr_buf_putc(&b, (char)c);
        } else if (c == '\t')
            kr_buf_puts(&b, "\\t");
        else if (c == '\n')
            kr_buf_puts(&b, "\\n");
        else if (c == '\r')
            kr_buf_puts(&b, "\\r");
        else if (c < ' ' || c >= 0x7f) {
            char e[4] = {'\\', 'x', hx[c >> 4], hx[c & 15]};
            kr_buf_put(&b, e, 4);
        } else
            kr_buf_putc(&b, (char)c);
    }
    kr_buf_putc(&b, quote);
    kr_buf_puts(&b, suffix);
    KrObject *r = b.failed ? kr_err_nomemory() : kr_str_from_ascii(b.data, (ssize_t)b.len);
    kr_buf_free(&b);
    return r;
}

KrObject *kr_bytes_repr(KrObject *o) { return kr_bytes_repr_raw(KR_BYTES_DATA(o), KR_BYTES_LEN(o), "b", "", 0); }

static KrObject *bytes_str(KrObject *o) { return kr_bytes_repr(o); }

static kr_hash_t bytes_hash(KrObject *o)
{
    KrBytesObject *b = (KrBytesObject *)o;
    if (b->hash != -1)
        return b->hash;
    kr_hash_t h = KR_BYTES_LEN(o) ? kr_hash_bytes(b->data, (size_t)KR_BYTES_LEN(o)) : 0;
    __atomic_store_n(&b->hash, h, __ATOMIC_RELAXED);   /* same value from every thread */
    return h;
}

KrObject *kr_bytes_richcompare_raw(const char *a, ssize_t an, const char *b, ssize_t bn, int op)
{
    int c;
    if ((op == KR_EQ || op == KR_NE) && an != bn)
        c = 1;
    else {
        c = memcmp(a, b, (size_t)KR_MIN(an, bn));
        if (c == 0)
            c = an < bn ? -1 : an > bn ? 1 : 0;
    }
    int r;
    switch (op) {
    case KR_EQ: r = c == 0; break;
    case KR_NE: r = c != 0; break;
    case KR_LT: r = c < 0; break;
    case KR_LE: r = c <= 0; break;
    case KR_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return kr_bool_from(r);
}

static KrObject *bytes_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_BYTES_CHECK(a) || !KR_BYTES_CHECK(b))
        KR_RETURN_NOTIMPL;
    if (a == b && (op == KR_EQ || op == KR_LE || op == KR_GE))
        KR_RETURN_TRUE;
    return kr_bytes_richcompare_raw(KR_BYTES_DATA(a), KR_BYTES_LEN(a), KR_BYTES_DATA(b), KR_BYTES_LEN(b), op);
}

static ssize_t bytes_length(KrObject *o) { return KR_BYTES_LEN(o); }

static KrObject *bytes_sq_concat(KrObject *a, KrObject *b) { return kr_bytes_concat(a, b); }

static KrObject *bytes_repeat(KrObject *o, ssize_t n)
{
    ssize_t len = KR_BYTES_LEN(o);
    if (n <= 0 || len == 0)
        return kr_bytes_empty();
    if (n == 1 && KR_TYPE(o) == &KrBytes_Type)
        return KR_NEWREF(o);
    if (len > SSIZE_MAX / n) {
        kr_err_set_string(KrExc_OverflowError, "repeated bytes are too long");
        return NULL;
    }
    /* CPython's repeat has no "byte string is too large" case */
    if ((size_t)(len * n) > KR_MAX_ALLOC)
        return kr_err_nomemory();
    KrObject *r = kr_bytes_new(len * n);
    if (!r)
        return NULL;
    char *d = KR_BYTES_DATA(r);
    if (len == 1)
        memset(d, KR_BYTES_DATA(o)[0], (size_t)n);
    else
        for (ssize_t i = 0; i < n; i++)
            memcpy(d + i * len, KR_BYTES_DATA(o), (size_t)len);
    return r;
}

static KrObject *bytes_item(KrObject *o, ssize_t i)
{
    if (i < 0 || i >= KR_BYTES_LEN(o)) {
        kr_err_set_string(KrExc_IndexError, "index out of range");
        return NULL;
    }
    return kr_int_small((unsigned char)KR_BYTES_DATA(o)[i]);
}

static int bytes_contains(KrObject *o, KrObject *x)
{
    if (KR_INT_CHECK(x) || (!has_buffer(x) && kr_index_check(x))) {
        ssize_t v = kr_number_as_ssize(x, KR_OBJ(KrExc_OverflowError));
        if (v == -1 && kr_err_occurred())
            return -1;
        if (v < 0 || v > 255) {
            kr_err_set_string(KrExc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        const char *p;
        ssize_t n;
        self_view(o, &p, &n);
        return memchr(p, (int)v, (size_t)n) != NULL;
    }
    KrBuffer v;
    if (kr_bytes_like_get(x, &v) < 0)
        return -1;
    const char *p;
    ssize_t n;
    self_view(o, &p, &n);
    ssize_t r = kr_bytes_find_raw(p, n, v.buf, v.len, 0, n, 1);
    kr_buffer_release(&v);
    return r >= 0;
}

static KrObject *bytes_subscript(KrObject *o, KrObject *key)
{
    if (KR_INT_CHECK(key) || (!KR_SLICE_CHECK(key) && kr_index_check(key))) {
        ssize_t i = kr_number_as_ssize(key, KR_OBJ(KrExc_IndexError));
        if (i == -1 && kr_err_occurred())
            return NULL;
        if (i < 0)
            i += KR_BYTES_LEN(o);
        return bytes_item(o, i);
    }
    if (KR_SLICE_CHECK(key)) {
        ssize_t start, stop, step, n;
        if (kr_slice_get_indices(key, KR_BYTES_LEN(o), &start, &stop, &step, &n) < 0)
            return NULL;
        if (step == 1) {
            if (n == KR_BYTES_LEN(o) && KR_TYPE(o) == &KrBytes_Type)
                return KR_NEWREF(o);
            return kr_bytes_from_data(KR_BYTES_DATA(o) + start, n > 0 ? n : 0);
        }
        if (n <= 0)
            return kr_bytes_empty();
        KrObject *r = kr_bytes_new(n);
        if (!r)
            return NULL;
        for (ssize_t i = 0; i < n; i++)
            KR_BYTES_DATA(r)[i] = KR_BYTES_DATA(o)[start + i * step];
        if (n == 1) {
            KrObject *c = kr_bytes_from_data(KR_BYTES_DATA(r), 1);
            KR_DECREF(r);
            return c;
        }
        return r;
    }
    return kr_err_format(KrExc_TypeError, "byte indices must be integers or slices, not %T", key);
}

static KrObject *bytes_mod(KrObject *a, KrObject *b)
{
    if (!KR_BYTES_CHECK(a))
        KR_RETURN_NOTIMPL;
    return kr_bytes_format_impl(KR_BYTES_DATA(a), KR_BYTES_LEN(a), b, 0);
}

static int bytes_getbuffer(KrObject *o, KrBuffer *view, int flags)
{
    return kr_buffer_fill_simple(view, o, KR_BYTES_DATA(o), KR_BYTES_LEN(o), 1, flags);
}

static void bytes_dealloc(KrObject *o)
{
    if (KR_TYPE(o) == &KrBytes_Type)
        kr_mem_free(o);
    else if (KR_TYPE(o)->tp_free)
        KR_TYPE(o)->tp_free(o);
    else
        kr_object_free(o);
}

static void bytes_free(KrObject *o)
{
    if (KR_TYPE(o) == &KrBytes_Type)
        kr_mem_free(o);
    else
        kr_object_free(o);
}

/* bytes(x): the conversions shared by bytes() and bytearray() (whose
 * range message says "byte" where bytes() says "bytes") */
KrObject *kr_bytes_from_object(KrObject *x) { return kr_bytes_from_object_ex(x, 0); }

KrObject *kr_bytes_from_object_ex(KrObject *x, int for_bytearray)
{
    const char *range_msg = for_bytearray ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)";
    if (KR_TYPE(x) == &KrBytes_Type)
        return KR_NEWREF(x);
    if (has_buffer(x)) {
        /* any layout: strided views are gathered in C order */
        KrBuffer v;
        if (kr_object_get_buffer(x, &v, KR_BUF_FULL_RO) < 0)
            return NULL;
        KrObject *r = kr_bytes_new(v.len);
        if (r)
            kr_buffer_copy_to(&v, KR_BYTES_DATA(r));
        kr_buffer_release(&v);
        if (r && v.len <= 1) {
            KrObject *c = kr_bytes_from_data(KR_BYTES_DATA(r), v.len);
            KR_DECREF(r);
            r = c;
        }
        return r;
    }
    if (KR_STR_CHECK(x)) {
        kr_err_set_string(KrExc_TypeError, "string argument without an encoding");
        return NULL;
    }
    if (KR_INT_CHECK(x) || kr_index_check(x)) {
        ssize_t n = kr_number_as_ssize(x, KR_OBJ(KrExc_OverflowError));
        if (n == -1 && kr_err_occurred())
            return NULL;
        if (n < 0) {
            kr_err_set_string(KrExc_ValueError, "negative count");
            return NULL;
        }
        if (n == 0)
            return kr_bytes_empty();
        /* bytearray(n) is only ever a MemoryError in CPython */
        if (for_bytearray && (size_t)n > KR_MAX_ALLOC)
            return kr_err_nomemory();
        return bytes_new_zeroed(n);
    }
    if (KR_LIST_CHECK_EXACT(x) || KR_TUPLE_CHECK_EXACT(x)) {
        ssize_t n = KR_SIZE(x);
        KrObject *const *items = KR_LIST_CHECK_EXACT(x) ? KR_LIST_ITEMS(x) : KR_TUPLE_ITEMS(x);
        KrObject *r = kr_bytes_new(n);
        if (!r)
            return NULL;
        for (ssize_t i = 0; i < n; i++) {
            ssize_t v = kr_number_as_ssize(items[i], KR_OBJ(KrExc_OverflowError));
            if (v == -1 && kr_err_occurred()) {
                KR_DECREF(r);
                return NULL;
            }
            if (v < 0 || v > 255) {
                KR_DECREF(r);
                kr_err_set_string(KrExc_ValueError, range_msg);
                return NULL;
            }
            KR_BYTES_DATA(r)[i] = (char)v;
        }
        return r;
    }
    if (!KR_TYPE(x)->tp_iter && !(KR_TYPE(x)->tp_as_sequence && KR_TYPE(x)->tp_as_sequence->sq_item))
        return kr_err_format(KrExc_TypeError, "cannot convert '%T' object to bytes", x);
    KrObject *it = kr_object_getiter(x);
    if (!it)
        return NULL;
    KrBuf b;
    kr_buf_init(&b);
    KrObject *item;
    while ((item = kr_iter_next(it))) {
        ssize_t v = kr_number_as_ssize(item, KR_OBJ(KrExc_OverflowError));
        KR_DECREF(item);
        if (v == -1 && kr_err_occurred())
            goto fail;
        if (v < 0 || v > 255) {
            kr_err_set_string(KrExc_ValueError, range_msg);
            goto fail;
        }
        kr_buf_putc(&b, (char)v);
    }
    if (kr_err_occurred())
        goto fail;
    KR_DECREF(it);
    KrObject *r = b.failed ? kr_err_nomemory() : kr_bytes_from_data(b.data ? b.data : "", (ssize_t)b.len);
    kr_buf_free(&b);
    return r;
fail:
    KR_DECREF(it);
    kr_buf_free(&b);
    return NULL;
}

static KrObject *bytes_make(KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    KrObject *a[3] = {NULL, NULL, NULL};
    if (kr_arg_parse("bytes", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    if (!a[0]) {
        if (a[1] || a[2]) {
            kr_err_set_string(KrExc_TypeError, a[1] ? "encoding without a string argument"
                                                    : "errors without a string argument");
            return NULL;
        }
        return kr_bytes_empty();
    }
    if (a[1] || a[2]) {
        if (!KR_STR_CHECK(a[0])) {
            kr_err_set_string(KrExc_TypeError, a[1] ? "encoding without a string argument"
                                                    : "errors without a string argument");
            return NULL;
        }
        const char *enc = "utf-8", *errs = NULL;
        if (a[1]) {
            if (!KR_STR_CHECK(a[1]))
                return kr_err_format(KrExc_TypeError, "bytes() argument 'encoding' must be str, not %s", kr_argtype_name(a[1]));
            enc = kr_str_utf8(a[1]);
        }
        if (a[2]) {
            if (!KR_STR_CHECK(a[2]))
                return kr_err_format(KrExc_TypeError, "bytes() argument 'errors' must be str, not %s", kr_argtype_name(a[2]));
            errs = kr_str_utf8(a[2]);
        }
        if (!enc || (a[2] && !errs))
            return NULL;
        return kr_str_encode(a[0], enc, errs);
    }
    /* __bytes__ wins over the buffer protocol and iteration */
    if (!KR_BYTES_CHECK(a[0]) || KR_TYPE(a[0]) != &KrBytes_Type) {
        int found = 0;
        KrObject *r = kr_call_special(a[0], KR_ID(__bytes__), NULL, 0, &found);
        if (found) {
            if (r && !KR_BYTES_CHECK(r)) {
                kr_err_format(KrExc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
                KR_DECREF(r);
                return NULL;
            }
            return r;
        }
        if (kr_err_occurred())
            return NULL;
    }
    return kr_bytes_from_object(a[0]);
}

static KrObject *bytes_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *b = bytes_make(args, nargs, kwnames);
    if (!b || type == &KrBytes_Type)
        return b;
    ssize_t n = KR_BYTES_LEN(b);
    KrObject *r = kr_type_generic_alloc(type, n);   /* the size includes the NUL (tp_basicsize) */
    if (r) {
        KR_SIZE(r) = n;
        ((KrBytesObject *)r)->hash = -1;
        memcpy(KR_BYTES_DATA(r), KR_BYTES_DATA(b), (size_t)n + 1);
    }
    KR_DECREF(b);
    return r;
}

static KrObject *bytes_vectorcall(KrObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return bytes_new((KrTypeObject *)type, args, nargs, kwnames);
}

/* ---- iterator (shared by bytes and bytearray) --------------------------------------- */
typedef struct {
    KrObject_HEAD
    KrObject *seq;
    ssize_t index;
} BytesIter;

static KrObject *bytesiter_new(KrTypeObject *t, KrObject *seq)
{
    BytesIter *it = (BytesIter *)kr_gc_alloc(t, sizeof(BytesIter));
    if (!it)
        return NULL;
    it->seq = KR_NEWREF(seq);
    it->index = 0;
    kr_gc_track(KR_OBJ(it));
    return KR_OBJ(it);
}

static KrObject *bytes_iter(KrObject *o) { return bytesiter_new(&KrBytesIter_Type, o); }
KrObject *kr_bytearray_iter(KrObject *o) { return bytesiter_new(&KrByteArrayIter_Type, o); }

static KrObject *bytesiter_next(KrObject *o)
{
    BytesIter *it = (BytesIter *)o;
    if (!it->seq)
        return NULL;
    const char *p;
    ssize_t n;
    self_view(it->seq, &p, &n);
    if (it->index < n)
        return kr_int_small((unsigned char)p[it->index++]);
    KR_CLEAR(it->seq);
    return NULL;
}

static void bytesiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((BytesIter *)o)->seq);
    kr_gc_free(o);
}

static int bytesiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((BytesIter *)o)->seq);
    return 0;
}

static int bytesiter_clear(KrObject *o)
{
    KR_CLEAR(((BytesIter *)o)->seq);
    return 0;
}

static KrObject *bytesiter_length_hint(KrObject *o, KrObject *u)
{
    BytesIter *it = (BytesIter *)o;
    if (!it->seq)
        return kr_int_from_long(0);
    const char *p;
    ssize_t n;
    self_view(it->seq, &p, &n);
    return kr_int_from_ssize(n > it->index ? n - it->index : 0);
}

static KrMethodDef bytesiter_methods[] = {
    {"__length_hint__", KR_CFUNC(bytesiter_length_hint), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

KrTypeObject KrBytesIter_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "bytes_iterator",
    .tp_basicsize = sizeof(BytesIter),
    .tp_dealloc = bytesiter_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = bytesiter_traverse,
    .tp_clear = bytesiter_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = bytesiter_next,
    .tp_methods = bytesiter_methods,
};

KrTypeObject KrByteArrayIter_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "bytearray_iterator",
    .tp_basicsize = sizeof(BytesIter),
    .tp_dealloc = bytesiter_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = bytesiter_traverse,
    .tp_clear = bytesiter_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = bytesiter_next,
    .tp_methods = bytesiter_methods,
};

/* ---- method tables ---------------------------------------------------------------- */
#define FAST(f) KR_CFUNC(f), KR_METH_FASTCALL
#define FASTKW(f) KR_CFUNC(f), KR_METH_FASTCALL | KR_METH_KEYWORDS
#define NOARGS(f) KR_CFUNC(f), KR_METH_NOARGS
#define ONE(f) KR_CFUNC(f), KR_METH_O

#define COMMON_METHODS \
    {"capitalize", NOARGS(b_capitalize), NULL}, \
    {"center", FAST(b_center), NULL}, \
    {"count", FAST(b_count), NULL}, \
    {"decode", FASTKW(b_decode), NULL}, \
    {"endswith", FAST(b_endswith), NULL}, \
    {"expandtabs", FASTKW(b_expandtabs), NULL}, \
    {"find", FAST(b_find), NULL}, \
    {"fromhex", KR_CFUNC(b_fromhex), KR_METH_O | KR_METH_CLASS, NULL}, \
    {"hex", FASTKW(b_hex), NULL}, \
    {"index", FAST(b_index), NULL}, \
    {"isalnum", NOARGS(b_isalnum_m), NULL}, \
    {"isalpha", NOARGS(b_isalpha_m), NULL}, \
    {"isascii", NOARGS(b_isascii), NULL}, \
    {"isdigit", NOARGS(b_isdigit_m), NULL}, \
    {"islower", NOARGS(b_islower_m), NULL}, \
    {"isspace", NOARGS(b_isspace_m), NULL}, \
    {"istitle", NOARGS(b_istitle), NULL}, \
    {"isupper", NOARGS(b_isupper_m), NULL}, \
    {"join", ONE(b_join), NULL}, \
    {"ljust", FAST(b_ljust), NULL}, \
    {"lower", NOARGS(b_lower_m), NULL}, \
    {"lstrip", FAST(b_lstrip), NULL}, \
    {"maketrans", KR_CFUNC(b_maketrans), KR_METH_FASTCALL | KR_METH_STATIC, NULL}, \
    {"partition", ONE(b_partition), NULL}, \
    {"removeprefix", ONE(b_removeprefix), NULL}, \
    {"removesuffix", ONE(b_removesuffix), NULL}, \
    {"replace", FASTKW(b_replace), NULL}, \
    {"rfind", FAST(b_rfind), NULL}, \
    {"rindex", FAST(b_rindex), NULL}, \
    {"rjust", FAST(b_rjust), NULL}, \
    {"rpartition", ONE(b_rpartition), NULL}, \
    {"rsplit", FASTKW(b_rsplit), NULL}, \
    {"rstrip", FAST(b_rstrip), NULL}, \
    {"split", FASTKW(b_split), NULL}, \
    {"splitlines", FASTKW(b_splitlines), NULL}, \
    {"startswith", FAST(b_startswith), NULL}, \
    {"strip", FAST(b_strip), NULL}, \
    {"swapcase", NOARGS(b_swapcase), NULL}, \
    {"title", NOARGS(b_title), NULL}, \
    {"translate", FASTKW(b_translate), NULL}, \
    {"upper", NOARGS(b_upper_m), NULL}, \
    {"zfill", ONE(b_zfill), NULL},

KrMethodDef kr_bytes_methods[] = {
    COMMON_METHODS
    {"__getnewargs__", NOARGS(b_getnewargs), NULL},
    {"__bytes__", NOARGS(b_bytes), "Convert this value to exact type bytes."},
    {"__sizeof__", NOARGS(b_sizeof), NULL},
    {NULL, NULL, 0, NULL}
};

/* bytearray's own methods come from bytearray.c */
KrObject *kr_bytearray_m_append(KrObject *, KrObject *);
KrObject *kr_bytearray_m_extend(KrObject *, KrObject *);
KrObject *kr_bytearray_m_insert(KrObject *, KrObject *const *, ssize_t);
KrObject *kr_bytearray_m_pop(KrObject *, KrObject *const *, ssize_t);
KrObject *kr_bytearray_m_remove(KrObject *, KrObject *);
KrObject *kr_bytearray_m_clear(KrObject *, KrObject *);
KrObject *kr_bytearray_m_reverse(KrObject *, KrObject *);
KrObject *kr_bytearray_m_copy(KrObject *, KrObject *);
KrObject *kr_bytearray_m_alloc(KrObject *, KrObject *);
KrObject *kr_bytearray_m_sizeof(KrObject *, KrObject *);
KrObject *kr_bytearray_m_reduce(KrObject *, KrObject *);

KrMethodDef kr_bytearray_methods[] = {
    COMMON_METHODS
    {"append", ONE(kr_bytearray_m_append), NULL},
    {"extend", ONE(kr_bytearray_m_extend), NULL},
    {"insert", FAST(kr_bytearray_m_insert), NULL},
    {"pop", FAST(kr_bytearray_m_pop), NULL},
    {"remove", ONE(kr_bytearray_m_remove), NULL},
    {"clear", NOARGS(kr_bytearray_m_clear), NULL},
    {"reverse", NOARGS(kr_bytearray_m_reverse), NULL},
    {"copy", NOARGS(kr_bytearray_m_copy), NULL},
    {"__alloc__", NOARGS(kr_bytearray_m_alloc), NULL},
    {"__sizeof__", NOARGS(kr_bytearray_m_sizeof), NULL},
    {"__reduce__", NOARGS(kr_bytearray_m_reduce), NULL},
    {NULL, NULL, 0, NULL}
};

static KrNumberMethods bytes_as_number = { .nb_remainder = bytes_mod };

static KrSequenceMethods bytes_as_sequence = {
    .sq_length = bytes_length,
    .sq_concat = bytes_sq_concat,
    .sq_repeat = bytes_repeat,
    .sq_item = bytes_item,
    .sq_contains = bytes_contains,
};

static KrMappingMethods bytes_as_mapping = {
    .mp_length = bytes_length,
    .mp_subscript = bytes_subscript,
};

static KrBufferProcs bytes_as_buffer = { .bf_getbuffer = bytes_getbuffer };

/* exported for bytearray.c */
int kr_bytes_contains_impl(KrObject *o, KrObject *x) { return bytes_contains(o, x); }

KrTypeObject KrBytes_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "bytes",
    .tp_basicsize = BYTES_HDR + 1,
    .tp_itemsize = 1,
    .tp_dealloc = bytes_dealloc,
    .tp_repr = kr_bytes_repr,
    .tp_as_number = &bytes_as_number,
    .tp_as_sequence = &bytes_as_sequence,
    .tp_as_mapping = &bytes_as_mapping,
    .tp_hash = bytes_hash,
    .tp_str = bytes_str,
    .tp_getattro = kr_object_generic_getattr,
    .tp_as_buffer = &bytes_as_buffer,
    .tp_flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_BYTES_SUBCLASS,
    .tp_doc = "bytes(iterable_of_ints) -> bytes\n"
              "bytes(string, encoding[, errors]) -> bytes\n"
              "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
              "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
              "bytes() -> empty bytes object",
    .tp_richcompare = bytes_richcompare,
    .tp_iter = bytes_iter,
    .tp_methods = kr_bytes_methods,
    .tp_base = &KrBaseObject_Type,
    .tp_new = bytes_new,
    .tp_free = bytes_free,
    .tp_vectorcall = bytes_vectorcall,
};
