/* fuzz_execute.c: compile and run small programs.
 *
 * Any Python exception is a fine outcome; only crashes, sanitizer reports,
 * hangs past libFuzzer's -timeout and memory blow-ups past -rss_limit_mb are
 * findings.  Each input runs in a fresh globals dict against the sandboxed
 * builtins of fuzz_common.c, with a 300 ms budget enforced by the watchdog
 * (TimeoutError posted as an asynchronous exception).  Inputs over 4 KB are
 * skipped: the interesting programs are small and big ones only slow the
 * search.  Globals are cleared afterwards and a collection runs every 64
 * inputs, so cycles a program leaves behind are exercised too.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static KrObject *filename;
    static unsigned count;
    fz_init();
    if (size > 4096)
        return 0;
    if (!filename)
        filename = kr_str_from_cstr("<fuzz>");
    char *buf = malloc(size + 1);
    memcpy(buf, data, size);
    buf[size] = '\0';
    KrObject *code = kr_compile_string(buf, (ssize_t)size, filename, KR_PARSE_FILE, 0);
    free(buf);
    if (!code) {
        kr_err_clear();
        return 0;
    }
    KrObject *g = kr_dict_new();
    KrObject *name = kr_str_from_cstr("__fuzz__");
    if (!g || !name || kr_dict_set_cstr(g, "__name__", name) < 0 ||
        kr_dict_set_cstr(g, "__builtins__", kr_interp()->builtins_module) < 0)
        abort();
    kr_decref(name);
    fz_arm(300);
    KrObject *r = kr_eval_code(code, g, g);
    if (r)
        kr_decref(r);
    else
        kr_err_clear();
    /* clearing globals runs __del__ methods: keep the budget armed */
    kr_dict_clear(g);
    kr_err_clear();
    fz_disarm();
    kr_err_clear();
    kr_decref(g);
    kr_decref(code);
    if (++count % 64 == 0) {
        kr_gc_collect(2);
        kr_err_clear();
    }
    return 0;
}
