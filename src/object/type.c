/* type.c: the 'type' type: readying builtin types (MRO, slot inheritance,
 * filling __dict__), C3 linearization, attribute lookup with a method
 * cache, type's own getattr/setattr/call, and the attributes every class
 * has (__name__, __mro__, __dict__ ...).  Creating classes from Python
 * (layout, __slots__, metaclass hand-off) is in typenew.c; the dunder <->
 * slot bridge is in typeslots.c.
 *
 * Method cache: kr_type_lookup is on every attribute access, so results
 * are cached per thread, keyed by (version tag, interned name).  A type's
 * tag changes whenever its dict or MRO changes, and kr_type_modified hands
 * new tags to all subclasses too.  Heap types draw tags from their
 * interpreter's counter, static types from a separate range assigned once
 * at start-up, so the two never collide; a stale entry can never match.
 */
#include "kr.h"

#include "object/typeimpl.h"
#include "object/weakref.h"

/* ---- version tags and the method cache -------------------------------- */

static unsigned int static_version = 0x80000000u;   /* start-up only */

static unsigned int next_version_tag(KrTypeObject *t)
{
    KrThreadState *ts = kr_tstate();
    /* static types take tags from their own range: they are readied once
     * per process, possibly before the first interpreter's counter exists */
    if (!(t->tp_flags & KR_TPFLAGS_HEAPTYPE) || !ts || !ts->interp)
        return ++static_version;
    unsigned int v = ++ts->interp->type_version;
    if (v >= 0x80000000u) {       /* heap tags stay below the static range */
        ts->interp->type_version = 1;
        v = 1;
    }
    return v;
}

#define MCACHE_SIZE 4096
typedef struct { unsigned int version; KrObject *name; KrObject *value; } MCacheEntry;
static _Thread_local MCacheEntry mcache[MCACHE_SIZE];

static inline size_t mcache_index(unsigned int version, KrObject *name)
{
    size_t h = (size_t)version * 2654435761u ^ ((size_t)name >> 4);
    return (h ^ (h >> 13)) & (MCACHE_SIZE - 1);
}

void kr_type_modified(KrTypeObject *t)
{
    t->tp_version_tag = next_version_tag(t);
    KrObject *subs = t->tp_subclasses;
    if (!subs || !IS_HEAP(t))
        return;
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(subs, &pos, &k, &v)) {
        KrTypeObject *sub = (KrTypeObject *)(uintptr_t)kr_int_as_u64_mask(k);
        kr_type_modified(sub);
    }
}

KrObject *kr_type_find_in_mro(KrTypeObject *t, KrObject *name)
{
    KrObject *mro = t->tp_mro;
    if (!mro && !(t->tp_flags & (KR_TPFLAGS_READY | KR_TPFLAGS_READYING)) && !IS_HEAP(t)) {
        /* a builtin type the start-up list forgot: ready it on first use */
        KrObject *exc = kr_err_fetch();
        if (kr_type_ready(t) < 0)
            kr_err_clear();
        kr_err_restore(exc);
        mro = t->tp_mro;
    }
    if (!mro) {
        for (KrTypeObject *b = t; b; b = b->tp_base) {
            if (!b->tp_dict)
                continue;
            KrObject *r = KR_STR_CHECK_EXACT(name) ? kr_dict_get_str(b->tp_dict, name)
                                                   : kr_dict_get(b->tp_dict, name);
            if (r)
                return r;
        }
        return NULL;
    }
    ssize_t n = KR_TUPLE_LEN(mro);
    int exact = KR_STR_CHECK_EXACT(name);
    for (ssize_t i = 0; i < n; i++) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(mro, i);
        KrObject *d = b->tp_dict;
        if (!d)
            continue;
        KrObject *r;
        if (exact)
            r = kr_dict_get_str(d, name);
        else {
            r = kr_dict_get(d, name);
            if (!r && kr_err_occurred())
                kr_err_clear();
        }
        if (r)
            return r;
    }
    return NULL;
}

KrObject *kr_type_lookup(KrTypeObject *t, KrObject *name)
{
    unsigned int v = t->tp_version_tag;
    if (KR_LIKELY(v != 0 && KR_STR_CHECK_EXACT(name) && ((KrStrObject *)name)->interned)) {
        MCacheEntry *e = &mcache[mcache_index(v, name)];
        if (e->version == v && e->name == name)
            return e->value;
        KrObject *r = kr_type_find_in_mro(t, name);
        e->version = v;
        e->name = name;
        e->value = r;
        return r;
    }
    return kr_type_find_in_mro(t, name);
}

int kr_type_is_subtype(KrTypeObject *a, KrTypeObject *b)
{
    if (a == b)
        return 1;
    KrObject *mro = a->tp_mro;
    if (mro) {
        ssize_t n = KR_TUPLE_LEN(mro);
        for (ssize_t i = 0; i < n; i++)
            if (KR_TUPLE_GET(mro, i) == KR_OBJ(b))
                return 1;
        return 0;
    }
    for (; a; a = a->tp_base)
        if (a == b)
            return 1;
    return b == &KrBaseObject_Type;
}

/* ---- names ------------------------------------------------------------ */

const char *kr_type_name(KrTypeObject *t)
{
    if (IS_HEAP(t))
        return t->tp_name;
    const char *s = strrchr(t->tp_name, '.');
    return s ? s + 1 : t->tp_name;
}

static KrObject *type_name_obj(KrTypeObject *t)
{
    if (IS_HEAP(t))
        return KR_NEWREF(HT(t)->ht_name);
    return kr_str_from_cstr(kr_type_name(t));
}

KrObject *kr_type_qualname(KrTypeObject *t)
{
    if (IS_HEAP(t))
        return KR_NEWREF(HT(t)->ht_qualname);
    return kr_str_from_cstr(kr_type_name(t));
}

KrObject *kr_type_module_name(KrTypeObject *t)
{
    if (IS_HEAP(t)) {
        KrObject *m = t->tp_dict ? kr_dict_get_str(t->tp_dict, KR_ID(__module__)) : NULL;
        if (!m)
            return kr_err_format(KrExc_AttributeError, "__module__");
        return KR_NEWREF(m);
    }
    const char *s = strrchr(t->tp_name, '.');
    if (s)
        return kr_str_from_utf8(t->tp_name, s - t->tp_name);
    return kr_str_from_cstr("builtins");
}

KrObject *kr_type_repr(KrTypeObject *t)
{
    KrObject *mod = kr_type_module_name(t);
    if (!mod)
        kr_err_clear();
    else if (!KR_STR_CHECK(mod))
        KR_CLEAR(mod);
    KrObject *name = kr_type_qualname(t);
    if (!name) {
        KR_XDECREF(mod);
        return NULL;
    }
    KrObject *r;
    if (mod && !kr_str_eq_cstr(mod, "builtins"))
        r = kr_str_from_format("<class '%U.%U'>", mod, name);
    else
        r = kr_str_from_format("<class '%s'>", t->tp_name);
    KR_XDECREF(mod);
    KR_DECREF(name);
    return r;
}

