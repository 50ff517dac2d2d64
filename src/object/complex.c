/* complex.c: the complex type, a pair of doubles.  Arithmetic follows
 * CPython (Smith's division, integer powers by repeated squaring up to
 * exponent 100, polar form otherwise), as do repr ('(1+2j)', '2j',
 * '(-0-1j)'), hashing (real hash + 1000003 * imaginary hash), the
 * complex() constructor from numbers, __complex__ and strings.
 */
#include "kr.h"
#include <math.h>
#include <errno.h>

static KrObject *complex_subtype_new(KrTypeObject *type, kr_complex c)
{
    KrObject *o;
    if (type == &KrComplex_Type) {
        o = kr_mem_alloc(sizeof(KrComplexObject));
        if (!o)
            return kr_err_nomemory();
        kr_refcnt_init(KR_OBJ(o));
        o->ob_type = &KrComplex_Type;
    } else {
        o = kr_object_alloc(type, 0);
        if (!o)
            return NULL;
    }
    ((KrComplexObject *)o)->cval = c;
    if (type != &KrComplex_Type && KR_IS_GC(o))
        kr_gc_track(o);
    return o;
}

KrObject *kr_complex_from_doubles(double re, double im)
{
    kr_complex c = {re, im};
    return complex_subtype_new(&KrComplex_Type, c);
}

static KrObject *from_c(kr_complex c) { return complex_subtype_new(&KrComplex_Type, c); }

static void complex_dealloc(KrObject *o)
{
    if (KR_TYPE(o) == &KrComplex_Type)
        kr_mem_free(o);
    else
        KR_TYPE(o)->tp_free(o);
}

#define CVAL(o) (((KrComplexObject *)(o))->cval)

/* ---- repr, hash ---------------------------------------------------------- */

static KrObject *complex_repr(KrObject *o)
{
    kr_complex c = CVAL(o);
    char *re = NULL, *im = NULL;
    KrObject *r = NULL;
    if (c.real == 0.0 && !signbit(c.real)) {
        im = kr_double_to_string(c.imag, 'r', 0, 0, NULL);
        if (im)
            r = kr_str_from_format("%sj", im);
    } else {
        re = kr_double_to_string(c.real, 'r', 0, 0, NULL);
        im = kr_double_to_string(c.imag, 'r', 0, KR_DTOA_SIGN, NULL);
        if (re && im)
            r = kr_str_from_format("(%s%sj)", re, im);
    }
    if (!r && !kr_err_occurred())
        kr_err_nomemory();
    kr_mem_free(re);
    kr_mem_free(im);
    return r;
}

static kr_hash_t complex_hash(KrObject *o)
{
    kr_complex c = CVAL(o);
    uint64_t hr = (uint64_t)kr_double_hash(o, c.real);
    uint64_t hi = (uint64_t)kr_double_hash(o, c.imag);
    uint64_t h = hr + KR_HASH_IMAG * hi;
    kr_hash_t r = (kr_hash_t)h;
    return r == -1 ? -2 : r;
}

/* ---- arithmetic ------------------------------------------------------------ */

static kr_complex c_sum(kr_complex a, kr_complex b) { return (kr_complex){a.real + b.real, a.imag + b.imag}; }
static kr_complex c_diff(kr_complex a, kr_complex b) { return (kr_complex){a.real - b.real, a.imag - b.imag}; }
static kr_complex c_prod(kr_complex a, kr_complex b)
{
    return (kr_complex){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

static kr_complex c_quot(kr_complex a, kr_complex b, int *err)
{
    kr_complex r;
    double abs_br = fabs(b.real), abs_bi = fabs(b.imag);
    *err = 0;
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            *err = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bi >= abs_br) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN;
    }
    return r;
}

static kr_complex c_pow(kr_complex a, kr_complex b, int *err)
{
    kr_complex r;
    *err = 0;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            *err = EDOM;
        r.real = r.imag = 0.0;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
        if (isinf(r.real) || isinf(r.imag))
            *err = ERANGE;
    }
    return r;
}

