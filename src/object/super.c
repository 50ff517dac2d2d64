/* super.c: super(), which continues an attribute lookup in the MRO of the
 * instance's type after a given class.  The zero-argument form reads the
 * calling frame: its first argument (self or cls, possibly held in a cell)
 * and the __class__ cell the compiler creates for methods that use super.
 */
#include "kr.h"

static KrTypeObject *supercheck(KrTypeObject *type, KrObject *obj)
{
    if (KR_TYPE_OBJ_CHECK(obj) && kr_type_is_subtype((KrTypeObject *)obj, type))
        return (KrTypeObject *)KR_NEWREF(obj);
    if (kr_type_is_subtype(KR_TYPE(obj), type))
        return (KrTypeObject *)KR_NEWREF(KR_TYPE(obj));
    KrObject *cls;
    int r = kr_object_lookup_attr(obj, KR_ID(__class__), &cls);
    if (r < 0)
        return NULL;
    if (r > 0) {
        if (KR_TYPE_OBJ_CHECK(cls) && cls != KR_OBJ(KR_TYPE(obj)) &&
            kr_type_is_subtype((KrTypeObject *)cls, type))
            return (KrTypeObject *)cls;
        KR_DECREF(cls);
    }
    kr_err_set_string(KrExc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_init_impl(KrSuperObject *su, KrObject *type, KrObject *obj)
{
    KrTypeObject *obj_type = NULL;
    if (!KR_TYPE_OBJ_CHECK(type)) {
        kr_err_format(KrExc_TypeError, "super() argument 1 must be a type, not %s", KR_TYPE(type)->tp_name);
        return -1;
    }
    if (obj == Kr_None)
        obj = NULL;
    if (obj) {
        obj_type = supercheck((KrTypeObject *)type, obj);
        if (!obj_type)
            return -1;
        KR_INCREF(obj);
    }
    KR_SETREF(su->type, (KrTypeObject *)KR_NEWREF(type));
    KR_SETREF(su->obj, obj);
    KR_SETREF(su->obj_type, obj_type);
    return 0;
}

static int super_from_frame(KrObject **type_out, KrObject **obj_out)
{
    KrFrame *f = kr_eval_current_frame();
    if (!f || !f->code) {
        kr_err_set_string(KrExc_RuntimeError, "super(): no current frame");
        return -1;
    }
    KrCodeObject *co = f->code;
    if (co->co_argcount == 0) {
        kr_err_set_string(KrExc_RuntimeError, "super(): no arguments");
        return -1;
    }
    KrObject *first = f->localsplus[0];
    const unsigned char *kinds = (const unsigned char *)KR_BYTES_DATA(co->co_localspluskinds);
    if (first && (kinds[0] & KR_FAST_CELL) && KR_TYPE(first) == &KrCell_Type)
        first = ((KrCellObject *)first)->ob_ref;
    if (!first) {
        kr_err_set_string(KrExc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    ssize_t n = KR_TUPLE_LEN(co->co_localsplusnames);
    for (ssize_t i = 0; i < n; i++) {
        if (!(kinds[i] & KR_FAST_FREE))
            continue;
        KrObject *name = KR_TUPLE_GET(co->co_localsplusnames, i);
        if (!kr_str_eq_cstr(name, "__class__"))
            continue;
        KrObject *cell = f->localsplus[i];
        if (!cell || KR_TYPE(cell) != &KrCell_Type) {
            kr_err_set_string(KrExc_RuntimeError, "super(): bad __class__ cell");
            return -1;
        }
        KrObject *cls = ((KrCellObject *)cell)->ob_ref;
        if (!cls) {
            kr_err_set_string(KrExc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!KR_TYPE_OBJ_CHECK(cls)) {
            kr_err_format(KrExc_RuntimeError, "super(): __class__ is not a type (%s)", KR_TYPE(cls)->tp_name);
            return -1;
        }
        *type_out = cls;
        *obj_out = first;
        return 0;
    }
    kr_err_set_string(KrExc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static int super_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_arg_no_kw("super", kwnames) < 0)
        return -1;
    if (nargs > 2) {
        kr_err_format(KrExc_TypeError, "super() expected at most 2 arguments, got %zd", nargs);
        return -1;
    }
    KrObject *type, *obj = NULL;
    if (nargs == 0) {
        if (super_from_frame(&type, &obj) < 0)
            return -1;
    } else {
        type = args[0];
        if (nargs == 2)
            obj = args[1];
    }
    return super_init_impl((KrSuperObject *)self, type, obj);
}

static KrObject *super_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *o = kr_object_alloc(t, 0);
    if (o)
        kr_gc_track(o);
    return o;
}

/* super() called directly: skip the generic type_call path */
static KrObject *super_vectorcall(KrObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *o = super_new((KrTypeObject *)type, args, nargs, kwnames);
    if (o && super_init(o, args, nargs, kwnames) < 0)
        KR_CLEAR(o);
    return o;
}

static void super_dealloc(KrObject *o)
{
    KrSuperObject *s = (KrSuperObject *)o;
    KrTypeObject *t = KR_TYPE(o);
    kr_gc_untrack(o);
    KR_XDECREF(s->type);
    KR_XDECREF(s->obj);
    KR_XDECREF(s->obj_type);
    t->tp_free(o);
}

static int super_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrSuperObject *s = (KrSuperObject *)o;
    KR_VISIT(s->type);
    KR_VISIT(s->obj);
    KR_VISIT(s->obj_type);
    return 0;
}

static KrObject *super_getattro(KrObject *self, KrObject *name)
{
    KrSuperObject *su = (KrSuperObject *)self;
    KrTypeObject *start = su->obj_type;
    if (!start || (KR_STR_CHECK(name) && kr_str_eq_cstr(name, "__class__")))
        return kr_object_generic_getattr(self, name);
    KrObject *mro = start->tp_mro;
    if (!mro)
        return kr_object_generic_getattr(self, name);
    ssize_t n = KR_TUPLE_LEN(mro), i;
    for (i = 0; i + 1 < n; i++)
        if (KR_TUPLE_GET(mro, i) == KR_OBJ(su->type))
            break;
    i++;
    KR_INCREF(mro);
    for (; i < n; i++) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(mro, i);
        KrObject *res = b->tp_dict ? (KR_STR_CHECK_EXACT(name) ? kr_dict_get_str(b->tp_dict, name)
                                                               : kr_dict_get(b->tp_dict, name))
                                   : NULL;
        if (res) {
            KR_INCREF(res);
            KR_DECREF(mro);
            kr_descrgetfunc f = KR_TYPE(res)->tp_descr_get;
            if (f) {
                KrObject *r = f(res, su->obj == KR_OBJ(start) ? NULL : su->obj, KR_OBJ(start));
                KR_DECREF(res);
                return r;
            }
            return res;
        }
        if (kr_err_occurred()) {
            KR_DECREF(mro);
            return NULL;
        }
    }
    KR_DECREF(mro);
    KrObject *r = kr_object_generic_getattr_impl(self, name, 1);
    if (!r && !kr_err_occurred())
        kr_err_format(KrExc_AttributeError, "'super' object has no attribute '%U'", name);
    return r;
}

static KrObject *super_descr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    KrSuperObject *su = (KrSuperObject *)self;
    if (!obj || obj == Kr_None || su->obj)
        return KR_NEWREF(self);
    KrObject *n = super_new(KR_TYPE(self), NULL, 0, NULL);
    if (n && super_init_impl((KrSuperObject *)n, KR_OBJ(su->type), obj) < 0)
        KR_CLEAR(n);
    return n;
}

static KrObject *super_repr(KrObject *self)
{
    KrSuperObject *su = (KrSuperObject *)self;
    const char *tn = su->type ? su->type->tp_name : "NULL";
    if (su->obj_type)
        return kr_str_from_format("<super: <class '%s'>, <%s object>>", tn, su->obj_type->tp_name);
    return kr_str_from_format("<super: <class '%s'>, NULL>", tn);
}

static KrMemberDef super_members[] = {
    { "__thisclass__", KR_T_OBJECT, offsetof(KrSuperObject, type), KR_READONLY,
      "the class invoking super()" },
    { "__self__", KR_T_OBJECT, offsetof(KrSuperObject, obj), KR_READONLY,
      "the instance invoking super(); may be None" },
    { "__self_class__", KR_T_OBJECT, offsetof(KrSuperObject, obj_type), KR_READONLY,
      "the type of the instance invoking super(); may be None" },
    { NULL }
};

KrTypeObject KrSuper_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "super",
    .tp_basicsize = sizeof(KrSuperObject),
    .tp_dealloc = super_dealloc,
    .tp_repr = super_repr,
    .tp_getattro = super_getattro,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "super() -> same as super(__class__, <first argument>)\n"
              "super(type) -> unbound super object\n"
              "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
              "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .tp_traverse = super_traverse,
    .tp_members = super_members,
    .tp_descr_get = super_descr_get,
    .tp_init = super_init,
    .tp_new = super_new,
    .tp_vectorcall = super_vectorcall,
};
