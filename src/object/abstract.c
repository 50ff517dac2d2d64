/* abstract.c: the protocols that work on any object through its type's
 * slots: numbers, sequences, mappings, iteration, calls, isinstance, and
 * the argument parser C functions use.
 *
 * Binary operators follow CPython's rules exactly, since user classes can
 * observe the order: the left operand's slot is tried first, then the
 * right one's, except that when the right operand's type is a proper
 * subclass of the left's and provides its own slot, it goes first.  Slots
 * receive the operands in source order and return NotImplemented to pass;
 * only when every candidate passes is TypeError raised.  Sequence
 * concatenation and repetition are the fallbacks for + and *.
 */
#include "kr.h"

const char *const kr_nb_op_symbols[26] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};

#define NB_SLOT(f) offsetof(KrNumberMethods, f)

/* slot offsets indexed by KR_NB_* (0..12); power is ternary and handled apart */
static const size_t binop_slot[13] = {
    NB_SLOT(nb_add), NB_SLOT(nb_and), NB_SLOT(nb_floor_divide), NB_SLOT(nb_lshift),
    NB_SLOT(nb_matrix_multiply), NB_SLOT(nb_multiply), NB_SLOT(nb_remainder), NB_SLOT(nb_or),
    NB_SLOT(nb_power), NB_SLOT(nb_rshift), NB_SLOT(nb_subtract), NB_SLOT(nb_true_divide),
    NB_SLOT(nb_xor),
};
static const size_t ibinop_slot[13] = {
    NB_SLOT(nb_inplace_add), NB_SLOT(nb_inplace_and), NB_SLOT(nb_inplace_floor_divide),
    NB_SLOT(nb_inplace_lshift), NB_SLOT(nb_inplace_matrix_multiply),
    NB_SLOT(nb_inplace_multiply), NB_SLOT(nb_inplace_remainder), NB_SLOT(nb_inplace_or),
    NB_SLOT(nb_inplace_power), NB_SLOT(nb_inplace_rshift), NB_SLOT(nb_inplace_subtract),
    NB_SLOT(nb_inplace_true_divide), NB_SLOT(nb_inplace_xor),
};

static inline kr_binaryfunc nb_get(KrTypeObject *t, size_t off)
{
    KrNumberMethods *nb = t->tp_as_number;
    return nb ? *(kr_binaryfunc *)((char *)nb + off) : NULL;
}

static KrObject *binop_type_error(KrObject *a, KrObject *b, const char *sym)
{
    if (strcmp(sym, ">>") == 0 && KR_TYPE(a) == &KrCFunction_Type &&
        strcmp(((KrCFunctionObject *)a)->m_ml->ml_name, "print") == 0) {
        return kr_err_format(KrExc_TypeError,
                             "unsupported operand type(s) for %s: '%s' and '%s'. Did you mean "
                             "\"print(<message>, file=<output_stream>)\"?",
                             sym, KR_TYPE(a)->tp_name, KR_TYPE(b)->tp_name);
    }
    return kr_err_format(KrExc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                         KR_TYPE(a)->tp_name, KR_TYPE(b)->tp_name);
}

/* NotImplemented (immortal, not counted) when neither side handles it */
static KrObject *binary_op1(KrObject *a, KrObject *b, size_t off)
{
    KrTypeObject *ta = KR_TYPE(a), *tb = KR_TYPE(b);
    kr_binaryfunc sa = nb_get(ta, off), sb = NULL;
    if (tb != ta) {
        sb = nb_get(tb, off);
        if (sb == sa)
            sb = NULL;
    }
    KrObject *x;
    if (sa) {
        if (sb && kr_type_is_subtype(tb, ta)) {
            x = sb(a, b);
            if (x != Kr_NotImplemented)
                return x;
            kr_decref(x);
            sb = NULL;
        }
        x = sa(a, b);
        if (x != Kr_NotImplemented)
            return x;
        kr_decref(x);
    }
    if (sb) {
        x = sb(a, b);
        if (x != Kr_NotImplemented)
            return x;
        kr_decref(x);
    }
    return Kr_NotImplemented;
}

static KrObject *binary_op(KrObject *a, KrObject *b, int op)
{
    KrObject *x = binary_op1(a, b, binop_slot[op]);
    if (x == Kr_NotImplemented)
        return binop_type_error(a, b, kr_nb_op_symbols[op]);
    return x;
}

static KrObject *binary_iop1(KrObject *a, KrObject *b, int op)
{
    kr_binaryfunc s = nb_get(KR_TYPE(a), ibinop_slot[op]);
    if (s) {
        KrObject *x = s(a, b);
        if (x != Kr_NotImplemented)
            return x;
        kr_decref(x);
    }
    return binary_op1(a, b, binop_slot[op]);
}

