/* time.c: the time module: clocks and sleep.  sleep() releases the GIL
 * for its whole wait, which is what lets sleeping threads overlap. */
#include <errno.h>
#include <time.h>
#include "kr.h"

static KrObject *t_time(KrObject *m, KrObject *u) { return kr_float_from_double(kr_time_wall()); }
static KrObject *t_monotonic(KrObject *m, KrObject *u) { return kr_float_from_double(kr_time_monotonic()); }

static KrObject *clock_ns(clockid_t id)
{
    struct timespec t;
    clock_gettime(id, &t);
    return kr_int_from_i64((int64_t)t.tv_sec * 1000000000 + t.tv_nsec);
}

static double clock_s(clockid_t id)
{
    struct timespec t;
    clock_gettime(id, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static KrObject *t_time_ns(KrObject *m, KrObject *u) { return clock_ns(CLOCK_REALTIME); }
static KrObject *t_monotonic_ns(KrObject *m, KrObject *u) { return clock_ns(CLOCK_MONOTONIC); }
static KrObject *t_process_time(KrObject *m, KrObject *u) { return kr_float_from_double(clock_s(CLOCK_PROCESS_CPUTIME_ID)); }
static KrObject *t_process_time_ns(KrObject *m, KrObject *u) { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }
static KrObject *t_thread_time(KrObject *m, KrObject *u) { return kr_float_from_double(clock_s(CLOCK_THREAD_CPUTIME_ID)); }
static KrObject *t_thread_time_ns(KrObject *m, KrObject *u) { return clock_ns(CLOCK_THREAD_CPUTIME_ID); }

static KrObject *t_sleep(KrObject *m, KrObject *arg)
{
    if (!KR_INT_CHECK(arg) && !KR_FLOAT_CHECK(arg))
        return kr_err_format(KrExc_TypeError, "'%T' object cannot be interpreted as an integer", arg);
    double secs = kr_float_as_double(arg);
    if (secs == -1.0 && kr_err_occurred())
        return NULL;
    if (secs < 0)
        return kr_err_format(KrExc_ValueError, "sleep length must be non-negative");
    if (secs != secs)
        return kr_err_format(KrExc_ValueError, "Invalid value NaN (not a number)");
    double deadline = kr_time_monotonic() + secs;
    for (;;) {
        double left = deadline - kr_time_monotonic();
        if (left <= 0)
            break;
        struct timespec req = {(time_t)left, (long)((left - (double)(time_t)left) * 1e9)};
        int r, err;
        KR_BEGIN_ALLOW_THREADS
        r = nanosleep(&req, NULL);
        err = errno;
        KR_END_ALLOW_THREADS
        if (r == 0)
            break;
        if (err != EINTR)
            return kr_err_set_from_errno(KrExc_OSError);
        /* a signal arrived: run its handler (it may raise KeyboardInterrupt) */
        if (kr_eval_handle_breaker(kr_tstate()) < 0)
            return NULL;
    }
    KR_RETURN_NONE;
}

static KrMethodDef time_methods[] = {
    {"time", KR_CFUNC(t_time), KR_METH_NOARGS, NULL},
    {"time_ns", KR_CFUNC(t_time_ns), KR_METH_NOARGS, NULL},
    {"monotonic", KR_CFUNC(t_monotonic), KR_METH_NOARGS, NULL},
    {"monotonic_ns", KR_CFUNC(t_monotonic_ns), KR_METH_NOARGS, NULL},
    {"perf_counter", KR_CFUNC(t_monotonic), KR_METH_NOARGS, NULL},
    {"perf_counter_ns", KR_CFUNC(t_monotonic_ns), KR_METH_NOARGS, NULL},
    {"process_time", KR_CFUNC(t_process_time), KR_METH_NOARGS, NULL},
    {"process_time_ns", KR_CFUNC(t_process_time_ns), KR_METH_NOARGS, NULL},
    {"thread_time", KR_CFUNC(t_thread_time), KR_METH_NOARGS, NULL},
    {"thread_time_ns", KR_CFUNC(t_thread_time_ns), KR_METH_NOARGS, NULL},
    {"sleep", KR_CFUNC(t_sleep), KR_METH_O, NULL},
    {NULL},
};

KrObject *kr_time_init(void)
{
    KrObject *m = kr_module_new_cstr("time");
    if (!m || kr_module_add_functions(m, time_methods) < 0) {
        kr_xdecref(m);
        return NULL;
    }
    return m;
}
