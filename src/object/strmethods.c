/* strmethods.c: the named methods of str (find/split/strip/case mapping/
 * predicates/...), and the search kernels they share.  Every function
 * works on all three widths; ASCII and latin-1 take memchr/memmem paths.
 * Error messages follow CPython 3.12 word for word.
 */
#include <limits.h>
#include "kr.h"
#include "strlib.h"

#define SLEN(s) KR_STR_LEN(s)
#define SKIND(s) KR_STR_KIND(s)
#define SDATA(s) KR_STR_DATA(s)
#define SASCII(s) (((KrStrObject *)(s))->ascii)

/* ---- argument helpers ----------------------------------------------------- */
int kr_parse_slice_arg(KrObject *o, ssize_t *out)
{
    if (!o || o == Kr_None)
        return 0;
    if (!KR_INT_CHECK(o) && !kr_index_check(o)) {
        kr_err_set_string(KrExc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    ssize_t v = kr_number_as_ssize(o, NULL);
    if (v == -1 && kr_err_occurred())
        return -1;
    *out = v;
    return 0;
}

void kr_adjust_slice(ssize_t len, ssize_t *start, ssize_t *end)
{
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

/* integer arguments the way CPython's argument converters read them:
 * __index__, then "Python int too large to convert to C ssize_t/int" */
int kr_arg_ssize(KrObject *o, ssize_t *out)
{
    KrObject *i = KR_INT_CHECK(o) ? KR_NEWREF(o) : kr_number_index(o);
    if (!i)
        return -1;
    ssize_t v = kr_int_as_ssize(i);
    KR_DECREF(i);
    if (v == -1 && kr_err_occurred())
        return -1;
    *out = v;
    return 0;
}

int kr_arg_int(KrObject *o, int *out)
{
    ssize_t v;
    if (kr_arg_ssize(o, &v) < 0) {
        if (kr_err_matches(KR_OBJ(KrExc_OverflowError))) {
            kr_err_clear();
            kr_err_set_string(KrExc_OverflowError, "Python int too large to convert to C int");
        }
        return -1;
    }
    if (v > 2147483647 || v < -2147483647 - 1) {
        kr_err_set_string(KrExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static int get_ssize(KrObject *o, ssize_t *out) { return kr_arg_ssize(o, out); }

/* sub[, start[, end]] */
/* the find family reports arity the pre-clinic way: "find() takes at
 * least 1 argument (0 given)" */
int kr_str_argc_old(const char *fname, ssize_t nargs, ssize_t min, ssize_t max)
{
    if (nargs < min) {
        kr_err_format(KrExc_TypeError, "%s() takes at least %zd argument%s (%zd given)", fname, min,
                      min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        kr_err_format(KrExc_TypeError, "%s() takes at most %zd argument%s (%zd given)", fname, max,
                      max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static int parse_sub_args(const char *fname, KrObject *const *args, ssize_t nargs,
                          KrObject **sub, ssize_t *start, ssize_t *end)
{
    if (kr_str_argc_old(fname, nargs, 1, 3) < 0)
        return -1;
    *sub = args[0];
    *start = 0;
    *end = (ssize_t)1 << 62;
    if (nargs > 1 && kr_parse_slice_arg(args[1], start) < 0)
        return -1;
    if (nargs > 2 && kr_parse_slice_arg(args[2], end) < 0)
        return -1;
    return 0;
}

static KrObject *need_str(KrObject *o, const char *msg_fmt)
{
    if (KR_STR_CHECK(o))
        return o;
    kr_err_format(KrExc_TypeError, msg_fmt, o);
    return NULL;
}

/* ---- search kernels --------------------------------------------------------- */
static ssize_t same_kind_find(int k, const char *h, ssize_t hlen, const char *n, ssize_t nlen, int dir)
{
    if (nlen == 0)
        return dir > 0 ? 0 : hlen;
    if (nlen > hlen)
        return -1;
    if (k == 1) {
        if (nlen == 1) {
            const void *p = dir > 0 ? memchr(h, (unsigned char)n[0], (size_t)hlen)
                                    : memrchr(h, (unsigned char)n[0], (size_t)hlen);
            return p ? (const char *)p - h : -1;
        }
        if (dir > 0) {
            const void *p = memmem(h, (size_t)hlen, n, (size_t)nlen);
            return p ? (const char *)p - h : -1;
        }
        for (ssize_t i = hlen - nlen; i >= 0; i--)
            if (h[i] == n[0] && memcmp(h + i, n, (size_t)nlen) == 0)
                return i;
        return -1;
    }
    uint32_t first = kr_str_read(k, n, 0);
    size_t nb = (size_t)nlen * (size_t)k;
    if (dir > 0) {
        for (ssize_t i = 0; i + nlen <= hlen; i++)
            if (kr_str_read(k, h, i) == first && memcmp(h + i * k, n, nb) == 0)
                return i;
    } else {
        for (ssize_t i = hlen - nlen; i >= 0; i--)
            if (kr_str_read(k, h, i) == first && memcmp(h + i * k, n, nb) == 0)
                return i;
    }
    return -1;
}

/* a needle re-encoded to the haystack's width (or NULL: cannot occur) */
typedef struct { const char *p; char *owned; char small[256]; } Needle;

static int needle_prepare(Needle *nd, KrObject *h, KrObject *n)
{
    int hk = SKIND(h), nk = SKIND(n);
    nd->owned = NULL;
    if (nk == hk) {
        nd->p = SDATA(n);
        return 1;
    }
    if (nk > hk)
        return 0;
    size_t bytes = (size_t)SLEN(n) * (size_t)hk;
    char *buf = nd->small;
    if (bytes > sizeof nd->small) {
        buf = nd->owned = kr_mem_alloc(bytes);
        if (!buf) {
            kr_err_nomemory();
            return -1;
        }
    }
    for (ssize_t i = 0; i < SLEN(n); i++) {
        uint32_t c = KR_STR_READ(n, i);
        if (hk == 2)
            ((uint16_t *)buf)[i] = (uint16_t)c;
        else
            ((uint32_t *)buf)[i] = c;
    }
    nd->p = buf;
    return 1;
}

static void needle_done(Needle *nd) { kr_mem_free(nd->owned); }

/* start/end already adjusted; -1 not found, -2 error */
static ssize_t find_in(KrObject *s, KrObject *sub, ssize_t start, ssize_t end, int dir)
{
    ssize_t nlen = SLEN(sub);
    if (end - start < nlen)
        return -1;
    Needle nd;
    int r = needle_prepare(&nd, s, sub);
    if (r <= 0)
        return r < 0 ? -2 : -1;
    int k = SKIND(s);
    ssize_t i = same_kind_find(k, (const char *)SDATA(s) + start * k, end - start, nd.p, nlen, dir);
    needle_done(&nd);
    return i < 0 ? -1 : i + start;
}

ssize_t kr_str_find(KrObject *s, KrObject *sub, ssize_t start, ssize_t end, int direction)
{
    ssize_t len = SLEN(s);
    kr_adjust_slice(len, &start, &end);
    if (start > len)
        return -1;
    return find_in(s, sub, start, end, direction);
}

ssize_t kr_str_count(KrObject *s, KrObject *sub, ssize_t start, ssize_t end)
{
    ssize_t len = SLEN(s);
    kr_adjust_slice(len, &start, &end);
    if (start > len)
        return 0;
    ssize_t nlen = SLEN(sub);
    if (end < start)
        return 0;
    if (nlen == 0)
        return end - start + 1;
    Needle nd;
    int r = needle_prepare(&nd, s, sub);
    if (r <= 0)
        return r < 0 ? -2 : 0;
    int k = SKIND(s);
    const char *h = SDATA(s);
    ssize_t count = 0;
    if (nlen == 1) {
        uint32_t c = kr_str_read(k, nd.p, 0);
        if (k == 1) {
            const uint8_t *d = (const uint8_t *)h;
            for (ssize_t i = start; i < end; i++)
                count += d[i] == c;
        } else {
            for (ssize_t i = start; i < end; i++)
                count += kr_str_read(k, h, i) == c;
        }
    } else {
        ssize_t pos = start;
        while (end - pos >= nlen) {
            ssize_t i = same_kind_find(k, h + pos * k, end - pos, nd.p, nlen, 1);
            if (i < 0)
                break;
            count++;
            pos += i + nlen;
        }
    }
    needle_done(&nd);
    return count;
}

int kr_str_contains(KrObject *s, KrObject *sub)
{
    if (!KR_STR_CHECK(sub)) {
        kr_err_format(KrExc_TypeError, "'in <string>' requires string as left operand, not %T", sub);
        return -1;
    }
    ssize_t r = find_in(s, sub, 0, SLEN(s), 1);
    return r == -2 ? -1 : r >= 0;
}

ssize_t kr_str_find_char(KrObject *s, uint32_t ch, ssize_t start, ssize_t end)
{
    ssize_t len = SLEN(s);
    if (end > len)
        end = len;
    if (start < 0)
        start = 0;
    int k = SKIND(s);
    const void *d = SDATA(s);
    if (k == 1) {
        if (ch > 255 || start >= end)
            return -1;
        const uint8_t *p = memchr((const uint8_t *)d + start, (int)ch, (size_t)(end - start));
        return p ? p - (const uint8_t *)d : -1;
    }
    for (ssize_t i = start; i < end; i++)
        if (kr_str_read(k, d, i) == ch)
            return i;
    return -1;
}

/* ---- find / index / count / startswith -------------------------------------- */
static KrObject *find_common(KrObject *self, KrObject *const *args, ssize_t nargs,
                             const char *name, int dir, int raise)
{
    KrObject *sub;
    ssize_t start, end;
    if (parse_sub_args(name, args, nargs, &sub, &start, &end) < 0)
        return NULL;
    if (!need_str(sub, "must be str, not %T"))
        return NULL;
    ssize_t r = kr_str_find(self, sub, start, end, dir);
    if (r == -2)
        return NULL;
    if (r == -1 && raise) {
        kr_err_set_string(KrExc_ValueError, "substring not found");
        return NULL;
    }
    return kr_int_from_ssize(r);
}

static KrObject *str_find(KrObject *self, KrObject *const *args, ssize_t nargs)
{ return find_common(self, args, nargs, "find", 1, 0); }
static KrObject *str_rfind(KrObject *self, KrObject *const *args, ssize_t nargs)
{ return find_common(self, args, nargs, "rfind", -1, 0); }
static KrObject *str_index(KrObject *self, KrObject *const *args, ssize_t nargs)
{ return find_common(self, args, nargs, "index", 1, 1); }
static KrObject *str_rindex(KrObject *self, KrObject *const *args, ssize_t nargs)
{ return find_common(self, args, nargs, "rindex", -1, 1); }

static KrObject *str_count(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrObject *sub;
    ssize_t start, end;
    if (parse_sub_args("count", args, nargs, &sub, &start, &end) < 0)
        return NULL;
    if (!need_str(sub, "must be str, not %T"))
        return NULL;
    ssize_t r = kr_str_count(self, sub, start, end);
    return r < 0 ? NULL : kr_int_from_ssize(r);
}

static int tailmatch(KrObject *s, KrObject *sub, ssize_t start, ssize_t end, int dir)
{
    ssize_t len = SLEN(s), sl = SLEN(sub);
    kr_adjust_slice(len, &start, &end);
    end -= sl;
    if (end < start || start > len)
        return 0;
    if (sl == 0)
        return 1;
    ssize_t off = dir < 0 ? start : end;
    int k = SKIND(s), sk = SKIND(sub);
    if (sk > k)
        return 0;
    if (sk == k)
        return memcmp((const char *)SDATA(s) + off * k, SDATA(sub), (size_t)(sl * k)) == 0;
    for (ssize_t i = 0; i < sl; i++)
        if (KR_STR_READ(s, off + i) != KR_STR_READ(sub, i))
            return 0;
    return 1;
}

static KrObject *startsends(KrObject *self, KrObject *const *args, ssize_t nargs, const char *name, int dir)
{
    KrObject *sub;
    ssize_t start, end;
    if (parse_sub_args(name, args, nargs, &sub, &start, &end) < 0)
        return NULL;
    if (KR_TUPLE_CHECK(sub)) {
        for (ssize_t i = 0; i < KR_TUPLE_LEN(sub); i++) {
            KrObject *x = KR_TUPLE_GET(sub, i);
            if (!KR_STR_CHECK(x))
                return kr_err_format(KrExc_TypeError, "tuple for %s must only contain str, not %T", name, x);
            if (tailmatch(self, x, start, end, dir))
                KR_RETURN_TRUE;
        }
        KR_RETURN_FALSE;
    }
    if (!KR_STR_CHECK(sub))
        return kr_err_format(KrExc_TypeError, "%s first arg must be str or a tuple of str, not %T", name, sub);
    return kr_bool_from(tailmatch(self, sub, start, end, dir));
}

static KrObject *str_startswith(KrObject *self, KrObject *const *args, ssize_t nargs)
{ return startsends(self, args, nargs, "startswith", -1); }
static KrObject *str_endswith(KrObject *self, KrObject *const *args, ssize_t nargs)
{ return startsends(self, args, nargs, "endswith", 1); }

/* ---- join ----------------------------------------------------------------- */
/* one exact allocation: the width and ascii flag of the result follow from
 * the parts (the separator counts only when it is used) */
KrObject *kr_str_join_array(KrObject *sep, KrObject *const *items, ssize_t n)
{
    if (n == 1 && KR_STR_CHECK_EXACT(items[0]))
        return KR_NEWREF(items[0]);
    ssize_t seplen = (sep && n > 1) ? SLEN(sep) : 0, total = 0;
    int kind = 1, ascii = 1;
    if (seplen) {
        kind = SKIND(sep);
        ascii = SASCII(sep);
    }
    for (ssize_t i = 0; i < n; i++) {
        KrObject *it = items[i];
        if (!KR_STR_CHECK(it)) {
            kr_err_format(KrExc_TypeError, "sequence item %zd: expected str instance, %T found", i, it);
            return NULL;
        }
        ssize_t l = SLEN(it);
        if (l) {
            if (SKIND(it) > kind)
                kind = SKIND(it);
            ascii &= SASCII(it);
        }
        if (total > ((ssize_t)1 << 60) - l - seplen) {
            kr_err_set_string(KrExc_OverflowError, "join() result is too long for a Python string");
            return NULL;
        }
        total += l + (i ? seplen : 0);
    }
    if (total == 0)
        return kr_str_empty();
    uint32_t maxchar = ascii ? 127 : kind == 1 ? 255 : kind == 2 ? 0xFFFF : 0x10FFFF;
    if (total == 1) {
        for (ssize_t i = 0; i < n; i++)
            if (SLEN(items[i]))
                return kr_str_from_codepoint(KR_STR_READ(items[i], 0));
        return kr_str_from_codepoint(KR_STR_READ(sep, 0));
    }
    KrObject *r = kr_str_new(total, maxchar);
    if (!r)
        return NULL;
    char *d = KR_STR_DATA(r);
    ssize_t pos = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (i && seplen) {
            kr_str_copy_chars(d, kind, pos, sep);
            pos += seplen;
        }
        kr_str_copy_chars(d, kind, pos, items[i]);
        pos += SLEN(items[i]);
    }
    return r;
}

KrObject *kr_str_join(KrObject *sep, KrObject *iterable)
{
    KrObject *seq;
    if (KR_LIST_CHECK_EXACT(iterable) || KR_TUPLE_CHECK_EXACT(iterable)) {
        seq = KR_NEWREF(iterable);
    } else {
        if (!kr_iter_check(iterable) && !KR_TYPE(iterable)->tp_iter &&
            !(KR_TYPE(iterable)->tp_as_sequence && KR_TYPE(iterable)->tp_as_sequence->sq_item)) {
            kr_err_set_string(KrExc_TypeError, "can only join an iterable");
            return NULL;
        }
        seq = kr_sequence_list(iterable);
        if (!seq)
            return NULL;
    }
    KrObject *const *items = KR_LIST_CHECK_EXACT(seq) ? KR_LIST_ITEMS(seq) : KR_TUPLE_ITEMS(seq);
    KrObject *r = kr_str_join_array(sep, items, KR_SIZE(seq));
    KR_DECREF(seq);
    return r;
}

static KrObject *str_join(KrObject *self, KrObject *arg) { return kr_str_join(self, arg); }

/* ---- split family ------------------------------------------------------------ */
static inline bool is_space(uint32_t c)
{
    if (c < 128)
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    return kr_unicode_isspace(c);
}

static int append_sub(KrObject *list, KrObject *s, ssize_t a, ssize_t b)
{
    KrObject *t = kr_str_substring(s, a, b);
    if (!t)
        return -1;
    return kr_list_append_steal(list, t);
}

static KrObject *split_whitespace(KrObject *s, ssize_t maxsplit, int right)
{
    ssize_t len = SLEN(s);
    KrObject *list = kr_list_new(0);
    if (!list)
        return NULL;
    if (maxsplit < 0)
        maxsplit = (ssize_t)1 << 62;
    if (!right) {
        ssize_t i = 0;
        while (maxsplit-- > 0) {
            while (i < len && is_space(KR_STR_READ(s, i)))
                i++;
            if (i == len)
                break;
            ssize_t j = i;
            while (i < len && !is_space(KR_STR_READ(s, i)))
                i++;
            if (j == 0 && i == len && KR_STR_CHECK_EXACT(s)) {
                if (kr_list_append(list, s) < 0)
                    goto error;
                return list;
            }
            if (append_sub(list, s, j, i) < 0)
                goto error;
        }
        if (i < len) {
            while (i < len && is_space(KR_STR_READ(s, i)))
                i++;
            if (i != len && append_sub(list, s, i, len) < 0)
                goto error;
        }
    } else {
        ssize_t i = len - 1;
        while (maxsplit-- > 0) {
            while (i >= 0 && is_space(KR_STR_READ(s, i)))
                i--;
            if (i < 0)
                break;
            ssize_t j = i;
            while (i >= 0 && !is_space(KR_STR_READ(s, i)))
                i--;
            if (append_sub(list, s, i + 1, j + 1) < 0)
                goto error;
        }
        if (i >= 0) {
            while (i >= 0 && is_space(KR_STR_READ(s, i)))
                i--;
            if (i >= 0 && append_sub(list, s, 0, i + 1) < 0)
                goto error;
        }
        if (kr_list_reverse(list) < 0)
            goto error;
    }
    return list;
error:
    KR_DECREF(list);
    return NULL;
}

static KrObject *split_sep(KrObject *s, KrObject *sep, ssize_t maxsplit, int right)
{
    ssize_t len = SLEN(s), sl = SLEN(sep);
    if (sl == 0) {
        kr_err_set_string(KrExc_ValueError, "empty separator");
        return NULL;
    }
    KrObject *list = kr_list_new(0);
    if (!list)
        return NULL;
    if (maxsplit < 0)
        maxsplit = (ssize_t)1 << 62;
    if (!right) {
        ssize_t i = 0;
        while (maxsplit-- > 0) {
            ssize_t j = find_in(s, sep, i, len, 1);
            if (j == -2)
                goto error;
            if (j < 0)
                break;
            if (append_sub(list, s, i, j) < 0)
                goto error;
            i = j + sl;
        }
        if (i == 0 && KR_STR_CHECK_EXACT(s)) {
            if (kr_list_append(list, s) < 0)
                goto error;
        } else if (append_sub(list, s, i, len) < 0)
            goto error;
    } else {
        ssize_t e = len;
        while (maxsplit-- > 0) {
            ssize_t j = find_in(s, sep, 0, e, -1);
            if (j == -2)
                goto error;
            if (j < 0)
                break;
            if (append_sub(list, s, j + sl, e) < 0)
                goto error;
            e = j;
        }
        if (append_sub(list, s, 0, e) < 0)
            goto error;
        if (kr_list_reverse(list) < 0)
            goto error;
    }
    return list;
error:
    KR_DECREF(list);
    return NULL;
}

KrObject *kr_str_split(KrObject *s, KrObject *sep, ssize_t maxsplit)
{
    if (!sep || sep == Kr_None)
        return split_whitespace(s, maxsplit, 0);
    return split_sep(s, sep, maxsplit, 0);
}

static KrObject *split_method(KrObject *self, KrObject *const *args, ssize_t nargs,
                              KrObject *kwnames, const char *name, int right)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_arg_parse(name, args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    ssize_t maxsplit = -1;
    if (a[1] && get_ssize(a[1], &maxsplit) < 0)
        return NULL;
    if (!a[0] || a[0] == Kr_None)
        return split_whitespace(self, maxsplit, right);
    if (!KR_STR_CHECK(a[0]))
        return kr_err_format(KrExc_TypeError, "must be str or None, not %T", a[0]);
    return split_sep(self, a[0], maxsplit, right);
}

static KrObject *str_split(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{ return split_method(self, args, nargs, kw, "split", 0); }
static KrObject *str_rsplit(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{ return split_method(self, args, nargs, kw, "rsplit", 1); }

static inline bool is_linebreak(uint32_t c)
{
    if (c < 128)
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e);
    return c == 0x85 || c == 0x2028 || c == 0x2029;
}

static KrObject *str_splitlines(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"keepends", NULL};
    KrObject *a[1] = {NULL};
    if (kr_arg_parse("splitlines", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    int keep = 0;
    if (a[0]) {
        if (KR_FLOAT_CHECK(a[0])) {
            kr_err_set_string(KrExc_TypeError, "'float' object cannot be interpreted as an integer");
            return NULL;
        }
        keep = kr_object_is_true(a[0]);
        if (keep < 0)
            return NULL;
    }
    KrObject *list = kr_list_new(0);
    if (!list)
        return NULL;
    ssize_t len = SLEN(self), i = 0;
    while (i < len) {
        ssize_t j = i;
        while (i < len && !is_linebreak(KR_STR_READ(self, i)))
            i++;
        ssize_t eol = i;
        if (i < len) {
            if (KR_STR_READ(self, i) == '\r' && i + 1 < len && KR_STR_READ(self, i + 1) == '\n')
                i += 2;
            else
                i++;
            if (keep)
                eol = i;
        }
        if (j == 0 && eol == len && KR_STR_CHECK_EXACT(self)) {
            if (kr_list_append(list, self) < 0)
                goto error;
            break;
        }
        if (append_sub(list, self, j, eol) < 0)
            goto error;
    }
    return list;
error:
    KR_DECREF(list);
    return NULL;
}

static KrObject *partition_impl(KrObject *self, KrObject *sep, int right)
{
    if (!KR_STR_CHECK(sep))
        return kr_err_format(KrExc_TypeError, "must be str, not %T", sep);
    if (SLEN(sep) == 0) {
        kr_err_set_string(KrExc_ValueError, "empty separator");
        return NULL;
    }
    ssize_t len = SLEN(self);
    ssize_t i = find_in(self, sep, 0, len, right ? -1 : 1);
    if (i == -2)
        return NULL;
    KrObject *e = kr_str_empty();
    if (i < 0) {
        KrObject *whole = kr_str_copy_exact(self);
        if (!whole)
            return NULL;
        KrObject *r = right ? kr_tuple_pack(3, e, e, whole) : kr_tuple_pack(3, whole, e, e);
        KR_DECREF(whole);
        return r;
    }
    KrObject *a = kr_str_substring(self, 0, i);
    KrObject *b = kr_str_copy_exact(sep);
    KrObject *c = kr_str_substring(self, i + SLEN(sep), len);
    KrObject *r = NULL;
    if (a && b && c)
        r = kr_tuple_pack(3, a, b, c);
    KR_XDECREF(a);
    KR_XDECREF(b);
    KR_XDECREF(c);
    return r;
}

static KrObject *str_partition(KrObject *self, KrObject *sep) { return partition_impl(self, sep, 0); }
static KrObject *str_rpartition(KrObject *self, KrObject *sep) { return partition_impl(self, sep, 1); }

/* ---- strip ------------------------------------------------------------------- */
KrObject *kr_str_strip(KrObject *s, KrObject *chars, int how)
{
    ssize_t len = SLEN(s), i = 0, j = len;
    if (!chars || chars == Kr_None) {
        if (how != 1)
            while (i < j && is_space(KR_STR_READ(s, i)))
                i++;
        if (how != 0)
            while (j > i && is_space(KR_STR_READ(s, j - 1)))
                j--;
    } else {
        ssize_t cl = SLEN(chars);
        if (how != 1)
            while (i < j && kr_str_find_char(chars, KR_STR_READ(s, i), 0, cl) >= 0)
                i++;
        if (how != 0)
            while (j > i && kr_str_find_char(chars, KR_STR_READ(s, j - 1), 0, cl) >= 0)
                j--;
    }
    return kr_str_substring(s, i, j);
}

static KrObject *strip_method(KrObject *self, KrObject *const *args, ssize_t nargs, const char *name, int how)
{
    if (kr_arg_count(name, nargs, 0, 1) < 0)
        return NULL;
    KrObject *chars = nargs ? args[0] : NULL;
    if (chars && chars != Kr_None && !KR_STR_CHECK(chars))
        return kr_err_format(KrExc_TypeError, "%s arg must be None or str", name);
    return kr_str_strip(self, chars, how);
}

static KrObject *str_strip(KrObject *self, KrObject *const *args, ssize_t nargs)
{ return strip_method(self, args, nargs, "strip", 2); }
static KrObject *str_lstrip(KrObject *self, KrObject *const *args, ssize_t nargs)
{ return strip_method(self, args, nargs, "lstrip", 0); }
static KrObject *str_rstrip(KrObject *self, KrObject *const *args, ssize_t nargs)
{ return strip_method(self, args, nargs, "rstrip", 1); }

/* ---- case mapping ------------------------------------------------------------------ */
/* Greek capital sigma lowers to final sigma at the end of a word (Unicode's
 * Final_Sigma condition), as CPython does */
static uint32_t lower_sigma(KrObject *s, ssize_t i)
{
    ssize_t len = SLEN(s), j = i - 1;
    while (j >= 0 && kr_unicode_iscaseignorable(KR_STR_READ(s, j)))
        j--;
    int final = j >= 0 && kr_unicode_iscased(KR_STR_READ(s, j));
    if (final) {
        j = i + 1;
        while (j < len && kr_unicode_iscaseignorable(KR_STR_READ(s, j)))
            j++;
        final = j == len || !kr_unicode_iscased(KR_STR_READ(s, j));
    }
    return final ? 0x3C2 : 0x3C3;
}

static int write_lower(KrStrWriter *w, KrObject *s, ssize_t i, uint32_t c)
{
    if (c == 0x3A3)
        return kr_strwriter_write_char(w, lower_sigma(s, i));
    uint32_t o[3];
    int n = kr_unicode_tolower_full(c, o);
    for (int k = 0; k < n; k++)
        if (kr_strwriter_put(w, o[k]) < 0)
            return -1;
    return 0;
}

static int write_mapped(KrStrWriter *w, int (*f)(uint32_t, uint32_t *), uint32_t c)
{
    uint32_t o[3];
    int n = f(c, o);
    for (int k = 0; k < n; k++)
        if (kr_strwriter_put(w, o[k]) < 0)
            return -1;
    return 0;
}

static KrObject *ascii_case(KrObject *s, int upper)
{
    ssize_t n = SLEN(s);
    KrObject *r = kr_str_new(n, 127);
    if (!r || n == 0)
        return r;
    const uint8_t *d = KR_STR_ASCII_DATA(s);
    uint8_t *o = KR_STR_ASCII_DATA(r);
    if (upper)
        for (ssize_t i = 0; i < n; i++)
            o[i] = (uint8_t)(d[i] >= 'a' && d[i] <= 'z' ? d[i] - 32 : d[i]);
    else
        for (ssize_t i = 0; i < n; i++)
            o[i] = (uint8_t)(d[i] >= 'A' && d[i] <= 'Z' ? d[i] + 32 : d[i]);
    if (n == 1) {
        KrObject *c = kr_str_from_codepoint(o[0]);
        KR_DECREF(r);
        return c;
    }
    return r;
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE };

static KrObject *case_map(KrObject *s, int mode)
{
    if (SASCII(s) && (mode == CASE_LOWER || mode == CASE_FOLD))
        return ascii_case(s, 0);
    if (SASCII(s) && mode == CASE_UPPER)
        return ascii_case(s, 1);
    ssize_t len = SLEN(s);
    KrStrWriter w;
    kr_strwriter_init(&w);
    /* most characters map to one of the same width */
    if (kr_strwriter_reserve(&w, len, SASCII(s) ? 127 : KR_STR_KIND(s) == 1 ? 255 : 0xFFFF) < 0)
        return NULL;
    int prev_cased = 0;
    int kind = SKIND(s);
    const void *data = SDATA(s);
    for (ssize_t i = 0; i < len; i++) {
        uint32_t c = kr_str_read(kind, data, i);
        int r = 0;
        if (c < 128) {
            int up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            int to_upper;
            switch (mode) {
            case CASE_UPPER: to_upper = 1; break;
            case CASE_SWAP: to_upper = lo; break;
            case CASE_CAPITALIZE: to_upper = i == 0; break;
            case CASE_TITLE: to_upper = !prev_cased; prev_cased = up || lo; break;
            default: to_upper = 0; break;
            }
            if (to_upper && lo)
                c -= 32;
            else if (!to_upper && up)
                c += 32;
            if (kr_strwriter_put(&w, c) < 0) {
                kr_strwriter_discard(&w);
                return NULL;
            }
            continue;
        }
        switch (mode) {
        case CASE_LOWER:
            r = write_lower(&w, s, i, c);
            break;
        case CASE_UPPER:
            r = write_mapped(&w, kr_unicode_toupper_full, c);
            break;
        case CASE_FOLD:
            r = write_mapped(&w, kr_unicode_tofold_full, c);
            break;
        case CASE_SWAP:
            if (kr_unicode_isupper(c))
                r = write_lower(&w, s, i, c);
            else if (kr_unicode_islower(c))
                r = write_mapped(&w, kr_unicode_toupper_full, c);
            else
                r = kr_strwriter_write_char(&w, c);
            break;
        case CASE_CAPITALIZE:
            if (i == 0)
                r = write_mapped(&w, kr_unicode_totitle_full, c);
            else
                r = write_lower(&w, s, i, c);
            break;
        case CASE_TITLE:
            if (prev_cased)
                r = write_lower(&w, s, i, c);
            else
                r = write_mapped(&w, kr_unicode_totitle_full, c);
            prev_cased = kr_unicode_iscased(c);
            break;
        }
        if (r < 0) {
            kr_strwriter_discard(&w);
            return NULL;
        }
    }
    return kr_strwriter_finish(&w);
}

KrObject *kr_str_lower(KrObject *s) { return case_map(s, CASE_LOWER); }
KrObject *kr_str_upper(KrObject *s) { return case_map(s, CASE_UPPER); }

static KrObject *str_lower(KrObject *self, KrObject *u) { return case_map(self, CASE_LOWER); }
static KrObject *str_upper(KrObject *self, KrObject *u) { return case_map(self, CASE_UPPER); }
static KrObject *str_casefold(KrObject *self, KrObject *u) { return case_map(self, CASE_FOLD); }
static KrObject *str_swapcase(KrObject *self, KrObject *u) { return case_map(self, CASE_SWAP); }
static KrObject *str_capitalize(KrObject *self, KrObject *u) { return case_map(self, CASE_CAPITALIZE); }
static KrObject *str_title(KrObject *self, KrObject *u) { return case_map(self, CASE_TITLE); }

/* ---- predicates -------------------------------------------------------------- */
/* ASCII classes for the predicates' fast path */
enum { A_ALPHA = 1, A_DIGIT = 2, A_SPACE = 4, A_PRINT = 8, A_LOWER = 16, A_UPPER = 32 };
static const uint8_t ascii_class[128] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 4, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 4,
    12, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
    10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 8, 8, 8, 8, 8, 8,
    8, 41, 41, 41, 41, 41, 41, 41, 41, 41, 41, 41, 41, 41, 41, 41,
    41, 41, 41, 41, 41, 41, 41, 41, 41, 41, 41, 8, 8, 8, 8, 8,
    8, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25,
    25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 8, 8, 8, 8, 0
};
static inline const uint8_t *ascii_classes(void) { return ascii_class; }

/* all characters satisfy test; amask: the ASCII classes that satisfy it
 * (0: no ASCII shortcut) */
#define ALL_PRED(fn, test, empty, amask)                                     \
    static KrObject *fn(KrObject *self, KrObject *u)                         \
    {                                                                        \
        ssize_t n = SLEN(self);                                              \
        if (n == 0)                                                          \
            return kr_bool_from(empty);                                      \
        if ((amask) && SASCII(self)) {                                       \
            const uint8_t *cls = ascii_classes(), *d = SDATA(self);          \
            for (ssize_t i = 0; i < n; i++)                                  \
                if (!(cls[d[i]] & (amask)))                                  \
                    KR_RETURN_FALSE;                                         \
            KR_RETURN_TRUE;                                                  \
        }                                                                    \
        for (ssize_t i = 0; i < n; i++) {                                    \
            uint32_t c = KR_STR_READ(self, i);                               \
            if (!(test))                                                     \
                KR_RETURN_FALSE;                                             \
        }                                                                    \
        KR_RETURN_TRUE;                                                      \
    }

ALL_PRED(str_isalpha, kr_unicode_isalpha(c), 0, A_ALPHA)
ALL_PRED(str_isalnum, kr_unicode_isalnum(c), 0, A_ALPHA | A_DIGIT)
ALL_PRED(str_isdecimal, kr_unicode_isdecimal(c), 0, A_DIGIT)
ALL_PRED(str_isdigit, kr_unicode_isdigit(c), 0, A_DIGIT)
ALL_PRED(str_isnumeric, kr_unicode_isnumeric(c), 0, A_DIGIT)
ALL_PRED(str_isspace, is_space(c), 0, A_SPACE)
ALL_PRED(str_isprintable, kr_unicode_isprintable(c), 1, A_PRINT)

static KrObject *str_isascii(KrObject *self, KrObject *u) { return kr_bool_from(SASCII(self)); }

static KrObject *str_islower(KrObject *self, KrObject *u)
{
    int cased = 0;
    for (ssize_t i = 0; i < SLEN(self); i++) {
        uint32_t c = KR_STR_READ(self, i);
        if (kr_unicode_isupper(c) || kr_unicode_istitle(c))
            KR_RETURN_FALSE;
        if (!cased && kr_unicode_islower(c))
            cased = 1;
    }
    return kr_bool_from(cased);
}

static KrObject *str_isupper(KrObject *self, KrObject *u)
{
    int cased = 0;
    for (ssize_t i = 0; i < SLEN(self); i++) {
        uint32_t c = KR_STR_READ(self, i);
        if (kr_unicode_islower(c) || kr_unicode_istitle(c))
            KR_RETURN_FALSE;
        if (!cased && kr_unicode_isupper(c))
            cased = 1;
    }
    return kr_bool_from(cased);
}

static KrObject *str_istitle(KrObject *self, KrObject *u)
{
    int cased = 0, prev = 0;
    for (ssize_t i = 0; i < SLEN(self); i++) {
        uint32_t c = KR_STR_READ(self, i);
        if (kr_unicode_isupper(c) || kr_unicode_istitle(c)) {
            if (prev)
                KR_RETURN_FALSE;
            prev = cased = 1;
        } else if (kr_unicode_islower(c)) {
            if (!prev)
                KR_RETURN_FALSE;
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return kr_bool_from(cased);
}

int kr_str_isidentifier(KrObject *s)
{
    ssize_t n = SLEN(s);
    if (n == 0)
        return 0;
    uint32_t c = KR_STR_READ(s, 0);
    if (c != '_' && !kr_unicode_isxidstart(c))
        return 0;
    for (ssize_t i = 1; i < n; i++)
        if (!kr_unicode_isxidcontinue(KR_STR_READ(s, i)))
            return 0;
    return 1;
}

static KrObject *str_isidentifier(KrObject *self, KrObject *u) { return kr_bool_from(kr_str_isidentifier(self)); }

/* ---- padding ------------------------------------------------------------------ */
static int parse_pad_args(const char *name, KrObject *const *args, ssize_t nargs, ssize_t *width, uint32_t *fill)
{
    if (kr_arg_count(name, nargs, 1, 2) < 0)
        return -1;
    if (get_ssize(args[0], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs > 1) {
        KrObject *f = args[1];
        if (!KR_STR_CHECK(f)) {
            kr_err_format(KrExc_TypeError, "The fill character must be a unicode character, not %T", f);
            return -1;
        }
        if (SLEN(f) != 1) {
            kr_err_set_string(KrExc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = KR_STR_READ(f, 0);
    }
    return 0;
}

static KrObject *pad(KrObject *s, ssize_t left, ssize_t right, uint32_t fill)
{
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return kr_str_copy_exact(s);
    KrStrWriter w;
    kr_strwriter_init(&w);
    if (kr_strwriter_write_fill(&w, fill, left) < 0 || kr_strwriter_write_str(&w, s) < 0 ||
        kr_strwriter_write_fill(&w, fill, right) < 0) {
        kr_strwriter_discard(&w);
        return NULL;
    }
    return kr_strwriter_finish(&w);
}

static KrObject *str_ljust(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t width;
    uint32_t fill;
    if (parse_pad_args("ljust", args, nargs, &width, &fill) < 0)
        return NULL;
    /* compared first: width - len overflows for widths near -2**63 */
    if (width <= SLEN(self))
        return kr_str_copy_exact(self);
    return pad(self, 0, width - SLEN(self), fill);
}

static KrObject *str_rjust(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t width;
    uint32_t fill;
    if (parse_pad_args("rjust", args, nargs, &width, &fill) < 0)
        return NULL;
    if (width <= SLEN(self))
        return kr_str_copy_exact(self);
    return pad(self, width - SLEN(self), 0, fill);
}

static KrObject *str_center(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t width;
    uint32_t fill;
    if (parse_pad_args("center", args, nargs, &width, &fill) < 0)
        return NULL;
    if (width <= SLEN(self))
        return kr_str_copy_exact(self);
    ssize_t marg = width - SLEN(self);
    /* CPython's rounding: the extra column goes left when width is odd */
    ssize_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static KrObject *str_zfill(KrObject *self, KrObject *arg)
{
    ssize_t width;
    if (get_ssize(arg, &width) < 0)
        return NULL;
    ssize_t len = SLEN(self);
    if (width <= len)
        return kr_str_copy_exact(self);
    ssize_t fillc = width - len;
    KrStrWriter w;
    kr_strwriter_init(&w);
    ssize_t start = 0;
    if (len > 0) {
        uint32_t c = KR_STR_READ(self, 0);
        if (c == '+' || c == '-') {
            if (kr_strwriter_write_char(&w, c) < 0)
                goto error;
            start = 1;
        }
    }
    if (kr_strwriter_write_fill(&w, '0', fillc) < 0 ||
        kr_strwriter_write_substr(&w, self, start, len) < 0)
        goto error;
    return kr_strwriter_finish(&w);
error:
    kr_strwriter_discard(&w);
    return NULL;
}

static KrObject *str_expandtabs(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"tabsize", NULL};
    KrObject *a[1] = {NULL};
    if (kr_arg_parse("expandtabs", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    int tabsize = 8;
    if (a[0] && kr_arg_int(a[0], &tabsize) < 0)
        return NULL;
    /* measure first, as CPython does, so the result is one exact
     * allocation and an absurd size is an error before anything is built */
    ssize_t len = SLEN(self), out = 0, col = 0;
    int kind = SKIND(self), found = 0;
    const void *d = SDATA(self);
    for (ssize_t i = 0; i < len; i++) {
        uint32_t c = kr_str_read(kind, d, i);
        if (c == '\t') {
            found = 1;
            if (tabsize > 0) {
                ssize_t incr = tabsize - col % tabsize;
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
    if (!found)
        return kr_str_copy_exact(self);
    KrObject *r = kr_str_new(out, kr_str_max_char(self));
    if (!r)
        return NULL;
    void *o = KR_STR_DATA(r);
    ssize_t k = 0;
    col = 0;
#define EXPAND(T)                                                              \
    for (ssize_t i = 0; i < len; i++) {                                        \
        uint32_t c = kr_str_read(kind, d, i);                                  \
        if (c == '\t') {                                                       \
            if (tabsize > 0) {                                                 \
                ssize_t incr = tabsize - col % tabsize;                        \
                col += incr;                                                   \
                while (incr-- > 0)                                             \
                    ((T *)o)[k++] = ' ';                                       \
            }                                                                  \
        } else {                                                               \
            col++;                                                             \
            if (c == '\n' || c == '\r')                                        \
                col = 0;                                                       \
            ((T *)o)[k++] = (T)c;                                              \
        }                                                                      \
    }
    if (out == 0)
        return r;
    if (KR_STR_KIND(r) == 1)
        EXPAND(uint8_t)
    else if (KR_STR_KIND(r) == 2)
        EXPAND(uint16_t)
    else
        EXPAND(uint32_t)
#undef EXPAND
    return r;
overflow:
    kr_err_set_string(KrExc_OverflowError, "new string is too long");
    return NULL;
}

/* ---- replace / prefix ----------------------------------------------------------- */
/* old is non-empty ASCII, so every non-ASCII character of s survives and the
 * result's width and ascii flag are known up front: count, allocate once,
 * copy.  Returns Kr_None (borrowed) to ask for the general path. */
static KrObject *replace_exact(KrObject *s, KrObject *old, KrObject *new_, ssize_t count)
{
    ssize_t len = SLEN(s), ol = SLEN(old), nl = SLEN(new_);
    int sk = SKIND(s);
    if (ol > len)
        return kr_str_copy_exact(s);
    const char *h = SDATA(s);
    /* the needle at the haystack's width */
    Needle nd;
    int pr = needle_prepare(&nd, s, old);
    if (pr <= 0)
        return pr < 0 ? NULL : kr_str_copy_exact(s);
    ssize_t n = 0, pos = 0;
    while (n < count) {
        ssize_t j = same_kind_find(sk, h + pos * sk, len - pos, nd.p, ol, 1);
        if (j < 0)
            break;
        n++;
        pos += j + ol;
    }
    if (n == 0) {
        needle_done(&nd);
        return kr_str_copy_exact(s);
    }
    int kind = KR_MAX(sk, nl ? SKIND(new_) : 1);
    int ascii = SASCII(s) && (nl == 0 || SASCII(new_));
    ssize_t total = len + n * (nl - ol);
    if (total == 0) {
        needle_done(&nd);
        return kr_str_empty();
    }
    if (total == 1) {
        /* let the general path find the cached character */
        needle_done(&nd);
        return Kr_None;
    }
    uint32_t maxchar = ascii ? 127 : kind == 1 ? 255 : kind == 2 ? 0xFFFF : 0x10FFFF;
    KrObject *r = kr_str_new(total, maxchar);
    if (!r) {
        needle_done(&nd);
        return NULL;
    }
    char *d = KR_STR_DATA(r);
    ssize_t out = 0;
    pos = 0;
    if (kind == sk && ol == 1 && nl == 1 && sk == 1) {
        /* the common one-byte for one-byte case */
        memcpy(d, h, (size_t)len);
        char from = nd.p[0], to = (char)KR_STR_READ(new_, 0);
        ssize_t left = n;
        char *q = d;
        while (left-- > 0) {
            q = memchr(q, (unsigned char)from, (size_t)(d + len - q));
            *q++ = to;
        }
        needle_done(&nd);
        return r;
    }
    for (ssize_t k = 0; k < n; k++) {
        ssize_t j = same_kind_find(sk, h + pos * sk, len - pos, nd.p, ol, 1) + pos;
        if (kind == sk)
            memcpy(d + out * kind, h + pos * sk, (size_t)((j - pos) * sk));
        else
            for (ssize_t i = pos; i < j; i++) {
                uint32_t c = kr_str_read(sk, h, i);
                if (kind == 2)
                    ((uint16_t *)d)[out + i - pos] = (uint16_t)c;
                else
                    ((uint32_t *)d)[out + i - pos] = c;
            }
        out += j - pos;
        if (nl) {
            kr_str_copy_chars(d, kind, out, new_);
            out += nl;
        }
        pos = j + ol;
    }
    if (kind == sk)
        memcpy(d + out * kind, h + pos * sk, (size_t)((len - pos) * sk));
    else
        for (ssize_t i = pos; i < len; i++) {
            uint32_t c = kr_str_read(sk, h, i);
            if (kind == 2)
                ((uint16_t *)d)[out + i - pos] = (uint16_t)c;
            else
                ((uint32_t *)d)[out + i - pos] = c;
        }
    needle_done(&nd);
    return r;
}

KrObject *kr_str_replace(KrObject *s, KrObject *old, KrObject *new_, ssize_t count)
{
    ssize_t len = SLEN(s), ol = SLEN(old);
    if (count < 0)
        count = (ssize_t)1 << 62;
    if (count == 0)
        return kr_str_copy_exact(s);
    if (ol > 0 && SASCII(old)) {
        KrObject *r = replace_exact(s, old, new_, count);
        if (r != Kr_None)
            return r;
    }
    KrStrWriter w;
    kr_strwriter_init(&w);
    if (ol == 0) {
        ssize_t i = 0;
        for (; i <= len && count > 0; i++, count--) {
            if (kr_strwriter_write_str(&w, new_) < 0)
                goto error;
            if (i < len && kr_strwriter_write_char(&w, KR_STR_READ(s, i)) < 0)
                goto error;
        }
        if (i < len && kr_strwriter_write_substr(&w, s, i, len) < 0)
            goto error;
        return kr_strwriter_finish(&w);
    }
    ssize_t pos = 0;
    int found = 0;
    while (count > 0) {
        ssize_t j = find_in(s, old, pos, len, 1);
        if (j == -2)
            goto error;
        if (j < 0)
            break;
        found = 1;
        if (kr_strwriter_write_substr(&w, s, pos, j) < 0 || kr_strwriter_write_str(&w, new_) < 0)
            goto error;
        pos = j + ol;
        count--;
    }
    if (!found) {
        kr_strwriter_discard(&w);
        return kr_str_copy_exact(s);
    }
    if (kr_strwriter_write_substr(&w, s, pos, len) < 0)
        goto error;
    return kr_strwriter_finish(&w);
error:
    kr_strwriter_discard(&w);
    return NULL;
}

static KrObject *str_replace(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *a[3] = {NULL, NULL, NULL};
    if (kwnames && KR_TUPLE_LEN(kwnames)) {
        kr_err_set_string(KrExc_TypeError, "str.replace() takes no keyword arguments");
        return NULL;
    }
    if (kr_arg_count("replace", nargs, 2, 3) < 0)
        return NULL;
    for (ssize_t i = 0; i < nargs; i++)
        a[i] = args[i];
    if (!KR_STR_CHECK(a[0]))
        return kr_err_format(KrExc_TypeError, "replace() argument 1 must be str, not %s", kr_argtype_name(a[0]));
    if (!KR_STR_CHECK(a[1]))
        return kr_err_format(KrExc_TypeError, "replace() argument 2 must be str, not %s", kr_argtype_name(a[1]));
    ssize_t count = -1;
    if (a[2] && get_ssize(a[2], &count) < 0)
        return NULL;
    return kr_str_replace(self, a[0], a[1], count);
}

static KrObject *str_removeprefix(KrObject *self, KrObject *p)
{
    if (!KR_STR_CHECK(p))
        return kr_err_format(KrExc_TypeError, "removeprefix() argument must be str, not %s", kr_argtype_name(p));
    if (tailmatch(self, p, 0, SLEN(self), -1))
        return kr_str_substring(self, SLEN(p), SLEN(self));
    return kr_str_copy_exact(self);
}

static KrObject *str_removesuffix(KrObject *self, KrObject *p)
{
    if (!KR_STR_CHECK(p))
        return kr_err_format(KrExc_TypeError, "removesuffix() argument must be str, not %s", kr_argtype_name(p));
    if (SLEN(p) && tailmatch(self, p, 0, SLEN(self), 1))
        return kr_str_substring(self, 0, SLEN(self) - SLEN(p));
    return kr_str_copy_exact(self);
}

/* ---- translate / maketrans ---------------------------------------------------------- */
static KrObject *str_translate(KrObject *self, KrObject *table)
{
    KrStrWriter w;
    kr_strwriter_init(&w);
    ssize_t len = SLEN(self);
    /* a small cache of the mapping for latin-1 characters: most tables are
     * consulted again and again for the same few characters */
    KrObject *cache[256];
    memset(cache, 0, sizeof cache);
    for (ssize_t i = 0; i < len; i++) {
        uint32_t c = KR_STR_READ(self, i);
        KrObject *v;
        if (c < 256 && cache[c]) {
            v = KR_NEWREF(cache[c]);
        } else {
            KrObject *key = kr_int_from_long((long)c);
            if (!key)
                goto error;
            if (KR_DICT_CHECK_EXACT(table)) {
                /* no KeyError to build and discard for unmapped characters */
                int fr = kr_dict_get_ref(table, key, &v);
                if (fr < 0) {
                    KR_DECREF(key);
                    goto error;
                }
                if (fr == 0)
                    v = kr_str_from_codepoint(c);
                KR_DECREF(key);
                if (!v)
                    goto error;
            } else {
                v = kr_object_getitem(table, key);
                KR_DECREF(key);
            }
            if (!v) {
                if (!kr_err_matches(KR_OBJ(&KrExc_LookupError_Type)))
                    goto error;
                kr_err_clear();
                v = kr_str_from_codepoint(c);
                if (!v)
                    goto error;
            }
            if (c < 256)
                cache[c] = KR_NEWREF(v);
        }
        int r = 0;
        if (v == Kr_None) {
            /* deleted */
        } else if (KR_INT_CHECK(v)) {
            long x = kr_int_as_long(v);
            if (x == -1 && kr_err_occurred())
                r = -1;
            else if (x < 0 || x > 0x10FFFF) {
                kr_err_set_string(KrExc_ValueError, "character mapping must be in range(0x110000)");
                r = -1;
            } else
                r = kr_strwriter_write_char(&w, (uint32_t)x);
        } else if (KR_STR_CHECK(v)) {
            r = kr_strwriter_write_str(&w, v);
        } else {
            kr_err_set_string(KrExc_TypeError, "character mapping must return integer, None or str");
            r = -1;
        }
        KR_DECREF(v);
        if (r < 0)
            goto error;
    }
    for (int i = 0; i < 256; i++)
        KR_XDECREF(cache[i]);
    return kr_strwriter_finish(&w);
error:
    for (int i = 0; i < 256; i++)
        KR_XDECREF(cache[i]);
    kr_strwriter_discard(&w);
    return NULL;
}

static KrObject *str_maketrans(KrObject *unused, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("maketrans", nargs, 1, 3) < 0)
        return NULL;
    KrObject *d = kr_dict_new();
    if (!d)
        return NULL;
    if (nargs == 1) {
        KrObject *m = args[0];
        if (!KR_DICT_CHECK(m)) {
            kr_err_set_string(KrExc_TypeError, "if you give only one argument to maketrans it must be a dict");
            goto error;
        }
        ssize_t pos = 0;
        KrObject *k, *v;
        while (kr_dict_next(m, &pos, &k, &v)) {
            if (KR_STR_CHECK(k)) {
                if (SLEN(k) != 1) {
                    kr_err_set_string(KrExc_ValueError, "string keys in translate table must be of length 1");
                    goto error;
                }
                KrObject *ik = kr_int_from_long((long)KR_STR_READ(k, 0));
                if (!ik)
                    goto error;
                int r = kr_dict_set(d, ik, v);
                KR_DECREF(ik);
                if (r < 0)
                    goto error;
            } else if (KR_INT_CHECK(k)) {
                if (kr_dict_set(d, k, v) < 0)
                    goto error;
            } else {
                kr_err_set_string(KrExc_TypeError, "keys in translate table must be strings or integers");
                goto error;
            }
        }
        return d;
    }
    KrObject *x = args[0], *y = args[1];
    if (!KR_STR_CHECK(x)) {
        kr_err_format(KrExc_TypeError, "first maketrans argument must be a string if there is a second argument");
        goto error;
    }
    if (!KR_STR_CHECK(y)) {
        kr_err_format(KrExc_TypeError, "maketrans() argument 2 must be str, not %s", kr_argtype_name(y));
        goto error;
    }
    if (SLEN(x) != SLEN(y)) {
        kr_err_set_string(KrExc_ValueError, "the first two maketrans arguments must have equal length");
        goto error;
    }
    for (ssize_t i = 0; i < SLEN(x); i++) {
        KrObject *ik = kr_int_from_long((long)KR_STR_READ(x, i));
        KrObject *iv = kr_int_from_long((long)KR_STR_READ(y, i));
        int r = (ik && iv) ? kr_dict_set(d, ik, iv) : -1;
        KR_XDECREF(ik);
        KR_XDECREF(iv);
        if (r < 0)
            goto error;
    }
    if (nargs == 3) {
        KrObject *z = args[2];
        if (!KR_STR_CHECK(z)) {
            kr_err_format(KrExc_TypeError, "maketrans() argument 3 must be str, not %s", kr_argtype_name(z));
            goto error;
        }
        for (ssize_t i = 0; i < SLEN(z); i++) {
            KrObject *ik = kr_int_from_long((long)KR_STR_READ(z, i));
            int r = ik ? kr_dict_set(d, ik, Kr_None) : -1;
            KR_XDECREF(ik);
            if (r < 0)
                goto error;
        }
    }
    return d;
error:
    KR_DECREF(d);
    return NULL;
}

/* ---- encode, format, misc -------------------------------------------------------- */
static KrObject *str_encode(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (nargs == 0 && !kwnames)
        return kr_str_encode(self, NULL, NULL);
    if (kr_arg_parse("encode", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    const char *enc = "utf-8", *errs = "strict";
    if (a[0]) {
        if (!KR_STR_CHECK(a[0]))
            return kr_err_format(KrExc_TypeError, "encode() argument 'encoding' must be str, not %s", kr_argtype_name(a[0]));
        if (!(enc = kr_str_utf8(a[0])))
            return NULL;
    }
    if (a[1]) {
        if (!KR_STR_CHECK(a[1]))
            return kr_err_format(KrExc_TypeError, "encode() argument 'errors' must be str, not %s", kr_argtype_name(a[1]));
        if (!(errs = kr_str_utf8(a[1])))
            return NULL;
    }
    return kr_str_encode(self, enc, errs);
}

static KrObject *str_format(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return kr_str_format_method(self, args, nargs, kwnames);
}

static KrObject *str___format__(KrObject *self, KrObject *spec)
{
    if (!KR_STR_CHECK(spec))
        return kr_err_format(KrExc_TypeError, "__format__() argument must be str, not %s", kr_argtype_name(spec));
    return kr_str_format_spec(self, spec);
}

static KrObject *str_sizeof(KrObject *self, KrObject *u)
{
    KrStrObject *s = (KrStrObject *)self;
    size_t n = KR_STR_HEADER_SIZE(s->ascii) + (size_t)(s->length + 1) * s->kind;
    if (!s->ascii && ((KrStrCompactObject *)s)->utf8)
        n += (size_t)((KrStrCompactObject *)s)->utf8_len + 1;
    return kr_int_from_size(n);
}

static KrObject *str_getnewargs(KrObject *self, KrObject *u)
{
    KrObject *c = kr_str_copy_exact(self);
    if (!c)
        return NULL;
    KrObject *t = kr_tuple_pack(1, c);
    KR_DECREF(c);
    return t;
}

KrObject *kr_str_transform_decimal_ascii(KrObject *s)
{
    if (SASCII(s))
        return KR_NEWREF(s);
    ssize_t n = SLEN(s);
    KrObject *r = kr_str_new(n, 127);
    if (!r || n == 0)
        return r;
    uint8_t *o = KR_STR_DATA(r);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = KR_STR_READ(s, i);
        if (c < 128)
            o[i] = (uint8_t)c;
        else if (kr_unicode_isspace(c))
            o[i] = ' ';
        else {
            int d = kr_unicode_todecimal(c);
            o[i] = d >= 0 ? (uint8_t)('0' + d) : '?';
        }
    }
    if (n == 1) {
        KrObject *c = kr_str_from_codepoint(o[0]);
        KR_DECREF(r);
        return c;
    }
    return r;
}

#define FAST(f) KR_CFUNC(f), KR_METH_FASTCALL
#define FASTKW(f) KR_CFUNC(f), KR_METH_FASTCALL | KR_METH_KEYWORDS
#define NOARGS(f) KR_CFUNC(f), KR_METH_NOARGS
#define ONE(f) KR_CFUNC(f), KR_METH_O

KrMethodDef kr_str_methods[] = {
    {"encode", FASTKW(str_encode), "Encode the string using the codec registered for encoding."},
    {"replace", FASTKW(str_replace), "Return a copy with all occurrences of substring old replaced by new."},
    {"split", FASTKW(str_split), "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", FASTKW(str_rsplit), "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", ONE(str_join), "Concatenate any number of strings."},
    {"capitalize", NOARGS(str_capitalize), "Return a capitalized version of the string."},
    {"casefold", NOARGS(str_casefold), "Return a version of the string suitable for caseless comparisons."},
    {"title", NOARGS(str_title), "Return a version of the string where each word is titlecased."},
    {"center", FAST(str_center), "Return a centered string of length width."},
    {"count", FAST(str_count), "Return the number of non-overlapping occurrences of substring sub."},
    {"expandtabs", FASTKW(str_expandtabs), "Return a copy where all tab characters are expanded using spaces."},
    {"find", FAST(str_find), "Return the lowest index in S where substring sub is found."},
    {"partition", ONE(str_partition), "Partition the string into three parts using the given separator."},
    {"index", FAST(str_index), "Return the lowest index in S where substring sub is found."},
    {"ljust", FAST(str_ljust), "Return a left-justified string of length width."},
    {"lower", NOARGS(str_lower), "Return a copy of the string converted to lowercase."},
    {"lstrip", FAST(str_lstrip), "Return a copy of the string with leading whitespace removed."},
    {"rfind", FAST(str_rfind), "Return the highest index in S where substring sub is found."},
    {"rindex", FAST(str_rindex), "Return the highest index in S where substring sub is found."},
    {"rjust", FAST(str_rjust), "Return a right-justified string of length width."},
    {"rstrip", FAST(str_rstrip), "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", ONE(str_rpartition), "Partition the string into three parts using the given separator."},
    {"splitlines", FASTKW(str_splitlines), "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", FAST(str_strip), "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", NOARGS(str_swapcase), "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", ONE(str_translate), "Replace each character in the string using the given translation table."},
    {"upper", NOARGS(str_upper), "Return a copy of the string converted to uppercase."},
    {"startswith", FAST(str_startswith), "Return True if S starts with the specified prefix, False otherwise."},
    {"endswith", FAST(str_endswith), "Return True if S ends with the specified suffix, False otherwise."},
    {"removeprefix", ONE(str_removeprefix), "Return a str with the given prefix string removed if present."},
    {"removesuffix", ONE(str_removesuffix), "Return a str with the given suffix string removed if present."},
    {"isascii", NOARGS(str_isascii), "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", NOARGS(str_islower), "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", NOARGS(str_isupper), "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", NOARGS(str_istitle), "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", NOARGS(str_isspace), "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", NOARGS(str_isdecimal), "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", NOARGS(str_isdigit), "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", NOARGS(str_isnumeric), "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", NOARGS(str_isalpha), "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", NOARGS(str_isalnum), "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", NOARGS(str_isidentifier), "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", NOARGS(str_isprintable), "Return True if the string is printable, False otherwise."},
    {"zfill", ONE(str_zfill), "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", FASTKW(str_format), "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", ONE(kr_str_format_map), "Return a formatted version of S, using substitutions from mapping."},
    {"__format__", ONE(str___format__), "Return a formatted version of the string as described by format_spec."},
    {"maketrans", KR_CFUNC(str_maketrans), KR_METH_FASTCALL | KR_METH_STATIC, "Return a translation table usable for str.translate()."},
    {"__sizeof__", NOARGS(str_sizeof), "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", NOARGS(str_getnewargs), NULL},
    {NULL, NULL, 0, NULL}
};
