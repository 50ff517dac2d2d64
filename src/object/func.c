/* func.c: Python function objects, bound methods and cells.
 *
 * A function pairs a code object with the globals it runs in, its default
 * values and its closure (a tuple of cells).  Calling one goes through
 * kr_function_vectorcall (vm/call.c); the eval loop short-circuits that for
 * Python-to-Python calls.  Attribute access on functions returns a bound
 * method (descriptor __get__); method calls from the loop avoid making one.
 */
#include "kr.h"

/* ---- functions ---------------------------------------------------------- */

KrObject *kr_function_new(KrObject *code, KrObject *globals, KrObject *qualname)
{
    if (!KR_CODE_CHECK(code) || !globals) {
        kr_err_set_string(KrExc_SystemError, "kr_function_new: bad arguments");
        return NULL;
    }
    KrCodeObject *co = (KrCodeObject *)code;
    KrFunctionObject *fn = (KrFunctionObject *)kr_object_alloc(&KrFunction_Type, 0);
    if (!fn)
        return NULL;
    fn->func_code = KR_NEWREF(code);
    fn->func_globals = KR_NEWREF(globals);
    KrObject *b = kr_eval_builtins_from_globals(globals);
    fn->func_builtins = b ? KR_NEWREF(b) : NULL;
    fn->func_name = KR_NEWREF(co->co_name);
    fn->func_qualname = KR_NEWREF(qualname ? qualname : (co->co_qualname ? co->co_qualname : co->co_name));
    /* the compiler makes co_consts[0] the docstring, or None when there is none */
    KrObject *doc = Kr_None;
    if (co->co_consts && KR_TUPLE_LEN(co->co_consts) > 0 &&
        KR_STR_CHECK(KR_TUPLE_GET(co->co_consts, 0)))
        doc = KR_TUPLE_GET(co->co_consts, 0);
    fn->func_doc = KR_NEWREF(doc);
    KrObject *mod = KR_DICT_CHECK(globals) ? kr_dict_get_str(globals, KR_ID(__name__)) : NULL;
    fn->func_module = mod ? KR_NEWREF(mod) : NULL;
    fn->vectorcall = kr_function_vectorcall;
    kr_gc_track((KrObject *)fn);
    return (KrObject *)fn;
}

static int func_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    KR_VISIT(f->func_code); KR_VISIT(f->func_globals); KR_VISIT(f->func_builtins);
    KR_VISIT(f->func_name); KR_VISIT(f->func_qualname); KR_VISIT(f->func_defaults);
    KR_VISIT(f->func_kwdefaults); KR_VISIT(f->func_closure); KR_VISIT(f->func_doc);
    KR_VISIT(f->func_dict); KR_VISIT(f->func_module); KR_VISIT(f->func_annotations);
    KR_VISIT(f->func_typeparams);
    return 0;
}

static int func_clear(KrObject *o)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    KR_CLEAR(f->func_globals); KR_CLEAR(f->func_builtins); KR_CLEAR(f->func_module);
    KR_CLEAR(f->func_defaults); KR_CLEAR(f->func_kwdefaults); KR_CLEAR(f->func_doc);
    KR_CLEAR(f->func_dict); KR_CLEAR(f->func_closure); KR_CLEAR(f->func_annotations);
    KR_CLEAR(f->func_typeparams);
    /* name, qualname and code stay: repr and tracebacks may still look at them */
    return 0;
}

static void func_dealloc(KrObject *o)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    kr_gc_untrack(o);
    func_clear(o);
    KR_CLEAR(f->func_code); KR_CLEAR(f->func_name); KR_CLEAR(f->func_qualname);
    kr_object_free(o);
}

static KrObject *func_repr(KrObject *o)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    return kr_str_from_format("<function %U at %p>", f->func_qualname, (void *)o);
}

static KrObject *func_descr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    if (obj == NULL || obj == Kr_None)
        return KR_NEWREF(self);
    return kr_method_new(self, obj);
}

