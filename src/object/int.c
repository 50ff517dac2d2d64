/* int.c: the arbitrary-precision int type: representation, the small-int
 * cache, conversions to and from C numbers, doubles, text and bytes,
 * hashing, comparison, the methods and the int() constructor.
 * The arithmetic lives in intops.c.
 *
 * A value is |ob_size| 30-bit digits, least significant first, sign in
 * ob_size, with no leading zero digit (normalized).  Exact ints are plain
 * kr_mem blocks (those of one or two digits recycled through a per-thread
 * free list); subclass instances come from kr_object_alloc so that the
 * subclass machinery (dict, GC) works.  -5..256 live in one static table
 * built once for the process and are immortal.
 */
#include "kr.h"
#include <math.h>
#include <float.h>
#include <limits.h>
#include <pthread.h>

#define HDR_SIZE offsetof(KrIntObject, digits)
/* refuse to build ints past this many digits (about 2**36 bits) instead of
 * letting the allocator thrash */
#define MAX_DIGITS ((ssize_t)1 << 31)

static KrIntObject small_ints[KR_SMALL_NEG + KR_SMALL_POS];
static pthread_key_t int_key;
static bool int_key_ok;
static void int_free_release(void *unused);

void kr_int_runtime_init(void)
{
    static int done;
    if (done)
        return;
    done = 1;
    kr_bool_runtime_init();
    kr_float_runtime_init();
    int_key_ok = pthread_key_create(&int_key, int_free_release) == 0;
    for (long v = -KR_SMALL_NEG; v < KR_SMALL_POS; v++) {
        KrIntObject *o = &small_ints[v + KR_SMALL_NEG];
        o->ob_base.ob_base.ob_refcnt = KR_IMMORTAL_REFCNT + (KR_IMMORTAL_REFCNT >> 1);
        o->ob_base.ob_base.ob_type = &KrInt_Type;
        o->ob_base.ob_size = v < 0 ? -1 : v > 0 ? 1 : 0;
        o->digits[0] = (kr_digit)(v < 0 ? -v : v);
    }
}

KrObject *kr_int_small(long v)
{
    return (KrObject *)&small_ints[v + KR_SMALL_NEG];
}

/* Exact ints of up to two digits (all blocks have room for two) are
 * recycled through a short per-thread list, as floats are (float.c). */
#ifndef KR_NUM_FREELIST_MAX
#define KR_NUM_FREELIST_MAX 128    /* build with 0 to disable (debugging) */
#endif
#define INT_FREE_MAX KR_NUM_FREELIST_MAX
static _Thread_local KrIntObject *int_free;      /* chained through ob_type */
static _Thread_local int int_nfree;
static _Thread_local bool int_key_set;

static void int_free_release(void *unused)
{
    while (int_free) {
        KrIntObject *o = int_free;
        int_free = (KrIntObject *)o->ob_base.ob_base.ob_type;
        kr_mem_free(o);
    }
    int_nfree = 0;
}

void kr_num_freelists_clear(void)
{
    int_free_release(NULL);
    kr_float_freelist_clear();
}

KrIntObject *kr_int_alloc(ssize_t size)
{
    ssize_t ndigits = size < 0 ? -size : size;
    KrIntObject *o;
    if (ndigits <= 2 && int_free) {
        o = int_free;
        int_free = (KrIntObject *)o->ob_base.ob_base.ob_type;
        int_nfree--;
    } else {
        if (ndigits > MAX_DIGITS) {
            kr_err_set_none(KrExc_MemoryError);
            return NULL;
        }
        o = kr_mem_alloc(HDR_SIZE + (size_t)(ndigits > 2 ? ndigits : 2) * sizeof(kr_digit));
        if (!o) {
            kr_err_nomemory();
            return NULL;
        }
    }
    kr_refcnt_init(KR_OBJ(o));
    o->ob_base.ob_base.ob_type = &KrInt_Type;
    o->ob_base.ob_size = size;
    return o;
}

KrObject *kr_int_normalize(KrIntObject *v)
{
    ssize_t s = KR_SIZE(v), n = s < 0 ? -s : s;
    while (n > 0 && v->digits[n - 1] == 0)
        n--;
    KR_SIZE(v) = s < 0 ? -n : n;
    if (n <= 1 && KR_TYPE(v) == &KrInt_Type) {
        long val = n ? (long)v->digits[0] : 0;
        if (s < 0)
            val = -val;
        if (val >= -KR_SMALL_NEG && val < KR_SMALL_POS) {
            KR_DECREF(v);
            return kr_int_small(val);
        }
    }
    return (KrObject *)v;
}

static void int_dealloc(KrObject *o)
{
    if (KR_TYPE(o) != &KrInt_Type) {
        KR_TYPE(o)->tp_free(o);
        return;
    }
    ssize_t n = KR_SIZE(o);
    if (n >= -2 && n <= 2 && int_nfree < INT_FREE_MAX && int_key_ok) {
        if (!int_key_set) {
            int_key_set = true;
            pthread_setspecific(int_key, &int_free);
        }
        o->ob_type = (KrTypeObject *)int_free;
        int_free = (KrIntObject *)o;
        int_nfree++;
        return;
    }
    kr_mem_free(o);
}

/* ---- from C numbers ------------------------------------------------------ */

KrObject *kr_int_from_u64(uint64_t v)
{
    if (v < KR_SMALL_POS)
        return kr_int_small((long)v);
    int n = 0;
    for (uint64_t t = v; t; t >>= KR_INT_SHIFT)
        n++;
    KrIntObject *o = kr_int_alloc(n);
    if (!o)
        return NULL;
    for (int i = 0; i < n; i++, v >>= KR_INT_SHIFT)
        o->digits[i] = (kr_digit)(v & KR_INT_MASK);
    return (KrObject *)o;
}

KrObject *kr_int_from_i64(int64_t v)
{
    if (v >= -KR_SMALL_NEG && v < KR_SMALL_POS)
        return kr_int_small((long)v);
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    if (m < KR_INT_BASE) {
        KrIntObject *o = kr_int_alloc(v < 0 ? -1 : 1);
        if (!o)
            return NULL;
        o->digits[0] = (kr_digit)m;
        return (KrObject *)o;
    }
    KrObject *r = kr_int_from_u64(m);
    if (r && v < 0)
        KR_SIZE(r) = -KR_SIZE(r);
    return r;
}

KrObject *kr_int_from_long(long v) { return kr_int_from_i64(v); }
KrObject *kr_int_from_ssize(ssize_t v) { return kr_int_from_i64(v); }
KrObject *kr_int_from_size(size_t v) { return kr_int_from_u64(v); }

KrObject *kr_int_copy_exact(KrObject *o)
{
    if (KR_INT_CHECK_EXACT(o))
        return KR_NEWREF(o);
    ssize_t s = KR_SIZE(o), n = s < 0 ? -s : s;
    KrIntObject *r = kr_int_alloc(s);
    if (!r)
        return NULL;
    memcpy(r->digits, ((KrIntObject *)o)->digits, (size_t)n * sizeof(kr_digit));
    return kr_int_normalize(r);
}

/* ---- to C numbers -------------------------------------------------------- */

