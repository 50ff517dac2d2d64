/* codecs.c: the built-in text encodings (UTF-8, ASCII, latin-1, UTF-16 and
 * UTF-32 with their byte orders and BOM handling) and the standard error
 * handlers, implemented directly rather than through a codec registry:
 * these are the encodings the interpreter itself needs, and keeping them
 * in C keeps str.encode/bytes.decode allocation-light.
 *
 * Error ranges and reasons follow CPython so that UnicodeDecodeError and
 * UnicodeEncodeError read identically ("'utf-8' codec can't decode byte
 * 0xff in position 0: invalid start byte").
 *
 * Partial: namereplace has no character-name table and falls back to
 * backslashreplace; encodings beyond the ones listed in codec_id raise
 * LookupError.
 */
#include "kr.h"
#include "strlib.h"

enum { EH_STRICT, EH_IGNORE, EH_REPLACE, EH_SURROGATEESCAPE, EH_SURROGATEPASS, EH_BACKSLASH,
       EH_XMLCHARREF, EH_NAMEREPLACE, EH_UNKNOWN };

static int handler_code(const char *e)
{
    if (!e || !strcmp(e, "strict"))
        return EH_STRICT;
    if (!strcmp(e, "ignore"))
        return EH_IGNORE;
    if (!strcmp(e, "replace"))
        return EH_REPLACE;
    if (!strcmp(e, "surrogateescape"))
        return EH_SURROGATEESCAPE;
    if (!strcmp(e, "surrogatepass"))
        return EH_SURROGATEPASS;
    if (!strcmp(e, "backslashreplace"))
        return EH_BACKSLASH;
    if (!strcmp(e, "xmlcharrefreplace"))
        return EH_XMLCHARREF;
    if (!strcmp(e, "namereplace"))
        return EH_NAMEREPLACE;
    return EH_UNKNOWN;
}

static int unknown_handler(const char *errors)
{
    kr_err_format(&KrExc_LookupError_Type, "unknown error handler name '%s'", errors);
    return -1;
}

/* ---- raising the Unicode errors ------------------------------------------------- */
static void raise_decode(const char *enc, const char *p, ssize_t n, ssize_t start, ssize_t end,
                         const char *reason)
{
    KrObject *a[5] = {kr_str_from_cstr(enc), kr_bytes_from_data(p, n), kr_int_from_ssize(start),
                      kr_int_from_ssize(end), kr_str_from_cstr(reason)};
    if (a[0] && a[1] && a[2] && a[3] && a[4]) {
        KrObject *e = kr_exc_new(KrExc_UnicodeDecodeError, a, 5);
        if (e)
            kr_err_set_exc(e);
    }
    for (int i = 0; i < 5; i++)
        KR_XDECREF(a[i]);
}

static void raise_encode(const char *enc, KrObject *s, ssize_t start, ssize_t end, const char *reason)
{
    KrObject *a[5] = {kr_str_from_cstr(enc), KR_NEWREF(s), kr_int_from_ssize(start), kr_int_from_ssize(end),
                      kr_str_from_cstr(reason)};
    if (a[0] && a[2] && a[3] && a[4]) {
        KrObject *e = kr_exc_new(KrExc_UnicodeEncodeError, a, 5);
        if (e)
            kr_err_set_exc(e);
    }
    for (int i = 0; i < 5; i++)
        KR_XDECREF(a[i]);
}

static const char hexd[] = "0123456789abcdef";

/* apply a decode error handler to bytes p[start:end]; -1 raised */
static int decode_error(KrStrWriter *w, int eh, const char *errors, const char *enc, const char *p,
                        ssize_t n, ssize_t start, ssize_t end, const char *reason)
{
    switch (eh) {
    case EH_IGNORE:
        return 0;
    case EH_REPLACE:
        return kr_strwriter_write_char(w, 0xFFFD);
    case EH_SURROGATEESCAPE:
        for (ssize_t i = start; i < end; i++) {
            unsigned char b = (unsigned char)p[i];
            if (b < 128) {
                raise_decode(enc, p, n, start, end, reason);
                return -1;
            }
            if (kr_strwriter_write_char(w, 0xDC00 + b) < 0)
                return -1;
        }
        return 0;
    case EH_BACKSLASH:
        for (ssize_t i = start; i < end; i++) {
            unsigned char b = (unsigned char)p[i];
            char buf[4] = {'\\', 'x', hexd[b >> 4], hexd[b & 15]};
            if (kr_strwriter_write_ascii(w, buf, 4) < 0)
                return -1;
        }
        return 0;
    case EH_UNKNOWN:
        return unknown_handler(errors);
    default:
        raise_decode(enc, p, n, start, end, reason);
        return -1;
    }
}

