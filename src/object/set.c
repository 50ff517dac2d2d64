/* set.c: set and frozenset, sharing one open-addressing hash table.
 *
 * The table follows CPython's exactly, so sets iterate in the same order as
 * there (tests and programs print sets, and that order is visible):
 *   - a table of mask+1 entries {key, hash}, a power of two, starting with
 *     the 8-entry smalltable inside the object;
 *   - an entry is unused (key NULL, hash 0), a dummy left by a deletion
 *     (key == &dummy, hash -1) or active;
 *   - a probe starts at hash & mask and looks at up to LINEAR_PROBES
 *     following entries when they fit before the end of the table, then
 *     jumps with i = (i*5 + 1 + perturb) & mask after perturb >>= 5;
 *   - an add reuses the last dummy seen on its probe sequence; when the fill
 *     (active + dummies) reaches 3/5 of the table, the table is rebuilt at
 *     the smallest power of two above used*4 (used*2 for big sets), and the
 *     entries are reinserted in table order.
 * fill counts active and dummy entries, used counts active ones.
 *
 * As in dict.c, comparing keys can run Python code that mutates the set;
 * lookups keep a reference to the key being compared and start again when
 * the table or the entry changed underneath them.
 */
#include "kr.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define SET_MINSIZE 8

static KrObject dummy_struct = KR_STATIC_HEAD(&KrBaseObject_Type);
#define dummy (&dummy_struct)

static inline kr_hash_t key_hash(KrObject *key)
{
    if (KR_STR_CHECK_EXACT(key))
        return kr_str_hash(key);
    return kr_object_hash(key);
}

/* ---- the table ------------------------------------------------------------ */

static KrSetEntry *set_lookkey(KrSetObject *so, KrObject *key, kr_hash_t hash)
{
restart:;
    KrSetEntry *table = so->table;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        KrSetEntry *entry = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash) {
                KrObject *sk = entry->key;
                if (sk == key)
                    return entry;
                if (KR_STR_CHECK_EXACT(sk) && KR_STR_CHECK_EXACT(key)) {
                    if (kr_str_eq(sk, key))
                        return entry;
                } else if (KR_INT_CHECK_EXACT(sk) && KR_INT_CHECK_EXACT(key)) {
                    if (kr_int_compare(sk, key) == 0)
                        return entry;
                } else {
                    kr_incref(sk);
                    int c = kr_object_richcompare_bool(sk, key, KR_EQ);
                    kr_decref(sk);
                    if (c < 0)
                        return NULL;
                    if (table != so->table || entry->key != sk)
                        goto restart;
                    if (c > 0)
                        return entry;
                    mask = (size_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void set_insert_clean(KrSetEntry *table, size_t mask, KrObject *key, kr_hash_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    KrSetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

static int set_table_resize(KrSetObject *so, ssize_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    if (newsize > KR_MAX_ALLOC / sizeof(KrSetEntry)) {
        kr_err_nomemory();
        return -1;
    }
    KrSetEntry *oldtable = so->table, small_copy[SET_MINSIZE];
    int is_oldtable_malloced = oldtable != so->smalltable;
    KrSetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;   /* nothing to squeeze out */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = kr_mem_alloc(newsize * sizeof(KrSetEntry));
        if (!newtable) {
            kr_err_nomemory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(KrSetEntry));
    size_t oldmask = (size_t)so->mask, newmask = newsize - 1;
    so->mask = (ssize_t)newmask;
    so->table = newtable;
    if (so->fill == so->used) {
        for (size_t k = 0; k <= oldmask; k++)
            if (oldtable[k].key)
                set_insert_clean(newtable, newmask, oldtable[k].key, oldtable[k].hash);
    } else {
        so->fill = so->used;
        for (size_t k = 0; k <= oldmask; k++)
            if (oldtable[k].key && oldtable[k].key != dummy)
                set_insert_clean(newtable, newmask, oldtable[k].key, oldtable[k].hash);
    }
    if (is_oldtable_malloced)
        kr_mem_free(oldtable);
    return 0;
}

/* adds a new reference to key when it goes in */
static int set_add_entry(KrSetObject *so, KrObject *key, kr_hash_t hash)
{
    kr_incref(key);
restart:;
    KrSetEntry *table = so->table, *freeslot = NULL, *entry;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        entry = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                KrObject *sk = entry->key;
                if (sk == key)
                    goto found_active;
                if (KR_STR_CHECK_EXACT(sk) && KR_STR_CHECK_EXACT(key)) {
                    if (kr_str_eq(sk, key))
                        goto found_active;
                } else if (KR_INT_CHECK_EXACT(sk) && KR_INT_CHECK_EXACT(key)) {
                    if (kr_int_compare(sk, key) == 0)
                        goto found_active;
                } else {
                    kr_incref(sk);
                    int c = kr_object_richcompare_bool(sk, key, KR_EQ);
                    kr_decref(sk);
                    if (c > 0)
                        goto found_active;
                    if (c < 0)
                        goto error;
                    if (table != so->table || entry->key != sk)
                        goto restart;
                    mask = (size_t)so->mask;
                }
            } else if (entry->hash == -1) {
                /* the last dummy seen is reused, as CPython does */
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    kr_decref(key);
    return 0;
error:
    kr_decref(key);
    return -1;
}

static int set_add_key(KrSetObject *so, KrObject *key)
{
    kr_hash_t h = key_hash(key);
    if (h == -1)
        return -1;
    return set_add_entry(so, key, h);
}

static int set_contains_entry(KrSetObject *so, KrObject *key, kr_hash_t hash)
{
    KrSetEntry *e = set_lookkey(so, key, hash);
    if (!e)
        return -1;
    return e->key != NULL;
}

static int set_contains_key(KrSetObject *so, KrObject *key)
{
    kr_hash_t h = key_hash(key);
    if (h == -1)
        return -1;
    return set_contains_entry(so, key, h);
}

enum { DISCARD_NOTFOUND = 0, DISCARD_FOUND = 1 };

static int set_discard_entry(KrSetObject *so, KrObject *key, kr_hash_t hash)
{
    KrSetEntry *e = set_lookkey(so, key, hash);
    if (!e)
        return -1;
    if (!e->key)
        return DISCARD_NOTFOUND;
    KrObject *old = e->key;
    e->key = dummy;
    e->hash = -1;
    so->used--;
    kr_decref(old);
    return DISCARD_FOUND;
}

static int set_discard_key(KrSetObject *so, KrObject *key)
{
    kr_hash_t h = key_hash(key);
    if (h == -1)
        return -1;
    return set_discard_entry(so, key, h);
}

static void set_clear_internal(KrSetObject *so)
{
    KrSetEntry *table = so->table, small_copy[SET_MINSIZE];
    ssize_t fill = so->fill;
    int malloced = table != so->smalltable;
    if (!malloced) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
    }
    /* empty the set first: decrefs below may run code that uses it */
    memset(so->smalltable, 0, sizeof(so->smalltable));
    ssize_t oldmask = so->mask;
    so->fill = so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    for (ssize_t k = 0; fill > 0 && k <= oldmask; k++) {
        if (table[k].key) {
            fill--;
            if (table[k].key != dummy)
                kr_decref(table[k].key);
        }
    }
    if (malloced)
        kr_mem_free(table);
}

/* walk active entries: *pos starts at 0 */
static int set_next_entry(KrSetObject *so, ssize_t *pos, KrSetEntry **out)
{
    ssize_t i = *pos, mask = so->mask;
    KrSetEntry *e = &so->table[i];
    while (i <= mask && (e->key == NULL || e->key == dummy)) {
        i++;
        e++;
    }
    *pos = i + 1;
    if (i > mask)
        return 0;
    *out = e;
    return 1;
}

static int set_merge(KrSetObject *so, KrSetObject *other)
{
    if (so == other || other->used == 0)
        return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + other->used) * 2) < 0)
            return -1;
    }
    KrSetEntry *oe = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        KrSetEntry *se = so->table;
        for (ssize_t i = 0; i <= other->mask; i++, se++, oe++) {
            if (oe->key) {
                se->key = kr_newref(oe->key);
                se->hash = oe->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (ssize_t i = other->mask + 1; i > 0; i--, oe++)
            if (oe->key && oe->key != dummy)
                set_insert_clean(so->table, (size_t)so->mask, kr_newref(oe->key), oe->hash);
        return 0;
    }
    for (ssize_t i = 0; i <= other->mask; i++) {
        oe = &other->table[i];
        if (oe->key && oe->key != dummy) {
            KrObject *k = kr_newref(oe->key);
            int r = set_add_entry(so, k, oe->hash);
            kr_decref(k);
            if (r < 0)
                return -1;
        }
    }
    return 0;
}

