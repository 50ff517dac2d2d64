/* module.c: module objects: a namespace dict with a name.  Attribute
 * lookup falls back to a module-level __getattr__ (PEP 562); the repr
 * follows importlib's rules (from the spec when there is one).  The
 * kr_module_* helpers are what C modules use to fill themselves in.
 */
#include "kr.h"
#include "object/weakref.h"

static int module_init_dict(KrModuleObject *m, KrObject *name, KrObject *doc)
{
    KrObject *d = m->md_dict;
    if (kr_dict_set(d, KR_ID(__name__), name) < 0 || kr_dict_set(d, KR_ID(__doc__), doc ? doc : Kr_None) < 0 ||
        kr_dict_set(d, KR_ID(__package__), Kr_None) < 0 || kr_dict_set(d, KR_ID(__loader__), Kr_None) < 0 ||
        kr_dict_set(d, KR_ID(__spec__), Kr_None) < 0)
        return -1;
    KR_SETREF(m->md_name, KR_NEWREF(name));
    return 0;
}

static KrObject *module_alloc(KrTypeObject *t)
{
    KrModuleObject *m = (KrModuleObject *)kr_object_alloc(t, 0);
    if (!m)
        return NULL;
    m->md_dict = kr_dict_new();
    if (!m->md_dict) {
        KR_DECREF(m);
        return NULL;
    }
    kr_gc_track(KR_OBJ(m));
    return KR_OBJ(m);
}

KrObject *kr_module_new(KrObject *name)
{
    KrObject *m = module_alloc(&KrModule_Type);
    if (m && module_init_dict((KrModuleObject *)m, name, NULL) < 0)
        KR_CLEAR(m);
    return m;
}

KrObject *kr_module_new_cstr(const char *name)
{
    KrObject *n = kr_str_from_cstr(name);
    if (!n)
        return NULL;
    KrObject *m = kr_module_new(n);
    KR_DECREF(n);
    return m;
}

KrObject *kr_module_dict(KrObject *m)
{
    return ((KrModuleObject *)m)->md_dict;
}

int kr_module_add_object(KrObject *m, const char *name, KrObject *v)
{
    if (!v)
        return -1;
    int r = kr_dict_set_cstr(((KrModuleObject *)m)->md_dict, name, v);
    KR_DECREF(v);
    return r;
}

int kr_module_add_int(KrObject *m, const char *name, long v)
{
    KrObject *o = kr_int_from_long(v);
    if (!o)
        return -1;
    return kr_module_add_object(m, name, o);
}

int kr_module_add_functions(KrObject *m, KrMethodDef *defs)
{
    KrObject *name = ((KrModuleObject *)m)->md_name;
    for (KrMethodDef *d = defs; d && d->ml_name; d++) {
        KrObject *f = kr_cfunction_new(d, m, name);
        if (!f)
            return -1;
        if (kr_module_add_object(m, d->ml_name, f) < 0)
            return -1;
    }
    return 0;
}

int kr_module_add_type(KrObject *m, KrTypeObject *t)
{
    if (!(t->tp_flags & KR_TPFLAGS_READY) && kr_type_ready(t) < 0)
        return -1;
    return kr_module_add_object(m, kr_type_name(t), KR_NEWREF(t));
}

/* ---- the module type ------------------------------------------------------- */

static KrObject *module_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return module_alloc(t);
}

static int module_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "name", "doc", NULL };
    KrObject *out[2] = { NULL, NULL };
    if (kr_arg_parse("module", args, nargs, kwnames, names, 1, out) < 0)
        return -1;
    if (!KR_STR_CHECK(out[0])) {
        kr_err_format(KrExc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                      KR_TYPE(out[0])->tp_name);
        return -1;
    }
    return module_init_dict((KrModuleObject *)self, out[0], out[1]);
}

static void module_dealloc(KrObject *o)
{
    KrModuleObject *m = (KrModuleObject *)o;
    KrTypeObject *t = KR_TYPE(o);
    kr_gc_untrack(o);
    if (m->md_weaklist)
        kr_weakref_clear_refs(o);
    KR_XDECREF(m->md_dict);
    KR_XDECREF(m->md_name);
    t->tp_free(o);
}

