/* repl.c: the interactive prompt, used when stdin is a terminal.  Each
 * complete statement is compiled in 'single' mode, so expression values
 * are printed through sys.displayhook as in CPython's REPL.  A statement is
 * complete when it compiles; compound statements (a first line ending in
 * ':' or a decorator) continue until a blank line. */
#include "kr.h"

static bool incomplete_error(void)
{
    KrObject *exc = kr_err_occurred();
    if (!exc || !KR_TYPE_CHECK(exc, &KrExc_SyntaxError_Type))
        return false;
    KrObject *msg = ((KrSyntaxErrorObject *)exc)->msg;
    const char *m = msg && KR_STR_CHECK(msg) ? kr_str_utf8(msg) : "";
    return m && (strstr(m, "was never closed") || strstr(m, "unexpected EOF") ||
                 strstr(m, "unterminated triple-quoted") || strstr(m, "expected an indented block"));
}

static bool opens_block(const char *line)
{
    const char *p = line;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p == '@')
        return true;
    const char *end = p + strlen(p);
    while (end > p && (end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        end--;
    return end > p && end[-1] == ':';
}

int kr_repl(void)
{
    fprintf(stderr, "Krait 0.1.0 (Python 3.12 compatible)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
    KrObject *m = kr_import_add_module("__main__");
    if (!m)
        return 1;
    KrObject *d = kr_module_dict(m);
    if (!kr_dict_get_cstr(d, "__builtins__"))
        kr_dict_set_cstr(d, "__builtins__", kr_interp()->builtins_module);
    KrObject *fn = kr_str_from_cstr("<stdin>");
    KrBuf src;
    kr_buf_init(&src);
    bool block = false;
    char line[8192];
    for (;;) {
        fputs(src.len ? "... " : ">>> ", stdout);
        fflush(stdout);
        KrObject *out = kr_sys_get("stdout");
        if (out) {
            KrObject *r = kr_object_call_method(out, KR_ID(flush), NULL, 0);
            if (!r) kr_err_clear();
            kr_xdecref(r);
        }
        if (!fgets(line, sizeof line, stdin)) {
            fputc('\n', stdout);
            break;
        }
        bool blank = line[strspn(line, " \t\r\n")] == '\0';
        if (src.len == 0) {
            if (blank)
                continue;
            block = opens_block(line);
        }
        kr_buf_puts(&src, line);
        if (block && !blank)
            continue;
        KrObject *code = kr_compile_string(src.data, (ssize_t)src.len, fn, KR_PARSE_SINGLE, -1);
        if (!code && incomplete_error() && !blank) {
            kr_err_clear();
            continue;
        }
        src.len = 0;
        block = false;
        if (code) {
            KrObject *r = kr_eval_code(code, d, d);
            kr_decref(code);
            kr_xdecref(r);
        }
        if (kr_err_occurred()) {
            if (kr_err_matches(KR_OBJ(&KrExc_SystemExit_Type))) {
                int rc;
                kr_handle_system_exit(&rc);
                kr_buf_free(&src);
                kr_xdecref(fn);
                return rc;
            }
            kr_err_print();
        }
    }
    kr_buf_free(&src);
    kr_xdecref(fn);
    return 0;
}