/* ---- UTF-8 ---------------------------------------------------------------- */
/* length of the valid prefix of a multi-byte sequence starting at p[0]
 * (a lead byte), and whether it was cut short by the end of data */
static int utf8_bad_len(const unsigned char *p, ssize_t avail, int *truncated)
{
    unsigned char c = p[0];
    int need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *truncated = 0;
        return 0;
    }
    int k = 1;
    for (; k <= need; k++) {
        if (k >= avail) {
            *truncated = 1;
            return k;
        }
        unsigned char d = p[k];
        unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (d < l || d > h)
            break;
    }
    *truncated = 0;
    return k;
}

/* one well-formed sequence at p (lead byte >= 0x80): its length and code
 * point, or 0 when malformed or cut short */
static inline __attribute__((always_inline)) int utf8_seq(const unsigned char *p, ssize_t avail, uint32_t *cp)
{
    unsigned char c = p[0];
    if (c >= 0xC2 && c <= 0xDF) {
        if (avail < 2 || (p[1] & 0xC0) != 0x80)
            return 0;
        *cp = ((uint32_t)(c & 0x1F) << 6) | (p[1] & 0x3F);
        return 2;
    }
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F))
            return 0;
        *cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
            return 0;
        *cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
              ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        return 4;
    }
    return 0;
}

/* valid input: measure (length, widest code point), then decode into one
 * exact allocation.  Returns Kr_None (borrowed) for malformed input so the
 * caller takes the error-handling path.  ASCII runs go eight bytes at a time. */
static inline int ascii_word(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return (w & 0x8080808080808080ULL) == 0;
}
#define ASCII_WORD(p) ascii_word(p)

#define UTF8_FILL(T)                                                       \
    do {                                                                   \
        T *o = (T *)KR_STR_DATA(r);                                        \
        for (i = 0; i < n;) {                                              \
            if (p[i] < 0x80) {                                             \
                ssize_t e_ = i + 1;                                        \
                while (e_ + 8 <= n && ASCII_WORD(p + e_))                  \
                    e_ += 8;                                               \
                while (e_ < n && p[e_] < 0x80)                             \
                    e_++;                                                  \
                if (sizeof(T) == 1) {                                      \
                    memcpy(o, p + i, (size_t)(e_ - i));                    \
                    o += e_ - i;                                           \
                    i = e_;                                                \
                } else {                                                   \
                    while (i < e_)                                         \
                        *o++ = p[i++];                                     \
                }                                                          \
                continue;                                                  \
            }                                                              \
            i += utf8_seq(p + i, n - i, &cp);                              \
            *o++ = (T)cp;                                                  \
        }                                                                  \
    } while (0)

static KrObject *utf8_decode_valid(const unsigned char *p, ssize_t n)
{
    ssize_t count = 0, i = 0;
    uint32_t mx = 0, cp;
    while (i < n) {
        if (p[i] < 0x80) {
            while (i + 8 <= n && ASCII_WORD(p + i)) {
                i += 8;
                count += 8;
            }
            while (i < n && p[i] < 0x80) {
                i++;
                count++;
            }
            continue;
        }
        int k = utf8_seq(p + i, n - i, &cp);
        if (!k)
            return Kr_None;
        if (cp > mx)
            mx = cp;
        i += k;
        count++;
    }
    if (count == 1)
        return kr_str_from_codepoint(mx ? mx : p[0]);
    KrObject *r = kr_str_new(count, mx < 128 ? 127 : mx);
    if (!r)
        return NULL;
    int kind = KR_STR_KIND(r);
    if (kind == 1)
        UTF8_FILL(uint8_t);
    else if (kind == 2)
        UTF8_FILL(uint16_t);
    else
        UTF8_FILL(uint32_t);
    return r;
}
#undef UTF8_FILL
#undef ASCII_WORD