static KrObject *type_repr_slot(KrObject *o)
{
    return kr_type_repr((KrTypeObject *)o);
}

/* ---- MRO ---------------------------------------------------------------- */

static int tail_contains(KrObject *list, ssize_t whence, KrObject *o)
{
    for (ssize_t j = whence + 1; j < KR_LIST_LEN(list); j++)
        if (KR_LIST_GET(list, j) == o)
            return 1;
    return 0;
}

static void set_mro_error(KrObject *to_merge, ssize_t *remain)
{
    KrObject *set = kr_dict_new();
    if (!set)
        return;
    ssize_t n = KR_LIST_LEN(to_merge);
    for (ssize_t i = 0; i < n; i++) {
        KrObject *l = KR_LIST_GET(to_merge, i);
        if (remain[i] < KR_LIST_LEN(l)) {
            if (kr_dict_set(set, KR_LIST_GET(l, remain[i]), Kr_None) < 0) {
                KR_DECREF(set);
                return;
            }
        }
    }
    KrStrWriter w;
    kr_strwriter_init(&w);
    ssize_t pos = 0;
    KrObject *k, *v;
    int first = 1;
    while (kr_dict_next(set, &pos, &k, &v)) {
        KrObject *name = kr_object_getattr(k, KR_ID(__name__));
        if (!name) {
            kr_err_clear();
            name = kr_object_repr(k);
        }
        if (!name || (!first && kr_strwriter_write_ascii(&w, ", ", 2) < 0) ||
            (KR_STR_CHECK(name) && kr_strwriter_write_str(&w, name) < 0)) {
            KR_XDECREF(name);
            kr_strwriter_discard(&w);
            KR_DECREF(set);
            return;
        }
        KR_DECREF(name);
        first = 0;
    }
    KR_DECREF(set);
    KrObject *s = kr_strwriter_finish(&w);
    if (!s)
        return;
    kr_err_format(KrExc_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %U", s);
    KR_DECREF(s);
}

static int pmerge(KrObject *acc, KrObject *to_merge)
{
    ssize_t n = KR_LIST_LEN(to_merge);
    ssize_t *remain = kr_mem_calloc((size_t)n + 1, sizeof(ssize_t));
    if (!remain) {
        kr_err_nomemory();
        return -1;
    }
    int res = 0;
again:;
    int empty = 0;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *cur = KR_LIST_GET(to_merge, i);
        if (remain[i] >= KR_LIST_LEN(cur)) {
            empty++;
            continue;
        }
        KrObject *cand = KR_LIST_GET(cur, remain[i]);
        int bad = 0;
        for (ssize_t j = 0; j < n; j++)
            if (tail_contains(KR_LIST_GET(to_merge, j), remain[j], cand)) {
                bad = 1;
                break;
            }
        if (bad)
            continue;
        if (kr_list_append(acc, cand) < 0) {
            res = -1;
            goto out;
        }
        for (ssize_t j = 0; j < n; j++) {
            KrObject *l = KR_LIST_GET(to_merge, j);
            if (remain[j] < KR_LIST_LEN(l) && KR_LIST_GET(l, remain[j]) == cand)
                remain[j]++;
        }
        goto again;
    }
    if (empty != n) {
        set_mro_error(to_merge, remain);
        res = -1;
    }
out:
    kr_mem_free(remain);
    return res;
}

static KrObject *mro_implementation(KrTypeObject *t)
{
    KrObject *bases = t->tp_bases;
    ssize_t n = KR_TUPLE_LEN(bases);
    for (ssize_t i = 0; i < n; i++) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(bases, i);
        if (!b->tp_mro)
            return kr_err_format(KrExc_TypeError, "Cannot extend an incomplete type '%s'", b->tp_name);
    }
    if (n == 1) {
        KrObject *bm = ((KrTypeObject *)KR_TUPLE_GET(bases, 0))->tp_mro;
        ssize_t k = KR_TUPLE_LEN(bm);
        KrObject *r = kr_list_new(k + 1);
        if (!r)
            return NULL;
        KR_LIST_SET(r, 0, KR_NEWREF(t));
        for (ssize_t i = 0; i < k; i++)
            KR_LIST_SET(r, i + 1, KR_NEWREF(KR_TUPLE_GET(bm, i)));
        return r;
    }
    for (ssize_t i = 0; i < n; i++)
        for (ssize_t j = i + 1; j < n; j++)
            if (KR_TUPLE_GET(bases, i) == KR_TUPLE_GET(bases, j)) {
                KrObject *nm = type_name_obj((KrTypeObject *)KR_TUPLE_GET(bases, i));
                if (nm) {
                    kr_err_format(KrExc_TypeError, "duplicate base class %U", nm);
                    KR_DECREF(nm);
                }
                return NULL;
            }
    KrObject *to_merge = kr_list_new(0);
    if (!to_merge)
        return NULL;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *l = kr_sequence_list(((KrTypeObject *)KR_TUPLE_GET(bases, i))->tp_mro);
        if (!l || kr_list_append_steal(to_merge, l) < 0) {
            KR_DECREF(to_merge);
            return NULL;
        }
    }
    KrObject *bl = kr_sequence_list(bases);
    if (!bl || kr_list_append_steal(to_merge, bl) < 0) {
        KR_DECREF(to_merge);
        return NULL;
    }
    KrObject *acc = kr_list_new(0);
    if (!acc || kr_list_append(acc, KR_OBJ(t)) < 0 || pmerge(acc, to_merge) < 0) {
        KR_XDECREF(acc);
        KR_DECREF(to_merge);
        return NULL;
    }
    KR_DECREF(to_merge);
    return acc;
}

static KrObject *type_mro_method(KrObject *self, KrObject *unused)
{
    return mro_implementation((KrTypeObject *)self);
}

static KrMethodDef type_methods[];

/* compute t->tp_mro, calling an overridden mro() of a metaclass */
static int mro_internal(KrTypeObject *t)
{
    KrObject *list;
    KrTypeObject *meta = KR_TYPE(t);
    if (meta != &KrType_Type && IS_HEAP(meta)) {
        KrObject *m = kr_type_lookup(meta, KR_ID(mro));
        KrObject *base_m = KrType_Type.tp_dict ? kr_dict_get_str(KrType_Type.tp_dict, KR_ID(mro)) : NULL;
        if (m && m != base_m) {
            KrObject *r = kr_object_call_method(KR_OBJ(t), KR_ID(mro), NULL, 0);
            if (!r)
                return -1;
            KrObject *tup = kr_sequence_tuple(r);
            KR_DECREF(r);
            if (!tup)
                return -1;
            for (ssize_t i = 0; i < KR_TUPLE_LEN(tup); i++) {
                if (!KR_TYPE_OBJ_CHECK(KR_TUPLE_GET(tup, i))) {
                    kr_err_format(KrExc_TypeError, "mro() returned a non-class ('%s')",
                                  KR_TYPE(KR_TUPLE_GET(tup, i))->tp_name);
                    KR_DECREF(tup);
                    return -1;
                }
            }
            KR_SETREF(t->tp_mro, tup);
            return 0;
        }
    }
    list = mro_implementation(t);
    if (!list)
        return -1;
    KrObject *tup = kr_list_as_tuple(list);
    KR_DECREF(list);
    if (!tup)
        return -1;
    KR_SETREF(t->tp_mro, tup);
    return 0;
}

