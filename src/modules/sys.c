/* sys.c: the sys module: interpreter parameters and introspection.
 *
 * Everything sys exposes belongs to the calling interpreter (argv, path,
 * modules, limits, the standard streams); nothing here is process-wide.
 * sys.getrefcount and sys.getsizeof are the windows onto the object model
 * that the memory chapters of the internals tour look through.
 */
#include <unistd.h>
#include "kr.h"

/* ---- sys.version_info, a tuple with named fields ---- */
static const char *const vinfo_names[] = {"major", "minor", "micro", "releaselevel", "serial"};

static KrObject *vinfo_get(KrObject *self, void *closure)
{
    ssize_t i = (ssize_t)(intptr_t)closure;
    return kr_newref(KR_TUPLE_GET(self, i));
}

static KrGetSetDef vinfo_getset[] = {
    {"major", vinfo_get, NULL, NULL, (void *)0},
    {"minor", vinfo_get, NULL, NULL, (void *)1},
    {"micro", vinfo_get, NULL, NULL, (void *)2},
    {"releaselevel", vinfo_get, NULL, NULL, (void *)3},
    {"serial", vinfo_get, NULL, NULL, (void *)4},
    {NULL},
};

/* "sys.NAME(field=value, ...)": the repr of the tuples with named fields */
static KrObject *named_tuple_repr(KrObject *self, const char *const *names)
{
    KrStrWriter w;
    kr_strwriter_init(&w);
    const char *tn = KR_TYPE(self)->tp_name;
    kr_strwriter_write_ascii(&w, tn, (ssize_t)strlen(tn));
    kr_strwriter_write_char(&w, '(');
    for (ssize_t i = 0; i < KR_TUPLE_LEN(self); i++) {
        if (i)
            kr_strwriter_write_ascii(&w, ", ", 2);
        kr_strwriter_write_ascii(&w, names[i], (ssize_t)strlen(names[i]));
        kr_strwriter_write_char(&w, '=');
        KrObject *r = kr_object_repr(KR_TUPLE_GET(self, i));
        if (!r) {
            kr_strwriter_discard(&w);
            return NULL;
        }
        kr_strwriter_write_str(&w, r);
        kr_decref(r);
    }
    kr_strwriter_write_char(&w, ')');
    return kr_strwriter_finish(&w);
}

static KrObject *vinfo_repr(KrObject *self)
{
    return named_tuple_repr(self, vinfo_names);
}

KrTypeObject KrVersionInfo_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "sys.version_info",
    .tp_basicsize = sizeof(KrTupleObject) - sizeof(KrObject *),
    .tp_itemsize = sizeof(KrObject *),
    .tp_repr = vinfo_repr,
    .tp_flags = KR_TPFLAGS_TUPLE_SUBCLASS,
    .tp_getset = vinfo_getset,
    .tp_base = &KrTuple_Type,
};

static KrObject *make_seq(KrTypeObject *t, KrObject **items, ssize_t n);

static KrObject *make_version_info(void)
{
    KrObject *v[] = {kr_int_from_long(3), kr_int_from_long(12), kr_int_from_long(1),
                     kr_str_from_cstr("final"), kr_int_from_long(0)};
    return make_seq(&KrVersionInfo_Type, v, 5);
}

/* ---- sys.int_info: CPython's figures, which programs test against ---- */
static const char *const intinfo_names[] = {"bits_per_digit", "sizeof_digit",
                                            "default_max_str_digits", "str_digits_check_threshold"};
static KrGetSetDef intinfo_getset[] = {
    {"bits_per_digit", vinfo_get, NULL, NULL, (void *)0},
    {"sizeof_digit", vinfo_get, NULL, NULL, (void *)1},
    {"default_max_str_digits", vinfo_get, NULL, NULL, (void *)2},
    {"str_digits_check_threshold", vinfo_get, NULL, NULL, (void *)3},
    {NULL},
};

