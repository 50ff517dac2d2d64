/* builtins.c: the builtins module: the builtin functions, the iterator
 * types enumerate/zip/map/filter/reversed, __build_class__ (what a class
 * statement calls), and the table of names every module sees.
 *
 * Argument errors use CPython 3.12's exact wording, which differs from
 * function to function (Argument Clinic functions say "f() missing
 * required argument", older ones "f expected 2 arguments, got 1"), so each
 * builtin picks the checker its CPython counterpart uses.
 */
#include "kr.h"
#include <math.h>

#define FAST(f) KR_CFUNC(f), KR_METH_FASTCALL
#define FASTKW(f) KR_CFUNC(f), KR_METH_FASTCALL | KR_METH_KEYWORDS
#define ONE(f) KR_CFUNC(f), KR_METH_O
#define NOARGS(f) KR_CFUNC(f), KR_METH_NOARGS

/* how argument-type errors name a value: CPython says "None", not "NoneType" */
static const char *arg_type_name(KrObject *o)
{
    return o == Kr_None ? "None" : KR_TYPE(o)->tp_name;
}

static ssize_t nkwargs(KrObject *kwnames) { return kwnames ? KR_TUPLE_LEN(kwnames) : 0; }

/* sys.stdout and friends without building a key string */
static KrObject *sys_stream(KrObject *id)
{
    KrInterp *in = kr_interp();
    return in->sysdict ? kr_dict_get_str(in->sysdict, id) : NULL;
}

static int check_attr_name(KrObject *name)
{
    if (!KR_STR_CHECK(name)) {
        kr_err_format(KrExc_TypeError, "attribute name must be string, not '%s'", KR_TYPE(name)->tp_name);
        return -1;
    }
    return 0;
}

/* ---- small builtins ------------------------------------------------------- */

static KrObject *bi_abs(KrObject *m, KrObject *x) { return kr_number_absolute(x); }

static KrObject *bi_all(KrObject *m, KrObject *iterable)
{
    KrObject *it = kr_object_getiter(iterable);
    if (!it)
        return NULL;
    KrObject *x;
    while ((x = kr_iter_next(it))) {
        int t = kr_object_is_true(x);
        kr_decref(x);
        if (t <= 0) {
            kr_decref(it);
            return t < 0 ? NULL : kr_newref(Kr_False);
        }
    }
    kr_decref(it);
    if (kr_err_occurred())
        return NULL;
    return kr_newref(Kr_True);
}

static KrObject *bi_any(KrObject *m, KrObject *iterable)
{
    KrObject *it = kr_object_getiter(iterable);
    if (!it)
        return NULL;
    KrObject *x;
    while ((x = kr_iter_next(it))) {
        int t = kr_object_is_true(x);
        kr_decref(x);
        if (t != 0) {
            kr_decref(it);
            return t < 0 ? NULL : kr_newref(Kr_True);
        }
    }
    kr_decref(it);
    if (kr_err_occurred())
        return NULL;
    return kr_newref(Kr_False);
}

static KrObject *bi_ascii(KrObject *m, KrObject *o) { return kr_object_ascii(o); }
static KrObject *bi_repr(KrObject *m, KrObject *o) { return kr_object_repr(o); }

static KrObject *format_base(KrObject *o, int base)
{
    KrObject *i = kr_number_index(o);
    if (!i)
        return NULL;
    KrObject *r = kr_int_format_base(i, base, true);
    kr_decref(i);
    return r;
}

static KrObject *bi_bin(KrObject *m, KrObject *o) { return format_base(o, 2); }
static KrObject *bi_oct(KrObject *m, KrObject *o) { return format_base(o, 8); }
static KrObject *bi_hex(KrObject *m, KrObject *o) { return format_base(o, 16); }

static KrObject *bi_callable(KrObject *m, KrObject *o) { return kr_newref(kr_bool_from(kr_callable_check(o))); }

static KrObject *bi_chr(KrObject *m, KrObject *o)
{
    KrObject *i = kr_number_index(o);
    if (!i)
        return NULL;
    int64_t v;
    int fits = kr_int_fits_i64(i, &v);
    kr_decref(i);
    if (!fits || v < INT32_MIN || v > INT32_MAX)
        return kr_err_format(KrExc_OverflowError, "Python int too large to convert to C int");
    if (v < 0 || v > 0x10ffff)
        return kr_err_format(KrExc_ValueError, "chr() arg not in range(0x110000)");
    return kr_str_from_codepoint((uint32_t)v);
}

static KrObject *bi_ord(KrObject *m, KrObject *o)
{
    ssize_t n;
    if (KR_STR_CHECK(o)) {
        n = KR_STR_LEN(o);
        if (n == 1)
            return kr_int_from_long((long)KR_STR_READ(o, 0));
    } else if (KR_BYTES_CHECK(o)) {
        n = KR_BYTES_LEN(o);
        if (n == 1)
            return kr_int_from_long((unsigned char)KR_BYTES_DATA(o)[0]);
    } else if (KR_BYTEARRAY_CHECK(o)) {
        n = KR_SIZE(o);
        if (n == 1)
            return kr_int_from_long((unsigned char)KR_BYTEARRAY_DATA(o)[0]);
    } else {
        return kr_err_format(KrExc_TypeError, "ord() expected string of length 1, but %s found",
                             KR_TYPE(o)->tp_name);
    }
    return kr_err_format(KrExc_TypeError, "ord() expected a character, but string of length %zd found", n);
}

