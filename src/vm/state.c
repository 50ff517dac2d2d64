/* state.c: the runtime, interpreters and thread states.
 *
 * kr_runtime_init runs once per process (pthread_once) and builds what all
 * interpreters share: the static types' dictionaries, identifier strings,
 * small ints.  It runs on a bootstrap thread state so the ordinary object
 * and error APIs work; when it is done, every container it allocated is
 * untracked and made immortal, so interpreters running in parallel never
 * write to shared objects.
 *
 * An interpreter (KrInterp) owns everything else: sys.modules, builtins,
 * its GIL, its collector, its allocation counters.  kr_interp_new returns
 * with the calling OS thread bound to the new interpreter's main thread
 * state and holding its GIL.
 */
#include "kr.h"
#include "object/weakref.h"
#include "object/typevar.h"

_Thread_local KrThreadState *kr_tstate_current;

/* every static type, readied once for the whole process */
static KrTypeObject *const static_types[] = {
    &KrBaseObject_Type, &KrType_Type, &KrNone_Type, &KrNotImplemented_Type, &KrEllipsis_Type,
    &KrInt_Type, &KrBool_Type, &KrFloat_Type, &KrComplex_Type,
    &KrStr_Type, &KrBytes_Type, &KrByteArray_Type,
    &KrTuple_Type, &KrList_Type, &KrDict_Type, &KrSet_Type, &KrFrozenSet_Type,
    &KrRange_Type, &KrSlice_Type, &KrLongRangeIter_Type,
    &KrTupleIter_Type, &KrListIter_Type, &KrListRevIter_Type, &KrRangeIter_Type,
    &KrSetIter_Type, &KrDictKeys_Type, &KrDictValues_Type, &KrDictItems_Type,
    &KrDictIterKey_Type, &KrDictIterValue_Type, &KrDictIterItem_Type, &KrSeqIter_Type,
    &KrCallIter_Type, &KrDictRevIterKey_Type, &KrDictRevIterValue_Type, &KrDictRevIterItem_Type,
    &KrSuper_Type, &KrProperty_Type, &KrClassMethod_Type, &KrStaticMethod_Type,
    &KrMethodDescr_Type, &KrClassMethodDescr_Type, &KrMemberDescr_Type, &KrGetSetDescr_Type,
    &KrWrapperDescr_Type, &KrMethodWrapper_Type, &KrCFunction_Type, &KrModule_Type,
    &KrMappingProxy_Type, &KrSimpleNamespace_Type,
    &KrCode_Type, &KrFrame_Type, &KrFunction_Type, &KrMethod_Type, &KrCell_Type,
    &KrGenerator_Type, &KrTraceback_Type,
    &KrEnumerate_Type, &KrZip_Type, &KrMap_Type, &KrFilter_Type, &KrReversed_Type,
    &KrTextIO_Type, &KrBufferedIO_Type,
#define KR_EXC_ENTRY(name) &KrExc_##name##_Type,
    KR_EXC_LIST(KR_EXC_ENTRY)
#undef KR_EXC_ENTRY
};

extern KrTypeObject KrVersionInfo_Type, KrIntInfo_Type;   /* sys.c */
extern KrTypeObject KrFloatInfo_Type, KrHashInfo_Type, KrFlags_Type;   /* sys.c */
void kr_sys_runtime_init(void);
extern KrTypeObject KrMemoryView_Type;    /* memoryview.c */
extern KrTypeObject KrStruct_Type;        /* structmodule.c */
extern KrTypeObject KrArray_Type, KrArrayIter_Type;   /* arraymodule.c */
extern KrTypeObject KrLock_Type, KrRLock_Type, KrThreadLocal_Type;   /* threadmodule.c */
static KrTypeObject *const static_types_extra[] = {
    &KrVersionInfo_Type, &KrIntInfo_Type, &KrFloatInfo_Type, &KrHashInfo_Type, &KrFlags_Type,
    &KrLock_Type, &KrRLock_Type, &KrThreadLocal_Type,
    &KrWeakref_Type, &KrWeakProxy_Type, &KrWeakCallableProxy_Type, &KrMemoryView_Type,
    &KrStruct_Type, &KrArray_Type, &KrArrayIter_Type,
    &KrTypeVar_Type, &KrParamSpec_Type, &KrParamSpecArgs_Type, &KrParamSpecKwargs_Type,
    &KrTypeVarTuple_Type, &KrTypeAliasType_Type,
};

static KrInterp boot_interp;
static KrThreadState boot_tstate;

/* containers made during start-up live as long as the process; keeping
 * pointers to them here documents that they are owned, not leaked */
static KrObject **boot_objects;
static size_t boot_count;

