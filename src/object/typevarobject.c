/* typevarobject.c: the run-time objects of PEP 695, in C as CPython 3.12
 * has them (its _typing module): typing.TypeVar, ParamSpec with its .args
 * and .kwargs, TypeVarTuple, and TypeAliasType.
 *
 * Built by the constructors (TypeVar('T', bound=int)) and by the
 * compiler's intrinsics for the new syntax (vm/intrinsics.c).  A type
 * parameter of the new syntax holds the function that computes its bound
 * or constraints, and an alias the function that computes its value; they
 * are called on first access and the result is kept, so forward
 * references work.  Those functions can close over the parameter itself
 * (`T: list[T]`), hence the cycles and the GC support.
 *
 * Whatever typing.py implements (Union, Unpack, Generic, _type_check) is
 * called through an import of typing, as CPython does, so the objects
 * work with the typing module's aliases.
 */
#include "kr.h"
#include "object/typevar.h"
#include "object/weakref.h"

/* ---- calls into typing.py ------------------------------------------------------ */

static KrObject *typing_attr(const char *name)
{
    KrObject *m = kr_import_module("typing");
    if (!m)
        return NULL;
    KrObject *a = kr_object_getattr_str(m, name);
    KR_DECREF(m);
    return a;
}

static KrObject *call_typing(const char *name, KrObject *const *args, ssize_t nargs)
{
    KrObject *f = typing_attr(name);
    if (!f)
        return NULL;
    KrObject *r = kr_object_vectorcall(f, args, nargs, NULL);
    KR_DECREF(f);
    return r;
}

static KrObject *type_check(KrObject *arg, const char *msg)
{
    /* typing's own TypeVars are made while typing is being imported:
     * None needs no call */
    if (arg == Kr_None)
        return KR_NEWREF(KR_OBJ(&KrNone_Type));
    KrObject *m = kr_str_from_cstr(msg);
    if (!m)
        return NULL;
    KrObject *args[2] = { arg, m };
    KrObject *r = call_typing("_type_check", args, 2);
    KR_DECREF(m);
    return r;
}

/* typing.Union[a, b] (what `T | int` means) */
static KrObject *make_union(KrObject *a, KrObject *b)
{
    KrObject *u = typing_attr("Union");
    if (!u)
        return NULL;
    KrObject *key = kr_tuple_pack(2, a, b);
    KrObject *r = key ? kr_object_getitem(u, key) : NULL;
    KR_XDECREF(key);
    KR_DECREF(u);
    return r;
}

/* typing.Unpack[o] */
static KrObject *unpack(KrObject *o)
{
    KrObject *u = typing_attr("Unpack");
    if (!u)
        return NULL;
    KrObject *r = kr_object_getitem(u, o);
    KR_DECREF(u);
    return r;
}

/* __module__ of a constructed parameter: the module of the running Python
 * function, as CPython's caller() takes it */
static KrObject *caller_module(void)
{
    KrFrame *f = kr_eval_current_frame();
    KrObject *m = NULL;
    if (f && f->func && KR_TYPE(f->func) == &KrFunction_Type)
        m = ((KrFunctionObject *)f->func)->func_module;
    if (!m && f && f->globals && KR_DICT_CHECK(f->globals))
        m = kr_dict_get_str(f->globals, KR_ID(__name__));
    return KR_NEWREF(m ? m : Kr_None);
}

static int check_name(const char *fname, KrObject *name)
{
    if (KR_STR_CHECK(name))
        return 0;
    kr_err_format(KrExc_TypeError, "%s() argument 'name' must be str, not %s", fname, KR_TYPE(name)->tp_name);
    return -1;
}

static int check_variance(int covariant, int contravariant, int infer_variance)
{
    if (covariant && contravariant) {
        kr_err_set_string(KrExc_ValueError, "Bivariant types are not supported.");
        return -1;
    }
    if (infer_variance && (covariant || contravariant)) {
        kr_err_set_string(KrExc_ValueError, "Variance cannot be specified with infer_variance.");
        return -1;
    }
    return 0;
}

/* truth values of optional keyword flags; -1 on error */
static int flag(KrObject *o)
{
    return o ? kr_object_is_true(o) : 0;
}

/* the variance prefix of a TypeVar or ParamSpec repr */
static KrObject *variance_repr(KrObject *name, int co, int contra, int infer)
{
    if (infer)
        return KR_NEWREF(name);
    return kr_str_from_format("%c%U", co ? '+' : contra ? '-' : '~', name);
}

static KrObject *mro_entries_error(const char *what)
{
    return kr_err_format(KrExc_TypeError, "Cannot subclass an instance of %s", what);
}

/* ---- TypeVar ---------------------------------------------------------------------- */

