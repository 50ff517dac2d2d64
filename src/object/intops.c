/* intops.c: int arithmetic: + - * (Karatsuba past a cutoff), floor
 * division and modulo (Knuth's algorithm D), powers (binary, modular with
 * inverses for negative exponents), shifts, two's-complement bitwise
 * operators, gcd and isqrt, and the int number-slot table.
 *
 * Every operation first tries the machine-word path: operands below 2**60
 * in magnitude are computed with int64_t (with overflow checks where the
 * result may grow), so ordinary loops never touch the digit code.
 * Digit-level helpers work on magnitudes (arrays of kr_digit, least
 * significant first); the object-level functions add the signs.
 */
#include "kr.h"
#include <math.h>

#define KARATSUBA_CUTOFF 70

static inline ssize_t absz(KrObject *o) { return KR_SIZE(o) < 0 ? -KR_SIZE(o) : KR_SIZE(o); }
static inline kr_digit *digs(KrObject *o) { return ((KrIntObject *)o)->digits; }

/* ---- magnitudes ---------------------------------------------------------- */

static int mag_cmp(const kr_digit *a, ssize_t na, const kr_digit *b, ssize_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    for (ssize_t i = na - 1; i >= 0; i--)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* x[0..nx) += y[0..ny), nx >= ny; returns the carry out */
static kr_digit add_in(kr_digit *x, ssize_t nx, const kr_digit *y, ssize_t ny)
{
    kr_digit carry = 0;
    ssize_t i = 0;
    for (; i < ny; i++) {
        carry += x[i] + y[i];
        x[i] = carry & KR_INT_MASK;
        carry >>= KR_INT_SHIFT;
    }
    for (; carry && i < nx; i++) {
        carry += x[i];
        x[i] = carry & KR_INT_MASK;
        carry >>= KR_INT_SHIFT;
    }
    return carry;
}

/* x[0..nx) -= y[0..ny), nx >= ny, x >= y; returns the borrow (0) */
static kr_digit sub_in(kr_digit *x, ssize_t nx, const kr_digit *y, ssize_t ny)
{
    kr_digit borrow = 0;
    ssize_t i = 0;
    for (; i < ny; i++) {
        borrow = x[i] - y[i] - borrow;
        x[i] = borrow & KR_INT_MASK;
        borrow = (borrow >> KR_INT_SHIFT) & 1;
    }
    for (; borrow && i < nx; i++) {
        borrow = x[i] - borrow;
        x[i] = borrow & KR_INT_MASK;
        borrow = (borrow >> KR_INT_SHIFT) & 1;
    }
    return borrow;
}

/* |a| + |b| */
static KrIntObject *mag_add(const kr_digit *a, ssize_t na, const kr_digit *b, ssize_t nb)
{
    if (na < nb) {
        const kr_digit *t = a; a = b; b = t;
        ssize_t tn = na; na = nb; nb = tn;
    }
    KrIntObject *z = kr_int_alloc(na + 1);
    if (!z)
        return NULL;
    kr_digit carry = 0;
    ssize_t i = 0;
    for (; i < nb; i++) {
        carry += a[i] + b[i];
        z->digits[i] = carry & KR_INT_MASK;
        carry >>= KR_INT_SHIFT;
    }
    for (; i < na; i++) {
        carry += a[i];
        z->digits[i] = carry & KR_INT_MASK;
        carry >>= KR_INT_SHIFT;
    }
    z->digits[i] = carry;
    return z;
}

/* |a| - |b| with sign */
static KrIntObject *mag_sub(const kr_digit *a, ssize_t na, const kr_digit *b, ssize_t nb)
{
    int neg = 0;
    int c = mag_cmp(a, na, b, nb);
    if (c == 0)
        return kr_int_alloc(0);
    if (c < 0) {
        const kr_digit *t = a; a = b; b = t;
        ssize_t tn = na; na = nb; nb = tn;
        neg = 1;
    }
    KrIntObject *z = kr_int_alloc(na);
    if (!z)
        return NULL;
    kr_digit borrow = 0;
    ssize_t i = 0;
    for (; i < nb; i++) {
        borrow = a[i] - b[i] - borrow;
        z->digits[i] = borrow & KR_INT_MASK;
        borrow = (borrow >> KR_INT_SHIFT) & 1;
    }
    for (; i < na; i++) {
        borrow = a[i] - borrow;
        z->digits[i] = borrow & KR_INT_MASK;
        borrow = (borrow >> KR_INT_SHIFT) & 1;
    }
    if (neg)
        KR_SIZE(z) = -na;
    return z;
}

/* na >= nb: the long operand runs in the inner loop */
static void school_mul(const kr_digit *a, ssize_t na, const kr_digit *b, ssize_t nb, kr_digit *out)
{
    if (nb == 1) {
        uint64_t bj = b[0], carry = 0;
        for (ssize_t i = 0; i < na; i++) {
            carry += bj * a[i];
            out[i] = (kr_digit)(carry & KR_INT_MASK);
            carry >>= KR_INT_SHIFT;
        }
        out[na] = (kr_digit)carry;
        return;
    }
    memset(out, 0, (size_t)(na + nb) * sizeof(kr_digit));
    for (ssize_t j = 0; j < nb; j++) {
        uint64_t bj = b[j], carry = 0;
        if (!bj)
            continue;
        kr_digit *o = out + j;
        for (ssize_t i = 0; i < na; i++) {
            carry += o[i] + bj * a[i];
            o[i] = (kr_digit)(carry & KR_INT_MASK);
            carry >>= KR_INT_SHIFT;
        }
        o[na] = (kr_digit)carry;
    }
}

static void school_sqr(const kr_digit *a, ssize_t n, kr_digit *out)
{
    /* cross products once, doubled, then the squares on the diagonal */
    memset(out, 0, (size_t)(2 * n) * sizeof(kr_digit));
    for (ssize_t i = 0; i < n; i++) {
        uint64_t ai = a[i], carry = 0;
        if (!ai)
            continue;
        kr_digit *o = out + 2 * i + 1;
        for (ssize_t j = i + 1; j < n; j++) {
            carry += *o + ai * a[j];
            *o++ = (kr_digit)(carry & KR_INT_MASK);
            carry >>= KR_INT_SHIFT;
        }
        while (carry) {
            carry += *o;
            *o++ = (kr_digit)(carry & KR_INT_MASK);
            carry >>= KR_INT_SHIFT;
        }
    }
    uint64_t carry = 0;
    for (ssize_t i = 0; i < 2 * n; i++) {
        carry += (uint64_t)out[i] << 1;
        out[i] = (kr_digit)(carry & KR_INT_MASK);
        carry >>= KR_INT_SHIFT;
    }
    carry = 0;
    for (ssize_t i = 0; i < n; i++) {
        uint64_t sq = (uint64_t)a[i] * a[i];
        carry += out[2 * i] + (sq & KR_INT_MASK);
        out[2 * i] = (kr_digit)(carry & KR_INT_MASK);
        carry >>= KR_INT_SHIFT;
        carry += out[2 * i + 1] + (sq >> KR_INT_SHIFT);
        out[2 * i + 1] = (kr_digit)(carry & KR_INT_MASK);
        carry >>= KR_INT_SHIFT;
    }
}

/* out[0..na+nb) = a * b; -1 on allocation failure (no exception set) */
static int mag_mul(const kr_digit *a, ssize_t na, const kr_digit *b, ssize_t nb, kr_digit *out)
{
    ssize_t total = na + nb;
    while (na > 0 && a[na - 1] == 0)
        na--;
    while (nb > 0 && b[nb - 1] == 0)
        nb--;
    if (na < nb) {
        const kr_digit *t = a; a = b; b = t;
        ssize_t tn = na; na = nb; nb = tn;
    }
    if (nb == 0) {
        memset(out, 0, (size_t)total * sizeof(kr_digit));
        return 0;
    }
    if (nb < KARATSUBA_CUTOFF) {
        if (a == b && na == nb)
            school_sqr(a, na, out);
        else
            school_mul(a, na, b, nb, out);
        memset(out + na + nb, 0, (size_t)(total - na - nb) * sizeof(kr_digit));
        return 0;
    }
    if (2 * nb <= na) {
        /* lopsided: slices of a, each as long as b */
        memset(out, 0, (size_t)total * sizeof(kr_digit));
        kr_digit *tmp = kr_mem_alloc((size_t)(2 * nb) * sizeof(kr_digit));
        if (!tmp)
            return -1;
        for (ssize_t off = 0; off < na; off += nb) {
            ssize_t len = KR_MIN(nb, na - off);
            if (mag_mul(a + off, len, b, nb, tmp) < 0) {
                kr_mem_free(tmp);
                return -1;
            }
            add_in(out + off, total - off, tmp, len + nb);
        }
        kr_mem_free(tmp);
        return 0;
    }
    ssize_t k = nb / 2;
    const kr_digit *al = a, *ah = a + k, *bl = b, *bh = b + k;
    ssize_t nah = na - k, nbh = nb - k;
    int square = a == b && na == nb;
    /* t1 = ah*bh into the top, t2 = al*bl into the bottom */
    if (mag_mul(ah, nah, bh, nbh, out + 2 * k) < 0)
        return -1;
    if (mag_mul(al, k, bl, k, out) < 0)
        return -1;
    memset(out + na + nb, 0, (size_t)(total - na - nb) * sizeof(kr_digit));
    ssize_t nsa = nah + 1, nsb = nbh + 1, n3 = nsa + nsb;
    kr_digit *buf = kr_mem_alloc((size_t)(nsa + nsb + n3) * sizeof(kr_digit));
    if (!buf)
        return -1;
    kr_digit *sa = buf, *sb = buf + nsa, *t3 = buf + nsa + nsb;
    memcpy(sa, ah, (size_t)nah * sizeof(kr_digit));
    sa[nah] = 0;
    add_in(sa, nsa, al, k);
    if (square) {
        sb = sa;
    } else {
        memcpy(sb, bh, (size_t)nbh * sizeof(kr_digit));
        sb[nbh] = 0;
        add_in(sb, nsb, bl, k);
    }
    if (mag_mul(sa, nsa, sb, nsb, t3) < 0) {
        kr_mem_free(buf);
        return -1;
    }
    sub_in(t3, n3, out + 2 * k, nah + nbh);
    sub_in(t3, n3, out, 2 * k);
    ssize_t m3 = n3;
    while (m3 > 0 && t3[m3 - 1] == 0)
        m3--;
    add_in(out + k, total - k, t3, m3);
    kr_mem_free(buf);
    return 0;
}

/* divide a[0..n) in place by a single digit; returns the remainder */
static kr_digit divrem1(kr_digit *a, ssize_t n, kr_digit d)
{
    uint64_t rem = 0;
    for (ssize_t i = n - 1; i >= 0; i--) {
        rem = (rem << KR_INT_SHIFT) | a[i];
        a[i] = (kr_digit)(rem / d);
        rem %= d;
    }
    return (kr_digit)rem;
}

/* Knuth's algorithm D: q[0..na-nb+1), r[0..nb); na >= nb >= 2, b normalized
 * (no leading zero).  -1 on allocation failure. */
static int mag_divrem(const kr_digit *a, ssize_t na, const kr_digit *b, ssize_t nb,
                      kr_digit *q, kr_digit *r)
{
    int s = __builtin_clz(b[nb - 1]) - (32 - KR_INT_SHIFT);
    kr_digit *u = kr_mem_alloc((size_t)(na + 1 + nb) * sizeof(kr_digit));
    if (!u)
        return -1;
    kr_digit *v = u + na + 1;
    /* shift both left by s bits */
    kr_digit carry = 0;
    for (ssize_t i = 0; i < nb; i++) {
        uint64_t t = ((uint64_t)b[i] << s) | carry;
        v[i] = (kr_digit)(t & KR_INT_MASK);
        carry = (kr_digit)(t >> KR_INT_SHIFT);
    }
    carry = 0;
    for (ssize_t i = 0; i < na; i++) {
        uint64_t t = ((uint64_t)a[i] << s) | carry;
        u[i] = (kr_digit)(t & KR_INT_MASK);
        carry = (kr_digit)(t >> KR_INT_SHIFT);
    }
    u[na] = carry;
    uint64_t vtop = v[nb - 1], vnext = v[nb - 2];
    for (ssize_t j = na - nb; j >= 0; j--) {
        uint64_t top = ((uint64_t)u[j + nb] << KR_INT_SHIFT) | u[j + nb - 1];
        uint64_t qhat = top / vtop, rhat = top % vtop;
        while (qhat >= KR_INT_BASE ||
               qhat * vnext > ((rhat << KR_INT_SHIFT) | u[j + nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >= KR_INT_BASE)
                break;
        }
        /* u[j..j+nb] -= qhat * v, one signed carry chain (arithmetic
         * shifts of negative values, which gcc and clang guarantee) */
        int64_t zhi = 0;
        kr_digit *uj = u + j;
        int64_t q64 = (int64_t)qhat;
        for (ssize_t i = 0; i < nb; i++) {
            int64_t z = (int64_t)uj[i] + zhi - q64 * (int64_t)v[i];
            uj[i] = (kr_digit)(z & KR_INT_MASK);
            zhi = z >> KR_INT_SHIFT;
        }
        int64_t t = (int64_t)u[j + nb] + zhi;
        u[j + nb] = (kr_digit)(t & KR_INT_MASK);
        if (t < 0) {
            kr_digit c = 0;
            for (ssize_t i = 0; i < nb; i++) {
                c += u[i + j] + v[i];
                u[i + j] = c & KR_INT_MASK;
                c >>= KR_INT_SHIFT;
            }
            u[j + nb] = (u[j + nb] + c) & KR_INT_MASK;
            qhat--;
        }
        q[j] = (kr_digit)qhat;
    }
    /* remainder: u[0..nb) >> s */
    for (ssize_t i = 0; i < nb; i++) {
        kr_digit hi = i + 1 < nb ? u[i + 1] : 0;
        r[i] = (kr_digit)(((u[i] >> s) | ((uint64_t)hi << (KR_INT_SHIFT - s))) & KR_INT_MASK);
    }
    kr_mem_free(u);
    return 0;
}

/* truncating |a| divmod |b| into fresh objects (nonnegative) */
static int mag_divmod(KrObject *a, KrObject *b, KrIntObject **pq, KrIntObject **pr)
{
    ssize_t na = absz(a), nb = absz(b);
    const kr_digit *da = digs(a), *db = digs(b);
    if (mag_cmp(da, na, db, nb) < 0) {
        *pq = kr_int_alloc(0);
        *pr = kr_int_alloc(na);
        if (!*pq || !*pr) {
            KR_XDECREF(*pq);
            KR_XDECREF(*pr);
            return -1;
        }
        memcpy((*pr)->digits, da, (size_t)na * sizeof(kr_digit));
        return 0;
    }
    if (nb == 1) {
        KrIntObject *q = kr_int_alloc(na), *r = kr_int_alloc(1);
        if (!q || !r) {
            KR_XDECREF(q);
            KR_XDECREF(r);
            return -1;
        }
        memcpy(q->digits, da, (size_t)na * sizeof(kr_digit));
        r->digits[0] = divrem1(q->digits, na, db[0]);
        *pq = q;
        *pr = r;
        return 0;
    }
    KrIntObject *q = kr_int_alloc(na - nb + 1), *r = kr_int_alloc(nb);
    if (!q || !r || mag_divrem(da, na, db, nb, q->digits, r->digits) < 0) {
        KR_XDECREF(q);
        KR_XDECREF(r);
        if (!kr_err_occurred())
            kr_err_nomemory();
        return -1;
    }
    *pq = q;
    *pr = r;
    return 0;
}

/* ---- add, subtract, multiply ---------------------------------------------- */

KrObject *kr_int_add(KrObject *a, KrObject *b)
{
    int64_t x, y;
    if (kr_int_medium(a, &x) && kr_int_medium(b, &y))
        return kr_int_from_i64(x + y);
    ssize_t sa = KR_SIZE(a), sb = KR_SIZE(b);
    KrIntObject *z;
    if ((sa < 0) == (sb < 0)) {
        z = mag_add(digs(a), absz(a), digs(b), absz(b));
        if (z && sa < 0)
            KR_SIZE(z) = -KR_SIZE(z);
    } else if (sa < 0) {
        z = mag_sub(digs(b), absz(b), digs(a), absz(a));
    } else {
        z = mag_sub(digs(a), absz(a), digs(b), absz(b));
    }
    return z ? kr_int_normalize(z) : NULL;
}

KrObject *kr_int_sub(KrObject *a, KrObject *b)
{
    int64_t x, y;
    if (kr_int_medium(a, &x) && kr_int_medium(b, &y))
        return kr_int_from_i64(x - y);
    ssize_t sa = KR_SIZE(a), sb = KR_SIZE(b);
    KrIntObject *z;
    if ((sa < 0) != (sb < 0)) {
        z = mag_add(digs(a), absz(a), digs(b), absz(b));
        if (z && sa < 0)
            KR_SIZE(z) = -KR_SIZE(z);
    } else if (sa < 0) {
        z = mag_sub(digs(b), absz(b), digs(a), absz(a));
    } else {
        z = mag_sub(digs(a), absz(a), digs(b), absz(b));
    }
    return z ? kr_int_normalize(z) : NULL;
}

KrObject *kr_int_mul(KrObject *a, KrObject *b)
{
    int64_t x, y, p;
    if (kr_int_medium(a, &x) && kr_int_medium(b, &y) && !__builtin_mul_overflow(x, y, &p))
        return kr_int_from_i64(p);
    ssize_t na = absz(a), nb = absz(b);
    KrIntObject *z = kr_int_alloc(na + nb);
    if (!z)
        return NULL;
    if (mag_mul(digs(a), na, digs(b), nb, z->digits) < 0) {
        KR_DECREF(z);
        return kr_err_nomemory();
    }
    if ((KR_SIZE(a) < 0) != (KR_SIZE(b) < 0))
        KR_SIZE(z) = -KR_SIZE(z);
    return kr_int_normalize(z);
}

KrObject *kr_int_neg(KrObject *a)
{
    int64_t x;
    if (kr_int_medium(a, &x))
        return kr_int_from_i64(-x);
    ssize_t n = absz(a);
    KrIntObject *z = kr_int_alloc(-KR_SIZE(a));
    if (!z)
        return NULL;
    memcpy(z->digits, digs(a), (size_t)n * sizeof(kr_digit));
    return (KrObject *)z;
}

KrObject *kr_int_abs(KrObject *a)
{
    if (KR_SIZE(a) < 0)
        return kr_int_neg(a);
    return kr_int_copy_exact(a);
}

/* ---- division ---------------------------------------------------------------- */

static int64_t floordiv64(int64_t x, int64_t y)
{
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0)))
        q--;
    return q;
}

