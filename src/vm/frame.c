/* frame.c: the per-thread frame stack and frame objects.
 *
 * Frames are carved LIFO out of chunks of memory owned by the thread state,
 * so a call costs a pointer bump, not a malloc.  A chunk starts with a small
 * header recording the previous chunk and where its top was, so popping the
 * first frame of a chunk steps back into the previous one.  One spare chunk
 * is kept to avoid thrashing at a chunk boundary.
 *
 * Frame objects (sys._getframe, tracebacks) are made on demand.  Each is
 * allocated with room for a copy of its frame: when the frame exits while
 * something still holds the frame object, the frame's contents (code, func,
 * locals) are moved into that room ("detached") and the frame object owns
 * them from then on.  A generator's frame lives inside the generator and is
 * detached the same way when the generator dies first.
 */
#include "kr.h"

typedef struct Chunk {
    struct Chunk *prev;
    char *prev_top;        /* the thread's stack_top in prev when this chunk began */
    size_t size;           /* bytes of data */
    /* frame data follows, pointer-aligned */
} Chunk;

#define CHUNK_HDR ((size_t)KR_STACK_CHUNK_HEADER)
_Static_assert(sizeof(Chunk) <= KR_STACK_CHUNK_HEADER, "chunk header");
#define CHUNK_DATA(c) ((char *)(c) + CHUNK_HDR)
#define CHUNK_MIN (256 * 1024)

static size_t frame_size(KrCodeObject *co)
{
    return offsetof(KrFrame, localsplus) +
           sizeof(KrObject *) * (size_t)(co->co_nlocalsplus + co->co_stacksize + 1);
}

static char *grow_stack(KrThreadState *ts, size_t need)
{
    Chunk *c = (Chunk *)ts->stack_chunks;
    size_t hdr = CHUNK_HDR;
    if (c && c->size >= need) {
        ts->stack_chunks = NULL;
    } else {
        size_t size = need > CHUNK_MIN ? need : CHUNK_MIN;
        c = kr_mem_alloc(hdr + size);
        if (!c)
            return NULL;
        c->size = size;
    }
    c->prev = (Chunk *)ts->stack_chunk;
    c->prev_top = ts->stack_top;
    ts->stack_chunk = (char *)c;
    ts->stack_top = CHUNK_DATA(c);
    ts->stack_limit = CHUNK_DATA(c) + c->size;
    return ts->stack_top;
}

KrFrame *kr_frame_push(KrThreadState *ts, KrCodeObject *code, KrObject *func,
                       KrObject *globals, KrObject *builtins, KrObject *locals)
{
    size_t size = frame_size(code);
    char *p = ts->stack_top;
    if (!p || (size_t)(ts->stack_limit - p) < size) {
        p = grow_stack(ts, size);
        if (!p) {
            kr_err_nomemory();
            return NULL;
        }
    }
    ts->stack_top = p + size;
    KrFrame *f = (KrFrame *)p;
    f->code = code;
    KR_INCREF(code);
    f->func = func;
    if (func)
        KR_INCREF(func);
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    if (locals)
        KR_INCREF(locals);
    f->previous = NULL;
    f->frame_obj = NULL;
    f->ip = code->co_instrs;
    f->stacktop = code->co_nlocalsplus;
    f->owner = KR_FRAME_OWNED_BY_THREAD;
    f->is_entry = 0;
    f->is_init = 0;
    memset(f->localsplus, 0, sizeof(KrObject *) * (size_t)code->co_nlocalsplus);
    return f;
}

/* give the memory back to the thread stack (contents already released) */
void kr_frame_stack_release(KrThreadState *ts, KrFrame *f)
{
    Chunk *c = (Chunk *)ts->stack_chunk;
    if ((char *)f == CHUNK_DATA(c) && c->prev) {
        ts->stack_chunk = (char *)c->prev;
        ts->stack_top = c->prev_top;
        ts->stack_limit = CHUNK_DATA(c->prev) + c->prev->size;
        Chunk *spare = (Chunk *)ts->stack_chunks;
        if (spare && spare->size >= c->size) {
            kr_mem_free(c);
        } else {
            if (spare)
                kr_mem_free(spare);
            ts->stack_chunks = c;
        }
    } else {
        ts->stack_top = (char *)f;
    }
}

