/* float.c: the float type (an IEEE double): text conversion both ways
 * (repr is the shortest string that round-trips, laid out with CPython's
 * rules), arithmetic with CPython's sign conventions for // and %, powers
 * with the C99 special cases, exact comparison against ints, hashing
 * compatible with int's, and the methods (hex/fromhex, as_integer_ratio,
 * __round__ ...).  Freed exact floats go to a short per-thread free list.
 *
 * Shortest digits: correctly rounded p-digit output gets monotonically
 * closer as p grows, so the smallest p whose %.{p-1}e text reads back as
 * the same double is found by binary search over 1..17 with the C
 * library's (correctly rounded) printf and strtod.
 */
#include "kr.h"
#include <math.h>
#include <float.h>
#include <errno.h>
#include <pthread.h>

/* ---- objects ------------------------------------------------------------- */

/* Recently freed exact floats are kept on a short list per OS thread, so
 * arithmetic loops reuse blocks instead of going through malloc.  Each
 * thread touches only its own list (no locking, any interpreter); a
 * thread-exit destructor hands the blocks back.  The blocks stay charged
 * to the interpreter that allocated them while they wait. */
#ifndef KR_NUM_FREELIST_MAX
#define KR_NUM_FREELIST_MAX 128    /* build with 0 to disable (debugging) */
#endif
#define FLOAT_FREE_MAX KR_NUM_FREELIST_MAX
static _Thread_local KrFloatObject *float_free;   /* chained through ob_type */
static _Thread_local int float_nfree;
static _Thread_local bool float_key_set;
static pthread_key_t float_key;
static bool float_key_ok;

static void float_free_release(void *unused)
{
    while (float_free) {
        KrFloatObject *o = float_free;
        float_free = (KrFloatObject *)o->ob_base.ob_type;
        kr_mem_free(o);
    }
    float_nfree = 0;
}

void kr_float_freelist_clear(void)
{
    float_free_release(NULL);
}

void kr_float_runtime_init(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    float_key_ok = pthread_key_create(&float_key, float_free_release) == 0;
}

KrObject *kr_float_from_double(double v)
{
    KrFloatObject *o = float_free;
    if (o) {
        float_free = (KrFloatObject *)o->ob_base.ob_type;
        float_nfree--;
    } else {
        o = kr_mem_alloc(sizeof(KrFloatObject));
        if (!o)
            return kr_err_nomemory();
    }
    kr_refcnt_init(KR_OBJ(o));
    o->ob_base.ob_type = &KrFloat_Type;
    o->ob_fval = v;
    return (KrObject *)o;
}

static void float_dealloc(KrObject *o)
{
    if (KR_TYPE(o) != &KrFloat_Type) {
        KR_TYPE(o)->tp_free(o);
        return;
    }
    if (float_nfree < FLOAT_FREE_MAX && float_key_ok) {
        if (!float_key_set) {
            /* a non-NULL value makes the destructor run at thread exit */
            float_key_set = true;
            pthread_setspecific(float_key, &float_free);
        }
        o->ob_type = (KrTypeObject *)float_free;
        float_free = (KrFloatObject *)o;
        float_nfree++;
        return;
    }
    kr_mem_free(o);
}

static KrObject *float_subtype_new(KrTypeObject *type, double v)
{
    KrObject *o = kr_object_alloc(type, 0);
    if (!o)
        return NULL;
    ((KrFloatObject *)o)->ob_fval = v;
    if (KR_IS_GC(o))
        kr_gc_track(o);
    return o;
}

/* ---- text out ---------------------------------------------------------------- */

/* Shortest digits by exact arithmetic (Steele & White's free-format
 * algorithm) for doubles whose scaled values fit in 128 bits, which covers
 * roughly 1e-17 .. 1e34, where most printed floats live.  v = r/s, the gaps
 * to the neighbouring doubles are mp/s above and mm/s below (halved);
 * digits are generated until the remainder is within a gap.  With an even
 * mantissa the gaps are inclusive, as strtod rounds ties to even.
 * Returns 0 when v is outside the fast range. */
static int shortest_exact(double v, char *digits, int *decpt)
{
    typedef unsigned __int128 u128;
    union { double d; uint64_t u; } bits = {v};
    int bexp = (int)((bits.u >> 52) & 0x7ff);
    uint64_t frac = bits.u & (((uint64_t)1 << 52) - 1);
    if (bexp == 0)
        return 0;
    uint64_t m = frac | ((uint64_t)1 << 52);
    int e = bexp - 1075;
    if (e < -110 || e > 60)
        return 0;
    int asym = frac == 0 && bexp > 1;
    int even = (m & 1) == 0;
    u128 r, s, mp, mm;
    if (e >= 0) {
        if (!asym) {
            r = (u128)m << (e + 1);
            s = 2;
            mp = mm = (u128)1 << e;
        } else {
            r = (u128)m << (e + 2);
            s = 4;
            mp = (u128)1 << (e + 1);
            mm = (u128)1 << e;
        }
    } else {
        if (!asym) {
            r = (u128)m << 1;
            s = (u128)1 << (1 - e);
            mp = mm = 1;
        } else {
            r = (u128)m << 2;
            s = (u128)1 << (2 - e);
            mp = 2;
            mm = 1;
        }
    }
    int k = 0;
    /* scale so that the high end of the interval is just below 1 */
    for (;;) {
        u128 hi = r + mp;
        if (even ? hi >= s : hi > s) {
            s *= 10;
            k++;
            continue;
        }
        u128 hi10 = hi * 10;
        if (!(even ? hi10 >= s : hi10 > s)) {
            r *= 10;
            mp *= 10;
            mm *= 10;
            k--;
            continue;
        }
        break;
    }
    int n = 0;
    for (;;) {
        r *= 10;
        mp *= 10;
        mm *= 10;
        int d = (int)(r / s);
        r %= s;
        int low = even ? r <= mm : r < mm;
        int high = even ? r + mp >= s : r + mp > s;
        if (!low && !high) {
            digits[n++] = (char)('0' + d);
            if (n > 20)
                return 0;
            continue;
        }
        if (low && high) {
            u128 r2 = r * 2;
            if (r2 > s || (r2 == s && (d & 1)))
                d++;
        } else if (high)
            d++;
        if (d == 10) {
            /* carry into the digits already written */
            int i = n - 1;
            while (i >= 0 && digits[i] == '9')
                digits[i--] = '0';
            if (i < 0)
                return 0;
            digits[i]++;
            while (n > 1 && digits[n - 1] == '0')
                n--;
        } else
            digits[n++] = (char)('0' + d);
        break;
    }
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    *decpt = k;
    return n;
}

