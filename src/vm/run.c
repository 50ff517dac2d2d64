/* run.c: running whole programs: a file or a string as __main__, the
 * SystemExit protocol, and atexit callbacks.  The command line (main.c)
 * and the embedding API (include/krait.h) both come through here. */
#include <errno.h>
#include <unistd.h>
#include "kr.h"

/* read a whole file; NULL with OSError set */
char *kr_read_file(const char *path, ssize_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        KrObject *fn = kr_str_from_cstr(path);
        kr_err_set_from_errno_filename(KrExc_OSError, fn);
        kr_xdecref(fn);
        return NULL;
    }
    KrBuf b;
    kr_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (!kr_buf_put(&b, chunk, n))
            break;
    fclose(f);
    if (b.failed) {
        kr_buf_free(&b);
        kr_err_nomemory();
        return NULL;
    }
    if (!b.data)
        kr_buf_reserve(&b, 1), b.data[0] = '\0';
    *len = (ssize_t)b.len;
    return b.data;
}

int kr_handle_system_exit(int *exit_code)
{
    KrObject *exc = kr_err_fetch();
    KrObject *code = NULL;
    if (exc && KR_TYPE_CHECK(exc, &KrExc_SystemExit_Type))
        code = ((KrSystemExitObject *)exc)->code;
    int rc = 0;
    if (!code || code == Kr_None) {
        rc = 0;
    } else if (KR_INT_CHECK(code)) {
        long v = kr_int_as_long(code);
        if (v == -1 && kr_err_occurred()) {
            kr_err_clear();
            v = -1;
        }
        rc = (int)(v & 0xff);
    } else {
        /* like CPython: print str(code) to stderr, exit status 1 */
        KrObject *s = kr_object_str(code);
        if (s) {
            KrObject *nl = kr_str_from_cstr("\n");
            KrObject *line = nl ? kr_str_concat(s, nl) : NULL;
            if (line)
                kr_sys_write_stderr(line);
            kr_xdecref(line);
            kr_xdecref(nl);
            kr_decref(s);
        }
        kr_err_clear();
        rc = 1;
    }
    kr_xdecref(exc);
    *exit_code = rc;
    return 0;
}

/* an uncaught exception ends the program: SystemExit gives the status,
 * anything else is printed through sys.excepthook and gives 1 */
static int finish_with_exception(int *exit_code)
{
    KrObject *exc = kr_err_occurred();
    if (exc && KR_TYPE_CHECK(exc, &KrExc_SystemExit_Type))
        return kr_handle_system_exit(exit_code);
    exc = kr_err_fetch();
    bool interrupted = exc && KR_TYPE_CHECK(exc, &KrExc_KeyboardInterrupt_Type);
    KrObject *hook = kr_sys_get("excepthook");
    if (hook && exc) {
        KrObject *tb = kr_exc_get_traceback(exc);
        KrObject *args[3] = {KR_OBJ(KR_TYPE(exc)), exc, tb ? tb : Kr_None};
        KrObject *r = kr_object_vectorcall(hook, args, 3, NULL);
        kr_xdecref(tb);
        if (r) {
            kr_decref(r);
        } else {
            kr_err_clear();
            kr_err_print_exception(exc);
        }
    } else if (exc) {
        kr_err_print_exception(exc);
    }
    kr_xdecref(exc);
    *exit_code = interrupted ? 130 + 256 : 1;   /* main.c turns 130+256 into death by SIGINT */
    return -1;
}

static KrObject *main_dict(const char *filename)
{
    KrObject *m = kr_import_add_module("__main__");
    if (!m)
        return NULL;
    KrInterp *in = kr_interp();
    if (!in->main_module)
        in->main_module = kr_newref(m);
    KrObject *d = kr_module_dict(m);
    if (!kr_dict_get_cstr(d, "__builtins__") &&
        kr_dict_set_cstr(d, "__builtins__", in->builtins_module) < 0)
        return NULL;
    if (filename) {
        KrObject *fn = kr_str_from_cstr(filename);
        if (!fn || kr_dict_set_cstr(d, "__file__", fn) < 0) {
            kr_xdecref(fn);
            return NULL;
        }
        kr_decref(fn);
    }
    return d;
}

