/* object.h: the object model every other part of Krait is written against.
 *
 * Every object begins with KrObject {refcount, type}: the count sits at
 * offset 0, so id(x) is the address and the classic ctypes trick of reading
 * the count straight from memory works.  A type object describes behaviour
 * through slots (tp_*), laid out after CPython's so its documentation maps
 * across.  One calling convention is used everywhere ("vector" calls):
 *     f(callable, args, nargs, kwnames)
 * where args[0..nargs) are positional, followed by len(kwnames) keyword
 * values, and kwnames is NULL or a tuple of str.  tp_call, tp_new and
 * tp_init all use it, so no argument tuple is built on the common path.
 *
 * Ownership: a function returning KrObject* returns a new reference, or
 * NULL with an exception set on the current thread state.  KR_BORROWED and
 * KR_STEALS mark the exceptions on prototypes.
 *
 * Immortality: objects shared by every interpreter in the process (static
 * types, None, True/False, small ints, identifier strings, and everything
 * created while the runtime initialises) have a refcount at or above
 * KR_IMMORTAL_REFCNT; incref/decref leave them alone, so interpreters running
 * in parallel on different GILs never write to them.
 */
#ifndef KR_OBJECT_H
#define KR_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdarg.h>
#include <sys/types.h>

#define KR_RETURNS_NEW /* returns a new reference */
#define KR_BORROWED  /* returns a borrowed reference */
#define KR_STEALS    /* the argument's reference is taken over */

typedef ssize_t kr_hash_t;

struct KrTypeObject;

typedef struct KrObject {
    ssize_t ob_refcnt;
    struct KrTypeObject *ob_type;
} KrObject;

typedef struct KrVarObject {
    KrObject ob_base;
    ssize_t ob_size;
} KrVarObject;

#define KrObject_HEAD    KrObject ob_base;
#define KrObject_VAR_HEAD KrVarObject ob_base;

#define KR_IMMORTAL_REFCNT ((ssize_t)1 << 60)
/* what sys.getrefcount reports for an immortal, as CPython 3.12 does */
#define KR_IMMORTAL_REPORTED 4294967295LL

#define KR_TYPE(o)  (((KrObject *)(o))->ob_type)
#define KR_REFCNT(o) (((KrObject *)(o))->ob_refcnt)
#define KR_SIZE(o)  (((KrVarObject *)(o))->ob_size)
#define KR_OBJ(o)   ((KrObject *)(o))

/* static initialiser for an immortal object header */
#define KR_STATIC_HEAD(type) { KR_IMMORTAL_REFCNT, (type) }
#define KR_STATIC_VAR_HEAD(type, size) { { KR_IMMORTAL_REFCNT, (type) }, (size) }

void kr_dealloc(KrObject *o);   /* object.c: calls tp_dealloc */

/* The total of all references to mortal objects, as a CPython debug build
 * keeps it (-X showrefcount, sys.gettotalrefcount).  Each thread counts into
 * its own variable, so the hot path has no atomics and no interpreter
 * lookup; kr_reftotal_fold adds it to the interpreter whose GIL the thread
 * holds, whenever the thread lets the GIL go or changes thread state.
 * Every change of a mortal count outside incref/decref must go through
 * KR_REFTOTAL_ADD (new objects start at 1: kr_refcnt_init). */
extern _Thread_local ssize_t kr_reftotal_delta;
#define KR_REFTOTAL_ADD(n) (kr_reftotal_delta += (n))
static inline void kr_refcnt_init(KrObject *o) { o->ob_refcnt = 1; KR_REFTOTAL_ADD(1); }

static inline bool kr_is_immortal(KrObject *o) { return o->ob_refcnt >= KR_IMMORTAL_REFCNT; }
static inline void kr_incref(KrObject *o)
{
    if (o->ob_refcnt < KR_IMMORTAL_REFCNT) {
        o->ob_refcnt++;
        KR_REFTOTAL_ADD(1);
    }
}
static inline void kr_xincref(KrObject *o) { if (o) kr_incref(o); }
static inline void kr_decref(KrObject *o)
{
    if (o->ob_refcnt < KR_IMMORTAL_REFCNT) {
        KR_REFTOTAL_ADD(-1);
        if (--o->ob_refcnt == 0)
            kr_dealloc(o);
    }
}
static inline void kr_xdecref(KrObject *o) { if (o) kr_decref(o); }
static inline KrObject *kr_newref(KrObject *o) { kr_incref(o); return o; }
static inline KrObject *kr_xnewref(KrObject *o) { kr_xincref(o); return o; }
static inline void kr_set_immortal(KrObject *o)
{
    if (o->ob_refcnt < KR_IMMORTAL_REFCNT)
        KR_REFTOTAL_ADD(-o->ob_refcnt);   /* its references leave the total */
    o->ob_refcnt = KR_IMMORTAL_REFCNT + (KR_IMMORTAL_REFCNT >> 1);
}