static int64_t floormod64(int64_t x, int64_t y)
{
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0)))
        r += y;
    return r;
}

/* ---- recursive division for big operands ----------------------------------
 * Burnikel and Ziegler's scheme: dividing a 2n-bit number by an n-bit one
 * is two divisions of 3n/2 by n bits, each of which is one half-size
 * division plus a multiplication, so with Karatsuba underneath the cost
 * drops well below Knuth's quadratic loop once the divisor has a few
 * hundred digits.  All values here are nonnegative. */

#define BZ_LIMIT_BITS (KR_INT_SHIFT * 70)

/* a mod 2**n for a >= 0 */
static KrObject *low_bits(KrObject *a, ssize_t n)
{
    ssize_t na = absz(a), nd = (n + KR_INT_SHIFT - 1) / KR_INT_SHIFT;
    if (nd >= na && (ssize_t)kr_int_bit_length(a) <= n)
        return KR_NEWREF(a);
    if (nd > na)
        nd = na;
    KrIntObject *z = kr_int_alloc(nd);
    if (!z)
        return NULL;
    memcpy(z->digits, digs(a), (size_t)nd * sizeof(kr_digit));
    int rem = (int)(n % KR_INT_SHIFT);
    if (rem && nd == (n + KR_INT_SHIFT - 1) / KR_INT_SHIFT)
        z->digits[nd - 1] &= ((kr_digit)1 << rem) - 1;
    return kr_int_normalize(z);
}