void kr_frame_stack_free(KrThreadState *ts)
{
    Chunk *c = (Chunk *)ts->stack_chunk;
    while (c) {
        Chunk *prev = c->prev;
        kr_mem_free(c);
        c = prev;
    }
    if (ts->stack_chunks)
        kr_mem_free(ts->stack_chunks);
    ts->stack_chunk = ts->stack_top = ts->stack_limit = NULL;
    ts->stack_chunks = NULL;
}

/* the room for a detached frame: f_frame_data rounded up to pointer alignment */
static KrFrame *fo_storage(KrFrameObject *fo)
{
    uintptr_t p = (uintptr_t)fo->f_frame_data;
    return (KrFrame *)((p + 15) & ~(uintptr_t)15);
}

/* drop the references a frame holds (locals, stack, code, func) */
static void frame_clear_contents(KrFrame *f)
{
    for (int i = 0; i < f->stacktop; i++)
        KR_CLEAR(f->localsplus[i]);
    f->stacktop = 0;
    KR_CLEAR(f->locals);
    KR_CLEAR(f->func);
    KR_CLEAR(f->code);
}

/* The frame is exiting.  If its frame object is shared, move the contents
 * into the frame object; otherwise release them. */
void kr_frame_release(KrFrame *f)
{
    KrFrameObject *fo = (KrFrameObject *)f->frame_obj;
    if (fo) {
        f->frame_obj = NULL;
        if (KR_REFCNT(fo) > 1 && f->owner != KR_FRAME_OWNED_BY_FRAME_OBJECT) {
            /* the value stack is dead: keep only the locals */
            for (int i = f->code->co_nlocalsplus; i < f->stacktop; i++)
                KR_CLEAR(f->localsplus[i]);
            f->stacktop = f->code->co_nlocalsplus;
            KrFrame *copy = fo_storage(fo);
            memcpy(copy, f, offsetof(KrFrame, localsplus) + sizeof(KrObject *) * (size_t)f->stacktop);
            copy->owner = KR_FRAME_OWNED_BY_FRAME_OBJECT;
            copy->frame_obj = (KrObject *)fo;     /* borrowed: it is its own owner */
            fo->f_lineno = kr_frame_lineno(copy);
            if (!fo->f_back && f->previous) {
                KrObject *saved = kr_err_fetch();
                fo->f_back = kr_frame_get_object(f->previous);
                if (!fo->f_back)
                    kr_err_clear();
                kr_err_restore(saved);
            }
            copy->previous = NULL;
            fo->f_frame = copy;
            /* the globals were borrowed from the function; keep them alive */
            if (copy->globals)
                KR_INCREF(copy->globals);
            if (copy->builtins)
                KR_INCREF(copy->builtins);
            KR_DECREF(fo);
            f->stacktop = 0;
            f->code = NULL;
            f->func = NULL;
            f->locals = NULL;
            return;
        }
        fo->f_frame = NULL;
        KR_DECREF(fo);
    }
    frame_clear_contents(f);
}

void kr_frame_pop(KrThreadState *ts, KrFrame *f)
{
    kr_frame_release(f);
    kr_frame_stack_release(ts, f);
}

int kr_frame_lineno(KrFrame *f)
{
    if (!f || !f->code)
        return -1;
    int lasti = kr_frame_lasti(f);
    if (lasti < 0)
        return f->code->co_firstlineno;
    int line = kr_code_addr_to_line(f->code, lasti);
    return line < 0 ? f->code->co_firstlineno : line;
}

KrObject *kr_frame_get_object(KrFrame *f)
{
    if (f->frame_obj)
        return KR_NEWREF(f->frame_obj);
    size_t size = sizeof(KrFrameObject) + 16 + frame_size(f->code);
    KrFrameObject *fo = (KrFrameObject *)kr_gc_alloc(&KrFrame_Type, size);
    if (!fo)
        return NULL;
    memset((char *)fo + sizeof(KrObject), 0, size - sizeof(KrObject));
    fo->f_frame = f;
    fo->f_back = NULL;
    fo->f_lineno = -1;
    f->frame_obj = (KrObject *)fo;       /* the frame's reference */
    kr_gc_track((KrObject *)fo);
    return KR_NEWREF(fo);
}

/* locals() of a frame: the locals mapping for module and class frames, a
 * fresh dict snapshot of the fast locals, cells and free variables otherwise */
