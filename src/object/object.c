/* object.c: the generic object protocols every part of Krait goes through
 * (repr, str, hash, comparison, truth, attribute access, allocation), the
 * 'object' base type, and the singletons None, NotImplemented and Ellipsis.
 *
 * Attribute lookup follows the language's order: data descriptors on the
 * type win over the instance __dict__, which wins over non-data
 * descriptors and plain class attributes.  Types are asked through their
 * slots only, so Python classes (whose slots call dunders) and C types go
 * down the same road.
 */
#include "kr.h"

/* ---- allocation ------------------------------------------------------- */

KrObject *kr_object_alloc(KrTypeObject *t, ssize_t nitems)
{
    size_t size = (size_t)t->tp_basicsize;
    if (t->tp_itemsize) {
        if (nitems < 0 || (size_t)nitems > (KR_MAX_ALLOC / (size_t)t->tp_itemsize))
            return kr_err_nomemory();
        size += (size_t)(nitems + 1) * (size_t)t->tp_itemsize;
    }
    size = (size + 7) & ~(size_t)7;
    if (size < sizeof(KrObject))
        size = sizeof(KrObject);
    KrObject *o;
    if (t->tp_flags & KR_TPFLAGS_HAVE_GC) {
        o = kr_gc_alloc(t, size);
        if (!o)
            return NULL;
    } else {
        o = kr_mem_calloc(1, size);
        if (!o)
            return kr_err_nomemory();
        kr_refcnt_init(o);
        o->ob_type = t;
    }
    if (t->tp_itemsize)
        KR_SIZE(o) = nitems;
    if (t->tp_flags & KR_TPFLAGS_HEAPTYPE)
        KR_INCREF(t);
    return o;
}

void kr_object_free(KrObject *o)
{
    if (KR_IS_GC(o))
        kr_gc_free(o);
    else
        kr_mem_free(o);
}

void kr_dealloc(KrObject *o)
{
    KR_TYPE(o)->tp_dealloc(o);
}

void kr_object_generic_dealloc(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    if (t->tp_flags & KR_TPFLAGS_HAVE_GC)
        kr_gc_untrack(o);
    /* a heap subclass's dealloc releases its type reference itself */
    if (t->tp_free)
        t->tp_free(o);
    else
        kr_object_free(o);
}

KrObject *kr_object_self_iter(KrObject *o)
{
    return KR_NEWREF(o);
}

/* ---- the trashcan ------------------------------------------------------
 * Deallocating a long chain (a linked list of instances, [[[...]]]) would
 * recurse once per link and overflow the C stack.  Past a small depth,
 * objects are parked on a per-thread list and the outermost dealloc frees
 * them one by one (CPython's "trashcan"). */
#define TRASH_DEPTH 50
_Thread_local ssize_t kr_reftotal_delta;

static _Thread_local int trash_depth;
static _Thread_local KrObject **trash;
static _Thread_local ssize_t trash_n, trash_cap;

int kr_trash_enter(KrObject *o)
{
    if (trash_depth >= TRASH_DEPTH) {
        if (trash_n == trash_cap) {
            ssize_t ncap = trash_cap ? trash_cap * 2 : 256;
            KrObject **nt = kr_mem_realloc(trash, (size_t)ncap * sizeof(KrObject *));
            if (!nt)
                goto recurse;   /* no memory: recurse after all */
            trash = nt;
            trash_cap = ncap;
        }
        if (KR_IS_GC(o))
            kr_gc_untrack(o);
        trash[trash_n++] = o;
        return 1;
    }
recurse:
    trash_depth++;
    return 0;
}

void kr_trash_leave(void)
{
    if (trash_depth == 1) {
        while (trash_n > 0) {
            KrObject *o = trash[--trash_n];
            KR_TYPE(o)->tp_dealloc(o);
        }
        kr_mem_free(trash);
        trash = NULL;
        trash_cap = 0;
    }
    trash_depth--;
}

/* ---- recursion guards ------------------------------------------------- */

#define KR_C_RECURSION_LIMIT 8000

