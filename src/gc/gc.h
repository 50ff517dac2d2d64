/* gc.h: the cycle collector and object allocation.
 *
 * Containers (types with KR_TPFLAGS_HAVE_GC) are allocated with a KrGCHead
 * in front of the object and linked into generation 0 when tracked.  The
 * collector finds unreachable cycles by copying each object's refcount to
 * gc_refs, subtracting references found by tp_traverse from inside the
 * generation, and treating what is left over zero as externally reachable.
 */
#ifndef KR_GC_H
#define KR_GC_H

#include "../object/object.h"

KrObject *kr_gc_alloc(KrTypeObject *t, size_t size);   /* header + object; untracked; refcnt 1; MemoryError */
void kr_gc_free(KrObject *o);                          /* frees header + object (must be untracked) */
KrObject *kr_gc_resize(KrObject *o, size_t newsize);   /* realloc a var-sized untracked GC object */
void kr_gc_track(KrObject *o);
void kr_gc_untrack(KrObject *o);
int kr_gc_is_tracked(KrObject *o);
ssize_t kr_gc_collect(int generation);                 /* number of unreachable objects found; -1 on error */
ssize_t kr_gc_collect_if_needed(void);
void kr_gc_init_state(void *interp_gc_state);
void kr_gc_fini(void);                                 /* final collection at shutdown */
int kr_gc_is_finalized(KrObject *o);
void kr_gc_set_finalized(KrObject *o);

/* for the gc module: generation list heads (3 = permanent), sizes, freezing */
KrGCHead *kr_gc_generation_head(int gen);
ssize_t kr_gc_generation_size(int gen);
void kr_gc_freeze(void);
void kr_gc_unfreeze(void);
/* during a collection: o is in the set found unreachable */
int kr_gc_in_unreachable(KrObject *o);

#endif