static void immortalize_list(KrGCHead *h)
{
    size_t n = 0;
    for (KrGCHead *g = h->gc_next; g != h; g = g->gc_next)
        n++;
    KrObject **grown = realloc(boot_objects, (boot_count + n) * sizeof *grown);
    if (grown)
        boot_objects = grown;
    while (h->gc_next != h) {
        KrGCHead *g = h->gc_next;
        KrObject *o = KR_FROM_GC(g);
        kr_gc_untrack(o);
        kr_set_immortal(o);
        if (grown)
            boot_objects[boot_count++] = o;
    }
}

static void runtime_init_once(void)
{
    boot_tstate.interp = &boot_interp;
    boot_interp.recursion_limit = 1000;
    boot_interp.int_max_str_digits = 4300;
    kr_gc_init_state(&boot_interp.gc);
    boot_interp.gc.enabled = 0;
    boot_interp.gc.stress = 0;
    KrThreadState *saved = kr_tstate_current;
    kr_reftotal_fold(saved);
    kr_tstate_current = &boot_tstate;

    kr_str_runtime_init();
    kr_int_runtime_init();
    kr_sys_runtime_init();
    for (size_t i = 0; i < KR_ARRAY_LEN(static_types); i++) {
        if (kr_type_ready(static_types[i]) < 0) {
            fprintf(stderr, "krait: fatal: cannot initialise type %s\n", static_types[i]->tp_name);
            kr_err_print();
            abort();
        }
    }
    for (size_t i = 0; i < KR_ARRAY_LEN(static_types_extra); i++)
        if (kr_type_ready(static_types_extra[i]) < 0)
            abort();
    for (int i = 0; i < 3; i++)
        immortalize_list(&boot_interp.gc.gens[i].head);
    if (boot_tstate.curexc) {
        fprintf(stderr, "krait: fatal: exception during runtime start-up\n");
        abort();
    }
    /* whatever start-up left in the count belongs to no interpreter: every
     * object it keeps is immortal */
    kr_reftotal_delta = 0;
    kr_tstate_current = saved;
}

void kr_runtime_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, runtime_init_once);
}

KrThreadState *kr_tstate_new(KrInterp *interp)
{
    KrThreadState *ts = calloc(1, sizeof *ts);
    if (!ts)
        return NULL;
    ts->interp = interp;
    ts->thread_id = (unsigned long)pthread_self();
    pthread_mutex_lock(&interp->threads_mutex);
    ts->next = interp->threads;
    if (interp->threads)
        interp->threads->prev = ts;
    interp->threads = ts;
    pthread_mutex_unlock(&interp->threads_mutex);
    return ts;
}

void kr_reftotal_fold(KrThreadState *ts)
{
    if (ts && ts->interp)
        ts->interp->reftotal += kr_reftotal_delta;
    kr_reftotal_delta = 0;
}

ssize_t kr_reftotal(KrInterp *interp)
{
    kr_reftotal_fold(kr_tstate_current);
    return interp->reftotal;
}

void kr_tstate_bind(KrThreadState *ts)
{
    kr_reftotal_fold(kr_tstate_current);
    kr_tstate_current = ts;
    ts->thread_id = (unsigned long)pthread_self();
}

/* frees the thread's frame-stack chunks; frame.c knows their layout and
 * provides the real one (this weak default only covers builds without it) */
__attribute__((weak)) void kr_frame_stack_free(KrThreadState *ts) { (void)ts; }

static void tstate_unlink(KrThreadState *ts);

void kr_tstate_free(KrThreadState *ts)
{
    if (kr_tstate_current == ts)
        kr_num_freelists_clear();   /* per-thread number freelists */
    KR_CLEAR(ts->curexc);
    KR_CLEAR(ts->exc_info);
    KR_CLEAR(ts->dict);
    KR_CLEAR(ts->async_exc);
    kr_frame_stack_free(ts);
    tstate_unlink(ts);
    if (kr_tstate_current == ts) {
        kr_reftotal_fold(ts);
        kr_tstate_current = NULL;
    }
    free(ts);
}

/* the end of a thread: drop what it holds, leave the interpreter's list
 * and hand the GIL on, all without touching objects after the release */
void kr_tstate_delete_current(void)
{
    KrThreadState *ts = kr_tstate_current;
    kr_num_freelists_clear();
    KR_CLEAR(ts->curexc);
    KR_CLEAR(ts->exc_info);
    KR_CLEAR(ts->dict);
    KR_CLEAR(ts->async_exc);
    kr_frame_stack_free(ts);
    tstate_unlink(ts);
    kr_gil_release(ts);   /* folds the reference count delta while it still may */
    kr_tstate_current = NULL;
    free(ts);
}