int kr_enter_recursive_call(const char *where)
{
    KrThreadState *ts = kr_tstate();
    if (++ts->c_recursion_depth > KR_C_RECURSION_LIMIT) {
        ts->c_recursion_depth--;
        kr_err_format(KrExc_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        return -1;
    }
    return 0;
}

void kr_leave_recursive_call(void)
{
    kr_tstate()->c_recursion_depth--;
}

/* The objects being repr'd on this thread (borrowed pointers: callers keep
 * them alive).  ts->in_repr points at a ReprStack: a small per-thread one
 * normally, a heap one while nesting is deep (freed when it empties), so
 * nothing is left to release when the thread ends. */
typedef struct { ssize_t n, cap; KrObject **items; } ReprStack;
static _Thread_local KrObject *repr_small_items[32];
static _Thread_local ReprStack repr_small = { 0, 32, NULL };

int kr_repr_enter(KrObject *o)
{
    KrThreadState *ts = kr_tstate();
    ReprStack *st = ts->in_repr;
    if (!st) {
        repr_small.items = repr_small_items;
        st = &repr_small;
        ts->in_repr = st;
    }
    for (ssize_t i = st->n - 1; i >= 0; i--)
        if (st->items[i] == o)
            return 1;
    if (st->n == st->cap) {
        ssize_t ncap = st->cap * 2;
        KrObject **items;
        if (st->items == repr_small_items) {
            items = kr_mem_alloc((size_t)ncap * sizeof(KrObject *));
            if (items)
                memcpy(items, st->items, (size_t)st->n * sizeof(KrObject *));
        } else
            items = kr_mem_realloc(st->items, (size_t)ncap * sizeof(KrObject *));
        if (!items) {
            kr_err_nomemory();
            return -1;
        }
        st->items = items;
        st->cap = ncap;
    }
    st->items[st->n++] = o;
    return 0;
}

void kr_repr_leave(KrObject *o)
{
    ReprStack *st = kr_tstate()->in_repr;
    if (!st)
        return;
    for (ssize_t i = st->n - 1; i >= 0; i--) {
        if (st->items[i] == o) {
            memmove(&st->items[i], &st->items[i + 1], (size_t)(st->n - i - 1) * sizeof(KrObject *));
            st->n--;
            break;
        }
    }
    if (st->n == 0 && st->items != repr_small_items) {
        kr_mem_free(st->items);
        st->items = repr_small_items;
        st->cap = 32;
    }
}

/* ---- repr / str / ascii / format --------------------------------------- */

KrObject *kr_object_default_repr(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    KrObject *mod = kr_type_module_name(t);
    if (!mod)
        kr_err_clear();
    KrObject *qn = kr_type_qualname(t);
    if (!qn) {
        KR_XDECREF(mod);
        return NULL;
    }
    KrObject *r;
    if (mod && KR_STR_CHECK(mod) && !kr_str_eq_cstr(mod, "builtins"))
        r = kr_str_from_format("<%U.%U object at %p>", mod, qn, (void *)o);
    else
        r = kr_str_from_format("<%s object at %p>", t->tp_name, (void *)o);
    KR_XDECREF(mod);
    KR_DECREF(qn);
    return r;
}

KrObject *kr_object_repr(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    if (!t->tp_repr)
        return kr_str_from_format("<%s object at %p>", t->tp_name, (void *)o);
    if (kr_enter_recursive_call(" while getting the repr of an object"))
        return NULL;
    KrObject *r = t->tp_repr(o);
    kr_leave_recursive_call();
    if (r && !KR_STR_CHECK(r)) {
        kr_err_format(KrExc_TypeError, "__repr__ returned non-string (type %s)", KR_TYPE(r)->tp_name);
        KR_DECREF(r);
        return NULL;
    }
    return r;
}

KrObject *kr_object_str(KrObject *o)
{
    if (KR_STR_CHECK_EXACT(o))
        return KR_NEWREF(o);
    KrTypeObject *t = KR_TYPE(o);
    if (!t->tp_str)
        return kr_object_repr(o);
    if (kr_enter_recursive_call(" while getting the str of an object"))
        return NULL;
    KrObject *r = t->tp_str(o);
    kr_leave_recursive_call();
    if (r && !KR_STR_CHECK(r)) {
        kr_err_format(KrExc_TypeError, "__str__ returned non-string (type %s)", KR_TYPE(r)->tp_name);
        KR_DECREF(r);
        return NULL;
    }
    return r;
}

KrObject *kr_object_ascii(KrObject *o)
{
    KrObject *r = kr_object_repr(o);
    if (!r)
        return NULL;
    if (((KrStrObject *)r)->ascii)
        return r;
    KrStrWriter w;
    kr_strwriter_init(&w);
    ssize_t n = KR_STR_LEN(r);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = KR_STR_READ(r, i);
        char buf[16];
        int st;
        if (c < 128) {
            st = kr_strwriter_write_char(&w, c);
        } else {
            if (c < 0x100)
                snprintf(buf, sizeof buf, "\\x%02x", c);
            else if (c < 0x10000)
                snprintf(buf, sizeof buf, "\\u%04x", c);
            else
                snprintf(buf, sizeof buf, "\\U%08x", c);
            st = kr_strwriter_write_ascii(&w, buf, (ssize_t)strlen(buf));
        }
        if (st < 0) {
            kr_strwriter_discard(&w);
            KR_DECREF(r);
            return NULL;
        }
    }
    KR_DECREF(r);
    return kr_strwriter_finish(&w);
}

/* type(o).name looked up on the type and bound to o; NULL without an
 * exception when absent */
static KrObject *lookup_special_bound(KrObject *o, KrObject *name)
{
    KrObject *d = kr_type_lookup(KR_TYPE(o), name);
    if (!d)
        return NULL;
    kr_descrgetfunc f = KR_TYPE(d)->tp_descr_get;
    if (f)
        return f(d, o, KR_OBJ(KR_TYPE(o)));
    return KR_NEWREF(d);
}

KrObject *kr_object_format(KrObject *o, KrObject *spec)
{
    if (spec && !KR_STR_CHECK(spec))
        return kr_err_format(KrExc_TypeError, "format() argument 2 must be str, not %s",
                             KR_TYPE(spec)->tp_name);
    if (!spec || KR_STR_LEN(spec) == 0) {
        if (KR_STR_CHECK_EXACT(o))
            return KR_NEWREF(o);
        if (KR_INT_CHECK_EXACT(o))
            return kr_object_str(o);
    }
    KrObject *meth = lookup_special_bound(o, KR_ID(__format__));
    if (!meth) {
        if (!kr_err_occurred())
            kr_err_format(KrExc_TypeError, "Type %s doesn't define __format__", KR_TYPE(o)->tp_name);
        return NULL;
    }
    KrObject *s = spec ? spec : kr_str_empty();
    KrObject *r = kr_object_vectorcall(meth, &s, 1, NULL);
    KR_DECREF(meth);
    if (r && !KR_STR_CHECK(r)) {
        kr_err_format(KrExc_TypeError, "__format__ must return a str, not %s", KR_TYPE(r)->tp_name);
        KR_DECREF(r);
        return NULL;
    }
    return r;
}

/* ---- hashing ----------------------------------------------------------- */

kr_hash_t kr_object_hash_not_implemented(KrObject *o)
{
    kr_err_format(KrExc_TypeError, "unhashable type: '%s'", KR_TYPE(o)->tp_name);
    return -1;
}

kr_hash_t kr_object_hash(KrObject *o)
{
    kr_hashfunc f = KR_TYPE(o)->tp_hash;
    if (KR_LIKELY(f != NULL))
        return f(o);
    return kr_object_hash_not_implemented(o);
}

static kr_hash_t object_hash(KrObject *o)
{
    size_t y = (size_t)o;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    kr_hash_t h = (kr_hash_t)y;
    if (h == -1)
        h = -2;
    return h;
}

/* ---- comparison -------------------------------------------------------- */

static const int swapped_op[] = { KR_GT, KR_GE, KR_EQ, KR_NE, KR_LT, KR_LE };
static const char *const op_symbols[] = { "<", "<=", "==", "!=", ">", ">=" };

static KrObject *do_richcompare(KrObject *v, KrObject *w, int op)
{
    kr_richcmpfunc f;
    KrObject *res;
    int checked_reverse = 0;
    KrTypeObject *vt = KR_TYPE(v), *wt = KR_TYPE(w);
    if (vt != wt && kr_type_is_subtype(wt, vt) && (f = wt->tp_richcompare) != NULL) {
        checked_reverse = 1;
        res = f(w, v, swapped_op[op]);
        if (res != Kr_NotImplemented)
            return res;
        KR_DECREF(res);
    }
    if ((f = vt->tp_richcompare) != NULL) {
        res = f(v, w, op);
        if (res != Kr_NotImplemented)
            return res;
        KR_DECREF(res);
    }
    if (!checked_reverse && (f = wt->tp_richcompare) != NULL) {
        res = f(w, v, swapped_op[op]);
        if (res != Kr_NotImplemented)
            return res;
        KR_DECREF(res);
    }
    switch (op) {
    case KR_EQ:
        return KR_NEWREF(kr_bool_from(v == w));
    case KR_NE:
        return KR_NEWREF(kr_bool_from(v != w));
    default:
        return kr_err_format(KrExc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                             op_symbols[op], vt->tp_name, wt->tp_name);
    }
}

