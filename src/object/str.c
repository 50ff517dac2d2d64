/* str.c: the str object: compact storage (PEP 393 widths), creation,
 * hashing, comparison, concatenation, repr, the builder (KrStrWriter),
 * kr_str_from_format, interning and the identifier table, and the type
 * object with its operator slots.  The named methods live in strmethods.c,
 * formatting in strformat.c, encodings in codecs.c.
 *
 * Invariant every function relies on: a str always has the narrowest width
 * for its largest code point, and `ascii` is exact, so two equal strings
 * have identical kind and bytes; equality is one memcmp.
 */
#include <limits.h>
#include "kr.h"
#include "strlib.h"

KrIdentifiers kr_ids;

/* ---- the immortal singletons ------------------------------------------- */
/* One-character latin-1 strings and the empty string live in static
 * storage; their hash and UTF-8 are filled at runtime start, so no
 * interpreter ever writes to them afterwards. */
/* Sized for the non-ASCII layout; an ASCII one keeps its data where the
 * UTF-8 fields would be (KR_STR_DATA follows the ascii flag). */
typedef struct { KrStrCompactObject s; uint8_t data[4]; char utf8[4]; } StaticChar;
static StaticChar latin1_chars[256];
static StaticChar empty_str;

#define STATIC_CHAR(ch) KR_OBJ(&latin1_chars[(ch)].s)
KrObject *kr_str_empty(void) { return KR_OBJ(&empty_str.s); }

static void init_static_char(StaticChar *c, int len, uint8_t ch)
{
    KrStrObject *b = &c->s.base;
    b->ob_base.ob_refcnt = KR_IMMORTAL_REFCNT;
    b->ob_base.ob_type = &KrStr_Type;
    b->length = len;
    b->kind = 1;
    b->ascii = ch < 128;
    b->interned = 1;
    uint8_t *d = KR_STR_DATA(b);
    d[0] = ch;
    d[1] = 0;
    if (ch >= 128) {
        c->utf8[0] = (char)(0xC0 | (ch >> 6));
        c->utf8[1] = (char)(0x80 | (ch & 0x3F));
        c->utf8[2] = 0;
        c->s.utf8 = c->utf8;
        c->s.utf8_len = 2;
    }
    b->hash = len ? kr_hash_bytes(d, (size_t)len) : 0;
}

/* ---- allocation ---------------------------------------------------------- */
static inline int kind_for(uint32_t maxchar)
{
    return maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4;
}

static KrObject *str_alloc(ssize_t length, int kind, int ascii)
{
    if (length < 0 || (size_t)length > (KR_MAX_ALLOC - sizeof(KrStrCompactObject)) / 4 - 1) {
        kr_err_nomemory();
        return NULL;
    }
    size_t hdr = KR_STR_HEADER_SIZE(ascii);
    KrStrObject *s = kr_mem_alloc(hdr + (size_t)(length + 1) * (size_t)kind);
    if (!s) {
        kr_err_nomemory();
        return NULL;
    }
    kr_refcnt_init(KR_OBJ(s));
    s->ob_base.ob_type = &KrStr_Type;
    s->length = length;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = (uint8_t)ascii;
    s->interned = 0;
    void *d = (char *)s + hdr;
    if (kind == 1)
        ((uint8_t *)d)[length] = 0;
    else if (kind == 2)
        ((uint16_t *)d)[length] = 0;
    else
        ((uint32_t *)d)[length] = 0;
    if (!ascii) {
        ((KrStrCompactObject *)s)->utf8 = NULL;
        ((KrStrCompactObject *)s)->utf8_len = 0;
    }
    return KR_OBJ(s);
}

KrObject *kr_str_new(ssize_t length, uint32_t maxchar)
{
    if (length == 0)
        return kr_str_empty();
    return str_alloc(length, kind_for(maxchar), maxchar < 128);
}

KrObject *kr_str_from_ascii(const char *s, ssize_t n)
{
    if (n == 1)
        return STATIC_CHAR((unsigned char)s[0]);
    if (n == 0)
        return kr_str_empty();
    KrObject *r = str_alloc(n, 1, 1);
    if (r)
        memcpy(KR_STR_ASCII_DATA(r), s, (size_t)n);
    return r;
}

KrObject *kr_str_from_latin1(const char *s, ssize_t n)
{
    if (n == 1)
        return STATIC_CHAR((unsigned char)s[0]);
    int ascii = 1;
    for (ssize_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 128) {
            ascii = 0;
            break;
        }
    if (n == 0)
        return kr_str_empty();
    KrObject *r = str_alloc(n, 1, ascii);
    if (r)
        memcpy(KR_STR_DATA(r), s, (size_t)n);
    return r;
}

KrObject *kr_str_from_kind(int kind, const void *data, ssize_t n)
{
    if (kind == 1)
        return kr_str_from_latin1(data, n);
    uint32_t mx = 0;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_read(kind, data, i);
        if (c > mx)
            mx = c;
    }
    if (n == 1 && mx < 256)
        return STATIC_CHAR(mx);
    KrObject *r = kr_str_new(n, mx);
    if (!r || n == 0)
        return r;
    int k = KR_STR_KIND(r);
    void *d = KR_STR_DATA(r);
    if (k == kind) {
        memcpy(d, data, (size_t)n * (size_t)kind);
    } else {
        for (ssize_t i = 0; i < n; i++) {
            uint32_t c = kr_str_read(kind, data, i);
            if (k == 1)
                ((uint8_t *)d)[i] = (uint8_t)c;
            else if (k == 2)
                ((uint16_t *)d)[i] = (uint16_t)c;
            else
                ((uint32_t *)d)[i] = c;
        }
    }
    return r;
}

KrObject *kr_str_from_ucs4(const uint32_t *cps, ssize_t n)
{
    return kr_str_from_kind(4, cps, n);
}

