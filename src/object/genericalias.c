/* genericalias.c: the two objects that annotations build at run time:
 * types.GenericAlias (list[int], what __class_getitem__ of the builtin
 * containers returns) and types.UnionType (int | None, from type.__or__).
 * Both are small immutable records; isinstance() accepts a union and
 * refuses a parameterized generic, as CPython does.
 */
#include "kr.h"
#include "object/typevar.h"

typedef struct {
    KrObject_HEAD
    KrObject *origin;
    KrObject *args;      /* tuple */
} GenericAlias;

typedef struct {
    KrObject_HEAD
    KrObject *args;      /* tuple of the distinct members, in order */
} UnionObject;

/* repr of one member the way typing prints it: int, mod.Cls, ..., list[int] */
static int repr_item(KrStrWriter *w, KrObject *p)
{
    if (p == Kr_Ellipsis)
        return kr_strwriter_write_ascii(w, "...", 3);
    if (p == KR_OBJ(&KrNone_Type))
        return kr_strwriter_write_ascii(w, "None", 4);
    KrObject *r;
    if (KR_TYPE_OBJ_CHECK(p)) {
        KrTypeObject *t = (KrTypeObject *)p;
        KrObject *qn = kr_type_qualname(t), *mod = kr_type_module_name(t);
        if (!qn) {
            KR_XDECREF(mod);
            return -1;
        }
        if (!mod)
            kr_err_clear();
        if (mod && KR_STR_CHECK(mod) && !kr_str_eq_cstr(mod, "builtins"))
            r = kr_str_from_format("%U.%U", mod, qn);
        else
            r = KR_NEWREF(qn);
        KR_DECREF(qn);
        KR_XDECREF(mod);
    } else
        r = kr_object_repr(p);
    if (!r)
        return -1;
    int st = kr_strwriter_write_str(w, r);
    KR_DECREF(r);
    return st;
}

/* ---- GenericAlias ---------------------------------------------------------- */

KrObject *kr_generic_alias_new(KrObject *origin, KrObject *args)
{
    GenericAlias *g = (GenericAlias *)kr_object_alloc(&KrGenericAlias_Type, 0);
    if (!g)
        return NULL;
    g->origin = KR_NEWREF(origin);
    g->args = KR_TUPLE_CHECK(args) ? KR_NEWREF(args) : kr_tuple_pack(1, args);
    if (!g->args) {
        KR_DECREF(g);
        return NULL;
    }
    kr_gc_track(KR_OBJ(g));
    return KR_OBJ(g);
}

static KrObject *ga_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_arg_no_kw("GenericAlias", kwnames) < 0 || kr_arg_count("GenericAlias", nargs, 2, 2) < 0)
        return NULL;
    return kr_generic_alias_new(args[0], args[1]);
}

static void ga_dealloc(KrObject *o)
{
    GenericAlias *g = (GenericAlias *)o;
    kr_gc_untrack(o);
    KR_XDECREF(g->origin);
    KR_XDECREF(g->args);
    kr_object_free(o);
}

static int ga_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    GenericAlias *g = (GenericAlias *)o;
    KR_VISIT(g->origin);
    KR_VISIT(g->args);
    return 0;
}

static KrObject *ga_repr(KrObject *o)
{
    GenericAlias *g = (GenericAlias *)o;
    KrStrWriter w;
    kr_strwriter_init(&w);
    if (repr_item(&w, g->origin) < 0 || kr_strwriter_write_char(&w, '[') < 0)
        goto fail;
    ssize_t n = KR_TUPLE_LEN(g->args);
    if (n == 0 && kr_strwriter_write_ascii(&w, "()", 2) < 0)
        goto fail;
    for (ssize_t i = 0; i < n; i++) {
        if (i && kr_strwriter_write_ascii(&w, ", ", 2) < 0)
            goto fail;
        KrObject *a = KR_TUPLE_GET(g->args, i);
        if (KR_LIST_CHECK(a)) {
            if (kr_strwriter_write_char(&w, '[') < 0)
                goto fail;
            for (ssize_t j = 0; j < KR_LIST_LEN(a); j++) {
                if ((j && kr_strwriter_write_ascii(&w, ", ", 2) < 0) || repr_item(&w, KR_LIST_GET(a, j)) < 0)
                    goto fail;
            }
            if (kr_strwriter_write_char(&w, ']') < 0)
                goto fail;
        } else if (repr_item(&w, a) < 0)
            goto fail;
    }
    if (kr_strwriter_write_char(&w, ']') < 0)
        goto fail;
    return kr_strwriter_finish(&w);
fail:
    kr_strwriter_discard(&w);
    return NULL;
}

