/* containers.h: tuple, list, dict, set/frozenset, range, slice and the
 * iterator types that walk them.
 *
 * dict is the compact, insertion-ordered layout: a sparse index table of
 * small integers into a dense entry array {hash, key, value}.  Each dict
 * carries a version tag that changes on every mutation, so the VM can cache
 * global and attribute lookups and validate them with one comparison.
 */
#ifndef KR_CONTAINERS_H
#define KR_CONTAINERS_H

#include "object.h"

extern KrTypeObject KrTuple_Type, KrList_Type, KrDict_Type, KrSet_Type, KrFrozenSet_Type,
    KrRange_Type, KrSlice_Type;
extern KrTypeObject KrTupleIter_Type, KrListIter_Type, KrListRevIter_Type, KrRangeIter_Type,
    KrSetIter_Type, KrDictKeys_Type, KrDictValues_Type, KrDictItems_Type,
    KrDictIterKey_Type, KrDictIterValue_Type, KrDictIterItem_Type, KrSeqIter_Type,
    KrCallIter_Type, KrDictRevIterKey_Type, KrDictRevIterValue_Type, KrDictRevIterItem_Type;

/* ---- tuple.c ---- */
typedef struct KrTupleObject {
    KrObject_VAR_HEAD
    kr_hash_t hash;             /* cached, -1 until computed */
    KrObject *items[1];
} KrTupleObject;
#define KR_TUPLE_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_TUPLE_SUBCLASS)
#define KR_TUPLE_CHECK_EXACT(o) (KR_TYPE(o) == &KrTuple_Type)
#define KR_TUPLE_ITEMS(o) (((KrTupleObject *)(o))->items)
#define KR_TUPLE_GET(o, i) (((KrTupleObject *)(o))->items[i])
#define KR_TUPLE_SET(o, i, v) (((KrTupleObject *)(o))->items[i] = (v))   /* steals v; only on fresh tuples */
#define KR_TUPLE_LEN(o) KR_SIZE(o)
KrObject *kr_tuple_new(ssize_t n);                 /* items NULL; fill with KR_TUPLE_SET */
KrObject *kr_tuple_from_array(KrObject *const *items, ssize_t n);   /* increfs items */
KrObject *kr_tuple_from_array_steal(KrObject **items, ssize_t n);
KrObject *kr_tuple_pack(ssize_t n, ...);           /* increfs */
KrObject *kr_tuple_slice(KrObject *t, ssize_t lo, ssize_t hi);
KrObject *kr_tuple_empty(void);                    /* borrowed immortal () */
void kr_tuple_maybe_untrack(KrObject *t);          /* untrack if only atomic items */

/* ---- list.c ---- */
typedef struct KrListObject {
    KrObject_VAR_HEAD          /* ob_size: length */
    KrObject **items;
    ssize_t allocated;
} KrListObject;
#define KR_LIST_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_LIST_SUBCLASS)
#define KR_LIST_CHECK_EXACT(o) (KR_TYPE(o) == &KrList_Type)
#define KR_LIST_ITEMS(o) (((KrListObject *)(o))->items)
#define KR_LIST_GET(o, i) (((KrListObject *)(o))->items[i])
#define KR_LIST_SET(o, i, v) (((KrListObject *)(o))->items[i] = (v))    /* steals; no old-value release */
#define KR_LIST_LEN(o) KR_SIZE(o)
KrObject *kr_list_new(ssize_t n);                 /* n NULL slots; fill with KR_LIST_SET */
KrObject *kr_list_from_array(KrObject *const *items, ssize_t n);
int kr_list_append(KrObject *l, KrObject *v);     /* increfs v */
int kr_list_append_steal(KrObject *l, KR_STEALS KrObject *v);
int kr_list_insert(KrObject *l, ssize_t i, KrObject *v);
int kr_list_extend(KrObject *l, KrObject *iterable);
int kr_list_set_item(KrObject *l, ssize_t i, KR_STEALS KrObject *v); /* releases old */
KrObject *kr_list_as_tuple(KrObject *l);
int kr_list_sort(KrObject *l, KrObject *key, int reverse);    /* stable; key may be NULL */
int kr_list_reverse(KrObject *l);
KrObject *kr_list_slice(KrObject *l, ssize_t lo, ssize_t hi);
/* l[start::step] for len items, indices already fitted (kr_slice_adjust_indices) */
KrObject *kr_list_slice_step(KrObject *l, ssize_t start, ssize_t step, ssize_t len);
/* l[lo:hi] = v (v NULL: del l[lo:hi]) for indices already fitted with step 1 */
int kr_list_ass_slice(KrObject *l, ssize_t lo, ssize_t hi, KrObject *v);
int kr_list_clear(KrObject *l);

