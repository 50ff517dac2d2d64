/* listsort.c: list.sort, a stable natural merge sort in the manner of
 * timsort: find ascending runs (reversing strictly descending ones), extend
 * short runs to a minimum length with binary insertion, and merge runs kept
 * on a stack whose lengths grow like Fibonacci numbers, so merges stay
 * balanced.  Before each merge the parts already in place are skipped by
 * binary search, which makes sorted and nearly-sorted input close to linear.
 *
 * Keys and values travel together as pairs (the value is the key when no
 * key function is given).  While sorting, the list is emptied and marked
 * (allocated = -1); any mutation by a comparison or key function is then
 * detected afterwards and reported as "list modified during sort".  A
 * failing comparison stops the sort but every pair stays in the array, so
 * the list always ends up holding exactly its original items.
 *
 * Comparisons go through "<" only.  When every key has the same exact type
 * among str, int and float, a direct comparison replaces the generic one;
 * for tuples whose first items share such a type, that comparison decides
 * between tuples whose first items differ.
 */
#include "kr.h"

typedef struct {
    KrObject *k, *v;
} Pair;

typedef struct SortState SortState;
typedef int (*lt_func)(SortState *st, KrObject *a, KrObject *b);   /* 1, 0, -1 */
struct SortState {
    lt_func lt;
    lt_func tuple_first_lt;    /* for lt_tuple: compares the first items */
    void *tmp;                 /* merge buffer of either variant */
    size_t tmpcap;             /* bytes */
};

static int lt_generic(SortState *st, KrObject *a, KrObject *b)
{
    return kr_object_richcompare_bool(a, b, KR_LT);
}
static int lt_str(SortState *st, KrObject *a, KrObject *b) { return kr_str_compare(a, b) < 0; }
static int lt_float(SortState *st, KrObject *a, KrObject *b)
{
    return KR_FLOAT_AS_DOUBLE(a) < KR_FLOAT_AS_DOUBLE(b);
}
static int lt_int(SortState *st, KrObject *a, KrObject *b)
{
    int64_t x, y;
    if (kr_int_medium(a, &x) && kr_int_medium(b, &y))
        return x < y;
    return kr_int_compare(a, b) < 0;
}

/* exact tuples: lexicographic as tuple "<", with the first items compared by
 * the specialised function when they all share one type */
static int lt_tuple(SortState *st, KrObject *a, KrObject *b)
{
    ssize_t na = KR_SIZE(a), nb = KR_SIZE(b), i;
    KrObject **x = KR_TUPLE_ITEMS(a), **y = KR_TUPLE_ITEMS(b);
    for (i = 0; i < na && i < nb; i++) {
        if (x[i] == y[i])
            continue;
        int k;
        if (KR_TYPE(x[i]) == &KrInt_Type && KR_TYPE(y[i]) == &KrInt_Type)
            k = kr_int_compare(x[i], y[i]) == 0;
        else if (KR_TYPE(x[i]) == &KrStr_Type && KR_TYPE(y[i]) == &KrStr_Type)
            k = kr_str_eq(x[i], y[i]);
        else
            k = kr_object_richcompare_bool(x[i], y[i], KR_EQ);
        if (k < 0)
            return -1;
        if (!k)
            break;
    }
    if (i >= na || i >= nb)
        return na < nb;
    if (i == 0)
        return st->tuple_first_lt(st, x[0], y[0]);
    return kr_object_richcompare_bool(x[i], y[i], KR_LT);
}

static int ensure_tmp(SortState *st, size_t bytes)
{
    if (st->tmpcap >= bytes)
        return 0;
    void *t = kr_mem_realloc(st->tmp, bytes);
    if (!t) {
        kr_err_nomemory();
        return -1;
    }
    st->tmp = t;
    st->tmpcap = bytes;
    return 0;
}

