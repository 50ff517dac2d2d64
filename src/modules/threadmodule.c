/* threadmodule.c: the _thread module: OS threads, locks and thread-local
 * data, on which lib/threading.py builds.
 *
 * A new thread gets its own KrThreadState in the creating interpreter,
 * takes the interpreter's GIL, runs the callable and gives the GIL back
 * when it ends.  Lock waits release the GIL, so a thread blocked on a lock
 * never stops the others; a wait is cut into slices so that the main
 * thread can run signal handlers (Ctrl-C) while it waits.
 */
#include <errno.h>
#include <limits.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "kr.h"

/* ---- locks ---- */
typedef struct KrLockObject {
    KrObject_HEAD
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int locked;
    unsigned long owner;      /* RLock: owning thread; 0 when free */
    unsigned long count;      /* RLock: recursion depth */
    int recursive;
    KrObject *weakreflist;
} KrLockObject;

extern KrTypeObject KrLock_Type, KrRLock_Type, KrThreadLocal_Type;

static KrObject *lock_new_impl(KrTypeObject *t, int recursive)
{
    KrLockObject *l = (KrLockObject *)kr_object_alloc(t, 0);
    if (!l)
        return NULL;
    pthread_mutex_init(&l->mu, NULL);
    pthread_cond_init(&l->cv, NULL);
    l->recursive = recursive;
    return KR_OBJ(l);
}

static void lock_dealloc(KrObject *o)
{
    KrLockObject *l = (KrLockObject *)o;
    pthread_cond_destroy(&l->cv);
    pthread_mutex_destroy(&l->mu);
    kr_object_free(o);
}

static unsigned long my_ident(void) { return (unsigned long)pthread_self(); }

/* wait until the lock is free (or the deadline passes) and take it;
 * 1 acquired, 0 timed out, -1 error (a signal handler raised) */
static int lock_wait(KrLockObject *l, double timeout)
{
    double deadline = timeout >= 0 ? kr_time_monotonic() + timeout : 0;
    for (;;) {
        int got = 0, timed_out = 0;
        KR_BEGIN_ALLOW_THREADS
        pthread_mutex_lock(&l->mu);
        /* wait in slices of at most 50 ms so the main thread can notice signals */
        while (l->locked) {
            double now = kr_time_monotonic();
            double slice = 0.05;
            if (timeout >= 0) {
                if (now >= deadline) {
                    timed_out = 1;
                    break;
                }
                if (deadline - now < slice)
                    slice = deadline - now;
            }
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            long ns = ts.tv_nsec + (long)(slice * 1e9);
            ts.tv_sec += ns / 1000000000;
            ts.tv_nsec = ns % 1000000000;
            int rc = pthread_cond_timedwait(&l->cv, &l->mu, &ts);
            if (rc == ETIMEDOUT && l->locked && kr_save_ts_->interp->pending_signals &&
                kr_save_ts_->thread_id == kr_save_ts_->interp->main_thread_id)
                break;   /* go and run the signal handler */
        }
        if (!l->locked && !timed_out) {
            l->locked = 1;
            got = 1;
        }
        pthread_mutex_unlock(&l->mu);
        KR_END_ALLOW_THREADS
        if (got)
            return 1;
        if (timed_out)
            return 0;
        if (kr_eval_handle_breaker(kr_tstate()) < 0)
            return -1;
    }
}