typedef struct {
    KrObject_HEAD
    KrObject *name;
    KrObject *bound;                /* evaluated or given; NULL: none yet */
    KrObject *evaluate_bound;       /* the new syntax: computes the bound */
    KrObject *constraints;          /* tuple; NULL: none yet */
    KrObject *evaluate_constraints;
    KrObject *module;               /* NULL: the class's, 'typing' */
    KrObject *dict;                 /* attributes set by users */
    KrObject *weakreflist;
    char covariant, contravariant, infer_variance;
} TypeVarObject;

static TypeVarObject *typevar_alloc(KrObject *name, KrObject *bound, KrObject *evaluate_bound,
                                    KrObject *constraints, KrObject *evaluate_constraints,
                                    int co, int contra, int infer, KrObject *module)
{
    TypeVarObject *tv = (TypeVarObject *)kr_object_alloc(&KrTypeVar_Type, 0);
    if (!tv)
        return NULL;
    tv->name = KR_NEWREF(name);
    tv->bound = KR_XNEWREF(bound);
    tv->evaluate_bound = KR_XNEWREF(evaluate_bound);
    tv->constraints = KR_XNEWREF(constraints);
    tv->evaluate_constraints = KR_XNEWREF(evaluate_constraints);
    tv->module = KR_XNEWREF(module);
    tv->covariant = (char)co;
    tv->contravariant = (char)contra;
    tv->infer_variance = (char)infer;
    kr_gc_track(KR_OBJ(tv));
    return tv;
}

KrObject *kr_typevar_make(KrObject *name, KrObject *evaluate, int is_constraints)
{
    return KR_OBJ(typevar_alloc(name, NULL, is_constraints ? NULL : evaluate, NULL,
                                is_constraints ? evaluate : NULL, 0, 0, 1, NULL));
}

static KrObject *typevar_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const kwlist[] = { "name", "bound", "covariant", "contravariant", "infer_variance" };
    KrObject *kw[5] = { 0 };
    ssize_t nkw = kwnames ? KR_TUPLE_LEN(kwnames) : 0;
    if (nargs > 0)
        kw[0] = args[0];
    for (ssize_t k = 0; k < nkw; k++) {
        KrObject *kn = KR_TUPLE_GET(kwnames, k);
        int j = -1;
        for (int i = 0; i < 5; i++)
            if (kr_str_eq_cstr(kn, kwlist[i]))
                j = i;
        if (j < 0)
            return kr_err_format(KrExc_TypeError, "'%S' is an invalid keyword argument for typevar()", kn);
        if (kw[j])
            return kr_err_format(KrExc_TypeError, "argument for typevar() given by name ('name') and position (1)");
        kw[j] = args[nargs + k];
    }
    if (!kw[0])
        return kr_err_format(KrExc_TypeError, "typevar() missing required argument 'name' (pos 1)");
    if (check_name("typevar", kw[0]) < 0)
        return NULL;
    int co = flag(kw[2]), contra = co < 0 ? -1 : flag(kw[3]), infer = contra < 0 ? -1 : flag(kw[4]);
    if (infer < 0 || check_variance(co, contra, infer) < 0)
        return NULL;
    KrObject *bound = kw[1] == Kr_None ? NULL : kw[1];
    if (bound && !(bound = type_check(bound, "Bound must be a type.")))
        return NULL;
    ssize_t nc = nargs > 0 ? nargs - 1 : 0;
    KrObject *constraints = NULL;
    if (nc == 1) {
        KR_XDECREF(bound);
        return kr_err_format(KrExc_TypeError, "A single constraint is not allowed");
    }
    if (nc > 1) {
        if (bound) {
            KR_DECREF(bound);
            return kr_err_format(KrExc_TypeError, "Constraints cannot be combined with bound=...");
        }
        if (!(constraints = kr_tuple_from_array(args + 1, nc)))
            return NULL;
    }
    KrObject *module = caller_module();
    TypeVarObject *tv = module ? typevar_alloc(kw[0], bound, NULL, constraints, NULL, co, contra, infer, module) : NULL;
    KR_XDECREF(module);
    KR_XDECREF(bound);
    KR_XDECREF(constraints);
    return KR_OBJ(tv);
}

static int typevar_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    TypeVarObject *tv = (TypeVarObject *)o;
    KR_VISIT(tv->name);
    KR_VISIT(tv->bound);
    KR_VISIT(tv->evaluate_bound);
    KR_VISIT(tv->constraints);
    KR_VISIT(tv->evaluate_constraints);
    KR_VISIT(tv->module);
    KR_VISIT(tv->dict);
    return 0;
}

static int typevar_clear(KrObject *o)
{
    TypeVarObject *tv = (TypeVarObject *)o;
    KR_CLEAR(tv->bound);
    KR_CLEAR(tv->evaluate_bound);
    KR_CLEAR(tv->constraints);
    KR_CLEAR(tv->evaluate_constraints);
    KR_CLEAR(tv->module);
    KR_CLEAR(tv->dict);
    return 0;
}

static void typevar_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    if (((TypeVarObject *)o)->weakreflist)
        kr_weakref_clear_refs(o);
    typevar_clear(o);
    KR_CLEAR(((TypeVarObject *)o)->name);
    kr_object_free(o);
}