/* list and tuple iterators (list.c, tuple.c; reversed list iterators share
 * the layout), visible so that FOR_ITER and zip can step them inline */
typedef struct KrSeqIterObject {
    KrObject_HEAD
    ssize_t index;
    KrObject *seq;      /* NULL once exhausted */
} KrSeqIterObject;
/* the next item of an exact forward list or tuple iterator that has one, as
 * a new reference; NULL for anything else, the end included, which the
 * iterator's tp_iternext then handles */
static inline KrObject *kr_seqiter_next_inline(KrObject *it)
{
    KrSeqIterObject *si = (KrSeqIterObject *)it;
    KrObject *seq = si->seq;
    if (KR_TYPE(it) == &KrListIter_Type) {
        if (seq && si->index < KR_LIST_LEN(seq))
            return kr_newref(KR_LIST_GET(seq, si->index++));
    } else if (KR_TYPE(it) == &KrTupleIter_Type) {
        if (seq && si->index < KR_TUPLE_LEN(seq))
            return kr_newref(KR_TUPLE_GET(seq, si->index++));
    }
    return NULL;
}

/* ---- dict.c ---- */
typedef struct KrDictEntry {
    kr_hash_t hash;
    KrObject *key;
    KrObject *value;           /* NULL: deleted slot */
} KrDictEntry;
/* The keys block (its invariants are dict.c's).  It is visible here only so
 * the eval loop can check remembered entries inline (kr_dict_hint, kver). */
