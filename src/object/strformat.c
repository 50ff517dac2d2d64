/* strformat.c: the three ways Python formats text.
 *   - the format-spec mini-language (kr_format_spec_parse, shared with the
 *     int/float/complex formatters) and format(str, spec);
 *   - str.format / str.format_map: replacement fields with auto/manual
 *     numbering, attribute and index lookups, conversions, nested specs;
 *   - printf-style `%` for str and bytes: one engine writes code points into
 *     a KrStrWriter; for bytes every code point is a byte value (< 256) and
 *     the result is converted at the end.
 */
#include "kr.h"
#include "strlib.h"

/* ---- the format-spec mini-language ----------------------------------------- */
static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

int kr_format_spec_parse_ex(KrObject *spec, KrFormatSpec *f, char default_type, char default_align,
                            const char *tname);

int kr_format_spec_parse(KrObject *spec, KrFormatSpec *f, char default_type, char default_align)
{
    const char *tname = default_type == 's' ? "str" : default_type == 'd' ? "int" : "float";
    return kr_format_spec_parse_ex(spec, f, default_type, default_align, tname);
}

static int bad_thousands(char t, uint32_t type)
{
    if (type > 32 && type < 127)
        kr_err_format(KrExc_ValueError, "Cannot specify '%c' with '%c'.", t, (int)type);
    else
        kr_err_format(KrExc_ValueError, "Cannot specify '%c' with '\\x%x'.", t, (unsigned)type);
    return -1;
}