#define KR_INCREF(o)  kr_incref(KR_OBJ(o))
#define KR_XINCREF(o) kr_xincref(KR_OBJ(o))
#define KR_DECREF(o)  kr_decref(KR_OBJ(o))
#define KR_XDECREF(o) kr_xdecref(KR_OBJ(o))
#define KR_NEWREF(o)  kr_newref(KR_OBJ(o))
#define KR_XNEWREF(o) kr_xnewref(KR_OBJ(o))
#define KR_CLEAR(p) do { KrObject *kr_tmp_ = KR_OBJ(p); if (kr_tmp_) { (p) = NULL; kr_decref(kr_tmp_); } } while (0)
#define KR_SETREF(p, v) do { KrObject *kr_tmp_ = KR_OBJ(p); (p) = (v); kr_xdecref(kr_tmp_); } while (0)

/* ---- slot signatures ---------------------------------------------------- */
typedef KrObject *(*kr_unaryfunc)(KrObject *);
typedef KrObject *(*kr_binaryfunc)(KrObject *, KrObject *);
typedef KrObject *(*kr_ternaryfunc)(KrObject *, KrObject *, KrObject *);
typedef int (*kr_inquiry)(KrObject *);
typedef ssize_t (*kr_lenfunc)(KrObject *);
typedef KrObject *(*kr_ssizeargfunc)(KrObject *, ssize_t);
typedef int (*kr_ssizeobjargproc)(KrObject *, ssize_t, KrObject *);
typedef int (*kr_objobjproc)(KrObject *, KrObject *);
typedef int (*kr_objobjargproc)(KrObject *, KrObject *, KrObject *); /* value NULL: delete */
typedef void (*kr_destructor)(KrObject *);
typedef KrObject *(*kr_reprfunc)(KrObject *);
typedef kr_hash_t (*kr_hashfunc)(KrObject *);                       /* -1: error */
typedef KrObject *(*kr_richcmpfunc)(KrObject *, KrObject *, int op);
typedef KrObject *(*kr_getattrofunc)(KrObject *, KrObject *name);
typedef int (*kr_setattrofunc)(KrObject *, KrObject *name, KrObject *value); /* value NULL: delete */
typedef KrObject *(*kr_getiterfunc)(KrObject *);
/* tp_iternext: returns next item; NULL without an exception set means
 * exhausted (StopIteration need not be raised), NULL with one set is error */
typedef KrObject *(*kr_iternextfunc)(KrObject *);
typedef KrObject *(*kr_descrgetfunc)(KrObject *descr, KrObject *obj, KrObject *type);
typedef int (*kr_descrsetfunc)(KrObject *descr, KrObject *obj, KrObject *value);
typedef int (*kr_visitproc)(KrObject *, void *arg);
typedef int (*kr_traverseproc)(KrObject *, kr_visitproc, void *arg);
/* the one calling convention: positional args, then keyword values */
typedef KrObject *(*kr_vectorcall)(KrObject *callable, KrObject *const *args,
                                   ssize_t nargs, KrObject *kwnames);
typedef KrObject *(*kr_newfunc)(struct KrTypeObject *type, KrObject *const *args,
                                ssize_t nargs, KrObject *kwnames);
typedef int (*kr_initproc)(KrObject *self, KrObject *const *args,
                           ssize_t nargs, KrObject *kwnames);

/* rich comparison ops, same numbering as CPython */
enum { KR_LT = 0, KR_LE = 1, KR_EQ = 2, KR_NE = 3, KR_GT = 4, KR_GE = 5 };

typedef struct KrNumberMethods {
    kr_binaryfunc nb_add, nb_subtract, nb_multiply, nb_remainder, nb_divmod;
    kr_ternaryfunc nb_power;
    kr_unaryfunc nb_negative, nb_positive, nb_absolute;
    kr_inquiry nb_bool;
    kr_unaryfunc nb_invert;
    kr_binaryfunc nb_lshift, nb_rshift, nb_and, nb_xor, nb_or;
    kr_unaryfunc nb_int, nb_float;
    kr_binaryfunc nb_inplace_add, nb_inplace_subtract, nb_inplace_multiply,
        nb_inplace_remainder;
    kr_ternaryfunc nb_inplace_power;
    kr_binaryfunc nb_inplace_lshift, nb_inplace_rshift, nb_inplace_and,
        nb_inplace_xor, nb_inplace_or;
    kr_binaryfunc nb_floor_divide, nb_true_divide, nb_inplace_floor_divide,
        nb_inplace_true_divide;
    kr_unaryfunc nb_index;
    kr_binaryfunc nb_matrix_multiply, nb_inplace_matrix_multiply;
} KrNumberMethods;

