/* typeslots.c: the bridge between dunder methods and C slots.
 *
 * One table (slotdefs) lists every dunder that maps to a slot.  It is read
 * both ways:
 *  - for builtin types, each slot that is set gets a wrapper descriptor in
 *    the type's __dict__ (int.__add__, list.__len__ ...), whose call runs
 *    the C slot through a "wrap_*" adapter;
 *  - for classes written in Python, each slot whose dunder is defined
 *    somewhere in the MRO gets a "slot_*" function that looks the dunder up
 *    and calls it.  When the dunder found is just a wrapper of a C slot of
 *    a base, the C function itself is installed instead (fast path).
 * Entries for the same slot are adjacent (e.g. __add__/__radd__ for nb_add).
 */
#include "kr.h"

#define KR_SLOT_KW 0x100

/* ---- helpers ------------------------------------------------------------ */

static int check_args(ssize_t nargs, ssize_t n)
{
    if (nargs == n)
        return 0;
    kr_err_format(KrExc_TypeError, "expected %zd argument%s, got %zd", n, n == 1 ? "" : "s", nargs);
    return -1;
}

/* call type(self).name(self, *args); *found = 0 when the type lacks it */
static KrObject *call_special(KrObject *self, KrObject *name, KrObject *const *args, ssize_t nargs, int *found)
{
    KrObject *f = kr_type_lookup(KR_TYPE(self), name);
    if (!f) {
        *found = 0;
        return NULL;
    }
    *found = 1;
    KR_INCREF(f);
    KrObject *r;
    if (KR_TYPE(f) == &KrFunction_Type) {
        r = kr_function_call_self(f, self, args, nargs);
    } else if (KR_TYPE(f)->tp_descr_get) {
        KrObject *b = KR_TYPE(f)->tp_descr_get(f, self, KR_OBJ(KR_TYPE(self)));
        r = b ? kr_object_vectorcall(b, args, nargs, NULL) : NULL;
        KR_XDECREF(b);
    } else {
        r = kr_object_vectorcall(f, args, nargs, NULL);
    }
    KR_DECREF(f);
    return r;
}

static KrObject *call_method(KrObject *self, KrObject *name, KrObject *const *args, ssize_t nargs)
{
    int found;
    KrObject *r = call_special(self, name, args, nargs, &found);
    if (!found && !kr_err_occurred())
        kr_err_set_object(KrExc_AttributeError, name);
    return r;
}

static KrObject *call_maybe(KrObject *self, KrObject *name, KrObject *const *args, ssize_t nargs)
{
    int found;
    KrObject *r = call_special(self, name, args, nargs, &found);
    if (!found && !kr_err_occurred())
        KR_RETURN_NOTIMPL;
    return r;
}

/* ---- slot functions for classes defined in Python ----------------------- */

#define NB_SLOT(t, off) (*(kr_binaryfunc *)((char *)(t)->tp_as_number + (off)))

static int method_is_overloaded(KrTypeObject *left, KrTypeObject *right, KrObject *name)
{
    KrObject *a = kr_type_lookup(right, name);
    if (!a)
        return 0;
    KrObject *b = kr_type_lookup(left, name);
    return a != b;
}

static KrObject *slot_binop(KrObject *self, KrObject *other, size_t off, kr_binaryfunc testfunc,
                            KrObject *op, KrObject *rop)
{
    KrTypeObject *st = KR_TYPE(self), *ot = KR_TYPE(other);
    int do_other = st != ot && ot->tp_as_number && NB_SLOT(ot, off) == testfunc;
    KrObject *r;
    if (st->tp_as_number && NB_SLOT(st, off) == testfunc) {
        if (do_other && kr_type_is_subtype(ot, st) && method_is_overloaded(st, ot, rop)) {
            r = call_maybe(other, rop, &self, 1);
            if (r != Kr_NotImplemented)
                return r;
            KR_DECREF(r);
            do_other = 0;
        }
        r = call_maybe(self, op, &other, 1);
        if (r != Kr_NotImplemented || ot == st)
            return r;
        KR_DECREF(r);
    }
    if (do_other)
        return call_maybe(other, rop, &self, 1);
    KR_RETURN_NOTIMPL;
}

#define SLOT_BIN(fn, field, op, rop) \
    static KrObject *fn(KrObject *self, KrObject *other) \
    { return slot_binop(self, other, offsetof(KrNumberMethods, field), fn, KR_ID(op), KR_ID(rop)); }

SLOT_BIN(slot_nb_add, nb_add, __add__, __radd__)
SLOT_BIN(slot_nb_subtract, nb_subtract, __sub__, __rsub__)
SLOT_BIN(slot_nb_multiply, nb_multiply, __mul__, __rmul__)
SLOT_BIN(slot_nb_remainder, nb_remainder, __mod__, __rmod__)
SLOT_BIN(slot_nb_divmod, nb_divmod, __divmod__, __rdivmod__)
SLOT_BIN(slot_nb_lshift, nb_lshift, __lshift__, __rlshift__)
SLOT_BIN(slot_nb_rshift, nb_rshift, __rshift__, __rrshift__)
SLOT_BIN(slot_nb_and, nb_and, __and__, __rand__)
SLOT_BIN(slot_nb_xor, nb_xor, __xor__, __rxor__)
SLOT_BIN(slot_nb_or, nb_or, __or__, __ror__)
SLOT_BIN(slot_nb_floor_divide, nb_floor_divide, __floordiv__, __rfloordiv__)
SLOT_BIN(slot_nb_true_divide, nb_true_divide, __truediv__, __rtruediv__)
SLOT_BIN(slot_nb_matrix_multiply, nb_matrix_multiply, __matmul__, __rmatmul__)