/* the p-digit neighbours (last digit +-1) of v's correctly rounded
 * p-digit text: 1 and the digits if one reads back as v */
static int try_neighbours(double v, int p, char *digits, int *decpt)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    unsigned long long m = 0;
    char *q = buf;
    for (; *q && *q != 'e'; q++)
        if (*q >= '0' && *q <= '9')
            m = m * 10 + (unsigned long long)(*q - '0');
    int ex = atoi(q + 1) - (p - 1);       /* v ~ m * 10**ex */
    for (int delta = -1; delta <= 1; delta += 2) {
        unsigned long long m2 = m + (unsigned long long)(long long)delta;
        if (m2 == 0)
            continue;
        snprintf(buf, sizeof buf, "%llue%d", m2, ex);
        if (strtod(buf, NULL) == v) {
            int n = snprintf(digits, 24, "%llu", m2);
            int e10 = ex;
            while (n > 1 && digits[n - 1] == '0') {
                digits[--n] = 0;
                e10++;
            }
            *decpt = n + e10;
            return 1;
        }
    }
    return 0;
}

/* significant digits and decimal point position of v (finite, != 0 or 0):
 * value = 0.D * 10**decpt.  ndig < 0: shortest round-trip */
static int get_digits(double v, int ndig, char *digits, int *decpt)
{
    char buf[64];
    v = fabs(v);
    if (v == 0.0) {
        digits[0] = '0';
        digits[1] = 0;
        *decpt = 1;
        return 1;
    }
    if (ndig < 0) {
        int fast = shortest_exact(v, digits, decpt);
        if (fast > 0)
            return fast;
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            snprintf(buf, sizeof buf, "%.*e", mid - 1, v);
            if (strtod(buf, NULL) == v)
                hi = mid;
            else
                lo = mid + 1;
        }
        ndig = lo;
        /* one digit fewer may still round-trip through a neighbour of the
         * correctly rounded string: the interval of values reading back as
         * v is lopsided at powers of two, and printf breaks ties to even */
        if (ndig > 1 && try_neighbours(v, ndig - 1, digits, decpt))
            return (int)strlen(digits);
    }
    char *big = ndig > 40 ? kr_mem_alloc((size_t)ndig + 32) : NULL;
    char *text = big ? big : buf;
    if (!big && ndig > 40)
        ndig = 40;
    snprintf(text, big ? (size_t)ndig + 32 : sizeof buf, "%.*e", ndig - 1, v);
    /* text: d[.ddd]e[+-]XX */
    int n = 0;
    char *p = text;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[n++] = *p;
    digits[n] = 0;
    int ex = atoi(p + 1);
    *decpt = ex + 1;
    kr_mem_free(big);
    return n;
}

/* lay digits out; returns a kr_mem string */
static char *layout(int neg, int plus, const char *D, int nd, int decpt, int use_exp,
                    int keep_point, int add_dot_0, int upper)
{
    size_t cap = (size_t)nd + (size_t)(decpt < 0 ? -decpt : decpt) + 16;
    char *out = kr_mem_alloc(cap);
    if (!out)
        return NULL;
    char *q = out;
    if (neg)
        *q++ = '-';
    else if (plus)
        *q++ = '+';
    if (use_exp) {
        *q++ = D[0];
        if (nd > 1 || keep_point)
            *q++ = '.';
        for (int i = 1; i < nd; i++)
            *q++ = D[i];
        int ex = decpt - 1;
        q += sprintf(q, "%c%c%02d", upper ? 'E' : 'e', ex < 0 ? '-' : '+', ex < 0 ? -ex : ex);
    } else if (decpt <= 0) {
        *q++ = '0';
        *q++ = '.';
        for (int i = 0; i < -decpt; i++)
            *q++ = '0';
        for (int i = 0; i < nd; i++)
            *q++ = D[i];
    } else if (decpt >= nd) {
        for (int i = 0; i < nd; i++)
            *q++ = D[i];
        for (int i = nd; i < decpt; i++)
            *q++ = '0';
        if (add_dot_0) {
            *q++ = '.';
            *q++ = '0';
        } else if (keep_point)
            *q++ = '.';
    } else {
        for (int i = 0; i < decpt; i++)
            *q++ = D[i];
        *q++ = '.';
        for (int i = decpt; i < nd; i++)
            *q++ = D[i];
    }
    *q = 0;
    return out;
}