static kr_complex c_powu(kr_complex x, long n)
{
    kr_complex r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask)
            r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static kr_complex c_powi(kr_complex x, long n, int *err)
{
    *err = 0;
    if (n > 0)
        return c_powu(x, n);
    kr_complex one = {1.0, 0.0};
    return c_quot(one, c_powu(x, -n), err);
}

/* operand to complex: 1 ok, 0 not handled, -1 error */
static int as_complex(KrObject *o, kr_complex *c)
{
    if (KR_COMPLEX_CHECK(o)) {
        *c = CVAL(o);
        return 1;
    }
    if (KR_FLOAT_CHECK(o)) {
        c->real = KR_FLOAT_AS_DOUBLE(o);
        c->imag = 0.0;
        return 1;
    }
    if (KR_INT_CHECK(o)) {
        c->real = kr_int_as_double(o);
        c->imag = 0.0;
        if (c->real == -1.0 && kr_err_occurred())
            return -1;
        return 1;
    }
    return 0;
}

#define CONVERT(o, c) do { int r_ = as_complex(o, &c); if (r_ < 0) return NULL; if (r_ == 0) KR_RETURN_NOTIMPL; } while (0)

static KrObject *complex_add(KrObject *a, KrObject *b)
{
    kr_complex x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return from_c(c_sum(x, y));
}

static KrObject *complex_sub(KrObject *a, KrObject *b)
{
    kr_complex x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return from_c(c_diff(x, y));
}

static KrObject *complex_mul(KrObject *a, KrObject *b)
{
    kr_complex x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return from_c(c_prod(x, y));
}

static KrObject *complex_div(KrObject *a, KrObject *b)
{
    kr_complex x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    int err;
    kr_complex r = c_quot(x, y, &err);
    if (err) {
        kr_err_set_string(KrExc_ZeroDivisionError, "complex division by zero");
        return NULL;
    }
    return from_c(r);
}

static KrObject *complex_pow(KrObject *a, KrObject *b, KrObject *m)
{
    kr_complex x, y, r;
    CONVERT(a, x);
    CONVERT(b, y);
    if (m && m != Kr_None) {
        kr_err_set_string(KrExc_ValueError, "complex modulo");
        return NULL;
    }
    int err;
    if (y.imag == 0.0 && y.real == floor(y.real) && fabs(y.real) <= 100.0) {
        r = c_powi(x, (long)y.real, &err);
        if (!err && (isinf(r.real) || isinf(r.imag)) && isfinite(x.real) && isfinite(x.imag))
            err = ERANGE;
    } else
        r = c_pow(x, y, &err);
    if (err == EDOM) {
        kr_err_set_string(KrExc_ZeroDivisionError, "0.0 to a negative or complex power");
        return NULL;
    }
    if (err == ERANGE) {
        kr_err_set_string(KrExc_OverflowError, "complex exponentiation");
        return NULL;
    }
    return from_c(r);
}

static KrObject *complex_neg(KrObject *a)
{
    kr_complex c = CVAL(a);
    return from_c((kr_complex){-c.real, -c.imag});
}

static KrObject *complex_pos(KrObject *a)
{
    if (KR_TYPE(a) == &KrComplex_Type)
        return KR_NEWREF(a);
    return from_c(CVAL(a));
}

static KrObject *complex_abs(KrObject *a)
{
    kr_complex c = CVAL(a);
    double r;
    if (!isfinite(c.real) || !isfinite(c.imag)) {
        if (isinf(c.real) || isinf(c.imag))
            r = HUGE_VAL;
        else
            r = NAN;
    } else {
        r = hypot(c.real, c.imag);
        if (isinf(r)) {
            kr_err_set_string(KrExc_OverflowError, "absolute value too large");
            return NULL;
        }
    }
    return kr_float_from_double(r);
}

static int complex_bool(KrObject *a)
{
    return CVAL(a).real != 0.0 || CVAL(a).imag != 0.0;
}