static KrObject *intinfo_repr(KrObject *self)
{
    return named_tuple_repr(self, intinfo_names);
}

KrTypeObject KrIntInfo_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "sys.int_info",
    .tp_basicsize = sizeof(KrTupleObject) - sizeof(KrObject *),
    .tp_itemsize = sizeof(KrObject *),
    .tp_repr = intinfo_repr,
    .tp_flags = KR_TPFLAGS_TUPLE_SUBCLASS,
    .tp_getset = intinfo_getset,
    .tp_base = &KrTuple_Type,
};

static KrObject *make_int_info(void)
{
    static const long vals[] = {30, 4, 4300, 640};
    KrObject *t = kr_object_alloc(&KrIntInfo_Type, 4);
    if (!t)
        return NULL;
    ((KrTupleObject *)t)->hash = -1;
    for (int i = 0; i < 4; i++)
        KR_TUPLE_SET(t, i, kr_int_from_long(vals[i]));   /* small ints: cannot fail */
    return t;
}

/* ---- other named tuples of sys: float_info, int_info, hash_info, flags ---- */
static const char *const float_info_names[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
    "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds", NULL};
static const char *const hash_info_names[] = {"width", "modulus", "inf", "nan", "imag",
    "algorithm", "hash_bits", "seed_bits", "cutoff", NULL};
static const char *const flags_names[] = {"debug", "inspect", "interactive", "optimize",
    "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose",
    "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
    "warn_default_encoding", "safe_path", "int_max_str_digits", NULL};

extern KrTypeObject KrFloatInfo_Type, KrHashInfo_Type, KrFlags_Type;

static const char *const *names_of(KrObject *self)
{
    KrTypeObject *t = KR_TYPE(self);
    return t == &KrFloatInfo_Type ? float_info_names
         : t == &KrHashInfo_Type ? hash_info_names : flags_names;
}

static KrObject *seq_repr(KrObject *self)
{
    return named_tuple_repr(self, names_of(self));
}

static KrGetSetDef float_info_getset[12], hash_info_getset[10], flags_getset[19];

static void fill_getset(KrGetSetDef *g, const char *const *names)
{
    for (int i = 0; names[i]; i++) {
        g[i].name = names[i];
        g[i].get = vinfo_get;
        g[i].closure = (void *)(intptr_t)i;
    }
}

#define SEQ_TYPE(var, pyname, gs) \
    KrTypeObject var = { \
        .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0), \
        .tp_name = pyname, \
        .tp_basicsize = sizeof(KrTupleObject) - sizeof(KrObject *), \
        .tp_itemsize = sizeof(KrObject *), \
        .tp_repr = seq_repr, \
        .tp_flags = KR_TPFLAGS_TUPLE_SUBCLASS, \
        .tp_getset = gs, \
        .tp_base = &KrTuple_Type, \
    };
SEQ_TYPE(KrFloatInfo_Type, "sys.float_info", float_info_getset)
SEQ_TYPE(KrHashInfo_Type, "sys.hash_info", hash_info_getset)
SEQ_TYPE(KrFlags_Type, "sys.flags", flags_getset)

/* the getset tables are filled before the types are readied (runtime start-up) */
void kr_sys_runtime_init(void)
{
    fill_getset(float_info_getset, float_info_names);
    fill_getset(hash_info_getset, hash_info_names);
    fill_getset(flags_getset, flags_names);
}

static KrObject *make_seq(KrTypeObject *t, KrObject **items, ssize_t n)
{
    KrObject *o = kr_object_alloc(t, n);
    bool ok = o != NULL;
    for (ssize_t i = 0; i < n; i++) {
        if (!items[i])
            ok = false;
        if (o)
            KR_TUPLE_SET(o, i, items[i] ? items[i] : kr_newref(Kr_None));
        else
            kr_xdecref(items[i]);
    }
    if (o)
        ((KrTupleObject *)o)->hash = -1;
    if (!ok) {
        kr_xdecref(o);
        return NULL;
    }
    return o;
}

