/* opcodemodule.c: the _opcode module: what lib/opcode.py and lib/dis.py
 * need from C: stack effects and the decoded exception table of a code
 * object (in byte offsets, 4 bytes per instruction). */
#include "kr.h"

static KrObject *op_stack_effect(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"opcode", "oparg", "$jump", NULL};
    KrObject *a[3] = {NULL, NULL, NULL};
    if (kr_arg_parse("stack_effect", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    long op = kr_int_as_long(a[0]);
    if (op == -1 && kr_err_occurred())
        return NULL;
    if (op < 0 || op >= KR_OP_COUNT)
        return kr_err_format(KrExc_ValueError, "invalid opcode or oparg");
    long arg = 0;
    bool hasarg = (kr_opcode_flags[op] & KR_OPF_ARG) != 0;
    if (a[1] && a[1] != Kr_None) {
        if (!hasarg)
            return kr_err_format(KrExc_ValueError, "stack_effect: opcode does not permit oparg but oparg was specified");
        arg = kr_int_as_long(a[1]);
        if (arg == -1 && kr_err_occurred())
            return NULL;
    } else if (hasarg) {
        return kr_err_format(KrExc_ValueError, "stack_effect: opcode requires oparg but oparg was not specified");
    }
    int jump = -1;
    if (a[2] && a[2] != Kr_None) {
        jump = kr_object_is_true(a[2]);
        if (jump < 0)
            return NULL;
    }
    return kr_int_from_long(kr_opcode_stack_effect((int)op, (int)arg, jump));
}

static KrObject *op_exception_table(KrObject *m, KrObject *code)
{
    if (!KR_CODE_CHECK(code))
        return kr_err_format(KrExc_TypeError, "expected a code object, not %T", code);
    KrCodeObject *co = (KrCodeObject *)code;
    KrObject *l = kr_list_new(0);
    for (int i = 0; l && i < co->co_nexctab; i++) {
        KrExcEntry *e = &co->co_exctab[i];
        KrObject *v[5] = {kr_int_from_long(e->start * 4L), kr_int_from_long(e->end * 4L),
                          kr_int_from_long(e->target * 4L), kr_int_from_long(e->depth),
                          kr_newref(kr_bool_from(e->push_lasti))};
        KrObject *t = (v[0] && v[1] && v[2] && v[3]) ? kr_tuple_from_array(v, 5) : NULL;
        for (int j = 0; j < 5; j++)
            kr_xdecref(v[j]);
        if (!t || kr_list_append_steal(l, t) < 0) {
            kr_decref(l);
            return NULL;
        }
    }
    return l;
}

static KrMethodDef opcode_methods[] = {
    {"stack_effect", KR_CFUNC(op_stack_effect), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"_exception_table", KR_CFUNC(op_exception_table), KR_METH_O, NULL},
    {NULL},
};

KrObject *kr_opcode_module_init(void)
{
    KrObject *m = kr_module_new_cstr("_opcode");
    if (!m || kr_module_add_functions(m, opcode_methods) < 0) {
        kr_xdecref(m);
        return NULL;
    }
    return m;
}