static int run_source(const char *src, ssize_t len, const char *filename, const char *file_attr,
                      int *exit_code)
{
    *exit_code = 0;
    KrObject *d = main_dict(file_attr);
    if (!d)
        return finish_with_exception(exit_code);
    KrObject *fn = kr_str_from_cstr(filename);
    if (!fn)
        return finish_with_exception(exit_code);
    KrObject *code = kr_compile_string(src, len, fn, KR_PARSE_FILE, -1);
    kr_decref(fn);
    if (!code)
        return finish_with_exception(exit_code);
    KrObject *r = kr_eval_code(code, d, d);
    kr_decref(code);
    if (!r)
        return finish_with_exception(exit_code);
    kr_decref(r);
    return 0;
}

/* like CPython, a script runs under its absolute path (tracebacks and
 * __file__ show it), normalised only by dropping "./" prefixes */
static void absolute_path(const char *path, char *out, size_t n)
{
    while (path[0] == '.' && path[1] == '/')
        path += 2;
    if (path[0] == '/' || !getcwd(out, n - strlen(path) - 2)) {
        snprintf(out, n, "%s", path);
        return;
    }
    size_t l = strlen(out);
    snprintf(out + l, n - l, "/%s", path);
}

int kr_run_file(const char *path, int *exit_code)
{
    char abspath_buf[4096];
    absolute_path(path, abspath_buf, sizeof abspath_buf);
    ssize_t len;
    char *src = kr_read_file(path, &len);
    if (!src) {
        /* CPython: "python3: can't open file '/abs/x.py': [Errno 2] No such file or directory" */
        KrObject *exc = kr_err_fetch();
        char abspath[4096];
        const char *shown = path;
        if (path[0] != '/' && getcwd(abspath, sizeof abspath - strlen(path) - 2)) {
            strcat(abspath, "/");
            strcat(abspath, path);
            shown = abspath;
        }
        int e = errno;
        fprintf(stderr, "krait: can't open file '%s': [Errno %d] %s\n", shown, e ? e : 2,
                strerror(e ? e : 2));
        kr_xdecref(exc);
        *exit_code = 2;
        return -1;
    }
    int r = run_source(src, len, abspath_buf, abspath_buf, exit_code);
    kr_mem_free(src);
    return r;
}

int kr_run_string(const char *src, const char *filename, int *exit_code)
{
    return run_source(src, (ssize_t)strlen(src), filename, NULL, exit_code);
}

/* atexit callbacks, last registered first, as CPython's atexit module */
void kr_run_atexit(void)
{
    KrInterp *in = kr_interp();
    if (!in->atexit_callbacks)
        return;
    while (KR_LIST_LEN(in->atexit_callbacks) > 0) {
        ssize_t n = KR_LIST_LEN(in->atexit_callbacks);
        /* pop the last entry (func, args, kwargs), taking the list's reference */
        KrObject *entry = KR_LIST_GET(in->atexit_callbacks, n - 1);
        KR_SIZE(in->atexit_callbacks) = n - 1;
        if (KR_TUPLE_CHECK(entry) && KR_TUPLE_LEN(entry) == 3) {
            KrObject *r = kr_object_call(KR_TUPLE_GET(entry, 0), KR_TUPLE_GET(entry, 1),
                                         KR_TUPLE_GET(entry, 2) == Kr_None ? NULL : KR_TUPLE_GET(entry, 2));
            if (!r) {
                if (kr_err_matches(KR_OBJ(&KrExc_SystemExit_Type)))
                    kr_err_clear();
                else
                    kr_err_write_unraisable(KR_TUPLE_GET(entry, 0), "Exception ignored in atexit callback");
            }
            kr_xdecref(r);
        }
        kr_decref(entry);
    }
}
