/* gc.c: the generational cycle collector.
 *
 * Reference counting frees everything except cycles.  Every object that can
 * hold references is allocated with a KrGCHead in front of it and, once
 * initialised, linked into generation 0 of its interpreter.  A collection of
 * generation N (which takes the younger generations with it) works in four
 * steps, all driven by each type's tp_traverse:
 *
 *   1. update_refs: copy every object's refcount into its gc_refs.
 *   2. subtract_refs: for every reference from one collected object to
 *      another, decrement the target's gc_refs.  What remains counts the
 *      references from outside the generation.
 *   3. move_unreachable: objects with gc_refs > 0 are reachable, and so is
 *      everything they reach; the rest is tentatively moved to an
 *      "unreachable" list and brought back if something reachable points
 *      to it later in the scan.
 *   4. finalize (PEP 442: tp_finalize runs once per object, ever), check
 *      again for objects the finalizers resurrected, then break the
 *      remaining cycles with tp_clear; reference counting frees the rest.
 *
 * Invariants: an untracked object has gc_next == NULL.  gc_refs holds the
 * transient count in its low bits and three flags in its high bits;
 * FINALIZED survives across collections, COLLECTING and TENTATIVE exist only
 * during one.  Collections are not run inside allocation: the allocator
 * schedules one and the eval loop runs it at its next breaker check, where
 * no half-built object is in flight.
 */
#include "kr.h"
#include "object/weakref.h"

#define GC_FINALIZED  ((ssize_t)1 << 62)
#define GC_COLLECTING ((ssize_t)1 << 61)
#define GC_TENTATIVE  ((ssize_t)1 << 60)
#define GC_FLAGS (GC_FINALIZED | GC_COLLECTING | GC_TENTATIVE)
#define GC_REFS(g) ((g)->gc_refs & ~GC_FLAGS)
#define GC_SET_REFS(g, n) ((g)->gc_refs = ((g)->gc_refs & GC_FLAGS) | (n))

/* ---- intrusive lists ---- */
static void list_init(KrGCHead *h) { h->gc_next = h->gc_prev = h; }
static bool list_empty(KrGCHead *h) { return h->gc_next == h; }

static void list_append(KrGCHead *g, KrGCHead *h)
{
    KrGCHead *last = h->gc_prev;
    g->gc_prev = last;
    g->gc_next = h;
    last->gc_next = g;
    h->gc_prev = g;
}

static void list_remove(KrGCHead *g)
{
    g->gc_prev->gc_next = g->gc_next;
    g->gc_next->gc_prev = g->gc_prev;
    g->gc_next = NULL;
    g->gc_prev = NULL;
}

static void list_move(KrGCHead *g, KrGCHead *h)
{
    g->gc_prev->gc_next = g->gc_next;
    g->gc_next->gc_prev = g->gc_prev;
    list_append(g, h);
}

/* append all of from to the end of to; from becomes empty */
static void list_merge(KrGCHead *from, KrGCHead *to)
{
    if (list_empty(from))
        return;
    KrGCHead *tail = to->gc_prev;
    tail->gc_next = from->gc_next;
    from->gc_next->gc_prev = tail;
    to->gc_prev = from->gc_prev;
    to->gc_prev->gc_next = to;
    list_init(from);
}

static ssize_t list_size(KrGCHead *h)
{
    ssize_t n = 0;
    for (KrGCHead *g = h->gc_next; g != h; g = g->gc_next)
        n++;
    return n;
}

static KrGCState *gcstate(void)
{
    KrThreadState *ts = kr_tstate();
    return ts ? &ts->interp->gc : NULL;
}

void kr_gc_init_state(void *p)
{
    KrGCState *st = p;
    memset(st, 0, sizeof *st);
    static const int thresholds[3] = {700, 10, 10};
    for (int i = 0; i < 3; i++) {
        list_init(&st->gens[i].head);
        st->gens[i].threshold = thresholds[i];
    }
    list_init(&st->permanent);
    st->enabled = 1;
    const char *e = getenv("KRAIT_GC_STRESS");
    st->stress = e && *e && *e != '0';
}

/* ---- allocation ---- */
static void schedule(KrGCState *st)
{
    KrThreadState *ts = kr_tstate();
    st->scheduled = 1;
    ts->gil_drop_request = 1;
    ts->eval_breaker = 1;
}

KrObject *kr_gc_alloc(KrTypeObject *t, size_t size)
{
    KrGCHead *g = kr_mem_calloc(1, sizeof(KrGCHead) + size);
    if (!g) {
        kr_err_nomemory();
        return NULL;
    }
    KrObject *o = KR_FROM_GC(g);
    kr_refcnt_init(o);
    o->ob_type = t;
    KrGCState *st = gcstate();
    if (st) {
        st->gens[0].count++;
        if (st->enabled && !st->collecting &&
            (st->stress || st->gens[0].count > st->gens[0].threshold) &&
            st->gens[0].threshold > 0)
            schedule(st);
    }
    return o;
}