static KrObject *bi_delattr(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("delattr", nargs, 2, 2) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    if (kr_object_delattr(args[0], args[1]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *bi_setattr(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("setattr", nargs, 3, 3) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    if (kr_object_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *bi_getattr(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("getattr", nargs, 2, 3) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    if (nargs == 2)
        return kr_object_getattr(args[0], args[1]);
    KrObject *r;
    int found = kr_object_lookup_attr(args[0], args[1], &r);
    if (found < 0)
        return NULL;
    return found ? r : kr_newref(args[2]);
}

static KrObject *bi_hasattr(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("hasattr", nargs, 2, 2) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    KrObject *r;
    int found = kr_object_lookup_attr(args[0], args[1], &r);
    if (found < 0)
        return NULL;
    if (found)
        kr_decref(r);
    return kr_newref(kr_bool_from(found));
}

static KrObject *bi_dir(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("dir", nargs, 0, 1) < 0)
        return NULL;
    return kr_object_dir(nargs ? args[0] : NULL);
}

static KrObject *bi_divmod(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("divmod", nargs, 2, 2) < 0)
        return NULL;
    return kr_number_divmod(args[0], args[1]);
}

static KrObject *bi_format(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("format", nargs, 1, 2) < 0)
        return NULL;
    KrObject *spec = nargs > 1 ? args[1] : NULL;
    if (spec && !KR_STR_CHECK(spec))
        return kr_err_format(KrExc_TypeError, "format() argument 2 must be str, not %s", arg_type_name(spec));
    return kr_object_format(args[0], spec);
}

static KrObject *bi_globals(KrObject *m, KrObject *unused)
{
    KrObject *g = kr_eval_get_globals();
    return kr_newref(g ? g : Kr_None);
}

static KrObject *bi_locals(KrObject *m, KrObject *unused)
{
    KrObject *l = kr_eval_get_locals();
    if (!l && !kr_err_occurred())
        KR_RETURN_NONE;
    return l;
}

static KrObject *bi_vars(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("vars", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return bi_locals(m, NULL);
    KrObject *d;
    int r = kr_object_lookup_attr(args[0], KR_ID(__dict__), &d);
    if (r < 0)
        return NULL;
    if (r == 0)
        return kr_err_format(KrExc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static KrObject *bi_hash(KrObject *m, KrObject *o)
{
    kr_hash_t h = kr_object_hash(o);
    if (h == -1)
        return NULL;
    return kr_int_from_ssize(h);
}

static KrObject *bi_id(KrObject *m, KrObject *o)
{
    return kr_int_from_u64((uint64_t)(uintptr_t)o);
}

static KrObject *bi_len(KrObject *m, KrObject *o)
{
    ssize_t n;
    if (KR_LIST_CHECK_EXACT(o) || KR_TUPLE_CHECK_EXACT(o))
        n = KR_SIZE(o);
    else if (KR_STR_CHECK_EXACT(o))
        n = KR_STR_LEN(o);
    else if (KR_DICT_CHECK_EXACT(o))
        n = KR_DICT_LEN(o);
    else if ((n = kr_object_size(o)) < 0)
        return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *bi_isinstance(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("isinstance", nargs, 2, 2) < 0)
        return NULL;
    int r = kr_object_is_instance(args[0], args[1]);
    return r < 0 ? NULL : kr_newref(kr_bool_from(r));
}

static KrObject *bi_issubclass(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("issubclass", nargs, 2, 2) < 0)
        return NULL;
    int r = kr_object_is_subclass(args[0], args[1]);
    return r < 0 ? NULL : kr_newref(kr_bool_from(r));
}

static KrObject *bi_iter(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("iter", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1)
        return kr_object_getiter(args[0]);
    if (!kr_callable_check(args[0]))
        return kr_err_format(KrExc_TypeError, "iter(object, sentinel): object must be callable");
    return kr_calliter_new(args[0], args[1]);
}

static KrObject *bi_next(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("next", nargs, 1, 2) < 0)
        return NULL;
    KrObject *it = args[0];
    if (!kr_iter_check(it))
        return kr_err_format(KrExc_TypeError, "'%s' object is not an iterator", KR_TYPE(it)->tp_name);
    KrObject *r = KR_TYPE(it)->tp_iternext(it);
    if (r)
        return r;
    KrObject *cur = kr_err_occurred();
    if (cur) {
        if (nargs < 2 || !KR_TYPE_CHECK(cur, KrExc_StopIteration))
            return NULL;
        kr_err_clear();
    }
    if (nargs > 1)
        return kr_newref(args[1]);
    kr_err_set_none(KrExc_StopIteration);
    return NULL;
}

static KrObject *bi_pow(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"base", "exp", "mod", NULL};
    KrObject *a[3];
    if (kr_arg_parse("pow", args, nargs, kwnames, names, 2, a) < 0)
        return NULL;
    return kr_number_power(a[0], a[1], a[2] ? a[2] : Kr_None);
}

static KrObject *bi_round(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"number", "ndigits", NULL};
    KrObject *a[2];
    if (kr_arg_parse("round", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    KrObject *meth = kr_lookup_special(a[0], KR_ID(__round__));
    if (!meth) {
        if (!kr_err_occurred())
            kr_err_format(KrExc_TypeError, "type %s doesn't define __round__ method", KR_TYPE(a[0])->tp_name);
        return NULL;
    }
    KrObject *r = (!a[1] || a[1] == Kr_None) ? kr_object_call_noargs(meth) : kr_object_call_one(meth, a[1]);
    kr_decref(meth);
    return r;
}

/* ---- min / max ---------------------------------------------------------- */

static KrObject *min_max(KrObject *const *args, ssize_t nargs, KrObject *kwnames, int op, const char *name)
{
    KrObject *key = NULL, *dflt = NULL;
    for (ssize_t i = 0; i < nkwargs(kwnames); i++) {
        KrObject *k = KR_TUPLE_GET(kwnames, i);
        if (kr_str_eq_cstr(k, "key"))
            key = args[nargs + i];
        else if (kr_str_eq_cstr(k, "default"))
            dflt = args[nargs + i];
        else
            return kr_err_format(KrExc_TypeError, "'%S' is an invalid keyword argument for %s()", k, name);
    }
    if (nargs == 0)
        return kr_err_format(KrExc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && dflt)
        return kr_err_format(KrExc_TypeError,
                             "Cannot specify a default for %s() with multiple positional arguments", name);
    if (key == Kr_None)
        key = NULL;
    KrObject *it = NULL;
    if (nargs == 1) {
        it = kr_object_getiter(args[0]);
        if (!it)
            return NULL;
    }
    KrObject *best = NULL, *bestkey = NULL;
    for (ssize_t i = 0;; i++) {
        KrObject *item;
        if (it) {
            item = kr_iter_next(it);
            if (!item) {
                if (kr_err_occurred())
                    goto error;
                break;
            }
        } else {
            if (i >= nargs)
                break;
            item = kr_newref(args[i]);
        }
        KrObject *k;
        if (key) {
            k = kr_object_call_one(key, item);
            if (!k) {
                kr_decref(item);
                goto error;
            }
        } else {
            k = kr_newref(item);
        }
        if (!best) {
            best = item;
            bestkey = k;
            continue;
        }
        int c = kr_object_richcompare_bool(k, bestkey, op);
        if (c < 0) {
            kr_decref(item);
            kr_decref(k);
            goto error;
        }
        if (c) {
            KR_SETREF(best, item);
            KR_SETREF(bestkey, k);
        } else {
            kr_decref(item);
            kr_decref(k);
        }
    }
    kr_xdecref(it);
    kr_xdecref(bestkey);
    if (!best) {
        if (dflt)
            return kr_newref(dflt);
        return kr_err_format(KrExc_ValueError, "%s() iterable argument is empty", name);
    }
    return best;
error:
    kr_xdecref(it);
    kr_xdecref(best);
    kr_xdecref(bestkey);
    return NULL;
}

static KrObject *bi_min(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return min_max(args, nargs, kwnames, KR_LT, "min");
}

static KrObject *bi_max(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return min_max(args, nargs, kwnames, KR_GT, "max");
}

/* ---- sum ------------------------------------------------------------------- */

static KrObject *bi_sum(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"iterable", "/", "start", NULL};
    KrObject *a[2];
    if (kr_arg_parse("sum", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    KrObject *it = kr_object_getiter(a[0]);
    if (!it)
        return NULL;
    KrObject *result = a[1];
    const char *refuse = NULL;
    if (!result)
        result = kr_int_small(0);
    else if (KR_STR_CHECK(result))
        refuse = "sum() can't sum strings [use ''.join(seq) instead]";
    else if (KR_BYTES_CHECK(result))
        refuse = "sum() can't sum bytes [use b''.join(seq) instead]";
    else if (KR_BYTEARRAY_CHECK(result))
        refuse = "sum() can't sum bytearray [use b''.join(seq) instead]";
    if (refuse) {
        kr_decref(it);
        return kr_err_format(KrExc_TypeError, "%s", refuse);
    }
    kr_incref(result);
    KrObject *item = NULL;

    /* exact ints summed in a machine word until it would overflow */
    if (KR_INT_CHECK_EXACT(result)) {
        int64_t acc;
        if (kr_int_fits_i64(result, &acc)) {
            for (;;) {
                item = kr_iter_next(it);
                if (!item) {
                    kr_decref(it);
                    kr_decref(result);
                    return kr_err_occurred() ? NULL : kr_int_from_i64(acc);
                }
                int64_t v, s;
                if ((KR_INT_CHECK_EXACT(item) || KR_BOOL_CHECK(item)) && kr_int_fits_i64(item, &v) &&
                    !__builtin_add_overflow(acc, v, &s)) {
                    acc = s;
                    kr_decref(item);
                    continue;
                }
                break;
            }
            /* fall back to objects with the partial sum, then add item */
            kr_decref(result);
            result = kr_int_from_i64(acc);
            if (!result)
                goto error;
            KrObject *t = kr_number_add(result, item);
            KR_CLEAR(item);
            KR_SETREF(result, t);
            if (!result)
                goto error;
        }
    }

    /* floats: Neumaier's compensated summation, as CPython 3.12 */
    if (KR_FLOAT_CHECK_EXACT(result)) {
        double f = KR_FLOAT_AS_DOUBLE(result), c = 0.0;
        for (;;) {
            item = kr_iter_next(it);
            if (!item) {
                kr_decref(it);
                kr_decref(result);
                if (kr_err_occurred())
                    return NULL;
                if (c != 0.0 && isfinite(c))
                    f += c;
                return kr_float_from_double(f);
            }
            double x;
            int64_t iv;
            if (KR_FLOAT_CHECK_EXACT(item)) {
                x = KR_FLOAT_AS_DOUBLE(item);
            } else if ((KR_INT_CHECK_EXACT(item) || KR_BOOL_CHECK(item)) && kr_int_fits_i64(item, &iv) &&
                       iv > -(1LL << 53) && iv < (1LL << 53)) {
                f += (double)iv;
                kr_decref(item);
                continue;
            } else {
                break;
            }
            double t = f + x;
            if (fabs(f) >= fabs(x))
                c += (f - t) + x;
            else
                c += (x - t) + f;
            f = t;
            kr_decref(item);
        }
        if (c != 0.0 && isfinite(c))
            f += c;
        kr_decref(result);
        result = kr_float_from_double(f);
        if (!result)
            goto error;
        KrObject *t = kr_number_add(result, item);
        KR_CLEAR(item);
        KR_SETREF(result, t);
        if (!result)
            goto error;
    }

    for (;;) {
        item = kr_iter_next(it);
        if (!item)
            break;
        KrObject *t = kr_number_add(result, item);
        KR_CLEAR(item);
        KR_SETREF(result, t);
        if (!result)
            goto error;
    }
    kr_decref(it);
    if (kr_err_occurred()) {
        kr_decref(result);
        return NULL;
    }
    return result;
error:
    kr_xdecref(item);
    kr_xdecref(result);
    kr_decref(it);
    return NULL;
}

/* ---- sorted ----------------------------------------------------------------- */

static KrObject *bi_sorted(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_arg_count("sorted", nargs, 1, 1) < 0)
        return NULL;
    KrObject *l = kr_sequence_list(args[0]);
    if (!l)
        return NULL;
    if (nkwargs(kwnames) == 0) {
        if (kr_list_sort(l, NULL, 0) < 0) {
            kr_decref(l);
            return NULL;
        }
        return l;
    }
    KrObject *sort = kr_object_getattr_str(l, "sort");
    if (!sort) {
        kr_decref(l);
        return NULL;
    }
    KrObject *r = kr_object_vectorcall(sort, args + 1, 0, kwnames);
    kr_decref(sort);
    if (!r) {
        kr_decref(l);
        return NULL;
    }
    kr_decref(r);
    return l;
}

/* ---- print / input ---------------------------------------------------------- */

static int write_obj(KrObject *file, KrObject *s)
{
    KrObject *r = kr_object_call_method(file, KR_ID(write), &s, 1);
    if (!r)
        return -1;
    kr_decref(r);
    return 0;
}

static KrObject *bi_print(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    for (ssize_t i = 0; i < nkwargs(kwnames); i++) {
        KrObject *k = KR_TUPLE_GET(kwnames, i), *v = args[nargs + i];
        if (kr_str_eq_cstr(k, "sep"))
            sep = v;
        else if (kr_str_eq_cstr(k, "end"))
            end = v;
        else if (kr_str_eq_cstr(k, "file"))
            file = v;
        else if (kr_str_eq_cstr(k, "flush"))
            flush = v;
        else
            return kr_err_format(KrExc_TypeError, "'%S' is an invalid keyword argument for print()", k);
    }
    if (!file || file == Kr_None) {
        file = sys_stream(KR_ID(stdout));
        if (!file)
            return kr_err_format(KrExc_RuntimeError, "lost sys.stdout");
        if (file == Kr_None)
            KR_RETURN_NONE;
    }
    if (sep == Kr_None)
        sep = NULL;
    else if (sep && !KR_STR_CHECK(sep))
        return kr_err_format(KrExc_TypeError, "sep must be None or a string, not %s", KR_TYPE(sep)->tp_name);
    if (end == Kr_None)
        end = NULL;
    else if (end && !KR_STR_CHECK(end))
        return kr_err_format(KrExc_TypeError, "end must be None or a string, not %s", KR_TYPE(end)->tp_name);
    kr_incref(file);

    if (KR_TYPE(file) == &KrTextIO_Type) {
        /* our own text files see one write per call: same bytes, fewer calls */
        KrStrWriter w;
        kr_strwriter_init(&w);
        for (ssize_t i = 0; i < nargs; i++) {
            if (i > 0 && (sep ? kr_strwriter_write_str(&w, sep) : kr_strwriter_write_char(&w, ' ')) < 0)
                goto werror;
            if (KR_STR_CHECK_EXACT(args[i])) {
                if (kr_strwriter_write_str(&w, args[i]) < 0)
                    goto werror;
            } else {
                KrObject *s = kr_object_str(args[i]);
                if (!s)
                    goto werror;
                int r = kr_strwriter_write_str(&w, s);
                kr_decref(s);
                if (r < 0)
                    goto werror;
            }
        }
        if ((end ? kr_strwriter_write_str(&w, end) : kr_strwriter_write_char(&w, '\n')) < 0)
            goto werror;
        KrObject *line = kr_strwriter_finish(&w);
        if (!line)
            goto error;
        int r = write_obj(file, line);
        kr_decref(line);
        if (r < 0)
            goto error;
        goto flush;
    werror:
        kr_strwriter_discard(&w);
        goto error;
    }

    for (ssize_t i = 0; i < nargs; i++) {
        if (i > 0) {
            KrObject *s = sep ? kr_newref(sep) : kr_str_from_cstr(" ");
            if (!s)
                goto error;
            int r = write_obj(file, s);
            kr_decref(s);
            if (r < 0)
                goto error;
        }
        KrObject *s = kr_object_str(args[i]);
        if (!s)
            goto error;
        int r = write_obj(file, s);
        kr_decref(s);
        if (r < 0)
            goto error;
    }
    {
        KrObject *s = end ? kr_newref(end) : kr_str_from_cstr("\n");
        if (!s)
            goto error;
        int r = write_obj(file, s);
        kr_decref(s);
        if (r < 0)
            goto error;
    }
flush:
    if (flush) {
        int t = kr_object_is_true(flush);
        if (t < 0)
            goto error;
        if (t) {
            KrObject *r = kr_object_call_method(file, KR_ID(flush), NULL, 0);
            if (!r)
                goto error;
            kr_decref(r);
        }
    }
    kr_decref(file);
    KR_RETURN_NONE;
error:
    kr_decref(file);
    return NULL;
}

static void flush_quietly(KrObject *f)
{
    if (!f || f == Kr_None)
        return;
    KrObject *r = kr_object_call_method(f, KR_ID(flush), NULL, 0);
    if (r)
        kr_decref(r);
    else
        kr_err_clear();
}

static KrObject *bi_input(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("input", nargs, 0, 1) < 0)
        return NULL;
    KrObject *fin = sys_stream(KR_ID(stdin)), *fout = sys_stream(KR_ID(stdout)), *ferr = sys_stream(KR_ID(stderr));
    if (!fin || fin == Kr_None)
        return kr_err_format(KrExc_RuntimeError, "input(): lost sys.stdin");
    if (!fout || fout == Kr_None)
        return kr_err_format(KrExc_RuntimeError, "input(): lost sys.stdout");
    flush_quietly(ferr);
    if (nargs == 1) {
        KrObject *p = kr_object_str(args[0]);
        if (!p)
            return NULL;
        int r = write_obj(fout, p);
        kr_decref(p);
        if (r < 0)
            return NULL;
    }
    flush_quietly(fout);
    KrObject *line = kr_object_call_method(fin, KR_ID(readline), NULL, 0);
    if (!line)
        return NULL;
    if (!KR_STR_CHECK(line)) {
        kr_decref(line);
        return kr_err_format(KrExc_TypeError, "object.readline() returned non-string");
    }
    ssize_t n = KR_STR_LEN(line);
    if (n == 0) {
        kr_decref(line);
        return kr_err_format(&KrExc_EOFError_Type, "EOF when reading a line");
    }
    if (KR_STR_READ(line, n - 1) == '\n') {
        KrObject *s = kr_str_substring(line, 0, n - 1);
        kr_decref(line);
        return s;
    }
    return line;
}

/* ---- compile / exec / eval ------------------------------------------------- */

/* UTF-8 source text of a str/bytes/bytearray argument (borrowed from it) */
static const char *source_text(KrObject *src, ssize_t *len, const char *fname, const char *what)
{
    const char *p;
    if (KR_STR_CHECK(src)) {
        p = kr_str_utf8_len(src, len);
        if (!p)
            return NULL;
    } else if (KR_BYTES_CHECK(src)) {
        p = KR_BYTES_DATA(src);
        *len = KR_BYTES_LEN(src);
    } else if (KR_BYTEARRAY_CHECK(src)) {
        p = KR_BYTEARRAY_DATA(src);
        *len = KR_SIZE(src);
    } else {
        kr_err_format(KrExc_TypeError, "%s() arg 1 must be %s", fname, what);
        return NULL;
    }
    if (memchr(p, '\0', (size_t)*len)) {
        kr_err_set_string(KrExc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    return p;
}

static KrObject *bi_compile(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "$_feature_version", NULL};
    KrObject *a[7];
    if (kr_arg_parse("compile", args, nargs, kwnames, names, 3, a) < 0)
        return NULL;
    KrObject *filename = a[1];
    KrObject *fnobj = NULL;
    if (KR_STR_CHECK(filename)) {
        fnobj = kr_newref(filename);
    } else if (KR_BYTES_CHECK(filename)) {
        fnobj = kr_str_from_utf8(KR_BYTES_DATA(filename), KR_BYTES_LEN(filename));
        if (!fnobj)
            return NULL;
    } else {
        KrObject *fs = kr_lookup_special(filename, KR_ID(__fspath__));
        if (fs) {
            fnobj = kr_object_call_noargs(fs);
            kr_decref(fs);
            if (!fnobj)
                return NULL;
        }
        if (!fnobj || !KR_STR_CHECK(fnobj)) {
            kr_xdecref(fnobj);
            if (!kr_err_occurred())
                kr_err_format(KrExc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                              KR_TYPE(filename)->tp_name);
            return NULL;
        }
    }
    if (!KR_STR_CHECK(a[2])) {
        kr_decref(fnobj);
        return kr_err_format(KrExc_TypeError, "compile() argument 'mode' must be str, not %s",
                             arg_type_name(a[2]));
    }
    int mode;
    if (kr_str_eq_cstr(a[2], "exec"))
        mode = KR_PARSE_FILE;
    else if (kr_str_eq_cstr(a[2], "eval"))
        mode = KR_PARSE_EVAL;
    else if (kr_str_eq_cstr(a[2], "single"))
        mode = KR_PARSE_SINGLE;
    else if (kr_str_eq_cstr(a[2], "func_type"))
        mode = KR_PARSE_FUNC_TYPE;
    else {
        kr_decref(fnobj);
        return kr_err_format(KrExc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    }
    long flags = 0, optimize = -1;
    if (a[3]) {
        flags = (long)kr_number_as_ssize(a[3], NULL);
        if (flags == -1 && kr_err_occurred())
            goto error;
    }
    if (a[4]) {
        ssize_t d = kr_number_as_ssize(a[4], NULL);
        if (d == -1 && kr_err_occurred())
            goto error;
    }
    if (a[5]) {
        optimize = (long)kr_number_as_ssize(a[5], NULL);
        if (optimize == -1 && kr_err_occurred())
            goto error;
        if (optimize < -1 || optimize > 2) {
            kr_err_set_string(KrExc_ValueError, "compile(): invalid optimize value");
            goto error;
        }
    }
    if (mode == KR_PARSE_FUNC_TYPE && !(flags & KR_CF_ONLY_AST)) {
        kr_err_set_string(KrExc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        goto error;
    }
    if (flags & KR_CF_ONLY_AST) {
        kr_err_set_string(KrExc_NotImplementedError, "compile() to an AST is not supported yet");
        goto error;
    }
    if (KR_CODE_CHECK(a[0])) {
        kr_decref(fnobj);
        return kr_newref(a[0]);
    }
    ssize_t len;
    const char *src = source_text(a[0], &len, "compile", "a string, bytes or AST object");
    if (!src) {
        if (kr_err_matches((KrObject *)KrExc_TypeError) && !KR_STR_CHECK(a[0])) {
            kr_err_clear();
            kr_err_format(KrExc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
        }
        goto error;
    }
    KrObject *code = kr_compile_string(src, len, fnobj, mode, (int)optimize);
    kr_decref(fnobj);
    return code;
error:
    kr_decref(fnobj);
    return NULL;
}

static int is_mapping(KrObject *o)
{
    KrMappingMethods *mp = KR_TYPE(o)->tp_as_mapping;
    return mp && mp->mp_subscript;
}

/* the builtins as globals['__builtins__'], as CPython's exec and eval add them */
static int ensure_builtins(KrObject *globals)
{
    int has = kr_dict_contains(globals, KR_ID(__builtins__));
    if (has != 0)
        return has < 0 ? -1 : 0;
    KrObject *b = kr_eval_get_builtins();
    if (!b)
        b = kr_interp()->builtins;
    if (!b)
        return 0;
    return kr_dict_set(globals, KR_ID(__builtins__), b);
}

/* resolve the globals/locals pair of exec and eval: new references */
static int exec_namespaces(KrObject *g, KrObject *l, KrObject **gout, KrObject **lout)
{
    if (g == Kr_None)
        g = NULL;
    if (l == Kr_None)
        l = NULL;
    if (!g) {
        g = kr_eval_get_globals();
        if (!g) {
            kr_err_set_string(KrExc_SystemError, "globals and locals cannot be NULL");
            return -1;
        }
        kr_incref(g);
        if (!l) {
            l = kr_eval_get_locals();
            if (!l) {
                if (kr_err_occurred()) {
                    kr_decref(g);
                    return -1;
                }
                l = kr_newref(g);
            }
        } else {
            kr_incref(l);
        }
    } else {
        kr_incref(g);
        l = kr_newref(l ? l : g);
    }
    *gout = g;
    *lout = l;
    return 0;
}

static KrObject *run_source(KrObject *src, const char *fname, int mode, KrObject *g, KrObject *l)
{
    KrObject *code;
    if (KR_CODE_CHECK(src)) {
        if (((KrCodeObject *)src)->co_nfreevars > 0) {
            return kr_err_format(KrExc_TypeError, "code object passed to %s() may not contain free variables",
                                 fname);
        }
        code = kr_newref(src);
    } else {
        ssize_t len;
        if (!KR_STR_CHECK(src) && !KR_BYTES_CHECK(src) && !KR_BYTEARRAY_CHECK(src))
            return kr_err_format(KrExc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
        const char *text = source_text(src, &len, fname, "a string, bytes or code object");
        if (!text)
            return NULL;
        if (mode == KR_PARSE_EVAL) {
            while (len > 0 && (*text == ' ' || *text == '\t')) {
                text++;
                len--;
            }
        }
        KrObject *fn = kr_str_from_cstr("<string>");
        if (!fn)
            return NULL;
        code = kr_compile_string(text, len, fn, mode, -1);
        kr_decref(fn);
        if (!code)
            return NULL;
    }
    KrObject *r = kr_eval_code(code, g, l);
    kr_decref(code);
    return r;
}

static KrObject *bi_exec(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"source", "globals", "locals", "/", "$closure", NULL};
    KrObject *a[4];
    if (kr_arg_parse("exec", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    KrObject *g0 = a[1] ? a[1] : Kr_None, *l0 = a[2] ? a[2] : Kr_None;
    if (g0 != Kr_None && !KR_DICT_CHECK(g0))
        return kr_err_format(KrExc_TypeError, "exec() globals must be a dict, not %s", KR_TYPE(g0)->tp_name);
    if (l0 != Kr_None && !is_mapping(l0))
        return kr_err_format(KrExc_TypeError, "locals must be a mapping or None, not %s", KR_TYPE(l0)->tp_name);
    if (a[3] && a[3] != Kr_None)
        return kr_err_format(KrExc_TypeError, "closure can only be used when source is a code object");
    KrObject *g, *l;
    if (exec_namespaces(g0, l0, &g, &l) < 0)
        return NULL;
    KrObject *r = NULL;
    if (ensure_builtins(g) == 0)
        r = run_source(a[0], "exec", KR_PARSE_FILE, g, l);
    kr_decref(g);
    kr_decref(l);
    if (!r)
        return NULL;
    kr_decref(r);
    KR_RETURN_NONE;
}

static KrObject *bi_eval(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_arg_no_kw("eval", kwnames) < 0 || kr_arg_count("eval", nargs, 1, 3) < 0)
        return NULL;
    KrObject *g0 = nargs > 1 ? args[1] : Kr_None, *l0 = nargs > 2 ? args[2] : Kr_None;
    if (g0 != Kr_None && !KR_DICT_CHECK(g0))
        return kr_err_format(KrExc_TypeError, is_mapping(g0)
                             ? "globals must be a real dict; try eval(expr, {}, mapping)"
                             : "globals must be a dict");
    if (l0 != Kr_None && !is_mapping(l0))
        return kr_err_format(KrExc_TypeError, "locals must be a mapping");
    KrObject *g, *l;
    if (exec_namespaces(g0, l0, &g, &l) < 0)
        return NULL;
    KrObject *r = NULL;
    if (ensure_builtins(g) == 0)
        r = run_source(args[0], "eval", KR_PARSE_EVAL, g, l);
    kr_decref(g);
    kr_decref(l);
    return r;
}

/* ---- open, __import__, help ---------------------------------------------------- */

static KrObject *bi_open(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return kr_file_open(args, nargs, kwnames);
}

static KrObject *bi_import(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    KrObject *a[5];
    if (kr_arg_parse("__import__", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    if (!KR_STR_CHECK(a[0]))
        return kr_err_format(KrExc_TypeError, "module name must be a string");
    int level = 0;
    if (a[4]) {
        ssize_t lv = kr_number_as_ssize(a[4], (KrObject *)KrExc_OverflowError);
        if (lv == -1 && kr_err_occurred())
            return NULL;
        if (lv < 0)
            return kr_err_format(KrExc_ValueError, "level must be >= 0");
        level = (int)lv;
    }
    KrObject *globals = a[1] && a[1] != Kr_None ? a[1] : NULL;
    KrObject *fromlist = a[3] ? a[3] : kr_tuple_empty();
    return kr_import_name(a[0], globals, fromlist, level);
}

static KrObject *bi_help(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_arg_count("help", nargs, 0, 1) < 0)
        return NULL;
    KrObject *out = sys_stream(KR_ID(stdout));
    if (!out || out == Kr_None)
        KR_RETURN_NONE;
    KrObject *text;
    if (nargs == 0) {
        text = kr_str_from_cstr("Type help(object) for help about object.\n");
    } else {
        KrObject *r = kr_object_repr(args[0]);
        if (!r)
            return NULL;
        KrObject *doc;
        int has = kr_object_lookup_attr(args[0], KR_ID(__doc__), &doc);
        if (has < 0) {
            kr_decref(r);
            return NULL;
        }
        if (has && doc != Kr_None && KR_STR_CHECK(doc))
            text = kr_str_from_format("Help on %U:\n\n%U\n", r, doc);
        else
            text = kr_str_from_format("Help on %U:\n\n(no documentation)\n", r);
        kr_decref(r);
        if (has)
            kr_decref(doc);
    }
    if (!text)
        return NULL;
    int rc = write_obj(out, text);
    kr_decref(text);
    if (rc < 0)
        return NULL;
    KR_RETURN_NONE;
}

/* ---- __build_class__ ------------------------------------------------------------ */

/* PEP 560: replace non-class bases by what their __mro_entries__ give */
static KrObject *update_bases(KrObject *orig)
{
    KrObject *out = NULL;
    ssize_t n = KR_TUPLE_LEN(orig);
    for (ssize_t i = 0; i < n; i++) {
        KrObject *base = KR_TUPLE_GET(orig, i);
        KrObject *meth = NULL;
        int r = 0;
        if (!KR_TYPE_OBJ_CHECK(base)) {
            r = kr_object_lookup_attr(base, KR_ID(__mro_entries__), &meth);
            if (r < 0)
                goto error;
        }
        if (r == 0) {
            if (out && kr_list_append(out, base) < 0)
                goto error;
            continue;
        }
        KrObject *entries = kr_object_call_one(meth, orig);
        kr_decref(meth);
        if (!entries)
            goto error;
        if (!KR_TUPLE_CHECK(entries)) {
            kr_decref(entries);
            kr_err_set_string(KrExc_TypeError, "__mro_entries__ must return a tuple");
            goto error;
        }
        if (!out) {
            out = kr_list_new(0);
            if (!out) {
                kr_decref(entries);
                goto error;
            }
            for (ssize_t j = 0; j < i; j++)
                if (kr_list_append(out, KR_TUPLE_GET(orig, j)) < 0) {
                    kr_decref(entries);
                    goto error;
                }
        }
        int rc = kr_list_extend(out, entries);
        kr_decref(entries);
        if (rc < 0)
            goto error;
    }
    if (!out)
        return kr_newref(orig);
    KrObject *t = kr_list_as_tuple(out);
    kr_decref(out);
    return t;
error:
    kr_xdecref(out);
    return NULL;
}

static KrObject *bi_build_class(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (nargs < 2)
        return kr_err_format(KrExc_TypeError, "__build_class__: not enough arguments");
    KrObject *func = args[0], *name = args[1];
    if (!KR_FUNCTION_CHECK(func))
        return kr_err_format(KrExc_TypeError, "__build_class__: func must be a function");
    if (!KR_STR_CHECK(name))
        return kr_err_format(KrExc_TypeError, "__build_class__: name is not a string");
    KrObject *orig_bases = kr_tuple_from_array(args + 2, nargs - 2);
    if (!orig_bases)
        return NULL;
    KrObject *bases = NULL, *meta = NULL, *ns = NULL, *cell = NULL, *cls = NULL, *kwn = NULL;
    KrObject **kwv = NULL;
    ssize_t nkw = nkwargs(kwnames), nk = 0;
    bases = update_bases(orig_bases);
    if (!bases)
        goto done;

    /* the keywords, without metaclass=, passed on to __prepare__ and the metaclass */
    kwv = kr_mem_alloc(sizeof(KrObject *) * (size_t)(nkw + 3));
    if (!kwv) {
        kr_err_nomemory();
        goto done;
    }
    KrObject *names_tmp[64];
    KrObject **knames = nkw <= 64 ? names_tmp : kr_mem_alloc(sizeof(KrObject *) * (size_t)nkw);
    if (!knames) {
        kr_err_nomemory();
        goto done;
    }
    for (ssize_t i = 0; i < nkw; i++) {
        KrObject *k = KR_TUPLE_GET(kwnames, i);
        if (kr_str_eq_cstr(k, "metaclass")) {
            kr_xdecref(meta);
            meta = kr_newref(args[nargs + i]);
        } else {
            knames[nk] = k;
            kwv[3 + nk] = args[nargs + i];
            nk++;
        }
    }
    if (nk) {
        kwn = kr_tuple_from_array(knames, nk);
    }
    if (knames != names_tmp)
        kr_mem_free(knames);
    if (nk && !kwn)
        goto done;

    int isclass;
    if (!meta) {
        meta = KR_TUPLE_LEN(bases) == 0 ? kr_newref((KrObject *)&KrType_Type)
                                        : kr_newref((KrObject *)KR_TYPE(KR_TUPLE_GET(bases, 0)));
        isclass = 1;
    } else {
        isclass = KR_TYPE_OBJ_CHECK(meta);
    }
    if (isclass) {
        KrObject *winner = kr_type_calculate_metaclass((KrTypeObject *)meta, bases);
        if (!winner)
            goto done;
        KR_SETREF(meta, winner);
    }

    KrObject *prep;
    int hasprep = kr_object_lookup_attr(meta, KR_ID(__prepare__), &prep);
    if (hasprep < 0)
        goto done;
    if (hasprep == 0) {
        ns = kr_dict_new();
    } else {
        kwv[1] = name;
        kwv[2] = bases;
        ns = kr_object_vectorcall(prep, kwv + 1, 2, kwn);
        kr_decref(prep);
    }
    if (!ns)
        goto done;
    if (!is_mapping(ns)) {
        kr_err_format(KrExc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                      isclass ? ((KrTypeObject *)meta)->tp_name : "<metaclass>", KR_TYPE(ns)->tp_name);
        goto done;
    }
    cell = kr_function_call_with_locals(func, ns);
    if (!cell)
        goto done;
    if (bases != orig_bases) {
        KrObject *key = kr_str_intern_cstr("__orig_bases__");
        if (!key)
            goto done;
        int rc = kr_object_setitem(ns, key, orig_bases);
        kr_decref(key);
        if (rc < 0)
            goto done;
    }
    kwv[0] = name;
    kwv[1] = bases;
    kwv[2] = ns;
    cls = kr_object_vectorcall(meta, kwv, 3, kwn);
    if (cls && KR_TYPE_OBJ_CHECK(cls) && KR_TYPE(cell) == &KrCell_Type) {
        KrObject *cell_cls = ((KrCellObject *)cell)->ob_ref;
        if (cell_cls != cls) {
            if (!cell_cls)
                kr_err_format(KrExc_RuntimeError,
                              "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                              name, cls);
            else
                kr_err_format(KrExc_TypeError, "__class__ set to %R defining %R as %R", cell_cls, name, cls);
            KR_CLEAR(cls);
        }
    }
done:
    kr_mem_free(kwv);
    kr_decref(orig_bases);
    kr_xdecref(bases);
    kr_xdecref(meta);
    kr_xdecref(ns);
    kr_xdecref(cell);
    kr_xdecref(kwn);
    return cls;
}

/* ---- enumerate ----------------------------------------------------------------- */

typedef struct {
    KrObject_HEAD
    ssize_t index;         /* next index while it fits */
    KrObject *it;
    KrObject *longindex;   /* next index as an int once it no longer fits, else NULL */
    KrObject *result;      /* cached (index, item) tuple reused when nobody else holds it */
} EnumObject;

static int enum_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    EnumObject *e = (EnumObject *)o;
    KR_VISIT(e->it);
    KR_VISIT(e->longindex);
    KR_VISIT(e->result);
    return 0;
}

static int enum_clear(KrObject *o)
{
    EnumObject *e = (EnumObject *)o;
    KR_CLEAR(e->it);
    KR_CLEAR(e->longindex);
    KR_CLEAR(e->result);
    return 0;
}

static void enum_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    enum_clear(o);
    kr_object_free(o);
}

static KrObject *enum_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"iterable", "start", NULL};
    KrObject *a[2];
    if (kr_arg_parse("enumerate", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    if (!a[0])
        return kr_err_format(KrExc_TypeError, "enumerate() missing required argument 'iterable'");
    KrObject *start = NULL;
    if (a[1]) {
        start = kr_number_index(a[1]);
        if (!start)
            return NULL;
    }
    KrObject *it = kr_object_getiter(a[0]);
    if (!it) {
        kr_xdecref(start);
        return NULL;
    }
    EnumObject *e = (EnumObject *)kr_object_alloc(type, 0);
    if (!e) {
        kr_decref(it);
        kr_xdecref(start);
        return NULL;
    }
    e->it = it;
    e->index = 0;
    if (start) {
        int64_t v;
        if (kr_int_fits_i64(start, &v) && v < INT64_MAX) {
            e->index = (ssize_t)v;
            kr_decref(start);
        } else {
            e->longindex = start;
        }
    }
    e->result = kr_tuple_pack(2, Kr_None, Kr_None);
    if (!e->result) {
        kr_decref((KrObject *)e);
        return NULL;
    }
    kr_gc_track((KrObject *)e);
    return (KrObject *)e;
}

/* a 2- or n-tuple for the next result: the cached one when it is ours alone */
static KrObject *reuse_tuple(KrObject **cache, ssize_t n)
{
    KrObject *t = *cache;
    if (t && KR_REFCNT(t) == 1) {
        kr_incref(t);
        for (ssize_t i = 0; i < n; i++)
            KR_CLEAR(KR_TUPLE_ITEMS(t)[i]);
        ((KrTupleObject *)t)->hash = -1;
        if (!kr_gc_is_tracked(t))
            kr_gc_track(t);
        return t;
    }
    return kr_tuple_new(n);
}

static KrObject *enum_next(KrObject *o)
{
    EnumObject *e = (EnumObject *)o;
    KrObject *item = kr_iter_next(e->it);
    if (!item)
        return NULL;
    KrObject *idx;
    if (!e->longindex) {
        idx = kr_int_from_ssize(e->index);
        if (e->index == (ssize_t)INT64_MAX - 1 && idx) {
            e->longindex = kr_int_from_ssize(e->index + 1);
            if (!e->longindex) {
                kr_decref(idx);
                idx = NULL;
            }
        } else {
            e->index++;
        }
    } else {
        idx = kr_newref(e->longindex);
        KrObject *next = kr_number_add(e->longindex, kr_int_small(1));
        if (!next) {
            kr_decref(idx);
            idx = NULL;
        } else {
            KR_SETREF(e->longindex, next);
        }
    }
    if (!idx) {
        kr_decref(item);
        return NULL;
    }
    KrObject *t = reuse_tuple(&e->result, 2);
    if (!t) {
        kr_decref(idx);
        kr_decref(item);
        return NULL;
    }
    KR_TUPLE_SET(t, 0, idx);
    KR_TUPLE_SET(t, 1, item);
    return t;
}

static KrMethodDef enum_methods[] = {
    {"__class_getitem__", KR_CFUNC(kr_container_class_getitem), KR_METH_O | KR_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL}
};

KrTypeObject KrEnumerate_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "enumerate",
    .tp_basicsize = sizeof(EnumObject),
    .tp_dealloc = enum_dealloc,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
              "The enumerate object yields pairs containing a count (from start, which\n"
              "defaults to zero) and a value yielded by the iterable argument.\n\n"
              "enumerate is useful for obtaining an indexed list:\n"
              "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .tp_traverse = enum_traverse,
    .tp_clear = enum_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = enum_next,
    .tp_methods = enum_methods,
    .tp_new = enum_new,
    .tp_free = kr_object_free,
};

/* ---- zip --------------------------------------------------------------------------- */

typedef struct {
    KrObject_HEAD
    ssize_t n;
    KrObject *its;      /* tuple of iterators */
    KrObject *result;
    int strict;
} ZipObject;

static int zip_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((ZipObject *)o)->its);
    KR_VISIT(((ZipObject *)o)->result);
    return 0;
}

static int zip_clear(KrObject *o)
{
    KR_CLEAR(((ZipObject *)o)->its);
    KR_CLEAR(((ZipObject *)o)->result);
    return 0;
}

static void zip_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    zip_clear(o);
    kr_object_free(o);
}

static KrObject *zip_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    int strict = 0;
    for (ssize_t i = 0; i < nkwargs(kwnames); i++) {
        KrObject *k = KR_TUPLE_GET(kwnames, i);
        if (!kr_str_eq_cstr(k, "strict"))
            return kr_err_format(KrExc_TypeError, "'%S' is an invalid keyword argument for zip()", k);
        strict = kr_object_is_true(args[nargs + i]);
        if (strict < 0)
            return NULL;
    }
    KrObject *its = kr_tuple_new(nargs);
    if (!its)
        return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        KrObject *it = kr_object_getiter(args[i]);
        if (!it) {
            kr_decref(its);
            return NULL;
        }
        KR_TUPLE_SET(its, i, it);
    }
    KrObject *result = kr_tuple_new(nargs);
    if (!result) {
        kr_decref(its);
        return NULL;
    }
    for (ssize_t i = 0; i < nargs; i++)
        KR_TUPLE_SET(result, i, kr_newref(Kr_None));
    ZipObject *z = (ZipObject *)kr_object_alloc(type, 0);
    if (!z) {
        kr_decref(its);
        kr_decref(result);
        return NULL;
    }
    z->n = nargs;
    z->its = its;
    z->result = result;
    z->strict = strict;
    kr_gc_track((KrObject *)z);
    return (KrObject *)z;
}

static KrObject *zip_strict_fail(ZipObject *z, ssize_t i)
{
    if (kr_err_occurred())
        return NULL;
    if (i > 0) {
        if (i == 1)
            return kr_err_format(KrExc_ValueError, "zip() argument %zd is shorter than argument 1", i + 1);
        return kr_err_format(KrExc_ValueError, "zip() argument %zd is shorter than arguments 1-%zd", i + 1, i);
    }
    for (i = 1; i < z->n; i++) {
        KrObject *x = kr_iter_next(KR_TUPLE_GET(z->its, i));
        if (x) {
            kr_decref(x);
            if (i == 1)
                return kr_err_format(KrExc_ValueError, "zip() argument %zd is longer than argument 1", i + 1);
            return kr_err_format(KrExc_ValueError, "zip() argument %zd is longer than arguments 1-%zd", i + 1, i);
        }
        if (kr_err_occurred())
            return NULL;
    }
    return NULL;
}

/* the next item of one of zip's iterators: its tp_iternext called
 * directly, StopIteration cleared as kr_iter_next does */
static inline KrObject *zip_item(KrObject *it)
{
    KrObject *x = kr_seqiter_next_inline(it);
    if (x)
        return x;
    kr_iternextfunc f = KR_TYPE(it)->tp_iternext;
    if (!f)
        return kr_iter_next(it);     /* the TypeError */
    x = f(it);
    if (!x) {
        KrObject *cur = kr_err_occurred();
        if (cur && KR_TYPE_CHECK(cur, KrExc_StopIteration))
            kr_err_clear();
    }
    return x;
}

static KrObject *zip_next(KrObject *o)
{
    ZipObject *z = (ZipObject *)o;
    ssize_t n = z->n;
    if (n == 0)
        return NULL;
    KrObject *t = z->result;
    KrObject *const *its = KR_TUPLE_ITEMS(z->its);
    if (t && KR_REFCNT(t) == 1) {
        /* nobody kept the last result: refill it in place, as CPython
         * does, each old item released once its replacement is in */
        kr_incref(t);
        for (ssize_t i = 0; i < n; i++) {
            KrObject *x = zip_item(its[i]);
            if (!x) {
                kr_decref(t);
                return z->strict ? zip_strict_fail(z, i) : NULL;
            }
            KrObject *old = KR_TUPLE_ITEMS(t)[i];
            KR_TUPLE_ITEMS(t)[i] = x;
            kr_xdecref(old);
        }
        ((KrTupleObject *)t)->hash = -1;
        /* the collector untracks tuples of atomic items: track it again */
        if (!kr_is_immortal(t) && !KR_AS_GC(t)->gc_next)
            kr_gc_track(t);
        return t;
    }
    t = kr_tuple_new(n);
    if (!t)
        return NULL;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *x = zip_item(its[i]);
        if (!x) {
            kr_decref(t);
            return z->strict ? zip_strict_fail(z, i) : NULL;
        }
        KR_TUPLE_SET(t, i, x);
    }
    return t;
}

