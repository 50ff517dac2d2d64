/* ceval_helpers.c: the slow paths of the eval loop (ceval.c) and its entry
 * points from C.
 *
 * Name resolution through arbitrary mappings (class bodies, exec with a
 * custom locals), unpacking, raise and except-clause checks, imports,
 * f-string pieces, the f(*args, **kwargs) call path and its CPython error
 * messages, function creation, `with`, `yield from` delegation to
 * non-generators; then kr_eval_code and the frame queries used by the
 * builtins (globals(), locals(), the builtins of the running code).
 */
#include "kr.h"
#include "vm/ceval_helpers.h"

KrObject *kr_eval_builtins_from_globals(KrObject *globals)
{
    if (globals && KR_DICT_CHECK(globals)) {
        KrObject *b = kr_dict_get_str(globals, KR_ID(__builtins__));
        if (b) {
            if (KR_MODULE_CHECK(b))
                b = kr_module_dict(b);
            if (b && KR_DICT_CHECK(b))
                return b;
        }
    }
    KrThreadState *ts = kr_tstate();
    if (ts->frame && ts->frame->builtins)
        return ts->frame->builtins;
    return ts->interp->builtins;
}

__attribute__((weak)) int kr_signal_run_handlers(void)
{
    kr_interp()->pending_signals = 0;
    return 0;
}

int kr_eval_handle_breaker(KrThreadState *ts)
{
    if (ts->gil_drop_request || ts->interp->gc.scheduled)
        kr_gil_yield_if_requested(ts);
    if (ts->interp->pending_signals && ts->thread_id == ts->interp->main_thread_id) {
        if (kr_signal_run_handlers() < 0)
            return -1;
    }
    if (ts->async_exc) {
        KrObject *e = ts->async_exc;
        ts->async_exc = NULL;
        if (KR_TYPE_OBJ_CHECK(e)) {
            kr_err_set_none((KrTypeObject *)e);
            KR_DECREF(e);
        } else {
            kr_err_set_exc(e);
        }
        return -1;
    }
    if (!ts->gil_drop_request && !ts->async_exc &&
        !(ts->interp->pending_signals && ts->thread_id == ts->interp->main_thread_id))
        ts->eval_breaker = 0;
    return 0;
}

void kr_ceval_set_name_error(KrTypeObject *type, const char *fmt, KrObject *name)
{
    kr_err_format(type, fmt, name);
    KrObject *exc = kr_err_occurred();
    if (exc && KR_TYPE_CHECK(exc, &KrExc_NameError_Type)) {
        KrNameErrorObject *ne = (KrNameErrorObject *)exc;
        KR_SETREF(ne->name, KR_NEWREF(name));
    }
}

void kr_ceval_unbound_deref(KrCodeObject *co, int i)
{
    KrObject *name = KR_TUPLE_GET(co->co_localsplusnames, i);
    if (i < co->co_nlocalsplus - co->co_nfreevars)
        kr_ceval_set_name_error(&KrExc_UnboundLocalError_Type, UNBOUNDLOCAL_MSG, name);
    else
        kr_ceval_set_name_error(&KrExc_NameError_Type, UNBOUNDFREE_MSG, name);
}

int kr_ceval_is_sequence(KrObject *o)
{
    if (KR_DICT_CHECK(o))
        return 0;
    KrSequenceMethods *sq = KR_TYPE(o)->tp_as_sequence;
    return sq && sq->sq_item;
}

/* special method looked up on the type and bound to the object */
KrObject *kr_ceval_lookup_special_bound(KrObject *o, KrObject *name)
{
    KrObject *descr = kr_type_lookup(KR_TYPE(o), name);
    if (!descr)
        return NULL;
    kr_descrgetfunc get = KR_TYPE(descr)->tp_descr_get;
    if (get)
        return get(descr, o, (KrObject *)KR_TYPE(o));
    return KR_NEWREF(descr);
}

