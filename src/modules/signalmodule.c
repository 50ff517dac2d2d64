/* signalmodule.c: the signal module, and Ctrl-C as KeyboardInterrupt.
 *
 * POSIX signals belong to the process, so this is the one place with
 * process-wide state: which signals have arrived (written by the C handler,
 * which may only set flags) and the Python handlers.  As in CPython, only
 * the main thread of the first interpreter may install handlers, and the
 * handlers run in that thread, between bytecodes: the C handler marks the
 * signal, raises the main thread's eval breaker, and the eval loop calls
 * kr_signal_run_handlers at its next check point.  Blocking calls (sleep,
 * reads, lock waits) return early with EINTR and run the handlers too, so
 * Ctrl-C interrupts them.
 */
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include "kr.h"

#ifndef NSIG
#define NSIG 65
#endif

static volatile sig_atomic_t tripped[NSIG];
static volatile sig_atomic_t any_tripped;
static KrInterp *volatile signal_interp;        /* the interpreter that owns the handlers */
static KrThreadState *volatile signal_main_ts;  /* its main thread */
static KrObject *handlers[NSIG];                /* owned by signal_interp; NULL: SIG_DFL */
static KrObject *default_int_handler_obj;

static void c_handler(int sig)
{
    int saved = errno;
    if (sig > 0 && sig < NSIG) {
        tripped[sig] = 1;
        any_tripped = 1;
        KrInterp *in = signal_interp;
        KrThreadState *ts = signal_main_ts;
        if (in)
            in->pending_signals = 1;
        if (ts)
            ts->eval_breaker = 1;
    }
    errno = saved;
}

static bool is_main(void)
{
    KrThreadState *ts = kr_tstate();
    return ts && ts->interp == signal_interp && ts == signal_main_ts;
}

int kr_signal_run_handlers(void)
{
    KrInterp *in = kr_interp();
    in->pending_signals = 0;
    if (!any_tripped || in != signal_interp)
        return 0;
    any_tripped = 0;
    for (int i = 1; i < NSIG; i++) {
        if (!tripped[i])
            continue;
        tripped[i] = 0;
        KrObject *h = handlers[i];
        if (!h || !kr_callable_check(h))
            continue;
        KrObject *num = kr_int_from_long(i);
        KrFrame *f = kr_eval_current_frame();
        KrObject *frame = f ? kr_frame_get_object(f) : kr_newref(Kr_None);
        if (!num || !frame) {
            kr_xdecref(num);
            kr_xdecref(frame);
            return -1;
        }
        KrObject *args[2] = {num, frame};
        kr_incref(h);
        KrObject *r = kr_object_vectorcall(h, args, 2, NULL);
        kr_decref(h);
        kr_decref(num);
        kr_decref(frame);
        if (!r) {
            /* signals still pending are kept for the next check */
            for (int j = i + 1; j < NSIG; j++)
                if (tripped[j]) {
                    any_tripped = 1;
                    in->pending_signals = 1;
                }
            return -1;
        }
        kr_decref(r);
    }
    return 0;
}

/* _thread.interrupt_main: behave as if SIGINT arrived */
void kr_signal_simulate(int sig)
{
    if (sig > 0 && sig < NSIG)
        c_handler(sig);
}

static int install(int sig, void (*fn)(int))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;   /* no SA_RESTART: blocking calls must return EINTR */
    return sigaction(sig, &sa, NULL);
}

static KrObject *sig_default_int_handler(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    kr_err_set_none(&KrExc_KeyboardInterrupt_Type);
    return NULL;
}

static KrMethodDef default_int_handler_def = {
    "default_int_handler", KR_CFUNC(sig_default_int_handler), KR_METH_FASTCALL,
    "The default handler for SIGINT installed by Python: raises KeyboardInterrupt."};

/* Ctrl-C raises KeyboardInterrupt in the main thread, from the start */
void kr_signal_init_main(void)
{
    if (signal_interp)
        return;
    signal_interp = kr_interp();
    signal_main_ts = kr_tstate();
    default_int_handler_obj = kr_cfunction_new(&default_int_handler_def, NULL, NULL);
    if (!default_int_handler_obj) {
        kr_err_clear();
        return;
    }
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_DFL) {
        handlers[SIGINT] = kr_newref(default_int_handler_obj);
        install(SIGINT, c_handler);
    }
    signal(SIGPIPE, SIG_IGN);   /* EPIPE becomes BrokenPipeError, as in CPython */
}

void kr_signal_fini(void)
{
    if (signal_interp != kr_interp())
        return;
    for (int i = 1; i < NSIG; i++) {
        if (handlers[i]) {
            if (kr_callable_check(handlers[i]))
                signal(i, SIG_DFL);
            KR_CLEAR(handlers[i]);
        }
    }
    KR_CLEAR(default_int_handler_obj);
    signal_interp = NULL;
    signal_main_ts = NULL;
}

static long signum_arg(KrObject *o)
{
    long s = kr_int_as_long(o);
    if (s == -1 && kr_err_occurred())
        return -1;
    if (s < 1 || s >= NSIG) {
        kr_err_set_string(KrExc_ValueError, "signal number out of range");
        return -1;
    }
    return s;
}

static KrObject *handler_obj(int sig)
{
    if (handlers[sig])
        return kr_newref(handlers[sig]);
    struct sigaction old;
    if (sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_IGN)
        return kr_int_from_long(1);
    return kr_int_from_long(0);
}