static KrObject *func_get_code(KrObject *o, void *c) { return KR_NEWREF(((KrFunctionObject *)o)->func_code); }
static int func_set_code(KrObject *o, KrObject *v, void *c)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    if (!v || !KR_CODE_CHECK(v)) {
        kr_err_set_string(KrExc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    KrCodeObject *co = (KrCodeObject *)v;
    ssize_t nclosure = f->func_closure ? KR_TUPLE_LEN(f->func_closure) : 0;
    if (co->co_nfreevars != nclosure) {
        kr_err_format(KrExc_ValueError, "%U() requires a code object with %zd free vars, not %d",
                      f->func_name, nclosure, (int)co->co_nfreevars);
        return -1;
    }
    KR_SETREF(f->func_code, KR_NEWREF(v));
    f->func_version++;
    return 0;
}

static KrObject *func_get_defaults(KrObject *o, void *c)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    return KR_NEWREF(f->func_defaults ? f->func_defaults : Kr_None);
}
static int func_set_defaults(KrObject *o, KrObject *v, void *c)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    if (v == Kr_None)
        v = NULL;
    if (v && !KR_TUPLE_CHECK(v)) {
        kr_err_set_string(KrExc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    if (v && KR_TUPLE_LEN(v) == 0)
        v = NULL;
    KR_SETREF(f->func_defaults, KR_XNEWREF(v));
    f->func_version++;
    return 0;
}

static KrObject *func_get_kwdefaults(KrObject *o, void *c)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    return KR_NEWREF(f->func_kwdefaults ? f->func_kwdefaults : Kr_None);
}
static int func_set_kwdefaults(KrObject *o, KrObject *v, void *c)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    if (v == Kr_None)
        v = NULL;
    if (v && !KR_DICT_CHECK(v)) {
        kr_err_set_string(KrExc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    KR_SETREF(f->func_kwdefaults, KR_XNEWREF(v));
    f->func_version++;
    return 0;
}

static KrObject *func_get_name(KrObject *o, void *c) { return KR_NEWREF(((KrFunctionObject *)o)->func_name); }
static int func_set_name(KrObject *o, KrObject *v, void *c)
{
    if (!v || !KR_STR_CHECK(v)) {
        kr_err_set_string(KrExc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    KR_SETREF(((KrFunctionObject *)o)->func_name, KR_NEWREF(v));
    return 0;
}
static KrObject *func_get_qualname(KrObject *o, void *c) { return KR_NEWREF(((KrFunctionObject *)o)->func_qualname); }
static int func_set_qualname(KrObject *o, KrObject *v, void *c)
{
    if (!v || !KR_STR_CHECK(v)) {
        kr_err_set_string(KrExc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    KR_SETREF(((KrFunctionObject *)o)->func_qualname, KR_NEWREF(v));
    return 0;
}

static KrObject *func_get_doc(KrObject *o, void *c)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    return KR_NEWREF(f->func_doc ? f->func_doc : Kr_None);
}
static int func_set_doc(KrObject *o, KrObject *v, void *c)
{
    KR_SETREF(((KrFunctionObject *)o)->func_doc, KR_NEWREF(v ? v : Kr_None));
    return 0;
}
static KrObject *func_get_module(KrObject *o, void *c)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    return KR_NEWREF(f->func_module ? f->func_module : Kr_None);
}
static int func_set_module(KrObject *o, KrObject *v, void *c)
{
    KR_SETREF(((KrFunctionObject *)o)->func_module, KR_NEWREF(v ? v : Kr_None));
    return 0;
}

static KrObject *func_get_globals(KrObject *o, void *c) { return KR_NEWREF(((KrFunctionObject *)o)->func_globals); }
static KrObject *func_get_builtins(KrObject *o, void *c)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    return KR_NEWREF(f->func_builtins ? f->func_builtins : Kr_None);
}
static KrObject *func_get_closure(KrObject *o, void *c)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    return KR_NEWREF(f->func_closure ? f->func_closure : Kr_None);
}

static KrObject *func_get_dict(KrObject *o, void *c)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    if (!f->func_dict && !(f->func_dict = kr_dict_new()))
        return NULL;
    return KR_NEWREF(f->func_dict);
}
static int func_set_dict(KrObject *o, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(KrExc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!KR_DICT_CHECK(v)) {
        kr_err_format(KrExc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    KR_SETREF(((KrFunctionObject *)o)->func_dict, KR_NEWREF(v));
    return 0;
}

static KrObject *func_get_annotations(KrObject *o, void *c)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    if (!f->func_annotations) {
        if (!(f->func_annotations = kr_dict_new()))
            return NULL;
    } else if (KR_TUPLE_CHECK(f->func_annotations)) {
        /* MAKE_FUNCTION's flattened (name, value, ...) tuple becomes a dict on first use */
        KrObject *t = f->func_annotations, *d = kr_dict_new();
        if (!d)
            return NULL;
        for (ssize_t i = 0; i + 1 < KR_TUPLE_LEN(t); i += 2)
            if (kr_dict_set(d, KR_TUPLE_GET(t, i), KR_TUPLE_GET(t, i + 1)) < 0) {
                KR_DECREF(d);
                return NULL;
            }
        KR_SETREF(f->func_annotations, d);
    }
    return KR_NEWREF(f->func_annotations);
}
static int func_set_annotations(KrObject *o, KrObject *v, void *c)
{
    if (v == Kr_None)
        v = NULL;
    if (v && !KR_DICT_CHECK(v)) {
        kr_err_set_string(KrExc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    KR_SETREF(((KrFunctionObject *)o)->func_annotations, KR_XNEWREF(v));
    return 0;
}

static KrObject *func_get_typeparams(KrObject *o, void *c)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    if (f->func_typeparams)
        return KR_NEWREF(f->func_typeparams);
    return KR_NEWREF(kr_tuple_empty());
}
static int func_set_typeparams(KrObject *o, KrObject *v, void *c)
{
    if (!v || !KR_TUPLE_CHECK(v)) {
        kr_err_set_string(KrExc_TypeError, "__type_params__ must be set to a tuple");
        return -1;
    }
    KR_SETREF(((KrFunctionObject *)o)->func_typeparams, KR_NEWREF(v));
    return 0;
}

static KrGetSetDef func_getset[] = {
    {"__code__", func_get_code, func_set_code, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL, NULL},
    {"__doc__", func_get_doc, func_set_doc, NULL, NULL},
    {"__module__", func_get_module, func_set_module, NULL, NULL},
    {"__globals__", func_get_globals, NULL, NULL, NULL},
    {"__builtins__", func_get_builtins, NULL, NULL, NULL},
    {"__closure__", func_get_closure, NULL, NULL, NULL},
    {"__dict__", func_get_dict, func_set_dict, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {"__type_params__", func_get_typeparams, func_set_typeparams, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static KrObject *func_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"code", "globals", "name", "argdefs", "closure", "kwdefaults", NULL};
    KrObject *a[6] = {0};
    if (kr_arg_parse("function", args, nargs, kwnames, names, 2, a) < 0)
        return NULL;
    if (!KR_CODE_CHECK(a[0])) {
        kr_err_format(KrExc_TypeError, "function() argument 'code' must be code, not %T", a[0]);
        return NULL;
    }
    if (!KR_DICT_CHECK(a[1])) {
        kr_err_format(KrExc_TypeError, "function() argument 'globals' must be dict, not %T", a[1]);
        return NULL;
    }
    KrFunctionObject *f = (KrFunctionObject *)kr_function_new(a[0], a[1], NULL);
    if (!f)
        return NULL;
    if (a[2] && a[2] != Kr_None) {
        if (!KR_STR_CHECK(a[2])) {
            kr_err_set_string(KrExc_TypeError, "arg 3 (name) must be None or string");
            goto fail;
        }
        KR_SETREF(f->func_name, KR_NEWREF(a[2]));
    }
    if (a[3] && a[3] != Kr_None && func_set_defaults((KrObject *)f, a[3], NULL) < 0)
        goto fail;
    if (a[4] && a[4] != Kr_None) {
        if (!KR_TUPLE_CHECK(a[4])) {
            kr_err_set_string(KrExc_TypeError, "arg 5 (closure) must be None or tuple");
            goto fail;
        }
        f->func_closure = KR_NEWREF(a[4]);
    }
    if (a[5] && a[5] != Kr_None && func_set_kwdefaults((KrObject *)f, a[5], NULL) < 0)
        goto fail;
    return (KrObject *)f;
fail:
    KR_DECREF(f);
    return NULL;
}

KrTypeObject KrFunction_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "function",
    .tp_basicsize = sizeof(KrFunctionObject),
    .tp_dealloc = func_dealloc,
    .tp_repr = func_repr,
    .tp_call = kr_function_vectorcall,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_traverse = func_traverse,
    .tp_clear = func_clear,
    .tp_getset = func_getset,
    .tp_descr_get = func_descr_get,
    .tp_dictoffset = offsetof(KrFunctionObject, func_dict),
    .tp_new = func_new,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
};

/* ---- bound methods ------------------------------------------------------ */

static KrObject *method_vectorcall(KrObject *self, KrObject *const *args, ssize_t nargs,
                                   KrObject *kwnames)
{
    KrMethodObject *m = (KrMethodObject *)self;
    ssize_t nkw = kwnames ? KR_TUPLE_LEN(kwnames) : 0;
    ssize_t total = nargs + nkw + 1;
    KrObject *small[16];
    KrObject **buf = small;
    if (total > (ssize_t)KR_ARRAY_LEN(small)) {
        buf = kr_mem_alloc(sizeof(KrObject *) * (size_t)total);
        if (!buf)
            return kr_err_nomemory();
    }
    buf[0] = m->im_self;
    if (total > 1)
        memcpy(buf + 1, args, sizeof(KrObject *) * (size_t)(total - 1));
    KrObject *res = kr_object_vectorcall(m->im_func, buf, nargs + 1, kwnames);
    if (buf != small)
        kr_mem_free(buf);
    return res;
}

KrObject *kr_method_new(KrObject *func, KrObject *self)
{
    if (!self) {
        KR_BAD_INTERNAL_CALL();
        return NULL;
    }
    KrMethodObject *m = (KrMethodObject *)kr_object_alloc(&KrMethod_Type, 0);
    if (!m)
        return NULL;
    m->im_func = KR_NEWREF(func);
    m->im_self = KR_NEWREF(self);
    m->vectorcall = method_vectorcall;
    kr_gc_track((KrObject *)m);
    return (KrObject *)m;
}

static int method_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrMethodObject *m = (KrMethodObject *)o;
    KR_VISIT(m->im_func);
    KR_VISIT(m->im_self);
    return 0;
}

static int method_clear(KrObject *o)
{
    KrMethodObject *m = (KrMethodObject *)o;
    KR_CLEAR(m->im_func);
    KR_CLEAR(m->im_self);
    return 0;
}

static void method_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    method_clear(o);
    kr_object_free(o);
}

