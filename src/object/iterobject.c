/* iterobject.c: the two generic iterators behind iter():
 * iter(seq) for objects that only define __getitem__ (indices 0, 1, ...
 * until IndexError or StopIteration), and iter(callable, sentinel).
 * Both drop their references once exhausted, so they stay exhausted.
 */
#include "kr.h"

typedef struct {
    KrObject_HEAD
    ssize_t index;
    KrObject *seq;
} SeqIter;

typedef struct {
    KrObject_HEAD
    KrObject *func, *sentinel;
} CallIter;

KrObject *kr_seqiter_new(KrObject *seq)
{
    SeqIter *it = (SeqIter *)kr_object_alloc(&KrSeqIter_Type, 0);
    if (!it)
        return NULL;
    it->index = 0;
    it->seq = kr_newref(seq);
    kr_gc_track((KrObject *)it);
    return (KrObject *)it;
}

static void seqiter_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    kr_xdecref(((SeqIter *)self)->seq);
    kr_object_free(self);
}

static int seqiter_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(((SeqIter *)self)->seq);
    return 0;
}

static int seqiter_clear(KrObject *self)
{
    KR_CLEAR(((SeqIter *)self)->seq);
    return 0;
}

static KrObject *seqiter_next(KrObject *self)
{
    SeqIter *it = (SeqIter *)self;
    KrObject *seq = it->seq;
    if (!seq)
        return NULL;
    if (it->index == PTRDIFF_MAX) {
        kr_err_set_string(KrExc_OverflowError, "iter index too large");
        return NULL;
    }
    KrObject *r = kr_sequence_getitem(seq, it->index);
    if (r) {
        it->index++;
        return r;
    }
    if (kr_err_matches((KrObject *)KrExc_IndexError) ||
        kr_err_matches((KrObject *)KrExc_StopIteration)) {
        kr_err_clear();
        it->seq = NULL;
        kr_decref(seq);
    }
    return NULL;
}

static KrObject *seqiter_length_hint(KrObject *self, KrObject *unused)
{
    SeqIter *it = (SeqIter *)self;
    if (it->seq) {
        KrTypeObject *t = KR_TYPE(it->seq);
        if ((t->tp_as_sequence && t->tp_as_sequence->sq_length) ||
            (t->tp_as_mapping && t->tp_as_mapping->mp_length)) {
            ssize_t n = kr_object_size(it->seq);
            if (n < 0)
                return NULL;
            n -= it->index;
            return kr_int_from_ssize(n < 0 ? 0 : n);
        }
        KR_RETURN_NOTIMPL;
    }
    return kr_int_from_long(0);
}

static KrMethodDef seqiter_methods[] = {
    { "__length_hint__", KR_CFUNC(seqiter_length_hint), KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL }
};

KrTypeObject KrSeqIter_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "iterator",
    .tp_basicsize = sizeof(SeqIter),
    .tp_dealloc = seqiter_dealloc,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_traverse = seqiter_traverse,
    .tp_clear = seqiter_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = seqiter_next,
    .tp_methods = seqiter_methods,
};

KrObject *kr_calliter_new(KrObject *callable, KrObject *sentinel)
{
    CallIter *it = (CallIter *)kr_object_alloc(&KrCallIter_Type, 0);
    if (!it)
        return NULL;
    it->func = kr_newref(callable);
    it->sentinel = kr_newref(sentinel);
    kr_gc_track((KrObject *)it);
    return (KrObject *)it;
}

static void calliter_dealloc(KrObject *self)
{
    CallIter *it = (CallIter *)self;
    kr_gc_untrack(self);
    kr_xdecref(it->func);
    kr_xdecref(it->sentinel);
    kr_object_free(self);
}

static int calliter_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    CallIter *it = (CallIter *)self;
    KR_VISIT(it->func);
    KR_VISIT(it->sentinel);
    return 0;
}

static int calliter_clear(KrObject *self)
{
    CallIter *it = (CallIter *)self;
    KR_CLEAR(it->func);
    KR_CLEAR(it->sentinel);
    return 0;
}

static KrObject *calliter_next(KrObject *self)
{
    CallIter *it = (CallIter *)self;
    if (!it->func)
        return NULL;
    KrObject *r = kr_object_call_noargs(it->func);
    if (r) {
        int ok = kr_object_richcompare_bool(it->sentinel, r, KR_EQ);
        if (ok == 0)
            return r;
        kr_decref(r);
        if (ok > 0) {
            KR_CLEAR(it->func);
            KR_CLEAR(it->sentinel);
        }
        return NULL;
    }
    if (kr_err_matches((KrObject *)KrExc_StopIteration)) {
        kr_err_clear();
        KR_CLEAR(it->func);
        KR_CLEAR(it->sentinel);
    }
    return NULL;
}

KrTypeObject KrCallIter_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(CallIter),
    .tp_dealloc = calliter_dealloc,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_traverse = calliter_traverse,
    .tp_clear = calliter_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = calliter_next,
};