static KrObject *sig_signal(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("signal", nargs, 2, 2) < 0)
        return NULL;
    long sig = signum_arg(args[0]);
    if (sig < 0)
        return NULL;
    if (!is_main())
        return kr_err_format(KrExc_ValueError, "signal only works in main thread of the main interpreter");
    KrObject *h = args[1];
    void (*fn)(int);
    if (KR_INT_CHECK(h) && !KR_BOOL_CHECK(h)) {
        long v = kr_int_as_long(h);
        if (v == 0)
            fn = SIG_DFL;
        else if (v == 1)
            fn = SIG_IGN;
        else
            return kr_err_format(KrExc_TypeError,
                                 "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    } else if (kr_callable_check(h)) {
        fn = c_handler;
    } else {
        return kr_err_format(KrExc_TypeError,
                             "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    if (sig == SIGKILL || sig == SIGSTOP) {
        errno = EINVAL;
        return kr_err_set_from_errno(KrExc_OSError);
    }
    KrObject *old = handler_obj((int)sig);
    if (!old)
        return NULL;
    if (install((int)sig, fn) < 0) {
        kr_decref(old);
        return kr_err_set_from_errno(KrExc_OSError);
    }
    KR_SETREF(handlers[sig], fn == c_handler ? kr_newref(h) : NULL);
    return old;
}

static KrObject *sig_getsignal(KrObject *m, KrObject *arg)
{
    long sig = signum_arg(arg);
    if (sig < 0)
        return NULL;
    if (handlers[sig])
        return kr_newref(handlers[sig]);
    struct sigaction old;
    if (sigaction((int)sig, NULL, &old) == 0) {
        if (old.sa_handler == SIG_IGN)
            return kr_int_from_long(1);
        if (old.sa_handler == SIG_DFL)
            return kr_int_from_long(0);
    }
    KR_RETURN_NONE;
}

static KrObject *sig_raise_signal(KrObject *m, KrObject *arg)
{
    long sig = signum_arg(arg);
    if (sig < 0)
        return NULL;
    if (raise((int)sig) != 0)
        return kr_err_set_from_errno(KrExc_OSError);
    if (is_main() && kr_signal_run_handlers() < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *sig_alarm(KrObject *m, KrObject *arg)
{
    long s = kr_int_as_long(arg);
    if (s == -1 && kr_err_occurred())
        return NULL;
    return kr_int_from_long((long)alarm((unsigned)s));
}

static KrObject *sig_pause(KrObject *m, KrObject *u)
{
    KR_BEGIN_ALLOW_THREADS
    pause();
    KR_END_ALLOW_THREADS
    if (kr_eval_handle_breaker(kr_tstate()) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *sig_strsignal(KrObject *m, KrObject *arg)
{
    long sig = signum_arg(arg);
    if (sig < 0)
        return NULL;
    const char *s = strsignal((int)sig);
    if (!s)
        KR_RETURN_NONE;
    return kr_str_from_cstr(s);
}

static KrObject *sig_valid_signals(KrObject *m, KrObject *u)
{
    KrObject *s = kr_set_new(NULL);
    for (int i = 1; s && i < NSIG; i++) {
        if (i >= 32 && i < SIGRTMIN)
            continue;
        KrObject *n = kr_int_from_long(i);
        if (!n || kr_set_add(s, n) < 0)
            KR_CLEAR(s);
        kr_xdecref(n);
    }
    return s;
}

static KrMethodDef signal_methods[] = {
    {"signal", KR_CFUNC(sig_signal), KR_METH_FASTCALL, NULL},
    {"getsignal", KR_CFUNC(sig_getsignal), KR_METH_O, NULL},
    {"raise_signal", KR_CFUNC(sig_raise_signal), KR_METH_O, NULL},
    {"alarm", KR_CFUNC(sig_alarm), KR_METH_O, NULL},
    {"pause", KR_CFUNC(sig_pause), KR_METH_NOARGS, NULL},
    {"strsignal", KR_CFUNC(sig_strsignal), KR_METH_O, NULL},
    {"valid_signals", KR_CFUNC(sig_valid_signals), KR_METH_NOARGS, NULL},
    {NULL},
};

KrObject *kr_signal_module_init(void)
{
    KrObject *m = kr_module_new_cstr("_signal");
    if (!m || kr_module_add_functions(m, signal_methods) < 0)
        goto fail;
    static const struct { const char *name; int num; } sigs[] = {
        {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
        {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
        {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
        {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
        {"SIGCHLD", SIGCHLD}, {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP},
        {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU},
        {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},
        {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR},
        {"SIGSYS", SIGSYS},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(sigs); i++)
        if (kr_module_add_int(m, sigs[i].name, sigs[i].num) < 0)
            goto fail;
    if (kr_module_add_int(m, "SIG_DFL", 0) < 0 || kr_module_add_int(m, "SIG_IGN", 1) < 0 ||
        kr_module_add_int(m, "NSIG", NSIG) < 0 || kr_module_add_int(m, "SIGRTMIN", SIGRTMIN) < 0 ||
        kr_module_add_int(m, "SIGRTMAX", SIGRTMAX) < 0)
        goto fail;
    KrObject *dih = default_int_handler_obj ? kr_newref(default_int_handler_obj)
                                            : kr_cfunction_new(&default_int_handler_def, NULL, NULL);
    if (!dih || kr_module_add_object(m, "default_int_handler", dih) < 0)
        goto fail;
    return m;
fail:
    kr_xdecref(m);
    return NULL;
}