KrObject *kr_str_from_codepoint(uint32_t cp)
{
    if (cp < 256)
        return STATIC_CHAR(cp);
    if (cp > 0x10FFFF) {
        kr_err_set_string(KrExc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    KrObject *r = kr_str_new(1, cp);
    if (!r)
        return NULL;
    if (KR_STR_KIND(r) == 2)
        ((uint16_t *)KR_STR_DATA(r))[0] = (uint16_t)cp;
    else
        ((uint32_t *)KR_STR_DATA(r))[0] = cp;
    return r;
}

KrObject *kr_str_from_utf8(const char *s, ssize_t len)
{
    /* ASCII is by far the common case: one scan, one copy */
    ssize_t i = 0;
    while (i < len && (unsigned char)s[i] < 128)
        i++;
    if (i == len)
        return kr_str_from_ascii(s, len);
    return kr_codec_utf8_decode(s, len, NULL);
}

KrObject *kr_str_from_cstr(const char *s)
{
    return kr_str_from_utf8(s, (ssize_t)strlen(s));
}

KrObject *kr_str_copy_exact(KrObject *s)
{
    if (KR_STR_CHECK_EXACT(s))
        return KR_NEWREF(s);
    return kr_str_from_kind(KR_STR_KIND(s), KR_STR_DATA(s), KR_STR_LEN(s));
}

/* ---- UTF-8 view ---------------------------------------------------------- */
const char *kr_str_utf8_len(KrObject *o, ssize_t *len)
{
    KrStrObject *a = (KrStrObject *)o;
    if (a->ascii) {
        if (len)
            *len = a->length;
        return (const char *)(a + 1);
    }
    KrStrCompactObject *s = (KrStrCompactObject *)o;
    if (!s->utf8) {
        ssize_t n;
        char *u = kr_codec_utf8_encode_raw(o, &n);
        if (!u)
            return NULL;
        s->utf8 = u;
        s->utf8_len = n;
    }
    if (len)
        *len = s->utf8_len;
    return s->utf8;
}

const char *kr_str_utf8(KrObject *s) { return kr_str_utf8_len(s, NULL); }

uint32_t kr_str_max_char(KrObject *s)
{
    KrStrObject *o = (KrStrObject *)s;
    if (o->ascii)
        return 127;
    uint32_t mx = 0;
    for (ssize_t i = 0; i < o->length; i++) {
        uint32_t c = KR_STR_READ(s, i);
        if (c > mx)
            mx = c;
    }
    return mx;
}

/* ---- hashing, equality, ordering ---------------------------------------- */
kr_hash_t kr_str_hash(KrObject *o)
{
    KrStrObject *s = (KrStrObject *)o;
    if (s->hash != -1)
        return s->hash;
    /* hash('') is 0, as in CPython */
    kr_hash_t h = s->length ? kr_hash_bytes(KR_STR_DATA(s), (size_t)s->length * s->kind) : 0;
    /* shared (immortal) strings may be hashed by several interpreters at
     * once; they all store the same value, so a relaxed store suffices */
    __atomic_store_n(&s->hash, h, __ATOMIC_RELAXED);
    return h;
}

bool kr_str_eq(KrObject *a, KrObject *b)
{
    if (a == b)
        return true;
    KrStrObject *x = (KrStrObject *)a, *y = (KrStrObject *)b;
    if (x->length != y->length || x->kind != y->kind)
        return false;
    if (x->interned && y->interned && KR_STR_CHECK_EXACT(a) && KR_STR_CHECK_EXACT(b))
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(KR_STR_DATA(a), KR_STR_DATA(b), (size_t)x->length * x->kind) == 0;
}

int kr_str_eq_cstr(KrObject *s, const char *c)
{
    KrStrObject *o = (KrStrObject *)s;
    size_t n = strlen(c);
    if (o->ascii)
        return (size_t)o->length == n && memcmp(KR_STR_DATA(s), c, n) == 0;
    ssize_t ulen;
    const char *u = kr_str_utf8_len(s, &ulen);
    if (!u) {
        kr_err_clear();
        return 0;
    }
    return (size_t)ulen == n && memcmp(u, c, n) == 0;
}

int kr_str_compare(KrObject *a, KrObject *b)
{
    if (a == b)
        return 0;
    ssize_t la = KR_STR_LEN(a), lb = KR_STR_LEN(b), n = KR_MIN(la, lb);
    int ka = KR_STR_KIND(a), kb = KR_STR_KIND(b);
    const void *da = KR_STR_DATA(a), *db = KR_STR_DATA(b);
    if (ka == 1 && kb == 1) {
        int c = memcmp(da, db, (size_t)n);
        if (c)
            return c < 0 ? -1 : 1;
    } else {
        for (ssize_t i = 0; i < n; i++) {
            uint32_t x = kr_str_read(ka, da, i), y = kr_str_read(kb, db, i);
            if (x != y)
                return x < y ? -1 : 1;
        }
    }
    return la < lb ? -1 : la > lb ? 1 : 0;
}

/* ---- building blocks ------------------------------------------------------ */
static void copy_chars(void *dst, int dkind, ssize_t doff, const void *src, int skind,
                       ssize_t soff, ssize_t n)
{
    if (dkind == skind) {
        memcpy((char *)dst + doff * dkind, (const char *)src + soff * skind, (size_t)(n * skind));
        return;
    }
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_read(skind, src, soff + i);
        if (dkind == 1)
            ((uint8_t *)dst)[doff + i] = (uint8_t)c;
        else if (dkind == 2)
            ((uint16_t *)dst)[doff + i] = (uint16_t)c;
        else
            ((uint32_t *)dst)[doff + i] = c;
    }
}

void kr_str_copy_chars(void *dst, int dkind, ssize_t doff, KrObject *src)
{
    copy_chars(dst, dkind, doff, KR_STR_DATA(src), KR_STR_KIND(src), 0, KR_STR_LEN(src));
}

static uint32_t str_maxchar_bound(KrObject *s)
{
    /* exact enough for choosing a width: the kind's ceiling, or 127/255 */
    KrStrObject *o = (KrStrObject *)s;
    if (o->ascii)
        return 127;
    if (o->kind == 1)
        return 255;
    return kr_str_max_char(s);
}

KrObject *kr_str_concat(KrObject *a, KrObject *b)
{
    ssize_t la = KR_STR_LEN(a), lb = KR_STR_LEN(b);
    if (la == 0 && KR_STR_CHECK_EXACT(b))
        return KR_NEWREF(b);
    if (lb == 0 && KR_STR_CHECK_EXACT(a))
        return KR_NEWREF(a);
    if (la > ((ssize_t)1 << 62) - lb) {
        kr_err_set_string(KrExc_OverflowError, "strings are too large to concat");
        return NULL;
    }
    KrStrObject *x = (KrStrObject *)a, *y = (KrStrObject *)b;
    int kind = KR_MAX(x->kind, y->kind);
    int ascii = x->ascii && y->ascii;
    if (la + lb == 1)
        return kr_str_from_kind(la ? x->kind : y->kind, la ? KR_STR_DATA(a) : KR_STR_DATA(b), 1);
    KrObject *r = str_alloc(la + lb, kind, ascii);
    if (!r)
        return NULL;
    copy_chars(KR_STR_DATA(r), kind, 0, KR_STR_DATA(a), x->kind, 0, la);
    copy_chars(KR_STR_DATA(r), kind, la, KR_STR_DATA(b), y->kind, 0, lb);
    return r;
}

int kr_str_append_inplace(KrObject **pa, KrObject *b)
{
    KrObject *a = *pa;
    KrStrObject *x = (KrStrObject *)a, *y = (KrStrObject *)b;
    ssize_t la = x->length, lb = y->length;
    /* an ASCII string growing by non-ASCII text changes layout: concat */
    if (KR_REFCNT(a) == 1 && KR_STR_CHECK_EXACT(a) && KR_STR_CHECK_EXACT(b) && !x->interned &&
        x->kind >= y->kind && (y->ascii || !x->ascii) && la > 0 && lb > 0 &&
        la < ((ssize_t)1 << 58) - lb) {
        int kind = x->kind;
        if (!x->ascii) {
            KrStrCompactObject *c = (KrStrCompactObject *)x;
            kr_mem_free(c->utf8);
            c->utf8 = NULL;
            c->utf8_len = 0;
        }
        KrStrObject *n = kr_mem_realloc(x, KR_STR_HEADER_SIZE(x->ascii) + (size_t)(la + lb + 1) * (size_t)kind);
        if (!n) {
            kr_err_nomemory();
            return -1;
        }
        copy_chars(KR_STR_DATA(n), kind, la, KR_STR_DATA(b), y->kind, 0, lb);
        n->length = la + lb;
        n->hash = -1;
        void *d = KR_STR_DATA(n);
        if (kind == 1)
            ((uint8_t *)d)[la + lb] = 0;
        else if (kind == 2)
            ((uint16_t *)d)[la + lb] = 0;
        else
            ((uint32_t *)d)[la + lb] = 0;
        *pa = KR_OBJ(n);
        return 0;
    }
    KrObject *r = kr_str_concat(a, b);
    if (!r)
        return -1;
    KR_DECREF(a);
    *pa = r;
    return 0;
}

KrObject *kr_str_substring(KrObject *s, ssize_t start, ssize_t end)
{
    ssize_t len = KR_STR_LEN(s);
    if (start < 0)
        start = 0;
    if (end > len)
        end = len;
    if (start >= end)
        return kr_str_empty();
    if (start == 0 && end == len && KR_STR_CHECK_EXACT(s))
        return KR_NEWREF(s);
    int kind = KR_STR_KIND(s);
    const char *d = (const char *)KR_STR_DATA(s) + start * kind;
    if (((KrStrObject *)s)->ascii)
        return kr_str_from_ascii(d, end - start);
    return kr_str_from_kind(kind, d, end - start);
}

KrObject *kr_str_getslice(KrObject *s, ssize_t start, ssize_t step, ssize_t slicelen)
{
    if (slicelen <= 0)
        return kr_str_empty();
    if (step == 1)
        return kr_str_substring(s, start, start + slicelen);
    int kind = KR_STR_KIND(s);
    const void *d = KR_STR_DATA(s);
    if (((KrStrObject *)s)->ascii) {
        KrObject *r = str_alloc(slicelen, 1, 1);
        if (!r)
            return NULL;
        uint8_t *o = KR_STR_DATA(r);
        for (ssize_t i = 0; i < slicelen; i++)
            o[i] = ((const uint8_t *)d)[start + i * step];
        if (slicelen == 1) {
            KrObject *c = STATIC_CHAR(o[0]);
            KR_DECREF(r);
            return c;
        }
        return r;
    }
    uint32_t mx = 0;
    for (ssize_t i = 0; i < slicelen; i++) {
        uint32_t c = kr_str_read(kind, d, start + i * step);
        if (c > mx)
            mx = c;
    }
    if (slicelen == 1)
        return kr_str_from_codepoint(mx);
    KrObject *r = kr_str_new(slicelen, mx);
    if (!r)
        return NULL;
    int rk = KR_STR_KIND(r);
    void *o = KR_STR_DATA(r);
    for (ssize_t i = 0; i < slicelen; i++) {
        uint32_t c = kr_str_read(kind, d, start + i * step);
        if (rk == 1)
            ((uint8_t *)o)[i] = (uint8_t)c;
        else if (rk == 2)
            ((uint16_t *)o)[i] = (uint16_t)c;
        else
            ((uint32_t *)o)[i] = c;
    }
    return r;
}

KrObject *kr_str_repeat(KrObject *s, ssize_t n)
{
    ssize_t len = KR_STR_LEN(s);
    if (n <= 0 || len == 0)
        return kr_str_empty();
    if (n == 1 && KR_STR_CHECK_EXACT(s))
        return KR_NEWREF(s);
    /* CPython's bound: anything below it is a MemoryError from the allocation */
    if (len > SSIZE_MAX / n) {
        kr_err_set_string(KrExc_OverflowError, "repeated string is too long");
        return NULL;
    }
    KrStrObject *o = (KrStrObject *)s;
    KrObject *r = str_alloc(len * n, o->kind, o->ascii);
    if (!r)
        return NULL;
    char *d = KR_STR_DATA(r);
    size_t unit = (size_t)len * o->kind, total = unit * (size_t)n;
    if (len == 1 && o->kind == 1) {
        memset(d, ((uint8_t *)KR_STR_DATA(s))[0], (size_t)n);
        return r;
    }
    memcpy(d, KR_STR_DATA(s), unit);
    size_t done = unit;
    while (done < total) {
        size_t chunk = KR_MIN(done, total - done);
        memcpy(d + done, d, chunk);
        done += chunk;
    }
    return r;
}

/* ---- repr ---------------------------------------------------------------- */
static const char hexdigits[] = "0123456789abcdef";

/* two passes: measure (length and widest kept character), then fill one
 * exact allocation; both loops are instantiated per width */
#define REPR_MEASURE(T)                                                        \
    for (ssize_t i = 0; i < len; i++) {                                        \
        uint32_t c = ((const T *)d)[i];                                        \
        if (c < 0x7f && c >= ' ')                                              \
            outlen += (c == quote || c == '\\') ? 2 : 1;                       \
        else if (c == '\t' || c == '\n' || c == '\r')                          \
            outlen += 2;                                                       \
        else if (c < 0x80)                                                     \
            outlen += 4;                                                       \
        else if (!ascii_only && kr_unicode_isprintable(c)) {                   \
            outlen += 1;                                                       \
            if (c > maxchar)                                                   \
                maxchar = c;                                                   \
        } else                                                                 \
            outlen += c <= 0xff ? 4 : c <= 0xffff ? 6 : 10;                    \
    }

#define REPR_FILL(S, D)                                                        \
    do {                                                                       \
        const S *src = (const S *)d;                                           \
        D *o = (D *)KR_STR_DATA(r);                                            \
        ssize_t k = 0;                                                         \
        o[k++] = (D)quote;                                                     \
        for (ssize_t i = 0; i < len; i++) {                                    \
            uint32_t c = src[i];                                               \
            if (c < 0x7f && c >= ' ') {                                        \
                if (c == quote || c == '\\')                                   \
                    o[k++] = '\\';                                             \
                o[k++] = (D)c;                                                 \
            } else if (c == '\t' || c == '\n' || c == '\r') {                  \
                o[k++] = '\\';                                                 \
                o[k++] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';              \
            } else if (c >= 0x80 && !ascii_only && kr_unicode_isprintable(c)) { \
                o[k++] = (D)c;                                                 \
            } else if (c <= 0xff) {                                            \
                o[k++] = '\\';                                                 \
                o[k++] = 'x';                                                  \
                o[k++] = (D)hexdigits[c >> 4];                                 \
                o[k++] = (D)hexdigits[c & 15];                                 \
            } else if (c <= 0xffff) {                                          \
                o[k++] = '\\';                                                 \
                o[k++] = 'u';                                                  \
                for (int q = 0; q < 4; q++)                                    \
                    o[k++] = (D)hexdigits[(c >> (12 - 4 * q)) & 15];           \
            } else {                                                           \
                o[k++] = '\\';                                                 \
                o[k++] = 'U';                                                  \
                for (int q = 0; q < 8; q++)                                    \
                    o[k++] = (D)hexdigits[(c >> (28 - 4 * q)) & 15];           \
            }                                                                  \
        }                                                                      \
        o[k++] = (D)quote;                                                     \
    } while (0)

static KrObject *str_repr_impl(KrObject *s, int ascii_only)
{
    ssize_t len = KR_STR_LEN(s);
    int kind = KR_STR_KIND(s);
    const void *d = KR_STR_DATA(s);
    int sq = 0, dq = 0;
    if (kind == 1) {
        sq = memchr(d, '\'', (size_t)len) != NULL;
        dq = memchr(d, '"', (size_t)len) != NULL;
    } else {
        for (ssize_t i = 0; i < len; i++) {
            uint32_t c = kr_str_read(kind, d, i);
            if (c == '\'')
                sq = 1;
            else if (c == '"')
                dq = 1;
        }
    }
    uint32_t quote = (sq && !dq) ? '"' : '\'';
    ssize_t outlen = 2;
    uint32_t maxchar = 127;
    if (kind == 1)
        REPR_MEASURE(uint8_t)
    else if (kind == 2)
        REPR_MEASURE(uint16_t)
    else
        REPR_MEASURE(uint32_t)
    KrObject *r = kr_str_new(outlen, maxchar);
    if (!r)
        return NULL;
    int ok = KR_STR_KIND(r);
    if (outlen == len + 2 && ok == kind) {
        /* nothing to escape: the quotes around a copy */
        char *o = KR_STR_DATA(r);
        memcpy(o + kind, d, (size_t)len * (size_t)kind);
        if (kind == 1) {
            o[0] = o[len + 1] = (char)quote;
        } else if (kind == 2) {
            ((uint16_t *)o)[0] = ((uint16_t *)o)[len + 1] = (uint16_t)quote;
        } else {
            ((uint32_t *)o)[0] = ((uint32_t *)o)[len + 1] = quote;
        }
        return r;
    }
    if (kind == 1) {
        if (ok == 1) REPR_FILL(uint8_t, uint8_t);
        else REPR_FILL(uint8_t, uint16_t);     /* cannot happen: latin-1 fits */
    } else if (kind == 2) {
        if (ok == 1) REPR_FILL(uint16_t, uint8_t);
        else if (ok == 2) REPR_FILL(uint16_t, uint16_t);
        else REPR_FILL(uint16_t, uint32_t);
    } else {
        if (ok == 1) REPR_FILL(uint32_t, uint8_t);
        else if (ok == 2) REPR_FILL(uint32_t, uint16_t);
        else REPR_FILL(uint32_t, uint32_t);
    }
    return r;
}
#undef REPR_MEASURE
#undef REPR_FILL

KrObject *kr_str_repr(KrObject *s) { return str_repr_impl(s, 0); }
KrObject *kr_str_ascii_repr(KrObject *s) { return str_repr_impl(s, 1); }

/* ---- the writer ------------------------------------------------------------
 * The buffer is allocated with room for an ASCII header in front, so
 * finishing turns it into the string in place (one realloc, no copy) when
 * the width already matches and the text is ASCII; other text moves up by
 * the size of the UTF-8 fields. */
#define W_HDR sizeof(KrStrObject)

void kr_strwriter_init(KrStrWriter *w)
{
    w->data = NULL;
    w->len = w->cap = 0;
    w->kind = 1;
    w->maxchar = 0;
}

static inline char *w_base(KrStrWriter *w) { return w->data ? (char *)w->data - W_HDR : NULL; }

static int w_grow(KrStrWriter *w, ssize_t extra, int kind)
{
    ssize_t need = w->len + extra;
    if (need < 0 || need > ((ssize_t)1 << 58)) {
        kr_err_nomemory();
        return -1;
    }
    if (kind > w->kind) {
        /* widen: re-encode what is there */
        ssize_t cap = KR_MAX(need, w->cap);
        if (cap < 16)
            cap = 16;
        char *nb = kr_mem_alloc(W_HDR + (size_t)(cap + 1) * (size_t)kind);
        if (!nb) {
            kr_err_nomemory();
            return -1;
        }
        void *nd = nb + W_HDR;
        if (w->data)
            copy_chars(nd, kind, 0, w->data, w->kind, 0, w->len);
        kr_mem_free(w_base(w));
        w->data = nd;
        w->cap = cap;
        w->kind = kind;
        return 0;
    }
    if (need <= w->cap)
        return 0;
    ssize_t cap = w->cap < 16 ? 16 : w->cap;
    while (cap < need)
        cap += cap >> 1 > 16 ? cap >> 1 : 16;
    char *nb = kr_mem_realloc(w_base(w), W_HDR + (size_t)(cap + 1) * (size_t)w->kind);
    if (!nb) {
        kr_err_nomemory();
        return -1;
    }
    w->data = nb + W_HDR;
    w->cap = cap;
    return 0;
}

static inline void w_put(KrStrWriter *w, uint32_t c)
{
    if (w->kind == 1)
        ((uint8_t *)w->data)[w->len++] = (uint8_t)c;
    else if (w->kind == 2)
        ((uint16_t *)w->data)[w->len++] = (uint16_t)c;
    else
        ((uint32_t *)w->data)[w->len++] = c;
}

int kr_strwriter_write_char(KrStrWriter *w, uint32_t cp)
{
    int k = kind_for(cp);
    if (KR_UNLIKELY(w->len >= w->cap || k > w->kind))
        if (w_grow(w, 1, KR_MAX(k, w->kind)) < 0)
            return -1;
    w_put(w, cp);
    if (cp > w->maxchar)
        w->maxchar = cp;
    return 0;
}

int kr_strwriter_reserve(KrStrWriter *w, ssize_t extra, uint32_t maxchar)
{
    int k = kind_for(maxchar);
    if (extra <= 0 && k <= w->kind)
        return 0;
    return w_grow(w, extra > 0 ? extra : 0, KR_MAX(k, w->kind));
}

int kr_strwriter_write_fill(KrStrWriter *w, uint32_t cp, ssize_t n)
{
    if (n <= 0)
        return 0;
    int k = kind_for(cp);
    if (w_grow(w, n, KR_MAX(k, w->kind)) < 0)
        return -1;
    if (w->kind == 1) {
        memset((uint8_t *)w->data + w->len, (int)cp, (size_t)n);
        w->len += n;
    } else if (w->kind == 2) {
        /* one typed loop per width, which the compiler vectorises; w_put
         * re-tested the width for every character */
        uint16_t *d = (uint16_t *)w->data + w->len;
        for (ssize_t i = 0; i < n; i++)
            d[i] = (uint16_t)cp;
        w->len += n;
    } else {
        uint32_t *d = (uint32_t *)w->data + w->len;
        for (ssize_t i = 0; i < n; i++)
            d[i] = cp;
        w->len += n;
    }
    if (cp > w->maxchar)
        w->maxchar = cp;
    return 0;
}

int kr_strwriter_write_substr(KrStrWriter *w, KrObject *s, ssize_t start, ssize_t end)
{
    if (end <= start)
        return 0;
    KrStrObject *o = (KrStrObject *)s;
    uint32_t mx;
    if (o->ascii)
        mx = 127;
    else if (o->kind == 1)
        mx = 255;
    else {
        mx = 0;
        for (ssize_t i = start; i < end; i++) {
            uint32_t c = KR_STR_READ(s, i);
            if (c > mx)
                mx = c;
        }
    }
    if (o->kind == 1 && !o->ascii) {
        /* exact maxchar matters only for the ascii flag */
        mx = 0;
        const uint8_t *d = KR_STR_DATA(s);
        for (ssize_t i = start; i < end; i++)
            if (d[i] > mx)
                mx = d[i];
    }
    int k = kind_for(mx);
    if (w_grow(w, end - start, KR_MAX(k, w->kind)) < 0)
        return -1;
    copy_chars(w->data, w->kind, w->len, KR_STR_DATA(s), o->kind, start, end - start);
    w->len += end - start;
    if (mx > w->maxchar)
        w->maxchar = mx;
    return 0;
}

int kr_strwriter_write_str(KrStrWriter *w, KrObject *s)
{
    KrStrObject *o = (KrStrObject *)s;
    if (o->ascii || o->kind > 1) {
        uint32_t mx = o->ascii ? 127 : str_maxchar_bound(s);
        if (o->length == 0)
            return 0;
        if (w_grow(w, o->length, KR_MAX(o->kind, w->kind)) < 0)
            return -1;
        copy_chars(w->data, w->kind, w->len, KR_STR_DATA(s), o->kind, 0, o->length);
        w->len += o->length;
        if (mx > w->maxchar)
            w->maxchar = mx;
        return 0;
    }
    return kr_strwriter_write_substr(w, s, 0, o->length);
}

int kr_strwriter_write_ascii(KrStrWriter *w, const char *s, ssize_t n)
{
    if (n <= 0)
        return 0;
    if (w->len + n > w->cap && w_grow(w, n, w->kind) < 0)
        return -1;
    if (w->kind == 1) {
        memcpy((char *)w->data + w->len, s, (size_t)n);
        w->len += n;
    } else {
        for (ssize_t i = 0; i < n; i++)
            w_put(w, (unsigned char)s[i]);
    }
    if (w->maxchar < 127) {
        for (ssize_t i = 0; i < n; i++)
            if ((uint32_t)(unsigned char)s[i] > w->maxchar)
                w->maxchar = (unsigned char)s[i];
    }
    return 0;
}

int kr_strwriter_write_latin1(KrStrWriter *w, const char *s, ssize_t n)
{
    for (ssize_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 128) {
            if (w_grow(w, n, w->kind) < 0)
                return -1;
            for (ssize_t j = 0; j < n; j++) {
                uint32_t c = (unsigned char)s[j];
                w_put(w, c);
                if (c > w->maxchar)
                    w->maxchar = c;
            }
            return 0;
        }
    return kr_strwriter_write_ascii(w, s, n);
}

int kr_strwriter_write_utf8(KrStrWriter *w, const char *s, ssize_t n)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    while (p < e) {
        const unsigned char *q = p;
        while (q < e && *q < 128)
            q++;
        if (q > p && kr_strwriter_write_ascii(w, (const char *)p, q - p) < 0)
            return -1;
        p = q;
        if (p >= e)
            break;
        uint32_t cp;
        int k = kr_utf8_decode1(p, (size_t)(e - p), &cp);
        if (k <= 0) {
            cp = 0xFFFD;
            k = 1;
        }
        if (kr_strwriter_write_char(w, cp) < 0)
            return -1;
        p += k;
    }
    return 0;
}

void kr_strwriter_discard(KrStrWriter *w)
{
    kr_mem_free(w_base(w));
    w->data = NULL;
    w->len = w->cap = 0;
}

KrObject *kr_strwriter_finish(KrStrWriter *w)
{
    ssize_t n = w->len;
    if (n == 0) {
        kr_strwriter_discard(w);
        return kr_str_empty();
    }
    if (n == 1 && w->maxchar < 256) {
        /* maxchar may be a bound (127/255), not the character itself */
        uint32_t c = kr_str_read(w->kind, w->data, 0);
        kr_strwriter_discard(w);
        return STATIC_CHAR(c);
    }
    int kind = kind_for(w->maxchar);
    if (kind != w->kind) {
        /* the width was raised for characters that were later not kept */
        KrObject *r = kr_str_from_kind(w->kind, w->data, n);
        kr_strwriter_discard(w);
        return r;
    }
    int ascii = w->maxchar < 128;
    size_t hdr = KR_STR_HEADER_SIZE(ascii);
    char *base = kr_mem_realloc(w_base(w), hdr + (size_t)(n + 1) * (size_t)kind);
    if (!base) {
        kr_strwriter_discard(w);
        kr_err_nomemory();
        return NULL;
    }
    w->data = NULL;
    w->len = w->cap = 0;
    if (hdr != W_HDR)
        memmove(base + hdr, base + W_HDR, (size_t)n * (size_t)kind);
    KrStrObject *s = (KrStrObject *)base;
    kr_refcnt_init(KR_OBJ(s));
    s->ob_base.ob_type = &KrStr_Type;
    s->length = n;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = (uint8_t)ascii;
    s->interned = 0;
    if (!ascii) {
        ((KrStrCompactObject *)s)->utf8 = NULL;
        ((KrStrCompactObject *)s)->utf8_len = 0;
    }
    void *d = base + hdr;
    if (kind == 1)
        ((uint8_t *)d)[n] = 0;
    else if (kind == 2)
        ((uint16_t *)d)[n] = 0;
    else
        ((uint32_t *)d)[n] = 0;
    return KR_OBJ(s);
}

/* ---- kr_str_from_format ---------------------------------------------------- */
static int write_padded(KrStrWriter *w, KrObject *s, ssize_t width, ssize_t prec, int left)
{
    ssize_t n = KR_STR_LEN(s);
    if (prec >= 0 && prec < n)
        n = prec;
    if (!left && width > n && kr_strwriter_write_fill(w, ' ', width - n) < 0)
        return -1;
    if (kr_strwriter_write_substr(w, s, 0, n) < 0)
        return -1;
    if (left && width > n && kr_strwriter_write_fill(w, ' ', width - n) < 0)
        return -1;
    return 0;
}

KrObject *kr_str_from_vformat(const char *fmt, va_list vap)
{
    KrStrWriter w;
    kr_strwriter_init(&w);
    va_list ap;
    va_copy(ap, vap);
    const char *p = fmt;
    char nbuf[96];
    while (*p) {
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%')
                q++;
            if (kr_strwriter_write_utf8(&w, p, q - p) < 0)
                goto error;
            p = q;
            continue;
        }
        const char *spec = p++;
        if (*p == '%') {
            if (kr_strwriter_write_char(&w, '%') < 0)
                goto error;
            p++;
            continue;
        }
        int left = 0, zero = 0;
        while (*p == '-' || *p == '0') {
            if (*p == '-')
                left = 1;
            else
                zero = 1;
            p++;
        }
        ssize_t width = -1, prec = -1;
        if (*p == '*') {
            width = va_arg(ap, int);
            p++;
        } else if (*p >= '0' && *p <= '9') {
            width = 0;
            while (*p >= '0' && *p <= '9')
                width = width * 10 + (*p++ - '0');
        }
        if (*p == '.') {
            p++;
            if (*p == '*') {
                prec = va_arg(ap, int);
                p++;
            } else {
                prec = 0;
                while (*p >= '0' && *p <= '9')
                    prec = prec * 10 + (*p++ - '0');
            }
        }
        int lmod = 0;   /* 1 l, 2 ll, 3 z, 4 t/j */
        if (*p == 'l') {
            lmod = 1;
            p++;
            if (*p == 'l') {
                lmod = 2;
                p++;
            }
        } else if (*p == 'z') {
            lmod = 3;
            p++;
        } else if (*p == 'j' || *p == 't') {
            lmod = 4;
            p++;
        }
        char conv = *p;
        if (conv)
            p++;
        switch (conv) {
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            char f[16];
            int fl = 0;
            f[fl++] = '%';
            if (left) f[fl++] = '-';
            if (zero) f[fl++] = '0';
            f[fl++] = '*';
            f[fl++] = 'l';
            f[fl++] = 'l';
            f[fl++] = conv;
            f[fl] = 0;
            int wd = width < 0 ? 0 : (int)width;
            int m;
            if (conv == 'd' || conv == 'i') {
                long long v = lmod == 0 ? va_arg(ap, int) : lmod == 1 ? va_arg(ap, long)
                            : lmod == 2 ? va_arg(ap, long long) : lmod == 3 ? (long long)va_arg(ap, ssize_t)
                            : (long long)va_arg(ap, intmax_t);
                m = snprintf(nbuf, sizeof nbuf, f, wd, v);
            } else {
                unsigned long long v = lmod == 0 ? va_arg(ap, unsigned) : lmod == 1 ? va_arg(ap, unsigned long)
                                     : lmod == 2 ? va_arg(ap, unsigned long long)
                                     : lmod == 3 ? (unsigned long long)va_arg(ap, size_t)
                                     : (unsigned long long)va_arg(ap, uintmax_t);
                m = snprintf(nbuf, sizeof nbuf, f, wd, v);
            }
            if (m < 0)
                m = 0;
            if (kr_strwriter_write_ascii(&w, nbuf, KR_MIN(m, (int)sizeof nbuf - 1)) < 0)
                goto error;
            break;
        }
        case 'c': {
            int c = va_arg(ap, int);
            if (kr_strwriter_write_char(&w, (uint32_t)c) < 0)
                goto error;
            break;
        }
        case 'p': {
            void *ptr = va_arg(ap, void *);
            int m = snprintf(nbuf, sizeof nbuf, "0x%llx", (unsigned long long)(uintptr_t)ptr);
            if (kr_strwriter_write_ascii(&w, nbuf, m) < 0)
                goto error;
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s)
                s = "(null)";
            size_t n = strlen(s);
            if (prec >= 0 && (size_t)prec < n) {
                n = (size_t)prec;
                while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
                    n--;
            }
            KrObject *t = kr_codec_utf8_decode(s, (ssize_t)n, "replace");
            if (!t)
                goto error;
            int r = write_padded(&w, t, width, -1, left);
            KR_DECREF(t);
            if (r < 0)
                goto error;
            break;
        }
        case 'U': case 'S': case 'R': case 'A': case 'T': case 'N': {
            KrObject *o = va_arg(ap, KrObject *);
            KrObject *t;
            if (conv == 'U')
                t = o ? KR_NEWREF(o) : kr_str_from_ascii("(null)", 6);
            else if (conv == 'S')
                t = kr_object_str(o);
            else if (conv == 'R')
                t = kr_object_repr(o);
            else if (conv == 'A')
                t = kr_object_ascii(o);
            else if (conv == 'T')
                t = kr_str_from_cstr(kr_object_type_name(o));
            else
                t = kr_str_from_cstr(kr_type_name((KrTypeObject *)o));
            if (!t)
                goto error;
            int r = write_padded(&w, t, width, prec, left);
            KR_DECREF(t);
            if (r < 0)
                goto error;
            break;
        }
        default:
            /* unknown conversion: copy the text through unchanged */
            if (kr_strwriter_write_utf8(&w, spec, p - spec) < 0)
                goto error;
            break;
        }
    }
    va_end(ap);
    return kr_strwriter_finish(&w);
error:
    va_end(ap);
    kr_strwriter_discard(&w);
    return NULL;
}