KrObject *kr_frame_locals(KrFrame *f)
{
    if (f->locals)
        return KR_NEWREF(f->locals);
    KrCodeObject *co = f->code;
    KrObject *d = kr_dict_new();
    if (!d)
        return NULL;
    const unsigned char *kinds = (const unsigned char *)KR_BYTES_DATA(co->co_localspluskinds);
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        int kind = kinds[i];
        if (kind & KR_FAST_HIDDEN)
            continue;
        KrObject *v = f->localsplus[i];
        if (v && (kind & (KR_FAST_CELL | KR_FAST_FREE)) && KR_TYPE(v) == &KrCell_Type)
            v = ((KrCellObject *)v)->ob_ref;
        if (!v)
            continue;
        if (kr_dict_set(d, KR_TUPLE_GET(co->co_localsplusnames, i), v) < 0) {
            KR_DECREF(d);
            return NULL;
        }
    }
    return d;
}

/* ---- the frame object type ------------------------------------------------ */

static KrFrame *fo_frame(KrObject *o, int raise)
{
    KrFrame *f = ((KrFrameObject *)o)->f_frame;
    if ((!f || !f->code) && raise)
        kr_err_set_string(KrExc_RuntimeError, "frame has been cleared");
    return f && f->code ? f : NULL;
}

static int frame_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    KR_VISIT(fo->f_back);
    KrFrame *f = fo->f_frame;
    if (f && f->owner == KR_FRAME_OWNED_BY_FRAME_OBJECT) {
        KR_VISIT(f->code);
        KR_VISIT(f->func);
        KR_VISIT(f->locals);
        KR_VISIT(f->globals);
        KR_VISIT(f->builtins);
        for (int i = 0; i < f->stacktop; i++)
            KR_VISIT(f->localsplus[i]);
    }
    return 0;
}

static void detached_clear(KrFrameObject *fo)
{
    KrFrame *f = fo->f_frame;
    if (f && f->owner == KR_FRAME_OWNED_BY_FRAME_OBJECT) {
        for (int i = 0; i < f->stacktop; i++)
            KR_CLEAR(f->localsplus[i]);
        f->stacktop = 0;
        KR_CLEAR(f->locals);
        KR_CLEAR(f->func);
        KR_CLEAR(f->globals);
        KR_CLEAR(f->builtins);
    }
}

static int frame_clear_slot(KrObject *o)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    KR_CLEAR(fo->f_back);
    detached_clear(fo);
    return 0;
}

/* f_back chains can be as long as the deepest recursion: walk them in a
 * loop instead of recursing through decref */
static void frame_dealloc(KrObject *o)
{
    for (;;) {
        KrFrameObject *fo = (KrFrameObject *)o;
        kr_gc_untrack(o);
        KrObject *back = fo->f_back;
        fo->f_back = NULL;
        KrFrame *f = fo->f_frame;
        if (f && f->owner == KR_FRAME_OWNED_BY_FRAME_OBJECT) {
            detached_clear(fo);
            KR_CLEAR(f->code);
        } else if (f && f->frame_obj == o) {
            f->frame_obj = NULL;
        }
        kr_gc_free(o);
        if (!back)
            return;
        if (KR_TYPE(back) == &KrFrame_Type && KR_REFCNT(back) == 1) {
            back->ob_refcnt = 0;   /* the decref, done by hand */
            KR_REFTOTAL_ADD(-1);
            o = back;
            continue;
        }
        KR_DECREF(back);
        return;
    }
}

static KrObject *frame_repr(KrObject *o)
{
    KrFrame *f = fo_frame(o, 0);
    if (!f)
        return kr_str_from_format("<frame at %p>", (void *)o);
    return kr_str_from_format("<frame at %p, file %R, line %d, code %U>", (void *)o,
                              f->code->co_filename, kr_frame_lineno(f), f->code->co_name);
}