/* ---- slot inheritance ------------------------------------------------- */

static void inherit_special(KrTypeObject *t, KrTypeObject *base)
{
    if (!(t->tp_flags & KR_TPFLAGS_HAVE_GC) && (base->tp_flags & KR_TPFLAGS_HAVE_GC) &&
        !t->tp_traverse && !t->tp_clear) {
        t->tp_flags |= KR_TPFLAGS_HAVE_GC;
        t->tp_traverse = base->tp_traverse;
        t->tp_clear = base->tp_clear;
    }
    if (t->tp_basicsize == 0)
        t->tp_basicsize = base->tp_basicsize;
    if (t->tp_itemsize == 0)
        t->tp_itemsize = base->tp_itemsize;
    if (t->tp_weaklistoffset == 0)
        t->tp_weaklistoffset = base->tp_weaklistoffset;
    if (t->tp_dictoffset == 0)
        t->tp_dictoffset = base->tp_dictoffset;
    t->tp_flags |= base->tp_flags & (KR_TPFLAGS_LONG_SUBCLASS | KR_TPFLAGS_LIST_SUBCLASS |
                                     KR_TPFLAGS_TUPLE_SUBCLASS | KR_TPFLAGS_BYTES_SUBCLASS |
                                     KR_TPFLAGS_UNICODE_SUBCLASS | KR_TPFLAGS_DICT_SUBCLASS |
                                     KR_TPFLAGS_BASE_EXC_SUBCLASS | KR_TPFLAGS_TYPE_SUBCLASS |
                                     KR_TPFLAGS_SEQUENCE | KR_TPFLAGS_MAPPING);
}

static int overrides_hash(KrTypeObject *t)
{
    KrObject *d = t->tp_dict;
    if (!d)
        return 0;
    return kr_dict_get_str(d, KR_ID(__eq__)) != NULL || kr_dict_get_str(d, KR_ID(__hash__)) != NULL;
}

#define COPY(f) do { if (!t->f && b->f) t->f = b->f; } while (0)
#define COPYNUM(f) do { if (!tn->f) tn->f = bn->f; } while (0)

static void inherit_slots(KrTypeObject *t, KrTypeObject *b)
{
    if (b->tp_as_number && t->tp_as_number && t->tp_as_number != b->tp_as_number) {
        KrNumberMethods *tn = t->tp_as_number, *bn = b->tp_as_number;
        COPYNUM(nb_add); COPYNUM(nb_subtract); COPYNUM(nb_multiply); COPYNUM(nb_remainder);
        COPYNUM(nb_divmod); COPYNUM(nb_power); COPYNUM(nb_negative); COPYNUM(nb_positive);
        COPYNUM(nb_absolute); COPYNUM(nb_bool); COPYNUM(nb_invert); COPYNUM(nb_lshift);
        COPYNUM(nb_rshift); COPYNUM(nb_and); COPYNUM(nb_xor); COPYNUM(nb_or); COPYNUM(nb_int);
        COPYNUM(nb_float); COPYNUM(nb_inplace_add); COPYNUM(nb_inplace_subtract);
        COPYNUM(nb_inplace_multiply); COPYNUM(nb_inplace_remainder); COPYNUM(nb_inplace_power);
        COPYNUM(nb_inplace_lshift); COPYNUM(nb_inplace_rshift); COPYNUM(nb_inplace_and);
        COPYNUM(nb_inplace_xor); COPYNUM(nb_inplace_or); COPYNUM(nb_floor_divide);
        COPYNUM(nb_true_divide); COPYNUM(nb_inplace_floor_divide); COPYNUM(nb_inplace_true_divide);
        COPYNUM(nb_index); COPYNUM(nb_matrix_multiply); COPYNUM(nb_inplace_matrix_multiply);
    }
    if (b->tp_as_sequence && t->tp_as_sequence && t->tp_as_sequence != b->tp_as_sequence) {
        KrSequenceMethods *tn = t->tp_as_sequence, *bn = b->tp_as_sequence;
        COPYNUM(sq_length); COPYNUM(sq_concat); COPYNUM(sq_repeat); COPYNUM(sq_item);
        COPYNUM(sq_ass_item); COPYNUM(sq_contains); COPYNUM(sq_inplace_concat);
        COPYNUM(sq_inplace_repeat);
    }
    if (b->tp_as_mapping && t->tp_as_mapping && t->tp_as_mapping != b->tp_as_mapping) {
        KrMappingMethods *tn = t->tp_as_mapping, *bn = b->tp_as_mapping;
        COPYNUM(mp_length); COPYNUM(mp_subscript); COPYNUM(mp_ass_subscript);
    }
    if (b->tp_as_buffer && t->tp_as_buffer && t->tp_as_buffer != b->tp_as_buffer) {
        KrBufferProcs *tn = t->tp_as_buffer, *bn = b->tp_as_buffer;
        COPYNUM(bf_getbuffer); COPYNUM(bf_releasebuffer);
    }
    COPY(tp_dealloc);
    if (!t->tp_getattro && !IS_HEAP(t))
        t->tp_getattro = b->tp_getattro;
    else
        COPY(tp_getattro);
    COPY(tp_setattro);
    COPY(tp_repr);
    COPY(tp_call);
    COPY(tp_str);
    if (!t->tp_richcompare && !t->tp_hash && !overrides_hash(t)) {
        t->tp_richcompare = b->tp_richcompare;
        t->tp_hash = b->tp_hash;
    }
    COPY(tp_iter);
    COPY(tp_iternext);
    COPY(tp_descr_get);
    COPY(tp_descr_set);
    COPY(tp_init);
    COPY(tp_free);
    COPY(tp_finalize);
}

/* ---- readying a type -------------------------------------------------- */

static KrMethodDef tp_new_def = { "__new__", KR_CFUNC(kr_type_tp_new_wrapper),
                                  KR_METH_FASTCALL | KR_METH_KEYWORDS,
                                  "Create and return a new object.  See help(type) for accurate signature." };

int kr_type_add_subclass(KrTypeObject *base, KrTypeObject *t)
{
    if (!base->tp_subclasses) {
        base->tp_subclasses = kr_dict_new();
        if (!base->tp_subclasses)
            return -1;
        if (!IS_HEAP(base))
            kr_set_immortal(base->tp_subclasses);
    }
    KrObject *key = kr_int_from_u64((uint64_t)(uintptr_t)t);
    if (!key)
        return -1;
    int r = kr_dict_set(base->tp_subclasses, key, Kr_None);
    KR_DECREF(key);
    return r;
}