KrObject *kr_gc_resize(KrObject *o, size_t newsize)
{
    KrGCHead *g = KR_AS_GC(o);
    if (g->gc_next) {   /* must be untracked: the list links would move */
        kr_err_set_string(KrExc_SystemError, "kr_gc_resize of a tracked object");
        return NULL;
    }
    KrGCHead *ng = kr_mem_realloc(g, sizeof(KrGCHead) + newsize);
    if (!ng) {
        kr_err_nomemory();
        return NULL;
    }
    return KR_FROM_GC(ng);
}

void kr_gc_free(KrObject *o)
{
    KrGCHead *g = KR_AS_GC(o);
    if (g->gc_next)
        list_remove(g);
    KrGCState *st = gcstate();
    if (st && st->gens[0].count > 0)
        st->gens[0].count--;
    kr_mem_free(g);
}

void kr_gc_track(KrObject *o)
{
    KrGCHead *g = KR_AS_GC(o);
    if (g->gc_next || kr_is_immortal(o))
        return;
    KrGCState *st = gcstate();
    if (!st)
        return;   /* runtime start-up: shared objects are immortal, never collected */
    list_append(g, &st->gens[0].head);
}

void kr_gc_untrack(KrObject *o)
{
    KrGCHead *g = KR_AS_GC(o);
    if (g->gc_next)
        list_remove(g);
}

int kr_gc_is_tracked(KrObject *o)
{
    return KR_IS_GC(o) && KR_AS_GC(o)->gc_next != NULL;
}

int kr_gc_is_finalized(KrObject *o)
{
    return KR_IS_GC(o) && (KR_AS_GC(o)->gc_refs & GC_FINALIZED) != 0;
}

void kr_gc_set_finalized(KrObject *o)
{
    if (KR_IS_GC(o))
        KR_AS_GC(o)->gc_refs |= GC_FINALIZED;
}

/* ---- the collection ---- */
static inline bool in_collection(KrObject *o)
{
    if (!KR_IS_GC(o))
        return false;
    KrGCHead *g = KR_AS_GC(o);
    return g->gc_next && (g->gc_refs & GC_COLLECTING);
}

static void update_refs(KrGCHead *h)
{
    for (KrGCHead *g = h->gc_next; g != h; g = g->gc_next) {
        KrObject *o = KR_FROM_GC(g);
        g->gc_refs = (g->gc_refs & GC_FINALIZED) | GC_COLLECTING | o->ob_refcnt;
    }
}

static int visit_decref(KrObject *o, void *arg)
{
    (void)arg;
    if (in_collection(o)) {
        KrGCHead *g = KR_AS_GC(o);
        if (GC_REFS(g) > 0)
            g->gc_refs--;
    }
    return 0;
}

static void subtract_refs(KrGCHead *h)
{
    for (KrGCHead *g = h->gc_next; g != h; g = g->gc_next) {
        KrObject *o = KR_FROM_GC(g);
        kr_traverseproc tr = KR_TYPE(o)->tp_traverse;
        if (tr)
            tr(o, visit_decref, NULL);
    }
}

static int visit_reachable(KrObject *o, void *arg)
{
    KrGCHead *young = arg;
    if (!in_collection(o))
        return 0;
    KrGCHead *g = KR_AS_GC(o);
    if (g->gc_refs & GC_TENTATIVE) {
        /* was thought unreachable: bring it back to be scanned */
        g->gc_refs &= ~GC_TENTATIVE;
        GC_SET_REFS(g, 1);
        list_move(g, young);
    } else if (GC_REFS(g) == 0) {
        GC_SET_REFS(g, 1);   /* reachable; will be scanned when the loop gets there */
    }
    return 0;
}

static void move_unreachable(KrGCHead *young, KrGCHead *unreachable)
{
    KrGCHead *g = young->gc_next;
    while (g != young) {
        if (GC_REFS(g) > 0) {
            KrObject *o = KR_FROM_GC(g);
            kr_traverseproc tr = KR_TYPE(o)->tp_traverse;
            if (tr)
                tr(o, visit_reachable, young);
            g = g->gc_next;
        } else {
            KrGCHead *next = g->gc_next;
            g->gc_refs |= GC_TENTATIVE;
            list_move(g, unreachable);
            g = next;
        }
    }
}