KrObject *kr_str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    KrObject *r = kr_str_from_vformat(fmt, ap);
    va_end(ap);
    return r;
}

/* ---- interning ------------------------------------------------------------
 * The identifier table is process-wide and written only while the runtime
 * starts (no thread state yet); afterwards it is read-only, so every
 * interpreter may probe it without locking.  Anything interned later goes
 * into the calling interpreter's own dict. */
static KrObject **id_table;
static size_t id_mask;
static size_t id_count;
/* the interpreter the runtime starts on: whatever it interns is shared */
static KrInterp *boot_interp;

static KrObject *id_lookup(KrObject *s)
{
    if (!id_table)
        return NULL;
    size_t i = (size_t)kr_str_hash(s) & id_mask;
    for (;;) {
        KrObject *e = id_table[i];
        if (!e)
            return NULL;
        if (KR_STR_LEN(e) == KR_STR_LEN(s) && KR_STR_KIND(e) == KR_STR_KIND(s) &&
            memcmp(KR_STR_DATA(e), KR_STR_DATA(s), (size_t)KR_STR_LEN(s) * KR_STR_KIND(s)) == 0)
            return e;
        i = (i + 1) & id_mask;
    }
}

static void id_insert(KrObject *s)
{
    if ((id_count + 1) * 2 > id_mask + 1 || !id_table) {
        size_t ncap = id_table ? (id_mask + 1) * 2 : 1024;
        KrObject **nt = calloc(ncap, sizeof(KrObject *));
        if (!nt) {
            fprintf(stderr, "krait: out of memory building identifiers\n");
            abort();
        }
        if (id_table) {
            for (size_t j = 0; j <= id_mask; j++) {
                KrObject *e = id_table[j];
                if (!e)
                    continue;
                size_t k = (size_t)kr_str_hash(e) & (ncap - 1);
                while (nt[k])
                    k = (k + 1) & (ncap - 1);
                nt[k] = e;
            }
            free(id_table);
        }
        id_table = nt;
        id_mask = ncap - 1;
    }
    size_t i = (size_t)kr_str_hash(s) & id_mask;
    while (id_table[i])
        i = (i + 1) & id_mask;
    id_table[i] = s;
    id_count++;
}

