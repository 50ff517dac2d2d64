/* call.c: calling Python functions from C.
 *
 * kr_function_vectorcall pushes a frame on the thread's frame stack, binds
 * the arguments into its localsplus slots (positional, keywords, defaults,
 * *args, **kwargs, with CPython's exact TypeError messages) and runs it in
 * a fresh kr_eval_frame.  Generator functions stop after binding: the frame
 * is moved into a new generator object instead.  The eval loop uses the
 * same binding for Python-to-Python calls but runs the callee in place.
 */
#include "kr.h"

static KrObject *name_repr(KrCodeObject *co, int i)
{
    return kr_object_repr(KR_TUPLE_GET(co->co_localsplusnames, i));
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static KrObject *join_names(KrObject *names)
{
    ssize_t n = KR_LIST_LEN(names);
    if (n == 1)
        return KR_NEWREF(KR_LIST_GET(names, 0));
    if (n == 2)
        return kr_str_from_format("%U and %U", KR_LIST_GET(names, 0), KR_LIST_GET(names, 1));
    KrStrWriter w;
    kr_strwriter_init(&w);
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0 && kr_strwriter_write_ascii(&w, i == n - 1 ? ", and " : ", ", i == n - 1 ? 6 : 2) < 0)
            goto fail;
        if (kr_strwriter_write_str(&w, KR_LIST_GET(names, i)) < 0)
            goto fail;
    }
    return kr_strwriter_finish(&w);
fail:
    kr_strwriter_discard(&w);
    return NULL;
}

static void missing_arguments(KrFunctionObject *fn, KrFrame *f, int positional, int start, int end)
{
    KrCodeObject *co = f->code;
    KrObject *names = kr_list_new(0);
    if (!names)
        return;
    for (int i = start; i < end; i++) {
        if (f->localsplus[i] == NULL) {
            KrObject *r = name_repr(co, i);
            if (!r || kr_list_append_steal(names, r) < 0) {
                KR_DECREF(names);
                return;
            }
        }
    }
    ssize_t n = KR_LIST_LEN(names);
    KrObject *joined = join_names(names);
    if (joined)
        kr_err_format(KrExc_TypeError, "%U() missing %zd required %s argument%s: %U",
                      fn->func_qualname, n, positional ? "positional" : "keyword-only",
                      n == 1 ? "" : "s", joined);
    KR_XDECREF(joined);
    KR_DECREF(names);
}

static void too_many_positional(KrFunctionObject *fn, KrFrame *f, ssize_t given)
{
    KrCodeObject *co = f->code;
    ssize_t kwonly_given = 0;
    for (int i = co->co_argcount; i < co->co_argcount + co->co_kwonlyargcount; i++)
        if (f->localsplus[i])
            kwonly_given++;
    ssize_t defcount = fn->func_defaults ? KR_TUPLE_LEN(fn->func_defaults) : 0;
    char sig[64], kwsig[96];
    int plural;
    if (defcount) {
        plural = 1;
        snprintf(sig, sizeof sig, "from %zd to %d", (ssize_t)co->co_argcount - defcount, (int)co->co_argcount);
    } else {
        plural = co->co_argcount != 1;
        snprintf(sig, sizeof sig, "%d", (int)co->co_argcount);
    }
    kwsig[0] = 0;
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %zd keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    kr_err_format(KrExc_TypeError, "%U() takes %s positional argument%s but %zd%s %s given",
                  fn->func_qualname, sig, plural ? "s" : "", given, kwsig,
                  given == 1 && !kwonly_given ? "was" : "were");
}

/* a keyword matched no parameter: report the positional-only names passed
 * by keyword if there are any, else the unexpected keyword */