static int set_update_internal(KrSetObject *so, KrObject *other)
{
    if (KR_ANYSET_CHECK(other))
        return set_merge(so, (KrSetObject *)other);
    if (KR_DICT_CHECK_EXACT(other)) {
        ssize_t n = KR_DICT_LEN(other);
        if ((so->fill + n) * 5 >= so->mask * 3) {
            if (set_table_resize(so, (so->used + n) * 2) < 0)
                return -1;
        }
        ssize_t pos = 0;
        KrObject *k;
        kr_hash_t h;
        while (kr_dict_next_hash(other, &pos, &k, NULL, &h)) {
            kr_incref(k);
            int r = set_add_entry(so, k, h);
            kr_decref(k);
            if (r < 0)
                return -1;
        }
        return 0;
    }
    KrObject *it = kr_object_getiter(other);
    if (!it)
        return -1;
    for (;;) {
        KrObject *k = kr_iter_next(it);
        if (!k)
            break;
        int r = set_add_key(so, k);
        kr_decref(k);
        if (r < 0) {
            kr_decref(it);
            return -1;
        }
    }
    kr_decref(it);
    return kr_err_occurred() ? -1 : 0;
}

/* ---- construction --------------------------------------------------------- */

static KrObject *make_new_set(KrTypeObject *type, KrObject *iterable)
{
    KrSetObject *so = (KrSetObject *)kr_object_alloc(type, 0);
    if (!so)
        return NULL;
    so->fill = so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    so->weakreflist = NULL;
    kr_gc_track((KrObject *)so);
    if (iterable && set_update_internal(so, iterable) < 0) {
        KR_DECREF(so);
        return NULL;
    }
    return (KrObject *)so;
}

/* set or frozenset, whichever the (sub)type derives from */
static KrObject *make_new_set_basetype(KrTypeObject *type, KrObject *iterable)
{
    if (type != &KrSet_Type && type != &KrFrozenSet_Type)
        type = kr_type_is_subtype(type, &KrSet_Type) ? &KrSet_Type : &KrFrozenSet_Type;
    return make_new_set(type, iterable);
}