static KrObject *make_immortal(KrObject *s)
{
    KrStrObject *o = (KrStrObject *)s;
    o->hash = o->length ? kr_hash_bytes(KR_STR_DATA(s), (size_t)o->length * o->kind) : 0;
    /* filled now: immortal strings are shared and never written again */
    if (!o->ascii)
        (void)kr_str_utf8(s);
    o->interned = 1;
    kr_set_immortal(s);
    return s;
}

KrObject *kr_str_intern(KrObject *s)
{
    if (!s)
        return NULL;
    if (!KR_STR_CHECK_EXACT(s))
        return s;
    KrStrObject *o = (KrStrObject *)s;
    if (o->interned)
        return s;
    KrObject *e = id_lookup(s);
    if (e) {
        KR_DECREF(s);
        return e;
    }
    if (!kr_tstate_current || kr_interp() == boot_interp) {
        /* runtime start: joins the shared immortal table */
        make_immortal(s);
        id_insert(s);
        return s;
    }
    KrInterp *in = kr_interp();
    if (!in->interned) {
        in->interned = kr_dict_new();
        if (!in->interned) {
            kr_err_clear();
            return s;
        }
    }
    KrObject *f = kr_dict_get_str(in->interned, s);
    if (f) {
        KR_INCREF(f);
        KR_DECREF(s);
        return f;
    }
    if (kr_dict_set(in->interned, s, s) < 0) {
        kr_err_clear();
        return s;
    }
    o->interned = 1;
    return s;
}