static inline kr_ternaryfunc pow_slot(KrTypeObject *t, int inplace)
{
    KrNumberMethods *nb = t->tp_as_number;
    return nb ? (inplace ? nb->nb_inplace_power : nb->nb_power) : NULL;
}

static KrObject *ternary_op(KrObject *a, KrObject *b, KrObject *c, const char *sym)
{
    KrTypeObject *ta = KR_TYPE(a), *tb = KR_TYPE(b);
    kr_ternaryfunc sa = pow_slot(ta, 0), sb = NULL;
    if (tb != ta) {
        sb = pow_slot(tb, 0);
        if (sb == sa)
            sb = NULL;
    }
    KrObject *x;
    if (sa) {
        if (sb && kr_type_is_subtype(tb, ta)) {
            x = sb(a, b, c);
            if (x != Kr_NotImplemented)
                return x;
            kr_decref(x);
            sb = NULL;
        }
        x = sa(a, b, c);
        if (x != Kr_NotImplemented)
            return x;
        kr_decref(x);
    }
    if (sb) {
        x = sb(a, b, c);
        if (x != Kr_NotImplemented)
            return x;
        kr_decref(x);
    }
    if (c != Kr_None) {
        kr_ternaryfunc sc = pow_slot(KR_TYPE(c), 0);
        if (sc && sc != sa && sc != sb) {
            x = sc(a, b, c);
            if (x != Kr_NotImplemented)
                return x;
            kr_decref(x);
        }
        return kr_err_format(KrExc_TypeError,
                             "unsupported operand type(s) for %s: '%s', '%s', '%s'", sym,
                             ta->tp_name, tb->tp_name, KR_TYPE(c)->tp_name);
    }
    return binop_type_error(a, b, sym);
}

static KrObject *sequence_repeat(kr_ssizeargfunc f, KrObject *seq, KrObject *n)
{
    if (!kr_index_check(n))
        return kr_err_format(KrExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                             KR_TYPE(n)->tp_name);
    ssize_t count = kr_number_as_ssize(n, (KrObject *)KrExc_OverflowError);
    if (count == -1 && kr_err_occurred())
        return NULL;
    return f(seq, count);
}

KrObject *kr_number_add(KrObject *a, KrObject *b)
{
    KrObject *x = binary_op1(a, b, NB_SLOT(nb_add));
    if (x != Kr_NotImplemented)
        return x;
    KrSequenceMethods *sq = KR_TYPE(a)->tp_as_sequence;
    if (sq && sq->sq_concat)
        return sq->sq_concat(a, b);
    return binop_type_error(a, b, "+");
}

KrObject *kr_number_multiply(KrObject *a, KrObject *b)
{
    KrObject *x = binary_op1(a, b, NB_SLOT(nb_multiply));
    if (x != Kr_NotImplemented)
        return x;
    KrSequenceMethods *sa = KR_TYPE(a)->tp_as_sequence, *sb = KR_TYPE(b)->tp_as_sequence;
    if (sa && sa->sq_repeat)
        return sequence_repeat(sa->sq_repeat, a, b);
    if (sb && sb->sq_repeat)
        return sequence_repeat(sb->sq_repeat, b, a);
    return binop_type_error(a, b, "*");
}

KrObject *kr_number_subtract(KrObject *a, KrObject *b) { return binary_op(a, b, KR_NB_SUBTRACT); }
KrObject *kr_number_matmul(KrObject *a, KrObject *b) { return binary_op(a, b, KR_NB_MATRIX_MULTIPLY); }
KrObject *kr_number_truediv(KrObject *a, KrObject *b) { return binary_op(a, b, KR_NB_TRUE_DIVIDE); }
KrObject *kr_number_floordiv(KrObject *a, KrObject *b) { return binary_op(a, b, KR_NB_FLOOR_DIVIDE); }
KrObject *kr_number_remainder(KrObject *a, KrObject *b) { return binary_op(a, b, KR_NB_REMAINDER); }
KrObject *kr_number_lshift(KrObject *a, KrObject *b) { return binary_op(a, b, KR_NB_LSHIFT); }
KrObject *kr_number_rshift(KrObject *a, KrObject *b) { return binary_op(a, b, KR_NB_RSHIFT); }
KrObject *kr_number_and(KrObject *a, KrObject *b) { return binary_op(a, b, KR_NB_AND); }
KrObject *kr_number_or(KrObject *a, KrObject *b) { return binary_op(a, b, KR_NB_OR); }
KrObject *kr_number_xor(KrObject *a, KrObject *b) { return binary_op(a, b, KR_NB_XOR); }