void kr_type_remove_subclass(KrTypeObject *base, KrTypeObject *t)
{
    if (!base->tp_subclasses)
        return;
    KrObject *exc = kr_err_fetch();
    KrObject *key = kr_int_from_u64((uint64_t)(uintptr_t)t);
    if (key) {
        if (kr_dict_del(base->tp_subclasses, key) < 0)
            kr_err_clear();
        KR_DECREF(key);
    } else
        kr_err_clear();
    kr_err_restore(exc);
}

static int add_methods(KrTypeObject *t, int immortal)
{
    for (KrMethodDef *m = t->tp_methods; m && m->ml_name; m++) {
        KrObject *d;
        if (kr_dict_get_cstr(t->tp_dict, m->ml_name) && !(m->ml_flags & KR_METH_COEXIST))
            continue;
        if (m->ml_flags & KR_METH_CLASS)
            d = kr_descr_new_classmethod(t, m);
        else if (m->ml_flags & KR_METH_STATIC) {
            KrObject *f = kr_cfunction_new(m, KR_OBJ(t), NULL);
            if (!f)
                return -1;
            d = kr_staticmethod_new(f);
            KR_DECREF(f);
        } else
            d = kr_descr_new_method(t, m);
        if (!d)
            return -1;
        if (immortal)
            kr_set_immortal(d);
        int r = kr_dict_set_cstr(t->tp_dict, m->ml_name, d);
        KR_DECREF(d);
        if (r < 0)
            return -1;
    }
    for (KrMemberDef *m = t->tp_members; m && m->name; m++) {
        if (kr_dict_get_cstr(t->tp_dict, m->name))
            continue;
        KrObject *d = kr_descr_new_member(t, m);
        if (!d)
            return -1;
        if (immortal)
            kr_set_immortal(d);
        int r = kr_dict_set_cstr(t->tp_dict, m->name, d);
        KR_DECREF(d);
        if (r < 0)
            return -1;
    }
    for (KrGetSetDef *g = t->tp_getset; g && g->name; g++) {
        if (kr_dict_get_cstr(t->tp_dict, g->name))
            continue;
        KrObject *d = kr_descr_new_getset(t, g);
        if (!d)
            return -1;
        if (immortal)
            kr_set_immortal(d);
        int r = kr_dict_set_cstr(t->tp_dict, g->name, d);
        KR_DECREF(d);
        if (r < 0)
            return -1;
    }
    return 0;
}

static void make_dict_immortal(KrObject *d)
{
    kr_set_immortal(d);
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(d, &pos, &k, &v)) {
        kr_set_immortal(k);
        kr_set_immortal(v);
    }
}

/* common part of readying: static types and new classes */
int kr_type_ready_common(KrTypeObject *t)
{
    int heap = IS_HEAP(t);
    KrTypeObject *base = t->tp_base;
    if (!base && t != &KrBaseObject_Type)
        base = t->tp_base = &KrBaseObject_Type;
    if (base && !(base->tp_flags & KR_TPFLAGS_READY) && kr_type_ready(base) < 0)
        return -1;
    if (!KR_TYPE(t) && base)
        t->ob_base.ob_base.ob_type = KR_TYPE(base);
    if (!t->tp_bases) {
        t->tp_bases = base ? kr_tuple_pack(1, base) : kr_tuple_new(0);
        if (!t->tp_bases)
            return -1;
        if (!heap)
            kr_set_immortal(t->tp_bases);
    }
    for (ssize_t i = 0; i < KR_TUPLE_LEN(t->tp_bases); i++) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(t->tp_bases, i);
        if (!(b->tp_flags & KR_TPFLAGS_READY) && kr_type_ready(b) < 0)
            return -1;
    }
    if (!t->tp_dict) {
        t->tp_dict = kr_dict_new();
        if (!t->tp_dict)
            return -1;
    }
    if (!heap) {
        if (kr_typeslots_add_operators(t) < 0 || add_methods(t, 1) < 0)
            return -1;
    } else if (add_methods(t, 0) < 0)
        return -1;
    if (mro_internal(t) < 0)
        return -1;
    if (base) {
        inherit_special(t, base);
        if (!t->tp_as_number) t->tp_as_number = base->tp_as_number;
        if (!t->tp_as_sequence) t->tp_as_sequence = base->tp_as_sequence;
        if (!t->tp_as_mapping) t->tp_as_mapping = base->tp_as_mapping;
        if (!t->tp_as_buffer) t->tp_as_buffer = base->tp_as_buffer;
    }
    KrObject *mro = t->tp_mro;
    for (ssize_t i = 1; i < KR_TUPLE_LEN(mro); i++)
        inherit_slots(t, (KrTypeObject *)KR_TUPLE_GET(mro, i));
    /* __new__ */
    if (t->tp_flags & KR_TPFLAGS_DISALLOW_INSTANTIATION) {
        t->tp_new = NULL;
    } else if (t->tp_new && !heap) {
        if (!kr_dict_get_str(t->tp_dict, KR_ID(__new__))) {
            KrObject *f = kr_cfunction_new(&tp_new_def, KR_OBJ(t), NULL);
            if (!f || kr_dict_set(t->tp_dict, KR_ID(__new__), f) < 0) {
                KR_XDECREF(f);
                return -1;
            }
            KR_DECREF(f);
        }
    } else if (!t->tp_new && base) {
        if (heap || base != &KrBaseObject_Type)
            t->tp_new = base->tp_new;
    }
    /* __hash__ = None for types that compare but do not hash */
    if (!t->tp_hash) {
        if (!kr_dict_get_str(t->tp_dict, KR_ID(__hash__)) &&
            kr_dict_set(t->tp_dict, KR_ID(__hash__), Kr_None) < 0)
            return -1;
        t->tp_hash = kr_object_hash_not_implemented;
    }
    if (!kr_dict_get_str(t->tp_dict, KR_ID(__doc__))) {
        KrObject *doc = t->tp_doc && !heap ? kr_str_from_cstr(t->tp_doc) : KR_NEWREF(Kr_None);
        if (!doc || kr_dict_set(t->tp_dict, KR_ID(__doc__), doc) < 0) {
            KR_XDECREF(doc);
            return -1;
        }
        KR_DECREF(doc);
    }
    if (!t->tp_free)
        t->tp_free = kr_object_free;
    for (ssize_t i = 0; i < KR_TUPLE_LEN(t->tp_bases); i++) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(t->tp_bases, i);
        /* static bases are shared by all interpreters: only static
         * subclasses are recorded on them */
        if ((IS_HEAP(b) || !heap) && kr_type_add_subclass(b, t) < 0)
            return -1;
    }
    t->tp_version_tag = next_version_tag(t);
    return 0;
}

static int slots_initialised;