static KrObject *method_repr(KrObject *o)
{
    KrMethodObject *m = (KrMethodObject *)o;
    KrObject *name = NULL;
    if (kr_object_lookup_attr(m->im_func, KR_ID(__qualname__), &name) < 0)
        return NULL;
    if (!name && kr_object_lookup_attr(m->im_func, KR_ID(__name__), &name) < 0)
        return NULL;
    KrObject *res;
    if (name && KR_STR_CHECK(name))
        res = kr_str_from_format("<bound method %U of %R>", name, m->im_self);
    else
        res = kr_str_from_format("<bound method ? of %R>", m->im_self);
    KR_XDECREF(name);
    return res;
}

static KrObject *method_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !KR_METHOD_CHECK(a) || !KR_METHOD_CHECK(b))
        KR_RETURN_NOTIMPL;
    KrMethodObject *x = (KrMethodObject *)a, *y = (KrMethodObject *)b;
    int eq = x->im_self == y->im_self;
    if (eq) {
        eq = kr_object_richcompare_bool(x->im_func, y->im_func, KR_EQ);
        if (eq < 0)
            return NULL;
    }
    return KR_NEWREF(kr_bool_from(op == KR_EQ ? eq : !eq));
}

static kr_hash_t method_hash(KrObject *o)
{
    KrMethodObject *m = (KrMethodObject *)o;
    kr_hash_t y = kr_object_hash(m->im_func);
    if (y == -1)
        return -1;
    size_t p = (size_t)m->im_self;
    kr_hash_t x = (kr_hash_t)((p >> 4) | (p << (8 * sizeof(size_t) - 4)));
    x ^= y;
    return x == -1 ? -2 : x;
}

