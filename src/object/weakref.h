/* weakref.h: weak references (weakref.c).  A type is weakly referenceable
 * when tp_weaklistoffset > 0; its dealloc must call kr_weakref_clear_refs
 * before freeing the object. */
#ifndef KR_WEAKREF_H
#define KR_WEAKREF_H

#include "object.h"

typedef struct KrWeakrefObject {
    KrObject_HEAD
    KrObject *wr_object;          /* borrowed; Kr_None once the referent died */
    KrObject *wr_callback;
    kr_hash_t hash;
    struct KrWeakrefObject *wr_prev, *wr_next;
} KrWeakrefObject;

extern KrTypeObject KrWeakref_Type, KrWeakProxy_Type, KrWeakCallableProxy_Type;

KrObject *kr_weakref_new(KrObject *ob, KrObject *callback);
KR_BORROWED KrObject *kr_weakref_get(KrObject *ref);    /* Kr_None when dead */
int kr_weakref_supported(KrObject *o);
void kr_weakref_clear_refs(KrObject *o);                /* from the referent's dealloc */
void kr_weakref_gc_hook(KrGCHead *unreachable);         /* from the collector */
KrObject *kr_weakref_module_init(void);

#endif