static KrObject *slot_nb_power_binary(KrObject *self, KrObject *other);
static KrObject *slot_nb_power(KrObject *self, KrObject *other, KrObject *mod)
{
    if (mod == Kr_None || !mod)
        return slot_nb_power_binary(self, other);
    /* three-argument pow() never tries the reflected method */
    if (KR_TYPE(self)->tp_as_number && KR_TYPE(self)->tp_as_number->nb_power == slot_nb_power) {
        KrObject *args[2] = { other, mod };
        return call_maybe(self, KR_ID(__pow__), args, 2);
    }
    KR_RETURN_NOTIMPL;
}

static KrObject *slot_nb_power_binary(KrObject *self, KrObject *other)
{
    KrTypeObject *st = KR_TYPE(self), *ot = KR_TYPE(other);
    int do_other = st != ot && ot->tp_as_number && ot->tp_as_number->nb_power == slot_nb_power;
    KrObject *r;
    if (st->tp_as_number && st->tp_as_number->nb_power == slot_nb_power) {
        if (do_other && kr_type_is_subtype(ot, st) && method_is_overloaded(st, ot, KR_ID(__rpow__))) {
            r = call_maybe(other, KR_ID(__rpow__), &self, 1);
            if (r != Kr_NotImplemented)
                return r;
            KR_DECREF(r);
            do_other = 0;
        }
        r = call_maybe(self, KR_ID(__pow__), &other, 1);
        if (r != Kr_NotImplemented || ot == st)
            return r;
        KR_DECREF(r);
    }
    if (do_other)
        return call_maybe(other, KR_ID(__rpow__), &self, 1);
    KR_RETURN_NOTIMPL;
}

#define SLOT_INPLACE(fn, op) \
    static KrObject *fn(KrObject *self, KrObject *other) { return call_maybe(self, KR_ID(op), &other, 1); }
SLOT_INPLACE(slot_nb_inplace_add, __iadd__)
SLOT_INPLACE(slot_nb_inplace_subtract, __isub__)
SLOT_INPLACE(slot_nb_inplace_multiply, __imul__)
SLOT_INPLACE(slot_nb_inplace_remainder, __imod__)
SLOT_INPLACE(slot_nb_inplace_lshift, __ilshift__)
SLOT_INPLACE(slot_nb_inplace_rshift, __irshift__)
SLOT_INPLACE(slot_nb_inplace_and, __iand__)
SLOT_INPLACE(slot_nb_inplace_xor, __ixor__)
SLOT_INPLACE(slot_nb_inplace_or, __ior__)
SLOT_INPLACE(slot_nb_inplace_floor_divide, __ifloordiv__)
SLOT_INPLACE(slot_nb_inplace_true_divide, __itruediv__)
SLOT_INPLACE(slot_nb_inplace_matrix_multiply, __imatmul__)
static KrObject *slot_nb_inplace_power(KrObject *self, KrObject *other, KrObject *mod)
{
    return call_maybe(self, KR_ID(__ipow__), &other, 1);
}

#define SLOT_UNARY(fn, op) \
    static KrObject *fn(KrObject *self) { return call_method(self, KR_ID(op), NULL, 0); }
SLOT_UNARY(slot_nb_negative, __neg__)
SLOT_UNARY(slot_nb_positive, __pos__)
SLOT_UNARY(slot_nb_absolute, __abs__)
SLOT_UNARY(slot_nb_invert, __invert__)
SLOT_UNARY(slot_nb_int, __int__)
SLOT_UNARY(slot_nb_float, __float__)
SLOT_UNARY(slot_nb_index, __index__)