typedef struct KrDictKeys {
    ssize_t size;          /* index slots, a power of two */
    ssize_t usable;        /* entries that may still be appended */
    ssize_t nentries;      /* entries handed out, live or deleted */
    uint64_t kver;         /* a tag never reused in the interpreter, renewed
                            * whenever a key is added or deleted: equal tags
                            * mean this block with the same keys in the same
                            * entries (only values may differ) */
    int width;             /* bytes per index slot */
    int all_str;           /* every key ever stored is an exact str */
    char indices[];        /* size*width bytes, then the entries */
} KrDictKeys;
typedef struct KrDictObject {
    KrObject_HEAD
    ssize_t used;
    uint64_t version;          /* changes on every mutation; never reused within an interpreter */
    KrDictKeys *keys;
} KrDictObject;
#define KR_DICT_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_DICT_SUBCLASS)
#define KR_DICT_CHECK_EXACT(o) (KR_TYPE(o) == &KrDict_Type)
#define KR_DICT_LEN(o) (((KrDictObject *)(o))->used)
KrObject *kr_dict_new(void);
KrObject *kr_dict_new_presized(ssize_t n);
/* lookups return BORROWED references */
KR_BORROWED KrObject *kr_dict_get(KrObject *d, KrObject *key);        /* NULL: missing or error; check kr_err_occurred */
KR_BORROWED KrObject *kr_dict_get_str(KrObject *d, KrObject *strkey); /* str key, never raises */
KR_BORROWED KrObject *kr_dict_get_cstr(KrObject *d, const char *key);
KR_BORROWED KrObject *kr_dict_get_with_hash(KrObject *d, KrObject *key, kr_hash_t hash);
int kr_dict_get_ref(KrObject *d, KrObject *key, KrObject **result);   /* 1 found (new ref), 0 missing, -1 error */
int kr_dict_set(KrObject *d, KrObject *key, KrObject *value);        /* increfs both */
int kr_dict_set_cstr(KrObject *d, const char *key, KrObject *value);
int kr_dict_set_with_hash(KrObject *d, KrObject *key, kr_hash_t hash, KrObject *value);
int kr_dict_del(KrObject *d, KrObject *key);        /* KeyError if missing */
int kr_dict_del_cstr(KrObject *d, const char *key);
int kr_dict_pop(KrObject *d, KrObject *key, KrObject **result);      /* 1/0/-1, *result new ref */
int kr_dict_contains(KrObject *d, KrObject *key);   /* 1, 0, -1 */
int kr_dict_set_default(KrObject *d, KrObject *key, KrObject *dflt, KrObject **result); /* result borrowed */
void kr_dict_clear(KrObject *d);
/* iteration by position: *pos starts at 0; borrowed key/value; 0 at the end */
int kr_dict_next(KrObject *d, ssize_t *pos, KrObject **key, KrObject **value);
int kr_dict_next_hash(KrObject *d, ssize_t *pos, KrObject **key, KrObject **value, kr_hash_t *hash);
KrObject *kr_dict_keys(KrObject *d);      /* list */
KrObject *kr_dict_values(KrObject *d);    /* list */
KrObject *kr_dict_items(KrObject *d);     /* list of tuples */
KrObject *kr_dict_copy(KrObject *d);
int kr_dict_update(KrObject *d, KrObject *other);        /* dict.update(other): mapping or iterable of pairs */
int kr_dict_merge(KrObject *d, KrObject *other, int override); /* mapping only; override 0: keep existing; 2: raise KeyError on dup (for f(**a, **b)) */
int kr_dict_merge_from_seq2(KrObject *d, KrObject *seq2, int override);
static inline uint64_t kr_dict_version(KrObject *d) { return ((KrDictObject *)d)->version; }
/* the keys tag of a dict, 0 (never a tag) for one without keys */
static inline uint64_t kr_dict_kver(KrObject *d)
{
    KrDictKeys *dk = ((KrDictObject *)d)->keys;
    return dk ? dk->kver : 0;
}
static inline KrDictEntry *kr_dict_keys_entries(KrDictKeys *dk)
{
    return (KrDictEntry *)(dk->indices + dk->size * dk->width);
}
/* The live entry at position ix if its key is `key` itself, else NULL.
 * Keys are unique in a dict and a deleted entry has a NULL key, so a hit
 * is exactly what a lookup of key would find: callers may remember
 * positions without any version check. */
static inline KrDictEntry *kr_dict_hint(KrObject *d, ssize_t ix, KrObject *key)
{
    KrDictKeys *dk = ((KrDictObject *)d)->keys;
    if (!dk || (size_t)ix >= (size_t)dk->nentries)
        return NULL;
    KrDictEntry *ep = kr_dict_keys_entries(dk) + ix;
    return ep->key == key ? ep : NULL;
}
/* replace the value of a live entry (from kr_dict_hint), exactly as storing
 * under its key would: version bump when the value changes, collector
 * tracking, old value released last */
void kr_dict_entry_set(KrObject *d, KrDictEntry *ep, KR_STEALS KrObject *value);
/* store and return the entry position of key afterwards (a hint for
 * kr_dict_hint), or -1 with an exception */
ssize_t kr_dict_set_index(KrObject *d, KrObject *key, KrObject *value);
/* entry position of an exact str key, or -1 when absent; never raises */
ssize_t kr_dict_index_str(KrObject *d, KrObject *strkey);

/* ---- set.c ---- */
typedef struct KrSetEntry { KrObject *key; kr_hash_t hash; } KrSetEntry;
typedef struct KrSetObject {
    KrObject_HEAD
    ssize_t fill, used, mask;
    KrSetEntry *table;
    kr_hash_t hash;            /* frozenset only */
    ssize_t finger;
    KrSetEntry smalltable[8];
    KrObject *weakreflist;
} KrSetObject;
#define KR_ANYSET_CHECK(o) (KR_TYPE_CHECK(o, &KrSet_Type) || KR_TYPE_CHECK(o, &KrFrozenSet_Type))
#define KR_FROZENSET_CHECK(o) KR_TYPE_CHECK(o, &KrFrozenSet_Type)
KrObject *kr_set_new(KrObject *iterable);          /* iterable may be NULL */
KrObject *kr_frozenset_new(KrObject *iterable);
int kr_set_add(KrObject *s, KrObject *key);
int kr_set_discard(KrObject *s, KrObject *key);    /* 1 found, 0 not, -1 error */
int kr_set_contains(KrObject *s, KrObject *key);
ssize_t kr_set_size(KrObject *s);
int kr_set_next(KrObject *s, ssize_t *pos, KrObject **key, kr_hash_t *hash); /* borrowed */
int kr_set_update(KrObject *s, KrObject *iterable);
KrObject *kr_set_pop(KrObject *s);