int kr_type_ready(KrTypeObject *t)
{
    if (t->tp_flags & KR_TPFLAGS_READY)
        return 0;
    if (!slots_initialised) {
        slots_initialised = 1;
        kr_typeslots_init();
    }
    t->tp_flags |= KR_TPFLAGS_READYING;
    if (t == &KrType_Type || (t->tp_base && (t->tp_base->tp_flags & KR_TPFLAGS_TYPE_SUBCLASS)))
        t->tp_flags |= KR_TPFLAGS_TYPE_SUBCLASS;
    if (kr_type_ready_common(t) < 0) {
        t->tp_flags &= ~(unsigned long)KR_TPFLAGS_READYING;
        return -1;
    }
    if (!IS_HEAP(t)) {
        make_dict_immortal(t->tp_dict);
        kr_set_immortal(t->tp_mro);
        kr_set_immortal(t->tp_bases);
    }
    t->tp_flags = (t->tp_flags & ~(unsigned long)KR_TPFLAGS_READYING) | KR_TPFLAGS_READY;
    /* types owned by the type machinery that the start-up list does not name */
    if (t == &KrType_Type && (kr_type_ready(&KrGenericAlias_Type) < 0 || kr_type_ready(&KrUnionType_Type) < 0))
        return -1;
    return 0;
}

KrObject *kr_type_generic_alloc(KrTypeObject *t, ssize_t nitems)
{
    KrObject *o = kr_object_alloc(t, nitems);
    if (o && (t->tp_flags & KR_TPFLAGS_HAVE_GC))
        kr_gc_track(o);
    return o;
}

/* ---- type's slots ------------------------------------------------------ */

/* type[int] works, yet classes do not inherit a __class_getitem__ from
 * their metatype: only 'type' itself answers to the name */
static KrObject *type_class_getitem(KrObject *cls, KrObject *args)
{
    return kr_generic_alias_new(cls, args);
}
static KrMethodDef type_class_getitem_def = { "__class_getitem__", KR_CFUNC(type_class_getitem), KR_METH_O,
                                              "See PEP 585" };

static KrObject *type_getattro(KrObject *self, KrObject *name)
{
    if (self == KR_OBJ(&KrType_Type) && KR_STR_CHECK(name) && name == KR_ID(__class_getitem__))
        return kr_cfunction_new(&type_class_getitem_def, self, NULL);
    KrTypeObject *t = (KrTypeObject *)self, *meta = KR_TYPE(self);
    if (!KR_STR_CHECK(name))
        return kr_err_format(KrExc_TypeError, "attribute name must be string, not '%s'", KR_TYPE(name)->tp_name);
    KrObject *ma = kr_type_lookup(meta, name);
    kr_descrgetfunc mget = NULL;
    if (ma) {
        KR_INCREF(ma);
        mget = KR_TYPE(ma)->tp_descr_get;
        if (mget && KR_TYPE(ma)->tp_descr_set) {
            KrObject *r = mget(ma, self, KR_OBJ(meta));
            KR_DECREF(ma);
            return r;
        }
    }
    KrObject *a = kr_type_lookup(t, name);
    if (a) {
        KR_XDECREF(ma);
        kr_descrgetfunc lget = KR_TYPE(a)->tp_descr_get;
        if (lget) {
            KR_INCREF(a);
            KrObject *r = lget(a, NULL, self);
            KR_DECREF(a);
            return r;
        }
        return KR_NEWREF(a);
    }
    if (mget) {
        KrObject *r = mget(ma, self, KR_OBJ(meta));
        KR_DECREF(ma);
        return r;
    }
    if (ma)
        return ma;
    kr_err_format(KrExc_AttributeError, "type object '%s' has no attribute '%U'", t->tp_name, name);
    KrObject *exc = kr_tstate()->curexc;
    if (exc && KR_TYPE(exc) == KrExc_AttributeError) {
        KrAttributeErrorObject *ae = (KrAttributeErrorObject *)exc;
        if (!ae->name) ae->name = KR_NEWREF(name);
        if (!ae->obj) ae->obj = KR_NEWREF(self);
    }
    return NULL;
}

static int is_dunder(KrObject *name)
{
    ssize_t n = KR_STR_LEN(name);
    return n > 4 && KR_STR_READ(name, 0) == '_' && KR_STR_READ(name, 1) == '_' &&
           KR_STR_READ(name, n - 1) == '_' && KR_STR_READ(name, n - 2) == '_';
}

static int type_setattro(KrObject *self, KrObject *name, KrObject *value)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!KR_STR_CHECK(name)) {
        kr_err_format(KrExc_TypeError, "attribute name must be string, not '%s'", KR_TYPE(name)->tp_name);
        return -1;
    }
    if (!IS_HEAP(t) || (t->tp_flags & KR_TPFLAGS_IMMUTABLETYPE)) {
        kr_err_format(KrExc_TypeError, "cannot set %R attribute of immutable type '%s'", name, t->tp_name);
        return -1;
    }
    KrObject *iname = KR_NEWREF(name);
    if (KR_STR_CHECK_EXACT(iname) && !((KrStrObject *)iname)->interned) {
        iname = kr_str_intern(iname);
        if (!iname)
            return -1;
    }
    int r;
    KrObject *descr = kr_type_lookup(KR_TYPE(self), iname);
    if (descr && KR_TYPE(descr)->tp_descr_set) {
        KR_INCREF(descr);
        r = KR_TYPE(descr)->tp_descr_set(descr, self, value);
        KR_DECREF(descr);
    } else if (value) {
        r = kr_dict_set(t->tp_dict, iname, value);
    } else {
        r = kr_dict_del(t->tp_dict, iname);
        if (r < 0 && kr_err_matches(KR_OBJ(KrExc_KeyError))) {
            kr_err_clear();
            kr_err_format(KrExc_AttributeError, "type object '%s' has no attribute '%U'", t->tp_name, iname);
        }
    }
    if (r == 0) {
        kr_type_modified(t);
        if (is_dunder(iname))
            kr_typeslots_update(t, iname);
    }
    KR_DECREF(iname);
    return r;
}