KrTypeObject KrZip_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "zip",
    .tp_basicsize = sizeof(ZipObject),
    .tp_dealloc = zip_dealloc,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
              "   >>> list(zip('abcdefg', range(3), range(4)))\n"
              "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
              "The zip object yields n-length tuples, where n is the number of iterables\n"
              "passed as positional arguments to zip().  The i-th element in every tuple\n"
              "comes from the i-th iterable argument to zip().  This continues until the\n"
              "shortest argument is exhausted.\n\n"
              "If strict is true and one of the arguments is exhausted before the others,\n"
              "raise a ValueError.",
    .tp_traverse = zip_traverse,
    .tp_clear = zip_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = zip_next,
    .tp_new = zip_new,
    .tp_free = kr_object_free,
};

/* ---- map ------------------------------------------------------------------------ */

typedef struct {
    KrObject_HEAD
    KrObject *func;
    KrObject *its;      /* tuple of iterators */
} MapObject;

static int map_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((MapObject *)o)->func);
    KR_VISIT(((MapObject *)o)->its);
    return 0;
}

static int map_clear(KrObject *o)
{
    KR_CLEAR(((MapObject *)o)->func);
    KR_CLEAR(((MapObject *)o)->its);
    return 0;
}

static void map_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    map_clear(o);
    kr_object_free(o);
}