static ssize_t min_run(ssize_t n)
{
    ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

#define ELEM Pair
#define KEY(e) ((e).k)
#define FN(name) name##_pairs
#include "listsort_core.h"
#undef ELEM
#undef KEY
#undef FN

typedef KrObject *ObjElem;
#define ELEM ObjElem
#define KEY(e) (e)
#define FN(name) name##_objs
#include "listsort_core.h"
#undef ELEM
#undef KEY
#undef FN


/* pick a specialised "<" when every key has one exact type; key i is
 * keys[i * stride] (stride 2 walks the k fields of pairs) */
static void choose_lt(SortState *st, KrObject *const *keys, ssize_t stride, ssize_t n)
{
    KrTypeObject *t = KR_TYPE(keys[0]);
    for (ssize_t i = 1; i < n; i++)
        if (KR_TYPE(keys[i * stride]) != t)
            return;
    if (t == &KrStr_Type) {
        st->lt = lt_str;
    } else if (t == &KrInt_Type) {
        st->lt = lt_int;
    } else if (t == &KrFloat_Type) {
        st->lt = lt_float;
    } else if (t == &KrTuple_Type) {
        /* all non-empty: pick a comparison for the first items */
        KrTypeObject *ft = NULL;
        for (ssize_t i = 0; i < n; i++) {
            KrObject *k = keys[i * stride];
            if (KR_SIZE(k) == 0)
                return;
            if (!ft)
                ft = KR_TYPE(KR_TUPLE_GET(k, 0));
            else if (KR_TYPE(KR_TUPLE_GET(k, 0)) != ft)
                return;
        }
        st->lt = lt_tuple;
        st->tuple_first_lt = ft == &KrStr_Type ? lt_str : ft == &KrInt_Type ? lt_int
                           : ft == &KrFloat_Type ? lt_float : lt_generic;
    }
}

int kr_list_sort(KrObject *op, KrObject *key, int reverse)
{
    KrListObject *l = (KrListObject *)op;
    ssize_t n = KR_SIZE(l), allocated = l->allocated;
    KrObject **items = l->items;
    int result = -1;
    Pair *pairs = NULL;
    ssize_t nkeys = 0;
    int in_pairs = 0;          /* the items live only in pairs[].v */
    SortState st = { lt_generic, lt_generic, NULL, 0 };

    KR_SIZE(l) = 0;
    l->items = NULL;
    l->allocated = -1;

    if (n > 1 && !key) {
        /* the items are their own keys: sort the detached array in place */
        choose_lt(&st, items, 1, n);
        if (reverse)
            reverse_pairs_objs(items, n);
        int r = do_sort_objs(&st, items, n);
        if (reverse)
            reverse_pairs_objs(items, n);
        if (r < 0)
            goto restore;
    } else if (n > 1) {
        pairs = kr_mem_alloc((size_t)n * sizeof(Pair));
        if (!pairs) {
            kr_err_nomemory();
            goto restore;
        }
        for (ssize_t i = 0; i < n; i++) {
            pairs[i].v = items[i];
            KrObject *k = kr_object_call_one(key, items[i]);
            if (!k)
                goto restore;
            pairs[i].k = k;
            nkeys++;
        }
        /* every item is in pairs now: drop the old array so the sort's peak
         * memory is the pairs and the merge buffer, not the list besides */
        kr_mem_free(items);
        items = NULL;
        in_pairs = 1;
        _Static_assert(sizeof(Pair) == 2 * sizeof(KrObject *), "Pair is two pointers");
        choose_lt(&st, &pairs[0].k, 2, n);
        if (reverse)
            reverse_pairs_pairs(pairs, n);
        int r = do_sort_pairs(&st, pairs, n);
        if (reverse)
            reverse_pairs_pairs(pairs, n);
        if (r < 0)
            goto restore;
    }
    result = 0;

restore:
    kr_mem_free(st.tmp);
    for (ssize_t i = 0; i < nkeys; i++)
        kr_decref(pairs[i].k);
    if (in_pairs) {
        /* the values, compacted to the front of the pairs block, become the
         * list's array: writing slot i only overwrites pairs already read */
        KrObject **arr = (KrObject **)(void *)pairs;
        for (ssize_t i = 0; i < n; i++) {
            KrObject *v = pairs[i].v;
            arr[i] = v;
        }
        items = kr_mem_realloc(pairs, (size_t)n * sizeof(KrObject *));
        if (!items)
            items = arr;   /* shrinking failed: keep the larger block */
        allocated = n;
    } else {
        kr_mem_free(pairs);
    }
    if (l->allocated != -1 && result == 0) {
        kr_err_set_string(KrExc_ValueError, "list modified during sort");
        result = -1;
    }
    {
        KrObject **final = l->items;
        ssize_t fn = KR_SIZE(l);
        KR_SIZE(l) = n;
        l->items = items;
        l->allocated = allocated;
        if (final) {
            while (--fn >= 0)
                kr_xdecref(final[fn]);
            kr_mem_free(final);
        }
    }
    return result;
}
