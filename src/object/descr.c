/* descr.c: descriptors, the objects that live in a type's __dict__ and
 * decide what attribute access on instances does: method descriptors (C
 * methods of builtin types), class-method descriptors, member descriptors
 * (C struct fields and __slots__), getset descriptors (C getters/setters),
 * slot wrappers and the method-wrappers they bind to; also classmethod,
 * staticmethod, property and mappingproxy.
 */
#include "kr.h"

typedef struct {
    KrObject_HEAD
    KrTypeObject *d_type;
    KrObject *d_name, *d_qualname;
} DescrHead;

typedef struct {
    DescrHead h;
    KrMemberDef *d_member;
} MemberDescr;

typedef struct {
    DescrHead h;
    KrGetSetDef *d_getset;
} GetSetDescr;

static KrObject *descr_alloc(KrTypeObject *dt, KrTypeObject *t, const char *name, size_t size)
{
    (void)size;
    DescrHead *d = (DescrHead *)kr_object_alloc(dt, 0);
    if (!d)
        return NULL;
    d->d_type = (KrTypeObject *)KR_NEWREF(t);
    d->d_name = kr_str_intern_cstr(name);
    if (!d->d_name) {
        KR_DECREF(d);
        return NULL;
    }
    if (dt->tp_flags & KR_TPFLAGS_HAVE_GC)
        kr_gc_track(KR_OBJ(d));
    return KR_OBJ(d);
}

static void descr_dealloc(KrObject *o)
{
    DescrHead *d = (DescrHead *)o;
    kr_gc_untrack(o);
    KR_XDECREF(d->d_type);
    KR_XDECREF(d->d_name);
    KR_XDECREF(d->d_qualname);
    kr_object_free(o);
}

static int descr_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    DescrHead *d = (DescrHead *)o;
    KR_VISIT(d->d_type);
    return 0;
}

static const char *dname(KrObject *o)
{
    const char *s = kr_str_utf8(((DescrHead *)o)->d_name);
    if (!s) {
        kr_err_clear();
        s = "?";
    }
    return s;
}

static int descr_check(KrObject *descr, KrObject *obj)
{
    DescrHead *d = (DescrHead *)descr;
    if (!KR_TYPE_CHECK(obj, d->d_type)) {
        kr_err_format(KrExc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      dname(descr), kr_type_name(d->d_type), KR_TYPE(obj)->tp_name);
        return -1;
    }
    return 0;
}

static KrObject *descr_get_name(KrObject *o, void *c) { return KR_NEWREF(((DescrHead *)o)->d_name); }

static KrObject *descr_get_qualname(KrObject *o, void *c)
{
    DescrHead *d = (DescrHead *)o;
    if (d->d_qualname)
        return KR_NEWREF(d->d_qualname);
    KrObject *tq = kr_type_qualname(d->d_type);
    if (!tq)
        return NULL;
    KrObject *q = kr_str_from_format("%U.%U", tq, d->d_name);
    KR_DECREF(tq);
    /* the descriptors of built-in types are immortal and shared by every
     * interpreter: caching a string of one interpreter's heap in them would
     * outlive it (and race with the others), so only mortal ones cache */
    if (q && !kr_is_immortal(o))
        d->d_qualname = KR_NEWREF(q);
    return q;
}

static KrObject *descr_get_objclass(KrObject *o, void *c) { return KR_NEWREF(((DescrHead *)o)->d_type); }
static KrObject *descr_get_text_signature(KrObject *o, void *c) { KR_RETURN_NONE; }

static KrObject *doc_from(const char *doc)
{
    if (!doc)
        KR_RETURN_NONE;
    return kr_str_from_cstr(doc);
}

static KrObject *descr_repr_fmt(KrObject *o, const char *kind)
{
    DescrHead *d = (DescrHead *)o;
    return kr_str_from_format("<%s '%U' of '%s' objects>", kind, d->d_name, kr_type_name(d->d_type));
}

/* ---- method descriptors -------------------------------------------------- */

static KrObject *method_get_doc(KrObject *o, void *c) { return doc_from(((KrMethodDescrObject *)o)->d_method->ml_doc); }

static KrGetSetDef method_getsets[] = {
    { "__name__", descr_get_name, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL },
    { "__doc__", method_get_doc, NULL, NULL },
    { "__text_signature__", descr_get_text_signature, NULL, NULL },
    { NULL }
};

KrObject *kr_descr_new_method(KrTypeObject *t, KrMethodDef *m)
{
    KrMethodDescrObject *d = (KrMethodDescrObject *)descr_alloc(&KrMethodDescr_Type, t, m->ml_name, 0);
    if (d)
        d->d_method = m;
    return KR_OBJ(d);
}

static KrObject *method_descr_get(KrObject *descr, KrObject *obj, KrObject *type)
{
    if (!obj)
        return KR_NEWREF(descr);
    if (descr_check(descr, obj) < 0)
        return NULL;
    return kr_cfunction_new(((KrMethodDescrObject *)descr)->d_method, obj, NULL);
}

static KrObject *method_descr_call(KrObject *descr, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrMethodDescrObject *d = (KrMethodDescrObject *)descr;
    if (nargs < 1) {
        KrObject *q = descr_get_qualname(descr, NULL);
        if (q) {
            kr_err_format(KrExc_TypeError, "unbound method %U() needs an argument", q);
            KR_DECREF(q);
        }
        return NULL;
    }
    if (descr_check(descr, args[0]) < 0)
        return NULL;
    return kr_methoddef_call(d->d_method, args[0], args + 1, nargs - 1, kwnames);
}