static KrObject *map_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (type == &KrMap_Type && kr_arg_no_kw("map", kwnames) < 0)
        return NULL;
    if (nargs < 2)
        return kr_err_format(KrExc_TypeError, "map() must have at least two arguments.");
    KrObject *its = kr_tuple_new(nargs - 1);
    if (!its)
        return NULL;
    for (ssize_t i = 1; i < nargs; i++) {
        KrObject *it = kr_object_getiter(args[i]);
        if (!it) {
            kr_decref(its);
            return NULL;
        }
        KR_TUPLE_SET(its, i - 1, it);
    }
    MapObject *mo = (MapObject *)kr_object_alloc(type, 0);
    if (!mo) {
        kr_decref(its);
        return NULL;
    }
    mo->func = kr_newref(args[0]);
    mo->its = its;
    kr_gc_track((KrObject *)mo);
    return (KrObject *)mo;
}

static KrObject *map_next(KrObject *o)
{
    MapObject *mo = (MapObject *)o;
    ssize_t n = KR_TUPLE_LEN(mo->its);
    KrObject *small[8];
    KrObject **items = n <= 8 ? small : kr_mem_alloc(sizeof(KrObject *) * (size_t)n);
    if (!items)
        return kr_err_nomemory();
    KrObject *r = NULL;
    ssize_t i;
    for (i = 0; i < n; i++) {
        KrObject *x = kr_iter_next(KR_TUPLE_GET(mo->its, i));
        if (!x)
            break;
        items[i] = x;
    }
    if (i == n)
        r = kr_object_vectorcall(mo->func, items, n, NULL);
    for (ssize_t j = 0; j < i; j++)
        kr_decref(items[j]);
    if (items != small)
        kr_mem_free(items);
    return r;
}