static KrObject *type_call(KrObject *callable, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrTypeObject *t = (KrTypeObject *)callable;
    if (t == &KrType_Type) {
        if (nargs == 1 && (!kwnames || KR_TUPLE_LEN(kwnames) == 0))
            return KR_NEWREF(KR_TYPE(args[0]));
        if (nargs != 1 && nargs != 3)
            return kr_err_format(KrExc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (t->tp_vectorcall)
        return t->tp_vectorcall(callable, args, nargs, kwnames);
    if (!t->tp_new)
        return kr_err_format(KrExc_TypeError, "cannot create '%s' instances", t->tp_name);
    KrObject *obj = t->tp_new(t, args, nargs, kwnames);
    if (!obj)
        return NULL;
    if (!KR_TYPE_CHECK(obj, t))
        return obj;
    KrTypeObject *ot = KR_TYPE(obj);
    if (ot->tp_init) {
        if (ot->tp_init(obj, args, nargs, kwnames) < 0) {
            KR_DECREF(obj);
            return NULL;
        }
    }
    return obj;
}

KrObject *kr_type_new_impl(KrTypeObject *meta, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    ssize_t nkw = kwnames ? KR_TUPLE_LEN(kwnames) : 0;
    if (meta == &KrType_Type && nargs == 1 && nkw == 0)
        return KR_NEWREF(KR_TYPE(args[0]));
    if (nargs != 3)
        return kr_err_format(KrExc_TypeError, "type.__new__() takes exactly 3 arguments (%zd given)", nargs);
    if (!KR_STR_CHECK(args[0]))
        return kr_err_format(KrExc_TypeError, "type.__new__() argument 1 must be str, not %s",
                             KR_TYPE(args[0])->tp_name);
    if (!KR_TUPLE_CHECK(args[1]))
        return kr_err_format(KrExc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                             KR_TYPE(args[1])->tp_name);
    if (!KR_DICT_CHECK(args[2]))
        return kr_err_format(KrExc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                             KR_TYPE(args[2])->tp_name);
    KrObject *kw = NULL;
    if (nkw) {
        kw = kr_dict_new();
        if (!kw)
            return NULL;
        for (ssize_t i = 0; i < nkw; i++)
            if (kr_dict_set(kw, KR_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                KR_DECREF(kw);
                return NULL;
            }
    }
    KrObject *r = kr_type_new_class(meta, args[0], args[1], args[2], kw);
    KR_XDECREF(kw);
    return r;
}

static int type_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    ssize_t nkw = kwnames ? KR_TUPLE_LEN(kwnames) : 0;
    if (nargs == 1 && nkw) {
        kr_err_set_string(KrExc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        kr_err_set_string(KrExc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static int type_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!IS_HEAP(t))
        return 0;
    KR_VISIT(t->tp_dict);
    KR_VISIT(t->tp_mro);
    KR_VISIT(t->tp_bases);
    KR_VISIT(t->tp_base);
    KR_VISIT(HT(t)->ht_slots);
    KR_VISIT(HT(t)->ht_module);
    if (IS_HEAP(KR_TYPE(self)))
        KR_VISIT(KR_TYPE(self));
    return 0;
}

static int type_clear(KrObject *self)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!IS_HEAP(t))
        return 0;
    kr_type_modified(t);
    if (t->tp_dict)
        kr_dict_clear(t->tp_dict);
    KR_CLEAR(t->tp_mro);
    return 0;
}

static void type_dealloc(KrObject *self)
{
    KrTypeObject *t = (KrTypeObject *)self;
    KrHeapTypeObject *ht = HT(t);
    kr_gc_untrack(self);
    kr_weakref_clear_refs(self);
    if (t->tp_bases)
        for (ssize_t i = 0; i < KR_TUPLE_LEN(t->tp_bases); i++) {
            KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(t->tp_bases, i);
            if (IS_HEAP(b))
                kr_type_remove_subclass(b, t);
        }
    t->tp_version_tag = 0;
    KR_XDECREF(t->tp_base);
    KR_XDECREF(t->tp_dict);
    KR_XDECREF(t->tp_bases);
    KR_XDECREF(t->tp_mro);
    KR_XDECREF(t->tp_subclasses);
    KR_XDECREF(ht->ht_name);
    KR_XDECREF(ht->ht_qualname);
    KR_XDECREF(ht->ht_slots);
    KR_XDECREF(ht->ht_module);
    kr_mem_free(ht->ht_tpname);
    /* a heap metatype's reference is dropped by subtype_dealloc */
    KR_TYPE(self)->tp_free(self);
}

/* ---- type's attributes ------------------------------------------------- */

static int check_set_special(KrTypeObject *t, KrObject *v, const char *name)
{
    if (!IS_HEAP(t)) {
        kr_err_format(KrExc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name, t->tp_name);
        return -1;
    }
    if (!v) {
        kr_err_format(KrExc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, t->tp_name);
        return -1;
    }
    return 0;
}

static KrObject *type_get_name(KrObject *self, void *c)
{
    return type_name_obj((KrTypeObject *)self);
}

static int type_set_name(KrObject *self, KrObject *v, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (check_set_special(t, v, "__name__") < 0)
        return -1;
    if (!KR_STR_CHECK(v)) {
        kr_err_format(KrExc_TypeError, "can only assign string to %s.__name__, not '%s'", t->tp_name,
                      KR_TYPE(v)->tp_name);
        return -1;
    }
    ssize_t len;
    const char *u = kr_str_utf8_len(v, &len);
    if (!u)
        return -1;
    if ((ssize_t)strlen(u) != len) {
        kr_err_set_string(KrExc_ValueError, "type name must not contain null characters");
        return -1;
    }
    char *copy = kr_mem_strdup(u);
    if (!copy) {
        kr_err_nomemory();
        return -1;
    }
    kr_mem_free(HT(t)->ht_tpname);
    HT(t)->ht_tpname = copy;
    t->tp_name = copy;
    KR_SETREF(HT(t)->ht_name, KR_NEWREF(v));
    return 0;
}

static KrObject *type_get_qualname(KrObject *self, void *c)
{
    return kr_type_qualname((KrTypeObject *)self);
}

static int type_set_qualname(KrObject *self, KrObject *v, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (check_set_special(t, v, "__qualname__") < 0)
        return -1;
    if (!KR_STR_CHECK(v)) {
        kr_err_format(KrExc_TypeError, "can only assign string to %s.__qualname__, not '%s'", t->tp_name,
                      KR_TYPE(v)->tp_name);
        return -1;
    }
    KR_SETREF(HT(t)->ht_qualname, KR_NEWREF(v));
    return 0;
}

static KrObject *type_get_module(KrObject *self, void *c)
{
    return kr_type_module_name((KrTypeObject *)self);
}

static int type_set_module(KrObject *self, KrObject *v, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (check_set_special(t, v, "__module__") < 0)
        return -1;
    kr_type_modified(t);
    return kr_dict_set(t->tp_dict, KR_ID(__module__), v);
}

static KrObject *type_get_doc(KrObject *self, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    KrObject *d = t->tp_dict ? kr_dict_get_str(t->tp_dict, KR_ID(__doc__)) : NULL;
    if (!d) {
        if (!IS_HEAP(t) && t->tp_doc)
            return kr_str_from_cstr(t->tp_doc);
        KR_RETURN_NONE;
    }
    if (KR_TYPE(d)->tp_descr_get)
        return KR_TYPE(d)->tp_descr_get(d, NULL, self);
    return KR_NEWREF(d);
}

static int type_set_doc(KrObject *self, KrObject *v, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (check_set_special(t, v, "__doc__") < 0)
        return -1;
    kr_type_modified(t);
    return kr_dict_set(t->tp_dict, KR_ID(__doc__), v);
}

static KrObject *type_get_dict(KrObject *self, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!t->tp_dict)
        KR_RETURN_NONE;
    return kr_mappingproxy_new(t->tp_dict);
}

static KrObject *type_get_bases(KrObject *self, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    return KR_NEWREF(t->tp_bases ? t->tp_bases : kr_tuple_empty());
}

static int mro_hierarchy(KrTypeObject *t)
{
    if (mro_internal(t) < 0)
        return -1;
    kr_type_modified(t);
    KrObject *subs = t->tp_subclasses;
    if (!subs)
        return 0;
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(subs, &pos, &k, &v)) {
        KrTypeObject *sub = (KrTypeObject *)(uintptr_t)kr_int_as_u64_mask(k);
        if (mro_hierarchy(sub) < 0)
            return -1;
    }
    return 0;
}