static KrObject *typevar_repr(KrObject *o)
{
    TypeVarObject *tv = (TypeVarObject *)o;
    return variance_repr(tv->name, tv->covariant, tv->contravariant, tv->infer_variance);
}

static KrObject *typevar_get_bound(KrObject *o, void *c)
{
    TypeVarObject *tv = (TypeVarObject *)o;
    if (tv->bound)
        return KR_NEWREF(tv->bound);
    if (!tv->evaluate_bound)
        KR_RETURN_NONE;
    KrObject *b = kr_object_call_noargs(tv->evaluate_bound);
    if (b && !tv->bound)
        tv->bound = KR_NEWREF(b);
    return b;
}

static KrObject *typevar_get_constraints(KrObject *o, void *c)
{
    TypeVarObject *tv = (TypeVarObject *)o;
    if (tv->constraints)
        return KR_NEWREF(tv->constraints);
    if (!tv->evaluate_constraints)
        return KR_NEWREF(kr_tuple_empty());
    KrObject *r = kr_object_call_noargs(tv->evaluate_constraints);
    if (r && !tv->constraints)
        tv->constraints = KR_NEWREF(r);
    return r;
}

static KrObject *get_module(KrObject *module)
{
    return module ? KR_NEWREF(module) : kr_str_from_cstr("typing");
}

static int set_module(KrObject **slot, KrObject *v)
{
    KR_SETREF(*slot, KR_XNEWREF(v));
    return 0;
}

static KrObject *typevar_get_module(KrObject *o, void *c) { return get_module(((TypeVarObject *)o)->module); }
static int typevar_set_module(KrObject *o, KrObject *v, void *c) { return set_module(&((TypeVarObject *)o)->module, v); }

static KrObject *typevar_typing_subst(KrObject *o, KrObject *arg)
{
    return type_check(arg, "Parameters to generic types must be types.");
}

static KrObject *typevar_reduce(KrObject *o, KrObject *u) { return KR_NEWREF(((TypeVarObject *)o)->name); }
static KrObject *typevar_mro_entries(KrObject *o, KrObject *bases) { return mro_entries_error("TypeVar"); }

static KrMethodDef typevar_methods[] = {
    { "__typing_subst__", KR_CFUNC(typevar_typing_subst), KR_METH_O, NULL },
    { "__reduce__", KR_CFUNC(typevar_reduce), KR_METH_NOARGS, NULL },
    { "__mro_entries__", KR_CFUNC(typevar_mro_entries), KR_METH_O, NULL },
    { NULL }
};

static KrMemberDef typevar_members[] = {
    { "__name__", KR_T_OBJECT, offsetof(TypeVarObject, name), KR_READONLY, NULL },
    { "__covariant__", KR_T_BOOL, offsetof(TypeVarObject, covariant), KR_READONLY, NULL },
    { "__contravariant__", KR_T_BOOL, offsetof(TypeVarObject, contravariant), KR_READONLY, NULL },
    { "__infer_variance__", KR_T_BOOL, offsetof(TypeVarObject, infer_variance), KR_READONLY, NULL },
    { NULL }
};

static KrGetSetDef typevar_getset[] = {
    { "__bound__", typevar_get_bound, NULL, NULL },
    { "__constraints__", typevar_get_constraints, NULL, NULL },
    { "__module__", typevar_get_module, typevar_set_module, NULL },
    { NULL }
};

static KrNumberMethods typevar_as_number = { .nb_or = make_union };

KrTypeObject KrTypeVar_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "typing.TypeVar",
    .tp_basicsize = sizeof(TypeVarObject),
    .tp_dealloc = typevar_dealloc,
    .tp_repr = typevar_repr,
    .tp_as_number = &typevar_as_number,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Type variable.\n\nThe preferred way to construct a type variable is via the dedicated\n"
              "syntax for generic functions, classes, and type aliases::\n\n    class Sequence[T]:  # T is a TypeVar\n"
              "        ...\n",
    .tp_traverse = typevar_traverse,
    .tp_clear = typevar_clear,
    .tp_methods = typevar_methods,
    .tp_members = typevar_members,
    .tp_getset = typevar_getset,
    .tp_new = typevar_new,
    .tp_dictoffset = offsetof(TypeVarObject, dict),
    .tp_weaklistoffset = offsetof(TypeVarObject, weakreflist),
};

/* ---- ParamSpec and its .args / .kwargs ------------------------------------------------ */

typedef struct {
    KrObject_HEAD
    KrObject *name;
    KrObject *bound;
    KrObject *module;
    KrObject *dict;
    KrObject *weakreflist;
    char covariant, contravariant, infer_variance;
} ParamSpecObject;

typedef struct {
    KrObject_HEAD
    KrObject *origin;
} ParamSpecAttrObject;