static KrObject *utf8_decode(const char *s, ssize_t n, const char *errors, const char *encname)
{
    {
        KrObject *fast = utf8_decode_valid((const unsigned char *)s, n);
        if (fast != Kr_None)
            return fast;
    }
    const unsigned char *p = (const unsigned char *)s;
    KrStrWriter w;
    kr_strwriter_init(&w);
    /* at most one code point per byte; latin-1 width to start with */
    if (kr_strwriter_reserve(&w, n, 255) < 0)
        return NULL;
    int eh = -1;
    ssize_t i = 0;
    while (i < n) {
        ssize_t j = i;
        while (j < n && p[j] < 128)
            j++;
        if (j > i && kr_strwriter_write_ascii(&w, (const char *)p + i, j - i) < 0)
            goto error;
        i = j;
        if (i >= n)
            break;
        uint32_t cp;
        int k = kr_utf8_decode1(p + i, (size_t)(n - i), &cp);
        if (k > 0) {
            if (kr_strwriter_put(&w, cp) < 0)
                goto error;
            i += k;
            continue;
        }
        if (eh < 0)
            eh = handler_code(errors);
        /* surrogatepass: ED A0..BF xx encodes a surrogate */
        if (eh == EH_SURROGATEPASS && p[i] == 0xED && i + 2 < n && p[i + 1] >= 0xA0 && p[i + 1] <= 0xBF &&
            (p[i + 2] & 0xC0) == 0x80) {
            cp = 0xD000 | ((uint32_t)(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
            if (kr_strwriter_write_char(&w, cp) < 0)
                goto error;
            i += 3;
            continue;
        }
        int trunc;
        int bad = utf8_bad_len(p + i, n - i, &trunc);
        const char *reason;
        ssize_t end;
        if (bad == 0) {
            reason = "invalid start byte";
            end = i + 1;
        } else if (trunc) {
            reason = "unexpected end of data";
            end = n;
        } else {
            reason = "invalid continuation byte";
            end = i + bad;
        }
        if (decode_error(&w, eh, errors, encname, s, n, i, end, reason) < 0)
            goto error;
        i = end;
    }
    return kr_strwriter_finish(&w);
error:
    kr_strwriter_discard(&w);
    return NULL;
}

KrObject *kr_codec_utf8_decode(const char *p, ssize_t n, const char *errors)
{
    return utf8_decode(p, n, errors, "utf-8");
}

/* ---- encode side ------------------------------------------------------------- */
typedef struct { char *d; ssize_t len, cap; } Out;

static int out_grow(Out *o, ssize_t extra)
{
    if (o->len + extra <= o->cap)
        return 0;
    ssize_t cap = o->cap ? o->cap : 64;
    while (cap < o->len + extra)
        cap *= 2;
    char *nd = kr_mem_realloc(o->d, (size_t)cap + 1);
    if (!nd) {
        kr_err_nomemory();
        return -1;
    }
    o->d = nd;
    o->cap = cap;
    return 0;
}

static inline int out_put(Out *o, const void *p, ssize_t n)
{
    if (out_grow(o, n) < 0)
        return -1;
    memcpy(o->d + o->len, p, (size_t)n);
    o->len += n;
    return 0;
}

static KrObject *out_bytes(Out *o)
{
    KrObject *b = kr_bytes_from_data(o->d ? o->d : "", o->len);
    kr_mem_free(o->d);
    return b;
}

typedef int (*unit_writer)(Out *o, uint32_t cp);

/* encode-error handler for s[start:end]; write_cp encodes substitute code
 * points in the target encoding */
static int encode_error(Out *o, int eh, const char *errors, const char *enc, KrObject *s,
                        ssize_t start, ssize_t end, const char *reason, unit_writer put,
                        uint32_t limit)
{
    char buf[32];
    switch (eh) {
    case EH_IGNORE:
        return 0;
    case EH_REPLACE:
        for (ssize_t i = start; i < end; i++)
            if (put(o, '?') < 0)
                return -1;
        return 0;
    case EH_XMLCHARREF:
        for (ssize_t i = start; i < end; i++) {
            int m = snprintf(buf, sizeof buf, "&#%u;", (unsigned)KR_STR_READ(s, i));
            for (int k = 0; k < m; k++)
                if (put(o, (unsigned char)buf[k]) < 0)
                    return -1;
        }
        return 0;
    case EH_BACKSLASH:
    case EH_NAMEREPLACE:
        for (ssize_t i = start; i < end; i++) {
            uint32_t c = KR_STR_READ(s, i);
            int m;
            if (c <= 0xff)
                m = snprintf(buf, sizeof buf, "\\x%02x", (unsigned)c);
            else if (c <= 0xffff)
                m = snprintf(buf, sizeof buf, "\\u%04x", (unsigned)c);
            else
                m = snprintf(buf, sizeof buf, "\\U%08x", (unsigned)c);
            for (int k = 0; k < m; k++)
                if (put(o, (unsigned char)buf[k]) < 0)
                    return -1;
        }
        return 0;
    case EH_SURROGATEESCAPE:
        for (ssize_t i = start; i < end; i++) {
            uint32_t c = KR_STR_READ(s, i);
            if (c < 0xDC80 || c > 0xDCFF) {
                raise_encode(enc, s, start, end, reason);
                return -1;
            }
            unsigned char b = (unsigned char)(c - 0xDC00);
            if (limit <= 0x80 && b < 0x80) {
                raise_encode(enc, s, start, end, reason);
                return -1;
            }
            if (out_put(o, &b, 1) < 0)
                return -1;
        }
        return 0;
    case EH_UNKNOWN:
        return unknown_handler(errors);
    default:
        raise_encode(enc, s, start, end, reason);
        return -1;
    }
}

static int put_byte(Out *o, uint32_t cp)
{
    unsigned char b = (unsigned char)cp;
    return out_put(o, &b, 1);
}

static KrObject *encode_charmap(KrObject *s, const char *errors, uint32_t limit, const char *enc)
{
    ssize_t n = KR_STR_LEN(s);
    KrStrObject *so = (KrStrObject *)s;
    if (so->ascii || (limit == 256 && so->kind == 1))
        return kr_bytes_from_data(KR_STR_DATA(s), n);
    Out o = {NULL, 0, 0};
    if (out_grow(&o, n) < 0)
        return NULL;
    int eh = -1;
    const char *reason = limit == 128 ? "ordinal not in range(128)" : "ordinal not in range(256)";
    for (ssize_t i = 0; i < n;) {
        uint32_t c = KR_STR_READ(s, i);
        if (c < limit) {
            o.d[o.len++] = (char)c;
            if (out_grow(&o, 1) < 0)
                goto error;
            i++;
            continue;
        }
        ssize_t j = i + 1;
        while (j < n && KR_STR_READ(s, j) >= limit)
            j++;
        if (eh < 0)
            eh = handler_code(errors);
        if (encode_error(&o, eh, errors, enc, s, i, j, reason, put_byte, limit) < 0)
            goto error;
        i = j;
    }
    return out_bytes(&o);
error:
    kr_mem_free(o.d);
    return NULL;
}

static int put_utf8(Out *o, uint32_t cp)
{
    char b[4];
    int k;
    if (cp < 0x80) {
        b[0] = (char)cp;
        k = 1;
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        k = 2;
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        k = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        k = 4;
    }
    return out_put(o, b, k);
}

static int utf8_encode_out(KrObject *s, const char *errors, Out *o)
{
    ssize_t n = KR_STR_LEN(s);
    int kind = KR_STR_KIND(s);
    const void *d = KR_STR_DATA(s);
    if (out_grow(o, n * (kind == 1 ? 2 : kind == 2 ? 3 : 4)) < 0)
        return -1;
    int eh = -1;
    for (ssize_t i = 0; i < n;) {
        uint32_t c = kr_str_read(kind, d, i);
        if (c < 0x80) {
            o->d[o->len++] = (char)c;
            i++;
            continue;
        }
        if (c < 0xD800 || c > 0xDFFF) {
            if (put_utf8(o, c) < 0)
                return -1;
            i++;
            continue;
        }
        ssize_t j = i + 1;
        while (j < n) {
            uint32_t x = kr_str_read(kind, d, j);
            if (x < 0xD800 || x > 0xDFFF)
                break;
            j++;
        }
        if (eh < 0)
            eh = handler_code(errors);
        if (eh == EH_SURROGATEPASS) {
            for (ssize_t k = i; k < j; k++)
                if (put_utf8(o, kr_str_read(kind, d, k)) < 0)
                    return -1;
        } else if (encode_error(o, eh, errors, "utf-8", s, i, j, "surrogates not allowed", put_utf8,
                                0x110000) < 0)
            return -1;
        i = j;
    }
    return 0;
}

/* straight into a bytes object sized for the worst case, then shrunk; sets
 * *surrogate (and returns NULL without an error) when the general path
 * with its error handlers is needed */
#define UTF8_LOOP(T)                                                     \
    for (ssize_t i = 0; i < n; i++) {                                    \
        uint32_t c = ((const T *)d)[i];                                  \
        if (c < 0x80) {                                                  \
            *o++ = (unsigned char)c;                                     \
        } else if (c < 0x800) {                                          \
            *o++ = (unsigned char)(0xC0 | (c >> 6));                     \
            *o++ = (unsigned char)(0x80 | (c & 0x3F));                   \
        } else if (c < 0x10000) {                                        \
            if (c >= 0xD800 && c <= 0xDFFF)                              \
                goto surrogate_found;                                    \
            *o++ = (unsigned char)(0xE0 | (c >> 12));                    \
            *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));            \
            *o++ = (unsigned char)(0x80 | (c & 0x3F));                   \
        } else {                                                         \
            *o++ = (unsigned char)(0xF0 | (c >> 18));                    \
            *o++ = (unsigned char)(0x80 | ((c >> 12) & 0x3F));           \
            *o++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));            \
            *o++ = (unsigned char)(0x80 | (c & 0x3F));                   \
        }                                                                \
    }