KrObject *kr_set_new(KrObject *iterable) { return make_new_set(&KrSet_Type, iterable); }
KrObject *kr_frozenset_new(KrObject *iterable) { return make_new_set(&KrFrozenSet_Type, iterable); }

int kr_set_add(KrObject *s, KrObject *key) { return set_add_key((KrSetObject *)s, key); }

int kr_set_discard(KrObject *s, KrObject *key) { return set_discard_key((KrSetObject *)s, key); }

int kr_set_contains(KrObject *s, KrObject *key) { return set_contains_key((KrSetObject *)s, key); }

ssize_t kr_set_size(KrObject *s) { return ((KrSetObject *)s)->used; }

int kr_set_next(KrObject *s, ssize_t *pos, KrObject **key, kr_hash_t *hash)
{
    KrSetEntry *e;
    if (!set_next_entry((KrSetObject *)s, pos, &e))
        return 0;
    *key = e->key;
    if (hash)
        *hash = e->hash;
    return 1;
}

int kr_set_update(KrObject *s, KrObject *iterable)
{
    return set_update_internal((KrSetObject *)s, iterable);
}

static KrObject *set_pop_impl(KrSetObject *so)
{
    if (so->used == 0) {
        kr_err_set_string(KrExc_KeyError, "pop from an empty set");
        return NULL;
    }
    KrSetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (entry->key == NULL || entry->key == dummy) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    KrObject *key = entry->key;
    entry->key = dummy;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

KrObject *kr_set_pop(KrObject *s) { return set_pop_impl((KrSetObject *)s); }

static void set_swap_bodies(KrSetObject *a, KrSetObject *b)
{
    ssize_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    KrSetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        KrSetEntry tab[SET_MINSIZE];
        memcpy(tab, a->smalltable, sizeof(tab));
        memcpy(a->smalltable, b->smalltable, sizeof(tab));
        memcpy(b->smalltable, tab, sizeof(tab));
    }
    if (KR_TYPE_CHECK((KrObject *)a, &KrFrozenSet_Type) && KR_TYPE_CHECK((KrObject *)b, &KrFrozenSet_Type)) {
        kr_hash_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

/* ---- set algebra ---------------------------------------------------------- */

static KrObject *set_copy_impl(KrSetObject *so)
{
    return make_new_set_basetype(KR_TYPE(so), (KrObject *)so);
}

KrObject *kr_set_intersection(KrObject *sop, KrObject *other)
{
    KrSetObject *so = (KrSetObject *)sop;
    if (sop == other)
        return set_copy_impl(so);
    KrSetObject *result = (KrSetObject *)make_new_set_basetype(KR_TYPE(so), NULL);
    if (!result)
        return NULL;
    if (KR_ANYSET_CHECK(other)) {
        KrSetObject *o = (KrSetObject *)other;
        if (o->used > so->used) {
            KrSetObject *t = so;
            so = o;
            o = t;
        }
        ssize_t pos = 0;
        KrSetEntry *e;
        while (set_next_entry(o, &pos, &e)) {
            KrObject *k = kr_newref(e->key);
            kr_hash_t h = e->hash;
            int r = set_contains_entry(so, k, h);
            if (r > 0)
                r = set_add_entry(result, k, h);
            kr_decref(k);
            if (r < 0)
                goto fail;
        }
        return (KrObject *)result;
    }
    KrObject *it = kr_object_getiter(other);
    if (!it)
        goto fail;
    for (;;) {
        KrObject *k = kr_iter_next(it);
        if (!k)
            break;
        kr_hash_t h = key_hash(k);
        int r = h == -1 ? -1 : set_contains_entry(so, k, h);
        if (r > 0)
            r = set_add_entry(result, k, h);
        kr_decref(k);
        if (r < 0) {
            kr_decref(it);
            goto fail;
        }
    }
    kr_decref(it);
    if (kr_err_occurred())
        goto fail;
    return (KrObject *)result;
fail:
    KR_DECREF(result);
    return NULL;
}

int kr_set_difference_update(KrObject *sop, KrObject *other)
{
    KrSetObject *so = (KrSetObject *)sop;
    if (sop == other) {
        set_clear_internal(so);
        return 0;
    }
    if (KR_ANYSET_CHECK(other)) {
        ssize_t pos = 0;
        KrSetEntry *e;
        while (set_next_entry((KrSetObject *)other, &pos, &e)) {
            KrObject *k = kr_newref(e->key);
            int r = set_discard_entry(so, k, e->hash);
            kr_decref(k);
            if (r < 0)
                return -1;
        }
    } else {
        KrObject *it = kr_object_getiter(other);
        if (!it)
            return -1;
        for (;;) {
            KrObject *k = kr_iter_next(it);
            if (!k)
                break;
            int r = set_discard_key(so, k);
            kr_decref(k);
            if (r < 0) {
                kr_decref(it);
                return -1;
            }
        }
        kr_decref(it);
        if (kr_err_occurred())
            return -1;
    }
    /* squeeze out the dummies once they are more than a quarter */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static KrObject *set_copy_and_difference(KrSetObject *so, KrObject *other)
{
    KrObject *r = set_copy_impl(so);
    if (!r)
        return NULL;
    if (kr_set_difference_update(r, other) < 0) {
        kr_decref(r);
        return NULL;
    }
    return r;
}

static KrObject *set_difference(KrSetObject *so, KrObject *other)
{
    ssize_t other_size;
    if (KR_ANYSET_CHECK(other))
        other_size = ((KrSetObject *)other)->used;
    else if (KR_DICT_CHECK_EXACT(other))
        other_size = KR_DICT_LEN(other);
    else
        return set_copy_and_difference(so, other);
    if ((so->used >> 2) > other_size)
        return set_copy_and_difference(so, other);
    KrSetObject *result = (KrSetObject *)make_new_set_basetype(KR_TYPE(so), NULL);
    if (!result)
        return NULL;
    ssize_t pos = 0;
    KrSetEntry *e;
    int is_dict = KR_DICT_CHECK_EXACT(other);
    while (set_next_entry(so, &pos, &e)) {
        KrObject *k = kr_newref(e->key);
        kr_hash_t h = e->hash;
        int r = is_dict ? kr_dict_contains_hash(other, k, h)
                        : set_contains_entry((KrSetObject *)other, k, h);
        if (r == 0)
            r = set_add_entry(result, k, h);
        else if (r > 0)
            r = 0;
        kr_decref(k);
        if (r < 0) {
            KR_DECREF(result);
            return NULL;
        }
    }
    return (KrObject *)result;
}

int kr_set_symmetric_difference_update(KrObject *sop, KrObject *other)
{
    KrSetObject *so = (KrSetObject *)sop;
    if (sop == other) {
        set_clear_internal(so);
        return 0;
    }
    if (KR_DICT_CHECK_EXACT(other)) {
        ssize_t pos = 0;
        KrObject *k;
        kr_hash_t h;
        while (kr_dict_next_hash(other, &pos, &k, NULL, &h)) {
            kr_incref(k);
            int r = set_discard_entry(so, k, h);
            if (r == DISCARD_NOTFOUND)
                r = set_add_entry(so, k, h);
            kr_decref(k);
            if (r < 0)
                return -1;
        }
        return 0;
    }
    KrSetObject *os;
    if (KR_ANYSET_CHECK(other))
        os = (KrSetObject *)kr_newref(other);
    else if (!(os = (KrSetObject *)make_new_set_basetype(KR_TYPE(so), other)))
        return -1;
    ssize_t pos = 0;
    KrSetEntry *e;
    while (set_next_entry(os, &pos, &e)) {
        KrObject *k = kr_newref(e->key);
        kr_hash_t h = e->hash;
        int r = set_discard_entry(so, k, h);
        if (r == DISCARD_NOTFOUND)
            r = set_add_entry(so, k, h);
        kr_decref(k);
        if (r < 0) {
            KR_DECREF(os);
            return -1;
        }
    }
    KR_DECREF(os);
    return 0;
}

static KrObject *set_symmetric_difference(KrSetObject *so, KrObject *other)
{
    KrObject *r = make_new_set_basetype(KR_TYPE(so), other);
    if (!r)
        return NULL;
    if (kr_set_symmetric_difference_update(r, (KrObject *)so) < 0) {
        kr_decref(r);
        return NULL;
    }
    return r;
}

static int set_issubset_impl(KrSetObject *so, KrObject *other)
{
    if (!KR_ANYSET_CHECK(other)) {
        KrObject *tmp = make_new_set(&KrSet_Type, other);
        if (!tmp)
            return -1;
        int r = set_issubset_impl(so, tmp);
        kr_decref(tmp);
        return r;
    }
    if (so->used > ((KrSetObject *)other)->used)
        return 0;
    ssize_t pos = 0;
    KrSetEntry *e;
    while (set_next_entry(so, &pos, &e)) {
        KrObject *k = kr_newref(e->key);
        int r = set_contains_entry((KrSetObject *)other, k, e->hash);
        kr_decref(k);
        if (r <= 0)
            return r;
    }
    return 1;
}

static int set_issuperset_impl(KrSetObject *so, KrObject *other)
{
    if (KR_ANYSET_CHECK(other))
        return set_issubset_impl((KrSetObject *)other, (KrObject *)so);
    KrObject *it = kr_object_getiter(other);
    if (!it)
        return -1;
    for (;;) {
        KrObject *k = kr_iter_next(it);
        if (!k)
            break;
        int r = set_contains_key(so, k);
        kr_decref(k);
        if (r <= 0) {
            kr_decref(it);
            return r;
        }
    }
    kr_decref(it);
    return kr_err_occurred() ? -1 : 1;
}

static int set_isdisjoint_impl(KrSetObject *so, KrObject *other)
{
    if ((KrObject *)so == other)
        return so->used == 0;
    if (KR_ANYSET_CHECK(other)) {
        KrSetObject *o = (KrSetObject *)other;
        if (o->used > so->used) {
            KrSetObject *t = so;
            so = o;
            o = t;
        }
        ssize_t pos = 0;
        KrSetEntry *e;
        while (set_next_entry(o, &pos, &e)) {
            KrObject *k = kr_newref(e->key);
            int r = set_contains_entry(so, k, e->hash);
            kr_decref(k);
            if (r != 0)
                return r < 0 ? -1 : 0;
        }
        return 1;
    }
    KrObject *it = kr_object_getiter(other);
    if (!it)
        return -1;
    for (;;) {
        KrObject *k = kr_iter_next(it);
        if (!k)
            break;
        int r = set_contains_key(so, k);
        kr_decref(k);
        if (r != 0) {
            kr_decref(it);
            return r < 0 ? -1 : 0;
        }
    }
    kr_decref(it);
    return kr_err_occurred() ? -1 : 1;
}

/* ---- type slots --------------------------------------------------------- */

static void set_dealloc(KrObject *self)
{
    KrSetObject *so = (KrSetObject *)self;
    kr_gc_untrack(self);
    if (kr_trash_begin(self, set_dealloc))
        return;
    ssize_t fill = so->fill;
    for (KrSetEntry *e = so->table; fill > 0; e++) {
        if (e->key) {
            fill--;
            if (e->key != dummy)
                kr_decref(e->key);
        }
    }
    if (so->table != so->smalltable)
        kr_mem_free(so->table);
    kr_object_free(self);
    kr_trash_end();
}

static int set_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrSetObject *so = (KrSetObject *)self;
    ssize_t pos = 0;
    KrSetEntry *e;
    while (set_next_entry(so, &pos, &e))
        KR_VISIT(e->key);
    return 0;
}

static int set_tp_clear(KrObject *self)
{
    set_clear_internal((KrSetObject *)self);
    return 0;
}

static ssize_t set_len(KrObject *self) { return ((KrSetObject *)self)->used; }

static KrObject *set_repr(KrObject *self)
{
    KrSetObject *so = (KrSetObject *)self;
    const char *name = kr_type_name(KR_TYPE(self));
    if (so->used == 0)
        return kr_str_from_format("%s()", name);
    int st = kr_repr_enter(self);
    if (st != 0)
        return st > 0 ? kr_str_from_format("%s(...)", name) : NULL;
    KrObject *res = NULL, *keys = kr_sequence_list(self), *lr = NULL, *inner = NULL;
    if (!keys)
        goto done;
    lr = kr_object_repr(keys);
    if (!lr)
        goto done;
    inner = kr_str_substring(lr, 1, KR_STR_LEN(lr) - 1);
    if (!inner)
        goto done;
    if (KR_TYPE(self) == &KrSet_Type)
        res = kr_str_from_format("{%U}", inner);
    else
        res = kr_str_from_format("%s({%U})", name, inner);
done:
    kr_xdecref(keys);
    kr_xdecref(lr);
    kr_xdecref(inner);
    kr_repr_leave(self);
    return res;
}

static int set_sq_contains(KrObject *self, KrObject *key)
{
    int r = set_contains_key((KrSetObject *)self, key);
    if (r < 0 && KR_TYPE_CHECK(key, &KrSet_Type) && kr_err_matches((KrObject *)KrExc_TypeError)) {
        kr_err_clear();
        KrObject *tmp = make_new_set(&KrFrozenSet_Type, key);
        if (!tmp)
            return -1;
        r = set_contains_key((KrSetObject *)self, tmp);
        kr_decref(tmp);
    }
    return r;
}

static KrObject *set_richcompare(KrObject *v, KrObject *w, int op)
{
    if (!KR_ANYSET_CHECK(w))
        KR_RETURN_NOTIMPL;
    KrSetObject *a = (KrSetObject *)v, *b = (KrSetObject *)w;
    int r;
    switch (op) {
    case KR_EQ:
        if (a->used != b->used)
            KR_RETURN_FALSE;
        if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            KR_RETURN_FALSE;
        r = set_issubset_impl(a, w);
        break;
    case KR_NE:
        if (a->used != b->used)
            KR_RETURN_TRUE;
        if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            KR_RETURN_TRUE;
        r = set_issubset_impl(a, w);
        if (r >= 0)
            r = !r;
        break;
    case KR_LE:
        r = set_issubset_impl(a, w);
        break;
    case KR_GE:
        r = set_issuperset_impl(a, w);
        break;
    case KR_LT:
        if (a->used >= b->used)
            KR_RETURN_FALSE;
        r = set_issubset_impl(a, w);
        break;
    default:
        if (a->used <= b->used)
            KR_RETURN_FALSE;
        r = set_issuperset_impl(a, w);
        break;
    }
    if (r < 0)
        return NULL;
    return kr_bool_from(r);
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static kr_hash_t frozenset_hash(KrObject *self)
{
    KrSetObject *so = (KrSetObject *)self;
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    for (ssize_t i = 0; i <= so->mask; i++)
        hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    /* cancel the contributions of unused and dummy slots */
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    so->hash = (kr_hash_t)hash;
    return so->hash;
}

static KrObject *set_iter(KrObject *self);

static KrObject *set_or(KrObject *a, KrObject *b)
{
    if (!KR_ANYSET_CHECK(a) || !KR_ANYSET_CHECK(b))
        KR_RETURN_NOTIMPL;
    KrObject *r = set_copy_impl((KrSetObject *)a);
    if (!r)
        return NULL;
    if (a != b && set_update_internal((KrSetObject *)r, b) < 0) {
        kr_decref(r);
        return NULL;
    }
    return r;
}

static KrObject *set_and(KrObject *a, KrObject *b)
{
    if (!KR_ANYSET_CHECK(a) || !KR_ANYSET_CHECK(b))
        KR_RETURN_NOTIMPL;
    return kr_set_intersection(a, b);
}

static KrObject *set_sub(KrObject *a, KrObject *b)
{
    if (!KR_ANYSET_CHECK(a) || !KR_ANYSET_CHECK(b))
        KR_RETURN_NOTIMPL;
    return set_difference((KrSetObject *)a, b);
}

static KrObject *set_xor(KrObject *a, KrObject *b)
{
    if (!KR_ANYSET_CHECK(a) || !KR_ANYSET_CHECK(b))
        KR_RETURN_NOTIMPL;
    return set_symmetric_difference((KrSetObject *)a, b);
}

static KrObject *set_ior(KrObject *a, KrObject *b)
{
    if (!KR_ANYSET_CHECK(b))
        KR_RETURN_NOTIMPL;
    if (set_update_internal((KrSetObject *)a, b) < 0)
        return NULL;
    return kr_newref(a);
}

static KrObject *set_iand(KrObject *a, KrObject *b)
{
    if (!KR_ANYSET_CHECK(b))
        KR_RETURN_NOTIMPL;
    KrObject *tmp = kr_set_intersection(a, b);
    if (!tmp)
        return NULL;
    set_swap_bodies((KrSetObject *)a, (KrSetObject *)tmp);
    kr_decref(tmp);
    return kr_newref(a);
}

static KrObject *set_isub(KrObject *a, KrObject *b)
{
    if (!KR_ANYSET_CHECK(b))
        KR_RETURN_NOTIMPL;
    if (kr_set_difference_update(a, b) < 0)
        return NULL;
    return kr_newref(a);
}

static KrObject *set_ixor(KrObject *a, KrObject *b)
{
    if (!KR_ANYSET_CHECK(b))
        KR_RETURN_NOTIMPL;
    if (kr_set_symmetric_difference_update(a, b) < 0)
        return NULL;
    return kr_newref(a);
}

static KrObject *set_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                         KrObject *kwnames)
{
    return make_new_set(type, NULL);
}

static int set_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (KR_TYPE(self) == &KrSet_Type && kwnames && KR_TUPLE_LEN(kwnames) > 0) {
        kr_err_set_string(KrExc_TypeError, "set() takes no keyword arguments");
        return -1;
    }
    if (kr_check_positional("set", nargs, 0, 1) < 0)
        return -1;
    KrSetObject *so = (KrSetObject *)self;
    if (so->fill)
        set_clear_internal(so);
    so->hash = -1;
    if (nargs)
        return set_update_internal(so, args[0]);
    return 0;
}

static KrObject *set_vectorcall(KrObject *type, KrObject *const *args, ssize_t nargs,
                                KrObject *kwnames)
{
    KrTypeObject *t = (KrTypeObject *)type;
    KrObject *s = make_new_set(t, NULL);
    if (!s)
        return NULL;
    kr_initproc init = t == &KrSet_Type ? set_init : t->tp_init;
    if (init && init(s, args, nargs, kwnames) < 0) {
        kr_decref(s);
        return NULL;
    }
    return s;
}

static KrObject *frozenset_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                               KrObject *kwnames)
{
    if (type == &KrFrozenSet_Type && kwnames && KR_TUPLE_LEN(kwnames) > 0)
        return kr_err_format(KrExc_TypeError, "frozenset() takes no keyword arguments");
    if (kr_check_positional("frozenset", nargs, 0, 1) < 0)
        return NULL;
    if (type == &KrFrozenSet_Type && nargs && KR_TYPE(args[0]) == &KrFrozenSet_Type)
        return kr_newref(args[0]);
    return make_new_set(type, nargs ? args[0] : NULL);
}