static int parse_acquire_args(KrObject *const *args, ssize_t nargs, KrObject *kwnames, double *timeout)
{
    static const char *const names[] = {"blocking", "timeout", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_arg_parse("acquire", args, nargs, kwnames, names, 0, a) < 0)
        return -1;
    int blocking = 1;
    if (a[0]) {
        blocking = kr_object_is_true(a[0]);
        if (blocking < 0)
            return -1;
    }
    double t = -1;
    if (a[1]) {
        t = kr_float_as_double(a[1]);
        if (t == -1.0 && kr_err_occurred())
            return -1;
    }
    if (!blocking && t != -1) {
        kr_err_set_string(KrExc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (t < 0 && t != -1) {
        kr_err_set_string(KrExc_ValueError, "timeout value must be a non-negative number");
        return -1;
    }
    if (t > (double)LONG_MAX / 1000) {
        kr_err_set_string(KrExc_OverflowError, "timeout value is too large");
        return -1;
    }
    *timeout = blocking ? t : 0;
    return 0;
}

static KrObject *lock_acquire(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrLockObject *l = (KrLockObject *)self;
    double timeout;
    if (parse_acquire_args(args, nargs, kwnames, &timeout) < 0)
        return NULL;
    if (l->recursive && l->owner == my_ident() && l->count > 0) {
        l->count++;
        KR_RETURN_TRUE;
    }
    /* fast path: uncontended */
    pthread_mutex_lock(&l->mu);
    int got = !l->locked;
    if (got)
        l->locked = 1;
    pthread_mutex_unlock(&l->mu);
    if (!got) {
        if (timeout == 0)
            KR_RETURN_FALSE;
        int r = lock_wait(l, timeout);
        if (r < 0)
            return NULL;
        if (r == 0)
            KR_RETURN_FALSE;
    }
    if (l->recursive) {
        l->owner = my_ident();
        l->count = 1;
    }
    KR_RETURN_TRUE;
}

static KrObject *lock_release(KrObject *self, KrObject *unused)
{
    KrLockObject *l = (KrLockObject *)self;
    if (l->recursive) {
        if (l->count == 0 || l->owner != my_ident())
            return kr_err_format(KrExc_RuntimeError, "cannot release un-acquired lock");
        if (--l->count > 0)
            KR_RETURN_NONE;
        l->owner = 0;
    }
    pthread_mutex_lock(&l->mu);
    if (!l->locked) {
        pthread_mutex_unlock(&l->mu);
        return kr_err_format(KrExc_RuntimeError, "release unlocked lock");
    }
    l->locked = 0;
    pthread_cond_signal(&l->cv);
    pthread_mutex_unlock(&l->mu);
    KR_RETURN_NONE;
}

static KrObject *lock_exit(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return lock_release(self, NULL);
}

static KrObject *lock_locked(KrObject *self, KrObject *unused)
{
    return kr_bool_from(((KrLockObject *)self)->locked);
}

static KrObject *lock_at_fork_reinit(KrObject *self, KrObject *unused)
{
    KrLockObject *l = (KrLockObject *)self;
    l->locked = 0;
    l->owner = 0;
    l->count = 0;
    KR_RETURN_NONE;
}

static KrObject *rlock_is_owned(KrObject *self, KrObject *unused)
{
    KrLockObject *l = (KrLockObject *)self;
    return kr_bool_from(l->count > 0 && l->owner == my_ident());
}

/* Condition support: release all levels and report (count, owner) */
static KrObject *rlock_release_save(KrObject *self, KrObject *unused)
{
    KrLockObject *l = (KrLockObject *)self;
    if (l->count == 0)
        return kr_err_format(KrExc_RuntimeError, "cannot release un-acquired lock");
    KrObject *c = kr_int_from_size(l->count);
    KrObject *o = kr_int_from_size(l->owner);
    KrObject *r = (c && o) ? kr_tuple_pack(2, c, o) : NULL;
    kr_xdecref(c);
    kr_xdecref(o);
    if (!r)
        return NULL;
    l->count = 0;
    l->owner = 0;
    pthread_mutex_lock(&l->mu);
    l->locked = 0;
    pthread_cond_signal(&l->cv);
    pthread_mutex_unlock(&l->mu);
    return r;
}

static KrObject *rlock_acquire_restore(KrObject *self, KrObject *state)
{
    KrLockObject *l = (KrLockObject *)self;
    if (!KR_TUPLE_CHECK(state) || KR_TUPLE_LEN(state) != 2)
        return kr_err_format(KrExc_TypeError, "_acquire_restore expects a (count, owner) tuple");
    pthread_mutex_lock(&l->mu);
    int got = !l->locked;
    if (got)
        l->locked = 1;
    pthread_mutex_unlock(&l->mu);
    if (!got && lock_wait(l, -1) < 0)
        return NULL;
    l->count = (unsigned long)kr_int_as_u64_mask(KR_TUPLE_GET(state, 0));
    l->owner = (unsigned long)kr_int_as_u64_mask(KR_TUPLE_GET(state, 1));
    KR_RETURN_NONE;
}

static KrObject *lock_repr(KrObject *self)
{
    KrLockObject *l = (KrLockObject *)self;
    if (l->recursive)
        return kr_str_from_format("<%s %s object owner=%lu count=%lu at %p>",
                                  l->count ? "locked" : "unlocked", "_thread.RLock", l->owner, l->count, self);
    return kr_str_from_format("<%s _thread.lock object at %p>", l->locked ? "locked" : "unlocked", self);
}

static KrObject *lock_tp_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    if (t == &KrLock_Type && (nargs || kw))
        return kr_err_format(KrExc_TypeError, "lock() takes no arguments");
    return lock_new_impl(t, t == &KrRLock_Type);
}

static KrMethodDef lock_methods[] = {
    {"acquire", KR_CFUNC(lock_acquire), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"acquire_lock", KR_CFUNC(lock_acquire), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"release", KR_CFUNC(lock_release), KR_METH_NOARGS, NULL},
    {"release_lock", KR_CFUNC(lock_release), KR_METH_NOARGS, NULL},
    {"locked", KR_CFUNC(lock_locked), KR_METH_NOARGS, NULL},
    {"locked_lock", KR_CFUNC(lock_locked), KR_METH_NOARGS, NULL},
    {"__enter__", KR_CFUNC(lock_acquire), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"__exit__", KR_CFUNC(lock_exit), KR_METH_FASTCALL, NULL},
    {"_at_fork_reinit", KR_CFUNC(lock_at_fork_reinit), KR_METH_NOARGS, NULL},
    {NULL},
};

static KrMethodDef rlock_methods[] = {
    {"acquire", KR_CFUNC(lock_acquire), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"release", KR_CFUNC(lock_release), KR_METH_NOARGS, NULL},
    {"__enter__", KR_CFUNC(lock_acquire), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"__exit__", KR_CFUNC(lock_exit), KR_METH_FASTCALL, NULL},
    {"_is_owned", KR_CFUNC(rlock_is_owned), KR_METH_NOARGS, NULL},
    {"_release_save", KR_CFUNC(rlock_release_save), KR_METH_NOARGS, NULL},
    {"_acquire_restore", KR_CFUNC(rlock_acquire_restore), KR_METH_O, NULL},
    {"_at_fork_reinit", KR_CFUNC(lock_at_fork_reinit), KR_METH_NOARGS, NULL},
    {NULL},
};

KrTypeObject KrLock_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "_thread.lock",
    .tp_basicsize = sizeof(KrLockObject),
    .tp_dealloc = lock_dealloc,
    .tp_repr = lock_repr,
    .tp_weaklistoffset = offsetof(KrLockObject, weakreflist),
    .tp_methods = lock_methods,
    .tp_new = lock_tp_new,
};