static KrObject *frame_get_code(KrObject *o, void *c)
{
    KrFrame *f = fo_frame(o, 1);
    return f ? KR_NEWREF(f->code) : NULL;
}
static KrObject *frame_get_globals(KrObject *o, void *c)
{
    KrFrame *f = fo_frame(o, 1);
    return f ? KR_NEWREF(f->globals ? f->globals : Kr_None) : NULL;
}
static KrObject *frame_get_builtins(KrObject *o, void *c)
{
    KrFrame *f = fo_frame(o, 1);
    return f ? KR_NEWREF(f->builtins ? f->builtins : Kr_None) : NULL;
}
static KrObject *frame_get_locals(KrObject *o, void *c)
{
    KrFrame *f = fo_frame(o, 1);
    return f ? kr_frame_locals(f) : NULL;
}
static KrObject *frame_get_lineno(KrObject *o, void *c)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    KrFrame *f = fo_frame(o, 0);
    if (f && f->owner != KR_FRAME_OWNED_BY_FRAME_OBJECT)
        return kr_int_from_long(kr_frame_lineno(f));
    if (fo->f_lineno >= 0)
        return kr_int_from_long(fo->f_lineno);
    return f ? kr_int_from_long(kr_frame_lineno(f)) : KR_NEWREF(Kr_None);
}
static KrObject *frame_get_lasti(KrObject *o, void *c)
{
    KrFrame *f = fo_frame(o, 0);
    if (!f)
        return kr_int_from_long(-1);
    int lasti = kr_frame_lasti(f);
    return kr_int_from_long(lasti < 0 ? -1 : lasti * 4);
}
static KrObject *frame_get_back(KrObject *o, void *c)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    KrFrame *f = fo_frame(o, 0);
    if (f && f->owner != KR_FRAME_OWNED_BY_FRAME_OBJECT && f->previous)
        return kr_frame_get_object(f->previous);
    return KR_NEWREF(fo->f_back ? fo->f_back : Kr_None);
}
static KrObject *frame_get_trace(KrObject *o, void *c) { return KR_NEWREF(Kr_None); }
static int frame_set_trace(KrObject *o, KrObject *v, void *c) { return 0; }
static KrObject *frame_get_true(KrObject *o, void *c) { return KR_NEWREF(Kr_True); }
static int frame_set_ignore(KrObject *o, KrObject *v, void *c) { return 0; }

static KrObject *frame_clear_method(KrObject *o, KrObject *unused)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    KrFrame *f = fo->f_frame;
    if (f && f->owner == KR_FRAME_OWNED_BY_FRAME_OBJECT) {
        detached_clear(fo);
    } else if (f && f->owner == KR_FRAME_OWNED_BY_GENERATOR &&
               kr_gen_from_frame(f)->gi_state != KR_GEN_RUNNING) {
        /* a suspended generator's frame: finish the generator (its frame
         * moves into this object), then drop the locals */
        KrObject *gen = (KrObject *)kr_gen_from_frame(f);
        KR_INCREF(gen);
        KrObject *r = kr_object_call_method(gen, KR_ID(close), NULL, 0);
        KR_DECREF(gen);
        if (!r)
            return NULL;
        KR_DECREF(r);
        detached_clear(fo);
    } else if (f) {
        kr_err_set_string(KrExc_RuntimeError, "cannot clear an executing frame");
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrGetSetDef frame_getset[] = {
    {"f_code", frame_get_code, NULL, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL, NULL},
    {"f_lineno", frame_get_lineno, NULL, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_trace", frame_get_trace, frame_set_trace, NULL, NULL},
    {"f_trace_lines", frame_get_true, frame_set_ignore, NULL, NULL},
    {"f_trace_opcodes", frame_get_trace, frame_set_ignore, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static KrMethodDef frame_methods[] = {
    {"clear", KR_CFUNC(frame_clear_method), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

KrTypeObject KrFrame_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "frame",
    .tp_basicsize = sizeof(KrFrameObject),
    .tp_dealloc = frame_dealloc,
    .tp_repr = frame_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_traverse = frame_traverse,
    .tp_clear = frame_clear_slot,
    .tp_methods = frame_methods,
    .tp_getset = frame_getset,
};

/* ---- stack walking ------------------------------------------------------- */

KrFrame *kr_eval_current_frame(void)
{
    return kr_tstate()->frame;
}

KrObject *kr_eval_getframe(int depth)
{
    KrFrame *f = kr_tstate()->frame;
    while (depth > 0 && f) {
        f = f->previous;
        depth--;
    }
    if (!f) {
        kr_err_set_string(KrExc_ValueError, "call stack is not deep enough");
        return NULL;
    }
    return kr_frame_get_object(f);
}