static KrObject *ga_call(KrObject *o, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    GenericAlias *g = (GenericAlias *)o;
    KrObject *r = kr_object_vectorcall(g->origin, args, nargs, kwnames);
    if (r) {
        if (kr_object_setattr_str(r, "__orig_class__", o) < 0) {
            if (kr_err_matches(KR_OBJ(KrExc_AttributeError)) || kr_err_matches(KR_OBJ(KrExc_TypeError)))
                kr_err_clear();
            else
                KR_CLEAR(r);
        }
    }
    return r;
}

static const char *const ga_own_attrs[] = {
    "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
    "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__", "__class__",
    "__eq__", "__ne__", "__hash__", "__repr__", "__or__", "__ror__", "__getitem__", "__call__",
    "__instancecheck__", "__subclasscheck__", "__dir__", "__getattribute__", NULL
};

static KrObject *ga_getattro(KrObject *o, KrObject *name)
{
    GenericAlias *g = (GenericAlias *)o;
    if (KR_STR_CHECK(name)) {
        int own = 0;
        for (const char *const *p = ga_own_attrs; *p; p++)
            if (kr_str_eq_cstr(name, *p)) {
                own = 1;
                break;
            }
        if (!own)
            return kr_object_getattr(g->origin, name);
    }
    return kr_object_generic_getattr(o, name);
}

static KrObject *ga_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(b) != &KrGenericAlias_Type)
        KR_RETURN_NOTIMPL;
    GenericAlias *x = (GenericAlias *)a, *y = (GenericAlias *)b;
    int eq = kr_object_richcompare_bool(x->origin, y->origin, KR_EQ);
    if (eq > 0)
        eq = kr_object_richcompare_bool(x->args, y->args, KR_EQ);
    if (eq < 0)
        return NULL;
    return KR_NEWREF(kr_bool_from(op == KR_EQ ? eq : !eq));
}

