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
    Pair *tmp;
    ssize_t tmpcap;
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

/* first index in [lo, hi) whose key is greater than x (x goes after equals) */
static ssize_t upper_bound(SortState *st, Pair *p, ssize_t lo, ssize_t hi, KrObject *x, int *err)
{
    while (lo < hi) {
        ssize_t mid = lo + ((hi - lo) >> 1);
        int c = st->lt(st, x, p[mid].k);
        if (c < 0) {
            *err = 1;
            return lo;
        }
        if (c)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* first index in [lo, hi) whose key is not less than x */
static ssize_t lower_bound(SortState *st, Pair *p, ssize_t lo, ssize_t hi, KrObject *x, int *err)
{
    while (lo < hi) {
        ssize_t mid = lo + ((hi - lo) >> 1);
        int c = st->lt(st, p[mid].k, x);
        if (c < 0) {
            *err = 1;
            return lo;
        }
        if (c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* p[lo, start) is sorted; insert the rest one by one */
static int binary_insertion(SortState *st, Pair *p, ssize_t lo, ssize_t hi, ssize_t start)
{
    int err = 0;
    for (ssize_t i = start; i < hi; i++) {
        Pair x = p[i];
        ssize_t pos = upper_bound(st, p, lo, i, x.k, &err);
        if (err)
            return -1;
        memmove(&p[pos + 1], &p[pos], (size_t)(i - pos) * sizeof(Pair));
        p[pos] = x;
    }
    return 0;
}

/* length of the run starting at lo, made ascending */
static ssize_t count_run(SortState *st, Pair *p, ssize_t lo, ssize_t hi)
{
    if (lo + 1 >= hi)
        return hi - lo;
    ssize_t n = 2;
    int c = st->lt(st, p[lo + 1].k, p[lo].k);
    if (c < 0)
        return -1;
    if (c) {
        for (; lo + n < hi; n++) {
            c = st->lt(st, p[lo + n].k, p[lo + n - 1].k);
            if (c < 0)
                return -1;
            if (!c)
                break;
        }
        /* strictly descending: reversing keeps stability */
        for (ssize_t a = lo, b = lo + n - 1; a < b; a++, b--) {
            Pair t = p[a];
            p[a] = p[b];
            p[b] = t;
        }
    } else {
        for (; lo + n < hi; n++) {
            c = st->lt(st, p[lo + n].k, p[lo + n - 1].k);
            if (c < 0)
                return -1;
            if (c)
                break;
        }
    }
    return n;
}

static int ensure_tmp(SortState *st, ssize_t n)
{
    if (st->tmpcap >= n)
        return 0;
    Pair *t = kr_mem_realloc(st->tmp, (size_t)n * sizeof(Pair));
    if (!t) {
        kr_err_nomemory();
        return -1;
    }
    st->tmp = t;
    st->tmpcap = n;
    return 0;
}

/* merge the adjacent sorted runs p[a, b) and p[b, c) */
static int merge_runs(SortState *st, Pair *p, ssize_t a, ssize_t b, ssize_t c)
{
    int err = 0;
    /* items of the left run not greater than the right run's first stay put */
    a = upper_bound(st, p, a, b, p[b].k, &err);
    if (err)
        return -1;
    if (a == b)
        return 0;
    /* items of the right run not less than the left run's last stay put */
    c = lower_bound(st, p, b, c, p[b - 1].k, &err);
    if (err)
        return -1;
    ssize_t na = b - a, nb = c - b;
    if (na <= nb) {
        if (ensure_tmp(st, na) < 0)
            return -1;
        memcpy(st->tmp, &p[a], (size_t)na * sizeof(Pair));
        Pair *l = st->tmp, *lend = st->tmp + na, *r = &p[b], *rend = &p[c], *dst = &p[a];
        while (l < lend && r < rend) {
            int k = st->lt(st, r->k, l->k);
            if (k < 0) {
                err = 1;
                break;
            }
            *dst++ = k ? *r++ : *l++;
        }
        /* left leftovers fill exactly the gap before the unmerged right
         * items (also after an error, so the array stays a permutation) */
        memcpy(dst, l, (size_t)(lend - l) * sizeof(Pair));
    } else {
        if (ensure_tmp(st, nb) < 0)
            return -1;
        memcpy(st->tmp, &p[b], (size_t)nb * sizeof(Pair));
        Pair *l = &p[b - 1], *lstart = &p[a], *r = st->tmp + nb - 1, *rstart = st->tmp;
        Pair *dst = &p[c - 1];
        while (l >= lstart && r >= rstart) {
            int k = st->lt(st, r->k, l->k);
            if (k < 0) {
                err = 1;
                break;
            }
            *dst-- = k ? *l-- : *r--;
        }
        ssize_t nr = r - rstart + 1;
        if (nr > 0)
            memcpy(dst - nr + 1, rstart, (size_t)nr * sizeof(Pair));
    }
    return err ? -1 : 0;
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

static int do_sort(SortState *st, Pair *p, ssize_t n)
{
    if (n < 2)
        return 0;
    ssize_t stack_base[90], stack_len[90];
    int top = 0;
    ssize_t minrun = min_run(n), lo = 0;
    while (lo < n) {
        ssize_t run = count_run(st, p, lo, n);
        if (run < 0)
            return -1;
        if (run < minrun) {
            ssize_t force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(st, p, lo, lo + force, lo + run) < 0)
                return -1;
            run = force;
        }
        stack_base[top] = lo;
        stack_len[top] = run;
        top++;
        /* restore the invariants len[i-2] > len[i-1] + len[i], len[i-1] > len[i] */
        while (top > 1) {
            int m = top - 2;
            if ((m > 0 && stack_len[m - 1] <= stack_len[m] + stack_len[m + 1]) ||
                (m > 1 && stack_len[m - 2] <= stack_len[m - 1] + stack_len[m])) {
                if (stack_len[m - 1] < stack_len[m + 1])
                    m--;
            } else if (stack_len[m] > stack_len[m + 1]) {
                break;
            }
            if (merge_runs(st, p, stack_base[m], stack_base[m + 1],
                           stack_base[m + 1] + stack_len[m + 1]) < 0)
                return -1;
            stack_len[m] += stack_len[m + 1];
            for (int j = m + 1; j < top - 1; j++) {
                stack_base[j] = stack_base[j + 1];
                stack_len[j] = stack_len[j + 1];
            }
            top--;
        }
        lo += run;
    }
    while (top > 1) {
        int m = top - 2;
        if (m > 0 && stack_len[m - 1] < stack_len[m + 1])
            m--;
        if (merge_runs(st, p, stack_base[m], stack_base[m + 1],
                       stack_base[m + 1] + stack_len[m + 1]) < 0)
            return -1;
        stack_len[m] += stack_len[m + 1];
        for (int j = m + 1; j < top - 1; j++) {
            stack_base[j] = stack_base[j + 1];
            stack_len[j] = stack_len[j + 1];
        }
        top--;
    }
    return 0;
}

static void reverse_pairs(Pair *p, ssize_t n)
{
    for (ssize_t a = 0, b = n - 1; a < b; a++, b--) {
        Pair t = p[a];
        p[a] = p[b];
        p[b] = t;
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

    if (n > 1) {
        pairs = kr_mem_alloc((size_t)n * sizeof(Pair));
        if (!pairs) {
            kr_err_nomemory();
            goto restore;
        }
        for (ssize_t i = 0; i < n; i++) {
            pairs[i].v = items[i];
            if (key) {
                KrObject *k = kr_object_call_one(key, items[i]);
                if (!k)
                    goto restore;
                pairs[i].k = k;
                nkeys++;
            } else {
                pairs[i].k = items[i];
            }
        }
        /* every item is in pairs now: drop the old array so the sort's peak
         * memory is the pairs and the merge buffer, not the list besides */
        kr_mem_free(items);
        items = NULL;
        in_pairs = 1;
        KrTypeObject *t = KR_TYPE(pairs[0].k);
        int same = 1;
        for (ssize_t i = 1; i < n && same; i++)
            same = KR_TYPE(pairs[i].k) == t;
        if (same) {
            if (t == &KrStr_Type)
                st.lt = lt_str;
            else if (t == &KrInt_Type)
                st.lt = lt_int;
            else if (t == &KrFloat_Type)
                st.lt = lt_float;
            else if (t == &KrTuple_Type) {
                /* all non-empty: pick a comparison for the first items */
                KrTypeObject *ft = NULL;
                int ok = 1;
                for (ssize_t i = 0; i < n && ok; i++) {
                    if (KR_SIZE(pairs[i].k) == 0)
                        ok = 0;
                    else if (!ft)
                        ft = KR_TYPE(KR_TUPLE_GET(pairs[i].k, 0));
                    else if (KR_TYPE(KR_TUPLE_GET(pairs[i].k, 0)) != ft)
                        ok = 0;
                }
                if (ok) {
                    st.lt = lt_tuple;
                    st.tuple_first_lt = ft == &KrStr_Type ? lt_str : ft == &KrInt_Type ? lt_int
                                      : ft == &KrFloat_Type ? lt_float : lt_generic;
                }
            }
        }
        if (reverse)
            reverse_pairs(pairs, n);
        int r = do_sort(&st, pairs, n);
        if (reverse)
            reverse_pairs(pairs, n);
        if (r < 0)
            goto restore;
    } else if (reverse && n > 1) {
        kr_list_reverse(op);
    }
    result = 0;

restore:
    kr_mem_free(st.tmp);
    if (key)
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
