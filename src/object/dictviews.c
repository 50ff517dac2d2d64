/* dictviews.c: dict iterators (forward and reversed; keys, values, items)
 * and the view objects dict.keys(), dict.values(), dict.items().
 *
 * Iterators walk the dense entry array by position through
 * kr_dict_entry_at.  They remember the dict's size when created: a change
 * raises "dictionary changed size during iteration", and finding more
 * entries than there were (keys replaced while the size stayed the same)
 * raises "dictionary keys changed during iteration", as CPython does.
 * Keys and items views are set-like: the set operators build a set from
 * the view and defer to set.c.
 */
#include "kr.h"

typedef struct {
    KrObject_HEAD
    KrObject *dict;      /* NULL once exhausted */
    ssize_t used;        /* dict size when the iterator was made */
    ssize_t pos;
    ssize_t len;         /* items still expected */
} DictIter;

typedef struct {
    KrObject_HEAD
    KrObject *dict;
} DictView;

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

static int iter_kind(KrTypeObject *t, int *reversed)
{
    *reversed = t == &KrDictRevIterKey_Type || t == &KrDictRevIterValue_Type ||
                t == &KrDictRevIterItem_Type;
    if (t == &KrDictIterKey_Type || t == &KrDictRevIterKey_Type)
        return KIND_KEYS;
    if (t == &KrDictIterValue_Type || t == &KrDictRevIterValue_Type)
        return KIND_VALUES;
    return KIND_ITEMS;
}

KrObject *kr_dictiter_new(KrObject *d, KrTypeObject *kind)
{
    DictIter *it = (DictIter *)kr_object_alloc(kind, 0);
    if (!it)
        return NULL;
    int rev;
    iter_kind(kind, &rev);
    it->dict = kr_newref(d);
    it->used = KR_DICT_LEN(d);
    it->len = it->used;
    it->pos = rev ? kr_dict_nentries(d) - 1 : 0;
    kr_gc_track((KrObject *)it);
    return (KrObject *)it;
}

static void dictiter_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    kr_xdecref(((DictIter *)self)->dict);
    kr_object_free(self);
}

static int dictiter_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(((DictIter *)self)->dict);
    return 0;
}

static int dictiter_clear(KrObject *self)
{
    KR_CLEAR(((DictIter *)self)->dict);
    return 0;
}

static KrObject *make_result(int kind, KrObject *k, KrObject *v)
{
    if (kind == KIND_KEYS)
        return kr_newref(k);
    if (kind == KIND_VALUES)
        return kr_newref(v);
    return kr_tuple_pack(2, k, v);
}