KrObject *kr_object_richcompare(KrObject *a, KrObject *b, int op)
{
    if (op < 0 || op > 5)
        return KR_BAD_INTERNAL_CALL();
    if (kr_enter_recursive_call(" in comparison"))
        return NULL;
    KrObject *r = do_richcompare(a, b, op);
    kr_leave_recursive_call();
    return r;
}

int kr_object_richcompare_bool(KrObject *a, KrObject *b, int op)
{
    if (a == b) {
        if (op == KR_EQ)
            return 1;
        if (op == KR_NE)
            return 0;
    }
    KrObject *r = kr_object_richcompare(a, b, op);
    if (!r)
        return -1;
    int ok;
    if (r == Kr_True)
        ok = 1;
    else if (r == Kr_False)
        ok = 0;
    else
        ok = kr_object_is_true(r);
    KR_DECREF(r);
    return ok;
}

/* ---- truth ------------------------------------------------------------- */

int kr_object_is_true(KrObject *o)
{
    if (o == Kr_True)
        return 1;
    if (o == Kr_False || o == Kr_None)
        return 0;
    KrTypeObject *t = KR_TYPE(o);
    ssize_t n;
    if (t->tp_as_number && t->tp_as_number->nb_bool)
        return t->tp_as_number->nb_bool(o);
    if (t->tp_as_mapping && t->tp_as_mapping->mp_length)
        n = t->tp_as_mapping->mp_length(o);
    else if (t->tp_as_sequence && t->tp_as_sequence->sq_length)
        n = t->tp_as_sequence->sq_length(o);
    else
        return 1;
    return n > 0 ? 1 : (int)n;
}

int kr_object_not(KrObject *o)
{
    int r = kr_object_is_true(o);
    return r < 0 ? r : !r;
}

/* ---- attributes -------------------------------------------------------- */

KrObject **kr_object_dict_ptr(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    ssize_t off = t->tp_dictoffset;
    if (off == 0)
        return NULL;
    if (off < 0) {
        ssize_t n = KR_SIZE(o);
        if (n < 0)
            n = -n;
        size_t size = (size_t)t->tp_basicsize + (size_t)n * (size_t)t->tp_itemsize;
        size = (size + 7) & ~(size_t)7;
        off += (ssize_t)size;
    }
    return (KrObject **)((char *)o + off);
}

static void set_attribute_error_context(KrObject *o, KrObject *name)
{
    KrObject *exc = kr_tstate()->curexc;
    if (exc && KR_TYPE(exc) == KrExc_AttributeError) {
        KrAttributeErrorObject *ae = (KrAttributeErrorObject *)exc;
        if (!ae->name)
            ae->name = KR_NEWREF(name);
        if (!ae->obj)
            ae->obj = KR_NEWREF(o);
    }
}

static void raise_no_attribute(KrObject *o, KrObject *name)
{
    kr_err_format(KrExc_AttributeError, "'%s' object has no attribute '%U'", KR_TYPE(o)->tp_name, name);
    set_attribute_error_context(o, name);
}

/* generic getattr; suppress: return NULL without an exception when the
 * attribute is simply missing (used by lookup_attr and hasattr) */
KrObject *kr_object_generic_getattr_impl(KrObject *o, KrObject *name, int suppress)
{
    KrTypeObject *t = KR_TYPE(o);
    if (!KR_STR_CHECK(name))
        return kr_err_format(KrExc_TypeError, "attribute name must be string, not '%s'",
                             KR_TYPE(name)->tp_name);
    KrObject *descr = kr_type_lookup(t, name);
    kr_descrgetfunc f = NULL;
    KrObject *res;
    if (descr) {
        KR_INCREF(descr);
        f = KR_TYPE(descr)->tp_descr_get;
        if (f && KR_TYPE(descr)->tp_descr_set) {
            res = f(descr, o, KR_OBJ(t));
            KR_DECREF(descr);
            if (!res && suppress && kr_err_matches(KR_OBJ(KrExc_AttributeError)))
                kr_err_clear();
            return res;
        }
    }
    if (t->tp_dictoffset) {
        KrObject **dp = kr_object_dict_ptr(o);
        if (dp && *dp) {
            KrObject *d = *dp;
            KR_INCREF(d);
            if (KR_DICT_CHECK_EXACT(d) && KR_STR_CHECK_EXACT(name))
                res = kr_dict_get_str(d, name);
            else {
                res = kr_dict_get(d, name);
                if (!res && kr_err_occurred()) {
                    KR_DECREF(d);
                    KR_XDECREF(descr);
                    return NULL;
                }
            }
            if (res) {
                KR_INCREF(res);
                KR_DECREF(d);
                KR_XDECREF(descr);
                return res;
            }
            KR_DECREF(d);
        }
    }
    if (f) {
        res = f(descr, o, KR_OBJ(t));
        KR_DECREF(descr);
        if (!res && suppress && kr_err_matches(KR_OBJ(KrExc_AttributeError)))
            kr_err_clear();
        return res;
    }
    if (descr)
        return descr;
    if (!suppress)
        raise_no_attribute(o, name);
    return NULL;
}

KrObject *kr_object_generic_getattr(KrObject *o, KrObject *name)
{
    return kr_object_generic_getattr_impl(o, name, 0);
}

int kr_object_generic_setattr(KrObject *o, KrObject *name, KrObject *v)
{
    KrTypeObject *t = KR_TYPE(o);
    if (!KR_STR_CHECK(name)) {
        kr_err_format(KrExc_TypeError, "attribute name must be string, not '%s'", KR_TYPE(name)->tp_name);
        return -1;
    }
    KrObject *descr = kr_type_lookup(t, name);
    if (descr) {
        kr_descrsetfunc f = KR_TYPE(descr)->tp_descr_set;
        if (f) {
            KR_INCREF(descr);
            int r = f(descr, o, v);
            KR_DECREF(descr);
            return r;
        }
    }
    KrObject **dp = kr_object_dict_ptr(o);
    if (!dp) {
        if (descr)
            kr_err_format(KrExc_AttributeError, "'%s' object attribute '%U' is read-only", t->tp_name, name);
        else
            raise_no_attribute(o, name);
        return -1;
    }
    if (!*dp) {
        if (!v) {
            raise_no_attribute(o, name);
            return -1;
        }
        *dp = kr_dict_new();
        if (!*dp)
            return -1;
    }
    KrObject *d = *dp;
    KR_INCREF(d);
    int r;
    if (v)
        r = kr_dict_set(d, name, v);
    else {
        r = kr_dict_del(d, name);
        if (r < 0 && kr_err_matches(KR_OBJ(KrExc_KeyError))) {
            kr_err_clear();
            raise_no_attribute(o, name);
        }
    }
    KR_DECREF(d);
    return r;
}