static KrObject *method_descr_repr(KrObject *o) { return descr_repr_fmt(o, "method"); }

KrTypeObject KrMethodDescr_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "method_descriptor",
    .tp_basicsize = sizeof(KrMethodDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = method_descr_repr,
    .tp_call = method_descr_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = method_getsets,
    .tp_descr_get = method_descr_get,
};

/* ---- class-method descriptors (METH_CLASS) ------------------------------- */

KrObject *kr_descr_new_classmethod(KrTypeObject *t, KrMethodDef *m)
{
    KrMethodDescrObject *d = (KrMethodDescrObject *)descr_alloc(&KrClassMethodDescr_Type, t, m->ml_name, 0);
    if (d)
        d->d_method = m;
    return KR_OBJ(d);
}

static KrObject *classmethod_descr_get(KrObject *descr, KrObject *obj, KrObject *type)
{
    KrMethodDescrObject *d = (KrMethodDescrObject *)descr;
    if (!type)
        type = KR_OBJ(KR_TYPE(obj));
    if (!KR_TYPE_OBJ_CHECK(type))
        return kr_err_format(KrExc_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                             dname(descr), kr_type_name(d->d_type), KR_TYPE(type)->tp_name);
    if (!kr_type_is_subtype((KrTypeObject *)type, d->d_type))
        return kr_err_format(KrExc_TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
                             dname(descr), kr_type_name(d->d_type), ((KrTypeObject *)type)->tp_name);
    return kr_cfunction_new(d->d_method, type, NULL);
}

static KrObject *classmethod_descr_call(KrObject *descr, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrMethodDescrObject *d = (KrMethodDescrObject *)descr;
    if (nargs < 1)
        return kr_err_format(KrExc_TypeError, "descriptor '%s' of '%s' object needs an argument", dname(descr),
                             kr_type_name(d->d_type));
    KrObject *bound = classmethod_descr_get(descr, NULL, args[0]);
    if (!bound)
        return NULL;
    KR_DECREF(bound);
    return kr_methoddef_call(d->d_method, args[0], args + 1, nargs - 1, kwnames);
}

KrTypeObject KrClassMethodDescr_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "classmethod_descriptor",
    .tp_basicsize = sizeof(KrMethodDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = method_descr_repr,
    .tp_call = classmethod_descr_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = method_getsets,
    .tp_descr_get = classmethod_descr_get,
};

/* ---- member descriptors --------------------------------------------------- */

KrObject *kr_descr_new_member(KrTypeObject *t, KrMemberDef *m)
{
    MemberDescr *d = (MemberDescr *)descr_alloc(&KrMemberDescr_Type, t, m->name, 0);
    if (d)
        d->d_member = m;
    return KR_OBJ(d);
}

static KrObject *member_get(KrObject *descr, KrObject *obj, KrObject *type)
{
    if (!obj)
        return KR_NEWREF(descr);
    if (descr_check(descr, obj) < 0)
        return NULL;
    KrMemberDef *m = ((MemberDescr *)descr)->d_member;
    char *p = (char *)obj + m->offset;
    switch (m->type) {
    case KR_T_OBJECT: {
        KrObject *v = *(KrObject **)p;
        return KR_NEWREF(v ? v : Kr_None);
    }
    case KR_T_OBJECT_EX: {
        KrObject *v = *(KrObject **)p;
        if (!v) {
            kr_err_format(KrExc_AttributeError, "'%s' object has no attribute '%s'", KR_TYPE(obj)->tp_name, m->name);
            return NULL;
        }
        return KR_NEWREF(v);
    }
    case KR_T_INT: return kr_int_from_long(*(int *)p);
    case KR_T_UINT: return kr_int_from_u64(*(unsigned int *)p);
    case KR_T_LONG: return kr_int_from_long(*(long *)p);
    case KR_T_SSIZE: return kr_int_from_ssize(*(ssize_t *)p);
    case KR_T_DOUBLE: return kr_float_from_double(*(double *)p);
    case KR_T_BOOL: return KR_NEWREF(kr_bool_from(*(char *)p));
    case KR_T_CHAR: return kr_str_from_utf8(p, 1);
    default:
        return kr_err_format(KrExc_SystemError, "bad memberdescr type for %s", m->name);
    }
}

