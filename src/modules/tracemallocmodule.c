/* tracemallocmodule.c: the _tracemalloc module: which source lines
 * allocated the memory that is alive now (lib/tracemalloc.py builds the
 * Snapshot/Statistic API on top).
 *
 * While tracing is on, the allocator (core/mem.c) reports every block it
 * hands out and takes back.  For each live block we keep its size and the
 * traceback (file, line) of the Python frames that asked for it, in a hash
 * table keyed by address.  The tables use plain malloc, never the traced
 * allocator, and the hooks create no Python objects, so tracing cannot
 * recurse.  Filenames are held as references until tracing stops, because
 * a code object (and its filename) may die before its blocks do.
 */
#include <stdlib.h>
#include "kr.h"

#define TM_SLOT 0              /* interp->modstate slot */

typedef struct TmFrame { KrObject *filename; int lineno; } TmFrame;

typedef struct TmTrace {
    uintptr_t ptr;             /* 0: empty slot, 1: deleted */
    size_t size;
    TmFrame *frames;           /* interned traceback: shared by equal ones */
    int nframes;
} TmTrace;

typedef struct TmState {
    bool tracing;
    int max_frames;
    TmTrace *table;            /* open addressing, power-of-two size */
    size_t cap, used, deleted;
    size_t traced, peak;
    /* interned tracebacks (frames arrays), and every filename we hold */
    TmFrame **tbs;
    int *tb_lens;
    size_t ntbs, captbs;
    KrObject **names;
    size_t nnames, capnames;
    bool in_hook;
} TmState;

static TmState *state(void)
{
    KrThreadState *ts = kr_tstate_current;
    return ts ? (TmState *)ts->interp->modstate[TM_SLOT] : NULL;
}

static size_t hash_ptr(uintptr_t p) { return (size_t)((p >> 4) * 0x9E3779B97F4A7C15ULL); }

static bool grow(TmState *s)
{
    size_t ncap = s->cap ? s->cap * 2 : 1024;
    TmTrace *nt = calloc(ncap, sizeof *nt);
    if (!nt)
        return false;
    for (size_t i = 0; i < s->cap; i++) {
        TmTrace *t = &s->table[i];
        if (t->ptr > 1) {
            size_t j = hash_ptr(t->ptr) & (ncap - 1);
            while (nt[j].ptr)
                j = (j + 1) & (ncap - 1);
            nt[j] = *t;
        }
    }
    free(s->table);
    s->table = nt;
    s->cap = ncap;
    s->deleted = 0;
    return true;
}

static bool hold_name(TmState *s, KrObject *name)
{
    for (size_t i = s->nnames; i > 0; i--)
        if (s->names[i - 1] == name)
            return true;
    if (s->nnames == s->capnames) {
        size_t nc = s->capnames ? s->capnames * 2 : 64;
        KrObject **nn = realloc(s->names, nc * sizeof *nn);
        if (!nn)
            return false;
        s->names = nn;
        s->capnames = nc;
    }
    kr_incref(name);
    s->names[s->nnames++] = name;
    return true;
}

/* field by field: memcmp would read the padding after lineno, never set */
static bool same_frames(const TmFrame *a, const TmFrame *b, int k)
{
    for (int i = 0; i < k; i++)
        if (a[i].filename != b[i].filename || a[i].lineno != b[i].lineno)
            return false;
    return true;
}

/* the traceback of the running Python code, interned */
static TmFrame *capture(TmState *s, int *n)
{
    TmFrame buf[64];
    int k = 0;
    for (KrFrame *f = kr_tstate()->frame; f && k < s->max_frames && k < 64; f = f->previous) {
        KrObject *fn = f->code->co_filename;
        if (!hold_name(s, fn))
            return NULL;
        buf[k].filename = fn;
        buf[k].lineno = kr_frame_lineno(f);
        k++;
    }
    if (k == 0) {
        static TmFrame unknown;   /* no Python frame: "<unknown>", line 0 */
        *n = 0;
        return &unknown;
    }
    for (size_t i = s->ntbs; i > 0 && i + 32 > s->ntbs; i--) {
        if (s->tb_lens[i - 1] == k && same_frames(s->tbs[i - 1], buf, k)) {
            *n = k;
            return s->tbs[i - 1];
        }
    }
    if (s->ntbs == s->captbs) {
        size_t nc = s->captbs ? s->captbs * 2 : 256;
        TmFrame **nt = realloc(s->tbs, nc * sizeof *nt);
        int *nl = realloc(s->tb_lens, nc * sizeof *nl);
        if (nt) s->tbs = nt;
        if (nl) s->tb_lens = nl;
        if (!nt || !nl)
            return NULL;
        s->captbs = nc;
    }
    TmFrame *copy = malloc(sizeof(TmFrame) * (size_t)k);
    if (!copy)
        return NULL;
    memcpy(copy, buf, sizeof(TmFrame) * (size_t)k);
    s->tbs[s->ntbs] = copy;
    s->tb_lens[s->ntbs] = k;
    s->ntbs++;
    *n = k;
    return copy;
}