KrObject *kr_ceval_load_name(KrFrame *f, KrObject *name)
{
    KrObject *v = NULL;
    KrObject *locals = f->locals;
    if (!locals) {
        kr_err_format(KrExc_SystemError, "no locals when loading %R", name);
        return NULL;
    }
    if (KR_DICT_CHECK_EXACT(locals)) {
        if (kr_dict_get_ref(locals, name, &v) < 0)
            return NULL;
    } else {
        v = kr_object_getitem(locals, name);
        if (!v) {
            if (!kr_err_matches((KrObject *)KrExc_KeyError))
                return NULL;
            kr_err_clear();
        }
    }
    if (v)
        return v;
    if (kr_dict_get_ref(f->globals, name, &v) < 0)
        return NULL;
    if (v)
        return v;
    if (KR_DICT_CHECK(f->builtins)) {
        if (kr_dict_get_ref(f->builtins, name, &v) < 0)
            return NULL;
    } else {
        v = kr_object_getitem(f->builtins, name);
        if (!v) {
            if (!kr_err_matches((KrObject *)KrExc_KeyError))
                return NULL;
            kr_err_clear();
        }
    }
    if (v)
        return v;
    kr_ceval_set_name_error(KrExc_NameError, NAME_ERROR_MSG, name);
    return NULL;
}

int kr_ceval_store_name(KrFrame *f, KrObject *name, KrObject *v)
{
    if (!f->locals) {
        kr_err_format(KrExc_SystemError, "no locals found when storing %R", name);
        return -1;
    }
    if (KR_DICT_CHECK_EXACT(f->locals))
        return kr_dict_set(f->locals, name, v);
    return kr_object_setitem(f->locals, name, v);
}

int kr_ceval_delete_name(KrFrame *f, KrObject *name)
{
    if (!f->locals) {
        kr_err_format(KrExc_SystemError, "no locals when deleting %R", name);
        return -1;
    }
    int r = kr_object_delitem(f->locals, name);
    if (r < 0 && kr_err_matches((KrObject *)KrExc_KeyError)) {
        kr_err_clear();
        kr_ceval_set_name_error(KrExc_NameError, NAME_ERROR_MSG, name);
    }
    return r;
}

KrObject *kr_ceval_load_from_dict_or_deref(KrFrame *f, KrObject *mapping, int i)
{
    KrObject *name = KR_TUPLE_GET(f->code->co_localsplusnames, i);
    KrObject *v = NULL;
    if (KR_DICT_CHECK_EXACT(mapping)) {
        if (kr_dict_get_ref(mapping, name, &v) < 0)
            return NULL;
    } else {
        v = kr_object_getitem(mapping, name);
        if (!v) {
            if (!kr_err_matches((KrObject *)KrExc_KeyError))
                return NULL;
            kr_err_clear();
        }
    }
    if (v)
        return v;
    KrObject *cell = f->localsplus[i];
    v = cell && KR_TYPE(cell) == &KrCell_Type ? ((KrCellObject *)cell)->ob_ref : cell;
    if (!v) {
        kr_ceval_unbound_deref(f->code, i);
        return NULL;
    }
    return KR_NEWREF(v);
}

/* items of an iterable onto the stack: out[0] receives the last item */
int kr_ceval_unpack_iterable(KrObject *v, int argcnt, int argcntafter, KrObject **sp)
{
    KrObject *it = kr_object_getiter(v);
    if (!it) {
        if (kr_err_matches((KrObject *)KrExc_TypeError) && !KR_TYPE(v)->tp_iter && !kr_ceval_is_sequence(v)) {
            kr_err_clear();
            kr_err_format(KrExc_TypeError, "cannot unpack non-iterable %s object", KR_TYPE(v)->tp_name);
        }
        return -1;
    }
    int total = argcnt + (argcntafter >= 0 ? 1 + argcntafter : 0);
    KrObject **out = sp + total;    /* fill downwards: first item ends on top */
    int i = 0;
    for (; i < argcnt; i++) {
        KrObject *w = kr_iter_next(it);
        if (!w) {
            if (!kr_err_occurred()) {
                if (argcntafter < 0)
                    kr_err_format(KrExc_ValueError, "not enough values to unpack (expected %d, got %d)",
                                  argcnt, i);
                else
                    kr_err_format(KrExc_ValueError,
                                  "not enough values to unpack (expected at least %d, got %d)",
                                  argcnt + argcntafter, i);
            }
            goto fail;
        }
        *--out = w;
    }
    if (argcntafter < 0) {
        KrObject *w = kr_iter_next(it);
        if (!w) {
            if (kr_err_occurred())
                goto fail;
            KR_DECREF(it);
            return 0;
        }
        KR_DECREF(w);
        kr_err_format(KrExc_ValueError, "too many values to unpack (expected %d)", argcnt);
        goto fail;
    }
    KrObject *l = kr_sequence_list(it);
    if (!l)
        goto fail;
    *--out = l;
    i++;
    ssize_t ll = KR_LIST_LEN(l);
    if (ll < argcntafter) {
        kr_err_format(KrExc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                      argcnt + argcntafter, argcnt + ll);
        goto fail;
    }
    for (int j = argcntafter; j > 0; j--, i++)
        *--out = KR_LIST_GET(l, ll - j);
    KR_SIZE(l) = ll - argcntafter;
    KR_DECREF(it);
    return 0;
fail:
    for (KrObject **p = sp + total - 1; p >= out; p--)
        KR_DECREF(*p);
    *sp = v;       /* the unwinder still owns the sequence in its slot */
    KR_DECREF(it);
    return -1;
}