static int member_set(KrObject *descr, KrObject *obj, KrObject *v)
{
    if (descr_check(descr, obj) < 0)
        return -1;
    KrMemberDef *m = ((MemberDescr *)descr)->d_member;
    char *p = (char *)obj + m->offset;
    if (m->flags & KR_READONLY) {
        kr_err_set_string(KrExc_AttributeError, "readonly attribute");
        return -1;
    }
    if (!v && m->type != KR_T_OBJECT && m->type != KR_T_OBJECT_EX) {
        kr_err_set_string(KrExc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    switch (m->type) {
    case KR_T_OBJECT:
        KR_SETREF(*(KrObject **)p, KR_XNEWREF(v));
        return 0;
    case KR_T_OBJECT_EX:
        if (!v && !*(KrObject **)p) {
            kr_err_set_string(KrExc_AttributeError, m->name);
            return -1;
        }
        KR_SETREF(*(KrObject **)p, KR_XNEWREF(v));
        return 0;
    case KR_T_BOOL:
        if (!KR_BOOL_CHECK(v)) {
            kr_err_set_string(KrExc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)p = v == Kr_True;
        return 0;
    case KR_T_DOUBLE: {
        double d = kr_float_as_double(v);
        if (d == -1.0 && kr_err_occurred())
            return -1;
        *(double *)p = d;
        return 0;
    }
    default: {
        if (!KR_INT_CHECK(v)) {
            kr_err_set_string(KrExc_TypeError, "attribute value type must be int");
            return -1;
        }
        long l = kr_int_as_long(v);
        if (l == -1 && kr_err_occurred())
            return -1;
        if (m->type == KR_T_INT) *(int *)p = (int)l;
        else if (m->type == KR_T_UINT) *(unsigned int *)p = (unsigned int)l;
        else if (m->type == KR_T_LONG) *(long *)p = l;
        else if (m->type == KR_T_SSIZE) *(ssize_t *)p = (ssize_t)l;
        else {
            kr_err_set_string(KrExc_TypeError, "unsupported member type");
            return -1;
        }
        return 0;
    }
    }
}

static KrObject *member_repr(KrObject *o) { return descr_repr_fmt(o, "member"); }
ssize_t kr_descr_member_slot(KrObject *descr, KrTypeObject *t, int for_store)
{
    if (KR_TYPE(descr) != &KrMemberDescr_Type)
        return -1;
    MemberDescr *md = (MemberDescr *)descr;
    KrMemberDef *m = md->d_member;
    if (m->type != KR_T_OBJECT_EX || (for_store && (m->flags & KR_READONLY)) ||
        !kr_type_is_subtype(t, md->h.d_type))
        return -1;
    return m->offset;
}

static KrObject *member_get_doc(KrObject *o, void *c) { return doc_from(((MemberDescr *)o)->d_member->doc); }

static KrGetSetDef member_getsets[] = {
    { "__name__", descr_get_name, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL },
    { "__doc__", member_get_doc, NULL, NULL },
    { NULL }
};

KrTypeObject KrMemberDescr_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "member_descriptor",
    .tp_basicsize = sizeof(MemberDescr),
    .tp_dealloc = descr_dealloc,
    .tp_repr = member_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = member_getsets,
    .tp_descr_get = member_get,
    .tp_descr_set = member_set,
};

/* ---- getset descriptors --------------------------------------------------- */

KrObject *kr_descr_new_getset(KrTypeObject *t, KrGetSetDef *g)
{
    GetSetDescr *d = (GetSetDescr *)descr_alloc(&KrGetSetDescr_Type, t, g->name, 0);
    if (d)
        d->d_getset = g;
    return KR_OBJ(d);
}

static KrObject *getset_get(KrObject *descr, KrObject *obj, KrObject *type)
{
    if (!obj)
        return KR_NEWREF(descr);
    if (descr_check(descr, obj) < 0)
        return NULL;
    GetSetDescr *d = (GetSetDescr *)descr;
    if (!d->d_getset->get)
        return kr_err_format(KrExc_AttributeError, "attribute '%U' of '%s' objects is not readable", d->h.d_name,
                             d->h.d_type->tp_name);
    return d->d_getset->get(obj, d->d_getset->closure);
}

static int getset_set(KrObject *descr, KrObject *obj, KrObject *v)
{
    if (descr_check(descr, obj) < 0)
        return -1;
    GetSetDescr *d = (GetSetDescr *)descr;
    if (!d->d_getset->set) {
        kr_err_format(KrExc_AttributeError, "attribute '%U' of '%s' objects is not writable", d->h.d_name,
                      d->h.d_type->tp_name);
        return -1;
    }
    return d->d_getset->set(obj, v, d->d_getset->closure);
}

static KrObject *getset_repr(KrObject *o) { return descr_repr_fmt(o, "attribute"); }
static KrObject *getset_get_doc(KrObject *o, void *c) { return doc_from(((GetSetDescr *)o)->d_getset->doc); }

static KrGetSetDef getset_getsets[] = {
    { "__name__", descr_get_name, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL },
    { "__doc__", getset_get_doc, NULL, NULL },
    { NULL }
};

KrTypeObject KrGetSetDescr_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "getset_descriptor",
    .tp_basicsize = sizeof(GetSetDescr),
    .tp_dealloc = descr_dealloc,
    .tp_repr = getset_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = getset_getsets,
    .tp_descr_get = getset_get,
    .tp_descr_set = getset_set,
};

/* ---- slot wrappers and method-wrappers ----------------------------------- */

KrObject *kr_descr_new_wrapper(KrTypeObject *t, const KrSlotDef *sd, void (*wrapped)(void))
{
    KrWrapperDescrObject *d = (KrWrapperDescrObject *)descr_alloc(&KrWrapperDescr_Type, t, sd->name, 0);
    if (d) {
        d->d_base = sd;
        d->d_wrapped = wrapped;
    }
    return KR_OBJ(d);
}

typedef struct {
    KrObject_HEAD
    KrWrapperDescrObject *descr;
    KrObject *self;
} MethodWrapper;

static KrObject *wrapper_call_checked(KrWrapperDescrObject *d, KrObject *self, KrObject *const *args,
                                      ssize_t nargs, KrObject *kwnames)
{
    if (kwnames && KR_TUPLE_LEN(kwnames) && !(d->d_base->extra & 0x100))
        return kr_err_format(KrExc_TypeError, "wrapper %U() takes no keyword arguments", d->d_name);
    return d->d_base->wrapper(self, args, nargs, kwnames, d->d_wrapped, d->d_base->extra);
}

static KrObject *wrapperdescr_call(KrObject *descr, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrWrapperDescrObject *d = (KrWrapperDescrObject *)descr;
    if (nargs < 1)
        return kr_err_format(KrExc_TypeError, "descriptor '%U' of '%s' object needs an argument", d->d_name,
                             kr_type_name(d->d_type));
    if (!KR_TYPE_CHECK(args[0], d->d_type))
        return kr_err_format(KrExc_TypeError, "descriptor '%U' requires a '%s' object but received a '%s'",
                             d->d_name, kr_type_name(d->d_type), KR_TYPE(args[0])->tp_name);
    return wrapper_call_checked(d, args[0], args + 1, nargs - 1, kwnames);
}

static KrObject *wrapperdescr_get(KrObject *descr, KrObject *obj, KrObject *type)
{
    if (!obj)
        return KR_NEWREF(descr);
    if (descr_check(descr, obj) < 0)
        return NULL;
    MethodWrapper *w = (MethodWrapper *)kr_object_alloc(&KrMethodWrapper_Type, 0);
    if (!w)
        return NULL;
    w->descr = (KrWrapperDescrObject *)KR_NEWREF(descr);
    w->self = KR_NEWREF(obj);
    kr_gc_track(KR_OBJ(w));
    return KR_OBJ(w);
}

static KrObject *wrapperdescr_repr(KrObject *o) { return descr_repr_fmt(o, "slot wrapper"); }
static KrObject *wrapper_get_doc(KrObject *o, void *c) { return doc_from(((KrWrapperDescrObject *)o)->d_base->doc); }

static KrGetSetDef wrapperdescr_getsets[] = {
    { "__name__", descr_get_name, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL },
    { "__doc__", wrapper_get_doc, NULL, NULL },
    { "__text_signature__", descr_get_text_signature, NULL, NULL },
    { NULL }
};

KrTypeObject KrWrapperDescr_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "wrapper_descriptor",
    .tp_basicsize = sizeof(KrWrapperDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = wrapperdescr_repr,
    .tp_call = wrapperdescr_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = wrapperdescr_getsets,
    .tp_descr_get = wrapperdescr_get,
};

static void mw_dealloc(KrObject *o)
{
    MethodWrapper *w = (MethodWrapper *)o;
    kr_gc_untrack(o);
    KR_XDECREF(w->descr);
    KR_XDECREF(w->self);
    kr_object_free(o);
}

static int mw_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    MethodWrapper *w = (MethodWrapper *)o;
    KR_VISIT(w->descr);
    KR_VISIT(w->self);
    return 0;
}