KrObject *kr_str_intern_cstr(const char *c)
{
    KrObject *s = kr_str_from_cstr(c);
    if (!s)
        return NULL;
    return kr_str_intern(s);
}

void kr_str_interp_fini(void)
{
    KrInterp *in = kr_interp();
    if (in->interned) {
        KrObject *d = in->interned;
        in->interned = NULL;
        /* the strings stay usable as ordinary strings once the table goes */
        ssize_t pos = 0;
        KrObject *k, *v;
        while (kr_dict_next(d, &pos, &k, &v))
            ((KrStrObject *)k)->interned = 0;
        KR_DECREF(d);
    }
}

void kr_str_runtime_init(void)
{
    static int done;
    if (done)
        return;
    done = 1;
    boot_interp = kr_tstate_current ? kr_tstate_current->interp : NULL;
    kr_bytes_runtime_init();
    init_static_char(&empty_str, 0, 0);
    for (int i = 0; i < 256; i++)
        init_static_char(&latin1_chars[i], 1, (uint8_t)i);
    for (int i = 0; i < 256; i++)
        id_insert(STATIC_CHAR(i));
    id_insert(KR_OBJ(&empty_str.s));
#define KR_ID_ENTRY(name) do { \
        KrObject *s_ = kr_str_from_ascii(#name, (ssize_t)strlen(#name)); \
        KrObject *e_ = id_lookup(s_); \
        if (e_) { kr_ids.id_##name = e_; } \
        else { make_immortal(s_); id_insert(s_); kr_ids.id_##name = s_; } \
    } while (0);
#include "identifiers.def"
#undef KR_ID_ENTRY
    /* the iterator types are not in the runtime's list of static types */
    kr_int_runtime_init();
    KrTypeObject *extra[] = {&KrStrIter_Type, &KrStrUIter_Type, &KrBytesIter_Type, &KrByteArrayIter_Type};
    for (size_t i = 0; i < KR_ARRAY_LEN(extra); i++)
        if (kr_type_ready(extra[i]) < 0) {
            fprintf(stderr, "krait: fatal: cannot initialise type %s\n", extra[i]->tp_name);
            abort();
        }
}

/* ---- type slots ----------------------------------------------------------- */
static void str_dealloc(KrObject *o)
{
    if (!((KrStrObject *)o)->ascii)
        kr_mem_free(((KrStrCompactObject *)o)->utf8);
    if (KR_STR_CHECK_EXACT(o))
        kr_mem_free(o);
    else if (KR_TYPE(o)->tp_free)
        KR_TYPE(o)->tp_free(o);
    else
        kr_object_free(o);
}

/* exact strs come from kr_mem_alloc; subclass instances from the type's
 * generic allocator (a subclass may inherit this slot) */
static void str_free(KrObject *o)
{
    if (KR_STR_CHECK_EXACT(o))
        kr_mem_free(o);
    else
        kr_object_free(o);
}

static KrObject *str_repr(KrObject *s) { return kr_str_repr(s); }

static KrObject *str_str(KrObject *s) { return kr_str_copy_exact(s); }

static kr_hash_t str_hash(KrObject *s) { return kr_str_hash(s); }

static KrObject *str_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_STR_CHECK(a) || !KR_STR_CHECK(b))
        KR_RETURN_NOTIMPL;
    int r;
    if (op == KR_EQ || op == KR_NE) {
        r = kr_str_eq(a, b);
        if (op == KR_NE)
            r = !r;
        return kr_bool_from(r);
    }
    int c = kr_str_compare(a, b);
    switch (op) {
    case KR_LT: r = c < 0; break;
    case KR_LE: r = c <= 0; break;
    case KR_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return kr_bool_from(r);
}

static ssize_t str_length(KrObject *s) { return KR_STR_LEN(s); }

static KrObject *str_sq_concat(KrObject *a, KrObject *b)
{
    if (!KR_STR_CHECK(a) || !KR_STR_CHECK(b)) {
        KrObject *o = KR_STR_CHECK(a) ? b : a;
        return kr_err_format(KrExc_TypeError, "can only concatenate str (not \"%T\") to str", o);
    }
    return kr_str_concat(a, b);
}

static KrObject *str_sq_repeat(KrObject *s, ssize_t n) { return kr_str_repeat(s, n); }

static KrObject *str_sq_item(KrObject *s, ssize_t i)
{
    if (i < 0 || i >= KR_STR_LEN(s)) {
        kr_err_set_string(KrExc_IndexError, "string index out of range");
        return NULL;
    }
    return kr_str_from_codepoint(KR_STR_READ(s, i));
}

static int str_sq_contains(KrObject *s, KrObject *sub) { return kr_str_contains(s, sub); }

static KrObject *str_subscript(KrObject *s, KrObject *key)
{
    if (KR_INT_CHECK(key) || (!KR_SLICE_CHECK(key) && kr_index_check(key))) {
        ssize_t i = kr_number_as_ssize(key, KR_OBJ(KrExc_IndexError));
        if (i == -1 && kr_err_occurred())
            return NULL;
        if (i < 0)
            i += KR_STR_LEN(s);
        return str_sq_item(s, i);
    }
    if (KR_SLICE_CHECK(key)) {
        ssize_t start, stop, step, n;
        if (kr_slice_get_indices(key, KR_STR_LEN(s), &start, &stop, &step, &n) < 0)
            return NULL;
        return kr_str_getslice(s, start, step, n);
    }
    return kr_err_format(KrExc_TypeError, "string indices must be integers, not '%T'", key);
}

static KrObject *str_mod(KrObject *a, KrObject *b)
{
    if (!KR_STR_CHECK(a))
        KR_RETURN_NOTIMPL;
    return kr_str_percent_format(a, b);
}

/* ---- str() ----------------------------------------------------------------- */
static KrObject *str_from_buffer(KrObject *o, const char *enc, const char *errors)
{
    if (KR_STR_CHECK(o)) {
        kr_err_set_string(KrExc_TypeError, "decoding str is not supported");
        return NULL;
    }
    KrBuffer view;
    if (KR_TYPE(o)->tp_as_buffer == NULL || KR_TYPE(o)->tp_as_buffer->bf_getbuffer == NULL) {
        return kr_err_format(KrExc_TypeError, "decoding to str: need a bytes-like object, %T found", o);
    }
    if (kr_object_get_buffer(o, &view, KR_BUF_SIMPLE) < 0)
        return NULL;
    KrObject *r = kr_str_decode(view.buf, view.len, enc ? enc : "utf-8", errors);
    kr_buffer_release(&view);
    return r;
}

static KrObject *str_make(KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    KrObject *a[3] = {NULL, NULL, NULL};
    if (kr_arg_parse("str", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    if (!a[0])
        return kr_str_empty();
    if (!a[1] && !a[2])
        return kr_object_str(a[0]);
    const char *enc = NULL, *errs = NULL;
    if (a[1]) {
        if (!KR_STR_CHECK(a[1]))
            return kr_err_format(KrExc_TypeError, "str() argument 'encoding' must be str, not %s", kr_argtype_name(a[1]));
        if (!(enc = kr_str_utf8(a[1])))
            return NULL;
    }
    if (a[2]) {
        if (!KR_STR_CHECK(a[2]))
            return kr_err_format(KrExc_TypeError, "str() argument 'errors' must be str, not %s", kr_argtype_name(a[2]));
        if (!(errs = kr_str_utf8(a[2])))
            return NULL;
    }
    return str_from_buffer(a[0], enc, errs);
}

static KrObject *str_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *s = str_make(args, nargs, kwnames);
    if (!s || type == &KrStr_Type)
        return s;
    /* subclass instance: same layout, the data follows the header */
    /* The layout is laid out for the negative __dict__ offset type.c gives
     * var-sized bases: tp_itemsize 4 and a base size with room for a wide
     * NUL keep the dict pointer past the data for every width. */
    KrStrObject *src = (KrStrObject *)s;
    ssize_t nbytes = (src->length + 1) * src->kind;
    KrObject *r = kr_type_generic_alloc(type, src->length);
    if (!r) {
        KR_DECREF(s);
        return NULL;
    }
    KrStrObject *d = (KrStrObject *)r;
    d->length = src->length;
    d->hash = -1;
    d->kind = src->kind;
    d->ascii = src->ascii;
    d->interned = 0;
    if (!d->ascii) {
        ((KrStrCompactObject *)d)->utf8 = NULL;
        ((KrStrCompactObject *)d)->utf8_len = 0;
    }
    memcpy(KR_STR_DATA(d), KR_STR_DATA(src), (size_t)nbytes);
    KR_DECREF(s);
    return r;
}

static KrObject *str_vectorcall(KrObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (type == KR_OBJ(&KrStr_Type) && nargs == 1 && !kwnames)
        return kr_object_str(args[0]);
    return str_new((KrTypeObject *)type, args, nargs, kwnames);
}

/* ---- iterator ------------------------------------------------------------------ */
typedef struct {
    KrObject_HEAD
    KrObject *str;     /* NULL once exhausted */
    ssize_t index;
} StrIter;

static KrObject *str_iter(KrObject *s)
{
    /* CPython names the iterator after the string's storage */
    KrTypeObject *t = ((KrStrObject *)s)->ascii ? &KrStrIter_Type : &KrStrUIter_Type;
    StrIter *it = (StrIter *)kr_gc_alloc(t, sizeof(StrIter));
    if (!it)
        return NULL;
    it->str = KR_NEWREF(s);
    it->index = 0;
    kr_gc_track(KR_OBJ(it));
    return KR_OBJ(it);
}

static KrObject *striter_next(KrObject *o)
{
    StrIter *it = (StrIter *)o;
    KrObject *s = it->str;
    if (!s)
        return NULL;
    if (it->index < KR_STR_LEN(s)) {
        uint32_t c = KR_STR_READ(s, it->index);
        it->index++;
        return kr_str_from_codepoint(c);
    }
    it->str = NULL;
    KR_DECREF(s);
    return NULL;
}

static void striter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((StrIter *)o)->str);
    kr_gc_free(o);
}

