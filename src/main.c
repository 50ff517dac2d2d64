/* main.c: the command line.
 *
 *   krait [options] FILE [ARGS]   run a script
 *   krait [options] -c CODE [ARGS]
 *   krait [options] -m MODULE [ARGS]
 *   krait [options] - [ARGS]      read the program from stdin
 *   krait                         a REPL when stdin is a terminal
 *
 * Options follow CPython's: -B -S -s -E -I -u -q -O -OO -X opt -V -h.
 * Exit codes follow CPython's: 0, 1 for an uncaught exception, 2 for usage
 * errors and unreadable files, SystemExit's code otherwise.
 */
#include <signal.h>
#include <unistd.h>
#include "kr.h"

#define KRAIT_VERSION "0.1.0"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            "Options:\n"
            "-B     : don't write .pyc files on import\n"
            "-c cmd : program passed in as string (terminates option list)\n"
            "-E     : ignore KRAIT* environment variables\n"
            "-h     : print this help message and exit\n"
            "-I     : isolate from the environment (implies -E and -s)\n"
            "-m mod : run library module as a script (terminates option list)\n"
            "-O     : remove assert and __debug__-dependent statements\n"
            "-OO    : do -O changes and also discard docstrings\n"
            "-q     : don't print version and copyright messages on interactive startup\n"
            "-s, -S : accepted for compatibility (there is no site module)\n"
            "-u     : unbuffered binary stdout and stderr\n"
            "-V     : print the version number and exit\n"
            "-X opt : showrefcount, gilstats, gcstress, dev\n"
            "file   : program read from script file\n"
            "-      : program read from stdin (default; interactive mode if a tty)\n"
            "arg ...: arguments passed to program in sys.argv[1:]\n"
            "Environment: KRAITPATH adds folders to the module search path;\n"
            "KRAIT_GC_STRESS=1 collects at every container allocation.\n");
}

int kr_repl(void);              /* repl.c */
void kr_run_atexit(void);       /* run.c */
char *kr_read_file(const char *path, ssize_t *len);
int kr_run_module_as_main(const char *name, int *exit_code);   /* import.c */
void kr_sys_flush_std(void);    /* sys.c */

static int set_argv(KrInterp *in, int argc, char **argv, int first, const char *argv0)
{
    KrObject *s = kr_str_from_cstr(argv0);
    if (!s || kr_list_append_steal(in->argv, s) < 0)
        return -1;
    for (int i = first; i < argc; i++) {
        KrObject *a = kr_str_from_cstr(argv[i]);
        if (!a || kr_list_append_steal(in->argv, a) < 0)
            return -1;
    }
    return 0;
}

/* sys.path: the script's folder (or '' for -c, -m and stdin), then KRAITPATH,
 * then the bundled lib/ folder next to the binary */
static int set_path(KrInterp *in, const char *script, const char *exe, bool ignore_env)
{
    char buf[4096];
    if (script) {
        const char *slash = strrchr(script, '/');
        if (slash) {
            size_t n = (size_t)(slash - script);
            if (n == 0) n = 1;
            if (n >= sizeof buf) n = sizeof buf - 1;
            memcpy(buf, script, n);
            buf[n] = '\0';
            char real[4096];
            const char *dir = realpath(buf, real) ? real : buf;
            KrObject *d = kr_str_from_cstr(dir);
            if (!d || kr_list_append_steal(in->path, d) < 0)
                return -1;
        } else {
            char cwd[4096];
            KrObject *d = kr_str_from_cstr(getcwd(cwd, sizeof cwd) ? cwd : ".");
            if (!d || kr_list_append_steal(in->path, d) < 0)
                return -1;
        }
    } else {
        KrObject *d = kr_str_from_cstr("");
        if (!d || kr_list_append_steal(in->path, d) < 0)
            return -1;
    }
    const char *kp = ignore_env ? NULL : getenv("KRAITPATH");
    while (kp && *kp) {
        const char *colon = strchr(kp, ':');
        size_t n = colon ? (size_t)(colon - kp) : strlen(kp);
        if (n) {
            KrObject *d = kr_str_from_utf8(kp, (ssize_t)n);
            if (!d || kr_list_append_steal(in->path, d) < 0)
                return -1;
        }
        kp = colon ? colon + 1 : NULL;
    }
    /* lib/ beside the executable (the build tree) */
    char exepath[4096];
    ssize_t n = readlink("/proc/self/exe", exepath, sizeof exepath - 8);
    if (n <= 0 && exe)
        n = (ssize_t)strlen(strncpy(exepath, exe, sizeof exepath - 8));
    if (n > 0) {
        exepath[n] = '\0';
        char *slash = strrchr(exepath, '/');
        if (slash) {
            strcpy(slash + 1, "lib");
            KrObject *d = kr_str_from_cstr(exepath);
            if (!d || kr_list_append_steal(in->path, d) < 0)
                return -1;
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *command = NULL, *module = NULL, *script = NULL;
    bool ignore_env = false, quiet = false, unbuffered = false;
    int optimize = 0, dont_write = 0, showrefcount = 0, gilstats = 0;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == '\0')
            break;
        if (strcmp(a, "--") == 0) { i++; break; }
        if (strcmp(a, "--version") == 0) { printf("Krait " KRAIT_VERSION " (Python 3.12 compatible)\n"); return 0; }
        if (strcmp(a, "--help") == 0) { usage(stdout); return 0; }
        for (int j = 1; a[j]; j++) {
            switch (a[j]) {
            case 'c':
            case 'm': {
                const char *v = a[j + 1] ? a + j + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!v) {
                    fprintf(stderr, "Argument expected for the -%c option\n", a[j]);
                    usage(stderr);
                    return 2;
                }
                if (a[j] == 'c') command = v; else module = v;
                i++;
                goto options_done;
            }
            case 'X': {
                const char *v = a[j + 1] ? a + j + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!v) { fprintf(stderr, "Argument expected for the -X option\n"); return 2; }
                if (strcmp(v, "showrefcount") == 0) showrefcount = 1;
                else if (strcmp(v, "gilstats") == 0) gilstats = 1;
                else if (strcmp(v, "gcstress") == 0) setenv("KRAIT_GC_STRESS", "1", 1);
                goto next_arg;
            }
            case 'B': dont_write = 1; break;
            case 'O': optimize++; break;
            case 'E': ignore_env = true; break;
            case 'I': ignore_env = true; break;
            case 's': case 'S': case 'd': case 'b': case 'R': break;
            case 'q': quiet = true; break;
            case 'u': unbuffered = true; break;
            case 'V': printf("Krait " KRAIT_VERSION " (Python 3.12 compatible)\n"); return 0;
            case 'h': case '?': usage(stdout); return 0;
            default:
                fprintf(stderr, "Unknown option: -%c\n", a[j]);
                fprintf(stderr, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                                "Try `krait -h' for more information.\n", argv[0]);
                return 2;
            }
        }
    next_arg:;
    }
