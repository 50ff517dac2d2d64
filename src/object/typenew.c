/* typenew.c: classes created from Python: the instance layout (slots,
 * __dict__, __weakref__), the layout compatibility rules, and
 * kr_type_new_class, which turns (name, bases, namespace) into a heap type
 * with working slots, then runs __set_name__ and __init_subclass__.
 * The 'type' type itself and readying live in type.c.
 *
 * Layout of an instance: the solid base's layout, then one pointer per
 * __slots__ name, then the __dict__ pointer, then the __weakref__ pointer.
 * For var-sized bases (int, tuple) the dict pointer sits after the items
 * and tp_dictoffset is negative, as in CPython.
 */
#include "kr.h"
#include "object/weakref.h"
#include "object/typeimpl.h"

/* ---- instances of classes ---------------------------------------------- */

static int subtype_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrTypeObject *t = KR_TYPE(self), *b;
    KR_VISIT(t);
    for (b = t; IS_HEAP(b); b = b->tp_base) {
        ssize_t n = KR_SIZE(b);
        KrMemberDef *m = HT_MEMBERS(b);
        for (ssize_t i = 0; i < n; i++, m++)
            if (m->type == KR_T_OBJECT_EX)
                KR_VISIT(*(KrObject **)((char *)self + m->offset));
    }
    if (t->tp_dictoffset && t->tp_dictoffset != b->tp_dictoffset) {
        KrObject **dp = kr_object_dict_ptr(self);
        if (dp)
            KR_VISIT(*dp);
    }
    if (b->tp_traverse)
        return b->tp_traverse(self, visit, arg);
    return 0;
}

static void clear_slots(KrObject *self, KrTypeObject *t)
{
    ssize_t n = KR_SIZE(t);
    KrMemberDef *m = HT_MEMBERS(t);
    for (ssize_t i = 0; i < n; i++, m++) {
        if (m->type == KR_T_OBJECT_EX) {
            KrObject **p = (KrObject **)((char *)self + m->offset);
            KR_CLEAR(*p);
        }
    }
}

static int subtype_clear(KrObject *self)
{
    KrTypeObject *t = KR_TYPE(self), *b;
    for (b = t; IS_HEAP(b); b = b->tp_base)
        clear_slots(self, b);
    if (t->tp_dictoffset && t->tp_dictoffset != b->tp_dictoffset) {
        KrObject **dp = kr_object_dict_ptr(self);
        if (dp)
            KR_CLEAR(*dp);
    }
    if (b->tp_clear)
        return b->tp_clear(self);
    return 0;
}

static void subtype_dealloc_impl(KrObject *self);

static void subtype_dealloc(KrObject *self)
{
    if (kr_trash_enter(self))
        return;
    subtype_dealloc_impl(self);
    kr_trash_leave();
}

static void subtype_dealloc_impl(KrObject *self)
{
    KrTypeObject *t = KR_TYPE(self);
    kr_gc_untrack(self);
    if (t->tp_finalize && !kr_gc_is_finalized(self)) {
        self->ob_refcnt = 1;
        KrObject *exc = kr_err_fetch();
        kr_gc_set_finalized(self);
        t->tp_finalize(self);
        kr_err_restore(exc);
        if (--self->ob_refcnt != 0) {
            kr_gc_track(self);   /* resurrected */
            return;
        }
    }
    KrTypeObject *b;
    for (b = t; IS_HEAP(b); b = b->tp_base)
        ;
    /* weak references go before slots and the dict are cleared, after
     * __del__ ran (the same order as CPython) */
    if (t->tp_weaklistoffset && !b->tp_weaklistoffset)
        kr_weakref_clear_refs(self);
    for (b = t; IS_HEAP(b); b = b->tp_base)
        clear_slots(self, b);
    if (t->tp_dictoffset && t->tp_dictoffset != b->tp_dictoffset) {
        KrObject **dp = kr_object_dict_ptr(self);
        if (dp)
            KR_CLEAR(*dp);
    }
    if (b->tp_dealloc == kr_object_generic_dealloc || b == &KrBaseObject_Type) {
        t->tp_free(self);
    } else {
        if (b->tp_flags & KR_TPFLAGS_HAVE_GC)
            kr_gc_track(self);
        b->tp_dealloc(self);
    }
    KR_DECREF(t);
}