static KrObject *method_getattro(KrObject *o, KrObject *name)
{
    KrMethodObject *m = (KrMethodObject *)o;
    KrTypeObject *tp = KR_TYPE(o);
    KrObject *descr = kr_type_lookup(tp, name);
    if (descr) {
        kr_descrgetfunc get = KR_TYPE(descr)->tp_descr_get;
        if (get)
            return get(descr, o, (KrObject *)tp);
        return KR_NEWREF(descr);
    }
    return kr_object_getattr(m->im_func, name);
}

static KrObject *method_get_doc(KrObject *o, void *c)
{
    return kr_object_getattr(((KrMethodObject *)o)->im_func, KR_ID(__doc__));
}

static KrMemberDef method_members[] = {
    {"__func__", KR_T_OBJECT, offsetof(KrMethodObject, im_func), KR_READONLY, NULL},
    {"__self__", KR_T_OBJECT, offsetof(KrMethodObject, im_self), KR_READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

static KrGetSetDef method_getset[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static KrObject *method_descr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    return KR_NEWREF(self);
}

static KrObject *method_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_arg_no_kw("method", kwnames) < 0 || kr_arg_count("method", nargs, 2, 2) < 0)
        return NULL;
    if (!kr_callable_check(args[0])) {
        kr_err_set_string(KrExc_TypeError, "first argument must be callable");
        return NULL;
    }
    if (args[1] == Kr_None) {
        kr_err_set_string(KrExc_TypeError, "instance must not be None");
        return NULL;
    }
    return kr_method_new(args[0], args[1]);
}