static KrObject *paramspec_alloc(KrObject *name, KrObject *bound, int co, int contra, int infer, KrObject *module)
{
    ParamSpecObject *ps = (ParamSpecObject *)kr_object_alloc(&KrParamSpec_Type, 0);
    if (!ps)
        return NULL;
    ps->name = KR_NEWREF(name);
    ps->bound = KR_XNEWREF(bound);
    ps->module = KR_XNEWREF(module);
    ps->covariant = (char)co;
    ps->contravariant = (char)contra;
    ps->infer_variance = (char)infer;
    kr_gc_track(KR_OBJ(ps));
    return KR_OBJ(ps);
}

KrObject *kr_paramspec_make(KrObject *name) { return paramspec_alloc(name, NULL, 0, 0, 1, NULL); }

static KrObject *paramspec_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "name", "$bound", "covariant", "contravariant", "infer_variance", NULL };
    KrObject *a[5];
    if (kr_arg_parse("paramspec", args, nargs, kwnames, names, 1, a) < 0 || check_name("paramspec", a[0]) < 0)
        return NULL;
    int co = flag(a[2]), contra = co < 0 ? -1 : flag(a[3]), infer = contra < 0 ? -1 : flag(a[4]);
    if (infer < 0 || check_variance(co, contra, infer) < 0)
        return NULL;
    KrObject *bound = a[1] == Kr_None ? NULL : a[1];
    if (bound && !(bound = type_check(bound, "Bound must be a type.")))
        return NULL;
    KrObject *module = caller_module();
    KrObject *r = module ? paramspec_alloc(a[0], bound, co, contra, infer, module) : NULL;
    KR_XDECREF(module);
    KR_XDECREF(bound);
    return r;
}

static int paramspec_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    ParamSpecObject *ps = (ParamSpecObject *)o;
    KR_VISIT(ps->name);
    KR_VISIT(ps->bound);
    KR_VISIT(ps->module);
    KR_VISIT(ps->dict);
    return 0;
}

static int paramspec_clear(KrObject *o)
{
    ParamSpecObject *ps = (ParamSpecObject *)o;
    KR_CLEAR(ps->bound);
    KR_CLEAR(ps->module);
    KR_CLEAR(ps->dict);
    return 0;
}

static void paramspec_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    if (((ParamSpecObject *)o)->weakreflist)
        kr_weakref_clear_refs(o);
    paramspec_clear(o);
    KR_CLEAR(((ParamSpecObject *)o)->name);
    kr_object_free(o);
}

static KrObject *paramspec_repr(KrObject *o)
{
    ParamSpecObject *ps = (ParamSpecObject *)o;
    return variance_repr(ps->name, ps->covariant, ps->contravariant, ps->infer_variance);
}

static KrObject *paramspecattr_new_of(KrTypeObject *t, KrObject *origin)
{
    ParamSpecAttrObject *a = (ParamSpecAttrObject *)kr_object_alloc(t, 0);
    if (!a)
        return NULL;
    a->origin = KR_NEWREF(origin);
    kr_gc_track(KR_OBJ(a));
    return KR_OBJ(a);
}

static KrObject *paramspec_get_args(KrObject *o, void *c) { return paramspecattr_new_of(&KrParamSpecArgs_Type, o); }
static KrObject *paramspec_get_kwargs(KrObject *o, void *c) { return paramspecattr_new_of(&KrParamSpecKwargs_Type, o); }
static KrObject *paramspec_get_bound(KrObject *o, void *c)
{
    ParamSpecObject *ps = (ParamSpecObject *)o;
    return KR_NEWREF(ps->bound ? ps->bound : Kr_None);
}
static KrObject *paramspec_get_module(KrObject *o, void *c) { return get_module(((ParamSpecObject *)o)->module); }
static int paramspec_set_module(KrObject *o, KrObject *v, void *c) { return set_module(&((ParamSpecObject *)o)->module, v); }

static KrObject *paramspec_typing_subst(KrObject *o, KrObject *arg)
{
    if (KR_LIST_CHECK(arg) || KR_TUPLE_CHECK(arg)) {
        KrObject *items = kr_sequence_tuple(arg);
        if (!items)
            return NULL;
        ssize_t n = KR_TUPLE_LEN(items);
        KrObject *r = kr_tuple_new(n);
        for (ssize_t i = 0; r && i < n; i++) {
            KrObject *x = type_check(KR_TUPLE_GET(items, i), "Expected a type.");
            if (!x)
                KR_CLEAR(r);
            else
                KR_TUPLE_SET(r, i, x);
        }
        KR_DECREF(items);
        return r;
    }
    if (arg == Kr_Ellipsis || KR_TYPE(arg) == &KrParamSpec_Type)
        return KR_NEWREF(arg);
    /* Concatenate[...] is a typing alias; anything else is refused */
    KrObject *origin = kr_object_getattr_str(arg, "__origin__");
    if (origin) {
        KrObject *conc = typing_attr("Concatenate");
        int is_conc = conc && origin == conc;
        KR_XDECREF(conc);
        KR_DECREF(origin);
        if (is_conc)
            return KR_NEWREF(arg);
    }
    if (!kr_err_occurred() || kr_err_matches(KR_OBJ(KrExc_AttributeError)))
        kr_err_clear();
    else
        return NULL;
    return kr_err_format(KrExc_TypeError, "Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got %R", arg);
}