/* straight into a bytes object sized for the worst case, then shrunk; sets
 * *surrogate (and returns NULL without an error) when the general path
 * with its error handlers is needed */
static KrObject *utf8_encode_fast(KrObject *s, int *surrogate)
{
    ssize_t n = KR_STR_LEN(s);
    int kind = KR_STR_KIND(s);
    const void *d = KR_STR_DATA(s);
    *surrogate = 0;
    KrObject *b = kr_bytes_new(n * (kind == 1 ? 2 : kind == 2 ? 3 : 4));
    if (!b)
        return NULL;
    unsigned char *o = (unsigned char *)KR_BYTES_DATA(b);
    if (kind == 1) {
        UTF8_LOOP(uint8_t)
    } else if (kind == 2) {
        UTF8_LOOP(uint16_t)
    } else {
        UTF8_LOOP(uint32_t)
    }
    ssize_t len = (ssize_t)(o - (unsigned char *)KR_BYTES_DATA(b));
    if (kr_bytes_resize(&b, len) < 0) {
        KR_XDECREF(b);
        return NULL;
    }
    return b;
surrogate_found:
    KR_DECREF(b);
    *surrogate = 1;
    return NULL;
}
#undef UTF8_LOOP

char *kr_codec_utf8_encode_raw(KrObject *s, ssize_t *outlen)
{
    Out o = {NULL, 0, 0};
    if (utf8_encode_out(s, NULL, &o) < 0) {
        kr_mem_free(o.d);
        return NULL;
    }
    if (out_grow(&o, 1) < 0) {
        kr_mem_free(o.d);
        return NULL;
    }
    o.d[o.len] = 0;
    *outlen = o.len;
    return o.d;
}

