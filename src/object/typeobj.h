/* typeobj.h: type objects and descriptors: type.c (type, class creation,
 * C3 MRO, slot inheritance, slot wrappers), descr.c (method, member,
 * getset, wrapper descriptors; classmethod, staticmethod, property),
 * super, module objects (module.c) and builtin function objects.
 *
 * Classes written in Python get real slots: defining __add__ in a class
 * body installs a C slot function that looks up and calls __add__, so the
 * abstract layer never special-cases Python classes.  Builtin types go the
 * other way: kr_type_ready fills their __dict__ with wrapper descriptors for
 * each slot (int.__add__, list.__len__ ...) and with their method tables.
 */
#ifndef KR_TYPEOBJ_H
#define KR_TYPEOBJ_H

#include "object.h"

extern KrTypeObject KrType_Type, KrSuper_Type, KrProperty_Type, KrClassMethod_Type,
    KrStaticMethod_Type, KrMethodDescr_Type, KrClassMethodDescr_Type, KrMemberDescr_Type,
    KrGetSetDescr_Type, KrWrapperDescr_Type, KrMethodWrapper_Type, KrCFunction_Type,
    KrModule_Type, KrMappingProxy_Type, KrSimpleNamespace_Type;

#define KR_TYPE_OBJ_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_TYPE_SUBCLASS)

/* ---- type.c ---- */
int kr_type_ready(KrTypeObject *t);                 /* fill dict, mro, inherit slots; once */
int kr_type_is_subtype(KrTypeObject *a, KrTypeObject *b);   /* walks tp_mro */
/* look a name up along the MRO: borrowed, NULL when absent (no exception) */
KR_BORROWED KrObject *kr_type_lookup(KrTypeObject *t, KrObject *name);
KrObject *kr_type_generic_alloc(KrTypeObject *t, ssize_t nitems);
KrObject *kr_type_new_class(KrTypeObject *meta, KrObject *name, KrObject *bases, KrObject *dict,
                            KrObject *kwnames_dict); /* type(name, bases, dict, **kw) */
KrObject *kr_type_qualname(KrTypeObject *t);        /* new ref */
KrObject *kr_type_module_name(KrTypeObject *t);     /* new ref: 'builtins' for builtins */
KrObject *kr_type_repr(KrTypeObject *t);            /* "<class 'mod.Name'>" */
void kr_type_modified(KrTypeObject *t);             /* invalidate caches (version tag) */
const char *kr_type_name(KrTypeObject *t);          /* short name (after the last dot) */
/* the calculated metaclass and class creation used by __build_class__ */
KrObject *kr_type_calculate_metaclass(KrTypeObject *meta, KrObject *bases);
/* make a simple type at runtime (for C modules): flags, base may be NULL */
int kr_type_call_init_subclass(KrTypeObject *t, KrObject *kwargs);

/* ---- descr.c ---- */
KrObject *kr_descr_new_method(KrTypeObject *t, KrMethodDef *m);
KrObject *kr_descr_new_classmethod(KrTypeObject *t, KrMethodDef *m);
KrObject *kr_descr_new_member(KrTypeObject *t, KrMemberDef *m);
KrObject *kr_descr_new_getset(KrTypeObject *t, KrGetSetDef *g);
KrObject *kr_classmethod_new(KrObject *callable);
KrObject *kr_staticmethod_new(KrObject *callable);
KrObject *kr_property_new(KrObject *fget, KrObject *fset, KrObject *fdel, KrObject *doc);
KrObject *kr_mappingproxy_new(KrObject *mapping);

/* builtin functions (C functions bound to a module or an instance) */
typedef struct KrCFunctionObject {
    KrObject_HEAD
    KrMethodDef *m_ml;
    KrObject *m_self;           /* module or instance; NULL for static */
    KrObject *m_module;         /* __module__ (str) or NULL */
    kr_vectorcall vectorcall;
} KrCFunctionObject;
KrObject *kr_cfunction_new(KrMethodDef *ml, KrObject *self, KrObject *module_name);
/* call a KrMethodDef with the vector convention, checking arity for NOARGS/O */
KrObject *kr_methoddef_call(KrMethodDef *ml, KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames);

/* ---- module.c ---- */
typedef struct KrModuleObject {
    KrObject_HEAD
    KrObject *md_dict;
    KrObject *md_name;
    void *md_state;             /* C modules' per-interpreter state */
    KrObject *md_weaklist;
} KrModuleObject;
#define KR_MODULE_CHECK(o) KR_TYPE_CHECK(o, &KrModule_Type)
KrObject *kr_module_new(KrObject *name);             /* sets __name__, __doc__=None, ... */
KrObject *kr_module_new_cstr(const char *name);
KR_BORROWED KrObject *kr_module_dict(KrObject *m);
int kr_module_add_object(KrObject *m, const char *name, KR_STEALS KrObject *v);
int kr_module_add_int(KrObject *m, const char *name, long v);
int kr_module_add_functions(KrObject *m, KrMethodDef *defs);
int kr_module_add_type(KrObject *m, KrTypeObject *t);

/* ---- super (type.c) ---- */
typedef struct KrSuperObject {
    KrObject_HEAD
    KrTypeObject *type;         /* the class whose MRO we continue after */
    KrObject *obj;
    KrTypeObject *obj_type;
} KrSuperObject;

#endif