static KrObject *complex_richcompare(KrObject *a, KrObject *b, int op)
{
    if (op != KR_EQ && op != KR_NE)
        KR_RETURN_NOTIMPL;
    kr_complex x = CVAL(a);
    int eq;
    if (KR_INT_CHECK(b)) {
        if (x.imag != 0.0)
            eq = 0;
        else
            eq = kr_int_compare_double(b, x.real) == 0;
    } else if (KR_FLOAT_CHECK(b)) {
        eq = x.imag == 0.0 && x.real == KR_FLOAT_AS_DOUBLE(b);
    } else if (KR_COMPLEX_CHECK(b)) {
        kr_complex y = CVAL(b);
        eq = x.real == y.real && x.imag == y.imag;
    } else
        KR_RETURN_NOTIMPL;
    return kr_bool_from(op == KR_EQ ? eq : !eq);
}

static KrNumberMethods complex_as_number = {
    .nb_add = complex_add,
    .nb_subtract = complex_sub,
    .nb_multiply = complex_mul,
    .nb_power = complex_pow,
    .nb_negative = complex_neg,
    .nb_positive = complex_pos,
    .nb_absolute = complex_abs,
    .nb_bool = complex_bool,
    .nb_true_divide = complex_div,
};

/* ---- construction ------------------------------------------------------------ */