void kr_tracemalloc_alloc(void *p, size_t size)
{
    TmState *s = state();
    if (!s || !s->tracing || s->in_hook || !p)
        return;
    s->in_hook = true;
    if ((s->used + s->deleted + 1) * 2 > s->cap && !grow(s))
        goto out;
    int n;
    TmFrame *tb = capture(s, &n);
    if (!tb)
        goto out;
    uintptr_t key = (uintptr_t)p;
    size_t j = hash_ptr(key) & (s->cap - 1);
    while (s->table[j].ptr > 1 && s->table[j].ptr != key)
        j = (j + 1) & (s->cap - 1);
    if (s->table[j].ptr == key) {
        s->traced -= s->table[j].size;
    } else {
        if (s->table[j].ptr == 1)
            s->deleted--;
        s->used++;
    }
    s->table[j] = (TmTrace){key, size, tb, n};
    s->traced += size;
    if (s->traced > s->peak)
        s->peak = s->traced;
out:
    s->in_hook = false;
}

static TmTrace *find(TmState *s, uintptr_t key)
{
    if (!s->cap)
        return NULL;
    size_t j = hash_ptr(key) & (s->cap - 1);
    for (size_t probes = 0; probes < s->cap; probes++) {
        TmTrace *t = &s->table[j];
        if (t->ptr == 0)
            return NULL;
        if (t->ptr == key)
            return t;
        j = (j + 1) & (s->cap - 1);
    }
    return NULL;
}

void kr_tracemalloc_free(void *p)
{
    TmState *s = state();
    if (!s || !s->tracing || !p)
        return;
    TmTrace *t = find(s, (uintptr_t)p);
    if (t) {
        s->traced -= t->size;
        t->ptr = 1;
        s->used--;
        s->deleted++;
    }
}

static void clear_traces(TmState *s)
{
    free(s->table);
    s->table = NULL;
    s->cap = s->used = s->deleted = 0;
    s->traced = s->peak = 0;
    for (size_t i = 0; i < s->ntbs; i++)
        free(s->tbs[i]);
    free(s->tbs);
    free(s->tb_lens);
    s->tbs = NULL;
    s->tb_lens = NULL;
    s->ntbs = s->captbs = 0;
    KrObject **names = s->names;
    size_t n = s->nnames;
    s->names = NULL;
    s->nnames = s->capnames = 0;
    for (size_t i = 0; i < n; i++)
        kr_decref(names[i]);
    free(names);
}

static TmState *get_or_make(void)
{
    KrInterp *in = kr_interp();
    TmState *s = in->modstate[TM_SLOT];
    if (!s) {
        s = calloc(1, sizeof *s);
        if (!s) {
            kr_err_nomemory();
            return NULL;
        }
        s->max_frames = 1;
        in->modstate[TM_SLOT] = s;
    }
    return s;
}

void kr_tracemalloc_fini(void)
{
    KrInterp *in = kr_interp();
    TmState *s = in->modstate[TM_SLOT];
    if (s) {
        s->tracing = false;
        clear_traces(s);
        free(s);
        in->modstate[TM_SLOT] = NULL;
    }
}

static KrObject *tm_start(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("start", nargs, 0, 1) < 0)
        return NULL;
    long nframe = 1;
    if (nargs) {
        nframe = kr_int_as_long(args[0]);
        if (nframe == -1 && kr_err_occurred())
            return NULL;
        if (nframe < 1 || nframe > 65535)
            return kr_err_format(KrExc_ValueError, "the number of frames must be in range [1; 65535]");
    }
    TmState *s = get_or_make();
    if (!s)
        return NULL;
    s->max_frames = (int)(nframe > 64 ? 64 : nframe);
    s->tracing = true;
    KR_RETURN_NONE;
}

static KrObject *tm_stop(KrObject *m, KrObject *u)
{
    TmState *s = state();
    if (s && s->tracing) {
        s->tracing = false;
        clear_traces(s);
    }
    KR_RETURN_NONE;
}

static KrObject *tm_is_tracing(KrObject *m, KrObject *u)
{
    TmState *s = state();
    return kr_newref(kr_bool_from(s && s->tracing));
}

static KrObject *tm_clear_traces(KrObject *m, KrObject *u)
{
    TmState *s = state();
    if (s && s->tracing) {
        bool was = s->tracing;
        s->tracing = false;
        clear_traces(s);
        s->tracing = was;
    }
    KR_RETURN_NONE;
}

static KrObject *tm_get_traced_memory(KrObject *m, KrObject *u)
{
    TmState *s = state();
    size_t cur = s && s->tracing ? s->traced : 0, peak = s && s->tracing ? s->peak : 0;
    KrObject *a = kr_int_from_size(cur), *b = kr_int_from_size(peak);
    KrObject *r = (a && b) ? kr_tuple_pack(2, a, b) : NULL;
    kr_xdecref(a);
    kr_xdecref(b);
    return r;
}

