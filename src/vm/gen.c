/* gen.c: generator objects.
 *
 * Calling a generator function binds the arguments in a frame on the
 * thread stack, then kr_gen_new_from_frame moves that frame into the
 * generator object itself (gi_frame_data), where it lives until the
 * generator finishes.  Each send links the frame under the caller's,
 * pushes the sent value on its value stack and runs it as an entry frame;
 * YIELD_VALUE returns from kr_eval_frame leaving the frame suspended.
 *
 * gi_frame_data starts with a small private header (the generator's own
 * handled-exception state, swapped with the thread's around each resume)
 * followed by the frame, so the loop can find the generator from the frame.
 *
 * `yield from` is one instruction, YIELD_FROM, that stays the current
 * instruction while delegating: the subiterator is on top of the suspended
 * frame's stack, which is how throw() and close() find it to forward to.
 */
#include "kr.h"

typedef struct GenExtra {
    KrObject *exc_state;       /* handled exception saved while suspended, or NULL */
    KrObject *caller_exc;      /* borrowed while running: the resumer's handled exception */
} GenExtra;

#define EXTRA_SIZE ((sizeof(GenExtra) + 15) & ~(size_t)15)
#define GEN_EXTRA(g) ((GenExtra *)(void *)(g)->gi_frame_data)
#define GEN_FRAME(g) ((KrFrame *)(void *)((g)->gi_frame_data + EXTRA_SIZE))

KrGenObject *kr_gen_from_frame(KrFrame *f)
{
    return (KrGenObject *)(void *)((char *)f - EXTRA_SIZE - offsetof(KrGenObject, gi_frame_data));
}

/* The handled exception a generator inherits is its current resumer's, not
 * the one it had when it entered a handler: PUSH_EXC_INFO in a generator
 * frame records "inherited" as a NULL prev_exc, and POP_EXCEPT restores
 * whatever the resumer has now. */
KrObject *kr_gen_caller_exc(KrFrame *f)
{
    return GEN_EXTRA(kr_gen_from_frame(f))->caller_exc;
}

KrObject *kr_gen_new_from_frame(KrFrame *f)
{
    KrThreadState *ts = kr_tstate();
    KrCodeObject *co = f->code;
    size_t fsize = offsetof(KrFrame, localsplus) +
                   sizeof(KrObject *) * (size_t)(co->co_nlocalsplus + co->co_stacksize + 1);
    size_t size = sizeof(KrGenObject) + EXTRA_SIZE + fsize;
    KrGenObject *g = (KrGenObject *)kr_gc_alloc(&KrGenerator_Type, size);
    if (!g) {
        kr_frame_pop(ts, f);
        return NULL;
    }
    memset((char *)g + sizeof(KrObject), 0, size - sizeof(KrObject));
    KrFrame *gf = GEN_FRAME(g);
    memcpy(gf, f, offsetof(KrFrame, localsplus) + sizeof(KrObject *) * (size_t)f->stacktop);
    gf->owner = KR_FRAME_OWNED_BY_GENERATOR;
    gf->previous = NULL;
    gf->is_entry = 1;
    if (gf->frame_obj)
        ((KrFrameObject *)gf->frame_obj)->f_frame = gf;
    g->gi_frame = gf;
    g->gi_code = KR_NEWREF(co);
    KrFunctionObject *fn = (KrFunctionObject *)f->func;
    g->gi_name = KR_NEWREF(fn ? fn->func_name : co->co_name);
    g->gi_qualname = KR_NEWREF(fn ? fn->func_qualname : co->co_qualname);
    g->gi_state = KR_GEN_CREATED;
    kr_frame_stack_release(ts, f);   /* the contents moved into the generator */
    kr_gc_track((KrObject *)g);
    return (KrObject *)g;
}

static const char *gen_kind(KrGenObject *g)
{
    int flags = ((KrCodeObject *)g->gi_code)->co_flags;
    if (flags & KR_CO_COROUTINE)
        return "coroutine";
    if (flags & KR_CO_ASYNC_GENERATOR)
        return "async generator";
    return "generator";
}

/* the subiterator of a generator suspended in YIELD_FROM (borrowed) */
static KrObject *gen_yieldfrom(KrGenObject *g)
{
    if (g->gi_state != KR_GEN_SUSPENDED)
        return NULL;
    KrFrame *f = g->gi_frame;
    if (KR_INSTR_OP(*f->ip) != KR_OP_YIELD_FROM || f->stacktop <= f->code->co_nlocalsplus)
        return NULL;
    return f->localsplus[f->stacktop - 1];
}