KrTypeObject KrMap_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "map",
    .tp_basicsize = sizeof(MapObject),
    .tp_dealloc = map_dealloc,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "map(func, *iterables) --> map object\n\n"
              "Make an iterator that computes the function using arguments from\n"
              "each of the iterables.  Stops when the shortest iterable is exhausted.",
    .tp_traverse = map_traverse,
    .tp_clear = map_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = map_next,
    .tp_new = map_new,
    .tp_free = kr_object_free,
};

/* ---- filter ----------------------------------------------------------------------- */

typedef struct {
    KrObject_HEAD
    KrObject *func;
    KrObject *it;
} FilterObject;

static int filter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((FilterObject *)o)->func);
    KR_VISIT(((FilterObject *)o)->it);
    return 0;
}

static int filter_clear(KrObject *o)
{
    KR_CLEAR(((FilterObject *)o)->func);
    KR_CLEAR(((FilterObject *)o)->it);
    return 0;
}

static void filter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    filter_clear(o);
    kr_object_free(o);
}

static KrObject *filter_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (type == &KrFilter_Type && kr_arg_no_kw("filter", kwnames) < 0)
        return NULL;
    if (kr_arg_count("filter", nargs, 2, 2) < 0)
        return NULL;
    KrObject *it = kr_object_getiter(args[1]);
    if (!it)
        return NULL;
    FilterObject *f = (FilterObject *)kr_object_alloc(type, 0);
    if (!f) {
        kr_decref(it);
        return NULL;
    }
    f->func = kr_newref(args[0]);
    f->it = it;
    kr_gc_track((KrObject *)f);
    return (KrObject *)f;
}