static char *special_text(double v, int flags, int upper)
{
    const char *s = isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    char *out = kr_mem_alloc(8);
    if (!out)
        return NULL;
    char *q = out;
    if (isinf(v) && v < 0)
        *q++ = '-';
    else if (flags & KR_DTOA_SIGN)
        *q++ = '+';
    strcpy(q, s);
    return out;
}

char *kr_double_to_string(double v, char type, int precision, int flags, int *err)
{
    int upper = type == 'E' || type == 'F' || type == 'G';
    int alt = (flags & KR_DTOA_ALT) != 0, add0 = (flags & KR_DTOA_ADD_DOT_0) != 0;
    int plus = (flags & KR_DTOA_SIGN) != 0;
    char *res;
    if (err)
        *err = 0;
    if (!isfinite(v)) {
        res = special_text(v, flags, upper);
        goto done;
    }
    int neg = signbit(v) != 0;
    char Dbuf[64];
    char *D = Dbuf;
    if (precision > 40 && (type == 'e' || type == 'E' || type == 'g' || type == 'G')) {
        if (precision > 100000)
            precision = 100000;
        D = kr_mem_alloc((size_t)precision + 8);
        if (!D) {
            if (err)
                *err = 1;
            return NULL;
        }
    }
    int decpt, nd;
    switch (type) {
    case 'e': case 'E':
        if (precision < 0)
            precision = 6;
        nd = get_digits(v, precision + 1, D, &decpt);
        if (v == 0.0) {
            for (int i = 1; i <= precision; i++)
                D[i] = '0';
            nd = precision + 1;
            D[nd] = 0;
        }
        res = layout(neg, plus, D, nd, decpt, 1, alt, 0, upper);
        break;
    case 'f': case 'F': case '%': {
        if (precision < 0)
            precision = 6;
        size_t cap = 330 + (size_t)precision + 8;
        res = kr_mem_alloc(cap);
        if (!res)
            break;
        char *q = res;
        if (!neg && plus)
            *q++ = '+';
        snprintf(q, cap - 1, alt && precision == 0 ? "%#.*f" : "%.*f", precision, v);
        break;
    }
    case 'g': case 'G': {
        if (precision < 0)
            precision = 6;
        if (precision == 0)
            precision = 1;
        nd = get_digits(v, precision, D, &decpt);
        if (v == 0.0) {
            decpt = 1;
            if (alt) {
                for (int i = 1; i < precision; i++)
                    D[i] = '0';
                nd = precision;
                D[nd] = 0;
            }
        }
        if (!alt)
            while (nd > 1 && D[nd - 1] == '0')
                nd--;
        int use_exp = decpt <= -4 || decpt > (add0 ? precision - 1 : precision);
        res = layout(neg, plus, D, nd, decpt, use_exp, alt, add0 && !alt, upper);
        break;
    }
    case 'r':
    default: {
        nd = get_digits(v, -1, D, &decpt);
        int use_exp = decpt <= -4 || decpt > 16;
        res = layout(neg, plus, D, nd, decpt, use_exp, alt, add0, 0);
        break;
    }
    }
    if (D != Dbuf)
        kr_mem_free(D);
done:
    if (!res && err)
        *err = 1;
    return res;
}

int kr_double_to_shortest(double v, char *buf, size_t bufsize)
{
    char *s = kr_double_to_string(v, 'r', 0, KR_DTOA_ADD_DOT_0, NULL);
    if (!s)
        return -1;
    size_t n = strlen(s);
    if (n >= bufsize)
        n = bufsize - 1;
    memcpy(buf, s, n);
    buf[n] = 0;
    kr_mem_free(s);
    return (int)n;
}

KrObject *kr_float_repr_double(double v)
{
    char buf[64];
    if (kr_double_to_shortest(v, buf, sizeof buf) < 0)
        return kr_err_nomemory();
    return kr_str_from_utf8(buf, (ssize_t)strlen(buf));
}

static KrObject *float_repr(KrObject *o)
{
    return kr_float_repr_double(KR_FLOAT_AS_DOUBLE(o));
}

/* ---- text in ----------------------------------------------------------------- */

/* parse a Python float literal (no surrounding space): 1 and *out, or 0 */
static int parse_float_text(const char *s, size_t n, double *out)
{
    const char *p = s, *end = s + n;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    size_t rest = (size_t)(end - p);
    if ((rest == 3 && strncasecmp(p, "inf", 3) == 0) || (rest == 8 && strncasecmp(p, "infinity", 8) == 0)) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 1;
    }
    if (rest == 3 && strncasecmp(p, "nan", 3) == 0) {
        *out = neg ? -NAN : NAN;
        return 1;
    }
    char stackbuf[256];
    char *buf = rest + 2 <= sizeof stackbuf ? stackbuf : kr_mem_alloc(rest + 2);
    if (!buf)
        return 0;
    size_t bn = 0;
    int ok = 1, ndig = 0;
    /* digits with single underscores between digits */
#define DIGITS() do { \
        int prevd = 0; \
        while (p < end && ((*p >= '0' && *p <= '9') || *p == '_')) { \
            if (*p == '_') { \
                if (!prevd || p + 1 >= end || !(p[1] >= '0' && p[1] <= '9')) { ok = 0; break; } \
                prevd = 0; \
            } else { buf[bn++] = *p; prevd = 1; ndig++; } \
            p++; \
        } \
    } while (0)
    if (neg)
        buf[bn++] = '-';
    DIGITS();
    if (ok && p < end && *p == '.') {
        buf[bn++] = *p++;
        if (p < end && *p == '_')
            ok = 0;
        DIGITS();
    }
    if (ndig == 0)
        ok = 0;
    if (ok && p < end && (*p == 'e' || *p == 'E')) {
        buf[bn++] = *p++;
        if (p < end && (*p == '+' || *p == '-'))
            buf[bn++] = *p++;
        int d0 = ndig;
        if (p < end && *p == '_')
            ok = 0;
        DIGITS();
        if (ndig == d0)
            ok = 0;
    }
