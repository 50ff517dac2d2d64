/* numformat.c: the format-spec mini-language for int, float and complex
 * (format(x, spec), f'{x:spec}', str.format).  The spec is parsed by the
 * shared parser in strformat.c; this file turns a number into its parts
 * (sign, prefix, integer digits, the rest: fraction, exponent, suffix),
 * inserts thousands separators, and pads.
 *
 * Zero padding with grouping follows CPython: when the fill is '0' and the
 * alignment '=', the padding zeros are grouped too ('0,001,234').
 */
#include "kr.h"
#include <math.h>

/* ---- assembling ----------------------------------------------------------- */

/* digits grouped by `sep` every `glen`, zero-extended to min_width; the
 * result is written right to left into a kr_mem buffer */
static char *group_digits(const char *d, ssize_t nd, char sep, int glen, ssize_t min_width, ssize_t *outlen)
{
    ssize_t cap = nd + nd / glen + (min_width > 0 ? min_width : 0) + 8;
    char *buf = kr_mem_alloc((size_t)cap);
    if (!buf)
        return NULL;
    char *q = buf + cap;
    ssize_t remaining = nd, pos = nd;
    int use_sep = 0;
    for (;;) {
        ssize_t l = KR_MIN((ssize_t)glen, KR_MAX(KR_MAX(remaining, min_width), (ssize_t)1));
        ssize_t nzeros = KR_MAX((ssize_t)0, l - remaining);
        ssize_t nchars = KR_MAX((ssize_t)0, KR_MIN(remaining, l));
        if (use_sep)
            *--q = sep;
        for (ssize_t i = 0; i < nchars; i++)
            *--q = d[--pos];
        for (ssize_t i = 0; i < nzeros; i++)
            *--q = '0';
        remaining -= nchars;
        use_sep = 1;
        min_width -= glen;
        if (remaining <= 0 && min_width <= 0)
            break;
        min_width -= 1;
    }
    ssize_t len = (buf + cap) - q;
    memmove(buf, q, (size_t)len);
    *outlen = len;
    return buf;
}

/* write sign + prefix + digits (grouped) + rest with the spec's padding;
 * pad: 0 to ignore width (complex parts) */
static int assemble(KrStrWriter *w, const KrFormatSpec *f, int pad, char signch, const char *prefix,
                    const char *digits, ssize_t nd, const char *rest, ssize_t nrest, int glen)
{
    ssize_t nprefix = (ssize_t)strlen(prefix);
    ssize_t nlead = (signch ? 1 : 0) + nprefix;
    char *grouped = NULL;
    ssize_t ng = nd;
    const char *body = digits;
    if (f->thousands && nd > 0) {
        ssize_t minw = 0;
        if (pad && f->fill == '0' && f->align == '=' && f->width > 0)
            minw = f->width - nlead - nrest;
        grouped = group_digits(digits, nd, f->thousands, glen, minw, &ng);
        if (!grouped) {
            kr_err_nomemory();
            return -1;
        }
        body = grouped;
    }
    ssize_t total = nlead + ng + nrest;
    ssize_t padn = pad && f->width > total ? f->width - total : 0;
    ssize_t left = 0, right = 0, mid = 0;
    switch (f->align) {
    case '<': right = padn; break;
    case '^': left = padn / 2; right = padn - left; break;
    case '=': mid = padn; break;
    default: left = padn; break;
    }
    int rc = -1;
    char sbuf[2] = {signch, 0};
    if (kr_strwriter_write_fill(w, f->fill, left) < 0)
        goto done;
    if (signch && kr_strwriter_write_ascii(w, sbuf, 1) < 0)
        goto done;
    if (nprefix && kr_strwriter_write_ascii(w, prefix, nprefix) < 0)
        goto done;
    if (kr_strwriter_write_fill(w, f->fill, mid) < 0)
        goto done;
    if (ng && kr_strwriter_write_ascii(w, body, ng) < 0)
        goto done;
    if (nrest && kr_strwriter_write_ascii(w, rest, nrest) < 0)
        goto done;
    if (kr_strwriter_write_fill(w, f->fill, right) < 0)
        goto done;
    rc = 0;
done:
    kr_mem_free(grouped);
    return rc;
}

static char sign_char(const KrFormatSpec *f, int neg)
{
    if (neg)
        return '-';
    if (f->sign == '+')
        return '+';
    if (f->sign == ' ')
        return ' ';
    return 0;
}

/* a width no buffer could hold: fail at once rather than fill for minutes */
static int absurd_width(const KrFormatSpec *f)
{
    if (f->width > ((ssize_t)1 << 32)) {
        kr_err_set_none(KrExc_MemoryError);
        return 1;
    }
    return 0;
}