static void gen_finish(KrGenObject *g)
{
    g->gi_state = KR_GEN_COMPLETED;
    kr_frame_release(g->gi_frame);
    KR_CLEAR(GEN_EXTRA(g)->exc_state);
}

/* resume: 1 yielded, 0 returned, -1 error; arg NULL with throwflag means
 * the exception is already set */
static int gen_send_ex(KrGenObject *g, KrObject *arg, int throwflag, KrObject **result)
{
    KrThreadState *ts = kr_tstate();
    *result = NULL;
    if (g->gi_state == KR_GEN_RUNNING) {
        kr_err_format(KrExc_ValueError, "%s already executing", gen_kind(g));
        return -1;
    }
    if (g->gi_state >= KR_GEN_CLEARED) {
        if (throwflag)
            return -1;
        *result = KR_NEWREF(Kr_None);
        return 0;
    }
    KrFrame *f = g->gi_frame;
    if (g->gi_state == KR_GEN_CREATED) {
        if (!throwflag && arg && arg != Kr_None) {
            kr_err_format(KrExc_TypeError, "can't send non-None value to a just-started %s", gen_kind(g));
            return -1;
        }
    } else if (!throwflag) {
        KrObject *v = arg ? arg : Kr_None;
        KR_INCREF(v);
        f->localsplus[f->stacktop++] = v;
    }
    g->gi_state = KR_GEN_RUNNING;
    GenExtra *x = GEN_EXTRA(g);
    KrObject *saved = ts->exc_info;
    KrObject *outer_caller = x->caller_exc;
    x->caller_exc = saved;
    if (x->exc_state) {
        ts->exc_info = x->exc_state;
        x->exc_state = NULL;
    } else {
        ts->exc_info = saved;
        KR_XINCREF(saved);
    }
    KR_INCREF(g);
    KrObject *res = kr_eval_frame(ts, f, throwflag);
    f->previous = NULL;
    x->caller_exc = outer_caller;
    KrObject *now = ts->exc_info;
    ts->exc_info = saved;
    int st;
    if (g->gi_state == KR_GEN_SUSPENDED && res) {
        if (now != saved)
            x->exc_state = now;
        else
            KR_XDECREF(now);
        *result = res;
        st = 1;
    } else {
        KR_XDECREF(now);
        gen_finish(g);
        if (res) {
            *result = res;
            st = 0;
        } else {
            KrObject *exc = kr_err_occurred();
            if (exc && KR_TYPE_CHECK(exc, KrExc_StopIteration)) {
                exc = kr_err_fetch();
                kr_err_format(KrExc_RuntimeError, "%s raised StopIteration", gen_kind(g));
                KrObject *nexc = kr_err_fetch();
                if (nexc) {
                    KR_INCREF(exc);
                    kr_exc_set_cause(nexc, exc);
                    kr_exc_set_context(nexc, exc);
                    kr_err_restore(nexc);
                } else {
                    KR_DECREF(exc);
                }
            }
            st = -1;
        }
    }
    KR_DECREF(g);
    return st;
}

int kr_gen_send(KrObject *gen, KrObject *arg, KrObject **result)
{
    return gen_send_ex((KrGenObject *)gen, arg, 0, result);
}

/* StopIteration carrying value, wrapped so tuples/exceptions survive */
static void set_stop_value(KrObject *value)
{
    if (value == Kr_None) {
        kr_err_set_none(KrExc_StopIteration);
        return;
    }
    KrObject *e = kr_exc_new(KrExc_StopIteration, &value, 1);
    if (e)
        kr_err_restore(e);
}

static KrObject *gen_iternext(KrObject *o)
{
    KrObject *r;
    int st = gen_send_ex((KrGenObject *)o, Kr_None, 0, &r);
    if (st == 1)
        return r;
    if (st == 0) {
        if (r != Kr_None)
            set_stop_value(r);
        KR_DECREF(r);
    }
    return NULL;
}

static KrObject *gen_send_method(KrObject *o, KrObject *arg)
{
    KrObject *r;
    int st = gen_send_ex((KrGenObject *)o, arg, 0, &r);
    if (st == 1)
        return r;
    if (st == 0) {
        set_stop_value(r);
        KR_DECREF(r);
    }
    return NULL;
}

