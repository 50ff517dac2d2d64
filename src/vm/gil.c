/* gil.c: the global interpreter lock of one interpreter.
 *
 * Design: a mutex + condition variable protect a `locked` flag.  A thread
 * that wants the GIL waits on the condition with a timeout of one switch
 * interval; if the interval passes and the same holder still has it (no
 * switch happened), it sets the holder's gil_drop_request and eval_breaker,
 * and the holder gives the GIL up at its next check point (a backward jump
 * or a call).  A thread that drops on request waits on switch_cond until
 * another thread has actually taken the GIL, so a CPU-bound thread cannot
 * take it straight back and starve the others (forced switching).
 *
 * Each interpreter has its own GIL, so interpreters run in parallel.
 * gil_drop_request doubles as "call into the runtime at the next check
 * point": the collector uses it to run scheduled collections at a safe
 * moment.
 */
#include <errno.h>
#include <time.h>
#include "kr.h"

void kr_gil_init(KrGIL *g)
{
    pthread_mutex_init(&g->mutex, NULL);
    pthread_cond_init(&g->cond, NULL);
    pthread_cond_init(&g->switch_cond, NULL);
    g->locked = 0;
    g->holder = NULL;
    g->switch_number = 0;
    g->interval_us = 5000;
    g->waiters = 0;
    g->enabled = 1;
}

static void deadline_after(struct timespec *ts, long us)
{
    clock_gettime(CLOCK_REALTIME, ts);
    ts->tv_nsec += (us % 1000000) * 1000;
    ts->tv_sec += us / 1000000 + ts->tv_nsec / 1000000000;
    ts->tv_nsec %= 1000000000;
}

void kr_gil_acquire(KrThreadState *ts)
{
    KrGIL *g = &ts->interp->gil;
    pthread_mutex_lock(&g->mutex);
    if (g->locked) {
        double t0 = kr_time_monotonic();
        __atomic_add_fetch(&g->waiters, 1, __ATOMIC_RELAXED);
        while (g->locked) {
            unsigned long seen = g->switch_number;
            struct timespec dl;
            deadline_after(&dl, g->interval_us > 0 ? g->interval_us : 1);
            int rc = pthread_cond_timedwait(&g->cond, &g->mutex, &dl);
            if (rc == ETIMEDOUT && g->locked && g->switch_number == seen && g->holder) {
                KrThreadState *h = g->holder;
                h->gil_drop_request = 1;
                h->eval_breaker = 1;
            }
        }
        __atomic_sub_fetch(&g->waiters, 1, __ATOMIC_RELAXED);
        ts->gil_switches++;
        ts->gil_wait_seconds += kr_time_monotonic() - t0;
    }
    g->locked = 1;
    g->holder = ts;
    g->switch_number++;
    pthread_cond_broadcast(&g->switch_cond);
    pthread_mutex_unlock(&g->mutex);
    kr_tstate_current = ts;
}

static void release(KrThreadState *ts, bool force_switch)
{
    KrGIL *g = &ts->interp->gil;
    kr_reftotal_fold(ts);   /* while the GIL still guards the interpreter's total */
    pthread_mutex_lock(&g->mutex);
    g->locked = 0;
    g->holder = NULL;
    pthread_cond_signal(&g->cond);
    if (force_switch && __atomic_load_n(&g->waiters, __ATOMIC_RELAXED) > 0) {
        unsigned long n = g->switch_number;
        while (g->switch_number == n && __atomic_load_n(&g->waiters, __ATOMIC_RELAXED) > 0)
            pthread_cond_wait(&g->switch_cond, &g->mutex);
    }
    pthread_mutex_unlock(&g->mutex);
}

void kr_gil_release(KrThreadState *ts)
{
    release(ts, false);
}

void kr_gil_yield_if_requested(KrThreadState *ts)
{
    ts->gil_drop_request = 0;
    if (!ts->interp->pending_signals && !ts->async_exc)
        ts->eval_breaker = 0;
    if (ts->interp->gc.scheduled)
        kr_gc_collect_if_needed();
    KrGIL *g = &ts->interp->gil;
    /* an unlocked read: a stale value only delays the switch by one check */
    if (__atomic_load_n(&g->waiters, __ATOMIC_RELAXED) > 0) {
        release(ts, true);
        kr_gil_acquire(ts);
    }
}