static KrObject *tm_reset_peak(KrObject *m, KrObject *u)
{
    TmState *s = state();
    if (s && s->tracing)
        s->peak = s->traced;
    KR_RETURN_NONE;
}

static KrObject *tm_get_traceback_limit(KrObject *m, KrObject *u)
{
    TmState *s = state();
    return kr_int_from_long(s ? s->max_frames : 1);
}

static KrObject *tm_get_tracemalloc_memory(KrObject *m, KrObject *u)
{
    TmState *s = state();
    size_t n = s ? s->cap * sizeof(TmTrace) + s->ntbs * sizeof(TmFrame) : 0;
    return kr_int_from_size(n);
}

static KrObject *traceback_tuple(TmFrame *tb, int n)
{
    if (n == 0) {
        KrObject *fn = kr_str_from_cstr("<unknown>");
        KrObject *zero = kr_int_from_long(0);
        KrObject *fr = (fn && zero) ? kr_tuple_pack(2, fn, zero) : NULL;
        kr_xdecref(fn);
        kr_xdecref(zero);
        KrObject *t = fr ? kr_tuple_pack(1, fr) : NULL;
        kr_xdecref(fr);
        return t;
    }
    KrObject *t = kr_tuple_new(n);
    for (int i = 0; t && i < n; i++) {
        KrObject *ln = kr_int_from_long(tb[i].lineno);
        KrObject *fr = ln ? kr_tuple_pack(2, tb[i].filename, ln) : NULL;
        kr_xdecref(ln);
        if (!fr) {
            KR_CLEAR(t);
            break;
        }
        KR_TUPLE_SET(t, i, fr);
    }
    return t;
}

/* [(domain, size, traceback, total_nframe)], as CPython's _get_traces */
static KrObject *tm_get_traces(KrObject *m, KrObject *u)
{
    TmState *s = state();
    KrObject *l = kr_list_new(0);
    if (!l || !s || !s->tracing)
        return l;
    /* building the result allocates: stop tracing meanwhile */
    s->tracing = false;
    for (size_t i = 0; i < s->cap; i++) {
        TmTrace *t = &s->table[i];
        if (t->ptr <= 1)
            continue;
        KrObject *dom = kr_int_from_long(0), *size = kr_int_from_size(t->size);
        KrObject *tb = traceback_tuple(t->frames, t->nframes);
        KrObject *nf = kr_int_from_long(t->nframes ? t->nframes : 1);
        KrObject *e = (dom && size && tb && nf) ? kr_tuple_pack(4, dom, size, tb, nf) : NULL;
        kr_xdecref(dom); kr_xdecref(size); kr_xdecref(tb); kr_xdecref(nf);
        if (!e || kr_list_append_steal(l, e) < 0) {
            KR_CLEAR(l);
            break;
        }
    }
    s->tracing = true;
    return l;
}

static KrObject *tm_get_object_traceback(KrObject *m, KrObject *obj)
{
    TmState *s = state();
    if (!s || !s->tracing)
        KR_RETURN_NONE;
    uintptr_t p = (uintptr_t)obj;
    TmTrace *t = find(s, p);
    if (!t && KR_IS_GC(obj))
        t = find(s, (uintptr_t)KR_AS_GC(obj));
    if (!t)
        KR_RETURN_NONE;
    s->tracing = false;
    KrObject *r = traceback_tuple(t->frames, t->nframes);
    s->tracing = true;
    return r;
}

static KrMethodDef tm_methods[] = {
    {"start", KR_CFUNC(tm_start), KR_METH_FASTCALL, NULL},
    {"stop", KR_CFUNC(tm_stop), KR_METH_NOARGS, NULL},
    {"is_tracing", KR_CFUNC(tm_is_tracing), KR_METH_NOARGS, NULL},
    {"clear_traces", KR_CFUNC(tm_clear_traces), KR_METH_NOARGS, NULL},
    {"get_traced_memory", KR_CFUNC(tm_get_traced_memory), KR_METH_NOARGS, NULL},
    {"reset_peak", KR_CFUNC(tm_reset_peak), KR_METH_NOARGS, NULL},
    {"get_traceback_limit", KR_CFUNC(tm_get_traceback_limit), KR_METH_NOARGS, NULL},
    {"get_tracemalloc_memory", KR_CFUNC(tm_get_tracemalloc_memory), KR_METH_NOARGS, NULL},
    {"_get_traces", KR_CFUNC(tm_get_traces), KR_METH_NOARGS, NULL},
    {"_get_object_traceback", KR_CFUNC(tm_get_object_traceback), KR_METH_O, NULL},
    {NULL},
};

KrObject *kr_tracemalloc_module_init(void)
{
    KrObject *m = kr_module_new_cstr("_tracemalloc");
    if (!m || kr_module_add_functions(m, tm_methods) < 0) {
        kr_xdecref(m);
        return NULL;
    }
    return m;
}