static int plain_divmod(KrObject *a, KrObject *b, KrObject **q, KrObject **r)
{
    KrIntObject *qq, *rr;
    if (mag_divmod(a, b, &qq, &rr) < 0)
        return -1;
    *q = kr_int_normalize(qq);
    *r = kr_int_normalize(rr);
    return 0;
}

static int div2n1n(KrObject *a, KrObject *b, ssize_t n, KrObject **q, KrObject **r);

static int div3n2n(KrObject *a12, KrObject *a3, KrObject *b, KrObject *b1, KrObject *b2,
                   ssize_t n, KrObject **pq, KrObject **pr)
{
    KrObject *q = NULL, *r = NULL, *t = NULL, *u = NULL;
    KrObject *top = kr_int_rshift_ssize(a12, n);
    if (!top)
        return -1;
    int eq = kr_int_compare(top, b1) == 0;
    KR_DECREF(top);
    if (eq) {
        /* q = 2**n - 1, r = a12 - (b1 << n) + b1 */
        KrObject *p = kr_int_lshift_ssize(kr_int_small(1), n);
        q = p ? kr_int_sub(p, kr_int_small(1)) : NULL;
        KR_XDECREF(p);
        t = kr_int_lshift_ssize(b1, n);
        u = t ? kr_int_sub(a12, t) : NULL;
        r = u ? kr_int_add(u, b1) : NULL;
        KR_XDECREF(t);
        KR_XDECREF(u);
        if (!q || !r)
            goto fail;
    } else if (div2n1n(a12, b1, n, &q, &r) < 0)
        return -1;
    /* r = ((r << n) + a3) - q * b2 */
    t = kr_int_lshift_ssize(r, n);
    KR_DECREF(r);
    r = NULL;
    if (!t)
        goto fail;
    u = kr_int_add(t, a3);
    KR_DECREF(t);
    if (!u)
        goto fail;
    t = kr_int_mul(q, b2);
    if (!t) {
        KR_DECREF(u);
        goto fail;
    }
    r = kr_int_sub(u, t);
    KR_DECREF(u);
    KR_DECREF(t);
    if (!r)
        goto fail;
    while (KR_SIZE(r) < 0) {
        KrObject *q2 = kr_int_sub(q, kr_int_small(1));
        KrObject *r2 = kr_int_add(r, b);
        KR_DECREF(q);
        KR_DECREF(r);
        q = q2;
        r = r2;
        if (!q || !r)
            goto fail;
    }
    *pq = q;
    *pr = r;
    return 0;
fail:
    KR_XDECREF(q);
    KR_XDECREF(r);
    return -1;
}