static void clear_flags(KrGCHead *h)
{
    for (KrGCHead *g = h->gc_next; g != h; g = g->gc_next)
        g->gc_refs &= GC_FINALIZED;
}

/* survivors that can never be part of a cycle leave the collector, as in
 * CPython: tuples of atomic values always, dicts of them in full collections */
static void untrack_atomic(KrGCHead *h, bool full)
{
    KrGCHead *g = h->gc_next;
    while (g != h) {
        KrGCHead *next = g->gc_next;
        KrObject *o = KR_FROM_GC(g);
        if (KR_TUPLE_CHECK_EXACT(o))
            kr_tuple_maybe_untrack(o);
        else if (full && KR_DICT_CHECK_EXACT(o))
            kr_dict_maybe_untrack(o);
        g = next;
    }
}

static void finalize_garbage(KrGCHead *collectable)
{
    KrGCHead seen;
    list_init(&seen);
    while (!list_empty(collectable)) {
        KrGCHead *g = collectable->gc_next;
        KrObject *o = KR_FROM_GC(g);
        list_move(g, &seen);
        kr_destructor fin = KR_TYPE(o)->tp_finalize;
        if (!(g->gc_refs & GC_FINALIZED) && fin) {
            g->gc_refs |= GC_FINALIZED;
            kr_incref(o);
            fin(o);
            if (kr_err_occurred())
                kr_err_write_unraisable(o, NULL);
            kr_decref(o);
        }
    }
    list_merge(&seen, collectable);
}

static void delete_garbage(KrGCState *st, KrGCHead *collectable, KrGCHead *old)
{
    while (!list_empty(collectable)) {
        KrGCHead *g = collectable->gc_next;
        KrObject *o = KR_FROM_GC(g);
        g->gc_refs &= GC_FINALIZED;
        if (st->debug & 0x20 /* DEBUG_SAVEALL */) {
            if (st->garbage)
                kr_list_append(st->garbage, o);
        } else {
            kr_inquiry clear = KR_TYPE(o)->tp_clear;
            if (clear) {
                kr_incref(o);
                clear(o);
                if (kr_err_occurred())
                    kr_err_write_unraisable(o, "Exception ignored in tp_clear of");
                kr_decref(o);
            }
        }
        if (collectable->gc_next == g)   /* still alive: keep it, in the old generation */
            list_move(g, old);
    }
}

int kr_gc_in_unreachable(KrObject *o)
{
    return KR_IS_GC(o) && KR_AS_GC(o)->gc_next && (KR_AS_GC(o)->gc_refs & GC_TENTATIVE);
}

static void invoke_callbacks(KrGCState *st, const char *phase, int gen, ssize_t collected,
                             ssize_t uncollectable)
{
    if (!st->callbacks || KR_LIST_LEN(st->callbacks) == 0)
        return;
    KrObject *info = kr_dict_new();
    if (!info) { kr_err_clear(); return; }
    KrObject *v;
    v = kr_int_from_long(gen); kr_dict_set_cstr(info, "generation", v); kr_xdecref(v);
    v = kr_int_from_ssize(collected); kr_dict_set_cstr(info, "collected", v); kr_xdecref(v);
    v = kr_int_from_ssize(uncollectable); kr_dict_set_cstr(info, "uncollectable", v); kr_xdecref(v);
    KrObject *ph = kr_str_from_cstr(phase);
    KrObject *cbs = kr_sequence_list(st->callbacks);   /* callbacks may edit the list */
    if (ph && cbs) {
        for (ssize_t i = 0; i < KR_LIST_LEN(cbs); i++) {
            KrObject *args[2] = {ph, info};
            KrObject *r = kr_object_vectorcall(KR_LIST_GET(cbs, i), args, 2, NULL);
            if (!r)
                kr_err_write_unraisable(KR_LIST_GET(cbs, i), NULL);
            kr_xdecref(r);
        }
    }
    kr_err_clear();
    kr_xdecref(cbs);
    kr_xdecref(ph);
    kr_decref(info);
}