static KrObject *make_float_info(void)
{
    KrObject *v[] = {kr_float_from_double(1.7976931348623157e308), kr_int_from_long(1024),
                     kr_int_from_long(308), kr_float_from_double(2.2250738585072014e-308),
                     kr_int_from_long(-1021), kr_int_from_long(-307), kr_int_from_long(15),
                     kr_int_from_long(53), kr_float_from_double(2.220446049250313e-16),
                     kr_int_from_long(2), kr_int_from_long(1)};
    return make_seq(&KrFloatInfo_Type, v, 11);
}

static KrObject *make_hash_info(void)
{
    KrObject *v[] = {kr_int_from_long(64), kr_int_from_i64((int64_t)KR_HASH_MODULUS),
                     kr_int_from_long(KR_HASH_INF), kr_int_from_long(0),
                     kr_int_from_long((long)KR_HASH_IMAG), kr_str_from_cstr("fnv"),
                     kr_int_from_long(64), kr_int_from_long(0), kr_int_from_long(0)};
    return make_seq(&KrHashInfo_Type, v, 9);
}

static KrObject *make_flags(KrInterp *in)
{
    KrObject *v[18];
    long vals[18] = {0, 0, 0, in->optimize, in->dont_write_bytecode, 1, 1, 0, in->verbose,
                     0, 0, 0, 0, in->dev_mode, 0, 0, 0, -1};
    for (int i = 0; i < 18; i++)
        v[i] = (i == 13) ? kr_newref(kr_bool_from(vals[i])) : kr_int_from_long(vals[i]);
    return make_seq(&KrFlags_Type, v, 18);
}

/* ---- functions ---- */
static KrObject *sys_exit(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("exit", nargs, 0, 1) < 0)
        return NULL;
    kr_err_set_object(&KrExc_SystemExit_Type, nargs ? args[0] : NULL);
    return NULL;
}

static KrObject *sys_getrefcount(KrObject *self, KrObject *o)
{
    if (kr_is_immortal(o))
        return kr_int_from_i64(KR_IMMORTAL_REPORTED);
    return kr_int_from_ssize(o->ob_refcnt);
}

static KrObject *sys_getrecursionlimit(KrObject *self, KrObject *unused)
{
    return kr_int_from_long(kr_interp()->recursion_limit);
}

static KrObject *sys_setrecursionlimit(KrObject *self, KrObject *arg)
{
    if (!KR_INT_CHECK(arg))
        return kr_err_format(KrExc_TypeError, "'%T' object cannot be interpreted as an integer", arg);
    long n = kr_int_as_long(arg);
    if (n == -1 && kr_err_occurred())
        return NULL;
    if (n < 1)
        return kr_err_format(KrExc_ValueError, "recursion limit must be greater or equal than 1");
    KrThreadState *ts = kr_tstate();
    if (ts->recursion_depth >= n)
        return kr_err_format(KrExc_RecursionError,
                             "cannot set the recursion limit to %ld at the recursion depth %d: "
                             "the limit is too low", n, ts->recursion_depth);
    kr_interp()->recursion_limit = (int)(n > 1000000000 ? 1000000000 : n);
    KR_RETURN_NONE;
}