static int div2n1n(KrObject *a, KrObject *b, ssize_t n, KrObject **pq, KrObject **pr)
{
    if ((ssize_t)kr_int_bit_length(a) - n <= BZ_LIMIT_BITS)
        return plain_divmod(a, b, pq, pr);
    int pad = (int)(n & 1);
    KrObject *A, *B;
    if (pad) {
        A = kr_int_lshift_ssize(a, 1);
        B = kr_int_lshift_ssize(b, 1);
        n++;
    } else {
        A = KR_NEWREF(a);
        B = KR_NEWREF(b);
    }
    ssize_t half = n >> 1;
    KrObject *b1 = NULL, *b2 = NULL, *ahi = NULL, *amid = NULL, *amid_s = NULL, *alo = NULL;
    KrObject *q1 = NULL, *q2 = NULL, *r = NULL, *r2 = NULL;
    int rc = -1;
    if (!A || !B)
        goto done;
    b1 = kr_int_rshift_ssize(B, half);
    b2 = low_bits(B, half);
    ahi = kr_int_rshift_ssize(A, n);
    amid_s = kr_int_rshift_ssize(A, half);
    amid = amid_s ? low_bits(amid_s, half) : NULL;
    alo = low_bits(A, half);
    if (!b1 || !b2 || !ahi || !amid || !alo)
        goto done;
    if (div3n2n(ahi, amid, B, b1, b2, half, &q1, &r) < 0)
        goto done;
    if (div3n2n(r, alo, B, b1, b2, half, &q2, &r2) < 0)
        goto done;
    if (pad) {
        KrObject *t = kr_int_rshift_ssize(r2, 1);
        KR_DECREF(r2);
        r2 = t;
        if (!r2)
            goto done;
    }
    KrObject *qs = kr_int_lshift_ssize(q1, half);
    if (!qs)
        goto done;
    *pq = kr_int_add(qs, q2);
    KR_DECREF(qs);
    if (!*pq)
        goto done;
    *pr = r2;
    r2 = NULL;
    rc = 0;
done:
    KR_XDECREF(A); KR_XDECREF(B); KR_XDECREF(b1); KR_XDECREF(b2); KR_XDECREF(ahi);
    KR_XDECREF(amid_s); KR_XDECREF(amid); KR_XDECREF(alo); KR_XDECREF(q1); KR_XDECREF(q2);
    KR_XDECREF(r); KR_XDECREF(r2);
    return rc;
}

/* a, b > 0: a divided in chunks of b's bit length, top chunk first */
static int bz_divmod(KrObject *a, KrObject *b, KrObject **pq, KrObject **pr)
{
    ssize_t n = (ssize_t)kr_int_bit_length(b);
    ssize_t abits = (ssize_t)kr_int_bit_length(a);
    ssize_t nchunks = (abits + n - 1) / n;
    KrObject *q = kr_int_small(0), *r = kr_int_small(0);
    for (ssize_t i = nchunks - 1; i >= 0; i--) {
        KrObject *sh = kr_int_rshift_ssize(a, i * n);
        KrObject *chunk = sh ? low_bits(sh, n) : NULL;
        KR_XDECREF(sh);
        KrObject *rs = chunk ? kr_int_lshift_ssize(r, n) : NULL;
        KrObject *num = rs ? kr_int_add(rs, chunk) : NULL;
        KR_XDECREF(chunk);
        KR_XDECREF(rs);
        KR_DECREF(r);
        r = NULL;
        KrObject *qd = NULL;
        if (!num || div2n1n(num, b, n, &qd, &r) < 0) {
            KR_XDECREF(num);
            KR_DECREF(q);
            return -1;
        }
        KR_DECREF(num);
        KrObject *qs = kr_int_lshift_ssize(q, n);
        KR_DECREF(q);
        q = qs ? kr_int_add(qs, qd) : NULL;
        KR_XDECREF(qs);
        KR_DECREF(qd);
        if (!q) {
            KR_DECREF(r);
            return -1;
        }
    }
    *pq = q;
    *pr = r;
    return 0;
}