KrTypeObject KrRLock_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "_thread.RLock",
    .tp_basicsize = sizeof(KrLockObject),
    .tp_dealloc = lock_dealloc,
    .tp_repr = lock_repr,
    .tp_flags = KR_TPFLAGS_BASETYPE,
    .tp_weaklistoffset = offsetof(KrLockObject, weakreflist),
    .tp_methods = rlock_methods,
    .tp_new = lock_tp_new,
};

/* ---- thread-local data: one dict per (object, thread), kept in a dict
 * of the local object keyed by thread ident ---- */
typedef struct KrLocalObject {
    KrObject_HEAD
    KrObject *dicts;          /* {ident: dict} */
    KrObject *args, *kw;      /* for subclasses' __init__ in each new thread */
    KrObject *weakreflist;
} KrLocalObject;

static KrObject *local_dict(KrLocalObject *l, int create)
{
    KrObject *key = kr_int_from_size(my_ident());
    if (!key)
        return NULL;
    KrObject *d = kr_dict_get(l->dicts, key);
    if (!d && !kr_err_occurred() && create) {
        d = kr_dict_new();
        if (d && kr_dict_set(l->dicts, key, d) < 0) {
            kr_decref(d);
            d = NULL;
        } else if (d) {
            kr_decref(d);   /* owned by l->dicts */
            /* a subclass's __init__ runs again in each thread that uses it */
            if (KR_TYPE(l) != &KrThreadLocal_Type) {
                KrObject *init = kr_type_lookup(KR_TYPE(l), KR_ID(__init__));
                if (init && KR_TYPE(init) == &KrFunction_Type) {
                    KrObject *r = kr_object_call_method(KR_OBJ(l), KR_ID(__init__),
                                                        KR_TUPLE_ITEMS(l->args), KR_TUPLE_LEN(l->args));
                    if (!r) {
                        kr_dict_del(l->dicts, key);
                        d = NULL;
                    }
                    kr_xdecref(r);
                }
            }
        }
    }
    kr_decref(key);
    return d;
}

static KrObject *local_getattro(KrObject *self, KrObject *name)
{
    KrLocalObject *l = (KrLocalObject *)self;
    KrObject *d = local_dict(l, 1);
    if (!d)
        return NULL;
    if (kr_str_eq_cstr(name, "__dict__"))
        return kr_newref(d);
    KrObject *descr = kr_type_lookup(KR_TYPE(self), name);
    if (descr && KR_TYPE(descr)->tp_descr_set)
        return kr_object_generic_getattr(self, name);
    KrObject *v = kr_dict_get(d, name);
    if (v)
        return kr_newref(v);
    if (kr_err_occurred())
        return NULL;
    return kr_object_generic_getattr(self, name);
}