typedef struct KrSequenceMethods {
    kr_lenfunc sq_length;
    kr_binaryfunc sq_concat;
    kr_ssizeargfunc sq_repeat;
    kr_ssizeargfunc sq_item;          /* index already made non-negative by caller when sq_length exists */
    kr_ssizeobjargproc sq_ass_item;
    kr_objobjproc sq_contains;        /* 1, 0, -1 */
    kr_binaryfunc sq_inplace_concat;
    kr_ssizeargfunc sq_inplace_repeat;
} KrSequenceMethods;

typedef struct KrMappingMethods {
    kr_lenfunc mp_length;
    kr_binaryfunc mp_subscript;
    kr_objobjargproc mp_ass_subscript;
} KrMappingMethods;

/* ---- the buffer protocol (filled in by the buffers work) ---------------- */
typedef struct KrBuffer {
    void *buf;
    KrObject *obj;          /* owned reference to the exporter */
    ssize_t len;            /* total bytes */
    ssize_t itemsize;
    int readonly;
    int ndim;
    char *format;           /* struct-module format, NULL means "B" */
    ssize_t *shape;
    ssize_t *strides;
    ssize_t *suboffsets;
    void *internal;
} KrBuffer;

enum {
    KR_BUF_SIMPLE = 0, KR_BUF_WRITABLE = 0x1, KR_BUF_FORMAT = 0x4, KR_BUF_ND = 0x8,
    KR_BUF_STRIDES = 0x18, KR_BUF_FULL_RO = 0x11c, KR_BUF_FULL = 0x11d
};

typedef int (*kr_getbufferproc)(KrObject *, KrBuffer *, int flags);
typedef void (*kr_releasebufferproc)(KrObject *, KrBuffer *);

typedef struct KrBufferProcs {
    kr_getbufferproc bf_getbuffer;
    kr_releasebufferproc bf_releasebuffer;
} KrBufferProcs;

/* ---- method, member and getset tables for builtin types ----------------- */
enum {
    KR_METH_NOARGS = 0x1,    /* f(self, NULL) */
    KR_METH_O = 0x2,         /* f(self, arg) */
    KR_METH_FASTCALL = 0x4,  /* f(self, args, nargs) : positional only */
    KR_METH_KEYWORDS = 0x8,  /* with FASTCALL: f(self, args, nargs, kwnames) */
    KR_METH_CLASS = 0x10,    /* self is the type */
    KR_METH_STATIC = 0x20,   /* self is NULL */
    KR_METH_COEXIST = 0x40,
};

typedef KrObject *(*kr_cfunc)(KrObject *self, KrObject *arg);
typedef KrObject *(*kr_cfunc_fast)(KrObject *self, KrObject *const *args, ssize_t nargs);
typedef KrObject *(*kr_cfunc_fastkw)(KrObject *self, KrObject *const *args, ssize_t nargs,
                                     KrObject *kwnames);

typedef struct KrMethodDef {
    const char *ml_name;
    void (*ml_meth)(void);   /* cast to the signature that ml_flags names */
    int ml_flags;
    const char *ml_doc;
} KrMethodDef;
#define KR_CFUNC(f) ((void (*)(void))(f))

enum { KR_T_OBJECT = 1, KR_T_INT, KR_T_SSIZE, KR_T_DOUBLE, KR_T_BOOL, KR_T_OBJECT_EX,
       KR_T_UINT, KR_T_LONG, KR_T_CHAR };
enum { KR_READONLY = 1 };

typedef struct KrMemberDef {
    const char *name;
    int type;
    ssize_t offset;
    int flags;
    const char *doc;
} KrMemberDef;

typedef KrObject *(*kr_getter)(KrObject *, void *closure);
typedef int (*kr_setter)(KrObject *, KrObject *value, void *closure); /* value NULL: delete */

typedef struct KrGetSetDef {
    const char *name;
    kr_getter get;
    kr_setter set;
    const char *doc;
    void *closure;
} KrGetSetDef;