static KrObject *unknown_code(uint32_t type, KrObject *o)
{
    if (type > 32 && type < 127)
        return kr_err_format(KrExc_ValueError, "Unknown format code '%c' for object of type '%.200s'",
                             (int)type, kr_object_type_name(o));
    return kr_err_format(KrExc_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'",
                         (unsigned)type, kr_object_type_name(o));
}

/* ---- floats ------------------------------------------------------------------ */

/* text of |v| for the spec, and whether a minus sign applies; returns a
 * kr_mem string */
static char *float_text(double v, const KrFormatSpec *f, char type, int complex_part, int *neg)
{
    int prec = (int)KR_MIN(f->precision, (ssize_t)100000);
    int flags = f->alternate ? KR_DTOA_ALT : 0;
    int pct = 0;
    if (type == 0) {
        if (!complex_part)
            flags |= KR_DTOA_ADD_DOT_0;
        type = prec < 0 ? 'r' : 'g';
    } else if (type == 'n')
        type = 'g';
    else if (type == '%') {
        type = 'f';
        pct = 1;
        v *= 100.0;
    }
    *neg = signbit(v) && !isnan(v);
    char *s = kr_double_to_string(fabs(v), type, prec, flags, NULL);
    if (!s) {
        kr_err_nomemory();
        return NULL;
    }
    if (*neg && f->no_neg_zero) {
        int nonzero = 0;
        for (char *p = s; *p && *p != 'e' && *p != 'E'; p++)
            if (*p >= '1' && *p <= '9')
                nonzero = 1;
        if (!nonzero && isfinite(v))
            *neg = 0;
    }
    if (pct) {
        size_t n = strlen(s);
        char *t = kr_mem_realloc(s, n + 2);
        if (!t) {
            kr_mem_free(s);
            kr_err_nomemory();
            return NULL;
        }
        t[n] = '%';
        t[n + 1] = 0;
        s = t;
    }
    return s;
}

static int write_float(KrStrWriter *w, double v, const KrFormatSpec *f, char type, int pad,
                       int complex_part, int force_sign)
{
    int neg;
    char *s = float_text(v, f, type, complex_part, &neg);
    if (!s)
        return -1;
    ssize_t nd = 0;
    while (s[nd] >= '0' && s[nd] <= '9')
        nd++;
    char sc = force_sign ? (neg ? '-' : '+') : sign_char(f, neg);
    int r = assemble(w, f, pad, sc, "", s, nd, s + nd, (ssize_t)strlen(s + nd), 3);
    kr_mem_free(s);
    return r;
}

static int float_type_ok(uint32_t t)
{
    return t == 0 || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' ||
           t == 'n' || t == '%';
}

static KrObject *format_double(KrObject *o, double v, KrFormatSpec *f)
{
    if (!float_type_ok(f->type))
        return unknown_code(f->type, o);
    KrStrWriter w;
    kr_strwriter_init(&w);
    if (write_float(&w, v, f, (char)f->type, 1, 0, 0) < 0) {
        kr_strwriter_discard(&w);
        return NULL;
    }
    return kr_strwriter_finish(&w);
}

KrObject *kr_float_format_spec(KrObject *o, KrObject *spec)
{
    if (!spec || KR_STR_LEN(spec) == 0)
        return kr_object_str(o);
    KrFormatSpec f;
    if (kr_format_spec_parse_ex(spec, &f, 0, '>', kr_object_type_name(o)) < 0 || absurd_width(&f))
        return NULL;
    return format_double(o, KR_FLOAT_AS_DOUBLE(o), &f);
}

/* ---- ints ---------------------------------------------------------------------- */