static int local_setattro(KrObject *self, KrObject *name, KrObject *v)
{
    KrLocalObject *l = (KrLocalObject *)self;
    if (kr_str_eq_cstr(name, "__dict__")) {
        kr_err_format(KrExc_AttributeError, "'%T' object attribute '__dict__' is read-only", self);
        return -1;
    }
    KrObject *descr = kr_type_lookup(KR_TYPE(self), name);
    if (descr && KR_TYPE(descr)->tp_descr_set)
        return kr_object_generic_setattr(self, name, v);
    KrObject *d = local_dict(l, 1);
    if (!d)
        return -1;
    if (v)
        return kr_dict_set(d, name, v);
    if (kr_dict_del(d, name) < 0) {
        if (kr_err_matches(KR_OBJ(KrExc_KeyError))) {
            kr_err_clear();
            kr_err_format(KrExc_AttributeError, "'%T' object has no attribute '%U'", self, name);
        }
        return -1;
    }
    return 0;
}

static KrObject *local_tp_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (t == &KrThreadLocal_Type && (nargs || kwnames))
        return kr_err_format(KrExc_TypeError, "Initialization arguments are not supported");
    KrLocalObject *l = (KrLocalObject *)kr_object_alloc(t, 0);
    if (!l)
        return NULL;
    l->dicts = kr_dict_new();
    l->args = kr_tuple_from_array(args, nargs);
    if (!l->dicts || !l->args) {
        kr_decref(KR_OBJ(l));
        return NULL;
    }
    kr_gc_track(KR_OBJ(l));
    return KR_OBJ(l);
}

static int local_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrLocalObject *l = (KrLocalObject *)self;
    KR_VISIT(l->dicts);
    KR_VISIT(l->args);
    KR_VISIT(l->kw);
    return 0;
}

static int local_clear(KrObject *self)
{
    KrLocalObject *l = (KrLocalObject *)self;
    KR_CLEAR(l->dicts);
    KR_CLEAR(l->args);
    KR_CLEAR(l->kw);
    return 0;
}

static void local_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    local_clear(self);
    kr_object_free(self);   /* a heap subtype\'s type is released by subtype_dealloc */
}

KrTypeObject KrThreadLocal_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "_thread._local",
    .tp_basicsize = sizeof(KrLocalObject),
    .tp_dealloc = local_dealloc,
    .tp_getattro = local_getattro,
    .tp_setattro = local_setattro,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_traverse = local_traverse,
    .tp_clear = local_clear,
    .tp_weaklistoffset = offsetof(KrLocalObject, weakreflist),
    .tp_new = local_tp_new,
};

/* ---- threads ---- */
typedef struct Bootstate {
    KrInterp *interp;
    KrThreadState *ts;
    KrObject *func, *args, *kwargs;
} Bootstate;

static void *thread_main(void *arg)
{
    Bootstate *b = arg;
    KrThreadState *ts = b->ts;
    kr_tstate_bind(ts);
    ts->native_id = (long)syscall(SYS_gettid);
    kr_gil_acquire(ts);
    KrObject *r = kr_object_call(b->func, b->args, b->kwargs);
    if (!r) {
        if (kr_err_matches(KR_OBJ(&KrExc_SystemExit_Type)))
            kr_err_clear();
        else
            kr_err_write_unraisable(b->func, "Exception ignored in thread started by");
    }
    kr_xdecref(r);
    kr_decref(b->func);
    kr_decref(b->args);
    kr_xdecref(b->kwargs);
    free(b);
    kr_tstate_delete_current();   /* also releases the GIL */
    return NULL;
}

static KrObject *thread_start_new(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("start_new_thread", nargs, 2, 3) < 0)
        return NULL;
    if (!kr_callable_check(args[0]))
        return kr_err_format(KrExc_TypeError, "first arg must be callable");
    if (!KR_TUPLE_CHECK(args[1]))
        return kr_err_format(KrExc_TypeError, "2nd arg must be a tuple");
    if (nargs > 2 && args[2] != Kr_None && !KR_DICT_CHECK(args[2]))
        return kr_err_format(KrExc_TypeError, "optional 3rd arg must be a dictionary");
    Bootstate *b = malloc(sizeof *b);
    if (!b)
        return kr_err_nomemory();
    b->interp = kr_interp();
    b->ts = kr_tstate_new(b->interp);
    if (!b->ts) {
        free(b);
        return kr_err_nomemory();
    }
    b->func = kr_newref(args[0]);
    b->args = kr_newref(args[1]);
    b->kwargs = (nargs > 2 && args[2] != Kr_None) ? kr_newref(args[2]) : NULL;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 8 << 20);
    pthread_t tid;
    int rc = pthread_create(&tid, &attr, thread_main, b);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        kr_decref(b->func);
        kr_decref(b->args);
        kr_xdecref(b->kwargs);
        kr_tstate_free(b->ts);
        free(b);
        return kr_err_format(KrExc_RuntimeError, "can't start new thread");
    }
    /* the new thread records its own id in its state (kr_tstate_bind) */
    return kr_int_from_size((unsigned long)tid);
}