/* ---- type objects ------------------------------------------------------- */
enum {
    KR_TPFLAGS_HEAPTYPE = 1UL << 9,
    KR_TPFLAGS_BASETYPE = 1UL << 10,
    KR_TPFLAGS_READY = 1UL << 12,
    KR_TPFLAGS_READYING = 1UL << 13,
    KR_TPFLAGS_HAVE_GC = 1UL << 14,
    KR_TPFLAGS_IS_ABSTRACT = 1UL << 20,
    KR_TPFLAGS_IMMUTABLETYPE = 1UL << 8,
    KR_TPFLAGS_DISALLOW_INSTANTIATION = 1UL << 7,
    KR_TPFLAGS_MANAGED_DICT = 1UL << 4,
    KR_TPFLAGS_SEQUENCE = 1UL << 5,
    KR_TPFLAGS_MAPPING = 1UL << 6,
    /* fast subclass checks, as CPython */
    KR_TPFLAGS_LONG_SUBCLASS = 1UL << 24,
    KR_TPFLAGS_LIST_SUBCLASS = 1UL << 25,
    KR_TPFLAGS_TUPLE_SUBCLASS = 1UL << 26,
    KR_TPFLAGS_BYTES_SUBCLASS = 1UL << 27,
    KR_TPFLAGS_UNICODE_SUBCLASS = 1UL << 28,
    KR_TPFLAGS_DICT_SUBCLASS = 1UL << 29,
    KR_TPFLAGS_BASE_EXC_SUBCLASS = 1UL << 30,
    KR_TPFLAGS_TYPE_SUBCLASS = 1UL << 31,
};

typedef struct KrTypeObject {
    KrObject_VAR_HEAD
    const char *tp_name;          /* "module.Name" for C types outside builtins */
    ssize_t tp_basicsize, tp_itemsize;
    kr_destructor tp_dealloc;
    kr_reprfunc tp_repr;
    KrNumberMethods *tp_as_number;
    KrSequenceMethods *tp_as_sequence;
    KrMappingMethods *tp_as_mapping;
    kr_hashfunc tp_hash;
    kr_vectorcall tp_call;
    kr_reprfunc tp_str;
    kr_getattrofunc tp_getattro;
    kr_setattrofunc tp_setattro;
    KrBufferProcs *tp_as_buffer;
    unsigned long tp_flags;
    const char *tp_doc;
    kr_traverseproc tp_traverse;
    kr_inquiry tp_clear;
    kr_richcmpfunc tp_richcompare;
    ssize_t tp_weaklistoffset;
    kr_getiterfunc tp_iter;
    kr_iternextfunc tp_iternext;
    KrMethodDef *tp_methods;
    KrMemberDef *tp_members;
    KrGetSetDef *tp_getset;
    struct KrTypeObject *tp_base;
    KrObject *tp_dict;
    kr_descrgetfunc tp_descr_get;
    kr_descrsetfunc tp_descr_set;
    ssize_t tp_dictoffset;        /* offset of the instance __dict__ pointer, 0 if none */
    kr_initproc tp_init;
    kr_newfunc tp_new;
    kr_destructor tp_free;        /* low-level free matching the allocation */
    KrObject *tp_bases;           /* tuple */
    KrObject *tp_mro;             /* tuple */
    KrObject *tp_subclasses;      /* dict of weak refs or list; owned by type.c */
    kr_destructor tp_finalize;    /* PEP 442 __del__ */
    unsigned int tp_version_tag;  /* bumped when the type or a base changes (caches) */
    kr_vectorcall tp_vectorcall;  /* calling the type object itself, if set */
} KrTypeObject;

/* Classes defined in Python: the slot tables live in the type itself. */
typedef struct KrHeapTypeObject {
    KrTypeObject ht_type;
    KrNumberMethods as_number;
    KrMappingMethods as_mapping;
    KrSequenceMethods as_sequence;
    KrBufferProcs as_buffer;
    KrObject *ht_name, *ht_qualname, *ht_slots, *ht_module;
    char *ht_tpname;              /* owned UTF-8 copy used as tp_name */
    KrObject *ht_weaklist;        /* classes are weakly referenceable (abc's registries) */
} KrHeapTypeObject;

/* ---- the cycle collector's header, in front of every tracked object ----- */
typedef struct KrGCHead {
    struct KrGCHead *gc_next;
    struct KrGCHead *gc_prev;     /* low bits carry collector flags */
    ssize_t gc_refs;
} KrGCHead;

#define KR_AS_GC(o)   ((KrGCHead *)(o) - 1)
#define KR_FROM_GC(g) ((KrObject *)((KrGCHead *)(g) + 1))
/* an object with a KrGCHead in front of it.  Static objects (the builtin
 * type objects themselves) are immortal and have none, although their type
 * `type` is a GC type, so immortals never count as collectable */
#define KR_IS_GC(o)   ((KR_TYPE(o)->tp_flags & KR_TPFLAGS_HAVE_GC) != 0 && !kr_is_immortal(KR_OBJ(o)))

/* visit helper for tp_traverse implementations */
#define KR_VISIT(op) do { if (op) { int vret_ = visit(KR_OBJ(op), arg); if (vret_) return vret_; } } while (0)

#define KR_TYPE_CHECK(o, t) (KR_TYPE(o) == (t) || kr_type_is_subtype(KR_TYPE(o), (t)))
#define KR_TYPE_HAS_FLAG(t, f) (((t)->tp_flags & (f)) != 0)

#endif