static kr_hash_t ga_hash(KrObject *o)
{
    GenericAlias *g = (GenericAlias *)o;
    kr_hash_t h0 = kr_object_hash(g->origin);
    if (h0 == -1)
        return -1;
    kr_hash_t h1 = kr_object_hash(g->args);
    if (h1 == -1)
        return -1;
    kr_hash_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static KrObject *ga_mro_entries(KrObject *o, KrObject *bases)
{
    return kr_tuple_pack(1, ((GenericAlias *)o)->origin);
}

static KrObject *ga_instancecheck(KrObject *o, KrObject *x)
{
    return kr_err_format(KrExc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static KrObject *ga_subclasscheck(KrObject *o, KrObject *x)
{
    return kr_err_format(KrExc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static KrObject *ga_reduce(KrObject *o, KrObject *u)
{
    GenericAlias *g = (GenericAlias *)o;
    KrObject *args = kr_tuple_pack(2, g->origin, g->args);
    if (!args)
        return NULL;
    KrObject *r = kr_tuple_pack(2, KR_OBJ(KR_TYPE(o)), args);
    KR_DECREF(args);
    return r;
}

static KrObject *ga_get_parameters(KrObject *o, void *c) { return KR_NEWREF(kr_tuple_empty()); }
static KrObject *ga_get_unpacked(KrObject *o, void *c) { KR_RETURN_FALSE; }

static KrObject *union_from(KrObject *a, KrObject *b);
static int unionable(KrObject *o)
{
    return o == Kr_None || KR_TYPE_OBJ_CHECK(o) || KR_TYPE(o) == &KrGenericAlias_Type ||
           KR_TYPE(o) == &KrUnionType_Type || KR_TYPE(o) == &KrTypeAliasType_Type;
}

static KrObject *ga_or(KrObject *a, KrObject *b)
{
    if (!unionable(a) || !unionable(b))
        KR_RETURN_NOTIMPL;
    return union_from(a, b);
}

static KrMethodDef ga_methods[] = {
    { "__mro_entries__", KR_CFUNC(ga_mro_entries), KR_METH_O, NULL },
    { "__instancecheck__", KR_CFUNC(ga_instancecheck), KR_METH_O, NULL },
    { "__subclasscheck__", KR_CFUNC(ga_subclasscheck), KR_METH_O, NULL },
    { "__reduce__", KR_CFUNC(ga_reduce), KR_METH_NOARGS, NULL },
    { NULL }
};

static KrMemberDef ga_members[] = {
    { "__origin__", KR_T_OBJECT, offsetof(GenericAlias, origin), KR_READONLY, NULL },
    { "__args__", KR_T_OBJECT, offsetof(GenericAlias, args), KR_READONLY, NULL },
    { NULL }
};

static KrGetSetDef ga_getsets[] = {
    { "__parameters__", ga_get_parameters, NULL, NULL },
    { "__unpacked__", ga_get_unpacked, NULL, NULL },
    { NULL }
};

static KrNumberMethods ga_as_number = { .nb_or = ga_or };

KrTypeObject KrGenericAlias_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "types.GenericAlias",
    .tp_basicsize = sizeof(GenericAlias),
    .tp_dealloc = ga_dealloc,
    .tp_repr = ga_repr,
    .tp_as_number = &ga_as_number,
    .tp_hash = ga_hash,
    .tp_call = ga_call,
    .tp_getattro = ga_getattro,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
    .tp_traverse = ga_traverse,
    .tp_richcompare = ga_richcompare,
    .tp_methods = ga_methods,
    .tp_members = ga_members,
    .tp_getset = ga_getsets,
    .tp_new = ga_new,
};

/* ---- UnionType ------------------------------------------------------------- */

static int union_add(KrObject *list, KrObject *o)
{
    if (o == Kr_None)
        o = KR_OBJ(&KrNone_Type);
    if (KR_TYPE(o) == &KrUnionType_Type) {
        KrObject *args = ((UnionObject *)o)->args;
        for (ssize_t i = 0; i < KR_TUPLE_LEN(args); i++)
            if (union_add(list, KR_TUPLE_GET(args, i)) < 0)
                return -1;
        return 0;
    }
    for (ssize_t i = 0; i < KR_LIST_LEN(list); i++) {
        KrObject *x = KR_LIST_GET(list, i);
        int eq = x == o;
        if (!eq && KR_TYPE(x) == &KrGenericAlias_Type && KR_TYPE(o) == &KrGenericAlias_Type) {
            eq = kr_object_richcompare_bool(x, o, KR_EQ);
            if (eq < 0)
                return -1;
        }
        if (eq)
            return 0;
    }
    return kr_list_append(list, o);
}

static KrObject *union_from(KrObject *a, KrObject *b)
{
    KrObject *list = kr_list_new(0);
    if (!list)
        return NULL;
    if (union_add(list, a) < 0 || union_add(list, b) < 0) {
        KR_DECREF(list);
        return NULL;
    }
    if (KR_LIST_LEN(list) == 1) {
        KrObject *r = KR_NEWREF(KR_LIST_GET(list, 0));
        KR_DECREF(list);
        return r;
    }
    UnionObject *u = (UnionObject *)kr_object_alloc(&KrUnionType_Type, 0);
    if (!u) {
        KR_DECREF(list);
        return NULL;
    }
    u->args = kr_list_as_tuple(list);
    KR_DECREF(list);
    if (!u->args) {
        KR_DECREF(u);
        return NULL;
    }
    kr_gc_track(KR_OBJ(u));
    return KR_OBJ(u);
}

KrObject *kr_type_union(KrObject *a, KrObject *b)
{
    if (!unionable(a) || !unionable(b))
        KR_RETURN_NOTIMPL;
    return union_from(a, b);
}

static void union_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((UnionObject *)o)->args);
    kr_object_free(o);
}

static int union_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((UnionObject *)o)->args);
    return 0;
}