KrObject *kr_ceval_do_raise_make(KrObject *exc)
{
    if (KR_TYPE_OBJ_CHECK(exc) && KR_IS_EXC_TYPE(exc)) {
        KrObject *v = kr_object_call_noargs(exc);
        if (!v)
            return NULL;
        if (!KR_IS_EXC(v)) {
            kr_err_format(KrExc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s",
                          exc, KR_TYPE(v)->tp_name);
            KR_DECREF(v);
            return NULL;
        }
        return v;
    }
    if (KR_IS_EXC(exc))
        return KR_NEWREF(exc);
    return NULL;
}

/* raise exc [from cause]: 0 with the exception set */
void kr_ceval_do_raise(KrObject *exc, KrObject *cause)
{
    KrObject *value = kr_ceval_do_raise_make(exc);
    if (!value) {
        if (!kr_err_occurred())
            kr_err_set_string(KrExc_TypeError, "exceptions must derive from BaseException");
        return;
    }
    if (cause) {
        KrObject *fixed;
        if (cause == Kr_None) {
            fixed = NULL;
        } else if (KR_TYPE_OBJ_CHECK(cause) && KR_IS_EXC_TYPE(cause)) {
            fixed = kr_object_call_noargs(cause);
            if (!fixed) {
                KR_DECREF(value);
                return;
            }
            if (!KR_IS_EXC(fixed)) {
                kr_err_format(KrExc_TypeError,
                              "calling %R should have returned an instance of BaseException, not %s",
                              cause, KR_TYPE(fixed)->tp_name);
                KR_DECREF(fixed);
                KR_DECREF(value);
                return;
            }
        } else if (KR_IS_EXC(cause)) {
            fixed = KR_NEWREF(cause);
        } else {
            kr_err_set_string(KrExc_TypeError, "exception causes must derive from BaseException");
            KR_DECREF(value);
            return;
        }
        kr_exc_set_cause(value, fixed);
    }
    kr_err_set_exc(value);
}