/* ---- methods ------------------------------------------------------------ */

static KrObject *set_add_meth(KrObject *self, KrObject *key)
{
    if (set_add_key((KrSetObject *)self, key) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *set_clear_meth(KrObject *self, KrObject *unused)
{
    set_clear_internal((KrSetObject *)self);
    KR_RETURN_NONE;
}

static KrObject *set_copy_meth(KrObject *self, KrObject *unused)
{
    return set_copy_impl((KrSetObject *)self);
}

static KrObject *frozenset_copy_meth(KrObject *self, KrObject *unused)
{
    if (KR_TYPE(self) == &KrFrozenSet_Type)
        return kr_newref(self);
    return set_copy_impl((KrSetObject *)self);
}

/* discard/remove: a set key is looked up as the equal frozenset */
static int discard_with_frozen_retry(KrSetObject *so, KrObject *key)
{
    int r = set_discard_key(so, key);
    if (r < 0 && KR_TYPE_CHECK(key, &KrSet_Type) && kr_err_matches((KrObject *)KrExc_TypeError)) {
        kr_err_clear();
        KrObject *tmp = make_new_set(&KrFrozenSet_Type, key);
        if (!tmp)
            return -1;
        r = set_discard_key(so, tmp);
        kr_decref(tmp);
    }
    return r;
}

static KrObject *set_discard_meth(KrObject *self, KrObject *key)
{
    if (discard_with_frozen_retry((KrSetObject *)self, key) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *set_remove_meth(KrObject *self, KrObject *key)
{
    int r = discard_with_frozen_retry((KrSetObject *)self, key);
    if (r < 0)
        return NULL;
    if (r == DISCARD_NOTFOUND) {
        KrObject *t = kr_tuple_pack(1, key);
        if (t) {
            kr_err_set_object(KrExc_KeyError, t);
            kr_decref(t);
        }
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *set_pop_meth(KrObject *self, KrObject *unused)
{
    return set_pop_impl((KrSetObject *)self);
}

static KrObject *set_union_meth(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrObject *r = set_copy_impl((KrSetObject *)self);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        if (args[i] == self)
            continue;
        if (set_update_internal((KrSetObject *)r, args[i]) < 0) {
            kr_decref(r);
            return NULL;
        }
    }
    return r;
}

static KrObject *set_update_meth(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    for (ssize_t i = 0; i < nargs; i++)
        if (set_update_internal((KrSetObject *)self, args[i]) < 0)
            return NULL;
    KR_RETURN_NONE;
}

static KrObject *set_intersection_multi(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (nargs == 0)
        return set_copy_impl((KrSetObject *)self);
    KrObject *r = kr_newref(self);
    for (ssize_t i = 0; i < nargs; i++) {
        KrObject *nr = kr_set_intersection(r, args[i]);
        kr_decref(r);
        if (!nr)
            return NULL;
        r = nr;
    }
    return r;
}

static KrObject *set_intersection_update_multi(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrObject *tmp = set_intersection_multi(self, args, nargs);
    if (!tmp)
        return NULL;
    set_swap_bodies((KrSetObject *)self, (KrSetObject *)tmp);
    kr_decref(tmp);
    KR_RETURN_NONE;
}

static KrObject *set_difference_multi(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (nargs == 0)
        return set_copy_impl((KrSetObject *)self);
    KrObject *r = set_difference((KrSetObject *)self, args[0]);
    if (!r)
        return NULL;
    for (ssize_t i = 1; i < nargs; i++) {
        if (kr_set_difference_update(r, args[i]) < 0) {
            kr_decref(r);
            return NULL;
        }
    }
    return r;
}

static KrObject *set_difference_update_multi(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    for (ssize_t i = 0; i < nargs; i++)
        if (kr_set_difference_update(self, args[i]) < 0)
            return NULL;
    KR_RETURN_NONE;
}

static KrObject *set_symdiff_meth(KrObject *self, KrObject *other)
{
    return set_symmetric_difference((KrSetObject *)self, other);
}

static KrObject *set_symdiff_update_meth(KrObject *self, KrObject *other)
{
    if (kr_set_symmetric_difference_update(self, other) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *set_issubset_meth(KrObject *self, KrObject *other)
{
    int r = set_issubset_impl((KrSetObject *)self, other);
    return r < 0 ? NULL : kr_bool_from(r);
}

static KrObject *set_issuperset_meth(KrObject *self, KrObject *other)
{
    int r = set_issuperset_impl((KrSetObject *)self, other);
    return r < 0 ? NULL : kr_bool_from(r);
}

static KrObject *set_isdisjoint_meth(KrObject *self, KrObject *other)
{
    int r = set_isdisjoint_impl((KrSetObject *)self, other);
    return r < 0 ? NULL : kr_bool_from(r);
}

static KrObject *set_contains_meth(KrObject *self, KrObject *key)
{
    int r = set_sq_contains(self, key);
    return r < 0 ? NULL : kr_bool_from(r);
}

static KrObject *set_reduce(KrObject *self, KrObject *unused)
{
    KrObject *keys = kr_sequence_list(self), *args = NULL, *state = NULL, *res = NULL;
    if (!keys)
        return NULL;
    args = kr_tuple_pack(1, keys);
    if (!args)
        goto done;
    KrObject **dp = kr_object_dict_ptr(self);
    state = (dp && *dp) ? kr_newref(*dp) : kr_newref(Kr_None);
    res = kr_tuple_pack(3, (KrObject *)KR_TYPE(self), args, state);
done:
    kr_xdecref(keys);
    kr_xdecref(args);
    kr_xdecref(state);
    return res;
}

static KrObject *set_sizeof(KrObject *self, KrObject *unused)
{
    KrSetObject *so = (KrSetObject *)self;
    ssize_t n = KR_TYPE(self)->tp_basicsize;
    if (so->table != so->smalltable)
        n += (so->mask + 1) * (ssize_t)sizeof(KrSetEntry);
    return kr_int_from_ssize(n);
}

#define COMMON_METHODS                                                                       \
    { "__contains__", KR_CFUNC(set_contains_meth), KR_METH_O | KR_METH_COEXIST,              \
      "x.__contains__(y) <==> y in x." },                                                    \
    { "difference", KR_CFUNC(set_difference_multi), KR_METH_FASTCALL,                        \
      "Return the difference of two or more sets as a new set.\n\n"                          \
      "(i.e. all elements that are in this set but not the others.)" },                      \
    { "intersection", KR_CFUNC(set_intersection_multi), KR_METH_FASTCALL,                    \
      "Return the intersection of two sets as a new set.\n\n"                                \
      "(i.e. all elements that are in both sets.)" },                                        \
    { "isdisjoint", KR_CFUNC(set_isdisjoint_meth), KR_METH_O,                                \
      "Return True if two sets have a null intersection." },                                 \
    { "issubset", KR_CFUNC(set_issubset_meth), KR_METH_O,                                    \
      "Report whether another set contains this set." },                                     \
    { "issuperset", KR_CFUNC(set_issuperset_meth), KR_METH_O,                                \
      "Report whether this set contains another set." },                                     \
    { "__reduce__", KR_CFUNC(set_reduce), KR_METH_NOARGS, "Return state information for pickling." }, \
    { "__sizeof__", KR_CFUNC(set_sizeof), KR_METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes" }, \
    { "symmetric_difference", KR_CFUNC(set_symdiff_meth), KR_METH_O,                         \
      "Return the symmetric difference of two sets as a new set.\n\n"                        \
      "(i.e. all elements that are in exactly one of the sets.)" },                          \
    { "union", KR_CFUNC(set_union_meth), KR_METH_FASTCALL,                                   \
      "Return the union of sets as a new set.\n\n"                                           \
      "(i.e. all elements that are in either set.)" },                                       \
    { "__class_getitem__", KR_CFUNC(kr_container_class_getitem), KR_METH_O | KR_METH_CLASS,  \
      "See PEP 585" },

static KrMethodDef set_methods[] = {
    { "add", KR_CFUNC(set_add_meth), KR_METH_O,
      "Add an element to a set.\n\nThis has no effect if the element is already present." },
    { "clear", KR_CFUNC(set_clear_meth), KR_METH_NOARGS, "Remove all elements from this set." },
    { "copy", KR_CFUNC(set_copy_meth), KR_METH_NOARGS, "Return a shallow copy of a set." },
    { "discard", KR_CFUNC(set_discard_meth), KR_METH_O,
      "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\n"
      "an exception when an element is missing from the set." },
    { "difference_update", KR_CFUNC(set_difference_update_multi), KR_METH_FASTCALL,
      "Remove all elements of another set from this set." },
    { "intersection_update", KR_CFUNC(set_intersection_update_multi), KR_METH_FASTCALL,
      "Update a set with the intersection of itself and another." },
    { "pop", KR_CFUNC(set_pop_meth), KR_METH_NOARGS,
      "Remove and return an arbitrary set element.\n\nRaises KeyError if the set is empty." },
    { "remove", KR_CFUNC(set_remove_meth), KR_METH_O,
      "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError." },
    { "symmetric_difference_update", KR_CFUNC(set_symdiff_update_meth), KR_METH_O,
      "Update a set with the symmetric difference of itself and another." },
    { "update", KR_CFUNC(set_update_meth), KR_METH_FASTCALL, "Update a set with the union of itself and others." },
    COMMON_METHODS
    { NULL, NULL, 0, NULL }
};

static KrMethodDef frozenset_methods[] = {
    { "copy", KR_CFUNC(frozenset_copy_meth), KR_METH_NOARGS, "Return a shallow copy of a set." },
    COMMON_METHODS
    { NULL, NULL, 0, NULL }
};

static KrNumberMethods set_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
    .nb_inplace_subtract = set_isub,
    .nb_inplace_and = set_iand,
    .nb_inplace_xor = set_ixor,
    .nb_inplace_or = set_ior,
};

static KrNumberMethods frozenset_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
};

static KrSequenceMethods set_as_sequence = {
    .sq_length = set_len,
    .sq_contains = set_sq_contains,
};

KrTypeObject KrSet_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "set",
    .tp_basicsize = sizeof(KrSetObject),
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_as_number = &set_as_number,
    .tp_as_sequence = &set_as_sequence,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_richcompare = set_richcompare,
    .tp_weaklistoffset = offsetof(KrSetObject, weakreflist),
    .tp_iter = set_iter,
    .tp_methods = set_methods,
    .tp_init = set_init,
    .tp_new = set_new,
    .tp_vectorcall = set_vectorcall,
};

KrTypeObject KrFrozenSet_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "frozenset",
    .tp_basicsize = sizeof(KrSetObject),
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_as_number = &frozenset_as_number,
    .tp_as_sequence = &set_as_sequence,
    .tp_hash = frozenset_hash,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
              "Build an immutable unordered collection of unique elements.",
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_richcompare = set_richcompare,
    .tp_weaklistoffset = offsetof(KrSetObject, weakreflist),
    .tp_iter = set_iter,
    .tp_methods = frozenset_methods,
    .tp_new = frozenset_new,
};

/* ---- iterator ----------------------------------------------------------- */

typedef struct {
    KrObject_HEAD
    KrSetObject *set;    /* NULL once exhausted */
    ssize_t used;
    ssize_t pos;
    ssize_t len;
} SetIter;

static KrObject *set_iter(KrObject *self)
{
    SetIter *it = (SetIter *)kr_object_alloc(&KrSetIter_Type, 0);
    if (!it)
        return NULL;
    it->set = (KrSetObject *)kr_newref(self);
    it->used = ((KrSetObject *)self)->used;
    it->pos = 0;
    it->len = it->used;
    kr_gc_track((KrObject *)it);
    return (KrObject *)it;
}

static void setiter_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    KR_XDECREF(((SetIter *)self)->set);
    kr_object_free(self);
}

static int setiter_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(((SetIter *)self)->set);
    return 0;
}

static int setiter_clear(KrObject *self)
{
    KR_CLEAR(((SetIter *)self)->set);
    return 0;
}

static KrObject *setiter_next(KrObject *self)
{
    SetIter *it = (SetIter *)self;
    KrSetObject *so = it->set;
    if (!so)
        return NULL;
    if (it->used != so->used) {
        kr_err_set_string(KrExc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return NULL;
    }
    ssize_t i = it->pos, mask = so->mask;
    KrSetEntry *e = &so->table[i];
    while (i <= mask && (e->key == NULL || e->key == dummy)) {
        i++;
        e++;
    }
    it->pos = i + 1;
    if (i > mask) {
        it->set = NULL;
        KR_DECREF(so);
        return NULL;
    }
    it->len--;
    return kr_newref(e->key);
}

static KrObject *setiter_length_hint(KrObject *self, KrObject *unused)
{
    SetIter *it = (SetIter *)self;
    ssize_t n = 0;
    if (it->set && it->used == it->set->used)
        n = it->len;
    return kr_int_from_ssize(n);
}

static KrMethodDef setiter_methods[] = {
    { "__length_hint__", KR_CFUNC(setiter_length_hint), KR_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, NULL }
};

KrTypeObject KrSetIter_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "set_iterator",
    .tp_basicsize = sizeof(SetIter),
    .tp_dealloc = setiter_dealloc,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_traverse = setiter_traverse,
    .tp_clear = setiter_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = setiter_next,
    .tp_methods = setiter_methods,
};