static KrObject *filter_next(KrObject *o)
{
    FilterObject *f = (FilterObject *)o;
    int plain = f->func == Kr_None || f->func == (KrObject *)&KrBool_Type;
    for (;;) {
        KrObject *x = kr_iter_next(f->it);
        if (!x)
            return NULL;
        int ok;
        if (plain) {
            ok = kr_object_is_true(x);
        } else {
            KrObject *r = kr_object_call_one(f->func, x);
            if (!r) {
                kr_decref(x);
                return NULL;
            }
            ok = kr_object_is_true(r);
            kr_decref(r);
        }
        if (ok > 0)
            return x;
        kr_decref(x);
        if (ok < 0)
            return NULL;
    }
}

KrTypeObject KrFilter_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "filter",
    .tp_basicsize = sizeof(FilterObject),
    .tp_dealloc = filter_dealloc,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "filter(function or None, iterable) --> filter object\n\n"
              "Return an iterator yielding those items of iterable for which function(item)\n"
              "is true. If function is None, return the items that are true.",
    .tp_traverse = filter_traverse,
    .tp_clear = filter_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = filter_next,
    .tp_new = filter_new,
    .tp_free = kr_object_free,
};

/* ---- reversed ---------------------------------------------------------------------- */

typedef struct {
    KrObject_HEAD
    ssize_t index;
    KrObject *seq;      /* NULL once exhausted */
} RevObject;