/* ---- UTF-16 / UTF-32 ------------------------------------------------------------ */
static int put_u16(Out *o, uint32_t u, int be)
{
    unsigned char b[2];
    if (be) {
        b[0] = (unsigned char)(u >> 8);
        b[1] = (unsigned char)u;
    } else {
        b[0] = (unsigned char)u;
        b[1] = (unsigned char)(u >> 8);
    }
    return out_put(o, b, 2);
}

static int put_u32(Out *o, uint32_t u, int be)
{
    unsigned char b[4];
    for (int k = 0; k < 4; k++)
        b[be ? 3 - k : k] = (unsigned char)(u >> (8 * k));
    return out_put(o, b, 4);
}

/* byte order for the substitute writers below, set per call (the error
 * handler's writer callback has no context argument) */
static _Thread_local int t_be;
static int put_u16_sub(Out *o, uint32_t cp) { return put_u16(o, cp, t_be); }
static int put_u32_sub(Out *o, uint32_t cp) { return put_u32(o, cp, t_be); }

static KrObject *encode_utf16_32(KrObject *s, const char *errors, int width, int be, int bom, const char *enc)
{
    ssize_t n = KR_STR_LEN(s);
    Out o = {NULL, 0, 0};
    t_be = be;
    if (bom && (width == 2 ? put_u16(&o, 0xFEFF, be) : put_u32(&o, 0xFEFF, be)) < 0)
        goto error;
    int eh = -1;
    for (ssize_t i = 0; i < n;) {
        uint32_t c = KR_STR_READ(s, i);
        if (c >= 0xD800 && c <= 0xDFFF) {
            ssize_t j = i + 1;
            while (j < n && KR_STR_READ(s, j) >= 0xD800 && KR_STR_READ(s, j) <= 0xDFFF)
                j++;
            if (eh < 0)
                eh = handler_code(errors);
            if (eh == EH_SURROGATEPASS) {
                for (ssize_t k = i; k < j; k++)
                    if ((width == 2 ? put_u16(&o, KR_STR_READ(s, k), be) : put_u32(&o, KR_STR_READ(s, k), be)) < 0)
                        goto error;
            } else if (encode_error(&o, eh, errors, enc, s, i, j, "surrogates not allowed",
                                    width == 2 ? put_u16_sub : put_u32_sub, 0x110000) < 0)
                goto error;
            i = j;
            continue;
        }
        int r;
        if (width == 4)
            r = put_u32(&o, c, be);
        else if (c >= 0x10000)
            r = put_u16(&o, 0xD800 | ((c - 0x10000) >> 10), be) < 0 ? -1
              : put_u16(&o, 0xDC00 | ((c - 0x10000) & 0x3FF), be);
        else
            r = put_u16(&o, c, be);
        if (r < 0)
            goto error;
        i++;
    }
    return out_bytes(&o);
error:
    kr_mem_free(o.d);
    return NULL;
}

