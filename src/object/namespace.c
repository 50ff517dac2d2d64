/* namespace.c: types.SimpleNamespace, an object whose attributes are just
 * its __dict__ (sys.implementation is one).
 */
#include "kr.h"

typedef struct {
    KrObject_HEAD
    KrObject *ns_dict;
} Namespace;

static KrObject *ns_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    Namespace *ns = (Namespace *)kr_object_alloc(t, 0);
    if (!ns)
        return NULL;
    ns->ns_dict = kr_dict_new();
    if (!ns->ns_dict) {
        KR_DECREF(ns);
        return NULL;
    }
    kr_gc_track(KR_OBJ(ns));
    return KR_OBJ(ns);
}

static int ns_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    Namespace *ns = (Namespace *)self;
    if (nargs > 1) {
        kr_err_format(KrExc_TypeError, "SimpleNamespace expected at most 1 argument, got %zd", nargs);
        return -1;
    }
    if (nargs == 1 && kr_dict_update(ns->ns_dict, args[0]) < 0)
        return -1;
    ssize_t nkw = kwnames ? KR_TUPLE_LEN(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++)
        if (kr_dict_set(ns->ns_dict, KR_TUPLE_GET(kwnames, i), args[nargs + i]) < 0)
            return -1;
    return 0;
}

KrObject *kr_namespace_new(KrObject *kwds)
{
    KrObject *ns = ns_new(&KrSimpleNamespace_Type, NULL, 0, NULL);
    if (ns && kwds && kr_dict_update(((Namespace *)ns)->ns_dict, kwds) < 0)
        KR_CLEAR(ns);
    return ns;
}

static void ns_dealloc(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    kr_gc_untrack(o);
    KR_XDECREF(((Namespace *)o)->ns_dict);
    t->tp_free(o);
}

static int ns_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((Namespace *)o)->ns_dict);
    return 0;
}

static int ns_clear(KrObject *o)
{
    KR_CLEAR(((Namespace *)o)->ns_dict);
    return 0;
}

static KrObject *ns_repr(KrObject *self)
{
    Namespace *ns = (Namespace *)self;
    const char *name = KR_TYPE(self) == &KrSimpleNamespace_Type ? "namespace" : KR_TYPE(self)->tp_name;
    int rec = kr_repr_enter(self);
    if (rec < 0)
        return NULL;
    if (rec)
        return kr_str_from_format("%s(...)", name);
    KrStrWriter w;
    kr_strwriter_init(&w);
    if (kr_strwriter_write_utf8(&w, name, (ssize_t)strlen(name)) < 0 || kr_strwriter_write_char(&w, '(') < 0)
        goto fail;
    ssize_t pos = 0;
    KrObject *k, *v;
    int first = 1;
    while (ns->ns_dict && kr_dict_next(ns->ns_dict, &pos, &k, &v)) {
        if (!KR_STR_CHECK(k))
            continue;
        if (!first && kr_strwriter_write_ascii(&w, ", ", 2) < 0)
            goto fail;
        first = 0;
        KR_INCREF(v);
        KrObject *r = kr_object_repr(v);
        KR_DECREF(v);
        if (!r)
            goto fail;
        int st = kr_strwriter_write_str(&w, k) < 0 || kr_strwriter_write_char(&w, '=') < 0 ||
                 kr_strwriter_write_str(&w, r) < 0;
        KR_DECREF(r);
        if (st)
            goto fail;
    }
    if (kr_strwriter_write_char(&w, ')') < 0)
        goto fail;
    kr_repr_leave(self);
    return kr_strwriter_finish(&w);
fail:
    kr_repr_leave(self);
    kr_strwriter_discard(&w);
    return NULL;
}

static KrObject *ns_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op == KR_EQ || op == KR_NE) && KR_TYPE_CHECK(a, &KrSimpleNamespace_Type) &&
        KR_TYPE_CHECK(b, &KrSimpleNamespace_Type))
        return kr_object_richcompare(((Namespace *)a)->ns_dict, ((Namespace *)b)->ns_dict, op);
    KR_RETURN_NOTIMPL;
}

static KrObject *ns_reduce(KrObject *self, KrObject *u)
{
    KrObject *args = kr_tuple_new(0);
    if (!args)
        return NULL;
    KrObject *r = kr_tuple_pack(3, KR_OBJ(KR_TYPE(self)), args, ((Namespace *)self)->ns_dict);
    KR_DECREF(args);
    return r;
}

static KrObject *ns_get_dict(KrObject *self, void *c)
{
    return KR_NEWREF(((Namespace *)self)->ns_dict);
}

static KrMethodDef ns_methods[] = {
    { "__reduce__", KR_CFUNC(ns_reduce), KR_METH_NOARGS, "Return state information for pickling" },
    { NULL }
};

static KrGetSetDef ns_getsets[] = {
    { "__dict__", ns_get_dict, NULL, NULL },
    { NULL }
};

KrTypeObject KrSimpleNamespace_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "types.SimpleNamespace",
    .tp_basicsize = sizeof(Namespace),
    .tp_dealloc = ns_dealloc,
    .tp_repr = ns_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "A simple attribute-based namespace.",
    .tp_traverse = ns_traverse,
    .tp_clear = ns_clear,
    .tp_richcompare = ns_richcompare,
    .tp_methods = ns_methods,
    .tp_getset = ns_getsets,
    .tp_dictoffset = offsetof(Namespace, ns_dict),
    .tp_init = ns_init,
    .tp_new = ns_new,
};