static KrObject *sys_getsizeof(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"object", "default", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_arg_parse("getsizeof", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    KrObject *o = a[0];
    int found = 0;
    KrObject *r = kr_call_special(o, KR_ID(__sizeof__), NULL, 0, &found);
    if (!r) {
        if (!found && !kr_err_occurred()) {
            size_t n = (size_t)KR_TYPE(o)->tp_basicsize;
            if (KR_TYPE(o)->tp_itemsize)
                n += (size_t)KR_TYPE(o)->tp_itemsize * (size_t)(KR_SIZE(o) < 0 ? -KR_SIZE(o) : KR_SIZE(o));
            r = kr_int_from_size(n);
        } else if (a[1] && kr_err_matches(KR_OBJ(KrExc_TypeError))) {
            kr_err_clear();
            return kr_newref(a[1]);
        } else {
            return NULL;
        }
        if (!r)
            return NULL;
    }
    if (!KR_INT_CHECK(r)) {
        kr_decref(r);
        return kr_err_format(KrExc_TypeError, "an integer is required");
    }
    ssize_t n = kr_int_as_ssize(r);
    kr_decref(r);
    if (n == -1 && kr_err_occurred())
        return NULL;
    if (n < 0)
        return kr_err_format(KrExc_ValueError, "__sizeof__() should return >= 0");
    if (KR_IS_GC(o))
        n += (ssize_t)sizeof(KrGCHead);
    return kr_int_from_ssize(n);
}

static KrObject *sys_intern(KrObject *self, KrObject *s)
{
    if (!KR_STR_CHECK_EXACT(s))
        return kr_err_format(KrExc_TypeError, "intern() argument must be str, not %T", s);
    kr_incref(s);
    return kr_str_intern(s);
}

static KrObject *sys_exception(KrObject *self, KrObject *unused)
{
    KrObject *e = kr_tstate()->exc_info;
    return kr_newref(e ? e : Kr_None);
}

static KrObject *sys_exc_info(KrObject *self, KrObject *unused)
{
    KrObject *e = kr_tstate()->exc_info;
    if (!e || e == Kr_None)
        return kr_tuple_pack(3, Kr_None, Kr_None, Kr_None);
    KrObject *tb = kr_exc_get_traceback(e);
    KrObject *r = kr_tuple_pack(3, KR_OBJ(KR_TYPE(e)), e, tb ? tb : Kr_None);
    kr_xdecref(tb);
    return r;
}

static KrObject *sys_getframe(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("_getframe", nargs, 0, 1) < 0)
        return NULL;
    long depth = 0;
    if (nargs) {
        depth = kr_int_as_long(args[0]);
        if (depth == -1 && kr_err_occurred())
            return NULL;
    }
    return kr_eval_getframe((int)depth);
}

static KrObject *sys_getdefaultencoding(KrObject *self, KrObject *unused)
{
    return kr_str_from_cstr("utf-8");
}

static KrObject *sys_setswitchinterval(KrObject *self, KrObject *arg)
{
    double d = kr_float_as_double(arg);
    if (d == -1.0 && kr_err_occurred())
        return NULL;
    if (d <= 0)
        return kr_err_format(KrExc_ValueError, "switch interval must be strictly positive");
    kr_interp()->gil.interval_us = (long)(d * 1e6) > 0 ? (long)(d * 1e6) : 1;
    KR_RETURN_NONE;
}

static KrObject *sys_getswitchinterval(KrObject *self, KrObject *unused)
{
    return kr_float_from_double((double)kr_interp()->gil.interval_us / 1e6);
}