int kr_int_divmod_floor(KrObject *a, KrObject *b, KrObject **pq, KrObject **pr)
{
    int64_t x, y;
    if (KR_SIZE(b) == 0) {
        kr_err_set_string(KrExc_ZeroDivisionError, "integer division or modulo by zero");
        return -1;
    }
    if (absz(b) > 300 && absz(a) - absz(b) > 150) {
        KrObject *aa = kr_int_abs(a), *bb = kr_int_abs(b), *Q = NULL, *R = NULL;
        int rc = aa && bb ? bz_divmod(aa, bb, &Q, &R) : -1;
        KR_XDECREF(aa);
        KR_XDECREF(bb);
        if (rc < 0)
            return -1;
        int nega = KR_SIZE(a) < 0, negb = KR_SIZE(b) < 0;
        if (nega != negb) {
            /* floor of the negative quotient */
            KrObject *t = kr_int_neg(Q);
            KR_DECREF(Q);
            Q = t;
            if (Q && KR_SIZE(R) != 0) {
                t = kr_int_sub(Q, kr_int_small(1));
                KR_DECREF(Q);
                Q = t;
                KrObject *br = kr_int_abs(b);
                t = br ? kr_int_sub(br, R) : NULL;
                KR_XDECREF(br);
                KR_DECREF(R);
                R = t;
            }
        }
        if (R && negb) {
            KrObject *t = kr_int_neg(R);
            KR_DECREF(R);
            R = t;
        }
        if (!Q || !R) {
            KR_XDECREF(Q);
            KR_XDECREF(R);
            return -1;
        }
        *pq = Q;
        *pr = R;
        return 0;
    }
    if (kr_int_medium(a, &x) && kr_int_medium(b, &y)) {
        *pq = kr_int_from_i64(floordiv64(x, y));
        *pr = kr_int_from_i64(floormod64(x, y));
        if (!*pq || !*pr) {
            KR_XDECREF(*pq);
            KR_XDECREF(*pr);
            return -1;
        }
        return 0;
    }
    KrIntObject *q, *r;
    if (mag_divmod(a, b, &q, &r) < 0)
        return -1;
    int nega = KR_SIZE(a) < 0, negb = KR_SIZE(b) < 0;
    if (nega != negb)
        KR_SIZE(q) = -KR_SIZE(q);
    if (nega)
        KR_SIZE(r) = -KR_SIZE(r);
    KrObject *Q = kr_int_normalize(q), *R = kr_int_normalize(r);
    if (KR_SIZE(R) != 0 && nega != negb) {
        /* floor: q -= 1, r += b */
        KrObject *one = kr_int_small(1);
        KrObject *q2 = kr_int_sub(Q, one);
        KrObject *r2 = kr_int_add(R, b);
        KR_DECREF(Q);
        KR_DECREF(R);
        if (!q2 || !r2) {
            KR_XDECREF(q2);
            KR_XDECREF(r2);
            return -1;
        }
        Q = q2;
        R = r2;
    }
    *pq = Q;
    *pr = R;
    return 0;
}

KrObject *kr_int_floordiv(KrObject *a, KrObject *b)
{
    int64_t x, y;
    if (kr_int_medium(a, &x) && kr_int_medium(b, &y) && y != 0)
        return kr_int_from_i64(floordiv64(x, y));
    KrObject *q, *r;
    if (kr_int_divmod_floor(a, b, &q, &r) < 0)
        return NULL;
    KR_DECREF(r);
    return q;
}

KrObject *kr_int_mod(KrObject *a, KrObject *b)
{
    int64_t x, y;
    if (KR_SIZE(b) == 0) {
        kr_err_set_string(KrExc_ZeroDivisionError, "integer modulo by zero");
        return NULL;
    }
    if (kr_int_medium(a, &x) && kr_int_medium(b, &y))
        return kr_int_from_i64(floormod64(x, y));
    KrObject *q, *r;
    if (kr_int_divmod_floor(a, b, &q, &r) < 0)
        return NULL;
    KR_DECREF(q);
    return r;
}

/* ---- shifts -------------------------------------------------------------------- */

KrObject *kr_int_lshift_ssize(KrObject *a, ssize_t n)
{
    int64_t x;
    if (KR_SIZE(a) == 0)
        return kr_int_small(0);
    if (kr_int_medium(a, &x) && n < 63) {
        int64_t ax = x < 0 ? -x : x;
        if (n == 0 || (ax >> (63 - n)) == 0)
            return kr_int_from_i64(x < 0 ? -(ax << n) : ax << n);
    }
    ssize_t na = absz(a), whole = n / KR_INT_SHIFT;
    int rem = (int)(n % KR_INT_SHIFT);
    if (whole > ((ssize_t)1 << 31)) {
        kr_err_set_none(KrExc_MemoryError);
        return NULL;
    }
    KrIntObject *z = kr_int_alloc(na + whole + 1);
    if (!z)
        return NULL;
    memset(z->digits, 0, (size_t)whole * sizeof(kr_digit));
    const kr_digit *d = digs(a);
    uint64_t carry = 0;
    for (ssize_t i = 0; i < na; i++) {
        carry |= (uint64_t)d[i] << rem;
        z->digits[whole + i] = (kr_digit)(carry & KR_INT_MASK);
        carry >>= KR_INT_SHIFT;
    }
    z->digits[whole + na] = (kr_digit)carry;
    if (KR_SIZE(a) < 0)
        KR_SIZE(z) = -KR_SIZE(z);
    return kr_int_normalize(z);
}

/* magnitude >> n */
static KrIntObject *mag_rshift(const kr_digit *d, ssize_t na, ssize_t n)
{
    ssize_t whole = n / KR_INT_SHIFT;
    int rem = (int)(n % KR_INT_SHIFT);
    if (whole >= na)
        return kr_int_alloc(0);
    ssize_t nz = na - whole;
    KrIntObject *z = kr_int_alloc(nz);
    if (!z)
        return NULL;
    for (ssize_t i = 0; i < nz; i++) {
        uint64_t lo = d[whole + i], hi = whole + i + 1 < na ? d[whole + i + 1] : 0;
        z->digits[i] = (kr_digit)(((lo >> rem) | (hi << (KR_INT_SHIFT - rem))) & KR_INT_MASK);
    }
    return z;
}