static KrObject *decode_utf16(const char *s, ssize_t n, const char *errors, int be, int detect)
{
    const unsigned char *p = (const unsigned char *)s;
    ssize_t i = 0;
    if (detect && n >= 2) {
        if (p[0] == 0xFF && p[1] == 0xFE) {
            be = 0;
            i = 2;
        } else if (p[0] == 0xFE && p[1] == 0xFF) {
            be = 1;
            i = 2;
        }
    }
    const char *enc = be ? "utf-16-be" : "utf-16-le";
    KrStrWriter w;
    kr_strwriter_init(&w);
    int eh = -1;
#define U16(k) (be ? (uint32_t)(p[k] << 8 | p[(k) + 1]) : (uint32_t)(p[(k) + 1] << 8 | p[k]))
    while (i < n) {
        if (n - i < 2) {
            if (eh < 0)
                eh = handler_code(errors);
            if (decode_error(&w, eh, errors, enc, s, n, i, n, "truncated data") < 0)
                goto error;
            break;
        }
        uint32_t u = U16(i);
        if (u < 0xD800 || u > 0xDFFF) {
            if (kr_strwriter_write_char(&w, u) < 0)
                goto error;
            i += 2;
            continue;
        }
        if (u <= 0xDBFF) {
            if (n - i < 4) {
                if (eh < 0)
                    eh = handler_code(errors);
                if (eh == EH_SURROGATEPASS && n - i >= 2) {
                    if (kr_strwriter_write_char(&w, u) < 0)
                        goto error;
                    i += 2;
                    continue;
                }
                if (decode_error(&w, eh, errors, enc, s, n, i, n, "unexpected end of data") < 0)
                    goto error;
                break;
            }
            uint32_t v = U16(i + 2);
            if (v >= 0xDC00 && v <= 0xDFFF) {
                uint32_t cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                if (kr_strwriter_write_char(&w, cp) < 0)
                    goto error;
                i += 4;
                continue;
            }
            if (eh < 0)
                eh = handler_code(errors);
            if (eh == EH_SURROGATEPASS) {
                if (kr_strwriter_write_char(&w, u) < 0)
                    goto error;
            } else if (decode_error(&w, eh, errors, enc, s, n, i, i + 2, "illegal UTF-16 surrogate") < 0)
                goto error;
            i += 2;
            continue;
        }
        if (eh < 0)
            eh = handler_code(errors);
        if (eh == EH_SURROGATEPASS) {
            if (kr_strwriter_write_char(&w, u) < 0)
                goto error;
        } else if (decode_error(&w, eh, errors, enc, s, n, i, i + 2, "illegal encoding") < 0)
            goto error;
        i += 2;
    }
#undef U16
    return kr_strwriter_finish(&w);
error:
    kr_strwriter_discard(&w);
    return NULL;
}