int kr_format_spec_parse_ex(KrObject *spec, KrFormatSpec *f, char default_type, char default_align,
                            const char *tname)
{
    f->fill = ' ';
    f->align = default_align;
    f->sign = 0;
    f->alternate = f->zero_pad = f->no_neg_zero = false;
    f->width = -1;
    f->thousands = 0;
    f->precision = -1;
    f->type = (uint32_t)(unsigned char)default_type;
    ssize_t n = spec ? KR_STR_LEN(spec) : 0, i = 0;
#define AT(k) KR_STR_READ(spec, (k))
    int fill_given = 0, align_given = 0;
    if (n >= 2 && is_align(AT(1))) {
        f->fill = AT(0);
        f->align = (char)AT(1);
        fill_given = align_given = 1;
        i = 2;
    } else if (n >= 1 && is_align(AT(0))) {
        f->align = (char)AT(0);
        align_given = 1;
        i = 1;
    }
    if (i < n && (AT(i) == '+' || AT(i) == '-' || AT(i) == ' ')) {
        f->sign = (char)AT(i);
        i++;
    }
    if (i < n && AT(i) == 'z') {
        f->no_neg_zero = true;
        i++;
    }
    if (i < n && AT(i) == '#') {
        f->alternate = true;
        i++;
    }
    if (!fill_given && i < n && AT(i) == '0') {
        f->fill = '0';
        f->zero_pad = true;
        if (!align_given && default_align == '>')
            f->align = '=';
        i++;
    }
    if (i < n && AT(i) >= '0' && AT(i) <= '9') {
        ssize_t w = 0;
        int digits = 0;
        while (i < n && AT(i) >= '0' && AT(i) <= '9') {
            if (w > (((ssize_t)1 << 62) - 9) / 10) {
                kr_err_set_string(KrExc_ValueError, "Too many decimal digits in format string");
                return -1;
            }
            w = w * 10 + (ssize_t)(AT(i) - '0');
            i++;
            digits++;
        }
        f->width = w;
    }
    if (i < n && (AT(i) == ',' || AT(i) == '_')) {
        f->thousands = (char)AT(i);
        i++;
        if (i < n && (AT(i) == ',' || AT(i) == '_')) {
            if ((char)AT(i) == f->thousands)
                kr_err_format(KrExc_ValueError, "Cannot specify '%c' with '%c'.", f->thousands, f->thousands);
            else
                kr_err_set_string(KrExc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (i < n && AT(i) == '.') {
        i++;
        if (i >= n || AT(i) < '0' || AT(i) > '9') {
            kr_err_set_string(KrExc_ValueError, "Format specifier missing precision");
            return -1;
        }
        ssize_t p = 0;
        while (i < n && AT(i) >= '0' && AT(i) <= '9') {
            if (p > (((ssize_t)1 << 62) - 9) / 10) {
                kr_err_set_string(KrExc_ValueError, "Too many decimal digits in format string");
                return -1;
            }
            p = p * 10 + (ssize_t)(AT(i) - '0');
            i++;
        }
        f->precision = p;
    }
    if (n - i > 1) {
        kr_err_format(KrExc_ValueError, "Invalid format specifier '%U' for object of type '%s'", spec, tname);
        return -1;
    }
    if (n - i == 1) {
        f->type = AT(i);
    }
#undef AT
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_')
                break;
            return bad_thousands(f->thousands, f->type);
        default:
            return bad_thousands(f->thousands, f->type);
        }
    }
    return 0;
}

/* write s padded to the spec's width with its fill and alignment */
static int write_aligned(KrStrWriter *w, KrObject *s, ssize_t len, KrFormatSpec *f)
{
    ssize_t total = f->width > len ? f->width : len, padn = total - len, left = 0;
    if (f->align == '>' || f->align == '=')
        left = padn;
    else if (f->align == '^')
        left = padn / 2;
    if (kr_strwriter_write_fill(w, f->fill, left) < 0 || kr_strwriter_write_substr(w, s, 0, len) < 0 ||
        kr_strwriter_write_fill(w, f->fill, padn - left) < 0)
        return -1;
    return 0;
}

KrObject *kr_str_format_spec(KrObject *s, KrObject *spec)
{
    if (!spec || KR_STR_LEN(spec) == 0)
        return KR_STR_CHECK_EXACT(s) ? KR_NEWREF(s) : kr_object_str(s);
    KrFormatSpec f;
    if (kr_format_spec_parse_ex(spec, &f, 's', '<', "str") < 0)
        return NULL;
    if (f.type != 's') {
        if (f.type > 32 && f.type < 127)
            return kr_err_format(KrExc_ValueError, "Unknown format code '%c' for object of type 'str'", (int)f.type);
        return kr_err_format(KrExc_ValueError, "Unknown format code '\\x%x' for object of type 'str'", (unsigned)f.type);
    }
    if (f.sign == ' ') {
        kr_err_set_string(KrExc_ValueError, "Space not allowed in string format specifier");
        return NULL;
    }
    if (f.sign) {
        kr_err_set_string(KrExc_ValueError, "Sign not allowed in string format specifier");
        return NULL;
    }
    if (f.no_neg_zero) {
        kr_err_set_string(KrExc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        return NULL;
    }
    if (f.alternate) {
        kr_err_set_string(KrExc_ValueError, "Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (f.align == '=') {
        kr_err_set_string(KrExc_ValueError, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    ssize_t len = KR_STR_LEN(s);
    if (f.precision >= 0 && f.precision < len)
        len = f.precision;
    if (f.width <= len && len == KR_STR_LEN(s))
        return kr_str_copy_exact(s);
    KrStrWriter w;
    kr_strwriter_init(&w);
    if (write_aligned(&w, s, len, &f) < 0) {
        kr_strwriter_discard(&w);
        return NULL;
    }
    return kr_strwriter_finish(&w);
}

/* ---- str.format ---------------------------------------------------------------- */
typedef struct {
    KrObject *const *args;
    ssize_t nargs;
    KrObject *kwnames;         /* tuple or NULL: keyword values follow args */
    KrObject *mapping;         /* format_map: the mapping, instead of keywords */
    int auto_number;           /* 0 undecided, 1 auto, 2 manual */
    ssize_t next_index;
} FmtCtx;

static int render(KrStrWriter *w, KrObject *fmt, ssize_t start, ssize_t end, FmtCtx *ctx, int depth);

static int parse_index(KrObject *s, ssize_t a, ssize_t b, ssize_t *out)
{
    /* -1: not all digits, 0 ok, -2 error */
    if (a >= b)
        return -1;
    ssize_t v = 0;
    for (ssize_t i = a; i < b; i++) {
        uint32_t c = KR_STR_READ(s, i);
        if (c < '0' || c > '9')
            return -1;
        if (v > (((ssize_t)1 << 62) - 9) / 10) {
            kr_err_set_string(KrExc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (ssize_t)(c - '0');
    }
    *out = v;
    return 0;
}

static KrObject *lookup_keyword(FmtCtx *ctx, KrObject *key)
{
    if (ctx->mapping)
        return kr_object_getitem(ctx->mapping, key);
    if (ctx->kwnames) {
        ssize_t nk = KR_TUPLE_LEN(ctx->kwnames);
        for (ssize_t i = 0; i < nk; i++)
            if (kr_str_eq(KR_TUPLE_GET(ctx->kwnames, i), key))
                return KR_NEWREF(ctx->args[ctx->nargs + i]);
    }
    kr_err_set_object(KrExc_KeyError, key);
    return NULL;
}

static KrObject *get_positional(FmtCtx *ctx, ssize_t idx)
{
    if (ctx->mapping) {
        kr_err_set_string(KrExc_ValueError, "Format string contains positional fields");
        return NULL;
    }
    if (idx >= ctx->nargs) {
        kr_err_format(KrExc_IndexError, "Replacement index %zd out of range for positional args tuple", idx);
        return NULL;
    }
    return KR_NEWREF(ctx->args[idx]);
}

/* resolve field name s[a:b] to an object */
static KrObject *get_field(KrObject *s, ssize_t a, ssize_t b, FmtCtx *ctx)
{
    ssize_t i = a;
    while (i < b) {
        uint32_t c = KR_STR_READ(s, i);
        if (c == '.' || c == '[')
            break;
        i++;
    }
    KrObject *obj;
    ssize_t idx;
    int r = parse_index(s, a, i, &idx);
    if (r == -2)
        return NULL;
    if (a == i) {
        /* automatic numbering */
        if (ctx->auto_number == 2) {
            kr_err_set_string(KrExc_ValueError,
                              "cannot switch from manual field specification to automatic field numbering");
            return NULL;
        }
        ctx->auto_number = 1;
        obj = get_positional(ctx, ctx->next_index++);
    } else if (r == 0) {
        if (ctx->auto_number == 1) {
            kr_err_set_string(KrExc_ValueError,
                              "cannot switch from automatic field numbering to manual field specification");
            return NULL;
        }
        ctx->auto_number = 2;
        obj = get_positional(ctx, idx);
    } else {
        KrObject *key = kr_str_substring(s, a, i);
        if (!key)
            return NULL;
        obj = lookup_keyword(ctx, key);
        KR_DECREF(key);
    }
    if (!obj)
        return NULL;
    while (i < b) {
        uint32_t c = KR_STR_READ(s, i++);
        KrObject *next;
        if (c == '.') {
            ssize_t j = i;
            while (j < b && KR_STR_READ(s, j) != '.' && KR_STR_READ(s, j) != '[')
                j++;
            if (j == i) {
                kr_err_set_string(KrExc_ValueError, "Empty attribute in format string");
                KR_DECREF(obj);
                return NULL;
            }
            KrObject *name = kr_str_substring(s, i, j);
            if (!name) {
                KR_DECREF(obj);
                return NULL;
            }
            next = kr_object_getattr(obj, name);
            KR_DECREF(name);
            i = j;
        } else if (c == '[') {
            ssize_t j = i;
            while (j < b && KR_STR_READ(s, j) != ']')
                j++;
            if (j >= b) {
                kr_err_set_string(KrExc_ValueError, "Missing ']' in format string");
                KR_DECREF(obj);
                return NULL;
            }
            if (j == i) {
                kr_err_set_string(KrExc_ValueError, "Empty attribute in format string");
                KR_DECREF(obj);
                return NULL;
            }
            KrObject *key;
            ssize_t k;
            int rr = parse_index(s, i, j, &k);
            if (rr == -2) {
                KR_DECREF(obj);
                return NULL;
            }
            key = rr == 0 ? kr_int_from_ssize(k) : kr_str_substring(s, i, j);
            if (!key) {
                KR_DECREF(obj);
                return NULL;
            }
            next = kr_object_getitem(obj, key);
            KR_DECREF(key);
            i = j + 1;
            if (i < b && KR_STR_READ(s, i) != '.' && KR_STR_READ(s, i) != '[') {
                KR_XDECREF(next);
                KR_DECREF(obj);
                kr_err_set_string(KrExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
                return NULL;
            }
        } else {
            kr_err_set_string(KrExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            KR_DECREF(obj);
            return NULL;
        }
        KR_DECREF(obj);
        if (!next)
            return NULL;
        obj = next;
    }
    return obj;
}

static int do_field(KrStrWriter *w, KrObject *fmt, ssize_t *pos, ssize_t end, FmtCtx *ctx, int depth)
{
    ssize_t i = *pos, name_start = i;
    uint32_t c = 0;
    while (i < end) {
        c = KR_STR_READ(fmt, i++);
        if (c == '{') {
            kr_err_set_string(KrExc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (i < end && KR_STR_READ(fmt, i) != ']')
                i++;
            c = 0;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
        c = 0;
    }
    ssize_t name_end = i - 1;
    uint32_t conversion = 0;
    ssize_t spec_start = -1, spec_end = -1;
    int spec_nested = 0;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (i >= end) {
                kr_err_set_string(KrExc_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            conversion = KR_STR_READ(fmt, i++);
            if (i < end) {
                uint32_t d = KR_STR_READ(fmt, i++);
                if (d == '}') {
                    spec_start = spec_end = i - 1;
                    goto have_field;
                }
                if (d != ':') {
                    kr_err_set_string(KrExc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        spec_start = i;
        int count = 1;
        while (i < end) {
            uint32_t d = KR_STR_READ(fmt, i++);
            if (d == '{') {
                spec_nested = 1;
                count++;
            } else if (d == '}') {
                if (--count == 0) {
                    spec_end = i - 1;
                    goto have_field;
                }
            }
        }
        kr_err_set_string(KrExc_ValueError, "unmatched '{' in format spec");
        return -1;
    } else if (c != '}') {
        kr_err_set_string(KrExc_ValueError, "expected '}' before end of string");
        return -1;
    }
have_field:
    *pos = i;
    KrObject *obj = get_field(fmt, name_start, name_end, ctx);
    if (!obj)
        return -1;
    if (conversion) {
        KrObject *t;
        if (conversion == 'r')
            t = kr_object_repr(obj);
        else if (conversion == 's')
            t = kr_object_str(obj);
        else if (conversion == 'a')
            t = kr_object_ascii(obj);
        else {
            KR_DECREF(obj);
            if (conversion > 32 && conversion < 127)
                kr_err_format(KrExc_ValueError, "Unknown conversion specifier %c", (int)conversion);
            else
                kr_err_format(KrExc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conversion);
            return -1;
        }
        KR_DECREF(obj);
        if (!t)
            return -1;
        obj = t;
    }
    KrObject *spec;
    if (spec_start < 0 || spec_end <= spec_start) {
        spec = kr_newref(kr_str_empty());
    } else if (spec_nested) {
        KrStrWriter sw;
        kr_strwriter_init(&sw);
        if (render(&sw, fmt, spec_start, spec_end, ctx, depth - 1) < 0) {
            kr_strwriter_discard(&sw);
            KR_DECREF(obj);
            return -1;
        }
        spec = kr_strwriter_finish(&sw);
    } else {
        spec = kr_str_substring(fmt, spec_start, spec_end);
    }
    if (!spec) {
        KR_DECREF(obj);
        return -1;
    }
    KrObject *res;
    if (KR_STR_CHECK_EXACT(obj) && KR_STR_LEN(spec) == 0)
        res = KR_NEWREF(obj);
    else
        res = kr_object_format(obj, spec);
    KR_DECREF(obj);
    KR_DECREF(spec);
    if (!res)
        return -1;
    int r = kr_strwriter_write_str(w, res);
    KR_DECREF(res);
    return r;
}

static int render(KrStrWriter *w, KrObject *fmt, ssize_t start, ssize_t end, FmtCtx *ctx, int depth)
{
    if (depth <= 0) {
        kr_err_set_string(KrExc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    ssize_t i = start;
    while (i < end) {
        ssize_t lit = i;
        uint32_t c = 0;
        int markup = 0;
        while (i < end) {
            c = KR_STR_READ(fmt, i++);
            if (c == '{' || c == '}') {
                markup = 1;
                break;
            }
        }
        int at_end = i >= end;
        ssize_t len = i - lit;
        if (markup && c == '}' && (at_end || KR_STR_READ(fmt, i) != '}')) {
            kr_err_set_string(KrExc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (markup && at_end && c == '{') {
            kr_err_set_string(KrExc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (markup) {
            if (KR_STR_READ(fmt, i) == c) {
                i++;          /* doubled brace: literal */
                markup = 0;
            } else {
                len--;
            }
        }
        if (len > 0 && kr_strwriter_write_substr(w, fmt, lit, lit + len) < 0)
            return -1;
        if (markup && do_field(w, fmt, &i, end, ctx, depth) < 0)
            return -1;
    }
    return 0;
}

KrObject *kr_str_format_method(KrObject *fmt, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    FmtCtx ctx = {args, nargs, kwnames, NULL, 0, 0};
    KrStrWriter w;
    kr_strwriter_init(&w);
    if (render(&w, fmt, 0, KR_STR_LEN(fmt), &ctx, 2) < 0) {
        kr_strwriter_discard(&w);
        return NULL;
    }
    return kr_strwriter_finish(&w);
}

KrObject *kr_str_format_map(KrObject *self, KrObject *mapping)
{
    FmtCtx ctx = {NULL, 0, NULL, mapping, 0, 0};
    KrStrWriter w;
    kr_strwriter_init(&w);
    if (render(&w, self, 0, KR_STR_LEN(self), &ctx, 2) < 0) {
        kr_strwriter_discard(&w);
        return NULL;
    }
    return kr_strwriter_finish(&w);
}

/* ---- printf-style formatting --------------------------------------------------- */
typedef struct {
    KrObject *const *items;
    ssize_t nitems;       /* -1: the single non-tuple argument */
    KrObject *single;
    ssize_t next;
    KrObject *dict;
    int is_bytes;
} PctArgs;

static KrObject *pct_next(PctArgs *a)
{
    if (a->nitems < 0) {
        if (a->next == 0) {
            a->next = 1;
            return a->single;
        }
    } else if (a->next < a->nitems) {
        return a->items[a->next++];
    }
    kr_err_set_string(KrExc_TypeError, "not enough arguments for format string");
    return NULL;
}

/* sign/prefix/zero padding/width applied to a formatted number body */
static int emit_number(KrStrWriter *w, const char *body, ssize_t blen, int neg, const char *prefix,
                       int flag_plus, int flag_space, int flag_left, int flag_zero, ssize_t width)
{
    char signc = neg ? '-' : flag_plus ? '+' : flag_space ? ' ' : 0;
    ssize_t plen = (ssize_t)strlen(prefix);
    ssize_t total = blen + plen + (signc ? 1 : 0);
    ssize_t padn = width > total ? width - total : 0;
    if (!flag_left && !flag_zero && kr_strwriter_write_fill(w, ' ', padn) < 0)
        return -1;
    if (signc && kr_strwriter_write_char(w, (uint32_t)signc) < 0)
        return -1;
    if (plen && kr_strwriter_write_ascii(w, prefix, plen) < 0)
        return -1;
    if (!flag_left && flag_zero && kr_strwriter_write_fill(w, '0', padn) < 0)
        return -1;
    if (kr_strwriter_write_ascii(w, body, blen) < 0)
        return -1;
    if (flag_left && kr_strwriter_write_fill(w, ' ', padn) < 0)
        return -1;
    return 0;
}

static int number_check(KrObject *v)
{
    KrNumberMethods *nb = KR_TYPE(v)->tp_as_number;
    return nb && (nb->nb_index || nb->nb_int || nb->nb_float);
}

static int format_int(KrStrWriter *w, KrObject *v, char conv, int fplus, int fspace, int fleft,
                      int fzero, int falt, ssize_t width, ssize_t prec)
{
    KrObject *iobj;
    if (KR_INT_CHECK(v)) {
        iobj = KR_NEWREF(v);
    } else if (conv == 'd' || conv == 'i' || conv == 'u') {
        if (!number_check(v)) {
            kr_err_format(KrExc_TypeError, "%%%c format: a real number is required, not %T", conv, v);
            return -1;
        }
        iobj = kr_number_long(v);
    } else {
        if (!number_check(v) || !kr_index_check(v)) {
            kr_err_format(KrExc_TypeError, "%%%c format: an integer is required, not %T", conv, v);
            return -1;
        }
        iobj = kr_number_index(v);
    }
    if (!iobj)
        return -1;
    KrObject *txt;
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    if (base == 10)
        txt = kr_int_to_decimal_string(iobj);
    else
        txt = kr_int_format_base(iobj, base, false);
    KR_DECREF(iobj);
    if (!txt)
        return -1;
    ssize_t tl;
    const char *t = kr_str_utf8_len(txt, &tl);
    if (!t) {
        KR_DECREF(txt);
        return -1;
    }
    int neg = 0;
    if (tl && t[0] == '-') {
        neg = 1;
        t++;
        tl--;
    }
    if (base != 10 && tl >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'o' || t[1] == 'b')) {
        t += 2;
        tl -= 2;
    }
    /* precision: minimum number of digits */
    char *body = NULL;
    ssize_t bl = tl;
    if (prec > tl)
        bl = prec;
    body = kr_mem_alloc((size_t)bl + 1);
    if (!body) {
        KR_DECREF(txt);
        kr_err_nomemory();
        return -1;
    }
    memset(body, '0', (size_t)(bl - tl));
    memcpy(body + (bl - tl), t, (size_t)tl);
    if (conv == 'X')
        for (ssize_t i = 0; i < bl; i++)
            if (body[i] >= 'a' && body[i] <= 'f')
                body[i] = (char)(body[i] - 32);
    const char *prefix = "";
    if (falt) {
        if (conv == 'o')
            prefix = "0o";
        else if (conv == 'x')
            prefix = "0x";
        else if (conv == 'X')
            prefix = "0X";
    }
    int r = emit_number(w, body, bl, neg, prefix, fplus, fspace, fleft, fzero, width);
    kr_mem_free(body);
    KR_DECREF(txt);
    return r;
}

static int format_float(KrStrWriter *w, KrObject *v, char conv, int fplus, int fspace, int fleft,
                        int fzero, int falt, ssize_t width, ssize_t prec)
{
    double d;
    if (KR_FLOAT_CHECK(v)) {
        d = KR_FLOAT_AS_DOUBLE(v);
    } else {
        if (!number_check(v)) {
            kr_err_format(KrExc_TypeError, "must be real number, not %T", v);
            return -1;
        }
        d = kr_float_as_double(v);
        if (d == -1.0 && kr_err_occurred())
            return -1;
    }
    if (prec < 0)
        prec = 6;
    char lower = (char)(conv | 0x20);
    int err = 0;
    char *s = kr_double_to_string(d, lower, (int)prec, falt ? KR_DTOA_ALT : 0, &err);
    if (!s) {
        if (!kr_err_occurred())
            kr_err_nomemory();
        return -1;
    }
    char *t = s;
    int neg = 0;
    if (*t == '-') {
        neg = 1;
        t++;
    }
    ssize_t tl = (ssize_t)strlen(t);
    if (conv >= 'A' && conv <= 'Z')
        for (ssize_t i = 0; i < tl; i++)
            if (t[i] >= 'a' && t[i] <= 'z')
                t[i] = (char)(t[i] - 32);
    int r = emit_number(w, t, tl, neg, "", fplus, fspace, fleft, fzero, width);
    kr_mem_free(s);
    return r;
}

static int write_text(KrStrWriter *w, KrObject *s, ssize_t width, ssize_t prec, int left)
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

/* bytes %s/%b: the object's bytes as latin-1 code points */
static KrObject *bytes_arg_as_latin1(KrObject *v)
{
    KrBuffer view;
    if (KR_TYPE(v)->tp_as_buffer && KR_TYPE(v)->tp_as_buffer->bf_getbuffer) {
        if (kr_object_get_buffer(v, &view, KR_BUF_SIMPLE) < 0)
            return NULL;
        KrObject *r = kr_str_from_latin1(view.buf, view.len);
        kr_buffer_release(&view);
        return r;
    }
    int found = 0;
    KrObject *b = kr_call_special(v, KR_ID(__bytes__), NULL, 0, &found);
    if (!found) {
        return kr_err_format(KrExc_TypeError,
                             "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
    }
    if (!b)
        return NULL;
    if (!KR_BYTES_CHECK(b)) {
        kr_err_format(KrExc_TypeError, "__bytes__ returned non-bytes (type %T)", b);
        KR_DECREF(b);
        return NULL;
    }
    KrObject *r = kr_str_from_latin1(KR_BYTES_DATA(b), KR_BYTES_LEN(b));
    KR_DECREF(b);
    return r;
}

static KrObject *ascii_as_latin1(KrObject *v)
{
    return kr_object_ascii(v);   /* ASCII text already: its code points are the bytes */
}

static int percent_engine(KrStrWriter *w, KrObject *fmt, KrObject *args, int is_bytes)
{
    PctArgs a = {NULL, -1, args, 0, NULL, is_bytes};
    if (KR_TUPLE_CHECK(args)) {
        a.items = KR_TUPLE_ITEMS(args);
        a.nitems = KR_TUPLE_LEN(args);
    }
    if (!KR_TUPLE_CHECK(args) && !KR_STR_CHECK(args) && KR_TYPE(args)->tp_as_mapping &&
        KR_TYPE(args)->tp_as_mapping->mp_subscript && !(is_bytes && (KR_BYTES_CHECK(args) || KR_BYTEARRAY_CHECK(args))))
        a.dict = args;
    ssize_t n = KR_STR_LEN(fmt), i = 0;
    while (i < n) {
        ssize_t lit = i;
        while (i < n && KR_STR_READ(fmt, i) != '%')
            i++;
        if (i > lit && kr_strwriter_write_substr(w, fmt, lit, i) < 0)
            return -1;
        if (i >= n)
            break;
        ssize_t conv_start = i;
        i++;
        KrObject *dictval = NULL;
        if (i < n && KR_STR_READ(fmt, i) == '(') {
            if (!a.dict) {
                kr_err_set_string(KrExc_TypeError, "format requires a mapping");
                return -1;
            }
            ssize_t ks = ++i;
            int depth = 1;
            while (i < n) {
                uint32_t c = KR_STR_READ(fmt, i);
                if (c == '(')
                    depth++;
                else if (c == ')' && --depth == 0)
                    break;
                i++;
            }
            if (i >= n) {
                kr_err_set_string(KrExc_ValueError, "incomplete format key");
                return -1;
            }
            KrObject *key;
            if (is_bytes) {
                /* bytes format keys are bytes */
                KrObject *ks_str = kr_str_substring(fmt, ks, i);
                if (!ks_str)
                    return -1;
                key = kr_str_encode(ks_str, "latin-1", "strict");
                KR_DECREF(ks_str);
            } else {
                key = kr_str_substring(fmt, ks, i);
            }
            if (!key)
                return -1;
            dictval = kr_object_getitem(a.dict, key);
            KR_DECREF(key);
            if (!dictval)
                return -1;
            i++;
        }
        int fleft = 0, fplus = 0, fspace = 0, falt = 0, fzero = 0;
        while (i < n) {
            uint32_t c = KR_STR_READ(fmt, i);
            if (c == '-') fleft = 1;
            else if (c == '+') fplus = 1;
            else if (c == ' ') fspace = 1;
            else if (c == '#') falt = 1;
            else if (c == '0') fzero = 1;
            else break;
            i++;
        }
        ssize_t width = -1, prec = -1;
        if (i < n && KR_STR_READ(fmt, i) == '*') {
            i++;
            KrObject *wv = pct_next(&a);
            if (!wv)
                goto fail;
            if (!KR_INT_CHECK(wv)) {
                kr_err_set_string(KrExc_TypeError, "* wants int");
                goto fail;
            }
            width = kr_int_as_ssize(wv);
            if (width == -1 && kr_err_occurred())
                goto fail;
            if (width < 0) {
                fleft = 1;
                width = -width;
            }
        } else {
            while (i < n && KR_STR_READ(fmt, i) >= '0' && KR_STR_READ(fmt, i) <= '9') {
                if (width < 0)
                    width = 0;
                width = width * 10 + (ssize_t)(KR_STR_READ(fmt, i) - '0');
                if (width > ((ssize_t)1 << 40)) {
                    kr_err_set_string(KrExc_ValueError, "width too big");
                    goto fail;
                }
                i++;
            }
        }
        if (i < n && KR_STR_READ(fmt, i) == '.') {
            i++;
            prec = 0;
            if (i < n && KR_STR_READ(fmt, i) == '*') {
                i++;
                KrObject *pv = pct_next(&a);
                if (!pv)
                    goto fail;
                if (!KR_INT_CHECK(pv)) {
                    kr_err_set_string(KrExc_TypeError, "* wants int");
                    goto fail;
                }
                prec = kr_int_as_ssize(pv);
                if (prec == -1 && kr_err_occurred())
                    goto fail;
                if (prec < 0)
                    prec = 0;
            } else {
                while (i < n && KR_STR_READ(fmt, i) >= '0' && KR_STR_READ(fmt, i) <= '9') {
                    prec = prec * 10 + (ssize_t)(KR_STR_READ(fmt, i) - '0');
                    if (prec > ((ssize_t)1 << 40)) {
                        kr_err_set_string(KrExc_ValueError, "precision too big");
                        goto fail;
                    }
                    i++;
                }
            }
        }
        while (i < n && (KR_STR_READ(fmt, i) == 'h' || KR_STR_READ(fmt, i) == 'l' || KR_STR_READ(fmt, i) == 'L'))
            i++;
        if (i >= n) {
            kr_err_set_string(KrExc_ValueError, "incomplete format");
            goto fail;
        }
        uint32_t conv = KR_STR_READ(fmt, i++);
        if (conv == '%') {
            if (kr_strwriter_write_char(w, '%') < 0)
                goto fail;
            KR_XDECREF(dictval);
            continue;
        }
        KrObject *v = dictval ? dictval : pct_next(&a);
        if (!v)
            goto fail;
        int r;
        switch (conv) {
        case 's': case 'r': case 'a': case 'b': {
            KrObject *t;
            if (is_bytes) {
                if (conv == 's' || conv == 'b')
                    t = bytes_arg_as_latin1(v);
                else if (conv == 'r' || conv == 'a')
                    t = ascii_as_latin1(v);
                else
                    t = NULL;
            } else {
                if (conv == 'b') {
                    kr_err_format(KrExc_ValueError, "unsupported format character 'b' (0x62) at index %zd",
                                  i - 1);
                    goto fail;
                }
                t = conv == 's' ? kr_object_str(v) : conv == 'r' ? kr_object_repr(v) : kr_object_ascii(v);
            }
            if (!t)
                goto fail;
            r = write_text(w, t, width, prec, fleft);
            KR_DECREF(t);
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            r = format_int(w, v, (char)conv, fplus, fspace, fleft, fzero, falt, width, prec);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            r = format_float(w, v, (char)conv, fplus, fspace, fleft, fzero, falt, width, prec);
            break;
        case 'c': {
            uint32_t cp;
            if (is_bytes) {
                if ((KR_BYTES_CHECK(v) || KR_BYTEARRAY_CHECK(v)) && KR_SIZE(v) == 1) {
                    cp = (unsigned char)(KR_BYTES_CHECK(v) ? KR_BYTES_DATA(v)[0] : KR_BYTEARRAY_DATA(v)[0]);
                } else if (KR_INT_CHECK(v) || kr_index_check(v)) {
                    KrObject *iv = kr_number_index(v);
                    if (!iv)
                        goto fail;
                    int64_t x;
                    int fits = kr_int_fits_i64(iv, &x);
                    KR_DECREF(iv);
                    if (!fits || x < 0 || x > 255) {
                        kr_err_set_string(KrExc_OverflowError, "%c arg not in range(256)");
                        goto fail;
                    }
                    cp = (uint32_t)x;
                } else {
                    kr_err_set_string(KrExc_TypeError,
                                      "%c requires an integer in range(256) or a single byte");
                    goto fail;
                }
            } else if (KR_STR_CHECK(v)) {
                if (KR_STR_LEN(v) != 1) {
                    kr_err_set_string(KrExc_TypeError, "%c requires int or char");
                    goto fail;
                }
                cp = KR_STR_READ(v, 0);
            } else if (KR_INT_CHECK(v)) {
                int64_t x;
                if (!kr_int_fits_i64(v, &x) || x < 0 || x > 0x10FFFF) {
                    kr_err_set_string(KrExc_OverflowError, "%c arg not in range(0x110000)");
                    goto fail;
                }
                cp = (uint32_t)x;
            } else {
                kr_err_set_string(KrExc_TypeError, "%c requires int or char");
                goto fail;
            }
            KrObject *t = kr_str_from_codepoint(cp);
            if (!t)
                goto fail;
            r = write_text(w, t, width, -1, fleft);
            KR_DECREF(t);
            break;
        }
        default:
            if (conv > 32 && conv < 127)
                kr_err_format(KrExc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                              (int)conv, (unsigned)conv, i - 1);
            else
                kr_err_format(KrExc_ValueError, "unsupported format character '?' (0x%x) at index %zd",
                              (unsigned)conv, i - 1);
            goto fail;
        }
        (void)conv_start;
        KR_XDECREF(dictval);
        if (r < 0)
            return -1;
        continue;
    fail:
        KR_XDECREF(dictval);
        return -1;
    }
    if (!a.dict && (a.nitems >= 0 ? a.next < a.nitems : a.next == 0)) {
        kr_err_set_string(KrExc_TypeError, is_bytes ? "not all arguments converted during bytes formatting"
                                                    : "not all arguments converted during string formatting");
        return -1;
    }
    return 0;
}

KrObject *kr_str_percent_format(KrObject *fmt, KrObject *args)
{
    KrStrWriter w;
    kr_strwriter_init(&w);
    if (kr_strwriter_reserve(&w, KR_STR_LEN(fmt) + 32, 127) < 0)
        return NULL;
    if (percent_engine(&w, fmt, args, 0) < 0) {
        kr_strwriter_discard(&w);
        return NULL;
    }
    return kr_strwriter_finish(&w);
}

KrObject *kr_bytes_format_impl(const char *fmt, ssize_t fmtlen, KrObject *args, int is_bytearray)
{
    KrObject *f = kr_str_from_latin1(fmt, fmtlen);
    if (!f)
        return NULL;
    KrStrWriter w;
    kr_strwriter_init(&w);
    int r = percent_engine(&w, f, args, 1);
    KR_DECREF(f);
    if (r < 0) {
        kr_strwriter_discard(&w);
        return NULL;
    }
    KrObject *s = kr_strwriter_finish(&w);
    if (!s)
        return NULL;
    /* every code point is < 256 here */
    ssize_t n = KR_STR_LEN(s);
    KrObject *out = is_bytearray ? kr_bytearray_new(n) : kr_bytes_new(n);
    if (out) {
        char *d = is_bytearray ? KR_BYTEARRAY_DATA(out) : KR_BYTES_DATA(out);
        for (ssize_t i = 0; i < n; i++)
            d[i] = (char)KR_STR_READ(s, i);
    }
    KR_DECREF(s);
    return out;
}

KrObject *kr_bytes_percent_format(KrObject *fmt, KrObject *args, int is_bytearray)
{
    KrBuffer view;
    if (kr_object_get_buffer(fmt, &view, KR_BUF_SIMPLE) < 0)
        return NULL;
    KrObject *r = kr_bytes_format_impl(view.buf, view.len, args, is_bytearray);
    kr_buffer_release(&view);
    return r;
}