KrObject *kr_number_divmod(KrObject *a, KrObject *b)
{
    KrObject *x = binary_op1(a, b, NB_SLOT(nb_divmod));
    if (x == Kr_NotImplemented)
        return binop_type_error(a, b, "divmod()");
    return x;
}

KrObject *kr_number_power(KrObject *a, KrObject *b, KrObject *mod)
{
    return ternary_op(a, b, mod ? mod : Kr_None, "** or pow()");
}

KrObject *kr_number_inplace(int op, KrObject *a, KrObject *b)
{
    if (op < 0 || op > 12)
        return KR_BAD_INTERNAL_CALL();
    const char *sym = kr_nb_op_symbols[op + 13];
    KrObject *x;
    if (op == KR_NB_POWER) {
        kr_ternaryfunc s = pow_slot(KR_TYPE(a), 1);
        if (s) {
            x = s(a, b, Kr_None);
            if (x != Kr_NotImplemented)
                return x;
            kr_decref(x);
        }
        return ternary_op(a, b, Kr_None, sym);
    }
    x = binary_iop1(a, b, op);
    if (x != Kr_NotImplemented)
        return x;
    KrSequenceMethods *sa = KR_TYPE(a)->tp_as_sequence;
    if (op == KR_NB_ADD && sa) {
        if (sa->sq_inplace_concat)
            return sa->sq_inplace_concat(a, b);
        if (sa->sq_concat)
            return sa->sq_concat(a, b);
    } else if (op == KR_NB_MULTIPLY) {
        KrSequenceMethods *sb = KR_TYPE(b)->tp_as_sequence;
        if (sa) {
            kr_ssizeargfunc f = sa->sq_inplace_repeat ? sa->sq_inplace_repeat : sa->sq_repeat;
            if (f)
                return sequence_repeat(f, a, b);
        } else if (sb && sb->sq_repeat) {
            return sequence_repeat(sb->sq_repeat, b, a);
        }
    }
    return binop_type_error(a, b, sym);
}

KrObject *kr_number_binop(int op, KrObject *a, KrObject *b)
{
    if (op >= KR_NB_INPLACE_ADD)
        return kr_number_inplace(op - KR_NB_INPLACE_ADD, a, b);
    switch (op) {
    case KR_NB_ADD: return kr_number_add(a, b);
    case KR_NB_MULTIPLY: return kr_number_multiply(a, b);
    case KR_NB_POWER: return kr_number_power(a, b, Kr_None);
    default:
        if (op < 0 || op > 12)
            return KR_BAD_INTERNAL_CALL();
        return binary_op(a, b, op);
    }
}

#define UNARY(fname, slot, what)                                                          \
    KrObject *fname(KrObject *a)                                                          \
    {                                                                                     \
        KrNumberMethods *nb = KR_TYPE(a)->tp_as_number;                                   \
        if (nb && nb->slot)                                                               \
            return nb->slot(a);                                                           \
        return kr_err_format(KrExc_TypeError, "bad operand type for " what ": '%s'",      \
                             KR_TYPE(a)->tp_name);                                        \
    }
UNARY(kr_number_negative, nb_negative, "unary -")
UNARY(kr_number_positive, nb_positive, "unary +")
UNARY(kr_number_invert, nb_invert, "unary ~")
UNARY(kr_number_absolute, nb_absolute, "abs()")

int kr_index_check(KrObject *a)
{
    KrNumberMethods *nb = KR_TYPE(a)->tp_as_number;
    return nb && nb->nb_index;
}

KrObject *kr_number_index(KrObject *a)
{
    if (KR_INT_CHECK(a))
        return kr_newref(a);
    KrNumberMethods *nb = KR_TYPE(a)->tp_as_number;
    if (!nb || !nb->nb_index)
        return kr_err_format(KrExc_TypeError, "'%s' object cannot be interpreted as an integer",
                             KR_TYPE(a)->tp_name);
    KrObject *r = nb->nb_index(a);
    if (!r || KR_INT_CHECK_EXACT(r))
        return r;
    if (!KR_INT_CHECK(r)) {
        kr_err_format(KrExc_TypeError, "__index__ returned non-int (type %s)", KR_TYPE(r)->tp_name);
        kr_decref(r);
        return NULL;
    }
    return r;
}

ssize_t kr_number_as_ssize(KrObject *a, KrObject *exc)
{
    int64_t v;
    if (KR_INT_CHECK_EXACT(a) && kr_int_fits_i64(a, &v))
        return (ssize_t)v;
    KrObject *i = kr_number_index(a);
    if (!i)
        return -1;
    if (kr_int_fits_i64(i, &v)) {
        kr_decref(i);
        return (ssize_t)v;
    }
    int neg = kr_int_sign(i) < 0;
    kr_decref(i);
    if (!exc)
        return neg ? (ssize_t)INT64_MIN : (ssize_t)INT64_MAX;
    kr_err_format((KrTypeObject *)exc, "cannot fit '%s' into an index-sized integer", KR_TYPE(a)->tp_name);
    return -1;
}