static int rev_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((RevObject *)o)->seq);
    return 0;
}

static int rev_clear(KrObject *o)
{
    KR_CLEAR(((RevObject *)o)->seq);
    return 0;
}

static void rev_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    rev_clear(o);
    kr_object_free(o);
}

static KrObject *rev_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (type == &KrReversed_Type && kr_arg_no_kw("reversed", kwnames) < 0)
        return NULL;
    if (kr_arg_count("reversed", nargs, 1, 1) < 0)
        return NULL;
    KrObject *seq = args[0];
    KrObject *raw = kr_type_lookup(KR_TYPE(seq), KR_ID(__reversed__));
    if (raw == Kr_None)
        return kr_err_format(KrExc_TypeError, "'%s' object is not reversible", KR_TYPE(seq)->tp_name);
    if (raw) {
        KrObject *meth = kr_lookup_special(seq, KR_ID(__reversed__));
        if (!meth)
            return NULL;
        KrObject *r = kr_object_call_noargs(meth);
        kr_decref(meth);
        return r;
    }
    KrSequenceMethods *sq = KR_TYPE(seq)->tp_as_sequence;
    if (!sq || !sq->sq_item || KR_DICT_CHECK(seq))
        return kr_err_format(KrExc_TypeError, "'%s' object is not reversible", KR_TYPE(seq)->tp_name);
    ssize_t n = kr_object_size(seq);
    if (n < 0)
        return NULL;
    RevObject *r = (RevObject *)kr_object_alloc(type, 0);
    if (!r)
        return NULL;
    r->index = n - 1;
    r->seq = kr_newref(seq);
    kr_gc_track((KrObject *)r);
    return (KrObject *)r;
}