/* ---- range.c / slice.c ---- */
typedef struct KrRangeObject {
    KrObject_HEAD
    KrObject *start, *stop, *step, *length;   /* ints */
} KrRangeObject;
KrObject *kr_range_new(KrObject *start, KrObject *stop, KrObject *step);
typedef struct KrSliceObject {
    KrObject_HEAD
    KrObject *start, *stop, *step;            /* any objects, Kr_None if absent */
} KrSliceObject;
#define KR_SLICE_CHECK(o) (KR_TYPE(o) == &KrSlice_Type)
KrObject *kr_slice_new(KrObject *start, KrObject *stop, KrObject *step);  /* NULL means None */
/* resolve against a length: 0 ok, -1 error; *slicelen is the item count */
int kr_slice_unpack(KrObject *slice, ssize_t *start, ssize_t *stop, ssize_t *step);
ssize_t kr_slice_adjust_indices(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step);
int kr_slice_get_indices(KrObject *slice, ssize_t length, ssize_t *start, ssize_t *stop,
                         ssize_t *step, ssize_t *slicelen);

/* ---- iterators (iterobject.c) ---- */
KrObject *kr_seqiter_new(KrObject *seq);              /* iter() over __getitem__ */
KrObject *kr_calliter_new(KrObject *callable, KrObject *sentinel);

/* more iterator and view types of this area; ready them with the others */
extern KrTypeObject KrLongRangeIter_Type;

/* ---- helpers shared by the container files (added by containers) ---- */
/* CPython's positional arity check: "pop expected at most 1 argument, got 2" */
int kr_check_positional(const char *name, ssize_t nargs, ssize_t min, ssize_t max);
/* the xxHash-style combination tuple hashing uses (also slice hashing);
 * with_len adds the length as tuple hashing does; -1 on error */
kr_hash_t kr_hash_items(KrObject *const *items, ssize_t n, int with_len);
/* list.index/tuple.index bounds: int or __index__ (clamped), None allowed when
 * allow_none; "slice indices must be integers or have an __index__ method" */
int kr_slice_index(KrObject *o, ssize_t *out, int allow_none);
/* Deallocation of deeply nested containers ("trashcan"): a dealloc starts
 * with `if (kr_trash_begin(self, my_dealloc)) return;` and ends with
 * kr_trash_end().  Past a nesting depth the object is queued and freed later
 * by the outermost dealloc of the thread, so the C stack stays bounded. */
int kr_trash_begin(KrObject *o, kr_destructor fn);   /* 1: deferred, return now */
void kr_trash_end(void);
/* __class_getitem__ of the builtin containers: list[int] and friends */
KrObject *kr_container_class_getitem(KrObject *cls, KrObject *args);
/* dense-entry access for the dict views and iterators (dict.c) */
ssize_t kr_dict_nentries(KrObject *d);
int kr_dict_entry_at(KrObject *d, ssize_t i, KrObject **key, KrObject **value); /* 1 live, 0 hole */
void kr_dict_maybe_untrack(KrObject *d);   /* for the collector: untrack if only atomic items */
int kr_dict_contains_hash(KrObject *d, KrObject *key, kr_hash_t hash);   /* 1, 0, -1 */
/* dictviews.c: kind is one of the KrDictIter / KrDictRevIter types or a view type */
KrObject *kr_dictiter_new(KrObject *d, KrTypeObject *kind);
KrObject *kr_dictview_new(KrObject *d, KrTypeObject *kind);
/* set operations used by the dict views (set.c) */
int kr_set_difference_update(KrObject *s, KrObject *other);
int kr_set_symmetric_difference_update(KrObject *s, KrObject *other);
KrObject *kr_set_intersection(KrObject *s, KrObject *other);

#endif
