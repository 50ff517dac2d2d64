/* errors.c: the current exception of a thread and the C error API.
 *
 * A thread state holds at most one exception being raised (curexc), always
 * a normalized instance: kr_err_set_object builds the instance right away
 * from whatever the caller has (an instance, an args tuple, one value or
 * nothing), so later code never has to cope with (type, value) pairs.
 * Raising while another exception is being handled (ts->exc_info) records
 * it as __context__, cutting any cycle that would form, as CPython does.
 *
 * Also here: unraisable exceptions (errors in __del__ and callbacks),
 * printed the way CPython's default sys.unraisablehook prints them, and a
 * small warnings printer that shows each warning once per location until
 * a Python-level warnings module takes over.
 */
#include "kr.h"
#include <errno.h>

/* ---- setting and clearing ------------------------------------------------ */

static inline KrThreadState *ts_get(void) { return kr_tstate(); }

void kr_err_chain_context(KrObject *exc)
{
    KrThreadState *ts = ts_get();
    KrObject *handled = ts->exc_info;
    if (!handled || handled == Kr_None || handled == exc || !KR_IS_EXC(handled) || !KR_IS_EXC(exc))
        return;
    /* walk handled's context chain; if exc is on it, unlink it there so
     * that setting exc.__context__ = handled makes no cycle.  The walk
     * uses Floyd's tortoise and hare in case the chain already loops. */
    KrObject *o = handled, *slow = handled;
    int step = 0;
    for (;;) {
        KrObject *ctx = ((KrBaseExceptionObject *)o)->context;
        if (!ctx)
            break;
        if (ctx == exc) {
            ((KrBaseExceptionObject *)o)->context = NULL;
            kr_decref(ctx);
            break;
        }
        o = ctx;
        if (o == slow)
            break;
        if (step++ & 1)
            slow = ((KrBaseExceptionObject *)slow)->context;
    }
    kr_incref(handled);
    kr_exc_set_context(exc, handled);
}

static void set_current(KrObject *exc)
{
    KrThreadState *ts = ts_get();
    KrObject *old = ts->curexc;
    ts->curexc = exc;
    kr_xdecref(old);
}

void kr_err_set_exc(KrObject *exc)
{
    if (!exc) {
        set_current(NULL);
        return;
    }
    if (!KR_IS_EXC(exc)) {
        kr_decref(exc);
        kr_err_format(KrExc_TypeError, "exceptions must derive from BaseException");
        return;
    }
    kr_err_chain_context(exc);
    set_current(exc);
}

void kr_err_set_object(KrTypeObject *type, KrObject *value)
{
    if (!type || !KR_TYPE_OBJ_CHECK((KrObject *)type) || !KR_IS_EXC_TYPE(type)) {
        set_current(NULL);
        kr_err_format(KrExc_SystemError, "exception %R is not a BaseException subclass",
                      type ? (KrObject *)type : Kr_None);
        return;
    }
    KrObject *exc;
    if (value && KR_IS_EXC(value) && (KR_TYPE(value) == type || kr_type_is_subtype(KR_TYPE(value), type))) {
        exc = kr_newref(value);
    } else {
        /* a pending exception must not confuse the constructor */
        KrObject *pending = kr_err_fetch();
        if (value) kr_incref(value);
        if (!value || value == Kr_None)
            exc = kr_exc_new(type, NULL, 0);
        else if (KR_TUPLE_CHECK(value))
            exc = kr_exc_new(type, KR_TUPLE_ITEMS(value), KR_TUPLE_LEN(value));
        else
            exc = kr_exc_new(type, &value, 1);
        kr_xdecref(value);
        kr_xdecref(pending);
        if (!exc)
            return;
        if (!KR_IS_EXC(exc)) {
            kr_err_format(KrExc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s",
                          (KrObject *)type, kr_object_type_name(exc));
            kr_decref(exc);
            return;
        }
    }
    kr_err_chain_context(exc);
    set_current(exc);
}

void kr_err_set_none(KrTypeObject *type)
{
    kr_err_set_object(type, NULL);
}

void kr_err_set_string(KrTypeObject *type, const char *msg)
{
    KrObject *s = kr_str_from_cstr(msg);
    if (!s)
        return;
    kr_err_set_object(type, s);
    kr_decref(s);
}

KrObject *kr_err_vformat(KrTypeObject *type, const char *fmt, va_list ap)
{
    /* the message may be built from the repr of objects whose repr fails;
     * keep whatever exception was pending out of the way meanwhile */
    KrObject *pending = kr_err_fetch();
    KrObject *msg = kr_str_from_vformat(fmt, ap);
    if (!msg) {
        kr_xdecref(pending);
        return NULL;
    }
    kr_xdecref(pending);
    kr_err_set_object(type, msg);
    kr_decref(msg);
    return NULL;
}

