/* match_rt.c: what the match statement's instructions do at run time
 * (MATCH_KEYS and MATCH_CLASS; MATCH_MAPPING / MATCH_SEQUENCE are a type
 * flag test).  The eval loop calls these; they live beside the match
 * codegen so the two halves of the protocol stay together.
 */
#include "kr.h"

/* the values for a tuple of keys, through subject.get(key, <dummy>); None
 * when one is missing */
KrObject *kr_match_keys(KrObject *subject, KrObject *keys)
{
    ssize_t n = KR_TUPLE_LEN(keys);
    if (n == 0)
        return kr_newref(kr_tuple_empty());
    KrObject *get = kr_object_getattr_str(subject, "get");
    if (!get)
        return NULL;
    KrObject *dummy = kr_object_call_noargs((KrObject *)&KrBaseObject_Type);
    KrObject *values = dummy ? kr_tuple_new(n) : NULL;
    if (!values) {
        KR_XDECREF(dummy);
        KR_DECREF(get);
        return NULL;
    }
    for (ssize_t i = 0; i < n; i++) {
        KrObject *args[2] = { KR_TUPLE_GET(keys, i), dummy };
        KrObject *v = kr_object_vectorcall(get, args, 2, NULL);
        if (!v) {
            KR_DECREF(values); KR_DECREF(dummy); KR_DECREF(get);
            return NULL;
        }
        if (v == dummy) {
            KR_DECREF(v); KR_DECREF(values); KR_DECREF(dummy); KR_DECREF(get);
            return kr_newref(Kr_None);
        }
        KR_TUPLE_SET(values, i, v);
    }
    KR_DECREF(dummy);
    KR_DECREF(get);
    return values;
}

/* isinstance(subject, type), then nargs positional sub-patterns through
 * __match_args__ and the attributes named by the tuple kwargs: a tuple of
 * values, or None when something does not match; TypeError as CPython for
 * bad patterns */
KrObject *kr_match_class(KrObject *subject, KrObject *type, int nargs, KrObject *kwargs)
{
    if (!KR_TYPE_OBJ_CHECK(type)) {
        kr_err_format(KrExc_TypeError, "called match pattern must be a class");
        return NULL;
    }
    int ok = kr_object_is_instance(subject, type);
    if (ok < 0)
        return NULL;
    if (!ok)
        return kr_newref(Kr_None);
    ssize_t nkw = KR_TUPLE_LEN(kwargs);
    KrObject *attrs = kr_list_new(0);
    if (!attrs)
        return NULL;
    KrObject *match_args = NULL;
    if (nargs) {
        KrTypeObject *t = (KrTypeObject *)type;
        /* these builtins match their single positional sub-pattern against themselves */
        static KrTypeObject *const selfs[] = { &KrBool_Type, &KrByteArray_Type, &KrBytes_Type, &KrDict_Type,
                                         &KrFloat_Type, &KrFrozenSet_Type, &KrInt_Type, &KrList_Type,
                                         &KrSet_Type, &KrStr_Type, &KrTuple_Type };
        int match_self = 0;
        KrObject *name = kr_str_from_cstr("__match_args__");
        int r = name ? kr_object_lookup_attr(type, name, &match_args) : -1;
        KR_XDECREF(name);
        if (r < 0)
            goto fail;
        if (match_args) {
            if (!KR_TUPLE_CHECK_EXACT(match_args)) {
                kr_err_format(KrExc_TypeError, "%s.__match_args__ must be a tuple (got %T)", kr_type_name(t), match_args);
                goto fail;
            }
        } else {
            for (size_t i = 0; i < sizeof selfs / sizeof selfs[0]; i++)
                if (t == selfs[i] || kr_type_is_subtype(t, selfs[i]))
                    match_self = 1;
            match_args = kr_newref(kr_tuple_empty());
        }
        ssize_t allowed = match_self ? 1 : KR_TUPLE_LEN(match_args);
        if (allowed < nargs) {
            kr_err_format(KrExc_TypeError, "%s() accepts %zd positional sub-pattern%s (%d given)", kr_type_name(t),
                          allowed, allowed == 1 ? "" : "s", nargs);
            goto fail;
        }
        if (match_self) {
            if (kr_list_append(attrs, subject) < 0)
                goto fail;
        } else {
            for (int i = 0; i < nargs; i++) {
                KrObject *n = KR_TUPLE_GET(match_args, i);
                if (!KR_STR_CHECK(n)) {
                    kr_err_format(KrExc_TypeError, "__match_args__ elements must be strings (got %T)", n);
                    goto fail;
                }
                for (ssize_t k = 0; k < nkw; k++)
                    if (kr_str_eq(n, KR_TUPLE_GET(kwargs, k))) {
                        kr_err_format(KrExc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                                      kr_type_name(t), n);
                        goto fail;
                    }
                KrObject *v;
                int found = kr_object_lookup_attr(subject, n, &v);
                if (found < 0)
                    goto fail;
                if (!found) {
                    KR_DECREF(attrs);
                    KR_XDECREF(match_args);
                    return kr_newref(Kr_None);
                }
                if (kr_list_append_steal(attrs, v) < 0)
                    goto fail;
            }
        }
    }
    for (ssize_t k = 0; k < nkw; k++) {
        KrObject *v;
        int found = kr_object_lookup_attr(subject, KR_TUPLE_GET(kwargs, k), &v);
        if (found < 0)
            goto fail;
        if (!found) {
            KR_DECREF(attrs);
            KR_XDECREF(match_args);
            return kr_newref(Kr_None);
        }
        if (kr_list_append_steal(attrs, v) < 0)
            goto fail;
    }
    KR_XDECREF(match_args);
    KrObject *t = kr_list_as_tuple(attrs);
    KR_DECREF(attrs);
    return t;
fail:
    KR_XDECREF(match_args);
    KR_DECREF(attrs);
    return NULL;
}