static int gen_close_iter(KrObject *yf);
static KrObject *gen_close(KrObject *o, KrObject *unused);

/* the frame stops delegating: drop the subiterator and step past YIELD_FROM */
static void leave_yield_from(KrGenObject *g)
{
    KrFrame *f = g->gi_frame;
    KrObject *yf = f->localsplus[--f->stacktop];
    f->localsplus[f->stacktop] = NULL;
    KR_DECREF(yf);
    f->ip++;
}

/* throw exc (owned) into g: 1 yielded, 0 returned, -1 error */
static int gen_throw_exc(KrGenObject *g, KrObject *exc, int close_on_genexit, KrObject **result)
{
    KrObject *yf = gen_yieldfrom(g);
    *result = NULL;
    if (yf) {
        KR_INCREF(yf);
        if (close_on_genexit && KR_TYPE_CHECK(exc, &KrExc_GeneratorExit_Type)) {
            g->gi_state = KR_GEN_RUNNING;
            int err = gen_close_iter(yf);
            g->gi_state = KR_GEN_SUSPENDED;
            KR_DECREF(yf);
            g->gi_frame->ip++;
            if (err < 0) {
                KR_DECREF(exc);
                return gen_send_ex(g, NULL, 1, result);
            }
            goto throw_here_advanced;
        }
        int st;
        KrObject *val = NULL;
        if (KR_TYPE(yf) == &KrGenerator_Type) {
            g->gi_state = KR_GEN_RUNNING;
            st = gen_throw_exc((KrGenObject *)yf, exc, close_on_genexit, &val);
            g->gi_state = KR_GEN_SUSPENDED;
            exc = NULL;
        } else {
            KrObject *meth = NULL;
            if (kr_object_lookup_attr(yf, KR_ID(throw), &meth) < 0) {
                KR_DECREF(yf);
                KR_DECREF(exc);
                return -1;
            }
            if (!meth) {
                KR_DECREF(yf);
                g->gi_frame->ip++;
                goto throw_here_advanced;
            }
            g->gi_state = KR_GEN_RUNNING;
            val = kr_object_call_one(meth, exc);
            g->gi_state = KR_GEN_SUSPENDED;
            KR_DECREF(meth);
            KR_DECREF(exc);
            exc = NULL;
            if (val) {
                st = 1;
            } else if (kr_err_matches((KrObject *)KrExc_StopIteration)) {
                KrObject *si = kr_err_fetch();
                val = kr_stopiteration_value(si);
                KR_DECREF(si);
                st = val ? 0 : -1;
            } else {
                st = -1;
            }
        }
        KR_DECREF(yf);
        if (st == 1) {
            *result = val;
            return 1;
        }
        leave_yield_from(g);
        if (st == 0) {
            int r = gen_send_ex(g, val, 0, result);
            KR_DECREF(val);
            return r;
        }
        return gen_send_ex(g, NULL, 1, result);
    }
    kr_err_restore(exc);
    return gen_send_ex(g, NULL, 1, result);
throw_here_advanced:
    kr_err_restore(exc);
    return gen_send_ex(g, NULL, 1, result);
}

/* throw(value) or the deprecated throw(type[, value[, tb]]) */
static KrObject *gen_throw(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("throw", nargs, 1, 3) < 0)
        return NULL;
    if (nargs > 1) {
        if (kr_err_warn(&KrExc_DeprecationWarning_Type,
                        "the (type, exc, tb) signature of throw() is deprecated, "
                        "use the single-arg signature instead.", 1) < 0)
            return NULL;
    }
    KrObject *typ = args[0];
    KrObject *val = nargs > 1 ? args[1] : Kr_None;
    KrObject *tb = nargs > 2 ? args[2] : Kr_None;
    if (tb != Kr_None && KR_TYPE(tb) != &KrTraceback_Type) {
        kr_err_set_string(KrExc_TypeError, "throw() third argument must be a traceback object");
        return NULL;
    }
    KrObject *exc;
    if (KR_TYPE_OBJ_CHECK(typ) && KR_IS_EXC_TYPE(typ)) {
        if (KR_IS_EXC(val) && kr_type_is_subtype(KR_TYPE(val), (KrTypeObject *)typ)) {
            exc = KR_NEWREF(val);
        } else if (val == Kr_None) {
            exc = kr_object_call_noargs(typ);
        } else if (KR_TUPLE_CHECK(val)) {
            exc = kr_object_call(typ, val, NULL);
        } else {
            exc = kr_object_call_one(typ, val);
        }
        if (!exc)
            return NULL;
        if (!KR_IS_EXC(exc)) {
            kr_err_format(KrExc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s",
                          typ, KR_TYPE(exc)->tp_name);
            KR_DECREF(exc);
            return NULL;
        }
    } else if (KR_IS_EXC(typ)) {
        if (val != Kr_None) {
            kr_err_set_string(KrExc_TypeError, "instance exception may not have a separate value");
            return NULL;
        }
        exc = KR_NEWREF(typ);
    } else {
        kr_err_format(KrExc_TypeError,
                      "exceptions must be classes or instances deriving from BaseException, not %s",
                      KR_TYPE(typ)->tp_name);
        return NULL;
    }
    if (tb != Kr_None)
        kr_exc_set_traceback(exc, tb);
    KrObject *r;
    int st = gen_throw_exc((KrGenObject *)o, exc, 1, &r);
    if (st == 1)
        return r;
    if (st == 0) {
        set_stop_value(r);
        KR_DECREF(r);
    }
    return NULL;
}