static KrObject *mw_call(KrObject *o, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    MethodWrapper *w = (MethodWrapper *)o;
    return wrapper_call_checked(w->descr, w->self, args, nargs, kwnames);
}

static KrObject *mw_repr(KrObject *o)
{
    MethodWrapper *w = (MethodWrapper *)o;
    return kr_str_from_format("<method-wrapper '%U' of %s object at %p>", w->descr->d_name,
                              KR_TYPE(w->self)->tp_name, (void *)w->self);
}

static KrObject *mw_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(b) != &KrMethodWrapper_Type)
        KR_RETURN_NOTIMPL;
    MethodWrapper *x = (MethodWrapper *)a, *y = (MethodWrapper *)b;
    int eq = x->descr == y->descr && x->self == y->self;
    return KR_NEWREF(kr_bool_from(op == KR_EQ ? eq : !eq));
}

static kr_hash_t mw_hash(KrObject *o)
{
    MethodWrapper *w = (MethodWrapper *)o;
    kr_hash_t h = (kr_hash_t)(((size_t)w->self >> 4) ^ ((size_t)w->descr >> 4) * 1000003);
    return h == -1 ? -2 : h;
}

static KrObject *mw_get_self(KrObject *o, void *c) { return KR_NEWREF(((MethodWrapper *)o)->self); }
static KrObject *mw_get_name(KrObject *o, void *c) { return KR_NEWREF(((MethodWrapper *)o)->descr->d_name); }
static KrObject *mw_get_qualname(KrObject *o, void *c) { return descr_get_qualname(KR_OBJ(((MethodWrapper *)o)->descr), NULL); }
static KrObject *mw_get_objclass(KrObject *o, void *c) { return KR_NEWREF(((MethodWrapper *)o)->descr->d_type); }
static KrObject *mw_get_doc(KrObject *o, void *c) { return doc_from(((MethodWrapper *)o)->descr->d_base->doc); }

static KrGetSetDef mw_getsets[] = {
    { "__self__", mw_get_self, NULL, NULL },
    { "__name__", mw_get_name, NULL, NULL },
    { "__qualname__", mw_get_qualname, NULL, NULL },
    { "__objclass__", mw_get_objclass, NULL, NULL },
    { "__doc__", mw_get_doc, NULL, NULL },
    { "__text_signature__", descr_get_text_signature, NULL, NULL },
    { NULL }
};

KrTypeObject KrMethodWrapper_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "method-wrapper",
    .tp_basicsize = sizeof(MethodWrapper),
    .tp_dealloc = mw_dealloc,
    .tp_repr = mw_repr,
    .tp_hash = mw_hash,
    .tp_call = mw_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = mw_traverse,
    .tp_richcompare = mw_richcompare,
    .tp_getset = mw_getsets,
};