static KrObject *sys_set_int_max_str_digits(KrObject *self, KrObject *const *args, ssize_t nargs,
                                            KrObject *kwnames)
{
    static const char *const names[] = {"maxdigits", NULL};
    KrObject *a[1] = {NULL};
    if (kr_arg_parse("set_int_max_str_digits", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    long n = kr_int_as_long(a[0]);
    if (n == -1 && kr_err_occurred())
        return NULL;
    if (n != 0 && n < 640)
        return kr_err_format(KrExc_ValueError, "maxdigits must be 0 or larger than 640");
    kr_interp()->int_max_str_digits = (int)n;
    KR_RETURN_NONE;
}

static KrObject *sys_get_int_max_str_digits(KrObject *self, KrObject *unused)
{
    return kr_int_from_long(kr_interp()->int_max_str_digits);
}

static KrObject *sys_displayhook(KrObject *self, KrObject *o)
{
    if (o == Kr_None)
        KR_RETURN_NONE;
    KrObject *b = kr_interp()->builtins;
    if (kr_dict_set_cstr(b, "_", Kr_None) < 0)
        return NULL;
    KrObject *r = kr_object_repr(o);
    if (!r)
        return NULL;
    KrObject *nl = kr_str_from_cstr("\n");
    KrObject *line = nl ? kr_str_concat(r, nl) : NULL;
    kr_xdecref(nl);
    kr_decref(r);
    if (!line || kr_sys_write_stdout(line) < 0) {
        kr_xdecref(line);
        return NULL;
    }
    kr_decref(line);
    if (kr_dict_set_cstr(b, "_", o) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *sys_excepthook(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("excepthook", nargs, 3, 3) < 0)
        return NULL;
    KrObject *exc = args[1];
    if (!KR_IS_EXC(exc)) {
        KrObject *s = kr_object_str(exc);
        if (s) {
            fprintf(stderr, "TypeError: print_exception(): Exception expected for value, %s found\n",
                    kr_object_type_name(exc));
            kr_decref(s);
        }
        kr_err_clear();
        KR_RETURN_NONE;
    }
    if (args[2] != Kr_None && KR_TYPE(args[2]) == &KrTraceback_Type)
        kr_exc_set_traceback(exc, args[2]);
    kr_err_print_exception(exc);
    KR_RETURN_NONE;
}

void kr_err_unraisable_default(KrObject *exc, KrObject *obj, const char *msg);  /* errors.c */

/* sys.__unraisablehook__: prints what its argument describes, the way
 * unraisable exceptions are printed when no hook is installed */
static KrObject *sys_unraisablehook(KrObject *self, KrObject *arg)
{
    KrObject *exc = kr_object_getattr_str(arg, "exc_value");
    KrObject *obj = exc ? kr_object_getattr_str(arg, "object") : NULL;
    KrObject *msg = obj ? kr_object_getattr_str(arg, "err_msg") : NULL;
    if (!msg) {
        kr_xdecref(exc);
        kr_xdecref(obj);
        return NULL;
    }
    const char *m = NULL;
    if (KR_STR_CHECK(msg) && !(m = kr_str_utf8(msg)))
        kr_err_clear();
    kr_err_unraisable_default(exc == Kr_None ? NULL : exc, obj == Kr_None ? NULL : obj, m);
    kr_decref(exc);
    kr_decref(obj);
    kr_decref(msg);
    KR_RETURN_NONE;
}

static KrObject *sys_is_finalizing(KrObject *self, KrObject *unused)
{
    return kr_bool_from(kr_interp()->finalizing);
}

static KrObject *sys_getallocatedblocks(KrObject *self, KrObject *unused)
{
    return kr_int_from_size(kr_interp()->mem_blocks);
}

/* as in a CPython debug build: references to mortal objects; the new int
 * made for the answer is not yet counted */
static KrObject *sys_gettotalrefcount(KrObject *self, KrObject *unused)
{
    return kr_int_from_ssize(kr_reftotal(kr_interp()));
}

/* per-thread GIL figures: {thread ident: (times the GIL was taken after
 * waiting, seconds spent waiting)} plus 'switch_number' and 'interval' */
static KrObject *sys_gil_stats(KrObject *self, KrObject *unused)
{
    KrInterp *in = kr_interp();
    KrObject *d = kr_dict_new();
    if (!d)
        return NULL;
    pthread_mutex_lock(&in->threads_mutex);
    for (KrThreadState *t = in->threads; t; t = t->next) {
        KrObject *k = kr_int_from_size(t->thread_id);
        KrObject *sw = kr_int_from_u64(t->gil_switches);
        KrObject *wt = kr_float_from_double(t->gil_wait_seconds);
        KrObject *v = (sw && wt) ? kr_tuple_pack(2, sw, wt) : NULL;
        int bad = !k || !v || kr_dict_set(d, k, v) < 0;
        kr_xdecref(k); kr_xdecref(sw); kr_xdecref(wt); kr_xdecref(v);
        if (bad) {
            pthread_mutex_unlock(&in->threads_mutex);
            kr_decref(d);
            return NULL;
        }
    }
    pthread_mutex_unlock(&in->threads_mutex);
    KrObject *n = kr_int_from_size(in->gil.switch_number);
    if (!n || kr_dict_set_cstr(d, "switch_number", n) < 0) {
        kr_xdecref(n);
        kr_decref(d);
        return NULL;
    }
    kr_decref(n);
    return d;
}

static KrObject *sys_settrace(KrObject *self, KrObject *f)
{
    if (f != Kr_None)
        return kr_err_format(KrExc_NotImplementedError, "sys.settrace is not supported yet");
    KR_RETURN_NONE;
}

static KrObject *sys_gettrace(KrObject *self, KrObject *unused) { KR_RETURN_NONE; }

static KrObject *sys_audit(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    KR_RETURN_NONE;   /* no audit hooks are installed */
}

static KrMethodDef sys_methods[] = {
    {"exit", KR_CFUNC(sys_exit), KR_METH_FASTCALL, NULL},
    {"getrefcount", KR_CFUNC(sys_getrefcount), KR_METH_O, NULL},
    {"getrecursionlimit", KR_CFUNC(sys_getrecursionlimit), KR_METH_NOARGS, NULL},
    {"setrecursionlimit", KR_CFUNC(sys_setrecursionlimit), KR_METH_O, NULL},
    {"getsizeof", KR_CFUNC(sys_getsizeof), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"intern", KR_CFUNC(sys_intern), KR_METH_O, NULL},
    {"exception", KR_CFUNC(sys_exception), KR_METH_NOARGS, NULL},
    {"exc_info", KR_CFUNC(sys_exc_info), KR_METH_NOARGS, NULL},
    {"_getframe", KR_CFUNC(sys_getframe), KR_METH_FASTCALL, NULL},
    {"getdefaultencoding", KR_CFUNC(sys_getdefaultencoding), KR_METH_NOARGS, NULL},
    {"getfilesystemencoding", KR_CFUNC(sys_getdefaultencoding), KR_METH_NOARGS, NULL},
    {"setswitchinterval", KR_CFUNC(sys_setswitchinterval), KR_METH_O, NULL},
    {"getswitchinterval", KR_CFUNC(sys_getswitchinterval), KR_METH_NOARGS, NULL},
    {"set_int_max_str_digits", KR_CFUNC(sys_set_int_max_str_digits), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"get_int_max_str_digits", KR_CFUNC(sys_get_int_max_str_digits), KR_METH_NOARGS, NULL},
    {"displayhook", KR_CFUNC(sys_displayhook), KR_METH_O, NULL},
    {"excepthook", KR_CFUNC(sys_excepthook), KR_METH_FASTCALL, NULL},
    {"unraisablehook", KR_CFUNC(sys_unraisablehook), KR_METH_O, NULL},
    {"is_finalizing", KR_CFUNC(sys_is_finalizing), KR_METH_NOARGS, NULL},
    {"getallocatedblocks", KR_CFUNC(sys_getallocatedblocks), KR_METH_NOARGS, NULL},
    {"gettotalrefcount", KR_CFUNC(sys_gettotalrefcount), KR_METH_NOARGS, NULL},
    {"_gil_stats", KR_CFUNC(sys_gil_stats), KR_METH_NOARGS, NULL},
    {"settrace", KR_CFUNC(sys_settrace), KR_METH_O, NULL},
    {"setprofile", KR_CFUNC(sys_settrace), KR_METH_O, NULL},
    {"gettrace", KR_CFUNC(sys_gettrace), KR_METH_NOARGS, NULL},
    {"getprofile", KR_CFUNC(sys_gettrace), KR_METH_NOARGS, NULL},
    {"audit", KR_CFUNC(sys_audit), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {NULL},
};

/* ---- helpers for C code ---- */
KR_BORROWED KrObject *kr_sys_get(const char *name)
{
    KrThreadState *ts = kr_tstate();
    if (!ts || !ts->interp->sysdict)
        return NULL;
    return kr_dict_get_cstr(ts->interp->sysdict, name);
}

static int write_to(const char *stream, KrObject *s, int fd)
{
    KrObject *f = kr_sys_get(stream);
    if (!f || f == Kr_None) {
        const char *u = kr_str_utf8(s);
        if (!u)
            return -1;
        ssize_t n = (ssize_t)strlen(u);
        return write(fd, u, (size_t)n) == n ? 0 : -1;
    }
    KrObject *r = kr_object_call_method(f, KR_ID(write), &s, 1);
    if (!r)
        return -1;
    kr_decref(r);
    return 0;
}

int kr_sys_write_stdout(KrObject *s) { return write_to("stdout", s, 1); }
int kr_sys_write_stderr(KrObject *s) { return write_to("stderr", s, 2); }

void kr_sys_write_stderr_cstr(const char *s)
{
    KrObject *o = kr_str_from_cstr(s);
    if (!o || kr_sys_write_stderr(o) < 0) {
        kr_err_clear();
        ssize_t ignored = write(2, s, strlen(s));
        (void)ignored;
    }
    kr_xdecref(o);
}

void kr_sys_flush_std(void)
{
    static const char *const names[] = {"stdout", "stderr"};
    for (int i = 0; i < 2; i++) {
        KrObject *f = kr_sys_get(names[i]);
        if (f && f != Kr_None) {
            KrObject *r = kr_object_call_method(f, KR_ID(flush), NULL, 0);
            if (!r)
                kr_err_clear();
            kr_xdecref(r);
        }
    }
}

/* ---- the module ---- */
static int add(KrObject *m, const char *name, KrObject *v)
{
    if (!v)
        return -1;
    return kr_module_add_object(m, name, v);
}

static KrObject *str_list(const char *const *names)
{
    KrObject *l = kr_list_new(0);
    for (int i = 0; l && names[i]; i++) {
        KrObject *s = kr_str_from_cstr(names[i]);
        if (!s || kr_list_append_steal(l, s) < 0) {
            kr_decref(l);
            return NULL;
        }
    }
    return l;
}

KrObject *kr_sys_init(void)
{
    KrInterp *in = kr_interp();
    KrObject *m = kr_module_new_cstr("sys");
    if (!m)
        return NULL;
    if (kr_module_add_functions(m, sys_methods) < 0)
        goto fail;
    KrObject *d = kr_module_dict(m);
    /* the hooks as originally installed */
    KrObject *v;
    if ((v = kr_dict_get_cstr(d, "displayhook")) && kr_dict_set_cstr(d, "__displayhook__", v) < 0)
        goto fail;
    if ((v = kr_dict_get_cstr(d, "excepthook")) && kr_dict_set_cstr(d, "__excepthook__", v) < 0)
        goto fail;
    if ((v = kr_dict_get_cstr(d, "unraisablehook")) && kr_dict_set_cstr(d, "__unraisablehook__", v) < 0)
        goto fail;
    if (kr_module_add_object(m, "argv", kr_newref(in->argv)) < 0 ||
        kr_module_add_object(m, "orig_argv", kr_newref(in->argv)) < 0 ||
        kr_module_add_object(m, "path", kr_newref(in->path)) < 0 ||
        kr_module_add_object(m, "modules", kr_newref(in->modules)) < 0 ||
        add(m, "version_info", make_version_info()) < 0 ||
        add(m, "float_info", make_float_info()) < 0 ||
        add(m, "hash_info", make_hash_info()) < 0 ||
        add(m, "flags", make_flags(in)) < 0 ||
        add(m, "int_info", make_int_info()) < 0 ||
        add(m, "version", kr_str_from_cstr("3.12.1 (Krait 0.1.0)")) < 0 ||
        kr_module_add_int(m, "hexversion", 0x030C01F0) < 0 ||
        add(m, "maxsize", kr_int_from_ssize(PTRDIFF_MAX)) < 0 ||
        kr_module_add_int(m, "maxunicode", 0x10FFFF) < 0 ||
        add(m, "byteorder", kr_str_from_cstr("little")) < 0 ||
        add(m, "platform", kr_str_from_cstr("linux")) < 0 ||
        add(m, "executable", kr_str_from_cstr("")) < 0 ||
        add(m, "prefix", kr_str_from_cstr("")) < 0 ||
        add(m, "exec_prefix", kr_str_from_cstr("")) < 0 ||
        add(m, "base_prefix", kr_str_from_cstr("")) < 0 ||
        add(m, "copyright", kr_str_from_cstr("Copyright (c) the Krait authors.")) < 0 ||
        kr_module_add_int(m, "api_version", 1013) < 0 ||
        add(m, "warnoptions", kr_list_new(0)) < 0 ||
        add(m, "_xoptions", kr_dict_new()) < 0 ||
        add(m, "dont_write_bytecode", kr_newref(kr_bool_from(in->dont_write_bytecode))) < 0 ||
        add(m, "meta_path", kr_list_new(0)) < 0 ||
        add(m, "path_hooks", kr_list_new(0)) < 0 ||
        add(m, "path_importer_cache", kr_dict_new()) < 0 ||
        add(m, "pycache_prefix", kr_newref(Kr_None)) < 0)
        goto fail;
    static const char *const builtin_names[] = {"_thread", "builtins", "gc", "math", "sys", "time", NULL};
    KrObject *bl = str_list(builtin_names);
    if (!bl)
        goto fail;
    KrObject *bt = kr_list_as_tuple(bl);
    kr_decref(bl);
    if (add(m, "builtin_module_names", bt) < 0)
        goto fail;
    {
        char exe[4096];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        if (n > 0) {
            exe[n] = '\0';
            if (add(m, "executable", kr_str_from_cstr(exe)) < 0)
                goto fail;
        }
    }
    /* sys.implementation: a namespace, as CPython */
    {
        KrObject *names[4];
        KrObject *vals[4];
        names[0] = kr_str_from_cstr("name"); vals[0] = kr_str_from_cstr("krait");
        names[1] = kr_str_from_cstr("cache_tag"); vals[1] = kr_str_from_cstr("krait-01");
        names[2] = kr_str_from_cstr("version"); vals[2] = make_version_info();
        names[3] = kr_str_from_cstr("hexversion"); vals[3] = kr_int_from_long(0x000100F0);
        KrObject *kwnames = kr_tuple_from_array(names, 4);
        KrObject *ns = NULL;
        if (kwnames)
            ns = kr_object_vectorcall(KR_OBJ(&KrSimpleNamespace_Type), vals, 0, kwnames);
        for (int i = 0; i < 4; i++) {
            kr_xdecref(names[i]);
            kr_xdecref(vals[i]);
        }
        kr_xdecref(kwnames);
        if (add(m, "implementation", ns) < 0)
            goto fail;
    }
    /* the standard streams */
    KrObject *sin = kr_file_from_fd(0, "r", "<stdin>", 0);
    KrObject *sout = kr_file_from_fd(1, "w", "<stdout>", 0);
    KrObject *serr = kr_file_from_fd(2, "w", "<stderr>", 0);
    if (!sin || !sout || !serr) {
        kr_xdecref(sin); kr_xdecref(sout); kr_xdecref(serr);
        goto fail;
    }
    if (kr_module_add_object(m, "__stdin__", kr_newref(sin)) < 0 ||
        kr_module_add_object(m, "__stdout__", kr_newref(sout)) < 0 ||
        kr_module_add_object(m, "__stderr__", kr_newref(serr)) < 0 ||
        kr_module_add_object(m, "stdin", sin) < 0 ||
        kr_module_add_object(m, "stdout", sout) < 0 ||
        kr_module_add_object(m, "stderr", serr) < 0)
        goto fail;
    return m;
fail:
    kr_decref(m);
    return NULL;
}