options_done:
    if (!command && !module && i < argc) {
        script = argv[i];
        i++;
    }
    (void)unbuffered;

    KrInterp *in = kr_interp_new();
    if (!in)
        return 1;
    kr_signal_init_main();
    in->optimize = optimize;
    in->dont_write_bytecode = dont_write || (!ignore_env && getenv("KRAITDONTWRITEBYTECODE"));
    in->showrefcount = showrefcount;
    in->gilstats = gilstats;
    const char *argv0 = command ? "-c" : module ? module : script ? script : "";
    bool from_stdin = !command && !module && (!script || strcmp(script, "-") == 0);
    if (set_argv(in, argc, argv, i, from_stdin && script ? "-" : argv0) < 0 ||
        set_path(in, (script && !from_stdin) ? script : NULL, argv[0], ignore_env) < 0) {
        kr_err_print();
        return 1;
    }

    int rc = 0;
    if (command) {
        kr_run_string(command, "<string>", &rc);
    } else if (module) {
        kr_run_module_as_main(module, &rc);
    } else if (!from_stdin) {
        kr_run_file(script, &rc);
    } else if (!script && isatty(0)) {
        (void)quiet;
        rc = kr_repl();
    } else {
        ssize_t len = 0;
        KrBuf b;
        kr_buf_init(&b);
        char chunk[65536];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
            kr_buf_put(&b, chunk, n);
        len = (ssize_t)b.len;
        if (!b.data) kr_buf_reserve(&b, 1), b.data[0] = 0;
        KrObject *fn = kr_str_from_cstr("<stdin>");
        KrObject *code = fn ? kr_compile_string(b.data, len, fn, KR_PARSE_FILE, -1) : NULL;
        kr_xdecref(fn);
        kr_buf_free(&b);
        if (code) {
            KrObject *m = kr_import_add_module("__main__");
            KrObject *d = m ? kr_module_dict(m) : NULL;
            if (d && !kr_dict_get_cstr(d, "__builtins__"))
                kr_dict_set_cstr(d, "__builtins__", in->builtins_module);
            KrObject *r = d ? kr_eval_code(code, d, d) : NULL;
            kr_decref(code);
            if (r) kr_decref(r);
        }
        if (kr_err_occurred()) {
            if (kr_err_matches(KR_OBJ(&KrExc_SystemExit_Type))) {
                kr_handle_system_exit(&rc);
            } else {
                kr_err_print();
                rc = 1;
            }
        }
    }
    /* threading's _shutdown waits for the non-daemon threads */
    KrObject *thr = kr_dict_get_cstr(in->modules, "threading");
    if (thr) {
        KrObject *r = kr_object_call_method_str(thr, "_shutdown", NULL, 0);
        if (!r)
            kr_err_print();
        kr_xdecref(r);
    }
    kr_run_atexit();
    kr_sys_flush_std();
    if (gilstats) {
        KrThreadState *ts = kr_tstate();
        fprintf(stderr, "[gil: main thread took the GIL after waiting %llu times, waited %.6f s]\n",
                (unsigned long long)ts->gil_switches, ts->gil_wait_seconds);
    }
    /* daemon threads may still run: never free the interpreter under them
     * (-X showrefcount then reports what is live now, not what leaked) */
    if (getenv("KRAIT_FAST_EXIT") || (in->threads && in->threads->next)) {
        if (showrefcount)
            fprintf(stderr, "[%zd refs, %zu blocks]\n", kr_reftotal(in), in->mem_blocks);
        _exit(rc == 130 + 256 ? 130 : rc);
    }
    kr_signal_fini();
    kr_interp_free(in);
    if (rc == 130 + 256) {
        /* an uncaught KeyboardInterrupt ends the process by SIGINT, as CPython does */
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
        rc = 130;
    }
    return rc;
}