static int striter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((StrIter *)o)->str);
    return 0;
}

static int striter_clear(KrObject *o)
{
    KR_CLEAR(((StrIter *)o)->str);
    return 0;
}

static KrObject *striter_length_hint(KrObject *o, KrObject *unused)
{
    StrIter *it = (StrIter *)o;
    ssize_t n = it->str ? KR_STR_LEN(it->str) - it->index : 0;
    return kr_int_from_ssize(n < 0 ? 0 : n);
}

static KrMethodDef striter_methods[] = {
    {"__length_hint__", KR_CFUNC(striter_length_hint), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

KrTypeObject KrStrIter_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "str_ascii_iterator",
    .tp_basicsize = sizeof(StrIter),
    .tp_dealloc = striter_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = striter_traverse,
    .tp_clear = striter_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = striter_next,
    .tp_methods = striter_methods,
};

KrTypeObject KrStrUIter_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "str_iterator",
    .tp_basicsize = sizeof(StrIter),
    .tp_dealloc = striter_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = striter_traverse,
    .tp_clear = striter_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = striter_next,
    .tp_methods = striter_methods,
};

static KrNumberMethods str_as_number = {
    .nb_remainder = str_mod,
};

static KrSequenceMethods str_as_sequence = {
    .sq_length = str_length,
    .sq_concat = str_sq_concat,
    .sq_repeat = str_sq_repeat,
    .sq_item = str_sq_item,
    .sq_contains = str_sq_contains,
};