static ssize_t len_result(KrObject *res)
{
    if (!res)
        return -1;
    if (!kr_index_check(res)) {
        kr_err_format(KrExc_TypeError, "'%s' object cannot be interpreted as an integer", KR_TYPE(res)->tp_name);
        KR_DECREF(res);
        return -1;
    }
    KrObject *i = kr_number_index(res);
    KR_DECREF(res);
    if (!i)
        return -1;
    if (kr_int_sign(i) < 0) {
        KR_DECREF(i);
        kr_err_set_string(KrExc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    ssize_t n = kr_number_as_ssize(i, KR_OBJ(KrExc_OverflowError));
    KR_DECREF(i);
    return n;
}

static int slot_nb_bool(KrObject *self)
{
    int found;
    KrObject *r = call_special(self, KR_ID(__bool__), NULL, 0, &found);
    if (found) {
        if (!r)
            return -1;
        if (r == Kr_True || r == Kr_False) {
            int v = r == Kr_True;
            return v;
        }
        kr_err_format(KrExc_TypeError, "__bool__ should return bool, returned %s", KR_TYPE(r)->tp_name);
        KR_DECREF(r);
        return -1;
    }
    if (kr_err_occurred())
        return -1;
    r = call_special(self, KR_ID(__len__), NULL, 0, &found);
    if (found) {
        ssize_t n = len_result(r);
        return n < 0 ? -1 : n > 0;
    }
    return kr_err_occurred() ? -1 : 1;
}

static ssize_t slot_sq_length(KrObject *self)
{
    return len_result(call_method(self, KR_ID(__len__), NULL, 0));
}

static KrObject *slot_mp_subscript(KrObject *self, KrObject *key)
{
    return call_method(self, KR_ID(__getitem__), &key, 1);
}

static int slot_mp_ass_subscript(KrObject *self, KrObject *key, KrObject *value)
{
    KrObject *r;
    if (value) {
        KrObject *args[2] = { key, value };
        r = call_method(self, KR_ID(__setitem__), args, 2);
    } else
        r = call_method(self, KR_ID(__delitem__), &key, 1);
    if (!r)
        return -1;
    KR_DECREF(r);
    return 0;
}

static KrObject *slot_sq_item(KrObject *self, ssize_t i)
{
    KrObject *k = kr_int_from_ssize(i);
    if (!k)
        return NULL;
    KrObject *r = call_method(self, KR_ID(__getitem__), &k, 1);
    KR_DECREF(k);
    return r;
}

static int slot_sq_ass_item(KrObject *self, ssize_t i, KrObject *value)
{
    KrObject *k = kr_int_from_ssize(i);
    if (!k)
        return -1;
    int r = slot_mp_ass_subscript(self, k, value);
    KR_DECREF(k);
    return r;
}

static int slot_sq_contains(KrObject *self, KrObject *value)
{
    KrObject *f = kr_type_lookup(KR_TYPE(self), KR_ID(__contains__));
    if (f == Kr_None) {
        kr_err_format(KrExc_TypeError, "'%s' object is not a container", KR_TYPE(self)->tp_name);
        return -1;
    }
    if (f) {
        KrObject *r = call_method(self, KR_ID(__contains__), &value, 1);
        if (!r)
            return -1;
        int v = kr_object_is_true(r);
        KR_DECREF(r);
        return v;
    }
    KrObject *it = kr_object_getiter(self);
    if (!it)
        return -1;
    for (;;) {
        KrObject *item = kr_iter_next(it);
        if (!item) {
            KR_DECREF(it);
            return kr_err_occurred() ? -1 : 0;
        }
        int c = kr_object_richcompare_bool(item, value, KR_EQ);
        KR_DECREF(item);
        if (c != 0) {
            KR_DECREF(it);
            return c;
        }
    }
}

static KrObject *slot_tp_repr(KrObject *self)
{
    int found;
    KrObject *r = call_special(self, KR_ID(__repr__), NULL, 0, &found);
    if (!found && !kr_err_occurred())
        return kr_object_default_repr(self);
    return r;
}

static KrObject *slot_tp_str(KrObject *self)
{
    return call_method(self, KR_ID(__str__), NULL, 0);
}

static kr_hash_t slot_tp_hash(KrObject *self)
{
    KrObject *f = kr_type_lookup(KR_TYPE(self), KR_ID(__hash__));
    if (!f || f == Kr_None)
        return kr_object_hash_not_implemented(self);
    KrObject *r = call_method(self, KR_ID(__hash__), NULL, 0);
    if (!r)
        return -1;
    if (!KR_INT_CHECK(r)) {
        kr_err_set_string(KrExc_TypeError, "__hash__ method should return an integer");
        KR_DECREF(r);
        return -1;
    }
    int64_t v;
    kr_hash_t h;
    if (kr_int_fits_i64(r, &v))
        h = (kr_hash_t)v;
    else
        h = kr_int_hash(r);
    KR_DECREF(r);
    if (h == -1)
        h = -2;
    return h;
}

static KrObject *slot_tp_call(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *f = kr_type_lookup(KR_TYPE(self), KR_ID(__call__));
    if (!f)
        return kr_err_format(KrExc_TypeError, "'%s' object is not callable", KR_TYPE(self)->tp_name);
    KR_INCREF(f);
    KrObject *r;
    if (KR_TYPE(f) == &KrFunction_Type)
        r = kr_call_prepend(f, self, args, nargs, kwnames);
    else if (KR_TYPE(f)->tp_descr_get) {
        KrObject *b = KR_TYPE(f)->tp_descr_get(f, self, KR_OBJ(KR_TYPE(self)));
        r = b ? kr_object_vectorcall(b, args, nargs, kwnames) : NULL;
        KR_XDECREF(b);
    } else
        r = kr_object_vectorcall(f, args, nargs, kwnames);
    KR_DECREF(f);
    return r;
}

static KrObject *slot_tp_getattro(KrObject *self, KrObject *name)
{
    return call_method(self, KR_ID(__getattribute__), &name, 1);
}

static KrObject *call_attribute(KrObject *self, KrObject *attr, KrObject *name)
{
    KrObject *r;
    KR_INCREF(attr);
    if (KR_TYPE(attr)->tp_descr_get) {
        KrObject *b = KR_TYPE(attr)->tp_descr_get(attr, self, KR_OBJ(KR_TYPE(self)));
        KR_DECREF(attr);
        if (!b)
            return NULL;
        attr = b;
    }
    r = kr_object_vectorcall(attr, &name, 1, NULL);
    KR_DECREF(attr);
    return r;
}

static KrObject *slot_tp_getattr_hook(KrObject *self, KrObject *name)
{
    KrTypeObject *t = KR_TYPE(self);
    KrObject *getattr = kr_type_lookup(t, KR_ID(__getattr__));
    KrObject *getattribute = kr_type_lookup(t, KR_ID(__getattribute__));
    KrObject *r;
    if (!getattr && getattribute && KR_TYPE(getattribute) != &KrWrapperDescr_Type)
        return slot_tp_getattro(self, name);
    if (getattr)
        KR_INCREF(getattr);
    if (!getattribute ||
        (KR_TYPE(getattribute) == &KrWrapperDescr_Type &&
         ((KrWrapperDescrObject *)getattribute)->d_wrapped == KR_CFUNC(kr_object_generic_getattr))) {
        r = kr_object_generic_getattr_impl(self, name, getattr != NULL);
        if (!r && !kr_err_occurred() && getattr) {
            r = call_attribute(self, getattr, name);
            KR_DECREF(getattr);
            return r;
        }
    } else {
        r = call_attribute(self, getattribute, name);
    }
    if (!r && getattr && kr_err_matches(KR_OBJ(KrExc_AttributeError))) {
        kr_err_clear();
        r = call_attribute(self, getattr, name);
    }
    KR_XDECREF(getattr);
    return r;
}

static int slot_tp_setattro(KrObject *self, KrObject *name, KrObject *value)
{
    KrObject *r;
    if (value) {
        KrObject *args[2] = { name, value };
        r = call_method(self, KR_ID(__setattr__), args, 2);
    } else
        r = call_method(self, KR_ID(__delattr__), &name, 1);
    if (!r)
        return -1;
    KR_DECREF(r);
    return 0;
}

static KrObject **cmp_names[6];

static KrObject *slot_tp_richcompare(KrObject *self, KrObject *other, int op)
{
    return call_maybe(self, *cmp_names[op], &other, 1);
}

static KrObject *slot_tp_iter(KrObject *self)
{
    KrObject *f = kr_type_lookup(KR_TYPE(self), KR_ID(__iter__));
    if (f == Kr_None)
        return kr_err_format(KrExc_TypeError, "'%s' object is not iterable", KR_TYPE(self)->tp_name);
    if (f)
        return call_method(self, KR_ID(__iter__), NULL, 0);
    if (!kr_type_lookup(KR_TYPE(self), KR_ID(__getitem__)))
        return kr_err_format(KrExc_TypeError, "'%s' object is not iterable", KR_TYPE(self)->tp_name);
    return kr_seqiter_new(self);
}

static KrObject *slot_tp_iternext(KrObject *self)
{
    KrObject *r = call_method(self, KR_ID(__next__), NULL, 0);
    if (!r && kr_err_matches(KR_OBJ(KrExc_StopIteration)))
        kr_err_clear();
    return r;
}

static KrObject *slot_tp_descr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    KrObject *get = kr_type_lookup(KR_TYPE(self), KR_ID(__get__));
    if (!get)
        return KR_NEWREF(self);
    KrObject *args[2] = { obj ? obj : Kr_None, type ? type : Kr_None };
    return call_method(self, KR_ID(__get__), args, 2);
}

static int slot_tp_descr_set(KrObject *self, KrObject *obj, KrObject *value)
{
    KrObject *r;
    if (value) {
        KrObject *args[2] = { obj, value };
        r = call_method(self, KR_ID(__set__), args, 2);
    } else
        r = call_method(self, KR_ID(__delete__), &obj, 1);
    if (!r)
        return -1;
    KR_DECREF(r);
    return 0;
}

static int slot_tp_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *f = kr_type_lookup(KR_TYPE(self), KR_ID(__init__));
    if (!f) {
        kr_err_set_object(KrExc_AttributeError, KR_ID(__init__));
        return -1;
    }
    KR_INCREF(f);
    KrObject *r;
    if (KR_TYPE(f) == &KrFunction_Type)
        r = kwnames && KR_TUPLE_LEN(kwnames) ? kr_call_prepend(f, self, args, nargs, kwnames)
                                             : kr_function_call_self(f, self, args, nargs);
    else if (KR_TYPE(f)->tp_descr_get) {
        KrObject *b = KR_TYPE(f)->tp_descr_get(f, self, KR_OBJ(KR_TYPE(self)));
        r = b ? kr_object_vectorcall(b, args, nargs, kwnames) : NULL;
        KR_XDECREF(b);
    } else
        r = kr_object_vectorcall(f, args, nargs, kwnames);
    KR_DECREF(f);
    if (!r)
        return -1;
    if (r != Kr_None) {
        kr_err_format(KrExc_TypeError, "__init__() should return None, not '%s'", KR_TYPE(r)->tp_name);
        KR_DECREF(r);
        return -1;
    }
    return 0;
}

