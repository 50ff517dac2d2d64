/* typeimpl.h: what type.c and typenew.c share (private to the type system). */
#ifndef KR_TYPEIMPL_H
#define KR_TYPEIMPL_H

#include "object.h"

#define HT(t) ((KrHeapTypeObject *)(t))
#define HT_MEMBERS(t) ((KrMemberDef *)((char *)(t) + sizeof(KrHeapTypeObject)))
#define IS_HEAP(t) (((t)->tp_flags & KR_TPFLAGS_HEAPTYPE) != 0)

int kr_type_ready_common(KrTypeObject *t);            /* dict, MRO, inheritance; no READY flag */
int kr_type_add_subclass(KrTypeObject *base, KrTypeObject *t);
void kr_type_remove_subclass(KrTypeObject *base, KrTypeObject *t);
KrTypeObject *kr_type_best_base(KrObject *bases);      /* the base whose layout wins, or NULL + TypeError */

#endif
