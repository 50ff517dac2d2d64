/* listsort_core.h: the merge sort of listsort.c, included twice: once
 * sorting (key, value) pairs for key functions and once sorting the bare
 * item pointers, which needs half the memory.  The includer defines ELEM
 * (the element type), KEY(e) (the key of an element) and FN(name) (the
 * variant's function name).
 */
/* first index in [lo, hi) whose key is greater than x (x goes after equals) */
static ssize_t FN(upper_bound)(SortState *st, ELEM *p, ssize_t lo, ssize_t hi, KrObject *x, int *err)
{
    while (lo < hi) {
        ssize_t mid = lo + ((hi - lo) >> 1);
        int c = st->lt(st, x, KEY(p[mid]));
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
static ssize_t FN(lower_bound)(SortState *st, ELEM *p, ssize_t lo, ssize_t hi, KrObject *x, int *err)
{
    while (lo < hi) {
        ssize_t mid = lo + ((hi - lo) >> 1);
        int c = st->lt(st, KEY(p[mid]), x);
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
static int FN(binary_insertion)(SortState *st, ELEM *p, ssize_t lo, ssize_t hi, ssize_t start)
{
    int err = 0;
    for (ssize_t i = start; i < hi; i++) {
        ELEM x = p[i];
        ssize_t pos = FN(upper_bound)(st, p, lo, i, KEY(x), &err);
        if (err)
            return -1;
        memmove(&p[pos + 1], &p[pos], (size_t)(i - pos) * sizeof(ELEM));
        p[pos] = x;
    }
    return 0;
}

/* length of the run starting at lo, made ascending */
static ssize_t FN(count_run)(SortState *st, ELEM *p, ssize_t lo, ssize_t hi)
{
    if (lo + 1 >= hi)
        return hi - lo;
    ssize_t n = 2;
    int c = st->lt(st, KEY(p[lo + 1]), KEY(p[lo]));
    if (c < 0)
        return -1;
    if (c) {
        for (; lo + n < hi; n++) {
            c = st->lt(st, KEY(p[lo + n]), KEY(p[lo + n - 1]));
            if (c < 0)
                return -1;
            if (!c)
                break;
        }
        /* strictly descending: reversing keeps stability */
        for (ssize_t a = lo, b = lo + n - 1; a < b; a++, b--) {
            ELEM t = p[a];
            p[a] = p[b];
            p[b] = t;
        }
    } else {
        for (; lo + n < hi; n++) {
            c = st->lt(st, KEY(p[lo + n]), KEY(p[lo + n - 1]));
            if (c < 0)
                return -1;
            if (c)
                break;
        }
    }
    return n;
}

/* merge the adjacent sorted runs p[a, b) and p[b, c) */
static int FN(merge_runs)(SortState *st, ELEM *p, ssize_t a, ssize_t b, ssize_t c)
{
    int err = 0;
    /* items of the left run not greater than the right run's first stay put */
    a = FN(upper_bound)(st, p, a, b, KEY(p[b]), &err);
    if (err)
        return -1;
    if (a == b)
        return 0;
    /* items of the right run not less than the left run's last stay put */
    c = FN(lower_bound)(st, p, b, c, KEY(p[b - 1]), &err);
    if (err)
        return -1;
    ssize_t na = b - a, nb = c - b;
    if (na <= nb) {
        if (ensure_tmp(st, (size_t)na * sizeof(ELEM)) < 0)
            return -1;
        memcpy(((ELEM *)st->tmp), &p[a], (size_t)na * sizeof(ELEM));
        ELEM *l = ((ELEM *)st->tmp), *lend = ((ELEM *)st->tmp) + na, *r = &p[b], *rend = &p[c], *dst = &p[a];
        while (l < lend && r < rend) {
            int k = st->lt(st, KEY(*r), KEY(*l));
            if (k < 0) {
                err = 1;
                break;
            }
            *dst++ = k ? *r++ : *l++;
        }
        /* left leftovers fill exactly the gap before the unmerged right
         * items (also after an error, so the array stays a permutation) */
        memcpy(dst, l, (size_t)(lend - l) * sizeof(ELEM));
    } else {
        if (ensure_tmp(st, (size_t)nb * sizeof(ELEM)) < 0)
            return -1;
        memcpy(((ELEM *)st->tmp), &p[b], (size_t)nb * sizeof(ELEM));
        ELEM *l = &p[b - 1], *lstart = &p[a], *r = ((ELEM *)st->tmp) + nb - 1, *rstart = ((ELEM *)st->tmp);
        ELEM *dst = &p[c - 1];
        while (l >= lstart && r >= rstart) {
            int k = st->lt(st, KEY(*r), KEY(*l));
            if (k < 0) {
                err = 1;
                break;
            }
            *dst-- = k ? *l-- : *r--;
        }
        ssize_t nr = r - rstart + 1;
        if (nr > 0)
            memcpy(dst - nr + 1, rstart, (size_t)nr * sizeof(ELEM));
    }
    return err ? -1 : 0;
}

static int FN(do_sort)(SortState *st, ELEM *p, ssize_t n)
{
    if (n < 2)
        return 0;
    ssize_t stack_base[90], stack_len[90];
    int top = 0;
    ssize_t minrun = min_run(n), lo = 0;
    while (lo < n) {
        ssize_t run = FN(count_run)(st, p, lo, n);
        if (run < 0)
            return -1;
        if (run < minrun) {
            ssize_t force = n - lo < minrun ? n - lo : minrun;
            if (FN(binary_insertion)(st, p, lo, lo + force, lo + run) < 0)
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
            if (FN(merge_runs)(st, p, stack_base[m], stack_base[m + 1],
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
        if (FN(merge_runs)(st, p, stack_base[m], stack_base[m + 1],
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

static void FN(reverse_pairs)(ELEM *p, ssize_t n)
{
    for (ssize_t a = 0, b = n - 1; a < b; a++, b--) {
        ELEM t = p[a];
        p[a] = p[b];
        p[b] = t;
    }
}