static int is_space_c(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* [*pp, end) exactly as a float literal without surrounding space */
static int scan_float(const char **pp, const char *end, double *out)
{
    const char *p = *pp;
    if (p >= end || is_space_c((unsigned char)*p) || is_space_c((unsigned char)end[-1]))
        return 0;
    KrObject *f = kr_float_from_string(p, end - p);
    if (!f) {
        kr_err_clear();
        return 0;
    }
    *out = KR_FLOAT_AS_DOUBLE(f);
    KR_DECREF(f);
    *pp = end;
    return 1;
}

static int parse_complex_text(const char *s, ssize_t len, kr_complex *out)
{
    const char *p = s, *end = s + len;
    while (p < end && is_space_c((unsigned char)*p))
        p++;
    while (end > p && is_space_c((unsigned char)end[-1]))
        end--;
    if (p < end && *p == '(') {
        if (end[-1] != ')')
            return 0;
        p++;
        end--;
        while (p < end && is_space_c((unsigned char)*p))
            p++;
        while (end > p && is_space_c((unsigned char)end[-1]))
            end--;
    }
    if (p >= end)
        return 0;
    double x = 0.0, y = 0.0;
    const char *q = p;
    /* forms: x | yj | x+yj | x-yj | j | +j | -j | x+j | x-j */
    if ((end[-1] | 0x20) != 'j') {
        if (!scan_float(&q, end, &x) || q != end)
            return 0;
        out->real = x;
        out->imag = 0.0;
        return 1;
    }
    end--;                               /* drop the j */
    /* find where the imaginary part starts: the last sign not after an 'e' */
    const char *split = NULL;
    for (const char *t = end - 1; t > p; t--) {
        if ((*t == '+' || *t == '-') && (t[-1] | 0x20) != 'e') {
            split = t;
            break;
        }
    }
    if (split) {
        q = p;
        if (!scan_float(&q, split, &x) || q != split)
            return 0;
        p = split;
    }
    /* imaginary part in [p, end): a float, or just a sign, or empty */
    if (p == end) {
        y = 1.0;
    } else if (end - p == 1 && (*p == '+' || *p == '-')) {
        y = *p == '-' ? -1.0 : 1.0;
    } else {
        q = p;
        if (!scan_float(&q, end, &y) || q != end)
            return 0;
    }
    out->real = x;
    out->imag = y;
    return 1;
}

static KrObject *complex_from_string(KrTypeObject *type, KrObject *v)
{
    const char *s;
    ssize_t len;
    char *tmp = NULL;
    KrBuffer view;
    int have_view = 0;
    if (KR_STR_CHECK(v)) {
        if (((KrStrObject *)v)->ascii) {
            s = kr_str_utf8(v);
            len = KR_STR_LEN(v);
        } else {
            tmp = kr_num_str_to_ascii(v, &len);
            if (!tmp)
                return NULL;
            s = tmp;
        }
    } else {
        if (kr_object_get_buffer(v, &view, KR_BUF_SIMPLE) < 0)
            return NULL;
        have_view = 1;
        s = view.buf;
        len = view.len;
    }
    kr_complex c;
    int ok;
    if (memchr(s, '_', (size_t)len)) {
        /* underscores only between decimal digits; then parse without them */
        char *clean = kr_mem_alloc((size_t)len + 1);
        if (!clean) {
            kr_mem_free(tmp);
            if (have_view)
                kr_buffer_release(&view);
            return kr_err_nomemory();
        }
        ssize_t n = 0;
        char prev = 0;
        int bad = 0;
        for (ssize_t i = 0; i < len && !bad; i++) {
            char ch = s[i];
            if (ch == '_') {
                if (!(prev >= '0' && prev <= '9'))
                    bad = 1;
            } else {
                clean[n++] = ch;
                if (prev == '_' && !(ch >= '0' && ch <= '9'))
                    bad = 1;
            }
            prev = ch;
        }
        if (prev == '_')
            bad = 1;
        ok = !bad && memchr(clean, 0, (size_t)n) == NULL && parse_complex_text(clean, n, &c);
        kr_mem_free(clean);
        if (bad) {
            kr_mem_free(tmp);
            if (have_view)
                kr_buffer_release(&view);
            return kr_err_format(KrExc_ValueError, "could not convert string to complex: %R", v);
        }
    } else
        ok = memchr(s, 0, (size_t)len) == NULL && parse_complex_text(s, len, &c);
    kr_mem_free(tmp);
    if (have_view)
        kr_buffer_release(&view);
    if (!ok) {
        kr_err_set_string(KrExc_ValueError, "complex() arg is a malformed string");
        return NULL;
    }
    return complex_subtype_new(type, c);
}

/* __complex__ of o: 1 found (*c set), 0 absent, -1 error */
static int try_complex_method(KrObject *o, kr_complex *c)
{
    KrObject *meth = kr_lookup_special(o, KR_ID(__complex__));
    if (!meth)
        return kr_err_occurred() ? -1 : 0;
    KrObject *r = kr_object_call_noargs(meth);
    KR_DECREF(meth);
    if (!r)
        return -1;
    if (!KR_COMPLEX_CHECK(r)) {
        kr_err_format(KrExc_TypeError, "__complex__ returned non-complex (type %.200s)",
                      kr_object_type_name(r));
        KR_DECREF(r);
        return -1;
    }
    if (KR_TYPE(r) != &KrComplex_Type) {
        char msg[500];
        snprintf(msg, sizeof msg, "__complex__ returned non-complex (type %.200s).  The ability "
                 "to return an instance of a strict subclass of complex is deprecated, and may be "
                 "removed in a future version of Python.", kr_object_type_name(r));
        if (kr_err_warn(&KrExc_DeprecationWarning_Type, msg, 1) < 0) {
            KR_DECREF(r);
            return -1;
        }
    }
    *c = CVAL(r);
    KR_DECREF(r);
    return 1;
}

static int is_number(KrObject *o)
{
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    return KR_COMPLEX_CHECK(o) || (nb && (nb->nb_float || nb->nb_index));
}

static KrObject *complex_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"real", "imag", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_arg_parse("complex", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    KrObject *r = a[0], *i = a[1];
    if (!r)
        r = kr_int_small(0);
    if (KR_TYPE(r) == &KrComplex_Type && !i && type == &KrComplex_Type)
        return KR_NEWREF(r);
    if (KR_STR_CHECK(r)) {
        if (i) {
            kr_err_set_string(KrExc_TypeError, "complex() can't take second arg if first is a string");
            return NULL;
        }
        return complex_from_string(type, r);
    }
    if (i && KR_STR_CHECK(i)) {
        kr_err_set_string(KrExc_TypeError, "complex() second arg can't be a string");
        return NULL;
    }
    kr_complex cr = {0.0, 0.0}, ci = {0.0, 0.0};
    int cr_is_complex = 0, ci_is_complex = 0;
    int got = try_complex_method(r, &cr);
    if (got < 0)
        return NULL;
    if (got)
        cr_is_complex = 1;
    else {
        if (!is_number(r))
            return kr_err_format(KrExc_TypeError, "complex() first argument must be a string or "
                                 "a number, not '%.200s'", kr_object_type_name(r));
        if (KR_COMPLEX_CHECK(r)) {
            cr = CVAL(r);
            cr_is_complex = 1;
        } else {
            cr.real = kr_float_as_double(r);
            if (cr.real == -1.0 && kr_err_occurred())
                return NULL;
        }
    }
    if (i) {
        if (!is_number(i))
            return kr_err_format(KrExc_TypeError, "complex() second argument must be a number, "
                                 "not '%.200s'", kr_object_type_name(i));
        if (KR_COMPLEX_CHECK(i)) {
            ci = CVAL(i);
            ci_is_complex = 1;
        } else {
            ci.real = kr_float_as_double(i);
            if (ci.real == -1.0 && kr_err_occurred())
                return NULL;
        }
    }
    /* (a+bj) + (c+dj)*j = (a-d) + (b+c)j */
    kr_complex res;
    if (ci_is_complex)
        cr.real -= ci.imag;
    if (cr_is_complex && i)
        ci.real += cr.imag;
    res.real = cr.real;
    res.imag = i ? ci.real : (cr_is_complex ? cr.imag : 0.0);
    return complex_subtype_new(type, res);
}

/* ---- methods ----------------------------------------------------------------------- */

static KrObject *complex_conjugate(KrObject *self, KrObject *unused)
{
    kr_complex c = CVAL(self);
    return from_c((kr_complex){c.real, -c.imag});
}

static KrObject *complex_getnewargs(KrObject *self, KrObject *unused)
{
    KrObject *re = kr_float_from_double(CVAL(self).real), *im = kr_float_from_double(CVAL(self).imag);
    KrObject *t = re && im ? kr_tuple_pack(2, re, im) : NULL;
    KR_XDECREF(re);
    KR_XDECREF(im);
    return t;
}

static KrObject *complex_complex(KrObject *self, KrObject *unused)
{
    return complex_pos(self);
}

static KrObject *complex_format_meth(KrObject *self, KrObject *spec)
{
    if (!KR_STR_CHECK(spec))
        return kr_err_format(KrExc_TypeError, "__format__() argument must be str, not %.200s",
                             kr_object_type_name(spec));
    if (KR_STR_LEN(spec) == 0)
        return kr_object_str(self);
    return kr_complex_format_spec(self, spec);
}

static KrObject *complex_get_real(KrObject *self, void *c) { return kr_float_from_double(CVAL(self).real); }
static KrObject *complex_get_imag(KrObject *self, void *c) { return kr_float_from_double(CVAL(self).imag); }

static KrMethodDef complex_methods[] = {
    {"conjugate", KR_CFUNC(complex_conjugate), KR_METH_NOARGS, NULL},
    {"__complex__", KR_CFUNC(complex_complex), KR_METH_NOARGS, NULL},
    {"__getnewargs__", KR_CFUNC(complex_getnewargs), KR_METH_NOARGS, NULL},
    {"__format__", KR_CFUNC(complex_format_meth), KR_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static KrGetSetDef complex_getset[] = {
    {"real", complex_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", complex_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrTypeObject KrComplex_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "complex",
    .tp_basicsize = sizeof(KrComplexObject),
    .tp_dealloc = complex_dealloc,
    .tp_repr = complex_repr,
    .tp_as_number = &complex_as_number,
    .tp_hash = complex_hash,
    .tp_flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Create a complex number from a real part and an optional imaginary part.",
    .tp_richcompare = complex_richcompare,
    .tp_methods = complex_methods,
    .tp_getset = complex_getset,
    .tp_base = &KrBaseObject_Type,
    .tp_new = complex_new,
    .tp_free = kr_object_free,
};