#undef DIGITS
    if (p != end)
        ok = 0;
    if (ok) {
        buf[bn] = 0;
        *out = strtod(buf, NULL);
    }
    if (buf != stackbuf)
        kr_mem_free(buf);
    return ok;
}

static int is_space_c(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static KrObject *float_from_text(const char *s, ssize_t len, KrObject *orig, double *res)
{
    const char *p = s, *end = s + len;
    while (p < end && is_space_c((unsigned char)*p))
        p++;
    while (end > p && is_space_c((unsigned char)end[-1]))
        end--;
    if (memchr(s, 0, (size_t)len) == NULL && parse_float_text(p, (size_t)(end - p), res))
        return Kr_None;
    KrObject *src = orig ? KR_NEWREF(orig) : kr_str_from_utf8(s, len);
    if (!src)
        return NULL;
    kr_err_format(KrExc_ValueError, "could not convert string to float: %R", src);
    KR_DECREF(src);
    return NULL;
}

KrObject *kr_float_from_string(const char *s, ssize_t len)
{
    double d;
    if (len < 0)
        len = (ssize_t)strlen(s);
    if (!float_from_text(s, len, NULL, &d))
        return NULL;
    return kr_float_from_double(d);
}

/* float(str/bytes-like) to a double; 0 ok, -1 error */
static int float_parse_object(KrObject *o, double *d)
{
    if (KR_STR_CHECK(o)) {
        if (((KrStrObject *)o)->ascii)
            return float_from_text(kr_str_utf8(o), KR_STR_LEN(o), o, d) ? 0 : -1;
        ssize_t n;
        char *a = kr_num_str_to_ascii(o, &n);
        if (!a)
            return -1;
        int r = float_from_text(a, n, o, d) ? 0 : -1;
        kr_mem_free(a);
        return r;
    }
    KrBuffer view;
    if (kr_object_get_buffer(o, &view, KR_BUF_SIMPLE) < 0)
        return -1;
    KrObject *orig = KR_BYTES_CHECK(o) || KR_BYTEARRAY_CHECK(o) ? KR_NEWREF(o)
                     : kr_bytes_from_data(view.buf, view.len);
    int r = -1;
    if (orig)
        r = float_from_text(view.buf, view.len, orig, d) ? 0 : -1;
    KR_XDECREF(orig);
    kr_buffer_release(&view);
    return r;
}

KrObject *kr_float_from_object(KrObject *o)
{
    if (KR_FLOAT_CHECK_EXACT(o))
        return KR_NEWREF(o);
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    if (nb && nb->nb_float) {
        KrObject *r = nb->nb_float(o);
        if (!r || KR_FLOAT_CHECK_EXACT(r))
            return r;
        if (!KR_FLOAT_CHECK(r)) {
            kr_err_format(KrExc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                          kr_object_type_name(o), kr_object_type_name(r));
            KR_DECREF(r);
            return NULL;
        }
        char msg[300];
        snprintf(msg, sizeof msg, "%.50s.__float__ returned non-float (type %.50s).  The ability "
                 "to return an instance of a strict subclass of float is deprecated, and may be "
                 "removed in a future version of Python.", kr_object_type_name(o), kr_object_type_name(r));
        if (kr_err_warn(&KrExc_DeprecationWarning_Type, msg, 1) < 0) {
            KR_DECREF(r);
            return NULL;
        }
        double v = KR_FLOAT_AS_DOUBLE(r);
        KR_DECREF(r);
        return kr_float_from_double(v);
    }
    if (KR_FLOAT_CHECK(o))
        return kr_float_from_double(KR_FLOAT_AS_DOUBLE(o));
    if (nb && nb->nb_index) {
        KrObject *i = kr_number_index(o);
        if (!i)
            return NULL;
        double v = kr_int_as_double(i);
        KR_DECREF(i);
        if (v == -1.0 && kr_err_occurred())
            return NULL;
        return kr_float_from_double(v);
    }
    if (KR_STR_CHECK(o) || KR_BYTES_CHECK(o) || KR_BYTEARRAY_CHECK(o) ||
        (KR_TYPE(o)->tp_as_buffer && KR_TYPE(o)->tp_as_buffer->bf_getbuffer)) {
        double d;
        if (float_parse_object(o, &d) < 0)
            return NULL;
        return kr_float_from_double(d);
    }
    return kr_err_format(KrExc_TypeError, "float() argument must be a string or a real number, not '%.200s'",
                         kr_object_type_name(o));
}

double kr_float_as_double(KrObject *o)
{
    if (KR_FLOAT_CHECK_EXACT(o))
        return KR_FLOAT_AS_DOUBLE(o);
    if (KR_INT_CHECK(o))
        return kr_int_as_double(o);
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    if (!nb || (!nb->nb_float && !nb->nb_index)) {
        if (KR_FLOAT_CHECK(o))
            return KR_FLOAT_AS_DOUBLE(o);
        kr_err_format(KrExc_TypeError, "must be real number, not %.200s", kr_object_type_name(o));
        return -1.0;
    }
    if (!nb->nb_float && KR_FLOAT_CHECK(o))
        return KR_FLOAT_AS_DOUBLE(o);
    KrObject *f = kr_float_from_object(o);
    if (!f)
        return -1.0;
    double v = KR_FLOAT_AS_DOUBLE(f);
    KR_DECREF(f);
    return v;
}

static KrObject *float_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_arg_no_kw("float", kwnames) < 0 || kr_arg_count("float", nargs, 0, 1) < 0)
        return NULL;
    KrObject *v;
    if (nargs == 0)
        v = kr_float_from_double(0.0);
    else if (KR_STR_CHECK(args[0]) && type == &KrFloat_Type) {
        double d;
        if (float_parse_object(args[0], &d) < 0)
            return NULL;
        return kr_float_from_double(d);
    } else
        v = kr_float_from_object(args[0]);
    if (!v || type == &KrFloat_Type)
        return v;
    KrObject *r = float_subtype_new(type, KR_FLOAT_AS_DOUBLE(v));
    KR_DECREF(v);
    return r;
}