static KrObject *decode_utf32(const char *s, ssize_t n, const char *errors, int be, int detect)
{
    const unsigned char *p = (const unsigned char *)s;
    ssize_t i = 0;
    if (detect && n >= 4) {
        if (p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) {
            be = 0;
            i = 4;
        } else if (p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) {
            be = 1;
            i = 4;
        }
    }
    const char *enc = be ? "utf-32-be" : "utf-32-le";
    KrStrWriter w;
    kr_strwriter_init(&w);
    int eh = -1;
    while (i < n) {
        if (n - i < 4) {
            if (eh < 0)
                eh = handler_code(errors);
            if (decode_error(&w, eh, errors, enc, s, n, i, n, "truncated data") < 0)
                goto error;
            break;
        }
        uint32_t u = be ? ((uint32_t)p[i] << 24 | (uint32_t)p[i + 1] << 16 | (uint32_t)p[i + 2] << 8 | p[i + 3])
                        : ((uint32_t)p[i + 3] << 24 | (uint32_t)p[i + 2] << 16 | (uint32_t)p[i + 1] << 8 | p[i]);
        const char *reason = NULL;
        if (u > 0x10FFFF)
            reason = "code point not in range(0x110000)";
        else if (u >= 0xD800 && u <= 0xDFFF) {
            if (eh < 0)
                eh = handler_code(errors);
            if (eh != EH_SURROGATEPASS)
                reason = "code point in surrogate code point range(0xd800, 0xe000)";
        }
        if (reason) {
            if (eh < 0)
                eh = handler_code(errors);
            if (decode_error(&w, eh, errors, enc, s, n, i, i + 4, reason) < 0)
                goto error;
        } else if (kr_strwriter_write_char(&w, u) < 0)
            goto error;
        i += 4;
    }
    return kr_strwriter_finish(&w);
error:
    kr_strwriter_discard(&w);
    return NULL;
}

static KrObject *decode_charmap(const char *s, ssize_t n, const char *errors, int ascii)
{
    if (!ascii)
        return kr_str_from_latin1(s, n);
    ssize_t i = 0;
    while (i < n && (unsigned char)s[i] < 128)
        i++;
    if (i == n)
        return kr_str_from_ascii(s, n);
    KrStrWriter w;
    kr_strwriter_init(&w);
    int eh = handler_code(errors);
    i = 0;
    while (i < n) {
        ssize_t j = i;
        while (j < n && (unsigned char)s[j] < 128)
            j++;
        if (j > i && kr_strwriter_write_ascii(&w, s + i, j - i) < 0)
            goto error;
        i = j;
        if (i >= n)
            break;
        if (decode_error(&w, eh, errors, "ascii", s, n, i, i + 1, "ordinal not in range(128)") < 0)
            goto error;
        i++;
    }
    return kr_strwriter_finish(&w);
error:
    kr_strwriter_discard(&w);
    return NULL;
}

/* ---- names -------------------------------------------------------------------- */
enum { C_UTF8, C_UTF8_SIG, C_ASCII, C_LATIN1, C_UTF16, C_UTF16LE, C_UTF16BE, C_UTF32, C_UTF32LE,
       C_UTF32BE, C_UNKNOWN };

int kr_codec_normalize_name(const char *enc, char *out, size_t outsize)
{
    size_t k = 0;
    for (const char *p = enc; *p && k + 1 < outsize; p++) {
        char c = *p;
        if (c == '-' || c == ' ')
            c = '_';
        else if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        out[k++] = c;
    }
    out[k] = 0;
    return (int)k;
}

static int codec_id(const char *enc)
{
    char n[64];
    if (strlen(enc) >= sizeof n)
        return C_UNKNOWN;
    kr_codec_normalize_name(enc, n, sizeof n);
    static const struct { const char *name; int id; } names[] = {
        {"utf_8", C_UTF8}, {"utf8", C_UTF8}, {"u8", C_UTF8}, {"utf", C_UTF8}, {"cp65001", C_UTF8},
        {"utf8_ucs2", C_UTF8}, {"utf8_ucs4", C_UTF8},
        {"utf_8_sig", C_UTF8_SIG}, {"utf8_sig", C_UTF8_SIG},
        {"ascii", C_ASCII}, {"us_ascii", C_ASCII}, {"646", C_ASCII}, {"us", C_ASCII},
        {"ansi_x3.4_1968", C_ASCII}, {"iso646_us", C_ASCII}, {"cp367", C_ASCII},
        {"latin_1", C_LATIN1}, {"latin1", C_LATIN1}, {"latin", C_LATIN1}, {"l1", C_LATIN1},
        {"iso_8859_1", C_LATIN1}, {"iso8859_1", C_LATIN1}, {"8859", C_LATIN1}, {"cp819", C_LATIN1},
        {"iso_ir_100", C_LATIN1}, {"iso_8859_1:1987", C_LATIN1},
        {"utf_16", C_UTF16}, {"utf16", C_UTF16}, {"u16", C_UTF16},
        {"utf_16_le", C_UTF16LE}, {"utf_16le", C_UTF16LE}, {"utf16le", C_UTF16LE},
        {"utf_16_be", C_UTF16BE}, {"utf_16be", C_UTF16BE}, {"utf16be", C_UTF16BE},
        {"utf_32", C_UTF32}, {"utf32", C_UTF32}, {"u32", C_UTF32},
        {"utf_32_le", C_UTF32LE}, {"utf_32le", C_UTF32LE}, {"utf32le", C_UTF32LE},
        {"utf_32_be", C_UTF32BE}, {"utf_32be", C_UTF32BE}, {"utf32be", C_UTF32BE},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(names); i++)
        if (!strcmp(n, names[i].name))
            return names[i].id;
    return C_UNKNOWN;
}