/* magnitude as u64; 0 when it does not fit */
static int mag_u64(KrObject *o, uint64_t *out)
{
    ssize_t s = KR_SIZE(o), n = s < 0 ? -s : s;
    const kr_digit *d = ((KrIntObject *)o)->digits;
    if (n > 3)
        return 0;
    uint64_t v = 0;
    for (ssize_t i = n - 1; i >= 0; i--) {
        if (v >> (64 - KR_INT_SHIFT))
            return 0;
        v = (v << KR_INT_SHIFT) | d[i];
    }
    *out = v;
    return 1;
}

int kr_int_fits_i64(KrObject *o, int64_t *out)
{
    if (kr_int_medium(o, out))
        return 1;
    uint64_t m;
    if (!mag_u64(o, &m))
        return 0;
    if (KR_SIZE(o) < 0) {
        if (m > (uint64_t)INT64_MAX + 1)
            return 0;
        *out = (int64_t)(0 - m);
    } else {
        if (m > (uint64_t)INT64_MAX)
            return 0;
        *out = (int64_t)m;
    }
    return 1;
}

int64_t kr_int_as_i64(KrObject *o)
{
    int64_t v;
    if (!KR_INT_CHECK(o)) {
        KrObject *i = kr_number_index(o);
        if (!i)
            return -1;
        int ok = kr_int_fits_i64(i, &v);
        KR_DECREF(i);
        if (ok)
            return v;
    } else if (kr_int_fits_i64(o, &v))
        return v;
    kr_err_set_string(KrExc_OverflowError, "Python int too large to convert to C long");
    return -1;
}