static int gen_close_iter(KrObject *yf)
{
    if (KR_TYPE(yf) == &KrGenerator_Type) {
        KrObject *r = gen_close(yf, NULL);
        if (!r)
            return -1;
        KR_DECREF(r);
        return 0;
    }
    KrObject *meth = NULL;
    if (kr_object_lookup_attr(yf, KR_ID(close), &meth) < 0) {
        kr_err_write_unraisable(yf, NULL);
        kr_err_clear();
        return 0;
    }
    if (meth) {
        KrObject *r = kr_object_call_noargs(meth);
        KR_DECREF(meth);
        if (!r)
            return -1;
        KR_DECREF(r);
    }
    return 0;
}

static KrObject *gen_close(KrObject *o, KrObject *unused)
{
    KrGenObject *g = (KrGenObject *)o;
    if (g->gi_state == KR_GEN_CREATED) {
        gen_finish(g);
        KR_RETURN_NONE;
    }
    if (g->gi_state >= KR_GEN_CLEARED)
        KR_RETURN_NONE;
    if (g->gi_state == KR_GEN_RUNNING) {
        kr_err_format(KrExc_ValueError, "%s already executing", gen_kind(g));
        return NULL;
    }
    KrObject *yf = gen_yieldfrom(g);
    int err = 0;
    if (yf) {
        KR_INCREF(yf);
        g->gi_state = KR_GEN_RUNNING;
        err = gen_close_iter(yf);
        g->gi_state = KR_GEN_SUSPENDED;
        KR_DECREF(yf);
        g->gi_frame->ip++;
    }
    if (err == 0)
        kr_err_set_none(&KrExc_GeneratorExit_Type);
    KrObject *r;
    int st = gen_send_ex(g, NULL, 1, &r);
    if (st == 1) {
        KR_DECREF(r);
        kr_err_format(KrExc_RuntimeError, "%s ignored GeneratorExit", gen_kind(g));
        return NULL;
    }
    if (st == 0) {
        KR_DECREF(r);
        KR_RETURN_NONE;
    }
    if (kr_err_matches((KrObject *)&KrExc_GeneratorExit_Type) || kr_err_matches((KrObject *)KrExc_StopIteration)) {
        kr_err_clear();
        KR_RETURN_NONE;
    }
    return NULL;
}

static void gen_finalize(KrObject *o)
{
    KrGenObject *g = (KrGenObject *)o;
    if (g->gi_state != KR_GEN_SUSPENDED)
        return;
    KrObject *saved = kr_err_fetch();
    KrObject *r = gen_close(o, NULL);
    if (r)
        KR_DECREF(r);
    else
        kr_err_write_unraisable(o, NULL);
    kr_err_restore(saved);
}

static int gen_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrGenObject *g = (KrGenObject *)o;
    KR_VISIT(g->gi_code);
    KR_VISIT(g->gi_name);
    KR_VISIT(g->gi_qualname);
    KR_VISIT(GEN_EXTRA(g)->exc_state);
    if (g->gi_state == KR_GEN_CREATED || g->gi_state == KR_GEN_SUSPENDED) {
        KrFrame *f = g->gi_frame;
        KR_VISIT(f->func);
        KR_VISIT(f->locals);
        KR_VISIT(f->frame_obj);
        for (int i = 0; i < f->stacktop; i++)
            KR_VISIT(f->localsplus[i]);
    }
    return 0;
}