static void unknown_encoding(const char *enc)
{
    kr_err_format(&KrExc_LookupError_Type, "unknown encoding: %s", enc);
}

KrObject *kr_str_encode(KrObject *s, const char *encoding, const char *errors)
{
    switch (encoding ? codec_id(encoding) : C_UTF8) {
    case C_UTF8: {
        KrStrObject *o = (KrStrObject *)s;
        if (o->ascii)
            return kr_bytes_from_data(KR_STR_DATA(s), o->length);
        KrStrCompactObject *c = (KrStrCompactObject *)s;
        if (c->utf8)
            return kr_bytes_from_data(c->utf8, c->utf8_len);
        int sur;
        KrObject *fast = utf8_encode_fast(s, &sur);
        if (fast || !sur)
            return fast;
        Out out = {NULL, 0, 0};
        if (utf8_encode_out(s, errors, &out) < 0) {
            kr_mem_free(out.d);
            return NULL;
        }
        return out_bytes(&out);
    }
    case C_UTF8_SIG: {
        KrObject *b = kr_str_encode(s, "utf-8", errors);
        if (!b)
            return NULL;
        KrObject *bom = kr_bytes_from_data("\xef\xbb\xbf", 3);
        KrObject *r = bom ? kr_bytes_concat(bom, b) : NULL;
        KR_XDECREF(bom);
        KR_DECREF(b);
        return r;
    }
    case C_ASCII:
        return encode_charmap(s, errors, 128, "ascii");
    case C_LATIN1:
        return encode_charmap(s, errors, 256, "latin-1");
    case C_UTF16:
        return encode_utf16_32(s, errors, 2, 0, 1, "utf-16");
    case C_UTF16LE:
        return encode_utf16_32(s, errors, 2, 0, 0, "utf-16-le");
    case C_UTF16BE:
        return encode_utf16_32(s, errors, 2, 1, 0, "utf-16-be");
    case C_UTF32:
        return encode_utf16_32(s, errors, 4, 0, 1, "utf-32");
    case C_UTF32LE:
        return encode_utf16_32(s, errors, 4, 0, 0, "utf-32-le");
    case C_UTF32BE:
        return encode_utf16_32(s, errors, 4, 1, 0, "utf-32-be");
    default:
        unknown_encoding(encoding);
        return NULL;
    }
}

KrObject *kr_str_decode(const char *p, ssize_t n, const char *encoding, const char *errors)
{
    switch (encoding ? codec_id(encoding) : C_UTF8) {
    case C_UTF8: {
        ssize_t i = 0;
        while (i < n && (unsigned char)p[i] < 128)
            i++;
        if (i == n)
            return kr_str_from_ascii(p, n);
        return utf8_decode(p, n, errors, "utf-8");
    }
    case C_UTF8_SIG:
        if (n >= 3 && !memcmp(p, "\xef\xbb\xbf", 3)) {
            p += 3;
            n -= 3;
        }
        return utf8_decode(p, n, errors, "utf-8");
    case C_ASCII:
        return decode_charmap(p, n, errors, 1);
    case C_LATIN1:
        return decode_charmap(p, n, errors, 0);
    case C_UTF16:
        return decode_utf16(p, n, errors, 0, 1);
    case C_UTF16LE:
        return decode_utf16(p, n, errors, 0, 0);
    case C_UTF16BE:
        return decode_utf16(p, n, errors, 1, 0);
    case C_UTF32:
        return decode_utf32(p, n, errors, 0, 1);
    case C_UTF32LE:
        return decode_utf32(p, n, errors, 0, 0);
    case C_UTF32BE:
        return decode_utf32(p, n, errors, 1, 0);
    default:
        unknown_encoding(encoding);
        return NULL;
    }
}