KrObject *kr_typeslots_plain_init(KrTypeObject *t)
{
    if (KR_TYPE(t) != &KrType_Type || t->tp_vectorcall || t->tp_new != kr_object_new_default ||
        t->tp_init != slot_tp_init)
        return NULL;
    KrObject *f = kr_type_lookup(t, KR_ID(__init__));
    if (!f || KR_TYPE(f) != &KrFunction_Type ||
        (((KrCodeObject *)((KrFunctionObject *)f)->func_code)->co_flags &
         (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR)))
        return NULL;
    return f;
}

static KrObject *slot_tp_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *f = kr_object_getattr(KR_OBJ(type), KR_ID(__new__));
    if (!f)
        return NULL;
    KrObject *r = kr_call_prepend(f, KR_OBJ(type), args, nargs, kwnames);
    KR_DECREF(f);
    return r;
}

static void slot_tp_finalize(KrObject *self)
{
    KrObject *exc = kr_err_fetch();
    KrObject *del = kr_type_lookup(KR_TYPE(self), KR_ID(__del__));
    if (del) {
        KR_INCREF(del);
        int found;
        KrObject *r = call_special(self, KR_ID(__del__), NULL, 0, &found);
        if (!r)
            kr_err_write_unraisable(del, NULL);
        else
            KR_DECREF(r);
        KR_DECREF(del);
    }
    kr_err_restore(exc);
}

/* ---- wrappers: calling C slots from Python ------------------------------ */

#define W_ARGS KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames, void (*wrapped)(void), int extra

static KrObject *wrap_unaryfunc(W_ARGS)
{
    if (check_args(nargs, 0) < 0)
        return NULL;
    return ((kr_unaryfunc)wrapped)(self);
}

static KrObject *wrap_binaryfunc(W_ARGS)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    return ((kr_binaryfunc)wrapped)(self, args[0]);
}

static KrObject *wrap_binaryfunc_l(W_ARGS)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    return ((kr_binaryfunc)wrapped)(self, args[0]);
}

static KrObject *wrap_binaryfunc_r(W_ARGS)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    return ((kr_binaryfunc)wrapped)(args[0], self);
}

static KrObject *wrap_ternaryfunc(W_ARGS)
{
    if (nargs < 1 || nargs > 2)
        return kr_err_format(KrExc_TypeError, "expected 1 or 2 arguments, got %zd", nargs);
    return ((kr_ternaryfunc)wrapped)(self, args[0], nargs > 1 ? args[1] : Kr_None);
}