static KrObject *dictiter_next(KrObject *self)
{
    DictIter *it = (DictIter *)self;
    KrObject *d = it->dict;
    if (!d)
        return NULL;
    if (it->used != KR_DICT_LEN(d)) {
        kr_err_set_string(KrExc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;   /* stays broken */
        return NULL;
    }
    int rev, kind = iter_kind(KR_TYPE(self), &rev);
    ssize_t n = kr_dict_nentries(d), i = it->pos;
    KrObject *k, *v;
    if (rev) {
        while (i >= 0 && !kr_dict_entry_at(d, i, &k, &v))
            i--;
        if (i < 0)
            goto done;
        it->pos = i - 1;
    } else {
        while (i < n && !kr_dict_entry_at(d, i, &k, &v))
            i++;
        if (i >= n)
            goto done;
        if (it->len == 0) {
            kr_err_set_string(KrExc_RuntimeError, "dictionary keys changed during iteration");
            goto done;
        }
        it->pos = i + 1;
    }
    it->len--;
    return make_result(kind, k, v);
done:
    it->dict = NULL;
    kr_decref(d);
    return NULL;
}

static KrObject *dictiter_length_hint(KrObject *self, KrObject *unused)
{
    DictIter *it = (DictIter *)self;
    ssize_t n = 0;
    if (it->dict && it->used == KR_DICT_LEN(it->dict))
        n = it->len;
    return kr_int_from_ssize(n);
}

static KrMethodDef dictiter_methods[] = {
    { "__length_hint__", KR_CFUNC(dictiter_length_hint), KR_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, NULL }
};

#define DICTITER_TYPE(cname, pyname)                                         \
    KrTypeObject cname = {                                                   \
        KR_STATIC_VAR_HEAD(&KrType_Type, 0),                                 \
        .tp_name = pyname,                                                   \
        .tp_basicsize = sizeof(DictIter),                                    \
        .tp_dealloc = dictiter_dealloc,                                      \
        .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,  \
        .tp_traverse = dictiter_traverse,                                    \
        .tp_clear = dictiter_clear,                                          \
        .tp_iter = kr_object_self_iter,                                      \
        .tp_iternext = dictiter_next,                                        \
        .tp_methods = dictiter_methods,                                      \
    };

DICTITER_TYPE(KrDictIterKey_Type, "dict_keyiterator")
DICTITER_TYPE(KrDictIterValue_Type, "dict_valueiterator")
DICTITER_TYPE(KrDictIterItem_Type, "dict_itemiterator")
DICTITER_TYPE(KrDictRevIterKey_Type, "dict_reversekeyiterator")
DICTITER_TYPE(KrDictRevIterValue_Type, "dict_reversevalueiterator")
DICTITER_TYPE(KrDictRevIterItem_Type, "dict_reverseitemiterator")

/* ---- views ---------------------------------------------------------------- */

KrObject *kr_dictview_new(KrObject *d, KrTypeObject *kind)
{
    if (!d) {
        KR_BAD_INTERNAL_CALL();
        return NULL;
    }
    if (!KR_DICT_CHECK(d))
        return kr_err_format(KrExc_TypeError, "%s() requires a dict argument, not '%T'",
                             kind->tp_name, d);
    DictView *v = (DictView *)kr_object_alloc(kind, 0);
    if (!v)
        return NULL;
    v->dict = kr_newref(d);
    kr_gc_track((KrObject *)v);
    return (KrObject *)v;
}

#define VIEW_DICT(o) (((DictView *)(o))->dict)
#define IS_KEYS(o) KR_TYPE_CHECK(o, &KrDictKeys_Type)
#define IS_ITEMS(o) KR_TYPE_CHECK(o, &KrDictItems_Type)
#define IS_SETVIEW(o) (IS_KEYS(o) || IS_ITEMS(o))

static void view_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    kr_xdecref(VIEW_DICT(self));
    kr_object_free(self);
}

static int view_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(VIEW_DICT(self));
    return 0;
}

static ssize_t view_len(KrObject *self) { return KR_DICT_LEN(VIEW_DICT(self)); }

static KrObject *keys_iter(KrObject *self) { return kr_dictiter_new(VIEW_DICT(self), &KrDictIterKey_Type); }
static KrObject *values_iter(KrObject *self) { return kr_dictiter_new(VIEW_DICT(self), &KrDictIterValue_Type); }
static KrObject *items_iter(KrObject *self) { return kr_dictiter_new(VIEW_DICT(self), &KrDictIterItem_Type); }

static KrObject *keys_reversed(KrObject *self, KrObject *u) { return kr_dictiter_new(VIEW_DICT(self), &KrDictRevIterKey_Type); }
static KrObject *values_reversed(KrObject *self, KrObject *u) { return kr_dictiter_new(VIEW_DICT(self), &KrDictRevIterValue_Type); }
static KrObject *items_reversed(KrObject *self, KrObject *u) { return kr_dictiter_new(VIEW_DICT(self), &KrDictRevIterItem_Type); }

static int keys_contains(KrObject *self, KrObject *key)
{
    return kr_dict_contains(VIEW_DICT(self), key);
}

static int items_contains(KrObject *self, KrObject *item)
{
    if (!KR_TUPLE_CHECK(item) || KR_TUPLE_LEN(item) != 2)
        return 0;
    KrObject *found;
    int r = kr_dict_get_ref(VIEW_DICT(self), KR_TUPLE_GET(item, 0), &found);
    if (r <= 0)
        return r;
    r = kr_object_richcompare_bool(found, KR_TUPLE_GET(item, 1), KR_EQ);
    kr_decref(found);
    return r;
}