/* ---- classmethod and staticmethod ----------------------------------------- */

typedef struct {
    KrObject_HEAD
    KrObject *callable;
    KrObject *dict;
} FuncWrap;

static void fw_dealloc(KrObject *o)
{
    FuncWrap *f = (FuncWrap *)o;
    KrTypeObject *t = KR_TYPE(o);
    kr_gc_untrack(o);
    KR_XDECREF(f->callable);
    KR_XDECREF(f->dict);
    t->tp_free(o);
}

static int fw_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    FuncWrap *f = (FuncWrap *)o;
    KR_VISIT(f->callable);
    KR_VISIT(f->dict);
    return 0;
}

static int fw_clear(KrObject *o)
{
    FuncWrap *f = (FuncWrap *)o;
    KR_CLEAR(f->callable);
    KR_CLEAR(f->dict);
    return 0;
}

/* copy __module__, __name__, __qualname__, __doc__ as functools.wraps does */
static int fw_wraps(FuncWrap *f)
{
    static const char *const names[] = { "__module__", "__name__", "__qualname__", "__doc__" };
    if (!f->dict) {
        f->dict = kr_dict_new();
        if (!f->dict)
            return -1;
    }
    for (size_t i = 0; i < KR_ARRAY_LEN(names); i++) {
        KrObject *n = kr_str_intern_cstr(names[i]);
        if (!n)
            return -1;
        KrObject *v;
        int r = kr_object_lookup_attr(f->callable, n, &v);
        if (r > 0) {
            r = kr_dict_set(f->dict, n, v);
            KR_DECREF(v);
        }
        KR_DECREF(n);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int fw_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    const char *name = KR_TYPE_CHECK(self, &KrClassMethod_Type) ? "classmethod" : "staticmethod";
    if (kr_arg_no_kw(name, kwnames) < 0 || kr_arg_count(name, nargs, 1, 1) < 0)
        return -1;
    FuncWrap *f = (FuncWrap *)self;
    KR_SETREF(f->callable, KR_NEWREF(args[0]));
    return fw_wraps(f);
}

static KrObject *fw_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *o = kr_object_alloc(t, 0);
    if (o)
        kr_gc_track(o);
    return o;
}

static KrObject *fw_make(KrTypeObject *t, KrObject *callable)
{
    FuncWrap *f = (FuncWrap *)kr_object_alloc(t, 0);
    if (!f)
        return NULL;
    f->callable = KR_NEWREF(callable);
    if (fw_wraps(f) < 0) {
        KR_DECREF(f);
        return NULL;
    }
    kr_gc_track(KR_OBJ(f));
    return KR_OBJ(f);
}

KrObject *kr_classmethod_new(KrObject *callable) { return fw_make(&KrClassMethod_Type, callable); }
KrObject *kr_staticmethod_new(KrObject *callable) { return fw_make(&KrStaticMethod_Type, callable); }

static KrObject *cm_get(KrObject *self, KrObject *obj, KrObject *type)
{
    FuncWrap *f = (FuncWrap *)self;
    if (!f->callable)
        return kr_err_format(KrExc_RuntimeError, "uninitialized classmethod object");
    if (!type)
        type = KR_OBJ(KR_TYPE(obj));
    if (KR_TYPE(f->callable)->tp_descr_get)
        return KR_TYPE(f->callable)->tp_descr_get(f->callable, type, type);
    return kr_method_new(f->callable, type);
}

static KrObject *sm_get(KrObject *self, KrObject *obj, KrObject *type)
{
    FuncWrap *f = (FuncWrap *)self;
    if (!f->callable)
        return kr_err_format(KrExc_RuntimeError, "uninitialized staticmethod object");
    return KR_NEWREF(f->callable);
}

static KrObject *sm_call(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return kr_object_vectorcall(((FuncWrap *)self)->callable, args, nargs, kwnames);
}

static KrObject *fw_repr(KrObject *self)
{
    FuncWrap *f = (FuncWrap *)self;
    return kr_str_from_format("<%s(%R)>", kr_type_name(KR_TYPE(self)), f->callable ? f->callable : Kr_None);
}

static KrObject *fw_get_func(KrObject *self, void *c)
{
    FuncWrap *f = (FuncWrap *)self;
    return KR_NEWREF(f->callable ? f->callable : Kr_None);
}

static KrObject *fw_get_isabstract(KrObject *self, void *c)
{
    FuncWrap *f = (FuncWrap *)self;
    KrObject *v;
    KrObject *n = kr_str_intern_cstr("__isabstractmethod__");
    if (!n)
        return NULL;
    int r = f->callable ? kr_object_lookup_attr(f->callable, n, &v) : 0;
    KR_DECREF(n);
    if (r < 0)
        return NULL;
    if (r == 0)
        KR_RETURN_FALSE;
    int t = kr_object_is_true(v);
    KR_DECREF(v);
    if (t < 0)
        return NULL;
    return KR_NEWREF(kr_bool_from(t));
}

static KrObject *fw_get_dict(KrObject *self, void *c)
{
    FuncWrap *f = (FuncWrap *)self;
    if (!f->dict) {
        f->dict = kr_dict_new();
        if (!f->dict)
            return NULL;
    }
    return KR_NEWREF(f->dict);
}