KrObject *kr_err_format(KrTypeObject *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kr_err_vformat(type, fmt, ap);
    va_end(ap);
    return NULL;
}

KrObject *kr_err_occurred(void)
{
    return ts_get()->curexc;
}

int kr_err_given_matches(KrObject *exc_or_type, KrObject *type_or_tuple)
{
    if (!exc_or_type || !type_or_tuple)
        return 0;
    if (KR_TUPLE_CHECK(type_or_tuple)) {
        for (ssize_t i = 0; i < KR_TUPLE_LEN(type_or_tuple); i++)
            if (kr_err_given_matches(exc_or_type, KR_TUPLE_GET(type_or_tuple, i)))
                return 1;
        return 0;
    }
    KrTypeObject *t = KR_TYPE_OBJ_CHECK(exc_or_type) ? (KrTypeObject *)exc_or_type : KR_TYPE(exc_or_type);
    if (!KR_TYPE_OBJ_CHECK(type_or_tuple))
        return exc_or_type == type_or_tuple;
    KrTypeObject *want = (KrTypeObject *)type_or_tuple;
    return t == want || kr_type_is_subtype(t, want);
}

int kr_err_matches(KrObject *type_or_tuple)
{
    KrObject *cur = ts_get()->curexc;
    return cur ? kr_err_given_matches(cur, type_or_tuple) : 0;
}

KrObject *kr_err_fetch(void)
{
    KrThreadState *ts = ts_get();
    KrObject *e = ts->curexc;
    ts->curexc = NULL;
    return e;
}

void kr_err_restore(KrObject *exc)
{
    set_current(exc);
}

void kr_err_clear(void)
{
    KrThreadState *ts = ts_get();
    if (ts->curexc)
        set_current(NULL);
}

/* A MemoryError instance is built without going through constructors that
 * may themselves need memory; when even that fails a process-wide static
 * instance stands in (its fields stay empty: nothing is ever stored in it). */
static KrBaseExceptionObject static_memerr = { KR_STATIC_HEAD(&KrExc_MemoryError_Type),
                                               NULL, NULL, NULL, NULL, NULL, NULL, 0 };

KrObject *kr_err_nomemory(void)
{
    KrObject *pending = kr_err_fetch();
    kr_xdecref(pending);
    KrObject *e = kr_exc_new(&KrExc_MemoryError_Type, NULL, 0);
    if (!e) {
        kr_err_clear();
        e = (KrObject *)&static_memerr;
        if (!static_memerr.args)
            static_memerr.args = kr_tuple_empty();
    }
    set_current(e);
    return NULL;
}

KrObject *kr_err_bad_internal_call(const char *file, int line)
{
    kr_err_format(KrExc_SystemError, "%s:%d: bad argument to internal function", file, line);
    return NULL;
}

static KrObject *errno_exc(KrTypeObject *type, int code, KrObject *filename)
{
    KrObject *num = kr_int_from_long(code);
    if (!num)
        return NULL;
    KrObject *msg = kr_str_from_cstr(code ? strerror(code) : "Error");
    if (!msg) {
        kr_decref(num);
        return NULL;
    }
    KrObject *args[3] = {num, msg, filename};
    KrObject *exc = kr_exc_new(type ? type : KrExc_OSError, args, filename ? 3 : 2);
    kr_decref(num);
    kr_decref(msg);
    if (exc)
        kr_err_set_exc(exc);
    return NULL;
}

KrObject *kr_err_set_from_errno(KrTypeObject *type)
{
    return errno_exc(type, errno, NULL);
}

KrObject *kr_err_set_from_errno_filename(KrTypeObject *type, KrObject *filename)
{
    int code = errno;
    return errno_exc(type, code, filename);
}

/* ---- unraisable exceptions ---------------------------------------------- */

static void write_stderr_str(KrObject *s)
{
    if (kr_sys_write_stderr(s) < 0) {
        kr_err_clear();
        const char *u = kr_str_utf8(s);
        if (u)
            fputs(u, stderr);
        else
            kr_err_clear();
    }
}

/* what the default sys.unraisablehook prints: "MSG: repr(obj)" and the
 * traceback.  Also called by sys.__unraisablehook__ itself (sys.c). */