KrObject *kr_int_format_spec(KrObject *o, KrObject *spec)
{
    if (!spec || KR_STR_LEN(spec) == 0)
        return kr_object_str(o);
    KrFormatSpec f;
    if (kr_format_spec_parse_ex(spec, &f, 'd', '>', kr_object_type_name(o)) < 0 || absurd_width(&f))
        return NULL;
    uint32_t t = f.type;
    if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%') {
        double d = kr_int_as_double(o);
        if (d == -1.0 && kr_err_occurred())
            return NULL;
        return format_double(o, d, &f);
    }
    if (!(t == 'd' || t == 'n' || t == 'b' || t == 'o' || t == 'x' || t == 'X' || t == 'c'))
        return unknown_code(t, o);
    if (f.precision >= 0) {
        kr_err_set_string(KrExc_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (f.no_neg_zero) {
        kr_err_set_string(KrExc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    KrStrWriter w;
    kr_strwriter_init(&w);
    if (t == 'c') {
        if (f.sign) {
            kr_err_set_string(KrExc_ValueError, "Sign not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (f.alternate) {
            kr_err_set_string(KrExc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return NULL;
        }
        int64_t cp;
        if (!kr_int_fits_i64(o, &cp)) {
            kr_err_set_string(KrExc_OverflowError, "Python int too large to convert to C long");
            return NULL;
        }
        if (cp < 0 || cp > 0x10ffff) {
            kr_err_set_string(KrExc_OverflowError, "%c arg not in range(0x110000)");
            return NULL;
        }
        ssize_t padn = f.width > 1 ? f.width - 1 : 0;
        ssize_t left = 0, right = 0;
        if (f.align == '<')
            right = padn;
        else if (f.align == '^') {
            left = padn / 2;
            right = padn - left;
        } else
            left = padn;
        if (kr_strwriter_write_fill(&w, f.fill, left) < 0 || kr_strwriter_write_char(&w, (uint32_t)cp) < 0 ||
            kr_strwriter_write_fill(&w, f.fill, right) < 0) {
            kr_strwriter_discard(&w);
            return NULL;
        }
        return kr_strwriter_finish(&w);
    }
    char *text;
    ssize_t len;
    int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
    if (base == 10)
        text = kr_int_decimal_cstr(o, &len);
    else
        text = kr_int_pow2_cstr(o, base, false, t == 'X', &len);
    if (!text) {
        kr_strwriter_discard(&w);
        return NULL;
    }
    int neg = text[0] == '-';
    const char *digits = text + neg;
    const char *prefix = "";
    if (f.alternate)
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? (t == 'X' ? "0X" : "0x") : "";
    int r = assemble(&w, &f, 1, sign_char(&f, neg), prefix, digits, len - neg, "", 0, base == 10 ? 3 : 4);
    kr_mem_free(text);
    if (r < 0) {
        kr_strwriter_discard(&w);
        return NULL;
    }
    return kr_strwriter_finish(&w);
}

/* ---- complex ------------------------------------------------------------------------ */

KrObject *kr_complex_format_spec(KrObject *o, KrObject *spec)
{
    if (!spec || KR_STR_LEN(spec) == 0)
        return kr_object_str(o);
    KrFormatSpec f;
    if (kr_format_spec_parse_ex(spec, &f, 0, '>', kr_object_type_name(o)) < 0 || absurd_width(&f))
        return NULL;
    uint32_t t = f.type;
    if (!float_type_ok(t) || t == '%')
        return unknown_code(t, o);
    if (f.fill == '0') {
        kr_err_set_string(KrExc_ValueError, "Zero padding is not allowed in complex format specifier");
        return NULL;
    }
    if (f.align == '=') {
        kr_err_set_string(KrExc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
        return NULL;
    }
    kr_complex c = ((KrComplexObject *)o)->cval;
    int skip_re = 0, parens = 0;
    if (t == 0) {
        if (c.real == 0.0 && !signbit(c.real))
            skip_re = 1;
        else
            parens = 1;
    }
    /* the parts unpadded, then the whole padded */
    KrStrWriter w;
    kr_strwriter_init(&w);
    KrFormatSpec pf = f;
    pf.width = -1;
    int ok = 1;
    if (parens)
        ok = kr_strwriter_write_ascii(&w, "(", 1) == 0;
    if (ok && !skip_re)
        ok = write_float(&w, c.real, &pf, (char)t, 0, 1, 0) == 0;
    if (ok)
        ok = write_float(&w, c.imag, &pf, (char)t, 0, 1, !skip_re) == 0;
    if (ok)
        ok = kr_strwriter_write_ascii(&w, parens ? "j)" : "j", parens ? 2 : 1) == 0;
    if (!ok) {
        kr_strwriter_discard(&w);
        return NULL;
    }
    KrObject *body = kr_strwriter_finish(&w);
    if (!body || f.width <= KR_STR_LEN(body))
        return body;
    ssize_t padn = f.width - KR_STR_LEN(body), left = 0, right = 0;
    if (f.align == '<')
        right = padn;
    else if (f.align == '^') {
        left = padn / 2;
        right = padn - left;
    } else
        left = padn;
    kr_strwriter_init(&w);
    if (kr_strwriter_write_fill(&w, f.fill, left) < 0 || kr_strwriter_write_str(&w, body) < 0 ||
        kr_strwriter_write_fill(&w, f.fill, right) < 0) {
        KR_DECREF(body);
        kr_strwriter_discard(&w);
        return NULL;
    }
    KR_DECREF(body);
    return kr_strwriter_finish(&w);
}