static KrGetSetDef fw_getsets[] = {
    { "__func__", fw_get_func, NULL, NULL },
    { "__wrapped__", fw_get_func, NULL, NULL },
    { "__isabstractmethod__", fw_get_isabstract, NULL, NULL },
    { "__dict__", fw_get_dict, NULL, NULL },
    { NULL }
};

KrTypeObject KrClassMethod_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "classmethod",
    .tp_basicsize = sizeof(FuncWrap),
    .tp_dealloc = fw_dealloc,
    .tp_repr = fw_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
    .tp_traverse = fw_traverse,
    .tp_clear = fw_clear,
    .tp_getset = fw_getsets,
    .tp_descr_get = cm_get,
    .tp_dictoffset = offsetof(FuncWrap, dict),
    .tp_init = fw_init,
    .tp_new = fw_new,
};

KrTypeObject KrStaticMethod_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "staticmethod",
    .tp_basicsize = sizeof(FuncWrap),
    .tp_dealloc = fw_dealloc,
    .tp_repr = fw_repr,
    .tp_call = sm_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
    .tp_traverse = fw_traverse,
    .tp_clear = fw_clear,
    .tp_getset = fw_getsets,
    .tp_descr_get = sm_get,
    .tp_dictoffset = offsetof(FuncWrap, dict),
    .tp_init = fw_init,
    .tp_new = fw_new,
};

/* ---- property ------------------------------------------------------------- */

typedef struct {
    KrObject_HEAD
    KrObject *fget, *fset, *fdel, *doc, *name;
    int getter_doc;
} Property;

static void prop_dealloc(KrObject *o)
{
    Property *p = (Property *)o;
    KrTypeObject *t = KR_TYPE(o);
    kr_gc_untrack(o);
    KR_XDECREF(p->fget);
    KR_XDECREF(p->fset);
    KR_XDECREF(p->fdel);
    KR_XDECREF(p->doc);
    KR_XDECREF(p->name);
    t->tp_free(o);
}

static int prop_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    Property *p = (Property *)o;
    KR_VISIT(p->fget);
    KR_VISIT(p->fset);
    KR_VISIT(p->fdel);
    KR_VISIT(p->doc);
    KR_VISIT(p->name);
    return 0;
}

static int prop_clear(KrObject *o)
{
    Property *p = (Property *)o;
    KR_CLEAR(p->fget);
    KR_CLEAR(p->fset);
    KR_CLEAR(p->fdel);
    KR_CLEAR(p->doc);
    KR_CLEAR(p->name);
    return 0;
}

static KrObject *prop_qualname_of(KrObject *obj)
{
    return kr_type_qualname(KR_TYPE(obj));
}

static KrObject *prop_error(Property *p, KrObject *obj, const char *what)
{
    KrObject *qn = prop_qualname_of(obj);
    if (!qn)
        return NULL;
    if (p->name)
        kr_err_format(KrExc_AttributeError, "property %R of %R object has no %s", p->name, qn, what);
    else
        kr_err_format(KrExc_AttributeError, "property of %R object has no %s", qn, what);
    KR_DECREF(qn);
    return NULL;
}

static KrObject *prop_get(KrObject *self, KrObject *obj, KrObject *type)
{
    Property *p = (Property *)self;
    if (!obj || obj == Kr_None)
        return KR_NEWREF(self);
    if (!p->fget)
        return prop_error(p, obj, "getter");
    return kr_object_vectorcall(p->fget, &obj, 1, NULL);
}

static int prop_set(KrObject *self, KrObject *obj, KrObject *value)
{
    Property *p = (Property *)self;
    KrObject *f = value ? p->fset : p->fdel;
    if (!f) {
        prop_error(p, obj, value ? "setter" : "deleter");
        return -1;
    }
    KrObject *args[2] = { obj, value };
    KrObject *r = kr_object_vectorcall(f, args, value ? 2 : 1, NULL);
    if (!r)
        return -1;
    KR_DECREF(r);
    return 0;
}

static int prop_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "fget", "fset", "fdel", "doc", NULL };
    KrObject *out[4] = { NULL, NULL, NULL, NULL };
    if (kr_arg_parse("property", args, nargs, kwnames, names, 0, out) < 0)
        return -1;
    Property *p = (Property *)self;
    for (int i = 0; i < 4; i++)
        if (out[i] == Kr_None)
            out[i] = NULL;
    KR_SETREF(p->fget, KR_XNEWREF(out[0]));
    KR_SETREF(p->fset, KR_XNEWREF(out[1]));
    KR_SETREF(p->fdel, KR_XNEWREF(out[2]));
    KR_SETREF(p->doc, KR_XNEWREF(out[3]));
    p->getter_doc = 0;
    if (!p->doc && p->fget) {
        KrObject *d;
        int r = kr_object_lookup_attr(p->fget, KR_ID(__doc__), &d);
        if (r < 0)
            return -1;
        if (r > 0) {
            if (d == Kr_None)
                KR_DECREF(d);
            else {
                p->doc = d;
                p->getter_doc = 1;
            }
        }
    }
    return 0;
}

static KrObject *prop_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *o = kr_object_alloc(t, 0);
    if (o)
        kr_gc_track(o);
    return o;
}