static KrObject *paramspec_reduce(KrObject *o, KrObject *u) { return KR_NEWREF(((ParamSpecObject *)o)->name); }
static KrObject *paramspec_mro_entries(KrObject *o, KrObject *bases) { return mro_entries_error("ParamSpec"); }

static KrMethodDef paramspec_methods[] = {
    { "__typing_subst__", KR_CFUNC(paramspec_typing_subst), KR_METH_O, NULL },
    { "__reduce__", KR_CFUNC(paramspec_reduce), KR_METH_NOARGS, NULL },
    { "__mro_entries__", KR_CFUNC(paramspec_mro_entries), KR_METH_O, NULL },
    { NULL }
};

static KrMemberDef paramspec_members[] = {
    { "__name__", KR_T_OBJECT, offsetof(ParamSpecObject, name), KR_READONLY, NULL },
    { "__covariant__", KR_T_BOOL, offsetof(ParamSpecObject, covariant), KR_READONLY, NULL },
    { "__contravariant__", KR_T_BOOL, offsetof(ParamSpecObject, contravariant), KR_READONLY, NULL },
    { "__infer_variance__", KR_T_BOOL, offsetof(ParamSpecObject, infer_variance), KR_READONLY, NULL },
    { NULL }
};

static KrGetSetDef paramspec_getset[] = {
    { "__bound__", paramspec_get_bound, NULL, NULL },
    { "args", paramspec_get_args, NULL, NULL },
    { "kwargs", paramspec_get_kwargs, NULL, NULL },
    { "__module__", paramspec_get_module, paramspec_set_module, NULL },
    { NULL }
};

static KrNumberMethods paramspec_as_number = { .nb_or = make_union };

KrTypeObject KrParamSpec_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "typing.ParamSpec",
    .tp_basicsize = sizeof(ParamSpecObject),
    .tp_dealloc = paramspec_dealloc,
    .tp_repr = paramspec_repr,
    .tp_as_number = &paramspec_as_number,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Parameter specification variable.\n\nThe preferred way to construct a parameter specification is via the\n"
              "dedicated syntax for generic functions, classes, and type aliases,\n"
              "where the use of '**' creates a parameter specification::\n\n    type IntFunc[**P] = Callable[P, int]\n",
    .tp_traverse = paramspec_traverse,
    .tp_clear = paramspec_clear,
    .tp_methods = paramspec_methods,
    .tp_members = paramspec_members,
    .tp_getset = paramspec_getset,
    .tp_new = paramspec_new,
    .tp_dictoffset = offsetof(ParamSpecObject, dict),
    .tp_weaklistoffset = offsetof(ParamSpecObject, weakreflist),
};

static KrObject *paramspecattr_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "origin", NULL };
    KrObject *a[1];
    const char *fname = t == &KrParamSpecArgs_Type ? "ParamSpecArgs" : "ParamSpecKwargs";
    if (kr_arg_parse(fname, args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    return paramspecattr_new_of(t, a[0]);
}

static int paramspecattr_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((ParamSpecAttrObject *)o)->origin);
    return 0;
}

static int paramspecattr_clear(KrObject *o)
{
    KR_CLEAR(((ParamSpecAttrObject *)o)->origin);
    return 0;
}

static void paramspecattr_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    paramspecattr_clear(o);
    kr_object_free(o);
}

static KrObject *paramspecattr_repr(KrObject *o)
{
    KrObject *origin = ((ParamSpecAttrObject *)o)->origin;
    const char *what = KR_TYPE(o) == &KrParamSpecArgs_Type ? "args" : "kwargs";
    if (KR_TYPE(origin) == &KrParamSpec_Type)
        return kr_str_from_format("%U.%s", ((ParamSpecObject *)origin)->name, what);
    return kr_str_from_format("%R.%s", origin, what);
}

static KrObject *paramspecattr_richcompare(KrObject *a, KrObject *b, int op)
{
    if (KR_TYPE(a) != KR_TYPE(b) || (op != KR_EQ && op != KR_NE))
        KR_RETURN_NOTIMPL;
    return kr_object_richcompare(((ParamSpecAttrObject *)a)->origin, ((ParamSpecAttrObject *)b)->origin, op);
}

static KrObject *paramspecargs_mro_entries(KrObject *o, KrObject *bases) { return mro_entries_error("ParamSpecArgs"); }
static KrObject *paramspeckwargs_mro_entries(KrObject *o, KrObject *bases) { return mro_entries_error("ParamSpecKwargs"); }

static KrMethodDef paramspecargs_methods[] = {
    { "__mro_entries__", KR_CFUNC(paramspecargs_mro_entries), KR_METH_O, NULL },
    { NULL }
};

