/* bool.c: the bool type, a subclass of int with exactly two immortal
 * instances.  They are ints with ob_size 0 (False) or 1 (True), so every
 * int operation works on them unchanged; only repr and the bitwise
 * operators between two bools differ.
 */
#include "kr.h"

KrIntObject kr_false_struct = { KR_STATIC_VAR_HEAD(&KrBool_Type, 0), { 0 } };
KrIntObject kr_true_struct = { KR_STATIC_VAR_HEAD(&KrBool_Type, 1), { 1 } };

static KrObject *bool_repr(KrObject *o)
{
    return kr_str_from_cstr(o == Kr_True ? "True" : "False");
}

static KrObject *bool_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_arg_no_kw("bool", kwnames) < 0 || kr_arg_count("bool", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        KR_RETURN_FALSE;
    int t = kr_object_is_true(args[0]);
    if (t < 0)
        return NULL;
    return kr_bool_from(t);
}

static KrObject *bool_and(KrObject *a, KrObject *b)
{
    if (KR_BOOL_CHECK(a) && KR_BOOL_CHECK(b))
        return kr_bool_from(a == Kr_True && b == Kr_True);
    return kr_int_as_number.nb_and(a, b);
}

static KrObject *bool_or(KrObject *a, KrObject *b)
{
    if (KR_BOOL_CHECK(a) && KR_BOOL_CHECK(b))
        return kr_bool_from(a == Kr_True || b == Kr_True);
    return kr_int_as_number.nb_or(a, b);
}

static KrObject *bool_xor(KrObject *a, KrObject *b)
{
    if (KR_BOOL_CHECK(a) && KR_BOOL_CHECK(b))
        return kr_bool_from((a == Kr_True) != (b == Kr_True));
    return kr_int_as_number.nb_xor(a, b);
}

static KrObject *bool_invert(KrObject *a)
{
    /* ~True is -2 as for ints; 3.12 warns about it */
    if (kr_err_warn(&KrExc_DeprecationWarning_Type,
                    "Bitwise inversion '~' on bool is deprecated. This returns the bitwise "
                    "inversion of the underlying int object and is usually not what you expect "
                    "from negating a bool. Use the 'not' operator for boolean negation or ~int(x) "
                    "if you really want the bitwise inversion of the underlying int.", 1) < 0)
        return NULL;
    return kr_int_as_number.nb_invert(a);
}

static void bool_dealloc(KrObject *o)
{
    /* immortal: never freed */
    (void)o;
}

/* bool shares int's number table except for the bitwise operators; the
 * table is completed on first use so it can copy kr_int_as_number */
static KrNumberMethods bool_as_number = {
    .nb_and = bool_and,
    .nb_or = bool_or,
    .nb_xor = bool_xor,
    .nb_invert = bool_invert,
};

void kr_bool_runtime_init(void)
{
    static int done;
    if (done)
        return;
    done = 1;
    KrNumberMethods m = kr_int_as_number;
    m.nb_and = bool_and;
    m.nb_or = bool_or;
    m.nb_xor = bool_xor;
    m.nb_invert = bool_invert;
    bool_as_number = m;
}

KrTypeObject KrBool_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "bool",
    .tp_basicsize = (ssize_t)offsetof(KrIntObject, digits),
    .tp_itemsize = sizeof(kr_digit),
    .tp_dealloc = bool_dealloc,
    .tp_repr = bool_repr,
    .tp_as_number = &bool_as_number,
    .tp_flags = KR_TPFLAGS_LONG_SUBCLASS | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "bool(x) -> bool",
    .tp_hash = kr_int_hash,
    .tp_richcompare = kr_int_richcompare,
    .tp_base = &KrInt_Type,
    .tp_new = bool_new,
};
