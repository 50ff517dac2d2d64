/* atexitmodule.c: the atexit module.  Callbacks are kept per interpreter
 * (interp->atexit_callbacks, entries (func, args, kwargs)) and run last
 * registered first when the program ends (run.c: kr_run_atexit). */
#include "kr.h"

void kr_run_atexit(void);

static KrObject *ae_register(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (nargs < 1)
        return kr_err_format(KrExc_TypeError, "register() takes at least 1 argument (0 given)");
    if (!kr_callable_check(args[0]))
        return kr_err_format(KrExc_TypeError, "the first argument must be callable");
    KrObject *pos = kr_tuple_from_array(args + 1, nargs - 1);
    KrObject *kw = NULL;
    if (pos && kwnames && KR_TUPLE_LEN(kwnames)) {
        kw = kr_dict_new();
        for (ssize_t i = 0; kw && i < KR_TUPLE_LEN(kwnames); i++)
            if (kr_dict_set(kw, KR_TUPLE_GET(kwnames, i), args[nargs + i]) < 0)
                KR_CLEAR(kw);
        if (!kw)
            KR_CLEAR(pos);
    }
    KrObject *entry = pos ? kr_tuple_pack(3, args[0], pos, kw ? kw : Kr_None) : NULL;
    kr_xdecref(pos);
    kr_xdecref(kw);
    if (!entry || kr_list_append_steal(kr_interp()->atexit_callbacks, entry) < 0)
        return NULL;
    return kr_newref(args[0]);
}

static KrObject *ae_unregister(KrObject *m, KrObject *func)
{
    KrObject *l = kr_interp()->atexit_callbacks;
    for (ssize_t i = KR_LIST_LEN(l) - 1; i >= 0; i--) {
        KrObject *f = KR_TUPLE_GET(KR_LIST_GET(l, i), 0);
        int eq = kr_object_richcompare_bool(f, func, KR_EQ);
        if (eq < 0)
            return NULL;
        if (eq) {
            KrObject *slice_start = kr_int_from_ssize(i);
            int r = slice_start ? kr_object_delitem(l, slice_start) : -1;
            kr_xdecref(slice_start);
            if (r < 0)
                return NULL;
        }
    }
    KR_RETURN_NONE;
}

static KrObject *ae_run(KrObject *m, KrObject *u) { kr_run_atexit(); KR_RETURN_NONE; }
static KrObject *ae_clear(KrObject *m, KrObject *u) { kr_list_clear(kr_interp()->atexit_callbacks); KR_RETURN_NONE; }
static KrObject *ae_ncallbacks(KrObject *m, KrObject *u) { return kr_int_from_ssize(KR_LIST_LEN(kr_interp()->atexit_callbacks)); }

static KrMethodDef atexit_methods[] = {
    {"register", KR_CFUNC(ae_register), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"unregister", KR_CFUNC(ae_unregister), KR_METH_O, NULL},
    {"_run_exitfuncs", KR_CFUNC(ae_run), KR_METH_NOARGS, NULL},
    {"_clear", KR_CFUNC(ae_clear), KR_METH_NOARGS, NULL},
    {"_ncallbacks", KR_CFUNC(ae_ncallbacks), KR_METH_NOARGS, NULL},
    {NULL},
};

KrObject *kr_atexit_module_init(void)
{
    KrObject *m = kr_module_new_cstr("atexit");
    if (!m || kr_module_add_functions(m, atexit_methods) < 0) {
        kr_xdecref(m);
        return NULL;
    }
    return m;
}
