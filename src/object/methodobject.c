/* methodobject.c: builtin functions and methods (builtin_function_or_method):
 * a KrMethodDef bound to a module (len, math.sqrt), to an instance
 * ([].append) or to a type (dict.fromkeys).  kr_methoddef_call turns the one
 * vector calling convention into the C signature the ml_flags name, and
 * raises CPython's arity errors.
 */
#include "kr.h"

/* "list.append" / "len" / "math.sqrt", as CPython names builtins in errors */
static void func_display_name(KrMethodDef *ml, KrObject *self, char *buf, size_t n)
{
    if (!self) {
        snprintf(buf, n, "%s", ml->ml_name);
    } else if (KR_MODULE_CHECK(self)) {
        KrObject *mn = ((KrModuleObject *)self)->md_name;
        const char *m = mn && KR_STR_CHECK(mn) ? kr_str_utf8(mn) : NULL;
        if (!m)
            kr_err_clear();
        if (m && strcmp(m, "builtins") != 0)
            snprintf(buf, n, "%s.%s", m, ml->ml_name);
        else
            snprintf(buf, n, "%s", ml->ml_name);
    } else if (KR_TYPE_OBJ_CHECK(self)) {
        snprintf(buf, n, "%s.%s", kr_type_name((KrTypeObject *)self), ml->ml_name);
    } else {
        snprintf(buf, n, "%s.%s", kr_type_name(KR_TYPE(self)), ml->ml_name);
    }
}

KrObject *kr_methoddef_call(KrMethodDef *ml, KrObject *self, KrObject *const *args, ssize_t nargs,
                            KrObject *kwnames)
{
    int flags = ml->ml_flags & ~(KR_METH_CLASS | KR_METH_STATIC | KR_METH_COEXIST);
    int haskw = kwnames && KR_TUPLE_LEN(kwnames) > 0;
    char name[200];
    switch (flags) {
    case KR_METH_NOARGS:
        if (KR_UNLIKELY(haskw || nargs != 0)) {
            func_display_name(ml, self, name, sizeof name);
            if (haskw)
                return kr_err_format(KrExc_TypeError, "%s() takes no keyword arguments", name);
            return kr_err_format(KrExc_TypeError, "%s() takes no arguments (%zd given)", name, nargs);
        }
        return ((kr_cfunc)(void (*)(void))ml->ml_meth)(self, NULL);
    case KR_METH_O:
        if (KR_UNLIKELY(haskw || nargs != 1)) {
            func_display_name(ml, self, name, sizeof name);
            if (haskw)
                return kr_err_format(KrExc_TypeError, "%s() takes no keyword arguments", name);
            return kr_err_format(KrExc_TypeError, "%s() takes exactly one argument (%zd given)", name, nargs);
        }
        return ((kr_cfunc)(void (*)(void))ml->ml_meth)(self, args[0]);
    case KR_METH_FASTCALL:
        if (KR_UNLIKELY(haskw)) {
            func_display_name(ml, self, name, sizeof name);
            return kr_err_format(KrExc_TypeError, "%s() takes no keyword arguments", name);
        }
        return ((kr_cfunc_fast)(void (*)(void))ml->ml_meth)(self, args, nargs);
    case KR_METH_FASTCALL | KR_METH_KEYWORDS:
        return ((kr_cfunc_fastkw)(void (*)(void))ml->ml_meth)(self, args, nargs, haskw ? kwnames : NULL);
    default:
        return kr_err_format(KrExc_SystemError, "%s() method: bad call flags", ml->ml_name);
    }
}

static KrObject *cfunction_vectorcall(KrObject *f, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrCFunctionObject *c = (KrCFunctionObject *)f;
    return kr_methoddef_call(c->m_ml, c->m_self, args, nargs, kwnames);
}

/* One entry point per calling convention, chosen when the object is made,
 * so a call tests its arity and jumps to the C function without the flag
 * switch; a call the convention refuses goes to kr_methoddef_call for the
 * error message. */
