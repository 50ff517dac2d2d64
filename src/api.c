/* api.c: the embedding API of include/krait.h, a thin layer over the
 * interpreter lifecycle in vm/state.c and the runners in vm/run.c. */
#include "kr.h"
#include "krait.h"

void kr_run_atexit(void);
void kr_sys_flush_std(void);

KraitInterp *krait_new(int argc, char **argv)
{
    KrInterp *in = kr_interp_new();
    if (!in)
        return NULL;
    for (int i = 0; i < argc; i++) {
        KrObject *a = kr_str_from_cstr(argv[i]);
        if (!a || kr_list_append_steal(in->argv, a) < 0) {
            kr_err_print();
            break;
        }
    }
    if (argc == 0) {
        KrObject *a = kr_str_from_cstr("");
        if (a)
            kr_list_append_steal(in->argv, a);
    }
    KrObject *p = kr_str_from_cstr("");
    if (p)
        kr_list_append_steal(in->path, p);
    kr_err_clear();
    return in;
}

int krait_run_string(KraitInterp *k, const char *source, int *exit_code)
{
    int rc = 0;
    (void)k;   /* the calling thread is bound to k since krait_new */
    int r = kr_run_string(source, "<string>", &rc);
    if (exit_code)
        *exit_code = rc;
    return r;
}

int krait_run_file(KraitInterp *k, const char *path, int *exit_code)
{
    int rc = 0;
    int r = kr_run_file(path, &rc);
    if (exit_code)
        *exit_code = rc;
    (void)k;
    return r;
}

char *krait_eval_to_string(KraitInterp *k, const char *expression)
{
    (void)k;
    KrObject *fn = kr_str_from_cstr("<eval>");
    KrObject *code = fn ? kr_compile_string(expression, (ssize_t)strlen(expression), fn, KR_PARSE_EVAL, -1) : NULL;
    kr_xdecref(fn);
    if (!code) {
        kr_err_print();
        return NULL;
    }
    KrObject *m = kr_import_add_module("__main__");
    KrObject *d = m ? kr_module_dict(m) : NULL;
    if (d && !kr_dict_get_cstr(d, "__builtins__"))
        kr_dict_set_cstr(d, "__builtins__", kr_interp()->builtins_module);
    KrObject *r = d ? kr_eval_code(code, d, d) : NULL;
    kr_decref(code);
    KrObject *s = r ? kr_object_str(r) : NULL;
    kr_xdecref(r);
    const char *u = s ? kr_str_utf8(s) : NULL;
    char *out = u ? strdup(u) : NULL;
    kr_xdecref(s);
    if (!out)
        kr_err_print();
    return out;
}

void krait_free(KraitInterp *k)
{
    kr_run_atexit();
    kr_sys_flush_std();
    kr_interp_free(k);
}