static void tstate_unlink(KrThreadState *ts)
{
    KrInterp *interp = ts->interp;
    pthread_mutex_lock(&interp->threads_mutex);
    if (ts->prev)
        ts->prev->next = ts->next;
    else
        interp->threads = ts->next;
    if (ts->next)
        ts->next->prev = ts->prev;
    pthread_mutex_unlock(&interp->threads_mutex);
}

KrInterp *kr_interp_new(void)
{
    kr_runtime_init();
    KrInterp *interp = calloc(1, sizeof *interp);
    if (!interp)
        return NULL;
    kr_gil_init(&interp->gil);
    kr_gc_init_state(&interp->gc);
    pthread_mutex_init(&interp->threads_mutex, NULL);
    interp->recursion_limit = 1000;
    interp->int_max_str_digits = 4300;
    /* dict versions must never repeat between interpreters and the start-up
     * state (static types' dicts), or a cache keyed by version could match
     * the wrong dict: each interpreter counts from its own base */
    interp->dict_version = (uint64_t)(uintptr_t)interp << 16;
    interp->type_version = 1;
    KrThreadState *ts = kr_tstate_new(interp);
    if (!ts) {
        free(interp);
        return NULL;
    }
    interp->main_thread_id = ts->thread_id;
    kr_gil_acquire(ts);

    interp->modules = kr_dict_new();
    interp->gc.garbage = kr_list_new(0);
    interp->gc.callbacks = kr_list_new(0);
    interp->atexit_callbacks = kr_list_new(0);
    interp->argv = kr_list_new(0);
    interp->path = kr_list_new(0);
    if (!interp->modules || !interp->gc.garbage || !interp->gc.callbacks ||
        !interp->atexit_callbacks || !interp->argv || !interp->path)
        goto fail;
    KrObject *bm = kr_builtins_init();
    if (!bm)
        goto fail;
    interp->builtins_module = bm;
    interp->builtins = kr_newref(kr_module_dict(bm));
    if (kr_dict_set_cstr(interp->builtins, "memoryview", KR_OBJ(&KrMemoryView_Type)) < 0)
        goto fail;
    if (kr_dict_set_cstr(interp->modules, "builtins", bm) < 0)
        goto fail;
    KrObject *sm = kr_sys_init();
    if (!sm)
        goto fail;
    interp->sys_module = sm;
    interp->sysdict = kr_newref(kr_module_dict(sm));
    if (kr_dict_set_cstr(interp->modules, "sys", sm) < 0)
        goto fail;
    return interp;
fail:
    kr_err_print();
    fprintf(stderr, "krait: fatal: cannot create the interpreter\n");
    return NULL;
}

void kr_run_atexit(void);   /* run.c */
void kr_mem_interp_fini(KrInterp *interp);   /* core/mem.c: returns the interpreter's pools */

void kr_interp_free(KrInterp *interp)
{
    KrThreadState *ts = kr_tstate();
    interp->finalizing = 1;
    /* drop module contents so that cycles through globals can be collected */
    if (interp->modules) {
        KrObject *mods = kr_dict_values(interp->modules);
        if (mods) {
            for (ssize_t i = KR_LIST_LEN(mods) - 1; i >= 0; i--) {
                KrObject *m = KR_LIST_GET(mods, i);
                if (KR_MODULE_CHECK(m) && m != interp->builtins_module && m != interp->sys_module)
                    kr_dict_clear(kr_module_dict(m));
            }
            kr_decref(mods);
        }
        kr_err_clear();
        kr_dict_clear(interp->modules);
    }
    KR_CLEAR(interp->main_module);
    kr_tracemalloc_fini();
    kr_gc_fini();
    if (interp->sysdict)
        kr_dict_clear(interp->sysdict);
    if (interp->builtins)
        kr_dict_clear(interp->builtins);
    kr_err_clear();
    KR_CLEAR(ts->exc_info);
    kr_gc_fini();
    KR_CLEAR(interp->modules);
    KR_CLEAR(interp->builtins);
    KR_CLEAR(interp->sysdict);
    KR_CLEAR(interp->builtins_module);
    KR_CLEAR(interp->sys_module);
    KR_CLEAR(interp->gc.garbage);
    KR_CLEAR(interp->gc.callbacks);
    KR_CLEAR(interp->atexit_callbacks);
    KR_CLEAR(interp->argv);
    KR_CLEAR(interp->path);
    KR_CLEAR(interp->interned);
    kr_gc_fini();
    kr_gil_release(ts);
    kr_tstate_free(ts);
    kr_mem_interp_fini(interp);
    /* what is left once everything is freed is what leaked: a clean run
     * shows [0 refs, 0 blocks], as a CPython debug build does */
    if (interp->showrefcount)
        fprintf(stderr, "[%zd refs, %zu blocks]\n", interp->reftotal, interp->mem_blocks);
    free(interp);
}
