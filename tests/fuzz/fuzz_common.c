/* fuzz_common.c: the interpreter behind the fuzz targets.
 *
 * One interpreter lives for the whole fuzzing process (creating one per
 * input would dominate the time).  Fuzzed programs must not touch the
 * machine: the setup script removes open/input/breakpoint, sends
 * sys.stdout/stderr to a sink, and replaces __import__ with one that only
 * admits side-effect-free modules (no time.sleep, no threads, no sys: a
 * program calling sys.setrecursionlimit(10**9) would only measure the C
 * stack).  Long-running programs are stopped by a watchdog thread that
 * posts TimeoutError as an asynchronous exception, which the eval loop
 * raises at its next breaker check (backward jumps and calls); loops inside
 * one C call are left to libFuzzer's -timeout.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <limits.h>
#include "fuzz_common.h"

static const char setup_src[] =
    "import builtins, sys\n"
    "class _Sink:\n"
    "    def write(self, s): return len(s)\n"
    "    def flush(self): pass\n"
    "sys.stdout = sys.stderr = _Sink()\n"
    "_real_import = builtins.__import__\n"
    "_allowed = {'math', 'gc', 'array', 'struct', '_struct', 'operator', 'heapq',\n"
    "            'collections', 'weakref', '_weakref', 'builtins', 'opcode', '_opcode'}\n"
    "def _fz_import(name, globals=None, locals=None, fromlist=(), level=0):\n"
    "    if level or name.partition('.')[0] not in _allowed:\n"
    "        raise ImportError('blocked while fuzzing: ' + str(name))\n"
    "    return _real_import(name, globals, locals, fromlist, level)\n"
    "builtins.__import__ = _fz_import\n"
    "for _n in ('open', 'input', 'breakpoint', 'help', 'exit', 'quit'):\n"
    "    if hasattr(builtins, _n): delattr(builtins, _n)\n"
    "import struct\n"
    "def _fz_values(data):\n"
    "    if len(data) < 2: return\n"
    "    sel = data[0] % 12\n"
    "    arg = data[1]\n"
    "    rest = data[2:]\n"
    "    s = rest.decode('utf-8', 'replace')\n"
    "    # widths and precisions of hundreds of millions only measure memset\n"
    "    # speed under ASan (and CPython takes as long): skip them\n"
    "    run = 0\n"
    "    for ch in rest:\n"
    "        run = run + 1 if 48 <= ch <= 57 else 0\n"
    "        if run > 7: return\n"
    "    try:\n"
    "        if sel == 0: int(s)\n"
    "        elif sel == 1: int(s, (0, 2, 8, 10, 16, 36, 3, 7)[arg % 8])\n"
    "        elif sel == 2: float(s)\n"
    "        elif sel == 3: bytes.fromhex(s); bytearray.fromhex(s)\n"
    "        elif sel == 4:\n"
    "            for v in (0, -12345678901234567890, 3.25, -0.0, float('nan'), 1e300, 'abc', True, 2-3j):\n"
    "                try: format(v, s)\n"
    "                except (ValueError, TypeError, OverflowError): pass\n"
    "        elif sel == 5: s.format(1, 'ab', 2.5, [1, (2,)], x={'k': 3}, y=-7)\n"
    "        elif sel == 6:\n"
    "            n = struct.calcsize(s)\n"
    "            if n < 4096:\n"
    "                b = bytes(range(256)) * (n // 256 + 1)\n"
    "                v = struct.unpack(s, b[:n])\n"
    "                struct.pack(s, *v)\n"
    "                list(struct.iter_unpack(s, b[:n] * 2)) if n else None\n"
    "        elif sel == 7:\n"
    "            m = memoryview(bytearray(range(48)))\n"
    "            c = m.cast(s)\n"
    "            c.tolist(); bytes(c)\n"
    "            m.cast('B').cast(s, [2, 3, 4] if arg & 1 else [6, 8]).tolist()\n"
    "        elif sel == 8: complex(s)\n"
    "        elif sel == 9: s % (1, 'ab', 2.5, -3)\n"
    "        elif sel == 10: s % {'a': 1, 'b': 'x'}\n"
    "        elif sel == 11: rest % (1, b'ab', 2.5, -3)\n"
    "    except SystemError:\n"
    "        raise\n"
    "    except Exception:\n"
    "        pass\n";

static KrInterp *interp;
static KrObject *setup_ns;

void fz_init(void)
{
    if (interp)
        return;
    interp = kr_interp_new();
    if (!interp)
        abort();
    /* lib/ for struct, heapq and friends; run.sh starts us at the top */
    char lib[PATH_MAX];
    const char *env = getenv("KRAIT_FUZZ_LIB");
    if (!realpath(env ? env : "lib", lib))
        snprintf(lib, sizeof lib, "%s", env ? env : "lib");
    KrObject *d = kr_str_from_cstr(lib);
    if (!d || kr_list_append_steal(interp->path, d) < 0)
        abort();
    KrObject *code = kr_compile_string(setup_src, (ssize_t)sizeof setup_src - 1,
                                       kr_str_from_cstr("<fuzz-setup>"), KR_PARSE_FILE, 0);
    if (!code) {
        kr_err_print();
        abort();
    }
    setup_ns = kr_dict_new();
    if (!setup_ns || kr_dict_set_cstr(setup_ns, "__builtins__", interp->builtins_module) < 0 ||
        kr_dict_set_cstr(setup_ns, "__name__", kr_str_from_cstr("__fuzz_setup__")) < 0)
        abort();
    KrObject *r = kr_eval_code(code, setup_ns, setup_ns);
    if (!r) {
        kr_err_print();
        abort();
    }
    kr_decref(r);
    kr_decref(code);
}