static KrObject *union_repr(KrObject *o)
{
    KrObject *args = ((UnionObject *)o)->args;
    KrStrWriter w;
    kr_strwriter_init(&w);
    for (ssize_t i = 0; i < KR_TUPLE_LEN(args); i++) {
        if ((i && kr_strwriter_write_ascii(&w, " | ", 3) < 0) || repr_item(&w, KR_TUPLE_GET(args, i)) < 0) {
            kr_strwriter_discard(&w);
            return NULL;
        }
    }
    return kr_strwriter_finish(&w);
}

static KrObject *union_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(b) != &KrUnionType_Type)
        KR_RETURN_NOTIMPL;
    KrObject *sa = kr_frozenset_new(((UnionObject *)a)->args);
    KrObject *sb = sa ? kr_frozenset_new(((UnionObject *)b)->args) : NULL;
    KrObject *r = sb ? kr_object_richcompare(sa, sb, op) : NULL;
    KR_XDECREF(sa);
    KR_XDECREF(sb);
    return r;
}

static kr_hash_t union_hash(KrObject *o)
{
    KrObject *s = kr_frozenset_new(((UnionObject *)o)->args);
    if (!s)
        return -1;
    kr_hash_t h = kr_object_hash(s);
    KR_DECREF(s);
    return h;
}

static KrObject *union_check(KrObject *o, KrObject *x, int sub)
{
    KrObject *args = ((UnionObject *)o)->args;
    for (ssize_t i = 0; i < KR_TUPLE_LEN(args); i++) {
        KrObject *a = KR_TUPLE_GET(args, i);
        int r = sub ? kr_object_is_subclass(x, a) : kr_object_is_instance(x, a);
        if (r < 0)
            return NULL;
        if (r)
            KR_RETURN_TRUE;
    }
    KR_RETURN_FALSE;
}

static KrObject *union_instancecheck(KrObject *o, KrObject *x) { return union_check(o, x, 0); }
static KrObject *union_subclasscheck(KrObject *o, KrObject *x) { return union_check(o, x, 1); }

static KrObject *union_get_parameters(KrObject *o, void *c) { return KR_NEWREF(kr_tuple_empty()); }

static KrMethodDef union_methods[] = {
    { "__instancecheck__", KR_CFUNC(union_instancecheck), KR_METH_O, NULL },
    { "__subclasscheck__", KR_CFUNC(union_subclasscheck), KR_METH_O, NULL },
    { NULL }
};

static KrMemberDef union_members[] = {
    { "__args__", KR_T_OBJECT, offsetof(UnionObject, args), KR_READONLY, NULL },
    { NULL }
};

static KrGetSetDef union_getsets[] = {
    { "__parameters__", union_get_parameters, NULL, NULL },
    { NULL }
};

static KrNumberMethods union_as_number = { .nb_or = ga_or };

KrTypeObject KrUnionType_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "types.UnionType",
    .tp_basicsize = sizeof(UnionObject),
    .tp_dealloc = union_dealloc,
    .tp_repr = union_repr,
    .tp_as_number = &union_as_number,
    .tp_hash = union_hash,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .tp_traverse = union_traverse,
    .tp_richcompare = union_richcompare,
    .tp_methods = union_methods,
    .tp_members = union_members,
    .tp_getset = union_getsets,
};