static int type_set_bases(KrObject *self, KrObject *v, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (check_set_special(t, v, "__bases__") < 0)
        return -1;
    if (!KR_TUPLE_CHECK(v)) {
        kr_err_format(KrExc_TypeError, "can only assign tuple to %s.__bases__, not %s", t->tp_name,
                      KR_TYPE(v)->tp_name);
        return -1;
    }
    if (KR_TUPLE_LEN(v) == 0) {
        kr_err_format(KrExc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->tp_name);
        return -1;
    }
    for (ssize_t i = 0; i < KR_TUPLE_LEN(v); i++) {
        KrObject *b = KR_TUPLE_GET(v, i);
        if (!KR_TYPE_OBJ_CHECK(b)) {
            kr_err_format(KrExc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->tp_name,
                          KR_TYPE(b)->tp_name);
            return -1;
        }
        if (kr_type_is_subtype((KrTypeObject *)b, t)) {
            kr_err_set_string(KrExc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    KrTypeObject *nb = kr_type_best_base(v);
    if (!nb)
        return -1;
    if (!kr_type_compatible_for_assignment(t->tp_base, nb, "__bases__"))
        return -1;
    KrObject *old_bases = t->tp_bases, *old_mro = KR_XNEWREF(t->tp_mro);
    KrTypeObject *old_base = t->tp_base;
    t->tp_bases = KR_NEWREF(v);
    t->tp_base = (KrTypeObject *)KR_NEWREF(nb);
    if (mro_hierarchy(t) < 0) {
        KR_DECREF(t->tp_bases);
        KR_DECREF(t->tp_base);
        t->tp_bases = old_bases;
        t->tp_base = old_base;
        KR_SETREF(t->tp_mro, old_mro);
        return -1;
    }
    for (ssize_t i = 0; i < KR_TUPLE_LEN(old_bases); i++) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(old_bases, i);
        if (IS_HEAP(b))
            kr_type_remove_subclass(b, t);
    }
    for (ssize_t i = 0; i < KR_TUPLE_LEN(v); i++) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(v, i);
        if (IS_HEAP(b))
            kr_type_add_subclass(b, t);
    }
    KR_DECREF(old_bases);
    KR_DECREF(old_base);
    KR_XDECREF(old_mro);
    kr_typeslots_fixup(t);
    return 0;
}

static KrObject *type_get_mro(KrObject *self, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!t->tp_mro)
        KR_RETURN_NONE;
    return KR_NEWREF(t->tp_mro);
}

static KrObject *type_get_abstractmethods(KrObject *self, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    KrObject *r = NULL;
    if (t != &KrType_Type && t->tp_dict)
        r = kr_dict_get_str(t->tp_dict, KR_ID(__abstractmethods__));
    if (!r)
        return kr_err_format(KrExc_AttributeError, "__abstractmethods__");
    return KR_NEWREF(r);
}

static int type_set_abstractmethods(KrObject *self, KrObject *v, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    int abstract = 0, r;
    if (v) {
        abstract = kr_object_is_true(v);
        if (abstract < 0)
            return -1;
        r = kr_dict_set(t->tp_dict, KR_ID(__abstractmethods__), v);
    } else {
        r = kr_dict_del(t->tp_dict, KR_ID(__abstractmethods__));
        if (r < 0 && kr_err_matches(KR_OBJ(KrExc_KeyError))) {
            kr_err_clear();
            kr_err_format(KrExc_AttributeError, "__abstractmethods__");
        }
    }
    if (r < 0)
        return -1;
    kr_type_modified(t);
    if (abstract)
        t->tp_flags |= KR_TPFLAGS_IS_ABSTRACT;
    else
        t->tp_flags &= ~(unsigned long)KR_TPFLAGS_IS_ABSTRACT;
    return 0;
}

static KrObject *type_get_annotations(KrObject *self, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!IS_HEAP(t))
        return kr_err_format(KrExc_AttributeError, "type object '%s' has no attribute '__annotations__'",
                             t->tp_name);
    KrObject *a = kr_dict_get_str(t->tp_dict, KR_ID(__annotations__));
    if (a) {
        if (KR_TYPE(a)->tp_descr_get)
            return KR_TYPE(a)->tp_descr_get(a, NULL, self);
        return KR_NEWREF(a);
    }
    a = kr_dict_new();
    if (!a || kr_dict_set(t->tp_dict, KR_ID(__annotations__), a) < 0) {
        KR_XDECREF(a);
        return NULL;
    }
    kr_type_modified(t);
    return a;
}

static int type_set_annotations(KrObject *self, KrObject *v, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!IS_HEAP(t)) {
        kr_err_format(KrExc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'", t->tp_name);
        return -1;
    }
    int r;
    if (v)
        r = kr_dict_set(t->tp_dict, KR_ID(__annotations__), v);
    else {
        r = kr_dict_del(t->tp_dict, KR_ID(__annotations__));
        if (r < 0 && kr_err_matches(KR_OBJ(KrExc_KeyError))) {
            kr_err_clear();
            kr_err_set_string(KrExc_AttributeError, "__annotations__");
        }
    }
    kr_type_modified(t);
    return r;
}

static KrObject *type_get_text_signature(KrObject *self, void *c)
{
    KR_RETURN_NONE;
}

static KrObject *type_get_type_params(KrObject *self, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    KrObject *p = IS_HEAP(t) ? kr_dict_get_str(t->tp_dict, KR_ID(__type_params__)) : NULL;
    return KR_NEWREF(p ? p : kr_tuple_empty());
}

static int type_set_type_params(KrObject *self, KrObject *v, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (check_set_special(t, v, "__type_params__") < 0)
        return -1;
    kr_type_modified(t);
    return kr_dict_set(t->tp_dict, KR_ID(__type_params__), v);
}

static KrObject *type_get_base(KrObject *self, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    return KR_NEWREF(t->tp_base ? KR_OBJ(t->tp_base) : Kr_None);
}

static KrGetSetDef type_getsets[] = {
    { "__name__", type_get_name, type_set_name, NULL },
    { "__qualname__", type_get_qualname, type_set_qualname, NULL },
    { "__bases__", type_get_bases, type_set_bases, NULL },
    { "__base__", type_get_base, NULL, NULL },
    { "__mro__", type_get_mro, NULL, NULL },
    { "__module__", type_get_module, type_set_module, NULL },
    { "__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL },
    { "__dict__", type_get_dict, NULL, NULL },
    { "__doc__", type_get_doc, type_set_doc, NULL },
    { "__text_signature__", type_get_text_signature, NULL, NULL },
    { "__annotations__", type_get_annotations, type_set_annotations, NULL },
    { "__type_params__", type_get_type_params, type_set_type_params, NULL },
    { NULL }
};

static KrMemberDef type_members[] = {
    { "__basicsize__", KR_T_SSIZE, offsetof(KrTypeObject, tp_basicsize), KR_READONLY, NULL },
    { "__itemsize__", KR_T_SSIZE, offsetof(KrTypeObject, tp_itemsize), KR_READONLY, NULL },
    { "__flags__", KR_T_LONG, offsetof(KrTypeObject, tp_flags), KR_READONLY, NULL },
    { "__weakrefoffset__", KR_T_SSIZE, offsetof(KrTypeObject, tp_weaklistoffset), KR_READONLY, NULL },
    { "__dictoffset__", KR_T_SSIZE, offsetof(KrTypeObject, tp_dictoffset), KR_READONLY, NULL },
    { NULL }
};

static KrObject *type_subclasses(KrObject *self, KrObject *unused)
{
    KrTypeObject *t = (KrTypeObject *)self;
    KrObject *l = kr_list_new(0);
    if (!l || !t->tp_subclasses)
        return l;
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(t->tp_subclasses, &pos, &k, &v)) {
        KrObject *sub = (KrObject *)(uintptr_t)kr_int_as_u64_mask(k);
        if (kr_list_append(l, sub) < 0) {
            KR_DECREF(l);
            return NULL;
        }
    }
    return l;
}