/* ---- hash ----------------------------------------------------------------------- */

kr_hash_t kr_double_hash(KrObject *inst, double v)
{
    if (!isfinite(v)) {
        if (isinf(v))
            return v > 0 ? KR_HASH_INF : -KR_HASH_INF;
        uintptr_t y = (uintptr_t)inst;
        y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
        kr_hash_t h = (kr_hash_t)y;
        return h == -1 ? -2 : h;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & KR_HASH_MODULUS) | x >> (KR_HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= KR_HASH_MODULUS)
            x -= KR_HASH_MODULUS;
    }
    e = e >= 0 ? e % KR_HASH_BITS : KR_HASH_BITS - 1 - ((-1 - e) % KR_HASH_BITS);
    x = ((x << e) & KR_HASH_MODULUS) | x >> (KR_HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    if (h == -1)
        h = -2;
    return (kr_hash_t)h;
}

static kr_hash_t float_hash(KrObject *o)
{
    return kr_double_hash(o, KR_FLOAT_AS_DOUBLE(o));
}

/* ---- arithmetic ---------------------------------------------------------------------- */

/* operand to double: 1 ok, 0 not a number we handle, -1 error */
static int as_dbl(KrObject *o, double *d)
{
    if (KR_FLOAT_CHECK_EXACT(o) || KR_FLOAT_CHECK(o)) {
        *d = KR_FLOAT_AS_DOUBLE(o);
        return 1;
    }
    if (KR_INT_CHECK(o)) {
        int64_t v;
        if (kr_int_medium(o, &v) && v < ((int64_t)1 << 53) && v > -((int64_t)1 << 53)) {
            *d = (double)v;
            return 1;
        }
        *d = kr_int_as_double(o);
        if (*d == -1.0 && kr_err_occurred())
            return -1;
        return 1;
    }
    return 0;
}

#define CONVERT(o, d) do { int r_ = as_dbl(o, &d); if (r_ < 0) return NULL; if (r_ == 0) KR_RETURN_NOTIMPL; } while (0)

static KrObject *float_add(KrObject *a, KrObject *b)
{
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return kr_float_from_double(x + y);
}

static KrObject *float_sub(KrObject *a, KrObject *b)
{
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return kr_float_from_double(x - y);
}

static KrObject *float_mul(KrObject *a, KrObject *b)
{
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return kr_float_from_double(x * y);
}

static KrObject *float_div(KrObject *a, KrObject *b)
{
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0) {
        kr_err_set_string(KrExc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return kr_float_from_double(x / y);
}

static double float_mod_d(double vx, double wx)
{
    double mod = fmod(vx, wx);
    if (mod) {
        if ((wx < 0) != (mod < 0))
            mod += wx;
    } else
        mod = copysign(0.0, wx);
    return mod;
}

static void float_divmod_d(double vx, double wx, double *pdiv, double *pmod)
{
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else
        mod = copysign(0.0, wx);
    double floordiv;
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else
        floordiv = copysign(0.0, vx / wx);
    *pdiv = floordiv;
    *pmod = mod;
}

static KrObject *float_rem(KrObject *a, KrObject *b)
{
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0) {
        kr_err_set_string(KrExc_ZeroDivisionError, "float modulo");
        return NULL;
    }
    return kr_float_from_double(float_mod_d(x, y));
}

static KrObject *float_floordiv(KrObject *a, KrObject *b)
{
    double x, y, d, m;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0) {
        kr_err_set_string(KrExc_ZeroDivisionError, "float floor division by zero");
        return NULL;
    }
    float_divmod_d(x, y, &d, &m);
    return kr_float_from_double(d);
}

static KrObject *float_divmod(KrObject *a, KrObject *b)
{
    double x, y, d, m;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0) {
        kr_err_set_string(KrExc_ZeroDivisionError, "float divmod()");
        return NULL;
    }
    float_divmod_d(x, y, &d, &m);
    KrObject *fd = kr_float_from_double(d), *fm = kr_float_from_double(m);
    KrObject *t = fd && fm ? kr_tuple_pack(2, fd, fm) : NULL;
    KR_XDECREF(fd);
    KR_XDECREF(fm);
    return t;
}

static int is_odd_integer(double w)
{
    return fmod(fabs(w), 2.0) == 1.0;
}

