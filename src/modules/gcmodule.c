/* gcmodule.c: the gc module, the Python face of src/gc/gc.c: control of
 * the collector and views of the objects it tracks. */
#include "kr.h"

static KrGCState *st(void) { return &kr_interp()->gc; }

static KrObject *gc_enable(KrObject *m, KrObject *u) { st()->enabled = 1; KR_RETURN_NONE; }
static KrObject *gc_disable(KrObject *m, KrObject *u) { st()->enabled = 0; KR_RETURN_NONE; }
static KrObject *gc_isenabled(KrObject *m, KrObject *u) { return kr_bool_from(st()->enabled); }

static KrObject *gc_collect(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"generation", NULL};
    KrObject *a[1] = {NULL};
    if (kr_arg_parse("collect", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    long gen = 2;
    if (a[0]) {
        gen = kr_int_as_long(a[0]);
        if (gen == -1 && kr_err_occurred())
            return NULL;
        if (gen < 0 || gen > 2)
            return kr_err_format(KrExc_ValueError, "invalid generation");
    }
    ssize_t n = kr_gc_collect((int)gen);
    if (n < 0)
        return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *int_triple(long a, long b, long c)
{
    KrObject *x = kr_int_from_long(a), *y = kr_int_from_long(b), *z = kr_int_from_long(c);
    KrObject *r = (x && y && z) ? kr_tuple_pack(3, x, y, z) : NULL;
    kr_xdecref(x);
    kr_xdecref(y);
    kr_xdecref(z);
    return r;
}

static KrObject *gc_get_count(KrObject *m, KrObject *u)
{
    KrGCState *s = st();
    return int_triple(s->gens[0].count, s->gens[1].count, s->gens[2].count);
}

static KrObject *gc_get_threshold(KrObject *m, KrObject *u)
{
    KrGCState *s = st();
    return int_triple(s->gens[0].threshold, s->gens[1].threshold, s->gens[2].threshold);
}

static KrObject *gc_set_threshold(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("set_threshold", nargs, 1, 3) < 0)
        return NULL;
    long v[3];
    for (ssize_t i = 0; i < nargs; i++) {
        v[i] = kr_int_as_long(args[i]);
        if (v[i] == -1 && kr_err_occurred())
            return NULL;
    }
    for (ssize_t i = 0; i < nargs; i++)
        st()->gens[i].threshold = (int)v[i];
    KR_RETURN_NONE;
}

static KrObject *gc_get_debug(KrObject *m, KrObject *u) { return kr_int_from_long(st()->debug); }

static KrObject *gc_set_debug(KrObject *m, KrObject *arg)
{
    long v = kr_int_as_long(arg);
    if (v == -1 && kr_err_occurred())
        return NULL;
    st()->debug = (int)v;
    KR_RETURN_NONE;
}

static int append_list(KrObject *l, KrGCHead *h, KrObject *skip)
{
    for (KrGCHead *g = h->gc_next; g != h; g = g->gc_next) {
        KrObject *o = KR_FROM_GC(g);
        if (o != skip && kr_list_append(l, o) < 0)
            return -1;
    }
    return 0;
}

static KrObject *gc_get_objects(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"generation", NULL};
    KrObject *a[1] = {NULL};
    if (kr_arg_parse("get_objects", args, nargs, kwnames, names, 0, a) < 0)
        return NULL;
    long gen = -1;
    if (a[0] && a[0] != Kr_None) {
        gen = kr_int_as_long(a[0]);
        if (gen == -1 && kr_err_occurred())
            return NULL;
        if (gen >= 3)
            return kr_err_format(KrExc_ValueError, "generation parameter must be less than the number of available generations (3)");
        if (gen < 0)
            return kr_err_format(KrExc_ValueError, "generation parameter cannot be negative");
    }
    KrObject *l = kr_list_new(0);
    if (!l)
        return NULL;
    for (int i = 0; i < 3; i++) {
        if ((gen < 0 || gen == i) && append_list(l, kr_gc_generation_head(i), l) < 0) {
            kr_decref(l);
            return NULL;
        }
    }
    return l;
}

struct referrers_arg { KrObject *const *targets; ssize_t n; int found; };

static int visit_find(KrObject *o, void *arg)
{
    struct referrers_arg *r = arg;
    for (ssize_t i = 0; i < r->n; i++)
        if (o == r->targets[i]) {
            r->found = 1;
            return 1;
        }
    return 0;
}

static KrObject *gc_get_referrers(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    KrObject *l = kr_list_new(0);
    if (!l)
        return NULL;
    for (int i = 0; i < 4; i++) {
        KrGCHead *h = kr_gc_generation_head(i);
        for (KrGCHead *g = h->gc_next; g != h; g = g->gc_next) {
            KrObject *o = KR_FROM_GC(g);
            if (o == l || !KR_TYPE(o)->tp_traverse)
                continue;
            struct referrers_arg ra = {args, nargs, 0};
            KR_TYPE(o)->tp_traverse(o, visit_find, &ra);
            if (ra.found && kr_list_append(l, o) < 0) {
                kr_decref(l);
                return NULL;
            }
        }
    }
    return l;
}