static KrObject *cfunction_call_noargs(KrObject *f, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrCFunctionObject *c = (KrCFunctionObject *)f;
    if (KR_UNLIKELY(nargs != 0 || (kwnames && KR_TUPLE_LEN(kwnames))))
        return kr_methoddef_call(c->m_ml, c->m_self, args, nargs, kwnames);
    return ((kr_cfunc)(void (*)(void))c->m_ml->ml_meth)(c->m_self, NULL);
}

static KrObject *cfunction_call_o(KrObject *f, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrCFunctionObject *c = (KrCFunctionObject *)f;
    if (KR_UNLIKELY(nargs != 1 || (kwnames && KR_TUPLE_LEN(kwnames))))
        return kr_methoddef_call(c->m_ml, c->m_self, args, nargs, kwnames);
    return ((kr_cfunc)(void (*)(void))c->m_ml->ml_meth)(c->m_self, args[0]);
}

static KrObject *cfunction_call_fast(KrObject *f, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrCFunctionObject *c = (KrCFunctionObject *)f;
    if (KR_UNLIKELY(kwnames && KR_TUPLE_LEN(kwnames)))
        return kr_methoddef_call(c->m_ml, c->m_self, args, nargs, kwnames);
    return ((kr_cfunc_fast)(void (*)(void))c->m_ml->ml_meth)(c->m_self, args, nargs);
}

static kr_vectorcall cfunction_entry(KrMethodDef *ml)
{
    switch (ml->ml_flags & ~(KR_METH_CLASS | KR_METH_STATIC | KR_METH_COEXIST)) {
    case KR_METH_NOARGS: return cfunction_call_noargs;
    case KR_METH_O: return cfunction_call_o;
    case KR_METH_FASTCALL: return cfunction_call_fast;
    default: return cfunction_vectorcall;
    }
}

KrObject *kr_cfunction_new(KrMethodDef *ml, KrObject *self, KrObject *module_name)
{
    KrCFunctionObject *c = (KrCFunctionObject *)kr_object_alloc(&KrCFunction_Type, 0);
    if (!c)
        return NULL;
    c->m_ml = ml;
    c->m_self = KR_XNEWREF(self);
    c->m_module = KR_XNEWREF(module_name);
    c->vectorcall = cfunction_entry(ml);
    kr_gc_track(KR_OBJ(c));
    return KR_OBJ(c);
}

static void cf_dealloc(KrObject *o)
{
    KrCFunctionObject *c = (KrCFunctionObject *)o;
    kr_gc_untrack(o);
    KR_XDECREF(c->m_self);
    KR_XDECREF(c->m_module);
    kr_object_free(o);
}

static int cf_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrCFunctionObject *c = (KrCFunctionObject *)o;
    KR_VISIT(c->m_self);
    KR_VISIT(c->m_module);
    return 0;
}

static int is_function_like_self(KrObject *self)
{
    return !self || KR_MODULE_CHECK(self);
}

static KrObject *cf_repr(KrObject *o)
{
    KrCFunctionObject *c = (KrCFunctionObject *)o;
    if (is_function_like_self(c->m_self))
        return kr_str_from_format("<built-in function %s>", c->m_ml->ml_name);
    return kr_str_from_format("<built-in method %s of %s object at %p>", c->m_ml->ml_name,
                              KR_TYPE(c->m_self)->tp_name, (void *)c->m_self);
}

static KrObject *cf_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(b) != &KrCFunction_Type || KR_TYPE(a) != &KrCFunction_Type)
        KR_RETURN_NOTIMPL;
    KrCFunctionObject *x = (KrCFunctionObject *)a, *y = (KrCFunctionObject *)b;
    int eq = x->m_ml->ml_meth == y->m_ml->ml_meth && x->m_self == y->m_self;
    return KR_NEWREF(kr_bool_from(op == KR_EQ ? eq : !eq));
}

static kr_hash_t cf_hash(KrObject *o)
{
    KrCFunctionObject *c = (KrCFunctionObject *)o;
    size_t x = ((size_t)c->m_self >> 4) ^ (((size_t)(void *)c->m_ml->ml_meth) >> 4) * 1000003u;
    kr_hash_t h = (kr_hash_t)x;
    return h == -1 ? -2 : h;
}