static ssize_t collect(KrGCState *st, int gen)
{
    if (st->collecting)
        return 0;
    st->collecting = 1;
    KrObject *saved = kr_err_fetch();   /* never lose an exception being raised */
    invoke_callbacks(st, "start", gen, 0, 0);
    double t0 = (st->debug & 1) ? kr_time_monotonic() : 0;
    if (st->debug & 1 /* DEBUG_STATS */) {
        fprintf(stderr, "gc: collecting generation %d...\n", gen);
        fprintf(stderr, "gc: objects in each generation: %zd %zd %zd\n",
                list_size(&st->gens[0].head), list_size(&st->gens[1].head),
                list_size(&st->gens[2].head));
        fprintf(stderr, "gc: objects in permanent generation: %zd\n", list_size(&st->permanent));
    }
    for (int i = 0; i < gen; i++) {
        list_merge(&st->gens[i].head, &st->gens[gen].head);
        st->gens[i].count = 0;
    }
    st->gens[gen].count = 0;
    if (gen + 1 < 3)
        st->gens[gen + 1].count++;
    KrGCHead *young = &st->gens[gen].head;
    KrGCHead *old = gen < 2 ? &st->gens[gen + 1].head : young;

    update_refs(young);
    subtract_refs(young);
    KrGCHead unreachable;
    list_init(&unreachable);
    move_unreachable(young, &unreachable);
    clear_flags(young);
    untrack_atomic(young, gen == 2);
    if (gen == 2) {
        st->long_lived_pending = 0;
        st->long_lived_total = list_size(young);
    } else if (gen == 1) {
        st->long_lived_pending += list_size(young);
    }
    if (old != young)
        list_merge(young, old);

    ssize_t m = list_size(&unreachable);
    if (m) {
        kr_weakref_gc_hook(&unreachable);
        finalize_garbage(&unreachable);
        /* finalizers may have resurrected objects: recount among the garbage */
        KrGCHead still;
        list_init(&still);
        update_refs(&unreachable);
        subtract_refs(&unreachable);
        move_unreachable(&unreachable, &still);
        clear_flags(&unreachable);
        list_merge(&unreachable, old);
        delete_garbage(st, &still, old);
    }
    st->stats_collections[gen]++;
    st->stats_collected[gen] += m;
    /* a full collection gives the number freelists' memory back, as
     * CPython's does (sys.getallocatedblocks after gc.collect() is then
     * the live objects only) */
    if (gen == 2)
        kr_num_freelists_clear();
    if (st->debug & 1) {
        fprintf(stderr, "gc: done, %zd unreachable, 0 uncollectable, %.4fs elapsed\n",
                m, kr_time_monotonic() - t0);
    }
    invoke_callbacks(st, "stop", gen, m, 0);
    st->collecting = 0;
    if (kr_err_occurred())
        kr_err_clear();
    kr_err_restore(saved);
    return m;
}

ssize_t kr_gc_collect(int generation)
{
    KrGCState *st = gcstate();
    if (!st)
        return 0;
    if (generation < 0 || generation > 2)
        generation = 2;
    st->scheduled = 0;
    return collect(st, generation);
}

/* pick the oldest generation over its threshold, as CPython does, with the
 * long-lived heuristic that keeps full collections rare */
ssize_t kr_gc_collect_if_needed(void)
{
    KrGCState *st = gcstate();
    if (!st || !st->scheduled)
        return 0;
    st->scheduled = 0;
    if (!st->enabled || st->collecting)
        return 0;
    if (st->stress) {
        /* young generation at every container allocation, the middle one
         * every tenth, the oldest under the same long-lived rule as normal
         * runs: a full collection each time is quadratic on programs that
         * build 100 000-deep structures, while new objects (the ones most
         * likely to be half-initialised) are traversed either way */
        int g = 0;
        if (st->gens[1].count >= 10) {
            g = 1;
            if (st->gens[2].count >= 10 && st->long_lived_pending >= st->long_lived_total / 4)
                g = 2;
        }
        return collect(st, g);
    }
    for (int i = 2; i >= 0; i--) {
        if (st->gens[i].count > st->gens[i].threshold) {
            if (i == 2 && st->long_lived_pending < st->long_lived_total / 4)
                continue;
            return collect(st, i);
        }
    }
    return 0;
}

void kr_gc_fini(void)
{
    KrGCState *st = gcstate();
    if (!st)
        return;
    list_merge(&st->permanent, &st->gens[2].head);
    for (int i = 0; i < 4; i++)
        if (collect(st, 2) == 0)
            break;
}

/* ---- support for the gc module (gcmodule.c) ---- */
KrGCHead *kr_gc_generation_head(int gen)
{
    KrGCState *st = gcstate();
    if (!st)
        return NULL;
    return gen == 3 ? &st->permanent : &st->gens[gen].head;
}

ssize_t kr_gc_generation_size(int gen)
{
    KrGCHead *h = kr_gc_generation_head(gen);
    return h ? list_size(h) : 0;
}

void kr_gc_freeze(void)
{
    KrGCState *st = gcstate();
    for (int i = 0; i < 3; i++) {
        list_merge(&st->gens[i].head, &st->permanent);
        st->gens[i].count = 0;
    }
}

void kr_gc_unfreeze(void)
{
    KrGCState *st = gcstate();
    list_merge(&st->permanent, &st->gens[2].head);
}