KrObject *kr_object_getattr(KrObject *o, KrObject *name)
{
    KrTypeObject *t = KR_TYPE(o);
    if (!KR_STR_CHECK(name))
        return kr_err_format(KrExc_TypeError, "attribute name must be string, not '%s'",
                             KR_TYPE(name)->tp_name);
    if (t->tp_getattro)
        return t->tp_getattro(o, name);
    raise_no_attribute(o, name);
    return NULL;
}

KrObject *kr_object_getattr_str(KrObject *o, const char *name)
{
    KrObject *n = kr_str_intern_cstr(name);
    if (!n)
        return NULL;
    KrObject *r = kr_object_getattr(o, n);
    KR_DECREF(n);
    return r;
}

int kr_object_lookup_attr(KrObject *o, KrObject *name, KrObject **result)
{
    KrTypeObject *t = KR_TYPE(o);
    if (!KR_STR_CHECK(name)) {
        *result = NULL;
        kr_err_format(KrExc_TypeError, "attribute name must be string, not '%s'", KR_TYPE(name)->tp_name);
        return -1;
    }
    if (t->tp_getattro == kr_object_generic_getattr) {
        *result = kr_object_generic_getattr_impl(o, name, 1);
        if (*result)
            return 1;
        return kr_err_occurred() ? -1 : 0;
    }
    if (!t->tp_getattro) {
        *result = NULL;
        return 0;
    }
    *result = t->tp_getattro(o, name);
    if (*result)
        return 1;
    if (kr_err_matches(KR_OBJ(KrExc_AttributeError))) {
        kr_err_clear();
        return 0;
    }
    return -1;
}

int kr_object_hasattr(KrObject *o, KrObject *name)
{
    KrObject *r;
    int st = kr_object_lookup_attr(o, name, &r);
    if (st < 0) {
        kr_err_clear();
        return 0;
    }
    KR_XDECREF(r);
    return st;
}

int kr_object_setattr(KrObject *o, KrObject *name, KrObject *v)
{
    KrTypeObject *t = KR_TYPE(o);
    if (!KR_STR_CHECK(name)) {
        kr_err_format(KrExc_TypeError, "attribute name must be string, not '%s'", KR_TYPE(name)->tp_name);
        return -1;
    }
    if (t->tp_setattro)
        return t->tp_setattro(o, name, v);
    if (!t->tp_getattro || t->tp_getattro == kr_object_generic_getattr)
        kr_err_format(KrExc_TypeError, "'%s' object has no attributes (%s .%U)", t->tp_name,
                      v ? "assign to" : "del", name);
    else
        kr_err_format(KrExc_TypeError, "'%s' object has only read-only attributes (%s .%U)", t->tp_name,
                      v ? "assign to" : "del", name);
    return -1;
}

int kr_object_setattr_str(KrObject *o, const char *name, KrObject *v)
{
    KrObject *n = kr_str_intern_cstr(name);
    if (!n)
        return -1;
    int r = kr_object_setattr(o, n, v);
    KR_DECREF(n);
    return r;
}

int kr_object_delattr(KrObject *o, KrObject *name)
{
    return kr_object_setattr(o, name, NULL);
}

int kr_object_get_method(KrObject *o, KrObject *name, KrObject **meth)
{
    KrTypeObject *t = KR_TYPE(o);
    *meth = NULL;
    if (t->tp_getattro != kr_object_generic_getattr || !KR_STR_CHECK(name)) {
        *meth = kr_object_getattr(o, name);
        return *meth ? 0 : -1;
    }
    KrObject *descr = kr_type_lookup(t, name);
    kr_descrgetfunc f = NULL;
    int meth_found = 0;
    if (descr) {
        KrTypeObject *dt = KR_TYPE(descr);
        if (dt == &KrFunction_Type || dt == &KrMethodDescr_Type) {
            meth_found = 1;
        } else {
            f = dt->tp_descr_get;
            if (f && dt->tp_descr_set) {
                KR_INCREF(descr);
                *meth = f(descr, o, KR_OBJ(t));
                KR_DECREF(descr);
                return *meth ? 0 : -1;
            }
        }
    }
    if (t->tp_dictoffset) {
        KrObject **dp = kr_object_dict_ptr(o);
        if (dp && *dp) {
            KrObject *d = *dp;
            KrObject *attr;
            if (KR_DICT_CHECK_EXACT(d) && KR_STR_CHECK_EXACT(name))
                attr = kr_dict_get_str(d, name);
            else {
                attr = kr_dict_get(d, name);
                if (!attr && kr_err_occurred())
                    return -1;
            }
            if (attr) {
                *meth = KR_NEWREF(attr);
                return 0;
            }
        }
    }
    if (meth_found) {
        *meth = KR_NEWREF(descr);
        return 1;
    }
    if (f) {
        KR_INCREF(descr);
        *meth = f(descr, o, KR_OBJ(t));
        KR_DECREF(descr);
        return *meth ? 0 : -1;
    }
    if (descr) {
        *meth = KR_NEWREF(descr);
        return 0;
    }
    raise_no_attribute(o, name);
    return -1;
}

/* ---- dir --------------------------------------------------------------- */

int kr_type_merge_dir(KrTypeObject *t, KrObject *dict);   /* type.c */

KrObject *kr_object_generic_dir(KrObject *o)
{
    KrObject *dict = NULL, *cls = NULL, *r = NULL;
    KrObject *d = kr_object_getattr(o, KR_ID(__dict__));
    if (!d) {
        if (!kr_err_matches(KR_OBJ(KrExc_AttributeError)))
            return NULL;
        kr_err_clear();
        dict = kr_dict_new();
    } else if (!KR_DICT_CHECK(d)) {
        KR_DECREF(d);
        dict = kr_dict_new();
    } else {
        dict = kr_dict_copy(d);
        KR_DECREF(d);
    }
    if (!dict)
        return NULL;
    cls = kr_object_getattr(o, KR_ID(__class__));
    if (!cls) {
        if (!kr_err_matches(KR_OBJ(KrExc_AttributeError)))
            goto done;
        kr_err_clear();
    } else if (KR_TYPE_OBJ_CHECK(cls)) {
        if (kr_type_merge_dir((KrTypeObject *)cls, dict) < 0)
            goto done;
    }
    r = kr_dict_keys(dict);
done:
    KR_XDECREF(cls);
    KR_DECREF(dict);
    return r;
}