static KrObject *method_reduce(KrObject *o, KrObject *unused)
{
    KrMethodObject *m = (KrMethodObject *)o;
    KrObject *name = kr_object_getattr(m->im_func, KR_ID(__name__));
    if (!name)
        return NULL;
    KrObject *getattr_fn = kr_dict_get_cstr(kr_interp()->builtins, "getattr");
    KrObject *inner = kr_tuple_pack(2, m->im_self, name), *res = NULL;
    KR_DECREF(name);
    if (!inner)
        return NULL;
    if (getattr_fn)
        res = kr_tuple_pack(2, getattr_fn, inner);
    else
        kr_err_set_string(KrExc_RuntimeError, "getattr not found");
    KR_DECREF(inner);
    return res;
}

static KrMethodDef method_methods[] = {
    {"__reduce__", KR_CFUNC(method_reduce), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

KrTypeObject KrMethod_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "method",
    .tp_basicsize = sizeof(KrMethodObject),
    .tp_dealloc = method_dealloc,
    .tp_repr = method_repr,
    .tp_hash = method_hash,
    .tp_call = method_vectorcall,
    .tp_getattro = method_getattro,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_traverse = method_traverse,
    .tp_clear = method_clear,
    .tp_richcompare = method_richcompare,
    .tp_methods = method_methods,
    .tp_members = method_members,
    .tp_getset = method_getset,
    .tp_descr_get = method_descr_get,
    .tp_new = method_new,
};

/* ---- cells -------------------------------------------------------------- */

KrObject *kr_cell_new(KrObject *v)
{
    KrCellObject *c = (KrCellObject *)kr_object_alloc(&KrCell_Type, 0);
    if (!c)
        return NULL;
    c->ob_ref = KR_XNEWREF(v);
    kr_gc_track((KrObject *)c);
    return (KrObject *)c;
}

static int cell_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrCellObject *)o)->ob_ref);
    return 0;
}

static int cell_clear(KrObject *o)
{
    KR_CLEAR(((KrCellObject *)o)->ob_ref);
    return 0;
}

static void cell_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    cell_clear(o);
    kr_object_free(o);
}

static KrObject *cell_repr(KrObject *o)
{
    KrCellObject *c = (KrCellObject *)o;
    if (!c->ob_ref)
        return kr_str_from_format("<cell at %p: empty>", (void *)o);
    return kr_str_from_format("<cell at %p: %s object at %p>", (void *)o,
                              KR_TYPE(c->ob_ref)->tp_name, (void *)c->ob_ref);
}

static KrObject *cell_richcompare(KrObject *a, KrObject *b, int op)
{
    if (KR_TYPE(a) != &KrCell_Type || KR_TYPE(b) != &KrCell_Type)
        KR_RETURN_NOTIMPL;
    KrObject *x = ((KrCellObject *)a)->ob_ref, *y = ((KrCellObject *)b)->ob_ref;
    if (x && y)
        return kr_object_richcompare(x, y, op);
    int c = (x != NULL) - (y != NULL);
    int r = 0;
    switch (op) {
    case KR_LT: r = c < 0; break;
    case KR_LE: r = c <= 0; break;
    case KR_EQ: r = c == 0; break;
    case KR_NE: r = c != 0; break;
    case KR_GT: r = c > 0; break;
    case KR_GE: r = c >= 0; break;
    }
    return KR_NEWREF(kr_bool_from(r));
}

static KrObject *cell_get_contents(KrObject *o, void *c)
{
    KrCellObject *cell = (KrCellObject *)o;
    if (!cell->ob_ref) {
        kr_err_set_string(KrExc_ValueError, "Cell is empty");
        return NULL;
    }
    return KR_NEWREF(cell->ob_ref);
}

static int cell_set_contents(KrObject *o, KrObject *v, void *c)
{
    KR_SETREF(((KrCellObject *)o)->ob_ref, KR_XNEWREF(v));
    return 0;
}

static KrGetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static KrObject *cell_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_arg_no_kw("cell", kwnames) < 0 || kr_arg_count("cell", nargs, 0, 1) < 0)
        return NULL;
    return kr_cell_new(nargs ? args[0] : NULL);
}

KrTypeObject KrCell_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "cell",
    .tp_basicsize = sizeof(KrCellObject),
    .tp_dealloc = cell_dealloc,
    .tp_repr = cell_repr,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_traverse = cell_traverse,
    .tp_clear = cell_clear,
    .tp_richcompare = cell_richcompare,
    .tp_getset = cell_getset,
    .tp_new = cell_new,
};