static KrObject *subtype_dict_get(KrObject *self, void *c)
{
    KrObject **dp = kr_object_dict_ptr(self);
    if (!dp)
        return kr_err_format(KrExc_AttributeError, "This object has no __dict__");
    if (!*dp) {
        *dp = kr_dict_new();
        if (!*dp)
            return NULL;
    }
    return KR_NEWREF(*dp);
}

static int subtype_dict_set(KrObject *self, KrObject *v, void *c)
{
    KrObject **dp = kr_object_dict_ptr(self);
    if (!dp) {
        kr_err_format(KrExc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (v && !KR_DICT_CHECK(v)) {
        kr_err_format(KrExc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", KR_TYPE(v)->tp_name);
        return -1;
    }
    KR_SETREF(*dp, KR_XNEWREF(v));
    return 0;
}

static KrObject *subtype_weakref_get(KrObject *self, void *c)
{
    ssize_t off = KR_TYPE(self)->tp_weaklistoffset;
    KrObject *first = off > 0 ? *(KrObject **)((char *)self + off) : NULL;
    return KR_NEWREF(first ? first : Kr_None);
}

static KrGetSetDef subtype_dict_getset = { "__dict__", subtype_dict_get, subtype_dict_set,
                                           "dictionary for instance variables" };
static KrGetSetDef subtype_weakref_getset = { "__weakref__", subtype_weakref_get, NULL,
                                              "list of weak references to the object" };

/* __class__ assignment and __bases__ assignment need equal layouts */
static int same_slots_added(KrTypeObject *a, KrTypeObject *b)
{
    KrTypeObject *base = a->tp_base;
    if (base != b->tp_base)
        return 0;
    KrObject *sa = HT(a)->ht_slots, *sb = HT(b)->ht_slots;
    if (sa && sb) {
        if (KR_TUPLE_LEN(sa) != KR_TUPLE_LEN(sb))
            return 0;
        for (ssize_t i = 0; i < KR_TUPLE_LEN(sa); i++)
            if (kr_object_richcompare_bool(KR_TUPLE_GET(sa, i), KR_TUPLE_GET(sb, i), KR_EQ) != 1)
                return 0;
    } else if ((sa && KR_TUPLE_LEN(sa)) || (sb && KR_TUPLE_LEN(sb)))
        return 0;
    return a->tp_dictoffset == b->tp_dictoffset && a->tp_weaklistoffset == b->tp_weaklistoffset;
}

static KrTypeObject *solid_base(KrTypeObject *t);

int kr_type_compatible_for_assignment(KrTypeObject *oldto, KrTypeObject *newto, const char *attr)
{
    if (newto->tp_dealloc != oldto->tp_dealloc || newto->tp_free != oldto->tp_free) {
        kr_err_format(KrExc_TypeError, "%s assignment: '%s' deallocator differs from '%s'", attr,
                      newto->tp_name, oldto->tp_name);
        return 0;
    }
    KrTypeObject *n = solid_base(newto), *o = solid_base(oldto);
    if (n != o && (!IS_HEAP(n) || !IS_HEAP(o) || !same_slots_added(n, o))) {
        kr_err_format(KrExc_TypeError, "%s assignment: '%s' object layout differs from '%s'", attr,
                      newto->tp_name, oldto->tp_name);
        return 0;
    }
    if (newto->tp_basicsize != oldto->tp_basicsize || newto->tp_itemsize != oldto->tp_itemsize ||
        newto->tp_dictoffset != oldto->tp_dictoffset) {
        kr_err_format(KrExc_TypeError, "%s assignment: '%s' object layout differs from '%s'", attr,
                      newto->tp_name, oldto->tp_name);
        return 0;
    }
    return 1;
}

/* ---- class creation ---------------------------------------------------- */

static int extra_ivars(KrTypeObject *t, KrTypeObject *base)
{
    ssize_t ts = t->tp_basicsize, bs = base->tp_basicsize;
    if (t->tp_itemsize || base->tp_itemsize)
        return ts != bs || t->tp_itemsize != base->tp_itemsize;
    if (t->tp_weaklistoffset && !base->tp_weaklistoffset &&
        t->tp_weaklistoffset + (ssize_t)sizeof(KrObject *) == ts && IS_HEAP(t))
        ts -= (ssize_t)sizeof(KrObject *);
    if (t->tp_dictoffset && !base->tp_dictoffset &&
        t->tp_dictoffset + (ssize_t)sizeof(KrObject *) == ts && IS_HEAP(t))
        ts -= (ssize_t)sizeof(KrObject *);
    return ts != bs;
}

static KrTypeObject *solid_base(KrTypeObject *t)
{
    KrTypeObject *base = t->tp_base ? solid_base(t->tp_base) : &KrBaseObject_Type;
    return extra_ivars(t, base) ? t : base;
}

KrTypeObject *kr_type_best_base(KrObject *bases)
{
    KrTypeObject *base = NULL, *winner = NULL;
    for (ssize_t i = 0; i < KR_TUPLE_LEN(bases); i++) {
        KrObject *bo = KR_TUPLE_GET(bases, i);
        if (!KR_TYPE_OBJ_CHECK(bo)) {
            kr_err_set_string(KrExc_TypeError, "bases must be types");
            return NULL;
        }
        KrTypeObject *b = (KrTypeObject *)bo;
        if (!(b->tp_flags & KR_TPFLAGS_READY) && kr_type_ready(b) < 0)
            return NULL;
        if (!(b->tp_flags & KR_TPFLAGS_BASETYPE)) {
            kr_err_format(KrExc_TypeError, "type '%s' is not an acceptable base type", b->tp_name);
            return NULL;
        }
        KrTypeObject *cand = solid_base(b);
        if (!winner) {
            winner = cand;
            base = b;
        } else if (kr_type_is_subtype(winner, cand)) {
            ;
        } else if (kr_type_is_subtype(cand, winner)) {
            winner = cand;
            base = b;
        } else {
            kr_err_set_string(KrExc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

KrObject *kr_type_calculate_metaclass(KrTypeObject *meta, KrObject *bases)
{
    KrTypeObject *winner = meta;
    for (ssize_t i = 0; i < KR_TUPLE_LEN(bases); i++) {
        KrTypeObject *bt = KR_TYPE(KR_TUPLE_GET(bases, i));
        if (kr_type_is_subtype(winner, bt))
            continue;
        if (kr_type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        return kr_err_format(KrExc_TypeError,
                             "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                             "subclass of the metaclasses of all its bases");
    }
    return KR_NEWREF(winner);
}

static KrObject *mangle(KrObject *clsname, KrObject *name)
{
    /* __x -> _Cls__x, unless it ends with __ or contains a dot */
    ssize_t n = KR_STR_LEN(name);
    if (n < 2 || KR_STR_READ(name, 0) != '_' || KR_STR_READ(name, 1) != '_' ||
        (n >= 2 && KR_STR_READ(name, n - 1) == '_' && KR_STR_READ(name, n - 2) == '_') ||
        kr_str_find_char(name, '.', 0, n) >= 0)
        return KR_NEWREF(name);
    ssize_t cn = KR_STR_LEN(clsname), i = 0;
    while (i < cn && KR_STR_READ(clsname, i) == '_')
        i++;
    if (i == cn)
        return KR_NEWREF(name);
    KrObject *stripped = kr_str_substring(clsname, i, cn);
    if (!stripped)
        return NULL;
    KrObject *r = kr_str_from_format("_%U%U", stripped, name);
    KR_DECREF(stripped);
    return r;
}


static int type_new_set_names(KrTypeObject *t)
{
    KrObject *names = kr_dict_copy(t->tp_dict);
    if (!names)
        return -1;
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(names, &pos, &k, &v)) {
        KrObject *sn = kr_type_lookup(KR_TYPE(v), KR_ID(__set_name__));
        if (!sn)
            continue;
        KrObject *args[3] = { v, KR_OBJ(t), k };
        KrObject *r;
        KR_INCREF(sn);
        if (KR_TYPE(sn)->tp_descr_get) {
            KrObject *bound = KR_TYPE(sn)->tp_descr_get(sn, v, KR_OBJ(KR_TYPE(v)));
            KR_DECREF(sn);
            if (!bound) {
                KR_DECREF(names);
                return -1;
            }
            r = kr_object_vectorcall(bound, args + 1, 2, NULL);
            KR_DECREF(bound);
        } else {
            r = kr_object_vectorcall(sn, args, 3, NULL);
            KR_DECREF(sn);
        }
        if (!r) {
            KR_DECREF(names);
            return -1;
        }
        KR_DECREF(r);
    }
    KR_DECREF(names);
    return 0;
}

int kr_type_call_init_subclass(KrTypeObject *t, KrObject *kwargs)
{
    /* super(t, t).__init_subclass__(**kwargs) */
    KrObject *mro = t->tp_mro;
    KrObject *func = NULL;
    for (ssize_t i = 1; i < KR_TUPLE_LEN(mro); i++) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(mro, i);
        KrObject *r = b->tp_dict ? kr_dict_get_str(b->tp_dict, KR_ID(__init_subclass__)) : NULL;
        if (r) {
            func = r;
            break;
        }
    }
    if (!func)
        return 0;
    KrObject *bound;
    if (KR_TYPE(func)->tp_descr_get)
        bound = KR_TYPE(func)->tp_descr_get(func, NULL, KR_OBJ(t));
    else
        bound = KR_NEWREF(func);
    if (!bound)
        return -1;
    KrObject *r = kr_object_call(bound, NULL, kwargs && KR_DICT_LEN(kwargs) ? kwargs : NULL);
    KR_DECREF(bound);
    if (!r)
        return -1;
    KR_DECREF(r);
    return 0;
}

static int is_identifier_str(KrObject *s)
{
    return KR_STR_CHECK(s) && kr_str_isidentifier(s);
}

KrObject *kr_type_new_class(KrTypeObject *meta, KrObject *name, KrObject *bases, KrObject *orig_dict,
                            KrObject *kwds)
{
    KrObject *slots = NULL, *dict = NULL;
    KrHeapTypeObject *ht = NULL;
    KrTypeObject *t = NULL;
    ssize_t nslots = 0;
    int add_dict = 0, add_weak = 0;

    /* the most derived metaclass wins; hand over if it is a different one */
    KrObject *w = kr_type_calculate_metaclass(meta, bases);
    if (!w)
        return NULL;
    KrTypeObject *winner = (KrTypeObject *)w;
    if (winner != meta) {
        if (winner->tp_new != KrType_Type.tp_new) {
            /* a metaclass with its own __new__: let it build the class */
            ssize_t nkw = kwds ? KR_DICT_LEN(kwds) : 0;
            KrObject **vec = kr_mem_alloc((size_t)(3 + nkw) * sizeof(KrObject *));
            KrObject *kwnames = nkw ? kr_tuple_new(nkw) : NULL;
            if (!vec || (nkw && !kwnames)) {
                kr_mem_free(vec);
                KR_XDECREF(kwnames);
                KR_DECREF(w);
                return kr_err_nomemory();
            }
            vec[0] = name;
            vec[1] = bases;
            vec[2] = orig_dict;
            ssize_t pos = 0, i = 0;
            KrObject *k, *v;
            while (nkw && kr_dict_next(kwds, &pos, &k, &v)) {
                KR_TUPLE_SET(kwnames, i, KR_NEWREF(k));
                vec[3 + i++] = v;
            }
            KrObject *r = winner->tp_new(winner, vec, 3, kwnames);
            kr_mem_free(vec);
            KR_XDECREF(kwnames);
            KR_DECREF(w);
            return r;
        }
        meta = winner;
    }
    KR_DECREF(w);

    int bases_given = KR_TUPLE_LEN(bases) > 0;
    if (!bases_given)
        bases = kr_tuple_pack(1, &KrBaseObject_Type);
    else
        KR_INCREF(bases);
    if (!bases)
        return NULL;
    KrTypeObject *base = kr_type_best_base(bases);
    if (!base)
        goto error;

    dict = kr_dict_copy(orig_dict);
    if (!dict)
        goto error;

    /* __slots__ */
    int may_add_dict = base->tp_dictoffset == 0;
    int may_add_weak = base->tp_weaklistoffset == 0 && base->tp_itemsize == 0;
    KrObject *slots_in = kr_dict_get_str(dict, KR_ID(__slots__));
    if (!slots_in) {
        add_dict = may_add_dict;
        add_weak = may_add_weak;
    } else {
        if (KR_STR_CHECK(slots_in))
            slots = kr_tuple_pack(1, slots_in);
        else
            slots = kr_sequence_tuple(slots_in);
        if (!slots)
            goto error;
        nslots = KR_TUPLE_LEN(slots);
        if (nslots > 0 && base->tp_itemsize != 0) {
            kr_err_format(KrExc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->tp_name);
            goto error;
        }
        KrObject *names = kr_list_new(0);
        if (!names)
            goto error;
        for (ssize_t i = 0; i < nslots; i++) {
            KrObject *s = KR_TUPLE_GET(slots, i);
            if (!KR_STR_CHECK(s)) {
                kr_err_format(KrExc_TypeError, "__slots__ items must be strings, not '%s'", KR_TYPE(s)->tp_name);
                KR_DECREF(names);
                goto error;
            }
            if (!is_identifier_str(s)) {
                kr_err_set_string(KrExc_TypeError, "__slots__ must be identifiers");
                KR_DECREF(names);
                goto error;
            }
            if (kr_str_eq_cstr(s, "__dict__")) {
                if (!may_add_dict || add_dict) {
                    kr_err_set_string(KrExc_TypeError, "__dict__ slot disallowed: we already got one");
                    KR_DECREF(names);
                    goto error;
                }
                add_dict = 1;
                continue;
            }
            if (kr_str_eq_cstr(s, "__weakref__")) {
                if (!may_add_weak || add_weak) {
                    kr_err_set_string(KrExc_TypeError,
                                      "__weakref__ slot disallowed: either we already got one, or the itemsize is nonzero");
                    KR_DECREF(names);
                    goto error;
                }
                add_weak = 1;
                continue;
            }
            KrObject *m = mangle(name, s);
            if (!m || kr_list_append_steal(names, m) < 0) {
                KR_DECREF(names);
                goto error;
            }
            if (kr_dict_get_str(orig_dict, m) && !kr_str_eq_cstr(m, "__qualname__") &&
                !kr_str_eq_cstr(m, "__classcell__")) {
                kr_err_format(KrExc_ValueError, "%R in __slots__ conflicts with class variable", s);
                KR_DECREF(names);
                goto error;
            }
        }
        if (kr_list_sort(names, NULL, 0) < 0) {
            KR_DECREF(names);
            goto error;
        }
        KR_SETREF(slots, kr_list_as_tuple(names));
        KR_DECREF(names);
        if (!slots)
            goto error;
        nslots = KR_TUPLE_LEN(slots);
        /* secondary bases may bring a dict or weakref slot */
        for (ssize_t i = 0; i < KR_TUPLE_LEN(bases); i++) {
            KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(bases, i);
            if (b == base)
                continue;
            if (may_add_dict && !add_dict && b->tp_dictoffset)
                add_dict = 1;
            if (may_add_weak && !add_weak && b->tp_weaklistoffset)
                add_weak = 1;
        }
    }

    /* allocate the type with room for the slot member table */
    KrObject *to = kr_object_alloc(meta, nslots);
    if (!to)
        goto error;
    ht = (KrHeapTypeObject *)to;
    t = &ht->ht_type;
    t->tp_flags = KR_TPFLAGS_HEAPTYPE | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC;
    t->tp_as_number = &ht->as_number;
    t->tp_as_sequence = &ht->as_sequence;
    t->tp_as_mapping = &ht->as_mapping;
    t->tp_as_buffer = &ht->as_buffer;
    ht->ht_name = KR_NEWREF(name);
    ht->ht_slots = slots;
    slots = NULL;
    {
        ssize_t len;
        const char *u = kr_str_utf8_len(name, &len);
        if (!u)
            goto error_t;
        if ((ssize_t)strlen(u) != len) {
            kr_err_set_string(KrExc_ValueError, "type name must not contain null characters");
            goto error_t;
        }
        ht->ht_tpname = kr_mem_strdup(u);
        if (!ht->ht_tpname) {
            kr_err_nomemory();
            goto error_t;
        }
        t->tp_name = ht->ht_tpname;
    }
    t->tp_bases = bases;
    bases = NULL;
    t->tp_base = (KrTypeObject *)KR_NEWREF(base);
    t->tp_dict = dict;
    dict = NULL;
    t->tp_dealloc = subtype_dealloc;
    t->tp_traverse = subtype_traverse;
    t->tp_clear = subtype_clear;
    t->tp_free = kr_object_free;

    /* __module__ from the caller's globals */
    if (!kr_dict_get_str(t->tp_dict, KR_ID(__module__))) {
        KrObject *g = kr_eval_get_globals();
        if (g) {
            KrObject *mn = kr_dict_get_str(g, KR_ID(__name__));
            if (mn && kr_dict_set(t->tp_dict, KR_ID(__module__), mn) < 0)
                goto error_t;
        }
    }
    /* __qualname__ */
    {
        KrObject *qn = kr_dict_get_str(t->tp_dict, KR_ID(__qualname__));
        if (qn) {
            if (!KR_STR_CHECK(qn)) {
                kr_err_format(KrExc_TypeError, "type __qualname__ must be a str, not %s", KR_TYPE(qn)->tp_name);
                goto error_t;
            }
            ht->ht_qualname = KR_NEWREF(qn);
            if (kr_dict_del(t->tp_dict, KR_ID(__qualname__)) < 0)
                goto error_t;
        } else
            ht->ht_qualname = KR_NEWREF(name);
    }
    /* __doc__ */
    {
        KrObject *doc = kr_dict_get_str(t->tp_dict, KR_ID(__doc__));
        if (doc && KR_STR_CHECK(doc))
            t->tp_doc = NULL;   /* read from the dict */
    }
    /* __new__ is a static method; __init_subclass__ and __class_getitem__ are class methods */
    {
        KrObject *f = kr_dict_get_str(t->tp_dict, KR_ID(__new__));
        if (f && KR_FUNCTION_CHECK(f)) {
            KrObject *sm = kr_staticmethod_new(f);
            if (!sm || kr_dict_set(t->tp_dict, KR_ID(__new__), sm) < 0) {
                KR_XDECREF(sm);
                goto error_t;
            }
            KR_DECREF(sm);
        }
        KrObject *cms[2] = { KR_ID(__init_subclass__), KR_ID(__class_getitem__) };
        for (int i = 0; i < 2; i++) {
            f = kr_dict_get_str(t->tp_dict, cms[i]);
            if (f && KR_FUNCTION_CHECK(f)) {
                KrObject *cm = kr_classmethod_new(f);
                if (!cm || kr_dict_set(t->tp_dict, cms[i], cm) < 0) {
                    KR_XDECREF(cm);
                    goto error_t;
                }
                KR_DECREF(cm);
            }
        }
    }
    /* layout */
    {
        ssize_t slotoffset = base->tp_basicsize;
        KrMemberDef *mp = HT_MEMBERS(t);
        for (ssize_t i = 0; i < nslots; i++, mp++) {
            mp->name = kr_str_utf8(KR_TUPLE_GET(ht->ht_slots, i));
            if (!mp->name)
                goto error_t;
            mp->type = KR_T_OBJECT_EX;
            mp->offset = slotoffset;
            mp->flags = 0;
            slotoffset += (ssize_t)sizeof(KrObject *);
        }
        if (add_dict) {
            if (base->tp_itemsize)
                t->tp_dictoffset = -(ssize_t)sizeof(KrObject *);
            else
                t->tp_dictoffset = slotoffset;
            slotoffset += (ssize_t)sizeof(KrObject *);
        }
        if (add_weak) {
            t->tp_weaklistoffset = slotoffset;
            slotoffset += (ssize_t)sizeof(KrObject *);
        }
        t->tp_basicsize = slotoffset;
        t->tp_itemsize = base->tp_itemsize;
        t->tp_members = HT_MEMBERS(t);
    }
    if (add_dict && !base->tp_dictoffset) {
        KrObject *d = kr_descr_new_getset(t, &subtype_dict_getset);
        if (!d || kr_dict_set(t->tp_dict, KR_ID(__dict__), d) < 0) {
            KR_XDECREF(d);
            goto error_t;
        }
        KR_DECREF(d);
    }
    if (add_weak && !base->tp_weaklistoffset) {
        KrObject *d = kr_descr_new_getset(t, &subtype_weakref_getset);
        if (!d || kr_dict_set(t->tp_dict, KR_ID(__weakref__), d) < 0) {
            KR_XDECREF(d);
            goto error_t;
        }
        KR_DECREF(d);
    }
    /* a class that defines __eq__ but not __hash__ is unhashable */
    if (kr_dict_get_str(t->tp_dict, KR_ID(__eq__)) && !kr_dict_get_str(t->tp_dict, KR_ID(__hash__))) {
        if (kr_dict_set(t->tp_dict, KR_ID(__hash__), Kr_None) < 0)
            goto error_t;
    }

    t->tp_flags |= KR_TPFLAGS_READYING;
    if (kr_type_ready_common(t) < 0)
        goto error_t;
    t->tp_flags = (t->tp_flags & ~(unsigned long)KR_TPFLAGS_READYING) | KR_TPFLAGS_READY;
    kr_typeslots_fixup(t);
    kr_type_modified(t);
    kr_gc_track(KR_OBJ(t));

    /* __classcell__ */
    {
        KrObject *cell = kr_dict_get_str(t->tp_dict, KR_ID(__classcell__));
        if (cell) {
            if (KR_TYPE(cell) != &KrCell_Type) {
                kr_err_format(KrExc_TypeError, "__classcell__ must be a nonlocal cell, not %s",
                              KR_TYPE(cell)->tp_name);
                goto error_t2;
            }
            KR_SETREF(((KrCellObject *)cell)->ob_ref, KR_NEWREF(t));
            if (kr_dict_del(t->tp_dict, KR_ID(__classcell__)) < 0)
                goto error_t2;
        }
        /* PEP 695 annotation scopes of the body read the class's dict */
        cell = kr_dict_get_str(t->tp_dict, KR_ID(__classdictcell__));
        if (cell) {
            if (KR_TYPE(cell) != &KrCell_Type) {
                kr_err_format(KrExc_TypeError, "__classdictcell__ must be a nonlocal cell, not %s",
                              KR_TYPE(cell)->tp_name);
                goto error_t2;
            }
            KR_SETREF(((KrCellObject *)cell)->ob_ref, KR_NEWREF(t->tp_dict));
            if (kr_dict_del(t->tp_dict, KR_ID(__classdictcell__)) < 0)
                goto error_t2;
        }
    }
    if (type_new_set_names(t) < 0 || kr_type_call_init_subclass(t, kwds) < 0)
        goto error_t2;
    return KR_OBJ(t);

error_t:
    KR_DECREF(t);
    KR_XDECREF(slots);
    KR_XDECREF(dict);
    KR_XDECREF(bases);
    return NULL;
error_t2:
    KR_DECREF(t);
    return NULL;
error:
    KR_XDECREF(slots);
    KR_XDECREF(dict);
    KR_XDECREF(bases);
    return NULL;
}