KrObject *kr_float_pow_double(double iv, double iw)
{
    if (iw == 0.0)
        return kr_float_from_double(1.0);
    if (isnan(iv))
        return kr_float_from_double(iv);
    if (isnan(iw))
        return kr_float_from_double(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            return kr_float_from_double(1.0);
        if ((iw > 0.0) == (iv > 1.0))
            return kr_float_from_double(fabs(iw));
        return kr_float_from_double(0.0);
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iv > 0)
            return kr_float_from_double(iw > 0 ? iv : 0.0);
        return kr_float_from_double(iw > 0 ? (odd ? iv : -iv) : (odd ? copysign(0.0, iv) : 0.0));
    }
    if (iv == 0.0) {
        int odd = is_odd_integer(iw);
        if (iw < 0.0) {
            kr_err_set_string(KrExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return kr_float_from_double(odd ? iv : 0.0);
    }
    int negate = 0;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            /* a negative number to a fractional power is complex */
            KrObject *c1 = kr_complex_from_doubles(iv, 0.0), *c2 = kr_complex_from_doubles(iw, 0.0);
            KrObject *r = NULL;
            if (c1 && c2)
                r = KrComplex_Type.tp_as_number->nb_power(c1, c2, Kr_None);
            KR_XDECREF(c1);
            KR_XDECREF(c2);
            return r;
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return kr_float_from_double(negate ? -1.0 : 1.0);
    errno = 0;
    double ix = pow(iv, iw);
    if (negate)
        ix = -ix;
    if (isinf(ix)) {
        KrObject *args = kr_tuple_new(2);
        if (!args)
            return NULL;
        KR_TUPLE_SET(args, 0, kr_int_from_long(34));
        KR_TUPLE_SET(args, 1, kr_str_from_cstr("Numerical result out of range"));
        if (!KR_TUPLE_GET(args, 0) || !KR_TUPLE_GET(args, 1)) {
            KR_DECREF(args);
            return NULL;
        }
        kr_err_set_object(KrExc_OverflowError, args);
        KR_DECREF(args);
        return NULL;
    }
    return kr_float_from_double(ix);
}

static KrObject *float_pow(KrObject *a, KrObject *b, KrObject *c)
{
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    if (c && c != Kr_None) {
        kr_err_set_string(KrExc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    return kr_float_pow_double(x, y);
}

static KrObject *float_neg(KrObject *a) { return kr_float_from_double(-KR_FLOAT_AS_DOUBLE(a)); }
static KrObject *float_abs(KrObject *a) { return kr_float_from_double(fabs(KR_FLOAT_AS_DOUBLE(a))); }
static int float_bool(KrObject *a) { return KR_FLOAT_AS_DOUBLE(a) != 0.0; }

static KrObject *float_pos(KrObject *a)
{
    if (KR_FLOAT_CHECK_EXACT(a))
        return KR_NEWREF(a);
    return kr_float_from_double(KR_FLOAT_AS_DOUBLE(a));
}

static KrObject *float_int(KrObject *a)
{
    return kr_int_from_double(KR_FLOAT_AS_DOUBLE(a));
}

static KrNumberMethods float_as_number = {
    .nb_add = float_add,
    .nb_subtract = float_sub,
    .nb_multiply = float_mul,
    .nb_remainder = float_rem,
    .nb_divmod = float_divmod,
    .nb_power = float_pow,
    .nb_negative = float_neg,
    .nb_positive = float_pos,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_pos,
    .nb_floor_divide = float_floordiv,
    .nb_true_divide = float_div,
};

/* ---- comparison --------------------------------------------------------------------- */

static KrObject *float_richcompare(KrObject *a, KrObject *b, int op)
{
    double x = KR_FLOAT_AS_DOUBLE(a);
    int c;
    if (KR_FLOAT_CHECK(b)) {
        double y = KR_FLOAT_AS_DOUBLE(b);
        int r;
        switch (op) {
        case KR_LT: r = x < y; break;
        case KR_LE: r = x <= y; break;
        case KR_EQ: r = x == y; break;
        case KR_NE: r = x != y; break;
        case KR_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return kr_bool_from(r);
    }
    if (!KR_INT_CHECK(b))
        KR_RETURN_NOTIMPL;
    c = kr_int_compare_double(b, x);
    if (c == 2)
        return kr_bool_from(op == KR_NE);
    c = -c;     /* now: compare x with b */
    int r;
    switch (op) {
    case KR_LT: r = c < 0; break;
    case KR_LE: r = c <= 0; break;
    case KR_EQ: r = c == 0; break;
    case KR_NE: r = c != 0; break;
    case KR_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return kr_bool_from(r);
}

/* ---- methods ----------------------------------------------------------------------- */

static KrObject *float_conjugate(KrObject *self, KrObject *unused) { return float_pos(self); }
static KrObject *float_get_real(KrObject *self, void *c) { return float_pos(self); }
static KrObject *float_get_imag(KrObject *self, void *c) { return kr_float_from_double(0.0); }

static KrObject *float_is_integer(KrObject *self, KrObject *unused)
{
    double x = KR_FLOAT_AS_DOUBLE(self);
    return kr_bool_from(isfinite(x) && floor(x) == x);
}

static KrObject *float_trunc(KrObject *self, KrObject *unused)
{
    return kr_int_from_double(KR_FLOAT_AS_DOUBLE(self));
}

static KrObject *float_floor(KrObject *self, KrObject *unused)
{
    return kr_int_from_double(floor(KR_FLOAT_AS_DOUBLE(self)));
}

static KrObject *float_ceil(KrObject *self, KrObject *unused)
{
    return kr_int_from_double(ceil(KR_FLOAT_AS_DOUBLE(self)));
}

static KrObject *float_getnewargs(KrObject *self, KrObject *unused)
{
    KrObject *f = kr_float_from_double(KR_FLOAT_AS_DOUBLE(self));
    if (!f)
        return NULL;
    KrObject *t = kr_tuple_pack(1, f);
    KR_DECREF(f);
    return t;
}

static KrObject *float_as_integer_ratio(KrObject *self, KrObject *unused)
{
    double x = KR_FLOAT_AS_DOUBLE(self);
    if (isinf(x)) {
        kr_err_set_string(KrExc_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(x)) {
        kr_err_set_string(KrExc_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    KrObject *num = kr_int_from_double(m), *den = NULL;
    if (!num)
        return NULL;
    if (e > 0) {
        KrObject *t = kr_int_lshift_ssize(num, e);
        KR_DECREF(num);
        num = t;
        den = kr_int_small(1);
    } else
        den = kr_int_lshift_ssize(kr_int_small(1), -e);
    KrObject *r = NULL;
    if (num && den)
        r = kr_tuple_pack(2, num, den);
    KR_XDECREF(num);
    KR_XDECREF(den);
    return r;
}

/* round to an int, half to even */
static double round_half_even(double x)
{
    double r = round(x);
    if (fabs(x - r) == 0.5)
        r = 2.0 * round(x / 2.0);
    return r;
}

#define NDIGITS_MAX 323
#define NDIGITS_MIN (-309)

static KrObject *float_round(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("__round__", nargs, 0, 1) < 0)
        return NULL;
    double x = KR_FLOAT_AS_DOUBLE(self);
    if (nargs == 0 || args[0] == Kr_None)
        return kr_int_from_double(round_half_even(x));
    ssize_t nd = kr_number_as_ssize(args[0], NULL);
    if (nd == -1 && kr_err_occurred())
        return NULL;
    if (!isfinite(x) || x == 0.0)
        return kr_float_from_double(x);
    if (nd > NDIGITS_MAX)
        return kr_float_from_double(x);
    if (nd < NDIGITS_MIN)
        return kr_float_from_double(0.0 * x);
    double r;
    if (nd >= 0) {
        /* printf rounds the exact binary value correctly, ties to even */
        char buf[700];
        snprintf(buf, sizeof buf, "%.*f", (int)nd, x);
        r = strtod(buf, NULL);
    } else {
        /* exact: x = n / d; q = round(n / (d * 10**-nd)), result q * 10**-nd */
        KrObject *ratio = float_as_integer_ratio(self, NULL);
        if (!ratio)
            return NULL;
        KrObject *n = KR_TUPLE_GET(ratio, 0), *d = KR_TUPLE_GET(ratio, 1);
        KrObject *nexp = kr_int_from_ssize(-nd);
        KrObject *p = nexp ? kr_int_pow(kr_int_small(10), nexp, Kr_None) : NULL;
        KR_XDECREF(nexp);
        KrObject *dp = p ? kr_int_mul(d, p) : NULL;
        KrObject *q = NULL, *rem = NULL, *res = NULL;
        if (dp && kr_int_divmod_floor(n, dp, &q, &rem) == 0) {
            KrObject *r2 = kr_int_lshift_ssize(rem, 1);
            if (r2) {
                int c = kr_int_compare(r2, dp);
                KR_DECREF(r2);
                if (c > 0 || (c == 0 && KR_SIZE(q) != 0 && (((KrIntObject *)q)->digits[0] & 1))) {
                    KrObject *t = kr_int_add(q, kr_int_small(1));
                    KR_DECREF(q);
                    q = t;
                }
                if (q)
                    res = kr_int_mul(q, p);
            }
        }
        KR_XDECREF(p);
        KR_XDECREF(dp);
        KR_XDECREF(q);
        KR_XDECREF(rem);
        KR_DECREF(ratio);
        if (!res)
            return NULL;
        r = kr_int_as_double(res);
        KR_DECREF(res);
        if (r == -1.0 && kr_err_occurred()) {
            kr_err_clear();
            r = HUGE_VAL;
        }
    }
    if (isinf(r)) {
        kr_err_set_string(KrExc_OverflowError, "rounded value too large to represent");
        return NULL;
    }
    if (r == 0.0)
        r = copysign(0.0, x);
    return kr_float_from_double(r);
}

static KrObject *float_hex(KrObject *self, KrObject *unused)
{
    double x = KR_FLOAT_AS_DOUBLE(self);
    if (isnan(x) || isinf(x))
        return float_repr(self);
    char buf[64];
    if (x == 0.0)
        return kr_str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);      /* m in [0.5, 1) */
    int shift = 1 - KR_MAX(DBL_MIN_EXP - e, 0);
    m = ldexp(m, shift);
    e -= shift;
    char *q = buf;
    if (x < 0)
        *q++ = '-';
    *q++ = '0';
    *q++ = 'x';
    int lead = (int)m;
    *q++ = (char)('0' + lead);
    m -= lead;
    *q++ = '.';
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int dgt = (int)m;
        *q++ = "0123456789abcdef"[dgt];
        m -= dgt;
    }
    sprintf(q, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return kr_str_from_cstr(buf);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

static KrObject *float_fromhex(KrObject *type, KrObject *arg)
{
    if (!KR_STR_CHECK(arg)) {
        kr_err_set_string(KrExc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    ssize_t len;
    const char *s = kr_str_utf8_len(arg, &len);
    if (!s)
        return NULL;
    const char *p = s, *end = s + len;
    double result;
    while (p < end && is_space_c((unsigned char)*p))
        p++;
    while (end > p && is_space_c((unsigned char)end[-1]))
        end--;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    size_t rest = (size_t)(end - p);
    if ((rest == 3 && strncasecmp(p, "inf", 3) == 0) || (rest == 8 && strncasecmp(p, "infinity", 8) == 0)) {
        result = neg ? -HUGE_VAL : HUGE_VAL;
        goto make;
    }
    if (rest == 3 && strncasecmp(p, "nan", 3) == 0) {
        result = neg ? -NAN : NAN;
        goto make;
    }
    if (rest >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x')
        p += 2;
    /* mantissa digits: keep the first 15 significant hex digits (60 bits)
     * and fold the rest into a sticky bit */
    uint64_t m = 0;
    int nsig = 0, sticky = 0, ndig = 0;
    int64_t exp = 0;          /* binary exponent adjustment */
    int seen_point = 0;
    for (; p < end; p++) {
        if (*p == '.') {
            if (seen_point)
                goto invalid;
            seen_point = 1;
            continue;
        }
        int v = hexval(*p);
        if (v < 0)
            break;
        ndig++;
        if (nsig == 0 && v == 0) {
            if (seen_point)
                exp -= 4;
            continue;
        }
        if (nsig < 15) {
            m = (m << 4) | (uint64_t)v;
            nsig++;
            if (seen_point)
                exp -= 4;
        } else {
            if (v)
                sticky = 1;
            if (!seen_point)
                exp += 4;
        }
    }
    if (ndig == 0)
        goto invalid;
    if (p < end && (*p | 0x20) == 'p') {
        p++;
        int eneg = 0;
        if (p < end && (*p == '+' || *p == '-')) {
            eneg = *p == '-';
            p++;
        }
        if (p >= end || !(*p >= '0' && *p <= '9'))
            goto invalid;
        int64_t ev = 0;
        for (; p < end && *p >= '0' && *p <= '9'; p++)
            if (ev < ((int64_t)1 << 40))
                ev = ev * 10 + (*p - '0');
        exp += eneg ? -ev : ev;
    }
    if (p != end)
        goto invalid;
    if (m == 0) {
        result = neg ? -0.0 : 0.0;
        goto make;
    }
    /* make room for the sticky bit below the kept digits */
    m = (m << 2) | (uint64_t)sticky;
    exp -= 2;
    {
        int bits = 64 - __builtin_clzll(m);
        if (exp + bits > 1024 + 2) {
            kr_err_set_string(KrExc_OverflowError, "hexadecimal value too large to represent as a float");
            return NULL;
        }
        if (exp + bits < -1080)
            result = 0.0;
        else {
            result = kr_num_round_bits(m, exp);
            if (result == HUGE_VAL) {
                kr_err_set_string(KrExc_OverflowError, "hexadecimal value too large to represent as a float");
                return NULL;
            }
        }
        if (neg)
            result = -result;
    }
make:
    if (type == (KrObject *)&KrFloat_Type)
        return kr_float_from_double(result);
    {
        KrObject *f = kr_float_from_double(result);
        if (!f)
            return NULL;
        KrObject *r = kr_object_call_one(type, f);
        KR_DECREF(f);
        return r;
    }
invalid:
    kr_err_set_string(KrExc_ValueError, "invalid hexadecimal floating-point string");
    return NULL;
}

static KrObject *float_getformat(KrObject *type, KrObject *arg)
{
    if (!KR_STR_CHECK(arg))
        return kr_err_format(KrExc_TypeError, "__getformat__() argument must be str, not %.200s",
                             kr_object_type_name(arg));
    if (kr_str_eq_cstr(arg, "double") || kr_str_eq_cstr(arg, "float"))
        return kr_str_from_cstr("IEEE, little-endian");
    kr_err_set_string(KrExc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return NULL;
}

static KrObject *float_format_meth(KrObject *self, KrObject *spec)
{
    if (!KR_STR_CHECK(spec))
        return kr_err_format(KrExc_TypeError, "__format__() argument must be str, not %.200s",
                             kr_object_type_name(spec));
    if (KR_STR_LEN(spec) == 0)
        return kr_object_str(self);
    return kr_float_format_spec(self, spec);
}

static KrMethodDef float_methods[] = {
    {"conjugate", KR_CFUNC(float_conjugate), KR_METH_NOARGS, NULL},
    {"__trunc__", KR_CFUNC(float_trunc), KR_METH_NOARGS, NULL},
    {"__floor__", KR_CFUNC(float_floor), KR_METH_NOARGS, NULL},
    {"__ceil__", KR_CFUNC(float_ceil), KR_METH_NOARGS, NULL},
    {"__round__", KR_CFUNC(float_round), KR_METH_FASTCALL, NULL},
    {"as_integer_ratio", KR_CFUNC(float_as_integer_ratio), KR_METH_NOARGS, NULL},
    {"fromhex", KR_CFUNC(float_fromhex), KR_METH_O | KR_METH_CLASS, NULL},
    {"hex", KR_CFUNC(float_hex), KR_METH_NOARGS, NULL},
    {"is_integer", KR_CFUNC(float_is_integer), KR_METH_NOARGS, NULL},
    {"__getnewargs__", KR_CFUNC(float_getnewargs), KR_METH_NOARGS, NULL},
    {"__getformat__", KR_CFUNC(float_getformat), KR_METH_O | KR_METH_CLASS, NULL},
    {"__format__", KR_CFUNC(float_format_meth), KR_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static KrGetSetDef float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrTypeObject KrFloat_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "float",
    .tp_basicsize = sizeof(KrFloatObject),
    .tp_dealloc = float_dealloc,
    .tp_repr = float_repr,
    .tp_as_number = &float_as_number,
    .tp_hash = float_hash,
    .tp_flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Convert a string or number to a floating point number, if possible.",
    .tp_richcompare = float_richcompare,
    .tp_methods = float_methods,
    .tp_getset = float_getset,
    .tp_base = &KrBaseObject_Type,
    .tp_new = float_new,
    .tp_free = kr_object_free,
};