static KrMethodDef paramspeckwargs_methods[] = {
    { "__mro_entries__", KR_CFUNC(paramspeckwargs_mro_entries), KR_METH_O, NULL },
    { NULL }
};

static KrMemberDef paramspecattr_members[] = {
    { "__origin__", KR_T_OBJECT, offsetof(ParamSpecAttrObject, origin), KR_READONLY, NULL },
    { NULL }
};

KrTypeObject KrParamSpecArgs_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "typing.ParamSpecArgs",
    .tp_basicsize = sizeof(ParamSpecAttrObject),
    .tp_dealloc = paramspecattr_dealloc,
    .tp_repr = paramspecattr_repr,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "The args for a ParamSpec object.",
    .tp_traverse = paramspecattr_traverse,
    .tp_clear = paramspecattr_clear,
    .tp_richcompare = paramspecattr_richcompare,
    .tp_methods = paramspecargs_methods,
    .tp_members = paramspecattr_members,
    .tp_new = paramspecattr_new,
};

KrTypeObject KrParamSpecKwargs_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "typing.ParamSpecKwargs",
    .tp_basicsize = sizeof(ParamSpecAttrObject),
    .tp_dealloc = paramspecattr_dealloc,
    .tp_repr = paramspecattr_repr,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "The kwargs for a ParamSpec object.",
    .tp_traverse = paramspecattr_traverse,
    .tp_clear = paramspecattr_clear,
    .tp_richcompare = paramspecattr_richcompare,
    .tp_methods = paramspeckwargs_methods,
    .tp_members = paramspecattr_members,
    .tp_new = paramspecattr_new,
};

/* ---- TypeVarTuple ------------------------------------------------------------------- */

typedef struct {
    KrObject_HEAD
    KrObject *name;
    KrObject *module;
    KrObject *dict;
    KrObject *weakreflist;
} TypeVarTupleObject;

static KrObject *typevartuple_alloc(KrObject *name, KrObject *module)
{
    TypeVarTupleObject *t = (TypeVarTupleObject *)kr_object_alloc(&KrTypeVarTuple_Type, 0);
    if (!t)
        return NULL;
    t->name = KR_NEWREF(name);
    t->module = KR_XNEWREF(module);
    kr_gc_track(KR_OBJ(t));
    return KR_OBJ(t);
}

KrObject *kr_typevartuple_make(KrObject *name) { return typevartuple_alloc(name, NULL); }

static KrObject *typevartuple_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "name", NULL };
    KrObject *a[1];
    if (kr_arg_parse("typevartuple", args, nargs, kwnames, names, 1, a) < 0 || check_name("typevartuple", a[0]) < 0)
        return NULL;
    KrObject *module = caller_module();
    KrObject *r = module ? typevartuple_alloc(a[0], module) : NULL;
    KR_XDECREF(module);
    return r;
}

static int typevartuple_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((TypeVarTupleObject *)o)->name);
    KR_VISIT(((TypeVarTupleObject *)o)->module);
    KR_VISIT(((TypeVarTupleObject *)o)->dict);
    return 0;
}

static int typevartuple_clear(KrObject *o)
{
    KR_CLEAR(((TypeVarTupleObject *)o)->module);
    KR_CLEAR(((TypeVarTupleObject *)o)->dict);
    return 0;
}

static void typevartuple_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    if (((TypeVarTupleObject *)o)->weakreflist)
        kr_weakref_clear_refs(o);
    typevartuple_clear(o);
    KR_CLEAR(((TypeVarTupleObject *)o)->name);
    kr_object_free(o);
}

static KrObject *typevartuple_repr(KrObject *o) { return KR_NEWREF(((TypeVarTupleObject *)o)->name); }

/* `*Ts` in a subscript iterates: one item, Unpack[Ts] */
static KrObject *typevartuple_iter(KrObject *o)
{
    KrObject *u = unpack(o);
    if (!u)
        return NULL;
    KrObject *t = kr_tuple_pack(1, u);
    KR_DECREF(u);
    if (!t)
        return NULL;
    KrObject *it = kr_object_getiter(t);
    KR_DECREF(t);
    return it;
}

static KrObject *typevartuple_typing_subst(KrObject *o, KrObject *arg)
{
    return kr_err_format(KrExc_TypeError, "Substitution of bare TypeVarTuple is not supported");
}

static KrObject *typevartuple_reduce(KrObject *o, KrObject *u) { return KR_NEWREF(((TypeVarTupleObject *)o)->name); }
static KrObject *typevartuple_mro_entries(KrObject *o, KrObject *bases) { return mro_entries_error("TypeVarTuple"); }
static KrObject *typevartuple_get_module(KrObject *o, void *c) { return get_module(((TypeVarTupleObject *)o)->module); }
static int typevartuple_set_module(KrObject *o, KrObject *v, void *c)
{
    return set_module(&((TypeVarTupleObject *)o)->module, v);
}