static int visit_collect(KrObject *o, void *arg)
{
    return kr_list_append((KrObject *)arg, o) < 0 ? -1 : 0;
}

static KrObject *gc_get_referents(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    KrObject *l = kr_list_new(0);
    if (!l)
        return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        KrObject *o = args[i];
        if (!KR_IS_GC(o) || !KR_TYPE(o)->tp_traverse)
            continue;
        if (KR_TYPE(o)->tp_traverse(o, visit_collect, l) < 0) {
            kr_decref(l);
            return NULL;
        }
    }
    return l;
}

static KrObject *gc_is_tracked(KrObject *m, KrObject *o) { return kr_bool_from(kr_gc_is_tracked(o)); }
static KrObject *gc_is_finalized(KrObject *m, KrObject *o) { return kr_bool_from(kr_gc_is_finalized(o)); }

static KrObject *gc_get_stats(KrObject *m, KrObject *u)
{
    KrGCState *s = st();
    KrObject *l = kr_list_new(0);
    for (int i = 0; l && i < 3; i++) {
        KrObject *d = kr_dict_new();
        KrObject *a = kr_int_from_ssize(s->stats_collections[i]);
        KrObject *b = kr_int_from_ssize(s->stats_collected[i]);
        KrObject *c = kr_int_from_ssize(s->stats_uncollectable[i]);
        int bad = !d || !a || !b || !c || kr_dict_set_cstr(d, "collections", a) < 0 ||
                  kr_dict_set_cstr(d, "collected", b) < 0 || kr_dict_set_cstr(d, "uncollectable", c) < 0 ||
                  kr_list_append(l, d) < 0;
        kr_xdecref(a); kr_xdecref(b); kr_xdecref(c); kr_xdecref(d);
        if (bad) {
            kr_decref(l);
            return NULL;
        }
    }
    return l;
}

static KrObject *gc_freeze(KrObject *m, KrObject *u) { kr_gc_freeze(); KR_RETURN_NONE; }
static KrObject *gc_unfreeze(KrObject *m, KrObject *u) { kr_gc_unfreeze(); KR_RETURN_NONE; }
static KrObject *gc_get_freeze_count(KrObject *m, KrObject *u) { return kr_int_from_ssize(kr_gc_generation_size(3)); }

static KrMethodDef gc_methods[] = {
    {"enable", KR_CFUNC(gc_enable), KR_METH_NOARGS, NULL},
    {"disable", KR_CFUNC(gc_disable), KR_METH_NOARGS, NULL},
    {"isenabled", KR_CFUNC(gc_isenabled), KR_METH_NOARGS, NULL},
    {"collect", KR_CFUNC(gc_collect), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"get_count", KR_CFUNC(gc_get_count), KR_METH_NOARGS, NULL},
    {"get_threshold", KR_CFUNC(gc_get_threshold), KR_METH_NOARGS, NULL},
    {"set_threshold", KR_CFUNC(gc_set_threshold), KR_METH_FASTCALL, NULL},
    {"get_debug", KR_CFUNC(gc_get_debug), KR_METH_NOARGS, NULL},
    {"set_debug", KR_CFUNC(gc_set_debug), KR_METH_O, NULL},
    {"get_objects", KR_CFUNC(gc_get_objects), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"get_referrers", KR_CFUNC(gc_get_referrers), KR_METH_FASTCALL, NULL},
    {"get_referents", KR_CFUNC(gc_get_referents), KR_METH_FASTCALL, NULL},
    {"is_tracked", KR_CFUNC(gc_is_tracked), KR_METH_O, NULL},
    {"is_finalized", KR_CFUNC(gc_is_finalized), KR_METH_O, NULL},
    {"get_stats", KR_CFUNC(gc_get_stats), KR_METH_NOARGS, NULL},
    {"freeze", KR_CFUNC(gc_freeze), KR_METH_NOARGS, NULL},
    {"unfreeze", KR_CFUNC(gc_unfreeze), KR_METH_NOARGS, NULL},
    {"get_freeze_count", KR_CFUNC(gc_get_freeze_count), KR_METH_NOARGS, NULL},
    {NULL},
};

KrObject *kr_gc_module_init(void)
{
    KrObject *m = kr_module_new_cstr("gc");
    if (!m || kr_module_add_functions(m, gc_methods) < 0)
        goto fail;
    KrGCState *s = st();
    if (kr_module_add_object(m, "garbage", kr_newref(s->garbage)) < 0 ||
        kr_module_add_object(m, "callbacks", kr_newref(s->callbacks)) < 0 ||
        kr_module_add_int(m, "DEBUG_STATS", 1) < 0 ||
        kr_module_add_int(m, "DEBUG_COLLECTABLE", 2) < 0 ||
        kr_module_add_int(m, "DEBUG_UNCOLLECTABLE", 4) < 0 ||
        kr_module_add_int(m, "DEBUG_SAVEALL", 32) < 0 ||
        kr_module_add_int(m, "DEBUG_LEAK", 38) < 0)
        goto fail;
    return m;
fail:
    kr_xdecref(m);
    return NULL;
}