KrObject *fz_helper(const char *name)
{
    KrObject *key = kr_str_from_cstr(name);
    KrObject *f = key ? kr_dict_get(setup_ns, key) : NULL;
    if (key) kr_decref(key);
    if (!f)
        abort();
    return f;
}

void fz_expect_exc(const char *what, KrTypeObject *const *allowed)
{
    KrObject *exc = kr_err_occurred();
    if (!exc) {
        fprintf(stderr, "%s: failed without an exception set\n", what);
        abort();
    }
    for (; *allowed; allowed++)
        if (kr_err_given_matches(exc, KR_OBJ(*allowed)))
            return;
    fprintf(stderr, "%s: unexpected exception\n", what);
    kr_err_print();
    abort();
}

/* ---- the watchdog ---- */

static pthread_mutex_t wd_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wd_cv = PTHREAD_COND_INITIALIZER;
static int wd_started, wd_armed;
static struct timespec wd_deadline;
static KrThreadState *wd_ts;

static void *watchdog(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&wd_mu);
    for (;;) {
        if (!wd_armed) {
            pthread_cond_wait(&wd_cv, &wd_mu);
            continue;
        }
        struct timespec now;
        clock_gettime(CLOCK_REALTIME, &now);
        if (now.tv_sec > wd_deadline.tv_sec ||
            (now.tv_sec == wd_deadline.tv_sec && now.tv_nsec >= wd_deadline.tv_nsec)) {
            /* TimeoutError is a static, immortal type: posting it needs no
             * reference count, so it is safe without the GIL; the program
             * may catch it, so keep posting every 50 ms until disarmed */
            if (!wd_ts->async_exc)
                wd_ts->async_exc = KR_OBJ(KrExc(TimeoutError));
            wd_ts->eval_breaker = 1;
            wd_deadline = now;
            wd_deadline.tv_nsec += 50 * 1000000L;
            if (wd_deadline.tv_nsec >= 1000000000L) {
                wd_deadline.tv_sec++;
                wd_deadline.tv_nsec -= 1000000000L;
            }
        }
        pthread_cond_timedwait(&wd_cv, &wd_mu, &wd_deadline);
    }
    return NULL;
}

void fz_arm(int millis)
{
    pthread_mutex_lock(&wd_mu);
    if (!wd_started) {
        pthread_t t;
        wd_ts = kr_tstate();
        if (pthread_create(&t, NULL, watchdog, NULL) != 0)
            abort();
        pthread_detach(t);
        wd_started = 1;
    }
    clock_gettime(CLOCK_REALTIME, &wd_deadline);
    wd_deadline.tv_sec += millis / 1000;
    wd_deadline.tv_nsec += (long)(millis % 1000) * 1000000L;
    if (wd_deadline.tv_nsec >= 1000000000L) {
        wd_deadline.tv_sec++;
        wd_deadline.tv_nsec -= 1000000000L;
    }
    wd_armed = 1;
    pthread_cond_signal(&wd_cv);
    pthread_mutex_unlock(&wd_mu);
}

void fz_disarm(void)
{
    pthread_mutex_lock(&wd_mu);
    wd_armed = 0;
    pthread_mutex_unlock(&wd_mu);
    /* under the lock the watchdog cannot be between its check and its
     * store, so what it posted is visible now and can be dropped */
    if (wd_ts && wd_ts->async_exc) {
        wd_ts->async_exc = NULL;
    }
}