KrObject *kr_property_new(KrObject *fget, KrObject *fset, KrObject *fdel, KrObject *doc)
{
    KrObject *args[4] = { fget ? fget : Kr_None, fset ? fset : Kr_None, fdel ? fdel : Kr_None,
                          doc ? doc : Kr_None };
    KrObject *p = prop_new(&KrProperty_Type, NULL, 0, NULL);
    if (p && prop_init(p, args, 4, NULL) < 0)
        KR_CLEAR(p);
    return p;
}

static KrObject *prop_copy(KrObject *self, KrObject *get, KrObject *set, KrObject *del)
{
    Property *p = (Property *)self;
    KrObject *args[4];
    args[0] = get ? get : p->fget ? p->fget : Kr_None;
    args[1] = set ? set : p->fset ? p->fset : Kr_None;
    args[2] = del ? del : p->fdel ? p->fdel : Kr_None;
    if (p->getter_doc && get && get != Kr_None)
        args[3] = Kr_None;
    else
        args[3] = p->doc ? p->doc : Kr_None;
    KrObject *n = kr_object_vectorcall(KR_OBJ(KR_TYPE(self)), args, 4, NULL);
    if (n && KR_TYPE_CHECK(n, &KrProperty_Type))
        KR_SETREF(((Property *)n)->name, KR_XNEWREF(p->name));
    return n;
}

static KrObject *prop_getter(KrObject *self, KrObject *f) { return prop_copy(self, f, NULL, NULL); }
static KrObject *prop_setter(KrObject *self, KrObject *f) { return prop_copy(self, NULL, f, NULL); }
static KrObject *prop_deleter(KrObject *self, KrObject *f) { return prop_copy(self, NULL, NULL, f); }

static KrObject *prop_set_name(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (nargs != 2)
        return kr_err_format(KrExc_TypeError, "__set_name__() takes 2 positional arguments but %zd were given", nargs);
    KR_SETREF(((Property *)self)->name, KR_NEWREF(args[1]));
    KR_RETURN_NONE;
}

static KrObject *prop_get_isabstract(KrObject *self, void *c)
{
    Property *p = (Property *)self;
    KrObject *fs[3] = { p->fget, p->fset, p->fdel };
    KrObject *n = kr_str_intern_cstr("__isabstractmethod__");
    if (!n)
        return NULL;
    for (int i = 0; i < 3; i++) {
        if (!fs[i])
            continue;
        KrObject *v;
        int r = kr_object_lookup_attr(fs[i], n, &v);
        if (r < 0) {
            KR_DECREF(n);
            return NULL;
        }
        if (r > 0) {
            int t = kr_object_is_true(v);
            KR_DECREF(v);
            if (t != 0) {
                KR_DECREF(n);
                return t < 0 ? NULL : KR_NEWREF(Kr_True);
            }
        }
    }
    KR_DECREF(n);
    KR_RETURN_FALSE;
}

static KrObject *prop_get_doc(KrObject *self, void *c)
{
    Property *p = (Property *)self;
    return KR_NEWREF(p->doc ? p->doc : Kr_None);
}

static int prop_set_doc(KrObject *self, KrObject *v, void *c)
{
    Property *p = (Property *)self;
    KR_SETREF(p->doc, KR_XNEWREF(v));
    return 0;
}

static KrMethodDef prop_methods[] = {
    { "getter", KR_CFUNC(prop_getter), KR_METH_O, "Descriptor to obtain a copy of the property with a different getter." },
    { "setter", KR_CFUNC(prop_setter), KR_METH_O, "Descriptor to obtain a copy of the property with a different setter." },
    { "deleter", KR_CFUNC(prop_deleter), KR_METH_O, "Descriptor to obtain a copy of the property with a different deleter." },
    { "__set_name__", KR_CFUNC(prop_set_name), KR_METH_FASTCALL, "Method to set name of a property." },
    { NULL }
};

static KrMemberDef prop_members[] = {
    { "fget", KR_T_OBJECT, offsetof(Property, fget), KR_READONLY, NULL },
    { "fset", KR_T_OBJECT, offsetof(Property, fset), KR_READONLY, NULL },
    { "fdel", KR_T_OBJECT, offsetof(Property, fdel), KR_READONLY, NULL },
    { NULL }
};

static KrGetSetDef prop_getsets[] = {
    { "__isabstractmethod__", prop_get_isabstract, NULL, NULL },
    { "__doc__", prop_get_doc, prop_set_doc, NULL },
    { NULL }
};

KrTypeObject KrProperty_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "property",
    .tp_basicsize = sizeof(Property),
    .tp_dealloc = prop_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "Property attribute.",
    .tp_traverse = prop_traverse,
    .tp_clear = prop_clear,
    .tp_methods = prop_methods,
    .tp_members = prop_members,
    .tp_getset = prop_getsets,
    .tp_descr_get = prop_get,
    .tp_descr_set = prop_set,
    .tp_init = prop_init,
    .tp_new = prop_new,
};

/* ---- mappingproxy ----------------------------------------------------------- */

typedef struct {
    KrObject_HEAD
    KrObject *mapping;
} MappingProxy;

KrObject *kr_mappingproxy_new(KrObject *mapping)
{
    MappingProxy *m = (MappingProxy *)kr_object_alloc(&KrMappingProxy_Type, 0);
    if (!m)
        return NULL;
    m->mapping = KR_NEWREF(mapping);
    kr_gc_track(KR_OBJ(m));
    return KR_OBJ(m);
}