static int module_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrModuleObject *m = (KrModuleObject *)o;
    KR_VISIT(m->md_dict);
    KR_VISIT(m->md_name);
    return 0;
}

static int module_clear(KrObject *o)
{
    KrModuleObject *m = (KrModuleObject *)o;
    KR_CLEAR(m->md_dict);
    return 0;
}

static int is_initializing(KrObject *spec)
{
    if (!spec || spec == Kr_None)
        return 0;
    KrObject *v;
    KrObject *n = kr_str_intern_cstr("_initializing");
    if (!n)
        return 0;
    int r = kr_object_lookup_attr(spec, n, &v);
    KR_DECREF(n);
    if (r <= 0) {
        kr_err_clear();
        return 0;
    }
    r = kr_object_is_true(v);
    KR_DECREF(v);
    if (r < 0) {
        kr_err_clear();
        return 0;
    }
    return r;
}

static KrObject *module_getattro(KrObject *self, KrObject *name)
{
    KrModuleObject *m = (KrModuleObject *)self;
    KrObject *r = kr_object_generic_getattr_impl(self, name, 1);
    if (r || kr_err_occurred())
        return r;
    if (m->md_dict) {
        KrObject *ga = kr_dict_get_str(m->md_dict, KR_ID(__getattr__));
        if (ga) {
            KR_INCREF(ga);
            r = kr_object_vectorcall(ga, &name, 1, NULL);
            KR_DECREF(ga);
            return r;
        }
        KrObject *mn = kr_dict_get_str(m->md_dict, KR_ID(__name__));
        if (mn && KR_STR_CHECK(mn)) {
            if (is_initializing(kr_dict_get_str(m->md_dict, KR_ID(__spec__))))
                kr_err_format(KrExc_AttributeError,
                              "partially initialized module '%U' has no attribute '%U' "
                              "(most likely due to a circular import)", mn, name);
            else
                kr_err_format(KrExc_AttributeError, "module '%U' has no attribute '%U'", mn, name);
            KrObject *exc = kr_tstate()->curexc;
            if (exc && KR_TYPE(exc) == KrExc_AttributeError) {
                KrAttributeErrorObject *ae = (KrAttributeErrorObject *)exc;
                if (!ae->name) ae->name = KR_NEWREF(name);
                if (!ae->obj) ae->obj = KR_NEWREF(self);
            }
            return NULL;
        }
    }
    return kr_err_format(KrExc_AttributeError, "module has no attribute '%U'", name);
}

static int is_builtin_module_name(KrObject *name)
{
    const char *s = kr_str_utf8(name);
    if (!s) {
        kr_err_clear();
        return 0;
    }
    for (const KrBuiltinModule *b = kr_builtin_modules; b->name; b++)
        if (strcmp(b->name, s) == 0)
            return 1;
    return strcmp(s, "builtins") == 0 || strcmp(s, "sys") == 0;
}

static KrObject *attr_or_none(KrObject *o, const char *name)
{
    KrObject *v;
    KrObject *n = kr_str_intern_cstr(name);
    if (!n)
        return NULL;
    int r = kr_object_lookup_attr(o, n, &v);
    KR_DECREF(n);
    if (r < 0)
        return NULL;
    return r ? v : KR_NEWREF(Kr_None);
}