static KrObject *type_instancecheck(KrObject *self, KrObject *inst)
{
    int r = kr_object_recursive_isinstance(inst, self);
    if (r < 0)
        return NULL;
    return KR_NEWREF(kr_bool_from(r));
}

static KrObject *type_subclasscheck(KrObject *self, KrObject *sub)
{
    int r = kr_object_recursive_issubclass(sub, self);
    if (r < 0)
        return NULL;
    return KR_NEWREF(kr_bool_from(r));
}

static KrObject *type_prepare(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return kr_dict_new();
}

int kr_type_merge_dir(KrTypeObject *t, KrObject *dict)
{
    KrObject *mro = t->tp_mro;
    if (!mro)
        return 0;
    for (ssize_t i = KR_TUPLE_LEN(mro) - 1; i >= 0; i--) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(mro, i);
        if (b->tp_dict && kr_dict_merge(dict, b->tp_dict, 1) < 0)
            return -1;
    }
    return 0;
}

static KrObject *type_dir(KrObject *self, KrObject *unused)
{
    KrObject *d = kr_dict_new();
    if (!d)
        return NULL;
    if (kr_type_merge_dir((KrTypeObject *)self, d) < 0) {
        KR_DECREF(d);
        return NULL;
    }
    KrObject *r = kr_dict_keys(d);
    KR_DECREF(d);
    return r;
}

static KrObject *type_sizeof(KrObject *self, KrObject *unused)
{
    KrTypeObject *t = (KrTypeObject *)self;
    ssize_t size = IS_HEAP(t) ? (ssize_t)sizeof(KrHeapTypeObject) + KR_SIZE(t) * (ssize_t)sizeof(KrMemberDef)
                              : (ssize_t)sizeof(KrTypeObject);
    return kr_int_from_ssize(size);
}

static KrMethodDef type_methods[] = {
    { "mro", KR_CFUNC(type_mro_method), KR_METH_NOARGS, "Return a type's method resolution order." },
    { "__subclasses__", KR_CFUNC(type_subclasses), KR_METH_NOARGS,
      "Return a list of immediate subclasses." },
    { "__prepare__", KR_CFUNC(type_prepare), KR_METH_FASTCALL | KR_METH_KEYWORDS | KR_METH_CLASS,
      "__prepare__() -> dict\ncreate the namespace for the class statement" },
    { "__instancecheck__", KR_CFUNC(type_instancecheck), KR_METH_O,
      "Check if an object is an instance." },
    { "__subclasscheck__", KR_CFUNC(type_subclasscheck), KR_METH_O,
      "Check if a class is a subclass." },
    { "__dir__", KR_CFUNC(type_dir), KR_METH_NOARGS, "Specialized __dir__ implementation for types." },
    { "__sizeof__", KR_CFUNC(type_sizeof), KR_METH_NOARGS, "Return memory consumption of the type object." },
    { NULL }
};


static KrNumberMethods type_as_number = { .nb_or = kr_type_union };

static KrObject *type_new_slot(KrTypeObject *meta, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return kr_type_new_impl(meta, args, nargs, kwnames);
}

KrTypeObject KrType_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "type",
    .tp_basicsize = sizeof(KrHeapTypeObject),
    .tp_itemsize = sizeof(KrMemberDef),
    .tp_dealloc = type_dealloc,
    .tp_repr = type_repr_slot,
    .tp_as_number = &type_as_number,
    .tp_call = type_call,
    .tp_getattro = type_getattro,
    .tp_setattro = type_setattro,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_TYPE_SUBCLASS,
    .tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .tp_traverse = type_traverse,
    .tp_clear = type_clear,
    .tp_methods = type_methods,
    .tp_members = type_members,
    .tp_getset = type_getsets,
    .tp_dictoffset = offsetof(KrTypeObject, tp_dict),
    /* static types are immortal: their weak references are never linked
     * (weakref.c), so only heap types need the field */
    .tp_weaklistoffset = offsetof(KrHeapTypeObject, ht_weaklist),
    .tp_init = type_init,
    .tp_new = type_new_slot,
    .tp_free = kr_object_free,
};

/* ---- the __new__ of builtin types, as a builtin function ----------------- */

KrObject *kr_type_tp_new_wrapper(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (nargs < 1)
        return kr_err_format(KrExc_TypeError, "%s.__new__(): not enough arguments", t->tp_name);
    KrObject *arg0 = args[0];
    if (!KR_TYPE_OBJ_CHECK(arg0))
        return kr_err_format(KrExc_TypeError, "%s.__new__(X): X is not a type object (%s)", t->tp_name,
                             KR_TYPE(arg0)->tp_name);
    KrTypeObject *sub = (KrTypeObject *)arg0;
    if (!kr_type_is_subtype(sub, t))
        return kr_err_format(KrExc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->tp_name,
                             sub->tp_name, sub->tp_name, t->tp_name);
    /* the most derived base that is not a Python class must agree */
    KrTypeObject *sb = sub;
    while (sb && IS_HEAP(sb))
        sb = sb->tp_base;
    if (sb && sb->tp_new != t->tp_new)
        return kr_err_format(KrExc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->tp_name,
                             sub->tp_name, sb->tp_name);
    return t->tp_new(sub, args + 1, nargs - 1, kwnames);
}

KrObject *kr_call_prepend(KrObject *func, KrObject *self, KrObject *const *args, ssize_t nargs,
                          KrObject *kwnames)
{
    ssize_t nkw = kwnames ? KR_TUPLE_LEN(kwnames) : 0;
    ssize_t total = nargs + nkw + 1;
    KrObject *small[8];
    KrObject **buf = small;
    if (total > 8) {
        buf = kr_mem_alloc((size_t)total * sizeof(KrObject *));
        if (!buf)
            return kr_err_nomemory();
    }
    buf[0] = self;
    if (nargs + nkw)
        memcpy(buf + 1, args, (size_t)(nargs + nkw) * sizeof(KrObject *));
    KrObject *r = kr_object_vectorcall(func, buf, nargs + 1, kwnames);
    if (buf != small)
        kr_mem_free(buf);
    return r;
}