static KrObject *cf_get_name(KrObject *o, void *c)
{
    return kr_str_from_cstr(((KrCFunctionObject *)o)->m_ml->ml_name);
}

static KrObject *cf_get_qualname(KrObject *o, void *x)
{
    KrCFunctionObject *c = (KrCFunctionObject *)o;
    if (is_function_like_self(c->m_self))
        return kr_str_from_cstr(c->m_ml->ml_name);
    KrTypeObject *t = KR_TYPE_OBJ_CHECK(c->m_self) ? (KrTypeObject *)c->m_self : KR_TYPE(c->m_self);
    KrObject *tq = kr_type_qualname(t);
    if (!tq)
        return NULL;
    KrObject *r = kr_str_from_format("%U.%s", tq, c->m_ml->ml_name);
    KR_DECREF(tq);
    return r;
}

static KrObject *cf_get_self(KrObject *o, void *x)
{
    KrCFunctionObject *c = (KrCFunctionObject *)o;
    return KR_NEWREF(c->m_self ? c->m_self : Kr_None);
}

static KrObject *cf_get_module(KrObject *o, void *x)
{
    KrCFunctionObject *c = (KrCFunctionObject *)o;
    if (c->m_module)
        return KR_NEWREF(c->m_module);
    if (c->m_self && KR_MODULE_CHECK(c->m_self)) {
        KrObject *n = ((KrModuleObject *)c->m_self)->md_name;
        if (n)
            return KR_NEWREF(n);
    }
    KR_RETURN_NONE;
}

static int cf_set_module(KrObject *o, KrObject *v, void *x)
{
    KrCFunctionObject *c = (KrCFunctionObject *)o;
    KR_SETREF(c->m_module, KR_XNEWREF(v));
    return 0;
}

static KrObject *cf_get_doc(KrObject *o, void *x)
{
    const char *d = ((KrCFunctionObject *)o)->m_ml->ml_doc;
    if (!d)
        KR_RETURN_NONE;
    return kr_str_from_cstr(d);
}

static KrObject *cf_get_text_signature(KrObject *o, void *x) { KR_RETURN_NONE; }

static KrObject *cf_reduce(KrObject *o, KrObject *u)
{
    KrCFunctionObject *c = (KrCFunctionObject *)o;
    if (is_function_like_self(c->m_self))
        return cf_get_qualname(o, NULL);
    KrObject *getattr = kr_dict_get_cstr(kr_eval_get_builtins(), "getattr");
    if (!getattr)
        return kr_err_format(KrExc_RuntimeError, "getattr not found");
    KrObject *name = cf_get_name(o, NULL);
    if (!name)
        return NULL;
    KrObject *r = kr_tuple_pack(2, getattr, kr_tuple_pack(2, c->m_self, name));
    KR_DECREF(name);
    if (r)
        KR_DECREF(KR_TUPLE_GET(r, 1));
    return r;
}

static KrGetSetDef cf_getsets[] = {
    { "__name__", cf_get_name, NULL, NULL },
    { "__qualname__", cf_get_qualname, NULL, NULL },
    { "__self__", cf_get_self, NULL, NULL },
    { "__module__", cf_get_module, cf_set_module, NULL },
    { "__doc__", cf_get_doc, NULL, NULL },
    { "__text_signature__", cf_get_text_signature, NULL, NULL },
    { NULL }
};

static KrMethodDef cf_methods[] = {
    { "__reduce__", KR_CFUNC(cf_reduce), KR_METH_NOARGS, NULL },
    { NULL }
};

KrTypeObject KrCFunction_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "builtin_function_or_method",
    .tp_basicsize = sizeof(KrCFunctionObject),
    .tp_dealloc = cf_dealloc,
    .tp_repr = cf_repr,
    .tp_hash = cf_hash,
    .tp_call = cfunction_vectorcall,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = cf_traverse,
    .tp_richcompare = cf_richcompare,
    .tp_methods = cf_methods,
    .tp_getset = cf_getsets,
};