KrObject *kr_number_long(KrObject *a)
{
    if (KR_INT_CHECK_EXACT(a))
        return kr_newref(a);
    return kr_object_vectorcall((KrObject *)&KrInt_Type, &a, 1, NULL);
}

KrObject *kr_number_float(KrObject *a)
{
    if (KR_FLOAT_CHECK_EXACT(a))
        return kr_newref(a);
    return kr_object_vectorcall((KrObject *)&KrFloat_Type, &a, 1, NULL);
}

/* ---- sizes, items ------------------------------------------------------- */

ssize_t kr_object_size(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    if (t->tp_as_sequence && t->tp_as_sequence->sq_length)
        return t->tp_as_sequence->sq_length(o);
    if (t->tp_as_mapping && t->tp_as_mapping->mp_length)
        return t->tp_as_mapping->mp_length(o);
    kr_err_format(KrExc_TypeError, "object of type '%s' has no len()", t->tp_name);
    return -1;
}

static int has_len(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    return (t->tp_as_sequence && t->tp_as_sequence->sq_length) ||
           (t->tp_as_mapping && t->tp_as_mapping->mp_length);
}

ssize_t kr_object_length_hint(KrObject *o, ssize_t dflt)
{
    if (has_len(o)) {
        ssize_t n = kr_object_size(o);
        if (n >= 0)
            return n;
        if (!kr_err_matches((KrObject *)KrExc_TypeError))
            return -1;
        kr_err_clear();
    }
    KrObject *hint = kr_lookup_special(o, KR_ID(__length_hint__));
    if (!hint)
        return kr_err_occurred() ? -1 : dflt;
    KrObject *r = kr_object_call_noargs(hint);
    kr_decref(hint);
    if (!r) {
        if (kr_err_matches((KrObject *)KrExc_TypeError)) {
            kr_err_clear();
            return dflt;
        }
        return -1;
    }
    if (r == Kr_NotImplemented) {
        kr_decref(r);
        return dflt;
    }
    if (!KR_INT_CHECK(r)) {
        kr_err_format(KrExc_TypeError, "__length_hint__ must be an integer, not %s", KR_TYPE(r)->tp_name);
        kr_decref(r);
        return -1;
    }
    ssize_t n = kr_int_as_ssize(r);
    kr_decref(r);
    if (n == -1 && kr_err_occurred())
        return -1;
    if (n < 0) {
        kr_err_set_string(KrExc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

KrObject *kr_object_getitem(KrObject *o, KrObject *key)
{
    KrTypeObject *t = KR_TYPE(o);
    if (t->tp_as_mapping && t->tp_as_mapping->mp_subscript)
        return t->tp_as_mapping->mp_subscript(o, key);
    if (t->tp_as_sequence && t->tp_as_sequence->sq_item) {
        if (kr_index_check(key)) {
            ssize_t i = kr_number_as_ssize(key, (KrObject *)KrExc_IndexError);
            if (i == -1 && kr_err_occurred())
                return NULL;
            return kr_sequence_getitem(o, i);
        }
        return kr_err_format(KrExc_TypeError, "sequence index must be integer, not '%s'",
                             KR_TYPE(key)->tp_name);
    }
    if (KR_TYPE_OBJ_CHECK(o)) {
        KrObject *meth;
        int r = kr_object_lookup_attr(o, KR_ID(__class_getitem__), &meth);
        if (r < 0)
            return NULL;
        if (r > 0) {
            KrObject *res = kr_object_call_one(meth, key);
            kr_decref(meth);
            return res;
        }
        return kr_err_format(KrExc_TypeError, "type '%s' is not subscriptable", ((KrTypeObject *)o)->tp_name);
    }
    return kr_err_format(KrExc_TypeError, "'%s' object is not subscriptable", t->tp_name);
}

/* as CPython: objects with sequence methods and an integer key go through
 * the sequence slots (and say "doesn't"); everything else "does not" */
int kr_object_setitem(KrObject *o, KrObject *key, KrObject *v)
{
    KrTypeObject *t = KR_TYPE(o);
    if (t->tp_as_mapping && t->tp_as_mapping->mp_ass_subscript)
        return t->tp_as_mapping->mp_ass_subscript(o, key, v);
    KrSequenceMethods *sq = t->tp_as_sequence;
    if (sq) {
        if (kr_index_check(key)) {
            ssize_t i = kr_number_as_ssize(key, (KrObject *)KrExc_IndexError);
            if (i == -1 && kr_err_occurred())
                return -1;
            if (!sq->sq_ass_item) {
                if (v)
                    kr_err_format(KrExc_TypeError, "'%s' object does not support item assignment", t->tp_name);
                else
                    kr_err_format(KrExc_TypeError, "'%s' object doesn't support item deletion", t->tp_name);
                return -1;
            }
            if (i < 0 && sq->sq_length) {
                ssize_t n = sq->sq_length(o);
                if (n < 0)
                    return -1;
                i += n;
            }
            return sq->sq_ass_item(o, i, v);
        }
        if (sq->sq_ass_item) {
            kr_err_format(KrExc_TypeError, "sequence index must be integer, not '%s'", KR_TYPE(key)->tp_name);
            return -1;
        }
    }
    if (v)
        kr_err_format(KrExc_TypeError, "'%s' object does not support item assignment", t->tp_name);
    else
        kr_err_format(KrExc_TypeError, "'%s' object does not support item deletion", t->tp_name);
    return -1;
}

int kr_object_delitem(KrObject *o, KrObject *key)
{
    return kr_object_setitem(o, key, NULL);
}

KrObject *kr_sequence_getitem(KrObject *o, ssize_t i)
{
    KrTypeObject *t = KR_TYPE(o);
    KrSequenceMethods *sq = t->tp_as_sequence;
    if (sq && sq->sq_item) {
        if (i < 0 && sq->sq_length) {
            ssize_t n = sq->sq_length(o);
            if (n < 0)
                return NULL;
            i += n;
        }
        return sq->sq_item(o, i);
    }
    if (t->tp_as_mapping && t->tp_as_mapping->mp_subscript) {
        KrObject *k = kr_int_from_ssize(i);
        if (!k)
            return NULL;
        KrObject *r = t->tp_as_mapping->mp_subscript(o, k);
        kr_decref(k);
        return r;
    }
    return kr_err_format(KrExc_TypeError, "'%s' object does not support indexing", t->tp_name);
}

int kr_sequence_contains(KrObject *seq, KrObject *item)
{
    KrSequenceMethods *sq = KR_TYPE(seq)->tp_as_sequence;
    if (sq && sq->sq_contains)
        return sq->sq_contains(seq, item);
    KrObject *it = kr_object_getiter(seq);
    if (!it) {
        if (kr_err_matches((KrObject *)KrExc_TypeError)) {
            kr_err_clear();
            kr_err_format(KrExc_TypeError, "argument of type '%s' is not iterable", KR_TYPE(seq)->tp_name);
        }
        return -1;
    }
    int found = 0;
    KrObject *x;
    while ((x = kr_iter_next(it))) {
        int c = kr_object_richcompare_bool(x, item, KR_EQ);
        kr_decref(x);
        if (c != 0) {
            found = c;
            break;
        }
    }
    kr_decref(it);
    if (found == 0 && kr_err_occurred())
        return -1;
    return found;
}

KrObject *kr_sequence_concat(KrObject *a, KrObject *b)
{
    KrSequenceMethods *sq = KR_TYPE(a)->tp_as_sequence;
    if (sq && sq->sq_concat)
        return sq->sq_concat(a, b);
    if (KR_TYPE(a)->tp_as_number && KR_TYPE(b)->tp_as_number) {
        KrObject *x = binary_op1(a, b, NB_SLOT(nb_add));
        if (x != Kr_NotImplemented)
            return x;
    }
    return kr_err_format(KrExc_TypeError, "'%s' object can't be concatenated", KR_TYPE(a)->tp_name);
}

KrObject *kr_sequence_repeat(KrObject *a, ssize_t n)
{
    KrSequenceMethods *sq = KR_TYPE(a)->tp_as_sequence;
    if (sq && sq->sq_repeat)
        return sq->sq_repeat(a, n);
    if (KR_TYPE(a)->tp_as_number && KR_TYPE(a)->tp_as_number->nb_multiply) {
        KrObject *k = kr_int_from_ssize(n);
        if (!k)
            return NULL;
        KrObject *x = binary_op1(a, k, NB_SLOT(nb_multiply));
        kr_decref(k);
        if (x != Kr_NotImplemented)
            return x;
    }
    return kr_err_format(KrExc_TypeError, "'%s' object can't be repeated", KR_TYPE(a)->tp_name);
}

KrObject *kr_sequence_list(KrObject *o)
{
    KrObject *l = kr_list_new(0);
    if (!l)
        return NULL;
    if (kr_list_extend(l, o) < 0) {
        kr_decref(l);
        return NULL;
    }
    return l;
}

KrObject *kr_sequence_tuple(KrObject *o)
{
    if (KR_TUPLE_CHECK_EXACT(o))
        return kr_newref(o);
    if (KR_LIST_CHECK_EXACT(o))
        return kr_tuple_from_array(KR_LIST_ITEMS(o), KR_LIST_LEN(o));
    KrObject *l = kr_sequence_list(o);
    if (!l)
        return NULL;
    KrObject *t = kr_tuple_from_array(KR_LIST_ITEMS(l), KR_LIST_LEN(l));
    kr_decref(l);
    return t;
}

/* count (want_index 0) or find (1) v in seq by iteration */
static ssize_t iter_search(KrObject *seq, KrObject *v, int want_index)
{
    KrObject *it = kr_object_getiter(seq);
    if (!it)
        return -1;
    ssize_t n = 0, i = 0;
    KrObject *x;
    while ((x = kr_iter_next(it))) {
        int c = kr_object_richcompare_bool(x, v, KR_EQ);
        kr_decref(x);
        if (c < 0)
            goto error;
        if (c) {
            if (want_index) {
                kr_decref(it);
                return i;
            }
            n++;
        }
        i++;
    }
    if (kr_err_occurred())
        goto error;
    kr_decref(it);
    if (want_index) {
        kr_err_set_string(KrExc_ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }
    return n;
error:
    kr_decref(it);
    return -1;
}

ssize_t kr_sequence_count(KrObject *seq, KrObject *v) { return iter_search(seq, v, 0); }
ssize_t kr_sequence_index(KrObject *seq, KrObject *v) { return iter_search(seq, v, 1); }

static KrObject *mapping_method_list(KrObject *o, KrObject *name)
{
    KrObject *r = kr_object_call_method(o, name, NULL, 0);
    if (!r)
        return NULL;
    if (KR_LIST_CHECK_EXACT(r))
        return r;
    KrObject *l = kr_sequence_list(r);
    kr_decref(r);
    return l;
}

KrObject *kr_mapping_keys(KrObject *o)
{
    if (KR_DICT_CHECK_EXACT(o))
        return kr_dict_keys(o);
    return mapping_method_list(o, KR_ID(keys));
}

KrObject *kr_mapping_items(KrObject *o)
{
    if (KR_DICT_CHECK_EXACT(o))
        return kr_dict_items(o);
    return mapping_method_list(o, KR_ID(items));
}

/* ---- iteration ----------------------------------------------------------- */

int kr_iter_check(KrObject *o)
{
    return KR_TYPE(o)->tp_iternext != NULL;
}

KrObject *kr_object_getiter(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    if (t->tp_iter) {
        KrObject *r = t->tp_iter(o);
        if (r && !kr_iter_check(r)) {
            kr_err_format(KrExc_TypeError, "iter() returned non-iterator of type '%s'", KR_TYPE(r)->tp_name);
            kr_decref(r);
            return NULL;
        }
        return r;
    }
    if (t->tp_as_sequence && t->tp_as_sequence->sq_item && !KR_DICT_CHECK(o))
        return kr_seqiter_new(o);
    return kr_err_format(KrExc_TypeError, "'%s' object is not iterable", t->tp_name);
}

KrObject *kr_iter_next(KrObject *it)
{
    kr_iternextfunc f = KR_TYPE(it)->tp_iternext;
    if (!f)
        return kr_err_format(KrExc_TypeError, "'%s' object is not an iterator", KR_TYPE(it)->tp_name);
    KrObject *r = f(it);
    if (r)
        return r;
    KrObject *cur = kr_err_occurred();
    if (cur && KR_TYPE_CHECK(cur, KrExc_StopIteration))
        kr_err_clear();
    return NULL;
}

/* ---- calls --------------------------------------------------------------- */

static KrObject *call_result_check(KrObject *callable, KrObject *r)
{
    if (!r && !kr_err_occurred())
        kr_err_format(KrExc_SystemError, "%R returned NULL without setting an exception", callable);
    return r;
}

KrObject *kr_object_vectorcall(KrObject *callable, KrObject *const *args, ssize_t nargs,
                               KrObject *kwnames)
{
    KrTypeObject *t = KR_TYPE(callable);
    if (t == &KrFunction_Type)
        return kr_function_vectorcall(callable, args, nargs, kwnames);
    if (t == &KrCFunction_Type && ((KrCFunctionObject *)callable)->vectorcall)
        return call_result_check(callable, ((KrCFunctionObject *)callable)->vectorcall(callable, args, nargs, kwnames));
    if (t == &KrMethod_Type && ((KrMethodObject *)callable)->vectorcall)
        return ((KrMethodObject *)callable)->vectorcall(callable, args, nargs, kwnames);
    if (t == &KrType_Type && ((KrTypeObject *)callable)->tp_vectorcall)
        return call_result_check(callable, ((KrTypeObject *)callable)->tp_vectorcall(callable, args, nargs, kwnames));
    kr_vectorcall f = t->tp_call;
    if (!f)
        return kr_err_format(KrExc_TypeError, "'%s' object is not callable", t->tp_name);
    if (kr_enter_recursive_call(" while calling a Python object") < 0)
        return NULL;
    KrObject *r = f(callable, args, nargs, kwnames);
    kr_leave_recursive_call();
    return call_result_check(callable, r);
}

#define SMALL_ARGS 8

KrObject *kr_object_call(KrObject *callable, KrObject *args_tuple, KrObject *kwargs)
{
    ssize_t nargs = args_tuple ? KR_TUPLE_LEN(args_tuple) : 0;
    KrObject *const *pos = args_tuple ? KR_TUPLE_ITEMS(args_tuple) : NULL;
    ssize_t nkw = kwargs ? KR_DICT_LEN(kwargs) : 0;
    if (nkw == 0)
        return kr_object_vectorcall(callable, pos, nargs, NULL);
    KrObject *small[SMALL_ARGS];
    KrObject **stack = small;
    if (nargs + nkw > SMALL_ARGS) {
        stack = kr_mem_alloc(sizeof(KrObject *) * (size_t)(nargs + nkw));
        if (!stack)
            return kr_err_nomemory();
    }
    KrObject *kwnames = kr_tuple_new(nkw);
    KrObject *r = NULL;
    if (!kwnames)
        goto done;
    for (ssize_t i = 0; i < nargs; i++)
        stack[i] = pos[i];
    ssize_t p = 0, j = 0;
    KrObject *k, *v;
    while (kr_dict_next(kwargs, &p, &k, &v)) {
        if (!KR_STR_CHECK(k)) {
            kr_err_set_string(KrExc_TypeError, "keywords must be strings");
            goto done;
        }
        if (j >= nkw)
            break;
        KR_TUPLE_SET(kwnames, j, kr_newref(k));
        stack[nargs + j] = kr_newref(v);
        j++;
    }
    if (j == nkw)
        r = kr_object_vectorcall(callable, stack, nargs, kwnames);
    for (ssize_t i = 0; i < j; i++)
        kr_decref(stack[nargs + i]);
    if (j != nkw && !kr_err_occurred())
        kr_err_set_string(KrExc_RuntimeError, "dictionary changed size during iteration");
done:
    kr_xdecref(kwnames);
    if (stack != small)
        kr_mem_free(stack);
    return r;
}

KrObject *kr_object_call_noargs(KrObject *callable)
{
    return kr_object_vectorcall(callable, NULL, 0, NULL);
}

KrObject *kr_object_call_one(KrObject *callable, KrObject *arg)
{
    return kr_object_vectorcall(callable, &arg, 1, NULL);
}

/* call f(self, *args) without building a bound method */
static KrObject *call_with_self(KrObject *f, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrObject *small[SMALL_ARGS];
    KrObject **stack = small;
    if (nargs + 1 > SMALL_ARGS) {
        stack = kr_mem_alloc(sizeof(KrObject *) * (size_t)(nargs + 1));
        if (!stack)
            return kr_err_nomemory();
    }
    stack[0] = self;
    for (ssize_t i = 0; i < nargs; i++)
        stack[i + 1] = args[i];
    KrObject *r = kr_object_vectorcall(f, stack, nargs + 1, NULL);
    if (stack != small)
        kr_mem_free(stack);
    return r;
}

KrObject *kr_object_call_method(KrObject *obj, KrObject *name, KrObject *const *args, ssize_t nargs)
{
    KrObject *meth = NULL;
    int unbound = kr_object_get_method(obj, name, &meth);
    if (unbound < 0 || !meth)
        return NULL;
    KrObject *r = unbound ? call_with_self(meth, obj, args, nargs)
                          : kr_object_vectorcall(meth, args, nargs, NULL);
    kr_decref(meth);
    return r;
}

KrObject *kr_object_call_method_str(KrObject *obj, const char *name, KrObject *const *args, ssize_t nargs)
{
    KrObject *n = kr_str_intern_cstr(name);
    if (!n)
        return NULL;
    KrObject *r = kr_object_call_method(obj, n, args, nargs);
    kr_decref(n);
    return r;
}

int kr_callable_check(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    return t->tp_call != NULL || t == &KrFunction_Type || t == &KrCFunction_Type ||
           (t == &KrType_Type && ((KrTypeObject *)o)->tp_vectorcall);
}

KrObject *kr_lookup_special(KrObject *o, KrObject *name)
{
    KrTypeObject *t = KR_TYPE(o);
    KrObject *res = kr_type_lookup(t, name);
    if (!res)
        return NULL;
    kr_descrgetfunc f = KR_TYPE(res)->tp_descr_get;
    if (!f)
        return kr_newref(res);
    kr_incref(res);
    KrObject *bound = f(res, o, (KrObject *)t);
    kr_decref(res);
    return bound;
}

KrObject *kr_call_special(KrObject *self, KrObject *name, KrObject *const *args, ssize_t nargs, int *found)
{
    KrTypeObject *t = KR_TYPE(self);
    KrObject *res = kr_type_lookup(t, name);
    if (!res) {
        if (found)
            *found = 0;
        return NULL;
    }
    if (found)
        *found = 1;
    kr_incref(res);
    KrObject *r;
    KrTypeObject *rt = KR_TYPE(res);
    if (rt == &KrFunction_Type || rt == &KrMethodDescr_Type) {
        r = call_with_self(res, self, args, nargs);
    } else if (rt->tp_descr_get) {
        KrObject *bound = rt->tp_descr_get(res, self, (KrObject *)t);
        r = bound ? kr_object_vectorcall(bound, args, nargs, NULL) : NULL;
        kr_xdecref(bound);
    } else {
        r = kr_object_vectorcall(res, args, nargs, NULL);
    }
    kr_decref(res);
    return r;
}

/* ---- argument parsing ------------------------------------------------------ */

int kr_arg_no_kw(const char *fname, KrObject *kwnames)
{
    if (kwnames && KR_TUPLE_LEN(kwnames) > 0) {
        kr_err_format(KrExc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int kr_arg_count(const char *fname, ssize_t nargs, ssize_t min, ssize_t max)
{
    if (nargs < min) {
        kr_err_format(KrExc_TypeError, "%s expected %s%zd argument%s, got %zd", fname,
                      min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        kr_err_format(KrExc_TypeError, "%s expected %s%zd argument%s, got %zd", fname,
                      min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

#define MAX_PARAMS 32

int kr_arg_parse(const char *fname, KrObject *const *args, ssize_t nargs, KrObject *kwnames,
                 const char *const *names, int required, KrObject **out)
{
    const char *pnames[MAX_PARAMS];
    int total = 0, posonly = 0, maxpos = -1;
    for (int i = 0; names[i]; i++) {
        const char *n = names[i];
        if (strcmp(n, "/") == 0) {
            posonly = total;
            continue;
        }
        if (n[0] == '$') {
            if (maxpos < 0)
                maxpos = total;
            n++;
        }
        if (total >= MAX_PARAMS) {
            KR_BAD_INTERNAL_CALL();
            return -1;
        }
        pnames[total++] = n;
    }
    if (maxpos < 0)
        maxpos = total;
    ssize_t nkw = kwnames ? KR_TUPLE_LEN(kwnames) : 0;
    for (int i = 0; i < total; i++)
        out[i] = NULL;
    if (nargs + nkw > total) {
        kr_err_format(KrExc_TypeError, "%s() takes at most %d %sargument%s (%zd given)", fname, total,
                      nargs == 0 ? "keyword " : "", total == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0)
            kr_err_format(KrExc_TypeError, "%s() takes no positional arguments", fname);
        else
            kr_err_format(KrExc_TypeError, "%s() takes %s %d positional argument%s (%zd given)", fname,
                          required < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    int minposonly = KR_MIN(required, posonly);
    if (nargs < minposonly) {
        kr_err_format(KrExc_TypeError, "%s() takes %s %d positional argument%s (%zd given)", fname,
                      minposonly < maxpos ? "at least" : "exactly", minposonly,
                      minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    for (ssize_t i = 0; i < nargs; i++)
        out[i] = args[i];
    for (ssize_t k = 0; k < nkw; k++) {
        KrObject *kn = KR_TUPLE_GET(kwnames, k);
        int j = -1;
        for (int i = posonly; i < total; i++) {
            if (kr_str_eq_cstr(kn, pnames[i])) {
                j = i;
                break;
            }
        }
        if (j < 0) {
            kr_err_format(KrExc_TypeError, "'%S' is an invalid keyword argument for %s()", kn, fname);
            return -1;
        }
        if (out[j]) {
            kr_err_format(KrExc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                          fname, pnames[j], j + 1);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    for (int i = 0; i < required && i < total; i++) {
        if (!out[i]) {
            if (i >= maxpos)
                kr_err_format(KrExc_TypeError, "%s() missing required keyword-only argument '%s'", fname, pnames[i]);
            else
                kr_err_format(KrExc_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                              pnames[i], i + 1);
            return -1;
        }
    }
    return 0;
}
