/* intrinsics.c: CALL_INTRINSIC_1 and CALL_INTRINSIC_2, the instructions
 * that carry the rare operations of PEP 695 (type parameters, generic
 * classes, `type` aliases) and the class-namespace lookup of annotation
 * scopes.  The numbering is in compiler/compiler.h; the objects they make
 * live in object/typevarobject.c.
 */
#include "kr.h"
#include "object/typevar.h"
#include "vm/ceval_helpers.h"

/* look name up in mapping (the __classdict__ of the class an annotation
 * scope belongs to), then in the frame's globals and builtins */
static KrObject *load_from_dict_or_globals(KrFrame *f, KrObject *mapping, KrObject *name)
{
    KrObject *v = NULL;
    if (KR_DICT_CHECK_EXACT(mapping)) {
        if (kr_dict_get_ref(mapping, name, &v) < 0)
            return NULL;
    } else if (!(v = kr_object_getitem(mapping, name))) {
        if (!kr_err_matches(KR_OBJ(KrExc_KeyError)))
            return NULL;
        kr_err_clear();
    }
    if (v)
        return v;
    if (kr_dict_get_ref(f->globals, name, &v) < 0)
        return NULL;
    if (v)
        return v;
    if (KR_DICT_CHECK(f->builtins)) {
        if (kr_dict_get_ref(f->builtins, name, &v) < 0)
            return NULL;
    } else if (!(v = kr_object_getitem(f->builtins, name))) {
        if (!kr_err_matches(KR_OBJ(KrExc_KeyError)))
            return NULL;
        kr_err_clear();
    }
    if (v)
        return v;
    kr_ceval_set_name_error(KrExc_NameError, NAME_ERROR_MSG, name);
    return NULL;
}

static KrObject *bad_intrinsic(int n, int which)
{
    return kr_err_format(KrExc_SystemError, "unknown CALL_INTRINSIC_%d operand %d", n, which);
}

KrObject *kr_intrinsic_1(KrFrame *f, int which, KrObject *v)
{
    switch (which) {
    case KR_INTRINSIC_TYPEVAR:
        return kr_typevar_make(v, NULL, 0);
    case KR_INTRINSIC_PARAMSPEC:
        return kr_paramspec_make(v);
    case KR_INTRINSIC_TYPEVARTUPLE:
        return kr_typevartuple_make(v);
    case KR_INTRINSIC_SUBSCRIPT_GENERIC:
        return kr_typing_subscript_generic(v);
    case KR_INTRINSIC_TYPEALIAS:
        if (!KR_TUPLE_CHECK(v) || KR_TUPLE_LEN(v) != 3)
            return bad_intrinsic(1, which);
        return kr_typealias_make(KR_TUPLE_GET(v, 0), KR_TUPLE_GET(v, 1), KR_TUPLE_GET(v, 2));
    default:
        return bad_intrinsic(1, which);
    }
}

KrObject *kr_intrinsic_2(KrFrame *f, int which, KrObject *a, KrObject *b)
{
    switch (which) {
    case KR_INTRINSIC_TYPEVAR_WITH_BOUND:
        return kr_typevar_make(a, b, 0);
    case KR_INTRINSIC_TYPEVAR_WITH_CONSTRAINTS:
        return kr_typevar_make(a, b, 1);
    case KR_INTRINSIC_SET_FUNCTION_TYPE_PARAMS:
        if (kr_object_setattr(a, KR_ID(__type_params__), b) < 0)
            return NULL;
        return KR_NEWREF(a);
    case KR_INTRINSIC_LOAD_FROM_DICT_OR_GLOBALS:
        return load_from_dict_or_globals(f, a, b);
    default:
        return bad_intrinsic(2, which);
    }
}