static KrObject *thread_get_ident(KrObject *m, KrObject *u) { return kr_int_from_size(my_ident()); }
static KrObject *thread_get_native_id(KrObject *m, KrObject *u) { return kr_int_from_long((long)syscall(SYS_gettid)); }

static KrObject *thread_allocate_lock(KrObject *m, KrObject *u) { return lock_new_impl(&KrLock_Type, 0); }

static KrObject *thread_count(KrObject *m, KrObject *u)
{
    KrInterp *in = kr_interp();
    long n = 0;
    pthread_mutex_lock(&in->threads_mutex);
    for (KrThreadState *t = in->threads; t; t = t->next)
        n++;
    pthread_mutex_unlock(&in->threads_mutex);
    return kr_int_from_long(n - 1);
}

static KrObject *thread_stack_size(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("stack_size", nargs, 0, 1) < 0)
        return NULL;
    if (nargs) {
        long n = kr_int_as_long(args[0]);
        if (n == -1 && kr_err_occurred())
            return NULL;
        if (n != 0 && n < 32768)
            return kr_err_format(KrExc_ValueError, "size not valid: %ld bytes", n);
    }
    return kr_int_from_long(0);
}

static KrObject *thread_interrupt_main(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("interrupt_main", nargs, 0, 1) < 0)
        return NULL;
    long sig = 2;   /* SIGINT */
    if (nargs) {
        sig = kr_int_as_long(args[0]);
        if (sig == -1 && kr_err_occurred())
            return NULL;
    }
    kr_signal_simulate((int)sig);
    KR_RETURN_NONE;
}

static KrObject *thread_exit(KrObject *m, KrObject *u)
{
    kr_err_set_none(&KrExc_SystemExit_Type);
    return NULL;
}

static KrMethodDef thread_methods[] = {
    {"start_new_thread", KR_CFUNC(thread_start_new), KR_METH_FASTCALL, NULL},
    {"start_new", KR_CFUNC(thread_start_new), KR_METH_FASTCALL, NULL},
    {"get_ident", KR_CFUNC(thread_get_ident), KR_METH_NOARGS, NULL},
    {"get_native_id", KR_CFUNC(thread_get_native_id), KR_METH_NOARGS, NULL},
    {"allocate_lock", KR_CFUNC(thread_allocate_lock), KR_METH_NOARGS, NULL},
    {"allocate", KR_CFUNC(thread_allocate_lock), KR_METH_NOARGS, NULL},
    {"_count", KR_CFUNC(thread_count), KR_METH_NOARGS, NULL},
    {"stack_size", KR_CFUNC(thread_stack_size), KR_METH_FASTCALL, NULL},
    {"interrupt_main", KR_CFUNC(thread_interrupt_main), KR_METH_FASTCALL, NULL},
    {"exit", KR_CFUNC(thread_exit), KR_METH_NOARGS, NULL},
    {NULL},
};

KrObject *kr_thread_module_init(void)
{
    KrObject *m = kr_module_new_cstr("_thread");
    if (!m || kr_module_add_functions(m, thread_methods) < 0)
        goto fail;
    if (kr_module_add_object(m, "LockType", kr_newref(KR_OBJ(&KrLock_Type))) < 0 ||
        kr_module_add_object(m, "lock", kr_newref(KR_OBJ(&KrLock_Type))) < 0 ||
        kr_module_add_object(m, "RLock", kr_newref(KR_OBJ(&KrRLock_Type))) < 0 ||
        kr_module_add_object(m, "_local", kr_newref(KR_OBJ(&KrThreadLocal_Type))) < 0 ||
        kr_module_add_object(m, "error", kr_newref(KR_OBJ(KrExc_RuntimeError))) < 0 ||
        kr_module_add_object(m, "TIMEOUT_MAX", kr_float_from_double((double)LONG_MAX / 1000)) < 0)
        goto fail;
    return m;
fail:
    kr_xdecref(m);
    return NULL;
}