void kr_err_unraisable_default(KrObject *exc, KrObject *obj, const char *msg)
{
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, msg ? msg : "Exception ignored in");
    if (obj) {
        kr_buf_puts(&b, ": ");
        KrObject *r = kr_object_repr(obj);
        const char *u = r ? kr_str_utf8(r) : NULL;
        if (u)
            kr_buf_puts(&b, u);
        else {
            kr_err_clear();
            kr_buf_puts(&b, "<object repr() failed>");
        }
        kr_xdecref(r);
    }
    kr_buf_putc(&b, '\n');
    KrObject *line = b.failed ? NULL : kr_str_from_utf8(b.data, (ssize_t)b.len);
    kr_buf_free(&b);
    if (line) {
        write_stderr_str(line);
        kr_decref(line);
    } else {
        kr_err_clear();
    }
    if (exc)
        kr_err_print_exception(exc);
    kr_err_clear();
}

/* the argument of a user's sys.unraisablehook: CPython passes a struct
 * sequence; a namespace with the same five attributes reads the same */
static KrObject *unraisable_args(KrObject *exc, KrObject *obj, const char *msg)
{
    KrObject *kw = kr_dict_new();
    if (!kw)
        return NULL;
    KrObject *tb = kr_object_getattr_str(exc, "__traceback__");
    KrObject *m = msg ? kr_str_from_cstr(msg) : kr_newref(Kr_None);
    KrObject *ns = NULL;
    if (tb && m &&
        kr_dict_set_cstr(kw, "exc_type", KR_OBJ(KR_TYPE(exc))) == 0 &&
        kr_dict_set_cstr(kw, "exc_value", exc) == 0 &&
        kr_dict_set_cstr(kw, "exc_traceback", tb) == 0 &&
        kr_dict_set_cstr(kw, "err_msg", m) == 0 &&
        kr_dict_set_cstr(kw, "object", obj ? obj : Kr_None) == 0)
        ns = kr_namespace_new(kw);
    kr_xdecref(tb);
    kr_xdecref(m);
    kr_decref(kw);
    return ns;
}

void kr_err_write_unraisable(KrObject *obj, const char *msg)
{
    KrObject *exc = kr_err_fetch();
    if (!exc)
        return;
    KrThreadState *ts = kr_tstate();
    KrObject *sysdict = ts ? ts->interp->sysdict : NULL;
    KrObject *hook = sysdict ? kr_dict_get_cstr(sysdict, "unraisablehook") : NULL;
    KrObject *dflt = sysdict ? kr_dict_get_cstr(sysdict, "__unraisablehook__") : NULL;
    if (!hook || hook == dflt || hook == Kr_None) {
        kr_err_unraisable_default(exc, obj, msg);
        kr_decref(exc);
        return;
    }
    /* the hook may rebind sys.unraisablehook and drop the last reference */
    kr_incref(hook);
    KrObject *args = unraisable_args(exc, obj, msg);
    KrObject *r = args ? kr_object_call_one(hook, args) : NULL;
    kr_xdecref(args);
    if (r) {
        kr_decref(r);
    } else {
        /* as CPython: the hook's own error is reported against the hook */
        KrObject *exc2 = kr_err_fetch();
        kr_err_unraisable_default(exc2, hook, "Exception ignored in sys.unraisablehook");
        kr_xdecref(exc2);
    }
    kr_decref(hook);
    kr_decref(exc);
    kr_err_clear();
}

/* ---- warnings ------------------------------------------------------------ */