KrObject *kr_object_dir(KrObject *o)
{
    KrObject *res;
    if (!o) {
        KrObject *loc = kr_eval_get_locals();
        if (!loc)
            return NULL;
        res = kr_mapping_keys(loc);
        KR_DECREF(loc);
        if (!res)
            return NULL;
        if (!KR_LIST_CHECK(res)) {
            KrObject *l = kr_sequence_list(res);
            KR_DECREF(res);
            if (!l)
                return NULL;
            res = l;
        }
    } else {
        KrObject *meth = lookup_special_bound(o, KR_ID(__dir__));
        if (!meth) {
            if (!kr_err_occurred())
                kr_err_set_string(KrExc_TypeError, "object does not provide __dir__");
            return NULL;
        }
        KrObject *r = kr_object_vectorcall(meth, NULL, 0, NULL);
        KR_DECREF(meth);
        if (!r)
            return NULL;
        res = kr_sequence_list(r);
        KR_DECREF(r);
        if (!res)
            return NULL;
    }
    if (kr_list_sort(res, NULL, 0) < 0) {
        KR_DECREF(res);
        return NULL;
    }
    return res;
}

/* ---- isinstance / issubclass ------------------------------------------ */

static int get_bases(KrObject *cls, KrObject **bases)
{
    int r = kr_object_lookup_attr(cls, KR_ID(__bases__), bases);
    if (r <= 0)
        return r;
    if (!KR_TUPLE_CHECK(*bases)) {
        KR_CLEAR(*bases);
        return 0;
    }
    return 1;
}

static int abstract_issubclass(KrObject *derived, KrObject *cls)
{
    KrObject *bases = NULL;
    int r = 0;
    while (1) {
        if (derived == cls) {
            KR_XDECREF(bases);
            return 1;
        }
        KrObject *nb;
        int st = get_bases(derived, &nb);
        KR_XDECREF(bases);
        bases = nb;
        if (st <= 0)
            return st;
        ssize_t n = KR_TUPLE_LEN(bases);
        if (n == 0) {
            KR_DECREF(bases);
            return 0;
        }
        if (n == 1) {
            derived = KR_TUPLE_GET(bases, 0);
            continue;
        }
        break;
    }
    if (kr_enter_recursive_call(" in __issubclass__")) {
        KR_DECREF(bases);
        return -1;
    }
    for (ssize_t i = 0; i < KR_TUPLE_LEN(bases); i++) {
        r = abstract_issubclass(KR_TUPLE_GET(bases, i), cls);
        if (r != 0)
            break;
    }
    kr_leave_recursive_call();
    KR_DECREF(bases);
    return r;
}

static int check_class(KrObject *cls, const char *msg)
{
    KrObject *b;
    int r = get_bases(cls, &b);
    if (r < 0)
        return -1;
    KR_XDECREF(b);
    if (r == 0) {
        kr_err_set_string(KrExc_TypeError, msg);
        return -1;
    }
    return 0;
}