long kr_int_as_long(KrObject *o) { return (long)kr_int_as_i64(o); }
ssize_t kr_int_as_ssize(KrObject *o)
{
    int64_t v;
    if (KR_INT_CHECK(o) && kr_int_fits_i64(o, &v))
        return (ssize_t)v;
    if (!KR_INT_CHECK(o))
        return (ssize_t)kr_int_as_i64(o);
    kr_err_set_string(KrExc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

uint64_t kr_int_as_u64_mask(KrObject *o)
{
    ssize_t s = KR_SIZE(o), n = s < 0 ? -s : s;
    const kr_digit *d = ((KrIntObject *)o)->digits;
    uint64_t v = 0;
    for (ssize_t i = KR_MIN(n, 3) - 1; i >= 0; i--)
        v = (v << KR_INT_SHIFT) | d[i];
    return s < 0 ? 0 - v : v;
}

int kr_int_sign(KrObject *o)
{
    ssize_t s = KR_SIZE(o);
    return s < 0 ? -1 : s > 0;
}

size_t kr_int_bit_length(KrObject *o)
{
    ssize_t s = KR_SIZE(o), n = s < 0 ? -s : s;
    if (n == 0)
        return 0;
    kr_digit top = ((KrIntObject *)o)->digits[n - 1];
    return (size_t)(n - 1) * KR_INT_SHIFT + (size_t)(32 - __builtin_clz(top));
}

/* ---- doubles --------------------------------------------------------------- */

/* Round the value m * 2**lsb_exp (m with a sticky bit already folded in
 * when bits were lost) to a double, half to even, honouring subnormals.
 * Returns HUGE_VAL when it overflows. */
double kr_num_round_bits(uint64_t m, int64_t lsb_exp)
{
    if (m == 0)
        return 0.0;
    int bits = 64 - __builtin_clzll(m);
    int64_t top = lsb_exp + bits;           /* value in [2**(top-1), 2**top) */
    int keep = 53;
    if (top - 53 < -1074)
        keep = (int)(top + 1074);
    if (bits > keep) {
        int drop = bits - keep;
        if (drop > 63) {
            m = 0;
            lsb_exp += drop;
        } else {
            uint64_t half = (uint64_t)1 << (drop - 1);
            uint64_t rest = m & ((half << 1) - 1);
            m >>= drop;
            lsb_exp += drop;
            if (rest > half || (rest == half && (m & 1)))
                m++;
        }
    }
    if (lsb_exp + (m ? 64 - __builtin_clzll(m) : 0) > 1024)
        return HUGE_VAL;
    return ldexp((double)m, (int)lsb_exp);
}

/* top bits of the magnitude: at least 55 significant bits with a sticky
 * bit, as m * 2**(*lsb) */
static uint64_t top_bits(KrObject *o, int64_t *lsb)
{
    ssize_t s = KR_SIZE(o), n = s < 0 ? -s : s;
    const kr_digit *d = ((KrIntObject *)o)->digits;
    uint64_t m;
    if (mag_u64(o, &m) && m < ((uint64_t)1 << 62)) {
        *lsb = 0;
        return m;
    }
    int64_t nbits = (int64_t)kr_int_bit_length(o);
    int64_t shift = nbits - 58;           /* keep the top 58 bits */
    /* gather bits [shift, nbits) */
    m = 0;
    ssize_t di = (ssize_t)(shift / KR_INT_SHIFT);
    int off = (int)(shift % KR_INT_SHIFT);
    /* up to 3 digits hold 58 bits + offset (<= 88 bits): use 128-bit */
    unsigned __int128 acc = 0;
    for (ssize_t i = KR_MIN(n - 1, di + 2); i >= di; i--)
        acc = (acc << KR_INT_SHIFT) | d[i];
    acc >>= off;
    m = (uint64_t)acc;
    int sticky = 0;
    if (d[di] & (((kr_digit)1 << off) - 1))
        sticky = 1;
    for (ssize_t i = 0; i < di && !sticky; i++)
        if (d[i])
            sticky = 1;
    *lsb = shift;
    return m | (uint64_t)sticky;
}

double kr_int_as_double(KrObject *o)
{
    int64_t v;
    if (kr_int_medium(o, &v) && v < ((int64_t)1 << 53) && v > -((int64_t)1 << 53))
        return (double)v;
    int64_t lsb;
    uint64_t m = top_bits(o, &lsb);
    double r = kr_num_round_bits(m, lsb);
    if (r == HUGE_VAL) {
        kr_err_set_string(KrExc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return KR_SIZE(o) < 0 ? -r : r;
}

double kr_int_frexp(KrObject *o, int64_t *e)
{
    if (KR_SIZE(o) == 0) {
        *e = 0;
        return 0.0;
    }
    int64_t lsb;
    uint64_t m = top_bits(o, &lsb);
    int bits = 64 - __builtin_clzll(m);
    /* round m to 53 bits as a value in [0.5, 1) */
    double x = kr_num_round_bits(m, -bits);     /* in [0.5, 1], exact rounding */
    int64_t ex = lsb + bits;
    if (x == 1.0) {
        x = 0.5;
        ex++;
    }
    *e = ex;
    return KR_SIZE(o) < 0 ? -x : x;
}

KrObject *kr_int_from_double(double d)
{
    if (isinf(d)) {
        kr_err_set_string(KrExc_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    if (isnan(d)) {
        kr_err_set_string(KrExc_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    if (d > -9.2e18 && d < 9.2e18)
        return kr_int_from_i64((int64_t)d);
    int neg = d < 0;
    if (neg)
        d = -d;
    int ex;
    double fr = frexp(d, &ex);          /* d = fr * 2**ex, ex >= 63 */
    ssize_t n = (ex - 1) / KR_INT_SHIFT + 1;
    KrIntObject *o = kr_int_alloc(n);
    if (!o)
        return NULL;
    fr = ldexp(fr, (ex - 1) % KR_INT_SHIFT + 1);
    for (ssize_t i = n - 1; i >= 0; i--) {
        kr_digit bits = (kr_digit)fr;
        o->digits[i] = bits;
        fr -= (double)bits;
        fr = ldexp(fr, KR_INT_SHIFT);
    }
    if (neg)
        KR_SIZE(o) = -n;
    return kr_int_normalize(o);
}

int kr_int_compare_double(KrObject *i, double d)
{
    if (isnan(d))
        return 2;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    int64_t v;
    if (kr_int_medium(i, &v) && v < ((int64_t)1 << 53) && v > -((int64_t)1 << 53)) {
        double x = (double)v;
        return x < d ? -1 : x > d;
    }
    int si = kr_int_sign(i), sd = d < 0 ? -1 : d > 0;
    if (si != sd)
        return si < sd ? -1 : 1;
    /* same sign, |i| >= 2**53: compare bit lengths, then exactly */
    int ex;
    frexp(d, &ex);
    int64_t nb = (int64_t)kr_int_bit_length(i);
    if (ex < 0 || nb > ex)
        return si;                       /* |i| bigger */
    if (nb < ex)
        return -si;
    double fl = floor(d), frac = d - fl;
    KrObject *di = kr_int_from_double(fl);
    if (!di)
        return 0;                         /* cannot fail for finite d but be safe */
    int c = kr_int_compare(i, di);
    KR_DECREF(di);
    if (c == 0 && frac != 0.0)
        return -1;
    return c;
}

KrObject *kr_int_true_divide(KrObject *a, KrObject *b)
{
    int64_t x, y;
    if (KR_SIZE(b) == 0) {
        kr_err_set_string(KrExc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    const int64_t lim = (int64_t)1 << 53;
    if (kr_int_medium(a, &x) && kr_int_medium(b, &y) && x <= lim && x >= -lim && y <= lim && y >= -lim)
        return kr_float_from_double((double)x / (double)y);
    int neg = (KR_SIZE(a) < 0) != (KR_SIZE(b) < 0);
    if (KR_SIZE(a) == 0)
        return kr_float_from_double(neg ? -0.0 : 0.0);
    int64_t diff = (int64_t)kr_int_bit_length(a) - (int64_t)kr_int_bit_length(b);
    if (diff > 1025) {
        kr_err_set_string(KrExc_OverflowError, "integer division result too large for a float");
        return NULL;
    }
    if (diff < -1077)
        return kr_float_from_double(neg ? -0.0 : 0.0);
    int64_t shift = 55 - diff;
    KrObject *num = NULL, *den = NULL, *q = NULL, *r = NULL;
    KrObject *aa = kr_int_abs(a), *bb = kr_int_abs(b);
    if (!aa || !bb)
        goto fail;
    if (shift > 0) {
        num = kr_int_lshift_ssize(aa, (ssize_t)shift);
        den = KR_NEWREF(bb);
    } else {
        num = KR_NEWREF(aa);
        den = kr_int_lshift_ssize(bb, (ssize_t)-shift);
    }
    if (!num || !den || kr_int_divmod_floor(num, den, &q, &r) < 0)
        goto fail;
    uint64_t m = kr_int_as_u64_mask(q) | (KR_SIZE(r) != 0);
    double d = kr_num_round_bits(m, -shift);
    KR_DECREF(aa); KR_DECREF(bb); KR_DECREF(num); KR_DECREF(den); KR_DECREF(q); KR_DECREF(r);
    if (d == HUGE_VAL) {
        kr_err_set_string(KrExc_OverflowError, "integer division result too large for a float");
        return NULL;
    }
    return kr_float_from_double(neg ? -d : d);
fail:
    KR_XDECREF(aa); KR_XDECREF(bb); KR_XDECREF(num); KR_XDECREF(den); KR_XDECREF(q); KR_XDECREF(r);
    return NULL;
}

/* ---- hash ------------------------------------------------------------------ */

kr_hash_t kr_int_hash(KrObject *o)
{
    int64_t v;
    if (kr_int_medium(o, &v)) {
        /* |v| < 2**60 < modulus */
        if (v == -1)
            return -2;
        return (kr_hash_t)v;
    }
    ssize_t s = KR_SIZE(o), n = s < 0 ? -s : s;
    const kr_digit *d = ((KrIntObject *)o)->digits;
    uint64_t x = 0;
    for (ssize_t i = n - 1; i >= 0; i--) {
        /* x = x * 2**30 mod (2**61-1), as a rotation */
        x = ((x << KR_INT_SHIFT) & KR_HASH_MODULUS) | (x >> (KR_HASH_BITS - KR_INT_SHIFT));
        x += d[i];
        if (x >= KR_HASH_MODULUS)
            x -= KR_HASH_MODULUS;
    }
    int64_t h = s < 0 ? -(int64_t)x : (int64_t)x;
    if (h == -1)
        h = -2;
    return (kr_hash_t)h;
}

/* ---- comparison ------------------------------------------------------------- */

int kr_int_compare(KrObject *a, KrObject *b)
{
    ssize_t sa = KR_SIZE(a), sb = KR_SIZE(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    ssize_t n = sa < 0 ? -sa : sa;
    const kr_digit *da = ((KrIntObject *)a)->digits, *db = ((KrIntObject *)b)->digits;
    for (ssize_t i = n - 1; i >= 0; i--)
        if (da[i] != db[i]) {
            int c = da[i] < db[i] ? -1 : 1;
            return sa < 0 ? -c : c;
        }
    return 0;
}

static int cmp_result(int c, int op)
{
    switch (op) {
    case KR_LT: return c < 0;
    case KR_LE: return c <= 0;
    case KR_EQ: return c == 0;
    case KR_NE: return c != 0;
    case KR_GT: return c > 0;
    default: return c >= 0;
    }
}

KrObject *kr_int_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_INT_CHECK(a) || !KR_INT_CHECK(b))
        KR_RETURN_NOTIMPL;
    int64_t x, y;
    int c;
    if (kr_int_medium(a, &x) && kr_int_medium(b, &y))
        c = x < y ? -1 : x > y;
    else
        c = kr_int_compare(a, b);
    return kr_bool_from(cmp_result(c, op));
}

/* ---- text ------------------------------------------------------------------ */

#define DEC_BASE 1000000000u
#define DEC_DIGITS 9

static int max_str_digits(void)
{
    KrThreadState *ts = kr_tstate();
    return ts && ts->interp ? ts->interp->int_max_str_digits : 4300;
}

/* decimal text of the magnitude plus sign into a fresh kr_mem buffer */
/* Huge ints convert to decimal by divide and conquer: v = q * 10**k + r
 * with k = 9 * 2**j, each half converted recursively (r zero-padded to k
 * digits), so the cost follows the division's instead of the quadratic
 * digit loop. */
#define DC_STR_DIGITS 400
static char *int_to_decimal(KrObject *o, ssize_t *outlen, int check_limit);

static int dc_rec(KrObject *v, int j, KrObject **pw, ssize_t width, KrBuf *out)
{
    ssize_t n = KR_SIZE(v);
    if (j < 0 || n < DC_STR_DIGITS / 4) {
        ssize_t len = 0;
        char *t = int_to_decimal(v, &len, 0);
        if (!t)
            return -1;
        for (ssize_t i = len; i < width; i++)
            kr_buf_putc(out, '0');
        kr_buf_put(out, t, (size_t)len);
        kr_mem_free(t);
        if (out->failed) {
            kr_err_nomemory();
            return -1;
        }
        return 0;
    }
    KrObject *q, *r;
    if (kr_int_divmod_floor(v, pw[j], &q, &r) < 0)
        return -1;
    ssize_t low = (ssize_t)9 << j;
    int rc;
    if (width == 0 && KR_SIZE(q) == 0)
        rc = dc_rec(r, j - 1, pw, 0, out);
    else
        rc = dc_rec(q, j - 1, pw, width > low ? width - low : 0, out) < 0 ? -1
             : dc_rec(r, j - 1, pw, low, out);
    KR_DECREF(q);
    KR_DECREF(r);
    return rc;
}

static char *dc_to_decimal(KrObject *o, ssize_t *outlen)
{
    KrObject *pw[64];
    int np = 0;
    KrObject *v = kr_int_abs(o);
    if (!v)
        return NULL;
    size_t vbits = kr_int_bit_length(v);
    pw[np] = kr_int_from_i64(1000000000);
    while (pw[np] && np < 62 && kr_int_bit_length(pw[np]) * 2 <= vbits + 1) {
        pw[np + 1] = kr_int_mul(pw[np], pw[np]);
        np++;
    }
    char *res = NULL;
    KrBuf out;
    kr_buf_init(&out);
    if (pw[np]) {
        if (KR_SIZE(o) < 0)
            kr_buf_putc(&out, '-');
        if (dc_rec(v, np, pw, 0, &out) == 0 && kr_buf_putc(&out, 0)) {
            res = out.data;
            *outlen = (ssize_t)out.len - 1;
            out.data = NULL;
        }
    } else
        np--;
    for (int i = 0; i <= np; i++)
        KR_XDECREF(pw[i]);
    KR_DECREF(v);
    if (!res) {
        /* hand the buffer's memory back */
        kr_buf_free(&out);
        if (!kr_err_occurred())
            kr_err_nomemory();
        return NULL;
    }
    /* the buffer is ours now: copy into a kr_mem block the callers free */
    char *copy = kr_mem_alloc((size_t)*outlen + 1);
    if (copy)
        memcpy(copy, res, (size_t)*outlen + 1);
    out.data = res;
    kr_buf_free(&out);
    if (!copy)
        kr_err_nomemory();
    return copy;
}

static char *int_to_decimal(KrObject *o, ssize_t *outlen, int check_limit)
{
    ssize_t s = KR_SIZE(o), n = s < 0 ? -s : s;
    const kr_digit *d = ((KrIntObject *)o)->digits;
    int limit = check_limit ? max_str_digits() : 0;
    if (limit > 0 && n >= 10 * (ssize_t)limit / (3 * KR_INT_SHIFT) + 2) {
        kr_err_format(KrExc_ValueError, "Exceeds the limit (%d digits) for integer string "
                      "conversion; use sys.set_int_max_str_digits() to increase the limit", limit);
        return NULL;
    }
    if (n >= DC_STR_DIGITS) {
        char *r = dc_to_decimal(o, outlen);
        if (r && limit > 0 && *outlen - (s < 0) > limit) {
            kr_mem_free(r);
            kr_err_format(KrExc_ValueError, "Exceeds the limit (%d digits) for integer string "
                          "conversion; use sys.set_int_max_str_digits() to increase the limit", limit);
            return NULL;
        }
        return r;
    }
    /* base 10**9 limbs: 30 bits is ~9.03 decimal digits per digit */
    ssize_t cap = n + n / 9 + 2;
    uint32_t *p = kr_mem_alloc((size_t)cap * sizeof(uint32_t));
    if (!p) {
        kr_err_nomemory();
        return NULL;
    }
    ssize_t np = 0;
    for (ssize_t i = n - 1; i >= 0; i--) {
        uint32_t hi = d[i];
        for (ssize_t j = 0; j < np; j++) {
            uint64_t z = ((uint64_t)p[j] << KR_INT_SHIFT) | hi;
            hi = (uint32_t)(z / DEC_BASE);
            p[j] = (uint32_t)(z - (uint64_t)hi * DEC_BASE);
        }
        while (hi) {
            p[np++] = hi % DEC_BASE;
            hi /= DEC_BASE;
        }
    }
    if (np == 0)
        p[np++] = 0;
    ssize_t ndig = (np - 1) * DEC_DIGITS;
    for (uint32_t t = p[np - 1]; t; t /= 10)
        ndig++;
    if (p[np - 1] == 0)
        ndig++;
    if (limit > 0 && ndig > limit) {
        kr_mem_free(p);
        kr_err_format(KrExc_ValueError, "Exceeds the limit (%d digits) for integer string "
                      "conversion; use sys.set_int_max_str_digits() to increase the limit", limit);
        return NULL;
    }
    ssize_t len = ndig + (s < 0);
    char *buf = kr_mem_alloc((size_t)len + 1);
    if (!buf) {
        kr_mem_free(p);
        kr_err_nomemory();
        return NULL;
    }
    char *q = buf + len;
    *q = 0;
    for (ssize_t j = 0; j < np - 1; j++) {
        uint32_t t = p[j];
        for (int k = 0; k < DEC_DIGITS; k++) {
            *--q = (char)('0' + t % 10);
            t /= 10;
        }
    }
    uint32_t t = p[np - 1];
    do {
        *--q = (char)('0' + t % 10);
        t /= 10;
    } while (t);
    if (s < 0)
        *--q = '-';
    kr_mem_free(p);
    *outlen = len;
    return buf;
}

char *kr_int_decimal_cstr(KrObject *o, ssize_t *len)
{
    return int_to_decimal(o, len, 1);
}

KrObject *kr_int_to_decimal_string(KrObject *o)
{
    int64_t v;
    if (kr_int_medium(o, &v)) {
        char buf[24];
        char *q = buf + sizeof buf;
        uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        do {
            *--q = (char)('0' + m % 10);
            m /= 10;
        } while (m);
        if (v < 0)
            *--q = '-';
        return kr_str_from_utf8(q, (buf + sizeof buf) - q);
    }
    ssize_t len;
    char *s = int_to_decimal(o, &len, 1);
    if (!s)
        return NULL;
    KrObject *r = kr_str_from_utf8(s, len);
    kr_mem_free(s);
    return r;
}

KrObject *kr_int_repr(KrObject *o)
{
    return kr_int_to_decimal_string(o);
}

/* power-of-two bases into a kr_mem buffer: sign, optional prefix, digits */
char *kr_int_pow2_cstr(KrObject *o, int base, bool alternate, bool upper, ssize_t *outlen)
{
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    size_t nb = kr_int_bit_length(o);
    ssize_t ndig = nb ? (ssize_t)((nb + (size_t)bits - 1) / (size_t)bits) : 1;
    int neg = KR_SIZE(o) < 0;
    ssize_t len = ndig + neg + (alternate ? 2 : 0);
    char *buf = kr_mem_alloc((size_t)len + 1);
    if (!buf) {
        kr_err_nomemory();
        return NULL;
    }
    const char *digs = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    const kr_digit *d = ((KrIntObject *)o)->digits;
    ssize_t n = neg ? -KR_SIZE(o) : KR_SIZE(o);
    char *q = buf + len;
    *q = 0;
    uint64_t acc = 0;
    int accbits = 0;
    ssize_t di = 0, written = 0;
    while (written < ndig) {
        if (accbits < bits && di < n) {
            acc |= (uint64_t)d[di++] << accbits;
            accbits += KR_INT_SHIFT;
        }
        *--q = digs[acc & (uint64_t)(base - 1)];
        acc >>= bits;
        accbits -= bits;
        written++;
    }
    if (alternate) {
        *--q = base == 2 ? 'b' : base == 8 ? 'o' : (upper ? 'X' : 'x');
        *--q = '0';
    }
    if (neg)
        *--q = '-';
    *outlen = len;
    return buf;
}

KrObject *kr_int_format_base(KrObject *o, int base, bool alternate)
{
    if (base == 10)
        return kr_int_to_decimal_string(o);
    ssize_t len;
    char *s = kr_int_pow2_cstr(o, base, alternate, false, &len);
    if (!s)
        return NULL;
    KrObject *r = kr_str_from_utf8(s, len);
    kr_mem_free(s);
    return r;
}

/* ---- parsing ----------------------------------------------------------------- */

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static int is_space_ascii(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* report the literal: repr of the original object, or of the text */
static KrObject *invalid_literal(KrObject *orig, const char *s, ssize_t len, int base)
{
    KrObject *src = orig ? KR_NEWREF(orig) : kr_str_from_utf8(s, len > 200 ? 200 : len);
    if (!src) {
        kr_err_clear();
        src = kr_str_from_cstr("?");
        if (!src)
            return NULL;
    }
    kr_err_format(KrExc_ValueError, "invalid literal for int() with base %d: %R", base, src);
    KR_DECREF(src);
    return NULL;
}

/* parse digits (underscores already validated and removed) in base */
static KrObject *parse_digits(const char *p, ssize_t n, int base);

/* long decimal text: hi * 10**k + lo, halves parsed recursively */
static KrObject *parse_decimal_dc(const char *p, ssize_t n)
{
    ssize_t k = n / 2;
    KrObject *hi = parse_digits(p, n - k, 10);
    KrObject *lo = hi ? parse_digits(p + n - k, k, 10) : NULL;
    KrObject *ke = lo ? kr_int_from_ssize(k) : NULL;
    KrObject *pw = ke ? kr_int_pow(kr_int_small(10), ke, Kr_None) : NULL;
    KrObject *m = pw ? kr_int_mul(hi, pw) : NULL;
    KrObject *r = m ? kr_int_add(m, lo) : NULL;
    KR_XDECREF(hi);
    KR_XDECREF(lo);
    KR_XDECREF(ke);
    KR_XDECREF(pw);
    KR_XDECREF(m);
    return r;
}

static KrObject *parse_digits(const char *p, ssize_t n, int base)
{
    if (base == 10 && n > 4000)
        return parse_decimal_dc(p, n);
    if ((base & (base - 1)) == 0) {
        int bits = base == 2 ? 1 : base == 4 ? 2 : base == 8 ? 3 : base == 16 ? 4 : 5;
        ssize_t nd = ((ssize_t)n * bits + KR_INT_SHIFT - 1) / KR_INT_SHIFT;
        KrIntObject *o = kr_int_alloc(nd > 0 ? nd : 1);
        if (!o)
            return NULL;
        uint64_t acc = 0;
        int accbits = 0;
        ssize_t di = 0;
        for (ssize_t i = n - 1; i >= 0; i--) {
            acc |= (uint64_t)digit_value((unsigned char)p[i]) << accbits;
            accbits += bits;
            if (accbits >= KR_INT_SHIFT) {
                o->digits[di++] = (kr_digit)(acc & KR_INT_MASK);
                acc >>= KR_INT_SHIFT;
                accbits -= KR_INT_SHIFT;
            }
        }
        if (accbits > 0 || di == 0)
            o->digits[di++] = (kr_digit)acc;
        KR_SIZE(o) = di;
        return kr_int_normalize(o);
    }
    if (n <= 18 && base == 10) {
        int64_t v = 0;
        for (ssize_t i = 0; i < n; i++)
            v = v * 10 + (p[i] - '0');
        return kr_int_from_i64(v);
    }
    /* chunks of k digits: base**k < 2**30 */
    int k = 0;
    uint32_t bk = 1;
    while ((uint64_t)bk * (uint64_t)base < KR_INT_BASE) {
        bk *= (uint32_t)base;
        k++;
    }
    double lg = log2((double)base) * (double)n;
    ssize_t cap = (ssize_t)(lg / KR_INT_SHIFT) + 2;
    KrIntObject *o = kr_int_alloc(cap);
    if (!o)
        return NULL;
    ssize_t size = 0;
    ssize_t i = 0;
    while (i < n) {
        uint32_t chunk = 0, mult = 1;
        int j = 0;
        for (; j < k && i < n; j++, i++) {
            chunk = chunk * (uint32_t)base + (uint32_t)digit_value((unsigned char)p[i]);
            mult *= (uint32_t)base;
        }
        uint64_t carry = chunk;
        for (ssize_t t = 0; t < size; t++) {
            carry += (uint64_t)o->digits[t] * mult;
            o->digits[t] = (kr_digit)(carry & KR_INT_MASK);
            carry >>= KR_INT_SHIFT;
        }
        if (carry) {
            o->digits[size++] = (kr_digit)carry;
        }
    }
    KR_SIZE(o) = size;
    return kr_int_normalize(o);
}

static KrObject *int_parse(const char *s, ssize_t len, int base, KrObject *orig)
{
    if ((base != 0 && base < 2) || base > 36) {
        kr_err_set_string(KrExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return NULL;
    }
    const char *p = s, *end = s + len;
    int origbase = base;
    while (p < end && is_space_ascii((unsigned char)*p))
        p++;
    while (end > p && is_space_ascii((unsigned char)end[-1]))
        end--;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    int prefixed = 0;
    if (p + 1 < end && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = 1;
        }
    }
    if (base == 0) {
        /* no prefix: decimal, and a leading zero only for zero itself */
        base = 10;
        if (p < end && *p == '0') {
            for (const char *q = p; q < end; q++)
                if (*q != '0' && *q != '_')
                    return invalid_literal(orig, s, len, origbase);
        }
    }
    /* validate: digits, single underscores between digits (or after a prefix) */
    char stackbuf[128];
    char *buf = stackbuf;
    ssize_t cap = end - p;
    if (cap > (ssize_t)sizeof stackbuf) {
        buf = kr_mem_alloc((size_t)cap);
        if (!buf)
            return kr_err_nomemory();
    }
    ssize_t nd = 0;
    int prev_digit = prefixed;   /* "0x_1" is allowed: the prefix counts as a digit */
    int ok = p < end;
    for (const char *q = p; q < end && ok; q++) {
        unsigned char c = (unsigned char)*q;
        if (c == '_') {
            if (!prev_digit)
                ok = 0;
            prev_digit = 0;
            continue;
        }
        if (digit_value(c) >= base) {
            ok = 0;
            break;
        }
        buf[nd++] = (char)c;
        prev_digit = 1;
    }
    if (ok && (!prev_digit || nd == 0))
        ok = 0;
    if (!ok) {
        if (buf != stackbuf)
            kr_mem_free(buf);
        return invalid_literal(orig, s, len, origbase);
    }
    int limit = max_str_digits();
    if ((base & (base - 1)) != 0 && limit > 0 && nd > limit) {
        if (buf != stackbuf)
            kr_mem_free(buf);
        return kr_err_format(KrExc_ValueError, "Exceeds the limit (%d digits) for integer string "
                             "conversion: value has %zd digits; use sys.set_int_max_str_digits() "
                             "to increase the limit", limit, nd);
    }
    KrObject *r = parse_digits(buf, nd, base);
    if (buf != stackbuf)
        kr_mem_free(buf);
    if (r && neg && KR_SIZE(r) != 0) {
        if (kr_is_immortal(r)) {
            int64_t v;
            kr_int_medium(r, &v);
            return kr_int_from_i64(-v);
        }
        KR_SIZE(r) = -KR_SIZE(r);
        if (KR_SIZE(r) == -1 && ((KrIntObject *)r)->digits[0] <= KR_SMALL_NEG) {
            long v = -(long)((KrIntObject *)r)->digits[0];
            KR_DECREF(r);
            return kr_int_small(v);
        }
    }
    return r;
}

KrObject *kr_int_from_string(const char *s, ssize_t len, int base)
{
    if (len < 0)
        len = (ssize_t)strlen(s);
    return int_parse(s, len, base, NULL);
}

/* Unicode whitespace that int()/float() strip, and decimal digits of other
 * scripts that they accept: mapped to ASCII before parsing */
int kr_num_unicode_space(uint32_t c)
{
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
           c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

int kr_num_unicode_digit(uint32_t c)
{
    /* zero code points of the contiguous decimal digit blocks */
    static const uint32_t zeros[] = {
        0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
        0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80,
        0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0,
        0xaa50, 0xabf0, 0xff10, 0x104a0, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0,
        0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x16a60, 0x16b50, 0x1d7ce,
        0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e950, 0x1fbf0,
    };
    if (c < 0x660)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(zeros); i++)
        if (c >= zeros[i] && c < zeros[i] + 10)
            return (int)(c - zeros[i]);
    return -1;
}

/* ASCII form of a str for number parsing; NULL (no error) if some char has
 * no ASCII meaning (then it is passed through as '?', invalidating it) */
char *kr_num_str_to_ascii(KrObject *str, ssize_t *outlen)
{
    ssize_t n = KR_STR_LEN(str);
    char *buf = kr_mem_alloc((size_t)n + 1);
    if (!buf) {
        kr_err_nomemory();
        return NULL;
    }
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = KR_STR_READ(str, i);
        if (c < 128)
            buf[i] = (char)c;
        else if (kr_num_unicode_space(c))
            buf[i] = ' ';
        else {
            int dv = kr_num_unicode_digit(c);
            buf[i] = dv >= 0 ? (char)('0' + dv) : '?';
        }
    }
    buf[n] = 0;
    *outlen = n;
    return buf;
}

KrObject *kr_int_from_str_object(KrObject *str, int base)
{
    if (KR_STR_CHECK(str) && ((KrStrObject *)str)->ascii)
        return int_parse(kr_str_utf8(str), KR_STR_LEN(str), base, str);
    if (KR_STR_CHECK(str)) {
        ssize_t n;
        char *a = kr_num_str_to_ascii(str, &n);
        if (!a)
            return NULL;
        KrObject *r = int_parse(a, n, base, str);
        kr_mem_free(a);
        return r;
    }
    /* bytes-like */
    KrBuffer view;
    if (kr_object_get_buffer(str, &view, KR_BUF_SIMPLE) < 0)
        return NULL;
    /* the message quotes the bytes (bytearray quotes its repr too) */
    KrObject *orig = NULL;
    if (KR_BYTES_CHECK(str))
        orig = KR_NEWREF(str);
    else
        orig = kr_bytes_from_data(view.buf, view.len);
    KrObject *r = NULL;
    if (orig) {
        /* an embedded NUL makes it invalid, as CPython's C-string parse */
        if (memchr(view.buf, 0, (size_t)view.len))
            r = invalid_literal(orig, NULL, 0, base);
        else
            r = int_parse(view.buf, view.len, base, orig);
        KR_DECREF(orig);
    }
    kr_buffer_release(&view);
    return r;
}

/* ---- bytes ------------------------------------------------------------------ */

KrObject *kr_int_to_bytes(KrObject *o, ssize_t length, int little, int is_signed)
{
    if (length < 0) {
        kr_err_set_string(KrExc_ValueError, "length argument must be non-negative");
        return NULL;
    }
    ssize_t s = KR_SIZE(o), n = s < 0 ? -s : s;
    if (s < 0 && !is_signed) {
        kr_err_set_string(KrExc_OverflowError, "can't convert negative int to unsigned");
        return NULL;
    }
    KrObject *b = kr_bytes_new(length);
    if (!b)
        return NULL;
    unsigned char *out = (unsigned char *)KR_BYTES_DATA(b);
    const kr_digit *d = ((KrIntObject *)o)->digits;
    /* two's complement on the fly: negate by complement and add one */
    uint64_t acc = 0;
    int accbits = 0;
    unsigned carry = 1;
    ssize_t di = 0;
    for (ssize_t i = 0; i < length; i++) {
        if (accbits < 8) {
            uint64_t dg = 0;
            if (di < n)
                dg = d[di];
            di++;
            if (s < 0) {
                dg = (~dg & KR_INT_MASK) + carry;
                carry = (unsigned)(dg >> KR_INT_SHIFT);
                dg &= KR_INT_MASK;
            }
            acc |= dg << accbits;
            accbits += KR_INT_SHIFT;
        }
        unsigned char byte = (unsigned char)(acc & 0xff);
        acc >>= 8;
        accbits -= 8;
        out[little ? i : length - 1 - i] = byte;
    }
    /* does it fit? all remaining bits must be sign bits */
    int fits = 1;
    size_t nbits = kr_int_bit_length(o);
    if (s >= 0) {
        if (nbits + (is_signed ? 1 : 0) > (size_t)length * 8 && nbits > 0)
            fits = 0;
    } else {
        /* -2**(8L-1) fits: bit length of (|o| - 1) must be <= 8L-1 */
        int pow2 = 1;
        for (ssize_t i = 0; i < n - 1; i++)
            if (d[i])
                pow2 = 0;
        if (pow2 && (d[n - 1] & (d[n - 1] - 1)))
            pow2 = 0;
        size_t need = pow2 ? nbits - 1 : nbits;
        if (need + 1 > (size_t)length * 8)
            fits = 0;
    }
    if (!fits) {
        KR_DECREF(b);
        kr_err_set_string(KrExc_OverflowError, "int too big to convert");
        return NULL;
    }
    return b;
}

KrObject *kr_int_from_bytes(const unsigned char *p, ssize_t n, int little, int is_signed)
{
    ssize_t nd = (n * 8 + KR_INT_SHIFT - 1) / KR_INT_SHIFT;
    KrIntObject *o = kr_int_alloc(nd ? nd : 1);
    if (!o)
        return NULL;
    int neg = is_signed && n > 0 && (p[little ? n - 1 : 0] & 0x80);
    uint64_t acc = 0;
    int accbits = 0;
    ssize_t di = 0;
    unsigned carry = 1;
    for (ssize_t i = 0; i < n; i++) {
        unsigned byte = p[little ? i : n - 1 - i];
        if (neg) {
            byte = (~byte & 0xffu) + carry;
            carry = byte >> 8;
            byte &= 0xff;
        }
        acc |= (uint64_t)byte << accbits;
        accbits += 8;
        if (accbits >= KR_INT_SHIFT) {
            o->digits[di++] = (kr_digit)(acc & KR_INT_MASK);
            acc >>= KR_INT_SHIFT;
            accbits -= KR_INT_SHIFT;
        }
    }
    if (accbits > 0)
        o->digits[di++] = (kr_digit)acc;
    KR_SIZE(o) = neg ? -di : di;
    if (neg && carry) {
        /* the value is -2**(8n): magnitude is one followed by zeros */
        KrObject *one = kr_int_small(1);
        KR_DECREF(o);
        KrObject *r = kr_int_lshift_ssize(one, n * 8);
        if (!r)
            return NULL;
        KrObject *m = kr_int_neg(r);
        KR_DECREF(r);
        return m;
    }
    return kr_int_normalize(o);
}

/* ---- int(x) ----------------------------------------------------------------- */

static KrObject *check_int_result(KrObject *r, const char *meth)
{
    if (!r)
        return NULL;
    if (KR_INT_CHECK_EXACT(r))
        return r;
    if (!KR_INT_CHECK(r)) {
        kr_err_format(KrExc_TypeError, "%s returned non-int (type %.200s)", meth,
                      kr_object_type_name(r));
        KR_DECREF(r);
        return NULL;
    }
    char msg[400];
    snprintf(msg, sizeof msg, "%s returned non-int (type %.200s).  The ability to return an "
             "instance of a strict subclass of int is deprecated, and may be removed in a "
             "future version of Python.", meth, kr_object_type_name(r));
    if (kr_err_warn(&KrExc_DeprecationWarning_Type, msg, 1) < 0) {
        KR_DECREF(r);
        return NULL;
    }
    KrObject *e = kr_int_copy_exact(r);
    KR_DECREF(r);
    return e;
}

KrObject *kr_int_from_object(KrObject *o)
{
    if (KR_INT_CHECK_EXACT(o))
        return KR_NEWREF(o);
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    if (nb && nb->nb_int)
        return check_int_result(nb->nb_int(o), "__int__");
    if (nb && nb->nb_index)
        return check_int_result(nb->nb_index(o), "__index__");
    KrObject *trunc = kr_lookup_special(o, KR_ID(__trunc__));
    if (trunc) {
        if (kr_err_warn(&KrExc_DeprecationWarning_Type,
                        "The delegation of int() to __trunc__ is deprecated.", 1) < 0) {
            KR_DECREF(trunc);
            return NULL;
        }
        KrObject *r = kr_object_call_noargs(trunc);
        KR_DECREF(trunc);
        if (!r)
            return NULL;
        if (KR_INT_CHECK(r)) {
            KrObject *e = kr_int_copy_exact(r);
            KR_DECREF(r);
            return e;
        }
        KrNumberMethods *rnb = KR_TYPE(r)->tp_as_number;
        if (!rnb || (!rnb->nb_index && !rnb->nb_int)) {
            kr_err_format(KrExc_TypeError, "__trunc__ returned non-Integral (type %.200s)",
                          kr_object_type_name(r));
            KR_DECREF(r);
            return NULL;
        }
        KrObject *e = rnb->nb_int ? check_int_result(rnb->nb_int(r), "__int__")
                                  : check_int_result(rnb->nb_index(r), "__index__");
        KR_DECREF(r);
        return e;
    }
    if (kr_err_occurred())
        return NULL;
    if (KR_STR_CHECK(o) || KR_BYTES_CHECK(o) || KR_BYTEARRAY_CHECK(o))
        return kr_int_from_str_object(o, 10);
    if (KR_TYPE(o)->tp_as_buffer && KR_TYPE(o)->tp_as_buffer->bf_getbuffer)
        return kr_int_from_str_object(o, 10);
    return kr_err_format(KrExc_TypeError, "int() argument must be a string, a bytes-like "
                         "object or a real number, not '%.200s'", kr_object_type_name(o));
}

static KrObject *int_new_exact(KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"", "base", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (nargs == 1 && !kwnames)
        return kr_int_from_object(args[0]);
    if (kr_arg_parse("int", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    if (!a[0]) {
        if (a[1]) {
            kr_err_set_string(KrExc_TypeError, "int() missing string argument");
            return NULL;
        }
        return kr_int_small(0);
    }
    if (!a[1])
        return kr_int_from_object(a[0]);
    KrObject *bo = kr_number_index(a[1]);
    if (!bo)
        return NULL;
    int64_t base;
    int fits = kr_int_fits_i64(bo, &base);
    KR_DECREF(bo);
    if (!fits || ((base != 0 && base < 2) || base > 36)) {
        kr_err_set_string(KrExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return NULL;
    }
    if (KR_STR_CHECK(a[0]) || KR_BYTES_CHECK(a[0]) || KR_BYTEARRAY_CHECK(a[0]))
        return kr_int_from_str_object(a[0], (int)base);
    kr_err_set_string(KrExc_TypeError, "int() can't convert non-string with explicit base");
    return NULL;
}

static KrObject *int_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *v = int_new_exact(args, nargs, kwnames);
    if (!v || type == &KrInt_Type)
        return v;
    /* subclass: copy the digits into an instance of type */
    ssize_t s = KR_SIZE(v), n = s < 0 ? -s : s;
    KrObject *o = kr_object_alloc(type, n ? n : 1);
    if (!o) {
        KR_DECREF(v);
        return NULL;
    }
    KR_SIZE(o) = s;
    memcpy(((KrIntObject *)o)->digits, ((KrIntObject *)v)->digits, (size_t)n * sizeof(kr_digit));
    KR_DECREF(v);
    if (KR_IS_GC(o))
        kr_gc_track(o);
    return o;
}

/* ---- methods ------------------------------------------------------------------ */

static KrObject *int_bit_length(KrObject *self, KrObject *unused)
{
    return kr_int_from_size(kr_int_bit_length(self));
}

static KrObject *int_bit_count(KrObject *self, KrObject *unused)
{
    ssize_t s = KR_SIZE(self), n = s < 0 ? -s : s;
    size_t c = 0;
    for (ssize_t i = 0; i < n; i++)
        c += (size_t)__builtin_popcount(((KrIntObject *)self)->digits[i]);
    return kr_int_from_size(c);
}

static KrObject *int_self(KrObject *self, KrObject *unused)
{
    return kr_int_copy_exact(self);
}

static KrObject *int_get_self(KrObject *self, void *c) { return kr_int_copy_exact(self); }
static KrObject *int_get_zero(KrObject *self, void *c) { return kr_int_small(0); }
static KrObject *int_get_one(KrObject *self, void *c) { return kr_int_small(1); }

static KrObject *int_as_integer_ratio(KrObject *self, KrObject *unused)
{
    KrObject *n = kr_int_copy_exact(self);
    if (!n)
        return NULL;
    KrObject *t = kr_tuple_pack(2, n, kr_int_small(1));
    KR_DECREF(n);
    return t;
}

static KrObject *int_is_integer(KrObject *self, KrObject *unused) { KR_RETURN_TRUE; }

static KrObject *int_getnewargs(KrObject *self, KrObject *unused)
{
    KrObject *n = kr_int_copy_exact(self);
    if (!n)
        return NULL;
    KrObject *t = kr_tuple_pack(1, n);
    KR_DECREF(n);
    return t;
}

static KrObject *int_sizeof(KrObject *self, KrObject *unused)
{
    ssize_t n = KR_SIZE(self) < 0 ? -KR_SIZE(self) : KR_SIZE(self);
    /* as CPython on 64-bit: header 24 bytes, at least one digit */
    ssize_t sz = (ssize_t)KR_TYPE(self)->tp_basicsize + (n ? n : 1) * (ssize_t)sizeof(kr_digit);
    if (KR_TYPE(self) == &KrInt_Type || KR_TYPE(self) == &KrBool_Type)
        sz = 24 + (n ? n : 1) * 4;
    return kr_int_from_ssize(sz);
}

static KrObject *int_format(KrObject *self, KrObject *spec)
{
    if (!KR_STR_CHECK(spec))
        return kr_err_format(KrExc_TypeError, "__format__() argument must be str, not %.200s",
                             kr_object_type_name(spec));
    if (KR_STR_LEN(spec) == 0)
        return kr_object_str(self);
    return kr_int_format_spec(self, spec);
}

static KrObject *int_round(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("__round__", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return kr_int_copy_exact(self);
    KrObject *nd = kr_number_index(args[0]);
    if (!nd)
        return NULL;
    if (KR_SIZE(nd) >= 0) {
        KR_DECREF(nd);
        return kr_int_copy_exact(self);
    }
    /* round to a multiple of 10**-ndigits, half to even */
    KrObject *neg = kr_int_neg(nd);
    KR_DECREF(nd);
    if (!neg)
        return NULL;
    KrObject *p = kr_int_pow(kr_int_small(10), neg, Kr_None);
    KR_DECREF(neg);
    if (!p)
        return NULL;
    KrObject *q, *r;
    if (kr_int_divmod_floor(self, p, &q, &r) < 0) {
        KR_DECREF(p);
        return NULL;
    }
    /* compare 2r with p; on a tie round to even q */
    KrObject *r2 = kr_int_lshift_ssize(r, 1);
    KrObject *res = NULL;
    if (r2) {
        int c = kr_int_compare(r2, p);
        int up = c > 0 || (c == 0 && KR_SIZE(q) != 0 && (((KrIntObject *)q)->digits[0] & 1));
        KrObject *base = kr_int_sub(self, r);
        if (base && up) {
            res = kr_int_add(base, p);
            KR_DECREF(base);
        } else
            res = base;
        KR_DECREF(r2);
    }
    KR_DECREF(p);
    KR_DECREF(q);
    KR_DECREF(r);
    return res;
}

static KrObject *int_to_bytes_meth(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"length", "byteorder", "$signed", NULL};
    KrObject *a[3] = {NULL, NULL, NULL};
    if (kr_arg_parse("to_bytes", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    ssize_t length = 1;
    if (a[0]) {
        /* a Py_ssize_t argument in CPython: its own overflow message */
        KrObject *idx = kr_number_index(a[0]);
        if (!idx)
            return NULL;
        length = kr_int_as_ssize(idx);
        KR_DECREF(idx);
        if (length == -1 && kr_err_occurred())
            return NULL;
    }
    int little = 0;
    if (a[1]) {
        if (!KR_STR_CHECK(a[1]))
            return kr_err_format(KrExc_TypeError, "to_bytes() argument 'byteorder' must be str, not %.200s",
                                 kr_object_type_name(a[1]));
        if (kr_str_eq_cstr(a[1], "little"))
            little = 1;
        else if (!kr_str_eq_cstr(a[1], "big")) {
            kr_err_set_string(KrExc_ValueError, "byteorder must be either 'little' or 'big'");
            return NULL;
        }
    }
    int sg = 0;
    if (a[2]) {
        sg = kr_object_is_true(a[2]);
        if (sg < 0)
            return NULL;
    }
    return kr_int_to_bytes(self, length, little, sg);
}

static KrObject *int_from_bytes_meth(KrObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"bytes", "byteorder", "$signed", NULL};
    KrObject *a[3] = {NULL, NULL, NULL};
    if (kr_arg_parse("from_bytes", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    int little = 0;
    if (a[1]) {
        if (!KR_STR_CHECK(a[1]))
            return kr_err_format(KrExc_TypeError, "from_bytes() argument 'byteorder' must be str, not %.200s",
                                 kr_object_type_name(a[1]));
        if (kr_str_eq_cstr(a[1], "little"))
            little = 1;
        else if (!kr_str_eq_cstr(a[1], "big")) {
            kr_err_set_string(KrExc_ValueError, "byteorder must be either 'little' or 'big'");
            return NULL;
        }
    }
    int sg = 0;
    if (a[2]) {
        sg = kr_object_is_true(a[2]);
        if (sg < 0)
            return NULL;
    }
    KrObject *b;
    if (KR_BYTES_CHECK(a[0]))
        b = KR_NEWREF(a[0]);
    else
        b = kr_object_call_one((KrObject *)&KrBytes_Type, a[0]);
    if (!b)
        return NULL;
    KrObject *r = kr_int_from_bytes((const unsigned char *)KR_BYTES_DATA(b), KR_BYTES_LEN(b), little, sg);
    KR_DECREF(b);
    if (r && type != (KrObject *)&KrInt_Type) {
        KrObject *c = kr_object_call_one(type, r);
        KR_DECREF(r);
        r = c;
    }
    return r;
}

static KrObject *int_trunc(KrObject *self, KrObject *unused) { return kr_int_copy_exact(self); }

static KrMethodDef int_methods[] = {
    {"conjugate", KR_CFUNC(int_self), KR_METH_NOARGS, NULL},
    {"bit_length", KR_CFUNC(int_bit_length), KR_METH_NOARGS, NULL},
    {"bit_count", KR_CFUNC(int_bit_count), KR_METH_NOARGS, NULL},
    {"to_bytes", KR_CFUNC(int_to_bytes_meth), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"from_bytes", KR_CFUNC(int_from_bytes_meth), KR_METH_FASTCALL | KR_METH_KEYWORDS | KR_METH_CLASS, NULL},
    {"as_integer_ratio", KR_CFUNC(int_as_integer_ratio), KR_METH_NOARGS, NULL},
    {"is_integer", KR_CFUNC(int_is_integer), KR_METH_NOARGS, NULL},
    {"__trunc__", KR_CFUNC(int_trunc), KR_METH_NOARGS, NULL},
    {"__floor__", KR_CFUNC(int_trunc), KR_METH_NOARGS, NULL},
    {"__ceil__", KR_CFUNC(int_trunc), KR_METH_NOARGS, NULL},
    {"__round__", KR_CFUNC(int_round), KR_METH_FASTCALL, NULL},
    {"__getnewargs__", KR_CFUNC(int_getnewargs), KR_METH_NOARGS, NULL},
    {"__format__", KR_CFUNC(int_format), KR_METH_O, NULL},
    {"__sizeof__", KR_CFUNC(int_sizeof), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static KrGetSetDef int_getset[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrTypeObject KrInt_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "int",
    .tp_basicsize = (ssize_t)offsetof(KrIntObject, digits),
    .tp_itemsize = sizeof(kr_digit),
    .tp_dealloc = int_dealloc,
    .tp_repr = kr_int_repr,
    .tp_as_number = &kr_int_as_number,
    .tp_hash = kr_int_hash,
    .tp_flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_LONG_SUBCLASS | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "int([x]) -> integer\nint(x, base=10) -> integer",
    .tp_richcompare = kr_int_richcompare,
    .tp_methods = int_methods,
    .tp_getset = int_getset,
    .tp_base = &KrBaseObject_Type,
    .tp_new = int_new,
    .tp_free = kr_object_free,
};