static KrMappingMethods str_as_mapping = {
    .mp_length = str_length,
    .mp_subscript = str_subscript,
};

KrTypeObject KrStr_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "str",
    /* room for the wider, non-ASCII header: subclass instances of either layout fit */
    .tp_basicsize = sizeof(KrStrCompactObject) + 4,
    .tp_itemsize = 4,
    .tp_dealloc = str_dealloc,
    .tp_repr = str_repr,
    .tp_as_number = &str_as_number,
    .tp_as_sequence = &str_as_sequence,
    .tp_as_mapping = &str_as_mapping,
    .tp_hash = str_hash,
    .tp_str = str_str,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_UNICODE_SUBCLASS,
    .tp_doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
              "Create a new string object from the given object. If encoding or\n"
              "errors is specified, then the object must expose a data buffer\n"
              "that will be decoded using the given encoding and error handler.\n"
              "Otherwise, returns the result of object.__str__() (if defined)\n"
              "or repr(object).\n"
              "encoding defaults to sys.getdefaultencoding().\n"
              "errors defaults to 'strict'.",
    .tp_richcompare = str_richcompare,
    .tp_iter = str_iter,
    .tp_methods = kr_str_methods,
    .tp_base = &KrBaseObject_Type,
    .tp_new = str_new,
    .tp_free = str_free,
    .tp_vectorcall = str_vectorcall,
};