int kr_ceval_check_except_type(KrObject *t)
{
    if (KR_TUPLE_CHECK(t)) {
        for (ssize_t i = 0; i < KR_TUPLE_LEN(t); i++) {
            KrObject *x = KR_TUPLE_GET(t, i);
            if (!KR_TYPE_OBJ_CHECK(x) || !KR_IS_EXC_TYPE(x))
                goto bad;
        }
        return 0;
    }
    if (KR_TYPE_OBJ_CHECK(t) && KR_IS_EXC_TYPE(t))
        return 0;
bad:
    kr_err_set_string(KrExc_TypeError,
                      "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

KrObject *kr_ceval_import_name(KrFrame *f, KrObject *name, KrObject *fromlist, KrObject *level)
{
    KrObject *imp = KR_DICT_CHECK(f->builtins) ? kr_dict_get_str(f->builtins, KR_ID(__import__)) : NULL;
    if (!imp) {
        kr_err_set_string(KrExc_ImportError, "__import__ not found");
        return NULL;
    }
    if (KR_TYPE(imp) == &KrCFunction_Type) {
        int lv = (int)kr_int_as_long(level);
        if (lv == -1 && kr_err_occurred())
            return NULL;
        return kr_import_name(name, f->globals, fromlist, lv);
    }
    KrObject *args[5] = {name, f->globals, f->locals ? f->locals : Kr_None, fromlist, level};
    return kr_object_vectorcall(imp, args, 5, NULL);
}

KrObject *kr_ceval_import_from(KrObject *module, KrObject *name)
{
    KrObject *v = NULL;
    if (kr_object_lookup_attr(module, name, &v) != 0)
        return v;
    KrObject *pkgname = NULL, *fullname = NULL;
    if (kr_object_lookup_attr(module, KR_ID(__name__), &pkgname) < 0)
        return NULL;
    if (pkgname && KR_STR_CHECK(pkgname)) {
        fullname = kr_str_from_format("%U.%U", pkgname, name);
        if (!fullname) {
            KR_DECREF(pkgname);
            return NULL;
        }
        v = kr_dict_get(kr_interp()->modules, fullname);
        KR_DECREF(fullname);
        if (v) {
            KR_DECREF(pkgname);
            return KR_NEWREF(v);
        }
        if (kr_err_occurred()) {
            KR_DECREF(pkgname);
            return NULL;
        }
    }
    KrObject *path = NULL;
    if (kr_object_lookup_attr(module, KR_ID(__file__), &path) < 0)
        kr_err_clear();
    if (!pkgname || !KR_STR_CHECK(pkgname))
        kr_err_format(KrExc_ImportError, "cannot import name %R from <unknown module name>", name);
    else if (path && KR_STR_CHECK(path))
        kr_err_format(KrExc_ImportError, "cannot import name %R from %R (%U)", name, pkgname, path);
    else
        kr_err_format(KrExc_ImportError, "cannot import name %R from %R (unknown location)", name, pkgname);
    KrObject *exc = kr_err_occurred();
    if (exc && KR_TYPE_CHECK(exc, KrExc_ImportError)) {
        KrImportErrorObject *ie = (KrImportErrorObject *)exc;
        if (pkgname)
            KR_SETREF(ie->name, KR_NEWREF(pkgname));
        if (path)
            KR_SETREF(ie->path, KR_NEWREF(path));
        KR_SETREF(ie->name_from, KR_NEWREF(name));
    }
    KR_XDECREF(path);
    KR_XDECREF(pkgname);
    return NULL;
}

int kr_ceval_import_star(KrFrame *f, KrObject *module)
{
    KrObject *locals = f->locals;
    if (!locals) {
        kr_err_set_string(KrExc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    KrObject *all = NULL;
    int skip_private = 0;
    if (kr_object_lookup_attr(module, KR_ID(__all__), &all) < 0)
        return -1;
    if (!all) {
        KrObject *dict = NULL;
        if (kr_object_lookup_attr(module, KR_ID(__dict__), &dict) < 0)
            return -1;
        if (!dict) {
            kr_err_set_string(KrExc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = kr_mapping_keys(dict);
        KR_DECREF(dict);
        if (!all)
            return -1;
        skip_private = 1;
    }
    KrObject *seq = kr_sequence_list(all);
    KR_DECREF(all);
    if (!seq)
        return -1;
    int err = 0;
    for (ssize_t i = 0; i < KR_LIST_LEN(seq); i++) {
        KrObject *name = KR_LIST_GET(seq, i);
        if (!KR_STR_CHECK(name)) {
            KrObject *modname = kr_object_getattr(module, KR_ID(__name__));
            if (modname) {
                kr_err_format(KrExc_TypeError, "%s in %U.%s must be str, not %s",
                              skip_private ? "Key" : "Item", modname,
                              skip_private ? "__dict__" : "__all__", KR_TYPE(name)->tp_name);
                KR_DECREF(modname);
            }
            err = -1;
            break;
        }
        if (skip_private && KR_STR_LEN(name) > 0 && KR_STR_READ(name, 0) == '_')
            continue;
        KrObject *v = kr_object_getattr(module, name);
        if (!v) {
            err = -1;
            break;
        }
        err = KR_DICT_CHECK_EXACT(locals) ? kr_dict_set(locals, name, v) : kr_object_setitem(locals, name, v);
        KR_DECREF(v);
        if (err < 0)
            break;
    }
    KR_DECREF(seq);
    return err;
}

KrObject *kr_ceval_format_value(KrObject *v, int conv, KrObject *spec)
{
    KrObject *c;
    switch (conv) {
    case 1: c = kr_object_str(v); break;
    case 2: c = kr_object_repr(v); break;
    case 3: c = kr_object_ascii(v); break;
    default: c = KR_NEWREF(v); break;
    }
    if (!c)
        return NULL;
    if (KR_STR_CHECK_EXACT(c) && (!spec || KR_STR_LEN(spec) == 0))
        return c;
    KrObject *r = kr_object_format(c, spec);
    KR_DECREF(c);
    return r;
}

KrObject *kr_ceval_build_string(KrObject **items, int n)
{
    KrStrWriter w;
    kr_strwriter_init(&w);
    for (int i = 0; i < n; i++)
        if (kr_strwriter_write_str(&w, items[i]) < 0) {
            kr_strwriter_discard(&w);
            return NULL;
        }
    return kr_strwriter_finish(&w);
}

/* f(**m) merge errors, worded as CPython with the callable's name */
void kr_ceval_format_kwargs_error(KrObject *func, KrObject *m)
{
    KrObject *exc = kr_err_occurred();
    if (!exc)
        return;
    if (KR_TYPE_CHECK(exc, KrExc_AttributeError) || (!KR_DICT_CHECK(m) && !kr_object_hasattr(m, KR_ID(keys)))) {
        kr_err_clear();
        KrObject *fs = func ? kr_eval_func_str(func) : NULL;
        if (fs) {
            kr_err_format(KrExc_TypeError, "%U argument after ** must be a mapping, not %s", fs,
                          KR_TYPE(m)->tp_name);
            KR_DECREF(fs);
        } else if (!kr_err_occurred()) {
            kr_err_format(KrExc_TypeError, "argument after ** must be a mapping, not %s", KR_TYPE(m)->tp_name);
        }
    } else if (KR_TYPE(exc) == &KrExc_KeyError_Type) {
        KrObject *args = ((KrBaseExceptionObject *)exc)->args;
        if (args && KR_TUPLE_LEN(args) == 1) {
            KrObject *key = KR_NEWREF(KR_TUPLE_GET(args, 0));
            kr_err_clear();
            KrObject *fs = func ? kr_eval_func_str(func) : NULL;
            if (fs) {
                if (KR_STR_CHECK(key))
                    kr_err_format(KrExc_TypeError, "%U got multiple values for keyword argument '%S'", fs, key);
                else
                    kr_err_format(KrExc_TypeError, "%U keywords must be strings", fs);
                KR_DECREF(fs);
            }
            KR_DECREF(key);
        }
    }
}

int kr_ceval_dict_merge_checked(KrObject *func, KrObject *dict, KrObject *m)
{
    if (!KR_DICT_CHECK(m) && !kr_object_hasattr(m, KR_ID(keys))) {
        kr_err_set_string(KrExc_AttributeError, "keys");
        kr_ceval_format_kwargs_error(func, m);
        return -1;
    }
    if (kr_dict_merge(dict, m, 2) < 0) {
        kr_ceval_format_kwargs_error(func, m);
        return -1;
    }
    return 0;
}

KrObject *kr_ceval_call_function_ex(KrObject *func, KrObject *self, KrObject *callargs, KrObject *kwargs)
{
    KrObject *args = NULL, *kw = NULL, *res = NULL;
    if (KR_TUPLE_CHECK_EXACT(callargs)) {
        args = KR_NEWREF(callargs);
    } else {
        if (!KR_TYPE(callargs)->tp_iter && !kr_ceval_is_sequence(callargs)) {
            KrObject *fs = kr_eval_func_str(func);
            if (fs) {
                kr_err_format(KrExc_TypeError, "%U argument after * must be an iterable, not %s", fs,
                              KR_TYPE(callargs)->tp_name);
                KR_DECREF(fs);
            }
            return NULL;
        }
        args = kr_sequence_tuple(callargs);
        if (!args)
            return NULL;
    }
    if (self) {
        ssize_t n = KR_TUPLE_LEN(args);
        KrObject *t = kr_tuple_new(n + 1);
        if (!t)
            goto done;
        KR_TUPLE_SET(t, 0, KR_NEWREF(self));
        for (ssize_t i = 0; i < n; i++)
            KR_TUPLE_SET(t, i + 1, KR_NEWREF(KR_TUPLE_GET(args, i)));
        KR_SETREF(args, t);
    }
    if (kwargs) {
        if (KR_DICT_CHECK_EXACT(kwargs)) {
            kw = KR_NEWREF(kwargs);
        } else {
            kw = kr_dict_new();
            if (!kw || kr_ceval_dict_merge_checked(func, kw, kwargs) < 0)
                goto done;
        }
    }
    res = kr_object_call(func, args, kw);
done:
    KR_XDECREF(args);
    KR_XDECREF(kw);
    return res;
}

KrObject *kr_ceval_make_function(KrFrame *f, KrObject **sp, int flags, int *npopped)
{
    int n = 1;
    KrObject *code = sp[-1];
    KrFunctionObject *fn = (KrFunctionObject *)kr_function_new(code, f->globals, NULL);
    if (fn && fn->func_builtins != f->builtins && f->builtins) {
        KR_SETREF(fn->func_builtins, KR_NEWREF(f->builtins));
    }
    if (flags & 8) {
        KrObject *v = sp[-1 - n++];
        if (fn)
            fn->func_closure = KR_NEWREF(v);
    }
    if (flags & 4) {
        KrObject *v = sp[-1 - n++];
        if (fn)
            fn->func_annotations = KR_NEWREF(v);
    }
    if (flags & 2) {
        KrObject *v = sp[-1 - n++];
        if (fn)
            fn->func_kwdefaults = KR_NEWREF(v);
    }
    if (flags & 1) {
        KrObject *v = sp[-1 - n++];
        if (fn && KR_TUPLE_LEN(v) > 0)
            fn->func_defaults = KR_NEWREF(v);
    }
    *npopped = n;
    return (KrObject *)fn;
}

int kr_ceval_setup_annotations(KrFrame *f)
{
    if (!f->locals) {
        kr_err_set_string(KrExc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    KrObject *name = KR_ID(__annotations__);
    if (KR_DICT_CHECK_EXACT(f->locals)) {
        int r = kr_dict_contains(f->locals, name);
        if (r != 0)
            return r < 0 ? -1 : 0;
    } else {
        KrObject *v = kr_object_getitem(f->locals, name);
        if (v) {
            KR_DECREF(v);
            return 0;
        }
        if (!kr_err_matches((KrObject *)KrExc_KeyError))
            return -1;
        kr_err_clear();
    }
    KrObject *d = kr_dict_new();
    if (!d)
        return -1;
    int r = KR_DICT_CHECK_EXACT(f->locals) ? kr_dict_set(f->locals, name, d) : kr_object_setitem(f->locals, name, d);
    KR_DECREF(d);
    return r;
}

KrObject *kr_ceval_before_with(KrObject *mgr, KrObject **exit_out)
{
    KrObject *enter = kr_ceval_lookup_special_bound(mgr, KR_ID(__enter__));
    if (!enter) {
        if (!kr_err_occurred())
            kr_err_format(KrExc_TypeError, "'%s' object does not support the context manager protocol",
                          KR_TYPE(mgr)->tp_name);
        return NULL;
    }
    KrObject *exit = kr_ceval_lookup_special_bound(mgr, KR_ID(__exit__));
    if (!exit) {
        if (!kr_err_occurred())
            kr_err_format(KrExc_TypeError,
                          "'%s' object does not support the context manager protocol (missed __exit__ method)",
                          KR_TYPE(mgr)->tp_name);
        KR_DECREF(enter);
        return NULL;
    }
    KrObject *res = kr_object_call_noargs(enter);
    KR_DECREF(enter);
    if (!res) {
        KR_DECREF(exit);
        return NULL;
    }
    *exit_out = exit;
    return res;
}

KrObject *kr_ceval_with_except_start(KrObject *exit, KrObject *exc)
{
    KrObject *tb = kr_exc_get_traceback(exc);
    KrObject *args[3] = {(KrObject *)KR_TYPE(exc), exc, tb ? tb : Kr_None};
    KrObject *res = kr_object_vectorcall(exit, args, 3, NULL);
    KR_XDECREF(tb);
    return res;
}

int kr_ceval_list_extend_checked(KrObject *list, KrObject *it)
{
    if (kr_list_extend(list, it) == 0)
        return 0;
    if (kr_err_matches((KrObject *)KrExc_TypeError) && !KR_TYPE(it)->tp_iter && !kr_ceval_is_sequence(it)) {
        kr_err_clear();
        kr_err_format(KrExc_TypeError, "Value after * must be an iterable, not %s", KR_TYPE(it)->tp_name);
    }
    return -1;
}

int kr_ceval_dict_update_checked(KrObject *dict, KrObject *m)
{
    if (!KR_DICT_CHECK(m) && !kr_object_hasattr(m, KR_ID(keys))) {
        kr_err_format(KrExc_TypeError, "'%s' object is not a mapping", KR_TYPE(m)->tp_name);
        return -1;
    }
    if (kr_dict_merge(dict, m, 1) < 0) {
        if (kr_err_matches((KrObject *)KrExc_AttributeError)) {
            kr_err_clear();
            kr_err_format(KrExc_TypeError, "'%s' object is not a mapping", KR_TYPE(m)->tp_name);
        }
        return -1;
    }
    return 0;
}

/* yield from / await delegation step: 1 yielded (*res), 0 done (*res the
 * value), -1 error */
int kr_ceval_yield_from_send(KrObject *iter, KrObject *sent, KrObject **res)
{
    if (KR_TYPE(iter) == &KrGenerator_Type)
        return kr_gen_send(iter, sent, res);
    KrObject *r;
    if (sent == Kr_None && KR_TYPE(iter)->tp_iternext)
        r = KR_TYPE(iter)->tp_iternext(iter);
    else
        r = kr_object_call_method(iter, KR_ID(send), &sent, 1);
    if (r) {
        *res = r;
        return 1;
    }
    KrObject *exc = kr_err_occurred();
    if (!exc) {
        *res = KR_NEWREF(Kr_None);
        return 0;
    }
    if (KR_TYPE_CHECK(exc, KrExc_StopIteration)) {
        exc = kr_err_fetch();
        *res = kr_stopiteration_value(exc);
        KR_DECREF(exc);
        return *res ? 0 : -1;
    }
    return -1;
}

KrObject *kr_ceval_print_expr(KrObject *v)
{
    KrObject *hook = kr_sys_get("displayhook");
    if (!hook) {
        kr_err_set_string(KrExc_RuntimeError, "lost sys.displayhook");
        return NULL;
    }
    return kr_object_call_one(hook, v);
}

KrObject *kr_ceval_load_build_class(KrFrame *f)
{
    KrObject *v = NULL;
    if (KR_DICT_CHECK(f->builtins)) {
        if (kr_dict_get_ref(f->builtins, KR_ID(__build_class__), &v) < 0)
            return NULL;
    } else {
        v = kr_object_getitem(f->builtins, KR_ID(__build_class__));
        if (!v && kr_err_matches((KrObject *)KrExc_KeyError))
            kr_err_clear();
    }
    if (!v && !kr_err_occurred())
        kr_err_set_string(KrExc_NameError, "__build_class__ not found");
    return v;
}

KrObject *kr_ceval_reraise_active(KrThreadState *ts)
{
    KrObject *exc = ts->exc_info;
    if (!exc || exc == Kr_None) {
        kr_err_set_string(KrExc_RuntimeError, "No active exception to reraise");
        return NULL;
    }
    return exc;
}

KrObject *kr_eval_code(KrObject *code, KrObject *globals, KrObject *locals)
{
    if (!code || !KR_CODE_CHECK(code)) {
        kr_err_set_string(KrExc_SystemError, "kr_eval_code: not a code object");
        return NULL;
    }
    if (!globals || !KR_DICT_CHECK(globals)) {
        kr_err_set_string(KrExc_TypeError, "globals must be a dict");
        return NULL;
    }
    KrCodeObject *co = (KrCodeObject *)code;
    if (co->co_nfreevars > 0) {
        kr_err_set_string(KrExc_TypeError, "code object passed to exec() may not contain free variables");
        return NULL;
    }
    if (locals == Kr_None)
        locals = NULL;
    if (!locals && !(co->co_flags & KR_CO_OPTIMIZED))
        locals = globals;
    KrThreadState *ts = kr_tstate();
    KrObject *builtins = kr_eval_builtins_from_globals(globals);
    KrFrame *f = kr_frame_push(ts, co, NULL, globals, builtins, locals);
    if (!f)
        return NULL;
    KrObject *res = kr_eval_frame(ts, f, 0);
    kr_frame_pop(ts, f);
    return res;
}

KrObject *kr_eval_get_builtins(void)
{
    KrThreadState *ts = kr_tstate();
    if (ts->frame && ts->frame->builtins)
        return ts->frame->builtins;
    return ts->interp->builtins;
}

KrObject *kr_eval_get_globals(void)
{
    KrThreadState *ts = kr_tstate();
    return ts->frame ? ts->frame->globals : NULL;
}

KrObject *kr_eval_get_locals(void)
{
    KrThreadState *ts = kr_tstate();
    if (!ts->frame) {
        kr_err_set_string(KrExc_SystemError, "frame does not exist");
        return NULL;
    }
    return kr_frame_locals(ts->frame);
}