static int gen_clear(KrObject *o)
{
    KrGenObject *g = (KrGenObject *)o;
    if (g->gi_state == KR_GEN_CREATED || g->gi_state == KR_GEN_SUSPENDED) {
        g->gi_state = KR_GEN_CLEARED;
        kr_frame_release(g->gi_frame);
    }
    KR_CLEAR(GEN_EXTRA(g)->exc_state);
    return 0;
}

static void gen_dealloc(KrObject *o)
{
    KrGenObject *g = (KrGenObject *)o;
    kr_gc_untrack(o);
    if (g->gi_state == KR_GEN_SUSPENDED && !kr_gc_is_finalized(o)) {
        kr_gc_set_finalized(o);
        o->ob_refcnt = 1;
        gen_finalize(o);
        if (--o->ob_refcnt != 0) {
            kr_gc_track(o);     /* resurrected by the finalizer */
            return;
        }
    }
    if (g->gi_state == KR_GEN_CREATED || g->gi_state == KR_GEN_SUSPENDED) {
        g->gi_state = KR_GEN_CLEARED;
        kr_frame_release(g->gi_frame);
    }
    KR_CLEAR(GEN_EXTRA(g)->exc_state);
    KR_CLEAR(g->gi_code);
    KR_CLEAR(g->gi_name);
    KR_CLEAR(g->gi_qualname);
    kr_gc_free(o);
}

static KrObject *gen_repr(KrObject *o)
{
    KrGenObject *g = (KrGenObject *)o;
    return kr_str_from_format("<%s object %U at %p>", gen_kind(g), g->gi_qualname, (void *)o);
}

static KrObject *gen_get_frame(KrObject *o, void *c)
{
    KrGenObject *g = (KrGenObject *)o;
    if (g->gi_state >= KR_GEN_CLEARED)
        KR_RETURN_NONE;
    return kr_frame_get_object(g->gi_frame);
}
static KrObject *gen_get_running(KrObject *o, void *c)
{
    return KR_NEWREF(kr_bool_from(((KrGenObject *)o)->gi_state == KR_GEN_RUNNING));
}
static KrObject *gen_get_suspended(KrObject *o, void *c)
{
    return KR_NEWREF(kr_bool_from(((KrGenObject *)o)->gi_state == KR_GEN_SUSPENDED));
}
static KrObject *gen_get_code(KrObject *o, void *c) { return KR_NEWREF(((KrGenObject *)o)->gi_code); }
static KrObject *gen_get_yieldfrom(KrObject *o, void *c)
{
    KrObject *yf = gen_yieldfrom((KrGenObject *)o);
    return KR_NEWREF(yf ? yf : Kr_None);
}
static KrObject *gen_get_name(KrObject *o, void *c) { return KR_NEWREF(((KrGenObject *)o)->gi_name); }
static int gen_set_name(KrObject *o, KrObject *v, void *c)
{
    if (!v || !KR_STR_CHECK(v)) {
        kr_err_set_string(KrExc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    KR_SETREF(((KrGenObject *)o)->gi_name, KR_NEWREF(v));
    return 0;
}
static KrObject *gen_get_qualname(KrObject *o, void *c) { return KR_NEWREF(((KrGenObject *)o)->gi_qualname); }
static int gen_set_qualname(KrObject *o, KrObject *v, void *c)
{
    if (!v || !KR_STR_CHECK(v)) {
        kr_err_set_string(KrExc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    KR_SETREF(((KrGenObject *)o)->gi_qualname, KR_NEWREF(v));
    return 0;
}

static KrGetSetDef gen_getset[] = {
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static KrMethodDef gen_methods[] = {
    {"send", KR_CFUNC(gen_send_method), KR_METH_O, NULL},
    {"throw", KR_CFUNC(gen_throw), KR_METH_FASTCALL, NULL},
    {"close", KR_CFUNC(gen_close), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

KrTypeObject KrGenerator_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "generator",
    .tp_basicsize = sizeof(KrGenObject),
    .tp_dealloc = gen_dealloc,
    .tp_repr = gen_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_traverse = gen_traverse,
    .tp_clear = gen_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = gen_iternext,
    .tp_methods = gen_methods,
    .tp_getset = gen_getset,
    .tp_finalize = gen_finalize,
};