static KrObject *module_repr(KrObject *self)
{
    KrModuleObject *m = (KrModuleObject *)self;
    KrObject *d = m->md_dict;
    KrObject *name = d ? kr_dict_get_str(d, KR_ID(__name__)) : NULL;
    KrObject *spec = d ? kr_dict_get_str(d, KR_ID(__spec__)) : NULL;
    if (spec && spec != Kr_None) {
        KrObject *sn = attr_or_none(spec, "name");
        KrObject *origin = sn ? attr_or_none(spec, "origin") : NULL;
        KrObject *hasloc = origin ? attr_or_none(spec, "has_location") : NULL;
        KrObject *r = NULL;
        if (hasloc) {
            KrObject *nm = sn != Kr_None ? sn : name;
            if (!nm)
                r = kr_str_from_cstr("<module '?'>");
            else if (origin == Kr_None)
                r = kr_str_from_format("<module %R>", nm);
            else {
                int hl = kr_object_is_true(hasloc);
                if (hl > 0)
                    r = kr_str_from_format("<module %R from %R>", nm, origin);
                else if (hl == 0)
                    r = kr_str_from_format("<module %R (%S)>", nm, origin);
            }
        }
        KR_XDECREF(sn);
        KR_XDECREF(origin);
        KR_XDECREF(hasloc);
        return r;
    }
    if (!name)
        return kr_str_from_cstr("<module '?'>");
    KrObject *file = d ? kr_dict_get_str(d, KR_ID(__file__)) : NULL;
    if (file)
        return kr_str_from_format("<module %R from %R>", name, file);
    if (KR_STR_CHECK(name) && is_builtin_module_name(name))
        return kr_str_from_format("<module %R (built-in)>", name);
    return kr_str_from_format("<module %R>", name);
}

static KrObject *module_dir(KrObject *self, KrObject *unused)
{
    KrModuleObject *m = (KrModuleObject *)self;
    KrObject *d = m->md_dict;
    if (!d || !KR_DICT_CHECK(d))
        return kr_err_format(KrExc_TypeError, "<module>.__dict__ is not a dictionary");
    KrObject *f = kr_dict_get_str(d, KR_ID(__dir__));
    if (f) {
        KR_INCREF(f);
        KrObject *r = kr_object_call_noargs(f);
        KR_DECREF(f);
        return r;
    }
    return kr_dict_keys(d);
}

static KrObject *module_get_dict(KrObject *self, void *c)
{
    KrModuleObject *m = (KrModuleObject *)self;
    return KR_NEWREF(m->md_dict ? m->md_dict : Kr_None);
}

static KrObject *module_get_annotations(KrObject *self, void *c)
{
    KrModuleObject *m = (KrModuleObject *)self;
    KrObject *a = kr_dict_get_str(m->md_dict, KR_ID(__annotations__));
    if (a)
        return KR_NEWREF(a);
    a = kr_dict_new();
    if (a && kr_dict_set(m->md_dict, KR_ID(__annotations__), a) < 0)
        KR_CLEAR(a);
    return a;
}

static int module_set_annotations(KrObject *self, KrObject *v, void *c)
{
    KrModuleObject *m = (KrModuleObject *)self;
    if (v)
        return kr_dict_set(m->md_dict, KR_ID(__annotations__), v);
    if (kr_dict_del(m->md_dict, KR_ID(__annotations__)) < 0) {
        if (kr_err_matches(KR_OBJ(KrExc_KeyError))) {
            kr_err_clear();
            kr_err_set_string(KrExc_AttributeError, "__annotations__");
        }
        return -1;
    }
    return 0;
}

static KrMethodDef module_methods[] = {
    { "__dir__", KR_CFUNC(module_dir), KR_METH_NOARGS, "__dir__() -> list\nspecialized dir() implementation" },
    { NULL }
};

static KrGetSetDef module_getsets[] = {
    { "__dict__", module_get_dict, NULL, NULL },
    { "__annotations__", module_get_annotations, module_set_annotations, NULL },
    { NULL }
};

KrTypeObject KrModule_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "module",
    .tp_basicsize = sizeof(KrModuleObject),
    .tp_dealloc = module_dealloc,
    .tp_repr = module_repr,
    .tp_getattro = module_getattro,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
    .tp_traverse = module_traverse,
    .tp_clear = module_clear,
    .tp_methods = module_methods,
    .tp_getset = module_getsets,
    .tp_dictoffset = offsetof(KrModuleObject, md_dict),
    .tp_weaklistoffset = offsetof(KrModuleObject, md_weaklist),
    .tp_init = module_init,
    .tp_new = module_new,
};