/* line `lineno` (1-based) of the file, stripped of surrounding blanks */
static KrObject *source_line(KrObject *filename, int lineno)
{
    const char *path = kr_str_utf8(filename);
    if (!path) {
        kr_err_clear();
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    KrBuf b;
    kr_buf_init(&b);
    int c, line = 1;
    while ((c = getc(f)) != EOF) {
        if (line == lineno) {
            if (c == '\n')
                break;
            kr_buf_putc(&b, (char)c);
        } else if (c == '\n' && ++line > lineno) {
            break;
        }
    }
    fclose(f);
    if (line != lineno || b.failed) {
        kr_buf_free(&b);
        return NULL;
    }
    size_t s = 0, e = b.len;
    while (s < e && (b.data[s] == ' ' || b.data[s] == '\t' || b.data[s] == '\f'))
        s++;
    while (e > s && (b.data[e - 1] == ' ' || b.data[e - 1] == '\t' || b.data[e - 1] == '\r' ||
                     b.data[e - 1] == '\f'))
        e--;
    KrObject *r = kr_str_from_utf8(b.data ? b.data + s : "", (ssize_t)(e - s));
    kr_buf_free(&b);
    if (!r)
        kr_err_clear();
    return r;
}

/* the default filters of CPython 3.12: DeprecationWarning only from
 * __main__; PendingDeprecation, Import and Resource warnings never */
static int filtered_out(KrTypeObject *category, KrObject *globals)
{
    if (kr_type_is_subtype(category, &KrExc_PendingDeprecationWarning_Type) ||
        kr_type_is_subtype(category, &KrExc_ImportWarning_Type) ||
        kr_type_is_subtype(category, &KrExc_ResourceWarning_Type))
        return 1;
    if (kr_type_is_subtype(category, &KrExc_DeprecationWarning_Type)) {
        KrObject *name = globals ? kr_dict_get_str(globals, KR_ID(__name__)) : NULL;
        return !(name && KR_STR_CHECK(name) && kr_str_eq_cstr(name, "__main__"));
    }
    return 0;
}

/* print "file:line: Category: msg" and the source line to sys.stderr */
static int show_warning(KrTypeObject *category, const char *msg, KrObject *filename, int lineno)
{
    const char *fn = kr_str_utf8(filename);
    if (!fn)
        return -1;
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_printf(&b, "%s:%d: %s: %s\n", fn, lineno, kr_type_name(category), msg);
    KrObject *src = source_line(filename, lineno);
    if (src) {
        const char *u = kr_str_utf8(src);
        if (u && *u)
            kr_buf_printf(&b, "  %s\n", u);
        else
            kr_err_clear();
        kr_decref(src);
    }
    KrObject *out = b.failed ? NULL : kr_str_from_utf8(b.data, (ssize_t)b.len);
    kr_buf_free(&b);
    if (!out)
        return -1;
    write_stderr_str(out);
    kr_decref(out);
    return 0;
}

int kr_err_warn_explicit(KrTypeObject *category, const char *msg, KrObject *filename, int lineno)
{
    if (!category)
        category = &KrExc_UserWarning_Type;
    if (filtered_out(category, NULL))
        return 0;
    if (!filename || !KR_STR_CHECK(filename)) {
        KrObject *fn = kr_str_from_cstr("<unknown>");
        if (!fn)
            return -1;
        int r = show_warning(category, msg, fn, lineno);
        kr_decref(fn);
        return r;
    }
    return show_warning(category, msg, filename, lineno);
}

int kr_err_warn(KrTypeObject *category, const char *msg, int stacklevel)
{
    if (!category)
        category = &KrExc_UserWarning_Type;
    KrFrame *f = kr_eval_current_frame();
    for (int i = 1; f && i < stacklevel; i++)
        f = f->previous;
    KrObject *filename = NULL, *globals = NULL;
    int lineno = 1;
    if (f) {
        filename = kr_newref(f->code->co_filename);
        lineno = kr_frame_lineno(f);
        globals = f->globals;
    } else {
        filename = kr_str_from_cstr("sys");
        if (!filename)
            return -1;
    }
    if (filtered_out(category, globals)) {
        kr_decref(filename);
        return 0;
    }
    /* the main script is named as the command line named it */
    KrObject *modname = globals && KR_DICT_CHECK(globals) ? kr_dict_get_str(globals, KR_ID(__name__)) : NULL;
    if (modname && KR_STR_CHECK(modname) && kr_str_eq_cstr(modname, "__main__")) {
        KrObject *argv = kr_sys_get("argv");
        if (argv && KR_LIST_CHECK(argv) && KR_LIST_LEN(argv) > 0) {
            KrObject *a0 = KR_LIST_GET(argv, 0);
            if (KR_STR_CHECK(a0) && KR_STR_LEN(a0) > 0)
                KR_SETREF(filename, kr_newref(a0));
        }
    }
    KrObject *text = kr_str_from_cstr(msg);
    KrObject *key = NULL, *lineobj = NULL, *registry = NULL;
    int ret = -1;
    if (!text)
        goto done;
    /* once per (text, category, line) in the module's __warningregistry__ */
    if (globals && KR_DICT_CHECK(globals)) {
        registry = kr_dict_get_cstr(globals, "__warningregistry__");
        if (registry && KR_DICT_CHECK(registry)) {
            kr_incref(registry);
        } else {
            registry = kr_dict_new();
            if (!registry || kr_dict_set_cstr(globals, "__warningregistry__", registry) < 0)
                goto done;
        }
        lineobj = kr_int_from_long(lineno);
        if (!lineobj)
            goto done;
        key = kr_tuple_pack(3, text, (KrObject *)category, lineobj);
        if (!key)
            goto done;
        int seen = kr_dict_contains(registry, key);
        if (seen < 0)
            goto done;
        if (seen) {
            ret = 0;
            goto done;
        }
        if (kr_dict_set(registry, key, Kr_True) < 0)
            goto done;
    }
    ret = show_warning(category, msg, filename, lineno);
done:
    kr_decref(filename);
    kr_xdecref(text);
    kr_xdecref(key);
    kr_xdecref(lineobj);
    kr_xdecref(registry);
    return ret;
}
