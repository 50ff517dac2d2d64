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
/* the offset of the object slot (a __slots__ entry) that descr reads, or
 * writes when for_store, for instances of t; -1 when descr is anything
 * else or its access would do more (checks, conversions, errors) */
ssize_t kr_descr_member_slot(KrObject *descr, KrTypeObject *t, int for_store);
KrObject *kr_descr_new_getset(KrTypeObject *t, KrGetSetDef *g);
KrObject *kr_classmethod_new(KrObject *callable);
KrObject *kr_staticmethod_new(KrObject *callable);
KrObject *kr_property_new(KrObject *fget, KrObject *fset, KrObject *fdel, KrObject *doc);
KrObject *kr_mappingproxy_new(KrObject *mapping);
KrObject *kr_generic_alias_new(KrObject *origin, KrObject *args);  /* types.GenericAlias(origin, args); requested by containers */

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

/* ---- shared by the type-system files (type.c, typeslots.c, super.c,
 * descr.c, object.c, methodobject.c); other areas may use them too ---- */
KrObject *kr_object_default_repr(KrObject *o);      /* "<mod.A object at 0x...>" */
/* generic getattr; suppress != 0: a missing attribute returns NULL with no exception */
KrObject *kr_object_generic_getattr_impl(KrObject *o, KrObject *name, int suppress);
KrObject *kr_namespace_new(KrObject *kwds);         /* types.SimpleNamespace(**kwds); kwds may be NULL */

/* A base type's tp_dealloc must release memory through KR_TYPE(o)->tp_free
 * (kr_object_free), never kr_mem_free directly: instances of Python
 * subclasses carry a GC header and their dict/slots after the base layout. */

/* the trashcan (object.c), for deallocs of objects that can nest deeply:
 *     static void x_dealloc(KrObject *o) {
 *         if (kr_trash_enter(o)) return;    -- parked; freed later, iteratively
 *         ... release fields, free ...
 *         kr_trash_leave();
 *     }
 */
int kr_trash_enter(KrObject *o);
void kr_trash_leave(void);

/* slot wrappers (typeslots.c): one entry per dunder that maps to a slot */
typedef KrObject *(*kr_wrapperfunc)(KrObject *self, KrObject *const *args, ssize_t nargs,
                                    KrObject *kwnames, void (*wrapped)(void), int extra);
typedef struct KrSlotDef {
    const char *name;
    int group;                  /* 0 type, 1 number, 2 sequence, 3 mapping */
    size_t offset;              /* of the slot inside its group's struct */
    void (*function)(void);     /* slot function for Python classes (NULL: none) */
    kr_wrapperfunc wrapper;
    int extra;                  /* e.g. the comparison op */
    const char *doc;
    KrObject *name_obj;         /* interned, filled at start-up */
} KrSlotDef;
void kr_typeslots_init(void);
int kr_typeslots_add_operators(KrTypeObject *t);     /* wrapper descriptors for a static type */
void kr_typeslots_fixup(KrTypeObject *t);            /* set a new class's slots from its dunders */
void kr_typeslots_update(KrTypeObject *t, KrObject *name);  /* after setattr of a dunder */
/* __init__ of a class whose call is exactly object.__new__ followed by a
 * Python function __init__ (no metaclass, __new__ or vectorcall of its
 * own), borrowed; NULL for any other class */
KR_BORROWED KrObject *kr_typeslots_plain_init(KrTypeObject *t);
void (**kr_typeslots_ptr(KrTypeObject *t, const KrSlotDef *d))(void);  /* address of the slot, or NULL */
KrObject *kr_descr_new_wrapper(KrTypeObject *t, const KrSlotDef *d, void (*wrapped)(void));
typedef struct KrWrapperDescrObject {
    KrObject_HEAD
    KrTypeObject *d_type;
    KrObject *d_name, *d_qualname;
    const KrSlotDef *d_base;
    void (*d_wrapped)(void);
} KrWrapperDescrObject;
typedef struct KrMethodDescrObject {
    KrObject_HEAD
    KrTypeObject *d_type;
    KrObject *d_name, *d_qualname;
    KrMethodDef *d_method;
} KrMethodDescrObject;
/* call with "self" prepended to a vector call */
KrObject *kr_call_prepend(KrObject *func, KrObject *self, KrObject *const *args, ssize_t nargs,
                          KrObject *kwnames);
KrObject *kr_type_tp_new_wrapper(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames);
KrObject *kr_type_find_in_mro(KrTypeObject *t, KrObject *name);   /* uncached kr_type_lookup */
int kr_type_merge_dir(KrTypeObject *t, KrObject *dict);
int kr_type_compatible_for_assignment(KrTypeObject *a, KrTypeObject *b, const char *attr);
KrObject *kr_type_new_impl(KrTypeObject *meta, KrObject *const *args, ssize_t nargs, KrObject *kwnames);
int kr_object_recursive_isinstance(KrObject *inst, KrObject *cls);
int kr_object_recursive_issubclass(KrObject *derived, KrObject *cls);
extern kr_initproc kr_object_init_slot;   /* object.__init__'s C slot */

/* genericalias.c: types.GenericAlias (list[int]) and types.UnionType (int | None) */
extern KrTypeObject KrGenericAlias_Type, KrUnionType_Type;
KrObject *kr_generic_alias_new(KrObject *origin, KrObject *args);
KrObject *kr_type_union(KrObject *a, KrObject *b);   /* a | b for types; NotImplemented otherwise */

#endif