int kr_object_recursive_isinstance(KrObject *inst, KrObject *cls)
{
    KrObject *icls;
    int r;
    if (KR_TYPE_OBJ_CHECK(cls)) {
        r = KR_TYPE_CHECK(inst, (KrTypeObject *)cls);
        if (r == 0) {
            r = kr_object_lookup_attr(inst, KR_ID(__class__), &icls);
            if (icls) {
                if (icls != KR_OBJ(KR_TYPE(inst)) && KR_TYPE_OBJ_CHECK(icls))
                    r = kr_type_is_subtype((KrTypeObject *)icls, (KrTypeObject *)cls);
                else
                    r = 0;
                KR_DECREF(icls);
            }
        }
        return r;
    }
    if (check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union") < 0)
        return -1;
    r = kr_object_lookup_attr(inst, KR_ID(__class__), &icls);
    if (icls) {
        r = abstract_issubclass(icls, cls);
        KR_DECREF(icls);
    }
    return r;
}

int kr_object_is_instance(KrObject *inst, KrObject *cls)
{
    if (KR_OBJ(KR_TYPE(inst)) == cls)
        return 1;
    if (KR_TYPE(cls) == &KrType_Type)
        return kr_object_recursive_isinstance(inst, cls);
    if (KR_TUPLE_CHECK(cls)) {
        if (kr_enter_recursive_call(" in __instancecheck__"))
            return -1;
        int r = 0;
        for (ssize_t i = 0; i < KR_TUPLE_LEN(cls); i++) {
            r = kr_object_is_instance(inst, KR_TUPLE_GET(cls, i));
            if (r != 0)
                break;
        }
        kr_leave_recursive_call();
        return r;
    }
    KrObject *checker = lookup_special_bound(cls, KR_ID(__instancecheck__));
    if (checker) {
        if (kr_enter_recursive_call(" in __instancecheck__")) {
            KR_DECREF(checker);
            return -1;
        }
        KrObject *res = kr_object_vectorcall(checker, &inst, 1, NULL);
        kr_leave_recursive_call();
        KR_DECREF(checker);
        if (!res)
            return -1;
        int ok = kr_object_is_true(res);
        KR_DECREF(res);
        return ok;
    }
    if (kr_err_occurred())
        return -1;
    return kr_object_recursive_isinstance(inst, cls);
}

int kr_object_recursive_issubclass(KrObject *derived, KrObject *cls)
{
    if (KR_TYPE_OBJ_CHECK(cls) && KR_TYPE_OBJ_CHECK(derived))
        return kr_type_is_subtype((KrTypeObject *)derived, (KrTypeObject *)cls);
    if (check_class(derived, "issubclass() arg 1 must be a class") < 0)
        return -1;
    if (!KR_TYPE_OBJ_CHECK(cls) &&
        check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union") < 0)
        return -1;
    return abstract_issubclass(derived, cls);
}

int kr_object_is_subclass(KrObject *derived, KrObject *cls)
{
    if (KR_TYPE(cls) == &KrType_Type) {
        if (derived == cls)
            return 1;
        return kr_object_recursive_issubclass(derived, cls);
    }
    if (KR_TUPLE_CHECK(cls)) {
        if (kr_enter_recursive_call(" in __subclasscheck__"))
            return -1;
        int r = 0;
        for (ssize_t i = 0; i < KR_TUPLE_LEN(cls); i++) {
            r = kr_object_is_subclass(derived, KR_TUPLE_GET(cls, i));
            if (r != 0)
                break;
        }
        kr_leave_recursive_call();
        return r;
    }
    KrObject *checker = lookup_special_bound(cls, KR_ID(__subclasscheck__));
    if (checker) {
        if (kr_enter_recursive_call(" in __subclasscheck__")) {
            KR_DECREF(checker);
            return -1;
        }
        KrObject *res = kr_object_vectorcall(checker, &derived, 1, NULL);
        kr_leave_recursive_call();
        KR_DECREF(checker);
        if (!res)
            return -1;
        int ok = kr_object_is_true(res);
        KR_DECREF(res);
        return ok;
    }
    if (kr_err_occurred())
        return -1;
    return kr_object_recursive_issubclass(derived, cls);
}

KrObject *kr_object_type(KrObject *o)
{
    return KR_NEWREF(KR_TYPE(o));
}

const char *kr_object_type_name(KrObject *o)
{
    return kr_type_name(KR_TYPE(o));
}

/* ---- the 'object' type ------------------------------------------------- */

static int excess_args(ssize_t nargs, KrObject *kwnames)
{
    return nargs > 0 || (kwnames && KR_TUPLE_LEN(kwnames) > 0);
}

static int object_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames);

static KrObject *abstract_error(KrTypeObject *type)
{
    KrObject *am = kr_object_getattr(KR_OBJ(type), KR_ID(__abstractmethods__));
    if (!am)
        return NULL;
    KrObject *sorted = kr_sequence_list(am);
    KR_DECREF(am);
    if (!sorted)
        return NULL;
    if (kr_list_sort(sorted, NULL, 0) < 0) {
        KR_DECREF(sorted);
        return NULL;
    }
    KrObject *sep = kr_str_from_cstr("', '");
    KrObject *joined = sep ? kr_str_join(sep, sorted) : NULL;
    KR_XDECREF(sep);
    ssize_t n = KR_LIST_LEN(sorted);
    KR_DECREF(sorted);
    if (!joined)
        return NULL;
    kr_err_format(KrExc_TypeError, "Can't instantiate abstract class %s without an implementation for abstract method%s '%U'",
                  type->tp_name, n > 1 ? "s" : "", joined);
    KR_DECREF(joined);
    return NULL;
}

KrObject *kr_object_new_default(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (excess_args(nargs, kwnames)) {
        if (type->tp_new != kr_object_new_default)
            return kr_err_format(KrExc_TypeError,
                                 "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->tp_init == object_init)
            return kr_err_format(KrExc_TypeError, "%s() takes no arguments", type->tp_name);
    }
    if (type->tp_flags & KR_TPFLAGS_IS_ABSTRACT)
        return abstract_error(type);
    KrObject *o = kr_object_alloc(type, 0);
    if (o && (type->tp_flags & KR_TPFLAGS_HAVE_GC))
        kr_gc_track(o);
    return o;
}

static int object_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (excess_args(nargs, kwnames)) {
        KrTypeObject *type = KR_TYPE(self);
        if (type->tp_init != object_init) {
            kr_err_set_string(KrExc_TypeError,
                              "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->tp_new == kr_object_new_default) {
            kr_err_format(KrExc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                          type->tp_name);
            return -1;
        }
    }
    return 0;
}

static KrObject *object_repr(KrObject *o)
{
    return kr_object_default_repr(o);
}

static KrObject *object_str(KrObject *o)
{
    kr_reprfunc f = KR_TYPE(o)->tp_repr;
    if (!f)
        f = object_repr;
    return f(o);
}

static KrObject *object_richcompare(KrObject *self, KrObject *other, int op)
{
    switch (op) {
    case KR_EQ:
        return KR_NEWREF(self == other ? Kr_True : Kr_NotImplemented);
    case KR_NE: {
        /* by default, != inverts == (unless == is NotImplemented) */
        kr_richcmpfunc f = KR_TYPE(self)->tp_richcompare;
        if (!f)
            KR_RETURN_NOTIMPL;
        KrObject *r = f(self, other, KR_EQ);
        if (r && r != Kr_NotImplemented) {
            int ok = kr_object_is_true(r);
            KR_DECREF(r);
            if (ok < 0)
                return NULL;
            return KR_NEWREF(kr_bool_from(!ok));
        }
        return r;
    }
    default:
        KR_RETURN_NOTIMPL;
    }
}

static KrObject *object_get_class(KrObject *self, void *c)
{
    return KR_NEWREF(KR_TYPE(self));
}

int kr_type_compatible_for_assignment(KrTypeObject *a, KrTypeObject *b, const char *attr);  /* type.c */

static int object_set_class(KrObject *self, KrObject *value, void *c)
{
    if (!value) {
        kr_err_set_string(KrExc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!KR_TYPE_OBJ_CHECK(value)) {
        kr_err_format(KrExc_TypeError, "__class__ must be set to a class, not '%s' object",
                      KR_TYPE(value)->tp_name);
        return -1;
    }
    KrTypeObject *newto = (KrTypeObject *)value, *oldto = KR_TYPE(self);
    if (!(newto->tp_flags & KR_TPFLAGS_HEAPTYPE) || !(oldto->tp_flags & KR_TPFLAGS_HEAPTYPE)) {
        kr_err_format(KrExc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!kr_type_compatible_for_assignment(oldto, newto, "__class__"))
        return -1;
    KR_INCREF(newto);
    self->ob_type = newto;
    KR_DECREF(oldto);
    return 0;
}

static KrObject *object_format(KrObject *self, KrObject *spec)
{
    if (!KR_STR_CHECK(spec))
        return kr_err_format(KrExc_TypeError, "format() argument 2 must be str, not %s", KR_TYPE(spec)->tp_name);
    if (KR_STR_LEN(spec) > 0)
        return kr_err_format(KrExc_TypeError, "unsupported format string passed to %s.__format__",
                             KR_TYPE(self)->tp_name);
    return kr_object_str(self);
}

static KrObject *object_sizeof(KrObject *self, KrObject *unused)
{
    KrTypeObject *t = KR_TYPE(self);
    ssize_t size = t->tp_basicsize;
    if (t->tp_itemsize) {
        ssize_t n = KR_SIZE(self);
        if (n < 0)
            n = -n;
        size += n * t->tp_itemsize;
    }
    return kr_int_from_ssize(size);
}

static KrObject *object_dir(KrObject *self, KrObject *unused)
{
    return kr_object_generic_dir(self);
}

static KrObject *object_init_subclass(KrObject *cls, KrObject *unused)
{
    KR_RETURN_NONE;
}

static KrObject *object_subclasshook(KrObject *cls, KrObject *const *args, ssize_t nargs)
{
    KR_RETURN_NOTIMPL;
}

/* cls.__new__(cls, *args): what copyreg.__newobj__ does, for when the
 * copyreg module is not available */
static KrObject *newobj_impl(KrObject *unused, KrObject *const *args, ssize_t nargs)
{
    if (nargs < 1 || !KR_TYPE_OBJ_CHECK(args[0]))
        return kr_err_format(KrExc_TypeError, "__newobj__ expects a class as first argument");
    KrObject *nw = kr_object_getattr(args[0], KR_ID(__new__));
    if (!nw)
        return NULL;
    KrObject *r = kr_object_vectorcall(nw, args, nargs, NULL);
    KR_DECREF(nw);
    return r;
}
static KrMethodDef newobj_def = { "__newobj__", KR_CFUNC(newobj_impl), KR_METH_FASTCALL, NULL };

static KrObject *get_newobj(void)
{
    KrObject *mod = kr_import_module("copyreg");
    if (mod) {
        KrObject *f = kr_object_getattr_str(mod, "__newobj__");
        KR_DECREF(mod);
        return f;
    }
    if (!kr_err_matches(KR_OBJ(KrExc_ImportError)))
        return NULL;
    kr_err_clear();
    return kr_cfunction_new(&newobj_def, NULL, NULL);
}

/* copyreg._reconstructor(cls, base, state), for protocols 0 and 1 */
static KrObject *reconstructor_impl(KrObject *unused, KrObject *const *args, ssize_t nargs)
{
    if (nargs != 3 || !KR_TYPE_OBJ_CHECK(args[0]) || !KR_TYPE_OBJ_CHECK(args[1]))
        return kr_err_format(KrExc_TypeError, "_reconstructor expects (cls, base, state)");
    KrTypeObject *base = (KrTypeObject *)args[1];
    KrObject *obj;
    if (base == &KrBaseObject_Type)
        obj = kr_object_new_default((KrTypeObject *)args[0], NULL, 0, NULL);
    else {
        KrObject *nw = kr_object_getattr(args[1], KR_ID(__new__));
        KrObject *a[2] = { args[0], args[2] };
        obj = nw ? kr_object_vectorcall(nw, a, 2, NULL) : NULL;
        KR_XDECREF(nw);
        if (obj && base->tp_init && base->tp_init != kr_object_init_slot &&
            base->tp_init(obj, &args[2], 1, NULL) < 0)
            KR_CLEAR(obj);
    }
    return obj;
}
static KrMethodDef reconstructor_def = { "_reconstructor", KR_CFUNC(reconstructor_impl), KR_METH_FASTCALL, NULL };

static KrObject *reduce_old_protocol(KrObject *self)
{
    KrTypeObject *cls = KR_TYPE(self), *base = cls;
    while (base && (base->tp_flags & KR_TPFLAGS_HEAPTYPE))
        base = base->tp_base;
    if (!base)
        base = &KrBaseObject_Type;
    KrObject *state;
    if (base == &KrBaseObject_Type)
        state = KR_NEWREF(Kr_None);
    else if (base == cls)
        return kr_err_format(KrExc_TypeError, "cannot pickle '%s' object", cls->tp_name);
    else
        state = kr_object_call_one(KR_OBJ(base), self);
    if (!state)
        return NULL;
    KrObject *args = kr_tuple_pack(3, KR_OBJ(cls), KR_OBJ(base), state);
    KR_DECREF(state);
    KrObject *f = args ? kr_cfunction_new(&reconstructor_def, NULL, NULL) : NULL;
    KrObject *gs = f ? kr_object_getattr(self, KR_ID(__getstate__)) : NULL;
    KrObject *d = gs ? kr_object_call_noargs(gs) : NULL;
    KR_XDECREF(gs);
    KrObject *r = NULL;
    if (d) {
        int t = kr_object_is_true(d);
        if (t > 0)
            r = kr_tuple_pack(3, f, args, d);
        else if (t == 0)
            r = kr_tuple_pack(2, f, args);
    }
    KR_XDECREF(d);
    KR_XDECREF(f);
    KR_XDECREF(args);
    return r;
}

static KrObject *object_reduce_common(KrObject *self, int proto)
{
    /* (copyreg.__newobj__, (cls,), state, listitems, dictitems) */
    if (proto < 2)
        return reduce_old_protocol(self);
    KrObject *newobj = get_newobj();
    if (!newobj)
        return NULL;
    KrObject *args = kr_tuple_pack(1, KR_OBJ(KR_TYPE(self)));
    KrObject *state = NULL;
    KrObject *gs = args ? kr_object_getattr(self, KR_ID(__getstate__)) : NULL;
    if (gs) {
        state = kr_object_call_noargs(gs);
        KR_DECREF(gs);
    }
    KrObject *items = KR_LIST_CHECK(self) ? kr_object_getiter(self) : KR_NEWREF(Kr_None);
    KrObject *ditems = NULL;
    if (items && KR_DICT_CHECK(self)) {
        KrObject *it = kr_object_call_method_str(self, "items", NULL, 0);
        ditems = it ? kr_object_getiter(it) : NULL;
        KR_XDECREF(it);
    } else
        ditems = KR_NEWREF(Kr_None);
    if (!args || !state || !items || !ditems) {
        KR_XDECREF(args);
        KR_XDECREF(state);
        KR_XDECREF(items);
        KR_XDECREF(ditems);
        KR_DECREF(newobj);
        return NULL;
    }
    KrObject *r = kr_tuple_pack(5, newobj, args, state, items, ditems);
    KR_DECREF(newobj);
    KR_DECREF(args);
    KR_DECREF(state);
    KR_DECREF(items);
    KR_DECREF(ditems);
    return r;
}

static KrObject *object_reduce(KrObject *self, KrObject *unused)
{
    return object_reduce_common(self, 0);
}

static KrObject *object_reduce_ex(KrObject *self, KrObject *arg)
{
    long proto = kr_int_as_long(arg);
    if (proto == -1 && kr_err_occurred())
        return NULL;
    KrObject *reduce = kr_object_getattr(self, KR_ID(__reduce__));
    if (!reduce)
        return NULL;
    /* an overridden __reduce__ wins */
    KrObject *cls_reduce = kr_type_lookup(KR_TYPE(self), KR_ID(__reduce__));
    KrObject *obj_reduce = kr_dict_get_str(KrBaseObject_Type.tp_dict, KR_ID(__reduce__));
    if (cls_reduce && cls_reduce != obj_reduce) {
        KrObject *r = kr_object_call_noargs(reduce);
        KR_DECREF(reduce);
        return r;
    }
    KR_DECREF(reduce);
    return object_reduce_common(self, (int)proto);
}

static KrObject *object_getstate(KrObject *self, KrObject *unused)
{
    KrObject *state;
    KrObject **dp = kr_object_dict_ptr(self);
    if (dp && *dp && KR_DICT_LEN(*dp) > 0)
        state = kr_dict_copy(*dp);
    else
        state = KR_NEWREF(Kr_None);
    if (!state)
        return NULL;
    /* values of __slots__ go in a second dict: (dict_or_None, slots) */
    KrObject *slots = NULL;
    for (KrTypeObject *t = KR_TYPE(self); t && (t->tp_flags & KR_TPFLAGS_HEAPTYPE); t = t->tp_base) {
        KrObject *names = ((KrHeapTypeObject *)t)->ht_slots;
        if (!names)
            continue;
        for (ssize_t i = 0; i < KR_TUPLE_LEN(names); i++) {
            KrMemberDef *m = &t->tp_members[i];
            KrObject *v = *(KrObject **)((char *)self + m->offset);
            if (!v)
                continue;
            if (!slots && !(slots = kr_dict_new())) {
                KR_DECREF(state);
                return NULL;
            }
            if (kr_dict_set_cstr(slots, m->name, v) < 0) {
                KR_DECREF(state);
                KR_DECREF(slots);
                return NULL;
            }
        }
    }
    if (!slots)
        return state;
    KrObject *r = kr_tuple_pack(2, state, slots);
    KR_DECREF(state);
    KR_DECREF(slots);
    return r;
}

static KrMethodDef object_methods[] = {
    { "__reduce_ex__", KR_CFUNC(object_reduce_ex), KR_METH_O, "Helper for pickle." },
    { "__reduce__", KR_CFUNC(object_reduce), KR_METH_NOARGS, "Helper for pickle." },
    { "__getstate__", KR_CFUNC(object_getstate), KR_METH_NOARGS, "Helper for pickle." },
    { "__subclasshook__", KR_CFUNC(object_subclasshook), KR_METH_CLASS | KR_METH_FASTCALL,
      "Abstract classes can override this to customize issubclass()." },
    { "__init_subclass__", KR_CFUNC(object_init_subclass), KR_METH_CLASS | KR_METH_NOARGS,
      "This method is called when a class is subclassed." },
    { "__format__", KR_CFUNC(object_format), KR_METH_O, "Default object formatter." },
    { "__sizeof__", KR_CFUNC(object_sizeof), KR_METH_NOARGS, "Size of object in memory, in bytes." },
    { "__dir__", KR_CFUNC(object_dir), KR_METH_NOARGS, "Default dir() implementation." },
    { NULL }
};

static KrGetSetDef object_getsets[] = {
    { "__class__", object_get_class, object_set_class, "the object's class" },
    { NULL }
};

KrTypeObject KrBaseObject_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "object",
    .tp_basicsize = sizeof(KrObject),
    .tp_dealloc = kr_object_generic_dealloc,
    .tp_repr = object_repr,
    .tp_hash = object_hash,
    .tp_str = object_str,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_BASETYPE,
    .tp_doc = "The base class of the class hierarchy.\n\n"
              "When called, it accepts no arguments and returns a new featureless\n"
              "instance that has no instance attributes and cannot be given any.\n",
    .tp_richcompare = object_richcompare,
    .tp_methods = object_methods,
    .tp_getset = object_getsets,
    .tp_init = object_init,
    .tp_new = kr_object_new_default,
    .tp_free = kr_object_free,
};

/* exported so type.c can recognise the defaults */
kr_initproc kr_object_init_slot = object_init;

/* ---- None, NotImplemented, Ellipsis ------------------------------------ */

static KrObject *none_repr(KrObject *o) { return kr_str_from_cstr("None"); }
static int none_bool(KrObject *o) { return 0; }
static kr_hash_t none_hash(KrObject *o) { return (kr_hash_t)0xFCA86420; }
static void singleton_dealloc(KrObject *o)
{
    /* immortal: never reached unless a refcount bug drops it to zero */
    o->ob_refcnt = KR_IMMORTAL_REFCNT;
}

static KrObject *none_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (excess_args(nargs, kwnames))
        return kr_err_format(KrExc_TypeError, "NoneType takes no arguments");
    KR_RETURN_NONE;
}

static KrNumberMethods none_as_number = { .nb_bool = none_bool };

KrTypeObject KrNone_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "NoneType",
    .tp_basicsize = sizeof(KrObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = none_repr,
    .tp_as_number = &none_as_number,
    .tp_hash = none_hash,
    .tp_doc = "The type of the None singleton.",
    .tp_new = none_new,
};
KrObject kr_none_struct = KR_STATIC_HEAD(&KrNone_Type);

static KrObject *notimpl_repr(KrObject *o) { return kr_str_from_cstr("NotImplemented"); }
static KrObject *notimpl_reduce(KrObject *o, KrObject *u) { return kr_str_from_cstr("NotImplemented"); }
static int notimpl_bool(KrObject *o)
{
    if (kr_err_warn(&KrExc_DeprecationWarning_Type,
                    "NotImplemented should not be used in a boolean context", 1) < 0)
        return -1;
    return 1;
}
static KrObject *notimpl_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (excess_args(nargs, kwnames))
        return kr_err_format(KrExc_TypeError, "NotImplementedType takes no arguments");
    KR_RETURN_NOTIMPL;
}
static KrNumberMethods notimpl_as_number = { .nb_bool = notimpl_bool };
static KrMethodDef notimpl_methods[] = {
    { "__reduce__", KR_CFUNC(notimpl_reduce), KR_METH_NOARGS, NULL },
    { NULL }
};

KrTypeObject KrNotImplemented_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "NotImplementedType",
    .tp_basicsize = sizeof(KrObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = notimpl_repr,
    .tp_as_number = &notimpl_as_number,
    .tp_methods = notimpl_methods,
    .tp_new = notimpl_new,
};
KrObject kr_notimpl_struct = KR_STATIC_HEAD(&KrNotImplemented_Type);

static KrObject *ellipsis_repr(KrObject *o) { return kr_str_from_cstr("Ellipsis"); }
static KrObject *ellipsis_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (excess_args(nargs, kwnames))
        return kr_err_format(KrExc_TypeError, "ellipsis takes no arguments");
    return Kr_Ellipsis;
}
static KrMethodDef ellipsis_methods[] = {
    { "__reduce__", KR_CFUNC(ellipsis_repr), KR_METH_NOARGS, NULL },
    { NULL }
};

KrTypeObject KrEllipsis_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "ellipsis",
    .tp_basicsize = sizeof(KrObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = ellipsis_repr,
    .tp_methods = ellipsis_methods,
    .tp_new = ellipsis_new,
};
KrObject kr_ellipsis_struct = KR_STATIC_HEAD(&KrEllipsis_Type);