static void unexpected_keyword(KrFunctionObject *fn, KrCodeObject *co, KrObject *kwnames, KrObject *name)
{
    if (co->co_posonlyargcount) {
        KrObject *hits = kr_list_new(0);
        if (!hits)
            return;
        ssize_t nkw = KR_TUPLE_LEN(kwnames);
        for (int k = 0; k < co->co_posonlyargcount; k++) {
            KrObject *pname = KR_TUPLE_GET(co->co_localsplusnames, k);
            for (ssize_t j = 0; j < nkw; j++) {
                KrObject *kw = KR_TUPLE_GET(kwnames, j);
                if (kw == pname || (KR_STR_CHECK(kw) && kr_str_eq(kw, pname))) {
                    if (kr_list_append(hits, kw) < 0) {
                        KR_DECREF(hits);
                        return;
                    }
                }
            }
        }
        if (KR_LIST_LEN(hits)) {
            KrObject *sep = kr_str_from_cstr(", ");
            KrObject *joined = sep ? kr_str_join(sep, hits) : NULL;
            if (joined)
                kr_err_format(KrExc_TypeError,
                              "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                              fn->func_qualname, joined);
            KR_XDECREF(sep);
            KR_XDECREF(joined);
            KR_DECREF(hits);
            return;
        }
        KR_DECREF(hits);
    }
    kr_err_format(KrExc_TypeError, "%U() got an unexpected keyword argument '%S'", fn->func_qualname, name);
}

int kr_call_bind_args(KrFrame *f, KrFunctionObject *fn, KrObject *const *args, ssize_t nargs,
                      KrObject *kwnames)
{
    KrCodeObject *co = f->code;
    KrObject **lp = f->localsplus;
    int argcount = co->co_argcount;
    int total = argcount + co->co_kwonlyargcount;
    int flags = co->co_flags;
    KrObject *kwdict = NULL;

    if (flags & KR_CO_VARKEYWORDS) {
        kwdict = kr_dict_new();
        if (!kwdict)
            return -1;
        lp[total + ((flags & KR_CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    ssize_t n = nargs < argcount ? nargs : argcount;
    for (ssize_t i = 0; i < n; i++) {
        KR_INCREF(args[i]);
        lp[i] = args[i];
    }
    if (flags & KR_CO_VARARGS) {
        KrObject *t = nargs > n ? kr_tuple_from_array(args + n, nargs - n) : KR_NEWREF(kr_tuple_empty());
        if (!t)
            return -1;
        lp[total] = t;
    }

    if (kwnames) {
        ssize_t nkw = KR_TUPLE_LEN(kwnames);
        KrObject *names = co->co_localsplusnames;
        for (ssize_t k = 0; k < nkw; k++) {
            KrObject *kw = KR_TUPLE_GET(kwnames, k);
            KrObject *v = args[nargs + k];
            if (!KR_STR_CHECK(kw)) {
                kr_err_format(KrExc_TypeError, "%U() keywords must be strings", fn->func_qualname);
                return -1;
            }
            int j;
            for (j = co->co_posonlyargcount; j < total; j++)
                if (KR_TUPLE_GET(names, j) == kw)
                    goto found;
            for (j = co->co_posonlyargcount; j < total; j++)
                if (kr_str_eq(KR_TUPLE_GET(names, j), kw))
                    goto found;
            if (kwdict) {
                if (kr_dict_set(kwdict, kw, v) < 0)
                    return -1;
                continue;
            }
            unexpected_keyword(fn, co, kwnames, kw);
            return -1;
        found:
            if (lp[j]) {
                kr_err_format(KrExc_TypeError, "%U() got multiple values for argument '%S'",
                              fn->func_qualname, kw);
                return -1;
            }
            KR_INCREF(v);
            lp[j] = v;
        }
    }

    if (nargs > argcount && !(flags & KR_CO_VARARGS)) {
        too_many_positional(fn, f, nargs);
        return -1;
    }

    if (nargs < argcount) {
        ssize_t defcount = fn->func_defaults ? KR_TUPLE_LEN(fn->func_defaults) : 0;
        ssize_t m = argcount - defcount;
        for (ssize_t i = nargs; i < m; i++) {
            if (!lp[i]) {
                missing_arguments(fn, f, 1, 0, (int)m);
                return -1;
            }
        }
        for (ssize_t i = m > nargs ? m : nargs; i < argcount; i++) {
            if (!lp[i]) {
                KrObject *d = KR_TUPLE_GET(fn->func_defaults, i - m);
                KR_INCREF(d);
                lp[i] = d;
            }
        }
    }

    if (co->co_kwonlyargcount) {
        int missing = 0;
        for (int i = argcount; i < total; i++) {
            if (lp[i])
                continue;
            KrObject *d = NULL;
            if (fn->func_kwdefaults) {
                d = kr_dict_get(fn->func_kwdefaults, KR_TUPLE_GET(co->co_localsplusnames, i));
                if (!d && kr_err_occurred())
                    return -1;
            }
            if (d) {
                KR_INCREF(d);
                lp[i] = d;
            } else {
                missing++;
            }
        }
        if (missing) {
            missing_arguments(fn, f, 0, argcount, total);
            return -1;
        }
    }
    return 0;
}

static KrObject *fn_builtins(KrFunctionObject *fn)
{
    return fn->func_builtins ? fn->func_builtins : kr_interp()->builtins;
}

KrObject *kr_function_vectorcall(KrObject *func, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrThreadState *ts = kr_tstate();
    KrFunctionObject *fn = (KrFunctionObject *)func;
    KrCodeObject *co = (KrCodeObject *)fn->func_code;
    KrFrame *f = kr_frame_push(ts, co, func, fn->func_globals, fn_builtins(fn), NULL);
    if (!f)
        return NULL;
    if (kwnames && KR_TUPLE_LEN(kwnames) == 0)
        kwnames = NULL;
    if (kr_call_bind_args(f, fn, args, nargs, kwnames) < 0) {
        kr_frame_pop(ts, f);
        return NULL;
    }
    if (co->co_flags & (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR))
        return kr_gen_new_from_frame(f);
    f->is_entry = 1;
    KrObject *res = kr_eval_frame(ts, f, 0);
    kr_frame_pop(ts, f);
    return res;
}

KrObject *kr_function_call_self(KrObject *func, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrFunctionObject *fn = (KrFunctionObject *)func;
    KrCodeObject *co = (KrCodeObject *)fn->func_code;
    if (co->co_argcount != nargs + 1 || co->co_kwonlyargcount != 0 ||
        (co->co_flags & (KR_CO_VARARGS | KR_CO_VARKEYWORDS | KR_CO_GENERATOR | KR_CO_COROUTINE |
                         KR_CO_ASYNC_GENERATOR)))
        return kr_call_prepend(func, self, args, nargs, NULL);
    /* exactly its positional parameters: no binding to do */
    KrThreadState *ts = kr_tstate();
    KrFrame *f = kr_frame_push(ts, co, func, fn->func_globals, fn_builtins(fn), NULL);
    if (!f)
        return NULL;
    f->localsplus[0] = KR_NEWREF(self);
    for (ssize_t i = 0; i < nargs; i++)
        f->localsplus[i + 1] = KR_NEWREF(args[i]);
    f->is_entry = 1;
    KrObject *res = kr_eval_frame(ts, f, 0);
    kr_frame_pop(ts, f);
    return res;
}

KrObject *kr_function_call_with_locals(KrObject *func, KrObject *locals)
{
    if (!KR_FUNCTION_CHECK(func)) {
        kr_err_set_string(KrExc_TypeError, "class body must be a function");
        return NULL;
    }
    KrThreadState *ts = kr_tstate();
    KrFunctionObject *fn = (KrFunctionObject *)func;
    KrCodeObject *co = (KrCodeObject *)fn->func_code;
    KrFrame *f = kr_frame_push(ts, co, func, fn->func_globals, fn_builtins(fn), locals);
    if (!f)
        return NULL;
    f->is_entry = 1;
    KrObject *res = kr_eval_frame(ts, f, 0);
    kr_frame_pop(ts, f);
    return res;
}

KrObject *kr_eval_func_str(KrObject *func)
{
    KrObject *qual = NULL, *mod = NULL, *res;
    if (kr_object_lookup_attr(func, KR_ID(__qualname__), &qual) <= 0) {
        kr_err_clear();
        return kr_object_str(func);
    }
    if (kr_object_lookup_attr(func, KR_ID(__module__), &mod) < 0)
        kr_err_clear();
    if (mod && KR_STR_CHECK(mod) && !kr_str_eq_cstr(mod, "builtins"))
        res = kr_str_from_format("%U.%U()", mod, qual);
    else
        res = kr_str_from_format("%S()", qual);
    KR_XDECREF(mod);
    KR_DECREF(qual);
    return res;
}