static KrObject *wrap_ternaryfunc_r(W_ARGS)
{
    if (nargs < 1 || nargs > 2)
        return kr_err_format(KrExc_TypeError, "expected 1 or 2 arguments, got %zd", nargs);
    return ((kr_ternaryfunc)wrapped)(args[0], self, nargs > 1 ? args[1] : Kr_None);
}

static KrObject *wrap_inquirypred(W_ARGS)
{
    if (check_args(nargs, 0) < 0)
        return NULL;
    int r = ((kr_inquiry)wrapped)(self);
    if (r < 0)
        return NULL;
    return KR_NEWREF(kr_bool_from(r));
}

static KrObject *wrap_lenfunc(W_ARGS)
{
    if (check_args(nargs, 0) < 0)
        return NULL;
    ssize_t n = ((kr_lenfunc)wrapped)(self);
    if (n < 0 && kr_err_occurred())
        return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *wrap_indexargfunc(W_ARGS)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    if (!kr_index_check(args[0]))
        return kr_err_format(KrExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                             KR_TYPE(args[0])->tp_name);
    ssize_t i = kr_number_as_ssize(args[0], KR_OBJ(KrExc_OverflowError));
    if (i == -1 && kr_err_occurred())
        return NULL;
    return ((kr_ssizeargfunc)wrapped)(self, i);
}

static ssize_t getindex(KrObject *self, KrObject *arg)
{
    ssize_t i = kr_number_as_ssize(arg, KR_OBJ(KrExc_OverflowError));
    if (i == -1 && kr_err_occurred())
        return -1;
    if (i < 0) {
        KrSequenceMethods *sq = KR_TYPE(self)->tp_as_sequence;
        if (sq && sq->sq_length) {
            ssize_t n = sq->sq_length(self);
            if (n < 0)
                return -1;
            i += n;
        }
    }
    return i;
}

static KrObject *wrap_sq_item(W_ARGS)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    if (!kr_index_check(args[0]))
        return kr_err_format(KrExc_TypeError, "sequence index must be integer, not '%s'", KR_TYPE(args[0])->tp_name);
    ssize_t i = getindex(self, args[0]);
    if (i == -1 && kr_err_occurred())
        return NULL;
    return ((kr_ssizeargfunc)wrapped)(self, i);
}