static KrMethodDef typevartuple_methods[] = {
    { "__typing_subst__", KR_CFUNC(typevartuple_typing_subst), KR_METH_O, NULL },
    { "__reduce__", KR_CFUNC(typevartuple_reduce), KR_METH_NOARGS, NULL },
    { "__mro_entries__", KR_CFUNC(typevartuple_mro_entries), KR_METH_O, NULL },
    { NULL }
};

static KrMemberDef typevartuple_members[] = {
    { "__name__", KR_T_OBJECT, offsetof(TypeVarTupleObject, name), KR_READONLY, NULL },
    { NULL }
};

static KrGetSetDef typevartuple_getset[] = {
    { "__module__", typevartuple_get_module, typevartuple_set_module, NULL },
    { NULL }
};

KrTypeObject KrTypeVarTuple_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "typing.TypeVarTuple",
    .tp_basicsize = sizeof(TypeVarTupleObject),
    .tp_dealloc = typevartuple_dealloc,
    .tp_repr = typevartuple_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Type variable tuple. A specialized form of type variable that enables\nvariadic generics.\n",
    .tp_traverse = typevartuple_traverse,
    .tp_clear = typevartuple_clear,
    .tp_iter = typevartuple_iter,
    .tp_methods = typevartuple_methods,
    .tp_members = typevartuple_members,
    .tp_getset = typevartuple_getset,
    .tp_new = typevartuple_new,
    .tp_dictoffset = offsetof(TypeVarTupleObject, dict),
    .tp_weaklistoffset = offsetof(TypeVarTupleObject, weakreflist),
};

/* params with each TypeVarTuple replaced by Unpack[it], as Generic and
 * __parameters__ want them */
static KrObject *unpack_typevartuples(KrObject *params)
{
    ssize_t n = KR_TUPLE_LEN(params);
    int any = 0;
    for (ssize_t i = 0; i < n; i++)
        any |= KR_TYPE(KR_TUPLE_GET(params, i)) == &KrTypeVarTuple_Type;
    if (!any)
        return KR_NEWREF(params);
    KrObject *r = kr_tuple_new(n);
    for (ssize_t i = 0; r && i < n; i++) {
        KrObject *p = KR_TUPLE_GET(params, i);
        KrObject *x = KR_TYPE(p) == &KrTypeVarTuple_Type ? unpack(p) : KR_NEWREF(p);
        if (!x)
            KR_CLEAR(r);
        else
            KR_TUPLE_SET(r, i, x);
    }
    return r;
}

KrObject *kr_typing_subscript_generic(KrObject *params)
{
    KrObject *p = unpack_typevartuples(params);
    if (!p)
        return NULL;
    KrObject *generic = typing_attr("Generic");
    KrObject *r = NULL;
    if (generic) {
        KrObject *args[2] = { generic, p };
        r = call_typing("_GenericAlias", args, 2);
        KR_DECREF(generic);
    }
    KR_DECREF(p);
    return r;
}

/* ---- TypeAliasType ------------------------------------------------------------------ */

typedef struct {
    KrObject_HEAD
    KrObject *name;
    KrObject *type_params;          /* tuple, or NULL for a plain alias */
    KrObject *compute_value;        /* the new syntax: computes the value */
    KrObject *value;                /* NULL until computed */
    KrObject *module;
} TypeAliasObject;

static KrObject *typealias_alloc(KrObject *name, KrObject *type_params, KrObject *compute_value,
                                 KrObject *value, KrObject *module)
{
    TypeAliasObject *ta = (TypeAliasObject *)kr_object_alloc(&KrTypeAliasType_Type, 0);
    if (!ta)
        return NULL;
    ta->name = KR_NEWREF(name);
    ta->type_params = type_params && type_params != Kr_None && KR_TUPLE_LEN(type_params) ? KR_NEWREF(type_params)
                                                                                         : NULL;
    ta->compute_value = KR_XNEWREF(compute_value);
    ta->value = KR_XNEWREF(value);
    ta->module = KR_XNEWREF(module);
    kr_gc_track(KR_OBJ(ta));
    return KR_OBJ(ta);
}

KrObject *kr_typealias_make(KrObject *name, KrObject *type_params, KrObject *compute_value)
{
    KrObject *module = caller_module();
    if (!module)
        return NULL;
    KrObject *r = typealias_alloc(name, type_params, compute_value, NULL, module);
    KR_DECREF(module);
    return r;
}

static KrObject *typealias_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "name", "value", "$type_params", NULL };
    KrObject *a[3];
    if (kr_arg_parse("typealias", args, nargs, kwnames, names, 2, a) < 0 || check_name("typealias", a[0]) < 0)
        return NULL;
    if (a[2] && !KR_TUPLE_CHECK(a[2]))
        return kr_err_format(KrExc_TypeError, "type_params must be a tuple");
    KrObject *module = caller_module();
    KrObject *r = module ? typealias_alloc(a[0], a[2], NULL, a[1], module) : NULL;
    KR_XDECREF(module);
    return r;
}