static KrObject *rev_next(KrObject *o)
{
    RevObject *r = (RevObject *)o;
    if (r->seq && r->index >= 0) {
        KrObject *x = kr_sequence_getitem(r->seq, r->index);
        if (x) {
            r->index--;
            return x;
        }
        if (!kr_err_matches((KrObject *)KrExc_IndexError) && !kr_err_matches((KrObject *)KrExc_StopIteration))
            return NULL;
        kr_err_clear();
    }
    r->index = -1;
    KR_CLEAR(r->seq);
    return NULL;
}

static KrObject *rev_length_hint(KrObject *o, KrObject *unused)
{
    RevObject *r = (RevObject *)o;
    if (!r->seq)
        return kr_int_from_long(0);
    ssize_t n = kr_object_size(r->seq);
    if (n < 0)
        return NULL;
    ssize_t pos = r->index + 1;
    return kr_int_from_ssize(n < pos ? 0 : pos);
}

static KrMethodDef rev_methods[] = {
    {"__length_hint__", NOARGS(rev_length_hint), "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL}
};

KrTypeObject KrReversed_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "reversed",
    .tp_basicsize = sizeof(RevObject),
    .tp_dealloc = rev_dealloc,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "Return a reverse iterator over the values of the given sequence.",
    .tp_traverse = rev_traverse,
    .tp_clear = rev_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = rev_next,
    .tp_methods = rev_methods,
    .tp_new = rev_new,
    .tp_free = kr_object_free,
};

/* ---- the module ------------------------------------------------------------------- */

static KrMethodDef builtin_methods[] = {
    {"__build_class__", FASTKW(bi_build_class),
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
     "Internal helper function used by the class statement."},
    {"__import__", FASTKW(bi_import),
     "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module\n\nImport a module."},
    {"abs", ONE(bi_abs), "Return the absolute value of the argument."},
    {"all", ONE(bi_all),
     "Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True."},
    {"any", ONE(bi_any),
     "Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False."},
    {"ascii", ONE(bi_ascii), "Return an ASCII-only representation of an object."},
    {"bin", ONE(bi_bin), "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'"},
    {"callable", ONE(bi_callable), "Return whether the object is callable (i.e., some kind of function)."},
    {"chr", ONE(bi_chr), "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"compile", FASTKW(bi_compile), "Compile source into a code object that can be executed by exec() or eval()."},
    {"delattr", FAST(bi_delattr), "Deletes the named attribute from the given object.\n\ndelattr(x, 'y') is equivalent to ``del x.y``"},
    {"dir", FAST(bi_dir), "Show attributes of an object."},
    {"divmod", FAST(bi_divmod), "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"eval", FASTKW(bi_eval), "Evaluate the given source in the context of globals and locals."},
    {"exec", FASTKW(bi_exec), "Execute the given source in the context of globals and locals."},
    {"format", FAST(bi_format), "Return type(value).__format__(value, format_spec)"},
    {"getattr", FAST(bi_getattr), "Get a named attribute from an object."},
    {"globals", NOARGS(bi_globals), "Return the dictionary containing the current scope's global variables."},
    {"hasattr", FAST(bi_hasattr), "Return whether the object has an attribute with the given name."},
    {"hash", ONE(bi_hash), "Return the hash value for the given object."},
    {"help", FASTKW(bi_help), "Define the builtin 'help'."},
    {"hex", ONE(bi_hex), "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'"},
    {"id", ONE(bi_id), "Return the identity of an object."},
    {"input", FAST(bi_input), "Read a string from standard input.  The trailing newline is stripped."},
    {"isinstance", FAST(bi_isinstance), "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", FAST(bi_issubclass), "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", FAST(bi_iter), "Get an iterator from an object."},
    {"len", ONE(bi_len), "Return the number of items in a container."},
    {"locals", NOARGS(bi_locals), "Return a dictionary containing the current scope's local variables."},
    {"max", FASTKW(bi_max), "With a single iterable argument, return its biggest item."},
    {"min", FASTKW(bi_min), "With a single iterable argument, return its smallest item."},
    {"next", FAST(bi_next), "Return the next item from the iterator."},
    {"oct", ONE(bi_oct), "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'"},
    {"open", FASTKW(bi_open), "Open file and return a stream.  Raise OSError upon failure."},
    {"ord", ONE(bi_ord), "Return the Unicode code point for a one-character string."},
    {"pow", FASTKW(bi_pow), "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", FASTKW(bi_print), "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", ONE(bi_repr), "Return the canonical string representation of the object."},
    {"round", FASTKW(bi_round), "Round a number to a given precision in decimal digits."},
    {"setattr", FAST(bi_setattr), "Sets the named attribute on the given object to the specified value."},
    {"sorted", FASTKW(bi_sorted), "Return a new list containing all items from the iterable in ascending order."},
    {"sum", FASTKW(bi_sum), "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", FAST(bi_vars), "Show vars."},
    {NULL, NULL, 0, NULL}
};

static const char builtins_doc[] =
    "Built-in functions, types, exceptions, and other objects.\n\n"
    "This module provides direct access to all 'built-in'\n"
    "identifiers of Python; for example, builtins.len is\n"
    "the full name for the built-in function len().\n\n"
    "This module is not normally accessed explicitly by most\n"
    "applications, but can be useful in modules that provide\n"
    "objects with the same name as a built-in value, but in\n"
    "which the built-in of that name is also needed.";

static int add(KrObject *m, const char *name, KrObject *v)
{
    return kr_module_add_object(m, name, kr_newref(v));
}

KrObject *kr_builtins_init(void)
{
    KrObject *m = kr_module_new_cstr("builtins");
    if (!m)
        return NULL;
    if (kr_module_add_functions(m, builtin_methods) < 0)
        goto error;
    static const struct { const char *name; KrTypeObject *type; } types[] = {
        {"object", &KrBaseObject_Type}, {"type", &KrType_Type}, {"int", &KrInt_Type},
        {"bool", &KrBool_Type}, {"float", &KrFloat_Type}, {"complex", &KrComplex_Type},
        {"str", &KrStr_Type}, {"bytes", &KrBytes_Type}, {"bytearray", &KrByteArray_Type},
        {"list", &KrList_Type}, {"tuple", &KrTuple_Type}, {"dict", &KrDict_Type},
        {"set", &KrSet_Type}, {"frozenset", &KrFrozenSet_Type}, {"range", &KrRange_Type},
        {"slice", &KrSlice_Type}, {"property", &KrProperty_Type},
        {"classmethod", &KrClassMethod_Type}, {"staticmethod", &KrStaticMethod_Type},
        {"super", &KrSuper_Type}, {"enumerate", &KrEnumerate_Type}, {"zip", &KrZip_Type},
        {"map", &KrMap_Type}, {"filter", &KrFilter_Type}, {"reversed", &KrReversed_Type},
#define KR_EXC_NAME(n) {#n, &KrExc_##n##_Type},
        KR_EXC_LIST(KR_EXC_NAME)
#undef KR_EXC_NAME
        {"EnvironmentError", &KrExc_OSError_Type}, {"IOError", &KrExc_OSError_Type},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(types); i++) {
        if (kr_type_ready(types[i].type) < 0 || add(m, types[i].name, (KrObject *)types[i].type) < 0)
            goto error;
    }
    if (add(m, "None", Kr_None) < 0 || add(m, "True", Kr_True) < 0 || add(m, "False", Kr_False) < 0 ||
        add(m, "Ellipsis", Kr_Ellipsis) < 0 || add(m, "NotImplemented", Kr_NotImplemented) < 0)
        goto error;
    KrInterp *interp = kr_interp();
    if (add(m, "__debug__", kr_bool_from(!(interp && interp->optimize))) < 0)
        goto error;
    KrObject *doc = kr_str_from_cstr(builtins_doc);
    if (!doc || kr_module_add_object(m, "__doc__", doc) < 0)
        goto error;
    KrObject *pkg = kr_str_empty();
    if (add(m, "__package__", pkg) < 0)
        goto error;
    return m;
error:
    kr_decref(m);
    return NULL;
}