static KrObject *view_repr(KrObject *self)
{
    int r = kr_repr_enter(self);
    if (r != 0)
        return r > 0 ? kr_str_from_cstr("...") : NULL;
    KrObject *res = NULL, *seq = kr_sequence_list(self);
    if (seq) {
        res = kr_str_from_format("%s(%R)", KR_TYPE(self)->tp_name, seq);
        kr_decref(seq);
    }
    kr_repr_leave(self);
    return res;
}

static KrObject *view_mapping(KrObject *self, void *closure)
{
    return kr_mappingproxy_new(VIEW_DICT(self));
}

static KrGetSetDef view_getset[] = {
    { "mapping", view_mapping, NULL, "dictionary that this view refers to", NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

/* every item of a is in b */
static int all_contained_in(KrObject *a, KrObject *b)
{
    KrObject *it = kr_object_getiter(a);
    if (!it)
        return -1;
    int ok = 1;
    for (;;) {
        KrObject *x = kr_iter_next(it);
        if (!x) {
            if (kr_err_occurred())
                ok = -1;
            break;
        }
        ok = kr_sequence_contains(b, x);
        kr_decref(x);
        if (ok <= 0)
            break;
    }
    kr_decref(it);
    return ok;
}

static KrObject *view_richcompare(KrObject *self, KrObject *other, int op)
{
    if (!KR_ANYSET_CHECK(other) && !IS_SETVIEW(other))
        KR_RETURN_NOTIMPL;
    ssize_t ls = kr_object_size(self);
    if (ls < 0)
        return NULL;
    ssize_t lo = kr_object_size(other);
    if (lo < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case KR_NE:
    case KR_EQ:
        if (ls == lo)
            ok = all_contained_in(self, other);
        if (op == KR_NE && ok >= 0)
            ok = !ok;
        break;
    case KR_LT:
        if (ls < lo)
            ok = all_contained_in(self, other);
        break;
    case KR_LE:
        if (ls <= lo)
            ok = all_contained_in(self, other);
        break;
    case KR_GT:
        if (ls > lo)
            ok = all_contained_in(other, self);
        break;
    case KR_GE:
        if (ls >= lo)
            ok = all_contained_in(other, self);
        break;
    }
    if (ok < 0)
        return NULL;
    return kr_bool_from(ok);
}

static KrObject *view_to_set(KrObject *self)
{
    KrObject *src = self;
    if (IS_KEYS(self) && KR_DICT_CHECK_EXACT(VIEW_DICT(self)))
        src = VIEW_DICT(self);
    return kr_set_new(src);
}

static KrObject *view_or(KrObject *a, KrObject *b)
{
    KrObject *r = view_to_set(a);
    if (!r)
        return NULL;
    if (kr_set_update(r, b) < 0) {
        kr_decref(r);
        return NULL;
    }
    return r;
}

static KrObject *view_sub(KrObject *a, KrObject *b)
{
    KrObject *r = view_to_set(a);
    if (!r)
        return NULL;
    if (kr_set_difference_update(r, b) < 0) {
        kr_decref(r);
        return NULL;
    }
    return r;
}

static KrObject *view_xor(KrObject *a, KrObject *b)
{
    KrObject *r = view_to_set(a);
    if (!r)
        return NULL;
    if (kr_set_symmetric_difference_update(r, b) < 0) {
        kr_decref(r);
        return NULL;
    }
    return r;
}

static KrObject *view_and(KrObject *self, KrObject *other)
{
    if (!IS_SETVIEW(self)) {
        KrObject *t = self;
        self = other;
        other = t;
    }
    ssize_t ls = view_len(self);
    if (KR_TYPE(other) == &KrSet_Type && ls <= kr_set_size(other))
        return kr_set_intersection(other, self);
    if (IS_SETVIEW(other) && view_len(other) > ls) {
        KrObject *t = self;
        self = other;
        other = t;
    }
    KrObject *result = kr_set_new(NULL);
    if (!result)
        return NULL;
    KrObject *it = kr_object_getiter(other);
    if (!it) {
        kr_decref(result);
        return NULL;
    }
    int (*contains)(KrObject *, KrObject *) = IS_KEYS(self) ? keys_contains : items_contains;
    for (;;) {
        KrObject *x = kr_iter_next(it);
        if (!x)
            break;
        int c = contains(self, x);
        if (c > 0)
            c = kr_set_add(result, x) < 0 ? -1 : 1;
        kr_decref(x);
        if (c < 0)
            break;
    }
    kr_decref(it);
    if (kr_err_occurred()) {
        kr_decref(result);
        return NULL;
    }
    return result;
}

static KrObject *view_isdisjoint(KrObject *self, KrObject *other)
{
    if (self == other)
        return kr_bool_from(view_len(self) == 0);
    if (KR_ANYSET_CHECK(other) || IS_SETVIEW(other)) {
        ssize_t lo = kr_object_size(other);
        if (lo < 0)
            return NULL;
        if (lo > view_len(self)) {
            KrObject *t = self;
            self = other;
            other = t;
        }
    }
    KrObject *it = kr_object_getiter(other);
    if (!it)
        return NULL;
    for (;;) {
        KrObject *x = kr_iter_next(it);
        if (!x)
            break;
        int c = kr_sequence_contains(self, x);
        kr_decref(x);
        if (c != 0) {
            kr_decref(it);
            return c < 0 ? NULL : kr_bool_from(0);
        }
    }
    kr_decref(it);
    if (kr_err_occurred())
        return NULL;
    KR_RETURN_TRUE;
}

static KrNumberMethods setview_as_number = {
    .nb_subtract = view_sub,
    .nb_and = view_and,
    .nb_xor = view_xor,
    .nb_or = view_or,
};

static KrSequenceMethods keys_as_sequence = { .sq_length = view_len, .sq_contains = keys_contains };
static KrSequenceMethods items_as_sequence = { .sq_length = view_len, .sq_contains = items_contains };
static KrSequenceMethods values_as_sequence = { .sq_length = view_len };

static KrMethodDef keys_methods[] = {
    { "isdisjoint", KR_CFUNC(view_isdisjoint), KR_METH_O,
      "Return True if the view and the given iterable have a null intersection." },
    { "__reversed__", KR_CFUNC(keys_reversed), KR_METH_NOARGS,
      "Return a reverse iterator over the dict keys." },
    { NULL, NULL, 0, NULL }
};

static KrMethodDef items_methods[] = {
    { "isdisjoint", KR_CFUNC(view_isdisjoint), KR_METH_O,
      "Return True if the view and the given iterable have a null intersection." },
    { "__reversed__", KR_CFUNC(items_reversed), KR_METH_NOARGS,
      "Return a reverse iterator over the dict items." },
    { NULL, NULL, 0, NULL }
};

static KrMethodDef values_methods[] = {
    { "__reversed__", KR_CFUNC(values_reversed), KR_METH_NOARGS,
      "Return a reverse iterator over the dict values." },
    { NULL, NULL, 0, NULL }
};

KrTypeObject KrDictKeys_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "dict_keys",
    .tp_basicsize = sizeof(DictView),
    .tp_dealloc = view_dealloc,
    .tp_repr = view_repr,
    .tp_as_number = &setview_as_number,
    .tp_as_sequence = &keys_as_sequence,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_traverse = view_traverse,
    .tp_richcompare = view_richcompare,
    .tp_iter = keys_iter,
    .tp_methods = keys_methods,
    .tp_getset = view_getset,
};

KrTypeObject KrDictItems_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "dict_items",
    .tp_basicsize = sizeof(DictView),
    .tp_dealloc = view_dealloc,
    .tp_repr = view_repr,
    .tp_as_number = &setview_as_number,
    .tp_as_sequence = &items_as_sequence,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_traverse = view_traverse,
    .tp_richcompare = view_richcompare,
    .tp_iter = items_iter,
    .tp_methods = items_methods,
    .tp_getset = view_getset,
};

KrTypeObject KrDictValues_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "dict_values",
    .tp_basicsize = sizeof(DictView),
    .tp_dealloc = view_dealloc,
    .tp_repr = view_repr,
    .tp_as_sequence = &values_as_sequence,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_traverse = view_traverse,
    .tp_iter = values_iter,
    .tp_methods = values_methods,
    .tp_getset = view_getset,
};