static KrObject *wrap_sq_setitem(W_ARGS)
{
    if (check_args(nargs, 2) < 0)
        return NULL;
    ssize_t i = getindex(self, args[0]);
    if (i == -1 && kr_err_occurred())
        return NULL;
    if (((kr_ssizeobjargproc)wrapped)(self, i, args[1]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_sq_delitem(W_ARGS)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    ssize_t i = getindex(self, args[0]);
    if (i == -1 && kr_err_occurred())
        return NULL;
    if (((kr_ssizeobjargproc)wrapped)(self, i, NULL) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_objobjproc(W_ARGS)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    int r = ((kr_objobjproc)wrapped)(self, args[0]);
    if (r < 0)
        return NULL;
    return KR_NEWREF(kr_bool_from(r));
}

static KrObject *wrap_objobjargproc(W_ARGS)
{
    if (check_args(nargs, 2) < 0)
        return NULL;
    if (((kr_objobjargproc)wrapped)(self, args[0], args[1]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_delitem(W_ARGS)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    if (((kr_objobjargproc)wrapped)(self, args[0], NULL) < 0)
        return NULL;
    KR_RETURN_NONE;
}

/* object.__setattr__(cls, ...) must not write into a type's dict behind
 * type.__setattr__'s back (the method cache would go stale): the setter
 * has to be the one of the object's most derived builtin base */
static int hackcheck(KrObject *self, void (*func)(void), const char *what)
{
    KrTypeObject *t = KR_TYPE(self);
    while (t && (t->tp_flags & KR_TPFLAGS_HEAPTYPE))
        t = t->tp_base;
    if (t && KR_CFUNC(t->tp_setattro) != func) {
        kr_err_format(KrExc_TypeError, "can't apply this %s to %s object", what, t->tp_name);
        return -1;
    }
    return 0;
}

static KrObject *wrap_setattr(W_ARGS)
{
    if (check_args(nargs, 2) < 0 || hackcheck(self, wrapped, "__setattr__") < 0)
        return NULL;
    if (((kr_setattrofunc)wrapped)(self, args[0], args[1]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_delattr(W_ARGS)
{
    if (check_args(nargs, 1) < 0 || hackcheck(self, wrapped, "__delattr__") < 0)
        return NULL;
    if (((kr_setattrofunc)wrapped)(self, args[0], NULL) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_hashfunc(W_ARGS)
{
    if (check_args(nargs, 0) < 0)
        return NULL;
    kr_hash_t h = ((kr_hashfunc)wrapped)(self);
    if (h == -1 && kr_err_occurred())
        return NULL;
    return kr_int_from_ssize(h);
}

static KrObject *wrap_call(W_ARGS)
{
    return ((kr_vectorcall)wrapped)(self, args, nargs, kwnames);
}

static KrObject *wrap_richcmpfunc(W_ARGS)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    return ((kr_richcmpfunc)wrapped)(self, args[0], extra & 0xff);
}

static KrObject *wrap_next(W_ARGS)
{
    if (check_args(nargs, 0) < 0)
        return NULL;
    KrObject *r = ((kr_iternextfunc)wrapped)(self);
    if (!r && !kr_err_occurred())
        kr_err_set_none(KrExc_StopIteration);
    return r;
}

static KrObject *wrap_descr_get(W_ARGS)
{
    if (nargs < 1 || nargs > 2)
        return kr_err_format(KrExc_TypeError, "expected 1 or 2 arguments, got %zd", nargs);
    KrObject *obj = args[0] == Kr_None ? NULL : args[0];
    KrObject *type = nargs > 1 && args[1] != Kr_None ? args[1] : NULL;
    if (!obj && !type)
        return kr_err_format(KrExc_TypeError, "__get__(None, None) is invalid");
    return ((kr_descrgetfunc)wrapped)(self, obj, type);
}

static KrObject *wrap_descr_set(W_ARGS)
{
    if (check_args(nargs, 2) < 0)
        return NULL;
    if (((kr_descrsetfunc)wrapped)(self, args[0], args[1]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_descr_delete(W_ARGS)
{
    if (check_args(nargs, 1) < 0)
        return NULL;
    if (((kr_descrsetfunc)wrapped)(self, args[0], NULL) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_init(W_ARGS)
{
    if (((kr_initproc)wrapped)(self, args, nargs, kwnames) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_del(W_ARGS)
{
    if (check_args(nargs, 0) < 0)
        return NULL;
    ((kr_destructor)wrapped)(self);
    KR_RETURN_NONE;
}

/* ---- the table ----------------------------------------------------------- */

#define F(f) KR_CFUNC(f)
#define TP(n, field, fn, w, doc) { n, 0, offsetof(KrTypeObject, field), fn, w, 0, doc, NULL }
#define TPX(n, field, fn, w, x, doc) { n, 0, offsetof(KrTypeObject, field), fn, w, x, doc, NULL }
#define NB(n, field, fn, w, doc) { n, 1, offsetof(KrNumberMethods, field), fn, w, 0, doc, NULL }
#define SQ(n, field, fn, w, doc) { n, 2, offsetof(KrSequenceMethods, field), fn, w, 0, doc, NULL }
#define MP(n, field, fn, w, doc) { n, 3, offsetof(KrMappingMethods, field), fn, w, 0, doc, NULL }
#define BIN(n, rn, field, fn, s) \
    NB(n, field, F(fn), wrap_binaryfunc_l, "Return self" s "value."), \
    NB(rn, field, F(fn), wrap_binaryfunc_r, "Return value" s "self.")

static KrSlotDef slotdefs[] = {
    TP("__getattribute__", tp_getattro, F(slot_tp_getattr_hook), wrap_binaryfunc, "Return getattr(self, name)."),
    TP("__getattr__", tp_getattro, F(slot_tp_getattr_hook), NULL, NULL),
    TP("__setattr__", tp_setattro, F(slot_tp_setattro), wrap_setattr, "Implement setattr(self, name, value)."),
    TP("__delattr__", tp_setattro, F(slot_tp_setattro), wrap_delattr, "Implement delattr(self, name)."),
    TP("__repr__", tp_repr, F(slot_tp_repr), wrap_unaryfunc, "Return repr(self)."),
    TP("__hash__", tp_hash, F(slot_tp_hash), wrap_hashfunc, "Return hash(self)."),
    TPX("__call__", tp_call, F(slot_tp_call), wrap_call, KR_SLOT_KW, "Call self as a function."),
    TP("__str__", tp_str, F(slot_tp_str), wrap_unaryfunc, "Return str(self)."),
    TPX("__lt__", tp_richcompare, F(slot_tp_richcompare), wrap_richcmpfunc, KR_LT, "Return self<value."),
    TPX("__le__", tp_richcompare, F(slot_tp_richcompare), wrap_richcmpfunc, KR_LE, "Return self<=value."),
    TPX("__eq__", tp_richcompare, F(slot_tp_richcompare), wrap_richcmpfunc, KR_EQ, "Return self==value."),
    TPX("__ne__", tp_richcompare, F(slot_tp_richcompare), wrap_richcmpfunc, KR_NE, "Return self!=value."),
    TPX("__gt__", tp_richcompare, F(slot_tp_richcompare), wrap_richcmpfunc, KR_GT, "Return self>value."),
    TPX("__ge__", tp_richcompare, F(slot_tp_richcompare), wrap_richcmpfunc, KR_GE, "Return self>=value."),
    TP("__iter__", tp_iter, F(slot_tp_iter), wrap_unaryfunc, "Implement iter(self)."),
    TP("__next__", tp_iternext, F(slot_tp_iternext), wrap_next, "Implement next(self)."),
    TP("__get__", tp_descr_get, F(slot_tp_descr_get), wrap_descr_get, "Return an attribute of instance, which is of type owner."),
    TP("__set__", tp_descr_set, F(slot_tp_descr_set), wrap_descr_set, "Set an attribute of instance to value."),
    TP("__delete__", tp_descr_set, F(slot_tp_descr_set), wrap_descr_delete, "Delete an attribute of instance."),
    TPX("__init__", tp_init, F(slot_tp_init), wrap_init, KR_SLOT_KW, "Initialize self.  See help(type(self)) for accurate signature."),
    TP("__new__", tp_new, F(slot_tp_new), NULL, NULL),
    TP("__del__", tp_finalize, F(slot_tp_finalize), wrap_del, "Called when the instance is about to be destroyed."),
    BIN("__add__", "__radd__", nb_add, slot_nb_add, "+"),
    BIN("__sub__", "__rsub__", nb_subtract, slot_nb_subtract, "-"),
    BIN("__mul__", "__rmul__", nb_multiply, slot_nb_multiply, "*"),
    BIN("__mod__", "__rmod__", nb_remainder, slot_nb_remainder, "%"),
    NB("__divmod__", nb_divmod, F(slot_nb_divmod), wrap_binaryfunc_l, "Return divmod(self, value)."),
    NB("__rdivmod__", nb_divmod, F(slot_nb_divmod), wrap_binaryfunc_r, "Return divmod(value, self)."),
    NB("__pow__", nb_power, F(slot_nb_power), wrap_ternaryfunc, "Return pow(self, value, mod)."),
    NB("__rpow__", nb_power, F(slot_nb_power), wrap_ternaryfunc_r, "Return pow(value, self, mod)."),
    NB("__neg__", nb_negative, F(slot_nb_negative), wrap_unaryfunc, "-self"),
    NB("__pos__", nb_positive, F(slot_nb_positive), wrap_unaryfunc, "+self"),
    NB("__abs__", nb_absolute, F(slot_nb_absolute), wrap_unaryfunc, "abs(self)"),
    NB("__bool__", nb_bool, F(slot_nb_bool), wrap_inquirypred, "True if self else False"),
    NB("__invert__", nb_invert, F(slot_nb_invert), wrap_unaryfunc, "~self"),
    BIN("__lshift__", "__rlshift__", nb_lshift, slot_nb_lshift, "<<"),
    BIN("__rshift__", "__rrshift__", nb_rshift, slot_nb_rshift, ">>"),
    BIN("__and__", "__rand__", nb_and, slot_nb_and, "&"),
    BIN("__xor__", "__rxor__", nb_xor, slot_nb_xor, "^"),
    BIN("__or__", "__ror__", nb_or, slot_nb_or, "|"),
    NB("__int__", nb_int, F(slot_nb_int), wrap_unaryfunc, "int(self)"),
    NB("__float__", nb_float, F(slot_nb_float), wrap_unaryfunc, "float(self)"),
    NB("__iadd__", nb_inplace_add, F(slot_nb_inplace_add), wrap_binaryfunc, "Return self+=value."),
    NB("__isub__", nb_inplace_subtract, F(slot_nb_inplace_subtract), wrap_binaryfunc, "Return self-=value."),
    NB("__imul__", nb_inplace_multiply, F(slot_nb_inplace_multiply), wrap_binaryfunc, "Return self*=value."),
    NB("__imod__", nb_inplace_remainder, F(slot_nb_inplace_remainder), wrap_binaryfunc, "Return self%=value."),
    NB("__ipow__", nb_inplace_power, F(slot_nb_inplace_power), wrap_ternaryfunc, "Return self**=value."),
    NB("__ilshift__", nb_inplace_lshift, F(slot_nb_inplace_lshift), wrap_binaryfunc, "Return self<<=value."),
    NB("__irshift__", nb_inplace_rshift, F(slot_nb_inplace_rshift), wrap_binaryfunc, "Return self>>=value."),
    NB("__iand__", nb_inplace_and, F(slot_nb_inplace_and), wrap_binaryfunc, "Return self&=value."),
    NB("__ixor__", nb_inplace_xor, F(slot_nb_inplace_xor), wrap_binaryfunc, "Return self^=value."),
    NB("__ior__", nb_inplace_or, F(slot_nb_inplace_or), wrap_binaryfunc, "Return self|=value."),
    BIN("__floordiv__", "__rfloordiv__", nb_floor_divide, slot_nb_floor_divide, "//"),
    BIN("__truediv__", "__rtruediv__", nb_true_divide, slot_nb_true_divide, "/"),
    NB("__ifloordiv__", nb_inplace_floor_divide, F(slot_nb_inplace_floor_divide), wrap_binaryfunc, "Return self//=value."),
    NB("__itruediv__", nb_inplace_true_divide, F(slot_nb_inplace_true_divide), wrap_binaryfunc, "Return self/=value."),
    NB("__index__", nb_index, F(slot_nb_index), wrap_unaryfunc, "Return self converted to an integer, if self is suitable for use as an index into a list."),
    BIN("__matmul__", "__rmatmul__", nb_matrix_multiply, slot_nb_matrix_multiply, "@"),
    NB("__imatmul__", nb_inplace_matrix_multiply, F(slot_nb_inplace_matrix_multiply), wrap_binaryfunc, "Return self@=value."),
    MP("__len__", mp_length, F(slot_sq_length), wrap_lenfunc, "Return len(self)."),
    MP("__getitem__", mp_subscript, F(slot_mp_subscript), wrap_binaryfunc, "Return self[key]."),
    MP("__setitem__", mp_ass_subscript, F(slot_mp_ass_subscript), wrap_objobjargproc, "Set self[key] to value."),
    MP("__delitem__", mp_ass_subscript, F(slot_mp_ass_subscript), wrap_delitem, "Delete self[key]."),
    SQ("__len__", sq_length, F(slot_sq_length), wrap_lenfunc, "Return len(self)."),
    SQ("__add__", sq_concat, NULL, wrap_binaryfunc, "Return self+value."),
    SQ("__mul__", sq_repeat, NULL, wrap_indexargfunc, "Return self*value."),
    SQ("__rmul__", sq_repeat, NULL, wrap_indexargfunc, "Return value*self."),
    SQ("__getitem__", sq_item, F(slot_sq_item), wrap_sq_item, "Return self[key]."),
    SQ("__setitem__", sq_ass_item, F(slot_sq_ass_item), wrap_sq_setitem, "Set self[key] to value."),
    SQ("__delitem__", sq_ass_item, F(slot_sq_ass_item), wrap_sq_delitem, "Delete self[key]."),
    SQ("__contains__", sq_contains, F(slot_sq_contains), wrap_objobjproc, "Return bool(key in self)."),
    SQ("__iadd__", sq_inplace_concat, NULL, wrap_binaryfunc, "Implement self+=value."),
    SQ("__imul__", sq_inplace_repeat, NULL, wrap_indexargfunc, "Implement self*=value."),
    { NULL }
};

#define NSLOTDEFS (KR_ARRAY_LEN(slotdefs) - 1)
static unsigned char first_of_group[KR_ARRAY_LEN(slotdefs)];

void kr_typeslots_init(void)
{
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        KrSlotDef *d = &slotdefs[i];
        d->name_obj = kr_str_intern_cstr(d->name);
        if (d->name_obj)
            kr_set_immortal(d->name_obj);
        first_of_group[i] = 1;
        for (size_t j = 0; j < i; j++)
            if (slotdefs[j].group == d->group && slotdefs[j].offset == d->offset) {
                first_of_group[i] = 0;
                break;
            }
    }
    static KrObject **names[6];
    names[0] = &KR_ID(__lt__);
    names[1] = &KR_ID(__le__);
    names[2] = &KR_ID(__eq__);
    names[3] = &KR_ID(__ne__);
    names[4] = &KR_ID(__gt__);
    names[5] = &KR_ID(__ge__);
    for (int i = 0; i < 6; i++)
        cmp_names[i] = names[i];
}

void (**kr_typeslots_ptr(KrTypeObject *t, const KrSlotDef *d))(void)
{
    char *base;
    switch (d->group) {
    case 0: base = (char *)t; break;
    case 1: base = (char *)t->tp_as_number; break;
    case 2: base = (char *)t->tp_as_sequence; break;
    default: base = (char *)t->tp_as_mapping; break;
    }
    if (!base)
        return NULL;
    return (void (**)(void))(base + d->offset);
}

int kr_typeslots_add_operators(KrTypeObject *t)
{
    KrObject *dict = t->tp_dict;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        KrSlotDef *d = &slotdefs[i];
        if (!d->wrapper)
            continue;
        void (**p)(void) = kr_typeslots_ptr(t, d);
        if (!p || !*p)
            continue;
        if (kr_dict_get_str(dict, d->name_obj))
            continue;
        if (*p == KR_CFUNC(kr_object_hash_not_implemented)) {
            if (kr_dict_set(dict, d->name_obj, Kr_None) < 0)
                return -1;
            continue;
        }
        KrObject *w = kr_descr_new_wrapper(t, d, *p);
        if (!w)
            return -1;
        kr_set_immortal(w);
        int r = kr_dict_set(dict, d->name_obj, w);
        KR_DECREF(w);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* the one slot a dunder name occupies in t, or NULL if it maps to several */
static void (**resolve_slotdups(KrTypeObject *t, KrObject *name))(void)
{
    void (**res)(void) = NULL;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        if (slotdefs[i].name_obj != name)
            continue;
        void (**p)(void) = kr_typeslots_ptr(t, &slotdefs[i]);
        if (!p || !*p)
            continue;
        if (res)
            return NULL;
        res = p;
    }
    return res;
}

static void update_one_slot(KrTypeObject *t, size_t first)
{
    const KrSlotDef *g = &slotdefs[first];
    void (**ptr)(void) = kr_typeslots_ptr(t, g);
    if (!ptr)
        return;
    void (*generic)(void) = NULL, (*specific)(void) = NULL;
    int use_generic = 0;
    for (size_t i = first; i < NSLOTDEFS; i++) {
        const KrSlotDef *p = &slotdefs[i];
        if (p->group != g->group || p->offset != g->offset)
            continue;
        KrObject *descr = kr_type_find_in_mro(t, p->name_obj);
        if (!descr)
            continue;
        if (KR_TYPE(descr) == &KrWrapperDescr_Type &&
            ((KrWrapperDescrObject *)descr)->d_base->name_obj == p->name_obj) {
            KrWrapperDescrObject *d = (KrWrapperDescrObject *)descr;
            void (**tptr)(void) = resolve_slotdups(t, p->name_obj);
            if (!tptr || tptr == ptr)
                generic = p->function;
            if ((!specific || specific == d->d_wrapped) && d->d_base->wrapper == p->wrapper &&
                kr_type_is_subtype(t, d->d_type))
                specific = d->d_wrapped;
            else
                use_generic = 1;
        } else if (KR_TYPE(descr) == &KrCFunction_Type &&
                   ((KrCFunctionObject *)descr)->m_ml->ml_meth == KR_CFUNC(kr_type_tp_new_wrapper) &&
                   ptr == (void (**)(void))&t->tp_new) {
            KrObject *self = ((KrCFunctionObject *)descr)->m_self;
            specific = KR_CFUNC(((KrTypeObject *)self)->tp_new);
        } else if (descr == Kr_None && ptr == (void (**)(void))&t->tp_hash) {
            specific = KR_CFUNC(kr_object_hash_not_implemented);
        } else {
            use_generic = 1;
            generic = p->function;
        }
    }
    if (specific && !use_generic)
        *ptr = specific;
    else
        *ptr = generic;
}

void kr_typeslots_fixup(KrTypeObject *t)
{
    for (size_t i = 0; i < NSLOTDEFS; i++)
        if (first_of_group[i])
            update_one_slot(t, i);
}

static void update_rec(KrTypeObject *t, size_t first, KrObject *name)
{
    update_one_slot(t, first);
    KrObject *subs = t->tp_subclasses;
    if (!subs || !(t->tp_flags & KR_TPFLAGS_HEAPTYPE))
        return;
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(subs, &pos, &k, &v)) {
        KrTypeObject *sub = (KrTypeObject *)(uintptr_t)kr_int_as_u64_mask(k);
        if (sub->tp_dict && kr_dict_get_str(sub->tp_dict, name))
            continue;
        update_rec(sub, first, name);
    }
}

void kr_typeslots_update(KrTypeObject *t, KrObject *name)
{
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        if (!kr_str_eq(slotdefs[i].name_obj, name))
            continue;
        size_t first = i;
        while (!first_of_group[first]) {
            size_t j = 0;
            for (; j < first; j++)
                if (slotdefs[j].group == slotdefs[i].group && slotdefs[j].offset == slotdefs[i].offset)
                    break;
            first = j;
        }
        update_rec(t, first, slotdefs[i].name_obj);
    }
}