KrObject *kr_int_rshift_ssize(KrObject *a, ssize_t n)
{
    int64_t x;
    if (kr_int_medium(a, &x))
        return kr_int_from_i64(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    if (KR_SIZE(a) > 0)
        return kr_int_normalize(mag_rshift(digs(a), absz(a), n));
    /* floor for negatives: -((|a| - 1) >> n) - 1 */
    KrObject *one = kr_int_small(1);
    KrObject *m = kr_int_neg(a);
    if (!m)
        return NULL;
    KrObject *m1 = kr_int_sub(m, one);
    KR_DECREF(m);
    if (!m1)
        return NULL;
    KrIntObject *s = mag_rshift(digs(m1), absz(m1), n);
    KR_DECREF(m1);
    if (!s)
        return NULL;
    KrObject *sn = kr_int_normalize(s);
    KrObject *r = kr_int_add(sn, one);
    KR_DECREF(sn);
    if (!r)
        return NULL;
    KrObject *neg = kr_int_neg(r);
    KR_DECREF(r);
    return neg;
}

static ssize_t shift_count(KrObject *b, int *huge)
{
    *huge = 0;
    if (KR_SIZE(b) < 0) {
        kr_err_set_string(KrExc_ValueError, "negative shift count");
        return -1;
    }
    int64_t v;
    if (!kr_int_fits_i64(b, &v) || v > ((int64_t)1 << 40)) {
        *huge = 1;
        return 0;
    }
    return (ssize_t)v;
}

static KrObject *int_lshift(KrObject *a, KrObject *b)
{
    if (!KR_INT_CHECK(a) || !KR_INT_CHECK(b))
        KR_RETURN_NOTIMPL;
    int huge;
    ssize_t n = shift_count(b, &huge);
    if (n < 0)
        return NULL;
    if (KR_SIZE(a) == 0)
        return kr_int_small(0);
    if (huge) {
        /* CPython's limits, to the digit: the new size is |a| + b // 30
         * (+1 for a remainder), clipped at SSIZE_MAX / 4 words; past
         * (SSIZE_MAX - 24) / 4 digits (its int header is 24 bytes) that is
         * OverflowError, anything smaller cannot be allocated: MemoryError */
        KrObject *thirty = kr_int_from_long(KR_INT_SHIFT), *ws = NULL, *rs = NULL;
        int ok = thirty ? kr_int_divmod_floor(b, thirty, &ws, &rs) : -1;
        KR_XDECREF(thirty);
        if (ok < 0)
            return NULL;
        int64_t w;
        int rem = KR_SIZE(rs) != 0;
        if (!kr_int_fits_i64(ws, &w) || w >= INT64_MAX / 4) {
            w = INT64_MAX / 4;
            rem = 0;
        }
        KR_DECREF(ws);
        KR_DECREF(rs);
        const int64_t max_digits = (INT64_MAX - 24) / 4;
        if (absz(a) + w + rem > max_digits)
            kr_err_set_string(KrExc_OverflowError, "too many digits in integer");
        else
            kr_err_set_none(KrExc_MemoryError);
        return NULL;
    }
    return kr_int_lshift_ssize(a, n);
}

static KrObject *int_rshift(KrObject *a, KrObject *b)
{
    if (!KR_INT_CHECK(a) || !KR_INT_CHECK(b))
        KR_RETURN_NOTIMPL;
    int huge;
    ssize_t n = shift_count(b, &huge);
    if (n < 0)
        return NULL;
    if (huge)
        return kr_int_small(KR_SIZE(a) < 0 ? -1 : 0);
    return kr_int_rshift_ssize(a, n);
}

/* ---- bitwise ---------------------------------------------------------------------- */

/* two's complement of the value into n digits (n > |size|) */
static void to_twos(KrObject *a, kr_digit *out, ssize_t n)
{
    ssize_t na = absz(a);
    const kr_digit *d = digs(a);
    if (KR_SIZE(a) >= 0) {
        memcpy(out, d, (size_t)na * sizeof(kr_digit));
        memset(out + na, 0, (size_t)(n - na) * sizeof(kr_digit));
        return;
    }
    kr_digit carry = 1;
    for (ssize_t i = 0; i < n; i++) {
        kr_digit v = i < na ? d[i] : 0;
        carry += (~v) & KR_INT_MASK;
        out[i] = carry & KR_INT_MASK;
        carry >>= KR_INT_SHIFT;
    }
}

static KrObject *bitwise(KrObject *a, char op, KrObject *b)
{
    int64_t x, y;
    if (kr_int_medium(a, &x) && kr_int_medium(b, &y))
        return kr_int_from_i64(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    ssize_t n = KR_MAX(absz(a), absz(b)) + 1;
    KrIntObject *z = kr_int_alloc(n);
    if (!z)
        return NULL;
    kr_digit *tb = kr_mem_alloc((size_t)n * sizeof(kr_digit));
    if (!tb) {
        KR_DECREF(z);
        return kr_err_nomemory();
    }
    to_twos(a, z->digits, n);
    to_twos(b, tb, n);
    for (ssize_t i = 0; i < n; i++)
        z->digits[i] = op == '&' ? (z->digits[i] & tb[i]) : op == '|' ? (z->digits[i] | tb[i])
                                                                       : (z->digits[i] ^ tb[i]);
    kr_mem_free(tb);
    int negres = (z->digits[n - 1] >> (KR_INT_SHIFT - 1)) & 1;
    if (negres) {
        /* back from two's complement: negate */
        kr_digit carry = 1;
        for (ssize_t i = 0; i < n; i++) {
            carry += (~z->digits[i]) & KR_INT_MASK;
            z->digits[i] = carry & KR_INT_MASK;
            carry >>= KR_INT_SHIFT;
        }
        KR_SIZE(z) = -n;
    }
    return kr_int_normalize(z);
}

static KrObject *int_and(KrObject *a, KrObject *b)
{
    if (!KR_INT_CHECK(a) || !KR_INT_CHECK(b))
        KR_RETURN_NOTIMPL;
    return bitwise(a, '&', b);
}
static KrObject *int_or(KrObject *a, KrObject *b)
{
    if (!KR_INT_CHECK(a) || !KR_INT_CHECK(b))
        KR_RETURN_NOTIMPL;
    return bitwise(a, '|', b);
}
static KrObject *int_xor(KrObject *a, KrObject *b)
{
    if (!KR_INT_CHECK(a) || !KR_INT_CHECK(b))
        KR_RETURN_NOTIMPL;
    return bitwise(a, '^', b);
}

static KrObject *int_invert(KrObject *a)
{
    int64_t x;
    if (kr_int_medium(a, &x))
        return kr_int_from_i64(~x);
    KrObject *t = kr_int_add(a, kr_int_small(1));
    if (!t)
        return NULL;
    KrObject *r = kr_int_neg(t);
    KR_DECREF(t);
    return r;
}

/* ---- powers --------------------------------------------------------------------------- */

/* a * b mod m for nonnegative ints */
static KrObject *mulmod(KrObject *a, KrObject *b, KrObject *m)
{
    KrObject *p = kr_int_mul(a, b);
    if (!p)
        return NULL;
    KrObject *r = kr_int_mod(p, m);
    KR_DECREF(p);
    return r;
}

/* modular inverse of a mod m (m > 0): extended Euclid */
static KrObject *mod_inverse(KrObject *a, KrObject *m)
{
    KrObject *r0 = kr_int_mod(a, m), *r1 = KR_NEWREF(m);
    KrObject *s0 = kr_int_small(1), *s1 = kr_int_small(0);
    if (!r0) {
        KR_DECREF(r1);
        return NULL;
    }
    while (KR_SIZE(r1) != 0) {
        KrObject *q, *r;
        if (kr_int_divmod_floor(r0, r1, &q, &r) < 0)
            goto fail;
        KrObject *qs = kr_int_mul(q, s1);
        KR_DECREF(q);
        if (!qs) {
            KR_DECREF(r);
            goto fail;
        }
        KrObject *s2 = kr_int_sub(s0, qs);
        KR_DECREF(qs);
        if (!s2) {
            KR_DECREF(r);
            goto fail;
        }
        KR_DECREF(r0);
        r0 = r1;
        r1 = r;
        KR_DECREF(s0);
        s0 = s1;
        s1 = s2;
    }
    /* r0 = gcd */
    if (!(KR_SIZE(r0) == 1 && digs(r0)[0] == 1)) {
        kr_err_set_string(KrExc_ValueError, "base is not invertible for the given modulus");
        goto fail;
    }
    KR_DECREF(r0);
    KR_DECREF(r1);
    KR_DECREF(s1);
    KrObject *res = kr_int_mod(s0, m);
    KR_DECREF(s0);
    return res;
fail:
    KR_XDECREF(r0);
    KR_XDECREF(r1);
    KR_XDECREF(s0);
    KR_XDECREF(s1);
    return NULL;
}

static KrObject *pow_plain(KrObject *a, KrObject *b)
{
    /* b >= 0 and fits; refuse results that cannot be stored */
    int64_t e;
    if (!kr_int_fits_i64(b, &e))
        e = INT64_MAX;
    int64_t x;
    if (kr_int_medium(a, &x) && (x == 0 || x == 1 || x == -1)) {
        if (x == 0)
            return kr_int_small(KR_SIZE(b) == 0 ? 1 : 0);
        if (x == 1)
            return kr_int_small(1);
        return kr_int_small((KR_SIZE(b) != 0 && (digs(b)[0] & 1)) ? -1 : 1);
    }
    if (e == 0)
        return kr_int_small(1);
    size_t bits = kr_int_bit_length(a);
    /* result has about (bits-1)*e+1 bits */
    if ((double)(bits - 1) * (double)e > 6.0e10 || e == INT64_MAX) {
        kr_err_set_none(KrExc_MemoryError);
        return NULL;
    }
    /* power of two base: a shift */
    if (KR_SIZE(a) > 0 && (bits - 1) * (size_t)e < ((size_t)1 << 40)) {
        ssize_t n = absz(a);
        int pow2 = (digs(a)[n - 1] & (digs(a)[n - 1] - 1)) == 0;
        for (ssize_t i = 0; i < n - 1 && pow2; i++)
            if (digs(a)[i])
                pow2 = 0;
        if (pow2)
            return kr_int_lshift_ssize(kr_int_small(1), (ssize_t)((bits - 1) * (size_t)e));
    }
    if (kr_int_medium(a, &x)) {
        /* small results with machine arithmetic */
        int64_t r = 1, base = x;
        int64_t ee = e;
        int ok = 1;
        while (ee) {
            if (ee & 1) {
                if (__builtin_mul_overflow(r, base, &r)) {
                    ok = 0;
                    break;
                }
            }
            ee >>= 1;
            if (ee && __builtin_mul_overflow(base, base, &base)) {
                ok = 0;
                break;
            }
        }
        if (ok)
            return kr_int_from_i64(r);
    }
    /* left-to-right binary */
    KrObject *r = KR_NEWREF(a);
    int top = 63 - __builtin_clzll((unsigned long long)e);
    for (int i = top - 1; i >= 0; i--) {
        KrObject *t = kr_int_mul(r, r);
        KR_DECREF(r);
        if (!t)
            return NULL;
        r = t;
        if ((e >> i) & 1) {
            t = kr_int_mul(r, a);
            KR_DECREF(r);
            if (!t)
                return NULL;
            r = t;
        }
    }
    return r;
}

KrObject *kr_int_pow(KrObject *a, KrObject *b, KrObject *mod)
{
    if (mod == Kr_None || !mod) {
        if (KR_SIZE(b) < 0) {
            /* negative exponent: float result */
            double x = kr_int_as_double(a);
            if (x == -1.0 && kr_err_occurred())
                return NULL;
            double y = kr_int_as_double(b);
            if (y == -1.0 && kr_err_occurred())
                return NULL;
            KrObject *fx = kr_float_from_double(x), *fy = kr_float_from_double(y);
            KrObject *r = NULL;
            if (fx && fy)
                r = KrFloat_Type.tp_as_number->nb_power(fx, fy, Kr_None);
            KR_XDECREF(fx);
            KR_XDECREF(fy);
            return r;
        }
        return pow_plain(a, b);
    }
    if (KR_SIZE(mod) == 0) {
        kr_err_set_string(KrExc_ValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    int negmod = KR_SIZE(mod) < 0;
    KrObject *m = kr_int_abs(mod);
    if (!m)
        return NULL;
    KrObject *base = NULL, *e = NULL, *r = NULL;
    if (KR_SIZE(b) < 0) {
        base = mod_inverse(a, m);
        if (!base)
            goto done;
        e = kr_int_neg(b);
    } else {
        base = kr_int_mod(a, m);
        e = KR_NEWREF(b);
    }
    if (!base || !e)
        goto done;
    if (KR_SIZE(m) == 1 && digs(m)[0] == 1) {
        r = kr_int_small(0);
        goto done;
    }
    int64_t mv, bv, ev;
    if (kr_int_fits_i64(m, &mv) && mv < ((int64_t)1 << 62) && kr_int_fits_i64(base, &bv) &&
        kr_int_fits_i64(e, &ev)) {
        unsigned __int128 acc = 1, bb = (uint64_t)bv;
        uint64_t um = (uint64_t)mv;
        while (ev) {
            if (ev & 1)
                acc = (acc * bb) % um;
            bb = (bb * bb) % um;
            ev >>= 1;
        }
        r = kr_int_from_u64((uint64_t)acc);
        goto done;
    }
    r = kr_int_small(1);
    size_t nbits = kr_int_bit_length(e);
    for (ssize_t i = (ssize_t)nbits - 1; i >= 0; i--) {
        KrObject *t = mulmod(r, r, m);
        KR_DECREF(r);
        r = t;
        if (!r)
            goto done;
        if ((digs(e)[i / KR_INT_SHIFT] >> (i % KR_INT_SHIFT)) & 1) {
            t = mulmod(r, base, m);
            KR_DECREF(r);
            r = t;
            if (!r)
                goto done;
        }
    }
done:
    if (r && negmod && KR_SIZE(r) != 0) {
        KrObject *t = kr_int_sub(r, m);
        KR_DECREF(r);
        r = t;
    }
    KR_XDECREF(base);
    KR_XDECREF(e);
    KR_DECREF(m);
    return r;
}

/* ---- gcd, isqrt ---------------------------------------------------------------------------- */

KrObject *kr_int_gcd(KrObject *a, KrObject *b)
{
    int64_t x, y;
    if (kr_int_fits_i64(a, &x) && kr_int_fits_i64(b, &y) && x != INT64_MIN && y != INT64_MIN) {
        uint64_t u = (uint64_t)(x < 0 ? -x : x), v = (uint64_t)(y < 0 ? -y : y);
        while (v) {
            uint64_t t = u % v;
            u = v;
            v = t;
        }
        return kr_int_from_u64(u);
    }
    KrObject *u = kr_int_abs(a), *v = kr_int_abs(b);
    if (!u || !v) {
        KR_XDECREF(u);
        KR_XDECREF(v);
        return NULL;
    }
    while (KR_SIZE(v) != 0) {
        KrObject *t = kr_int_mod(u, v);
        KR_DECREF(u);
        if (!t) {
            KR_DECREF(v);
            return NULL;
        }
        u = v;
        v = t;
    }
    KR_DECREF(v);
    return u;
}

static uint64_t isqrt64(uint64_t n)
{
    uint64_t r = (uint64_t)sqrt((double)n);
    while (r * r > n)
        r--;
    while ((r + 1) * (r + 1) <= n && (r + 1) < 4294967296ULL)
        r++;
    return r;
}

/* Integer square root by precision doubling: a holds the root of the top
 * 2d+2 bits of n, refined by one Newton step each time d doubles; the
 * final a is the root or one too big. */
KrObject *kr_int_isqrt(KrObject *n)
{
    int64_t v;
    if (kr_int_fits_i64(n, &v) && v < ((int64_t)1 << 62))
        return kr_int_from_u64(isqrt64((uint64_t)v));
    int64_t c = ((int64_t)kr_int_bit_length(n) - 1) / 2;
    int cbits = 64 - __builtin_clzll((unsigned long long)c);
    KrObject *a = kr_int_small(1);
    int64_t d = 0;
    for (int sh = cbits - 1; sh >= 0; sh--) {
        int64_t e = d;
        d = c >> sh;
        /* a = (a << (d - e - 1)) + (n >> (2c - e - d + 1)) // a */
        KrObject *t1 = kr_int_lshift_ssize(a, (ssize_t)(d - e - 1));
        KrObject *t2 = kr_int_rshift_ssize(n, (ssize_t)(2 * c - e - d + 1));
        KrObject *t3 = t2 ? kr_int_floordiv(t2, a) : NULL;
        KR_DECREF(a);
        a = t1 && t3 ? kr_int_add(t1, t3) : NULL;
        KR_XDECREF(t1);
        KR_XDECREF(t2);
        KR_XDECREF(t3);
        if (!a)
            return NULL;
    }
    KrObject *sq = kr_int_mul(a, a);
    if (!sq) {
        KR_DECREF(a);
        return NULL;
    }
    int too_big = kr_int_compare(sq, n) > 0;
    KR_DECREF(sq);
    if (too_big) {
        KrObject *t = kr_int_sub(a, kr_int_small(1));
        KR_DECREF(a);
        a = t;
    }
    return a;
}

/* ---- number slots ----------------------------------------------------------------------------- */

#define BOTH_INTS(a, b) if (!KR_INT_CHECK(a) || !KR_INT_CHECK(b)) KR_RETURN_NOTIMPL

static KrObject *int_add_slot(KrObject *a, KrObject *b) { BOTH_INTS(a, b); return kr_int_add(a, b); }
static KrObject *int_sub_slot(KrObject *a, KrObject *b) { BOTH_INTS(a, b); return kr_int_sub(a, b); }
static KrObject *int_mul_slot(KrObject *a, KrObject *b) { BOTH_INTS(a, b); return kr_int_mul(a, b); }
static KrObject *int_floordiv_slot(KrObject *a, KrObject *b) { BOTH_INTS(a, b); return kr_int_floordiv(a, b); }
static KrObject *int_mod_slot(KrObject *a, KrObject *b) { BOTH_INTS(a, b); return kr_int_mod(a, b); }
static KrObject *int_truediv_slot(KrObject *a, KrObject *b) { BOTH_INTS(a, b); return kr_int_true_divide(a, b); }

static KrObject *int_divmod_slot(KrObject *a, KrObject *b)
{
    BOTH_INTS(a, b);
    KrObject *q, *r;
    if (kr_int_divmod_floor(a, b, &q, &r) < 0)
        return NULL;
    KrObject *t = kr_tuple_pack(2, q, r);
    KR_DECREF(q);
    KR_DECREF(r);
    return t;
}

static KrObject *int_pow_slot(KrObject *a, KrObject *b, KrObject *c)
{
    BOTH_INTS(a, b);
    if (c != Kr_None && c && !KR_INT_CHECK(c))
        KR_RETURN_NOTIMPL;
    return kr_int_pow(a, b, c);
}

static KrObject *int_neg_slot(KrObject *a) { return kr_int_neg(a); }
static KrObject *int_pos_slot(KrObject *a) { return kr_int_copy_exact(a); }
static KrObject *int_abs_slot(KrObject *a) { return kr_int_abs(a); }
static int int_bool_slot(KrObject *a) { return KR_SIZE(a) != 0; }

static KrObject *int_float_slot(KrObject *a)
{
    double d = kr_int_as_double(a);
    if (d == -1.0 && kr_err_occurred())
        return NULL;
    return kr_float_from_double(d);
}

KrNumberMethods kr_int_as_number = {
    .nb_add = int_add_slot,
    .nb_subtract = int_sub_slot,
    .nb_multiply = int_mul_slot,
    .nb_remainder = int_mod_slot,
    .nb_divmod = int_divmod_slot,
    .nb_power = int_pow_slot,
    .nb_negative = int_neg_slot,
    .nb_positive = int_pos_slot,
    .nb_absolute = int_abs_slot,
    .nb_bool = int_bool_slot,
    .nb_invert = int_invert,
    .nb_lshift = int_lshift,
    .nb_rshift = int_rshift,
    .nb_and = int_and,
    .nb_xor = int_xor,
    .nb_or = int_or,
    .nb_int = int_pos_slot,
    .nb_float = int_float_slot,
    .nb_floor_divide = int_floordiv_slot,
    .nb_true_divide = int_truediv_slot,
    .nb_index = int_pos_slot,
};