static int typealias_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    TypeAliasObject *ta = (TypeAliasObject *)o;
    KR_VISIT(ta->name);
    KR_VISIT(ta->type_params);
    KR_VISIT(ta->compute_value);
    KR_VISIT(ta->value);
    KR_VISIT(ta->module);
    return 0;
}

static int typealias_clear(KrObject *o)
{
    TypeAliasObject *ta = (TypeAliasObject *)o;
    KR_CLEAR(ta->type_params);
    KR_CLEAR(ta->compute_value);
    KR_CLEAR(ta->value);
    KR_CLEAR(ta->module);
    return 0;
}

static void typealias_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    typealias_clear(o);
    KR_CLEAR(((TypeAliasObject *)o)->name);
    kr_object_free(o);
}

static KrObject *typealias_repr(KrObject *o) { return KR_NEWREF(((TypeAliasObject *)o)->name); }

static KrObject *typealias_get_value(KrObject *o, void *c)
{
    TypeAliasObject *ta = (TypeAliasObject *)o;
    if (ta->value)
        return KR_NEWREF(ta->value);
    if (!ta->compute_value)
        KR_RETURN_NONE;
    KrObject *v = kr_object_call_noargs(ta->compute_value);
    if (v && !ta->value)
        ta->value = KR_NEWREF(v);
    return v;
}

static KrObject *typealias_get_type_params(KrObject *o, void *c)
{
    TypeAliasObject *ta = (TypeAliasObject *)o;
    return KR_NEWREF(ta->type_params ? ta->type_params : kr_tuple_empty());
}

static KrObject *typealias_get_parameters(KrObject *o, void *c)
{
    TypeAliasObject *ta = (TypeAliasObject *)o;
    return ta->type_params ? unpack_typevartuples(ta->type_params) : KR_NEWREF(kr_tuple_empty());
}

static KrObject *typealias_get_module(KrObject *o, void *c)
{
    TypeAliasObject *ta = (TypeAliasObject *)o;
    if (ta->module)
        return KR_NEWREF(ta->module);
    if (ta->compute_value && KR_TYPE(ta->compute_value) == &KrFunction_Type) {
        KrObject *m = ((KrFunctionObject *)ta->compute_value)->func_module;
        if (m)
            return KR_NEWREF(m);
    }
    KR_RETURN_NONE;
}

static KrObject *typealias_subscript(KrObject *o, KrObject *args)
{
    if (!((TypeAliasObject *)o)->type_params)
        return kr_err_format(KrExc_TypeError, "Only generic type aliases are subscriptable");
    return kr_generic_alias_new(o, args);
}

static KrObject *typealias_reduce(KrObject *o, KrObject *u) { return KR_NEWREF(((TypeAliasObject *)o)->name); }

static KrMethodDef typealias_methods[] = {
    { "__reduce__", KR_CFUNC(typealias_reduce), KR_METH_NOARGS, NULL },
    { NULL }
};

static KrMemberDef typealias_members[] = {
    { "__name__", KR_T_OBJECT, offsetof(TypeAliasObject, name), KR_READONLY, NULL },
    { NULL }
};

static KrGetSetDef typealias_getset[] = {
    { "__value__", typealias_get_value, NULL, NULL },
    { "__type_params__", typealias_get_type_params, NULL, NULL },
    { "__parameters__", typealias_get_parameters, NULL, NULL },
    { "__module__", typealias_get_module, NULL, NULL },
    { NULL }
};

static KrNumberMethods typealias_as_number = { .nb_or = kr_type_union };
static KrMappingMethods typealias_as_mapping = { .mp_subscript = typealias_subscript };

KrTypeObject KrTypeAliasType_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "typing.TypeAliasType",
    .tp_basicsize = sizeof(TypeAliasObject),
    .tp_dealloc = typealias_dealloc,
    .tp_repr = typealias_repr,
    .tp_as_number = &typealias_as_number,
    .tp_as_mapping = &typealias_as_mapping,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Type alias.\n\nType aliases are created through the type statement::\n\n    type Alias = int\n",
    .tp_traverse = typealias_traverse,
    .tp_clear = typealias_clear,
    .tp_methods = typealias_methods,
    .tp_members = typealias_members,
    .tp_getset = typealias_getset,
    .tp_new = typealias_new,
};

/* ---- the _typing module ------------------------------------------------------------- */

KrObject *kr_typing_module_init(void)
{
    KrObject *m = kr_module_new_cstr("_typing");
    if (!m)
        return NULL;
    KrTypeObject *types[] = { &KrTypeVar_Type, &KrParamSpec_Type, &KrParamSpecArgs_Type, &KrParamSpecKwargs_Type,
                              &KrTypeVarTuple_Type, &KrTypeAliasType_Type };
    for (size_t i = 0; i < KR_ARRAY_LEN(types); i++)
        if (kr_module_add_type(m, types[i]) < 0) {
            KR_DECREF(m);
            return NULL;
        }
    return m;
}