static KrObject *mp_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "mapping", NULL };
    KrObject *out[1] = { NULL };
    if (kr_arg_parse("mappingproxy", args, nargs, kwnames, names, 1, out) < 0)
        return NULL;
    KrObject *m = out[0];
    KrTypeObject *mt = KR_TYPE(m);
    if (!mt->tp_as_mapping || !mt->tp_as_mapping->mp_subscript || KR_LIST_CHECK(m) || KR_TUPLE_CHECK(m))
        return kr_err_format(KrExc_TypeError, "mappingproxy() argument must be a mapping, not %s", mt->tp_name);
    return kr_mappingproxy_new(m);
}

static void mp_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((MappingProxy *)o)->mapping);
    kr_object_free(o);
}

static int mp_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((MappingProxy *)o)->mapping);
    return 0;
}

static KrObject *mp_getitem(KrObject *o, KrObject *k) { return kr_object_getitem(((MappingProxy *)o)->mapping, k); }
static ssize_t mp_len(KrObject *o) { return kr_object_size(((MappingProxy *)o)->mapping); }
static int mp_contains(KrObject *o, KrObject *k)
{
    KrObject *m = ((MappingProxy *)o)->mapping;
    if (KR_DICT_CHECK_EXACT(m))
        return kr_dict_contains(m, k);
    return kr_sequence_contains(m, k);
}
static KrObject *mp_iter(KrObject *o) { return kr_object_getiter(((MappingProxy *)o)->mapping); }
static KrObject *mp_repr(KrObject *o) { return kr_str_from_format("mappingproxy(%R)", ((MappingProxy *)o)->mapping); }
static KrObject *mp_str(KrObject *o) { return kr_object_str(((MappingProxy *)o)->mapping); }
static KrObject *mp_richcompare(KrObject *a, KrObject *b, int op)
{
    return kr_object_richcompare(((MappingProxy *)a)->mapping, b, op);
}

static KrObject *mp_callm(KrObject *o, const char *name, KrObject *const *args, ssize_t nargs)
{
    return kr_object_call_method_str(((MappingProxy *)o)->mapping, name, args, nargs);
}

static KrObject *mp_get(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("get", nargs, 1, 2) < 0)
        return NULL;
    return mp_callm(o, "get", args, nargs);
}
static KrObject *mp_keys(KrObject *o, KrObject *u) { return mp_callm(o, "keys", NULL, 0); }
static KrObject *mp_values(KrObject *o, KrObject *u) { return mp_callm(o, "values", NULL, 0); }
static KrObject *mp_items(KrObject *o, KrObject *u) { return mp_callm(o, "items", NULL, 0); }
static KrObject *mp_copy(KrObject *o, KrObject *u) { return mp_callm(o, "copy", NULL, 0); }
static KrObject *mp_reversed(KrObject *o, KrObject *u) { return mp_callm(o, "__reversed__", NULL, 0); }

static KrObject *mp_or(KrObject *a, KrObject *b)
{
    if (KR_TYPE(a) == &KrMappingProxy_Type)
        a = ((MappingProxy *)a)->mapping;
    if (KR_TYPE(b) == &KrMappingProxy_Type)
        b = ((MappingProxy *)b)->mapping;
    return kr_number_or(a, b);
}

static KrObject *mp_ior(KrObject *a, KrObject *b)
{
    return kr_err_format(KrExc_TypeError, "'|=' is not supported by %s; use '|' instead", KR_TYPE(a)->tp_name);
}

static KrObject *mp_class_getitem(KrObject *cls, KrObject *args)
{
    return kr_generic_alias_new(cls, args);
}

static KrMethodDef mp_methods[] = {
    { "__class_getitem__", KR_CFUNC(mp_class_getitem), KR_METH_O | KR_METH_CLASS, "See PEP 585" },
    { "get", KR_CFUNC(mp_get), KR_METH_FASTCALL, "Return the value for key if key is in the mapping, else default." },
    { "keys", KR_CFUNC(mp_keys), KR_METH_NOARGS, "D.keys() -> a set-like object providing a view on D's keys" },
    { "values", KR_CFUNC(mp_values), KR_METH_NOARGS, "D.values() -> an object providing a view on D's values" },
    { "items", KR_CFUNC(mp_items), KR_METH_NOARGS, "D.items() -> a set-like object providing a view on D's items" },
    { "copy", KR_CFUNC(mp_copy), KR_METH_NOARGS, "D.copy() -> a shallow copy of D" },
    { "__reversed__", KR_CFUNC(mp_reversed), KR_METH_NOARGS, "D.__reversed__() -> reverse iterator" },
    { NULL }
};

static KrMappingMethods mp_as_mapping = { .mp_length = mp_len, .mp_subscript = mp_getitem };
static KrSequenceMethods mp_as_sequence = { .sq_contains = mp_contains };
static KrNumberMethods mp_as_number = { .nb_or = mp_or, .nb_inplace_or = mp_ior };

KrTypeObject KrMappingProxy_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "mappingproxy",
    .tp_basicsize = sizeof(MappingProxy),
    .tp_dealloc = mp_dealloc,
    .tp_repr = mp_repr,
    .tp_as_number = &mp_as_number,
    .tp_as_sequence = &mp_as_sequence,
    .tp_as_mapping = &mp_as_mapping,
    .tp_str = mp_str,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_MAPPING,
    .tp_traverse = mp_traverse,
    .tp_richcompare = mp_richcompare,
    .tp_iter = mp_iter,
    .tp_methods = mp_methods,
    .tp_new = mp_new,
};
