/* dict.c: the dictionary, Krait's most used data structure.
 *
 * Layout (the "compact dict" of CPython 3.6+).  A dict points to one
 * KrDictKeys block holding two tables:
 *   - indices: `size` slots (a power of two) of signed integers, 1, 2, 4 or
 *     8 bytes wide depending on size.  A slot is EMPTY (-1), DUMMY (-2: an
 *     entry was deleted, keep probing) or the position of an entry.
 *   - entries: a dense array {hash, key, value} in insertion order, with
 *     room for usable = size*2/3 entries.  A deleted entry keeps its place
 *     with key and value NULL, so iteration order never changes.
 * Lookup probes the index table with CPython's recurrence
 *     i = (i*5 + 1 + perturb) & mask;   perturb >>= 5 first
 * so every bit of the hash eventually takes part.  When usable runs out the
 * table is rebuilt at the smallest power of two >= used*3, which also
 * squeezes deleted entries out.  An empty dict has no keys block at all.
 *
 * Invariants: used counts live entries; nentries counts entries handed out
 * (live or deleted); usable + nentries is the capacity.  all_str is set
 * while every key is an exact str, which lets lookups of str keys compare
 * without calling back into Python.
 *
 * Safety: comparing keys may run arbitrary Python code (__eq__), which may
 * mutate or even clear this dict.  A lookup therefore holds a reference to
 * the key it compares against, and afterwards restarts from scratch if the
 * keys block or that entry changed.  Decrefs of replaced keys and values
 * happen after the table is consistent again.
 *
 * Versions: every mutation stores a fresh tag from the interpreter's
 * counter in dict->version, and every change of the set of keys (an
 * append, a deletion, a new block) one in keys->kver, so the VM can cache
 * lookups and check them with one compare: a global's entry stays its
 * entry while kver holds, whatever values are stored meanwhile.  Entry
 * positions are also handed out as hints (kr_dict_hint) that a caller
 * checks by key identity.  New dicts are not tracked by the collector until
 * a key or value that may be part of a cycle is stored, as in CPython.
 */
#include "kr.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define MINSIZE 8
#define PERTURB_SHIFT 5

/* struct KrDictKeys is in containers.h, for kr_dict_hint */

#define USABLE_FRACTION(n) (((n) << 1) / 3)

static inline KrDictEntry *dk_entries(KrDictKeys *dk)
{
    return (KrDictEntry *)(dk->indices + dk->size * dk->width);
}

static inline ssize_t dk_get_index(KrDictKeys *dk, size_t i)
{
    switch (dk->width) {
    case 1: return ((int8_t *)dk->indices)[i];
    case 2: return ((int16_t *)dk->indices)[i];
    case 4: return ((int32_t *)dk->indices)[i];
    default: return (ssize_t)((int64_t *)dk->indices)[i];
    }
}

static inline void dk_set_index(KrDictKeys *dk, size_t i, ssize_t ix)
{
    switch (dk->width) {
    case 1: ((int8_t *)dk->indices)[i] = (int8_t)ix; break;
    case 2: ((int16_t *)dk->indices)[i] = (int16_t)ix; break;
    case 4: ((int32_t *)dk->indices)[i] = (int32_t)ix; break;
    default: ((int64_t *)dk->indices)[i] = (int64_t)ix; break;
    }
}

static uint64_t runtime_version = (uint64_t)1 << 62;   /* only before any interpreter runs */

static inline uint64_t next_tag(void)
{
    KrThreadState *ts = kr_tstate();
    return ts ? ++ts->interp->dict_version : ++runtime_version;
}

static inline void bump_version(KrDictObject *d)
{
    d->version = next_tag();
}

static KrDictKeys *new_keys(ssize_t size)
{
    int width = size <= 128 ? 1 : size <= 0x8000 ? 2 : size <= ((ssize_t)1 << 31) ? 4 : 8;
    ssize_t usable = USABLE_FRACTION(size);
    size_t bytes = sizeof(KrDictKeys) + (size_t)size * (size_t)width + (size_t)usable * sizeof(KrDictEntry);
    if (size > ((ssize_t)1 << 40) || bytes > KR_MAX_ALLOC) {
        kr_err_nomemory();
        return NULL;
    }
    KrDictKeys *dk = kr_mem_alloc(bytes);
    if (!dk) {
        kr_err_nomemory();
        return NULL;
    }
    dk->size = size;
    dk->usable = usable;
    dk->nentries = 0;
    dk->kver = next_tag();
    dk->width = width;
    dk->all_str = 1;
    memset(dk->indices, 0xff, (size_t)size * (size_t)width);   /* all EMPTY */
    return dk;
}

static ssize_t size_for(ssize_t minsize)
{
    ssize_t size = MINSIZE;
    while (size < minsize && size > 0)
        size <<= 1;
    return size;
}

static inline kr_hash_t hash_of(KrObject *key)
{
    if (KR_STR_CHECK_EXACT(key))
        return kr_str_hash(key);
    return kr_object_hash(key);
}

static int may_be_tracked(KrObject *o)
{
    if (!KR_IS_GC(o))
        return 0;
    if (KR_TUPLE_CHECK_EXACT(o))
        return kr_gc_is_tracked(o);
    return 1;
}

/* kr_gc_is_tracked without the call: every dict has a GC head unless it
 * is immortal, and immortals are never tracked */
static inline int dict_is_tracked(KrDictObject *d)
{
    return !kr_is_immortal((KrObject *)d) && KR_AS_GC(d)->gc_next != NULL;
}

static inline void maintain_tracking(KrDictObject *d, KrObject *key, KrObject *value)
{
    if (!dict_is_tracked(d) && (may_be_tracked(key) || may_be_tracked(value)))
        kr_gc_track((KrObject *)d);
}

/* ---- lookup ------------------------------------------------------------- */

/* Position of key in the entries, DKIX_EMPTY when absent, or -3 on error. */
#define DKIX_ERROR (-3)

static ssize_t lookup(KrDictObject *d, KrObject *key, kr_hash_t hash)
{
restart:;
    KrDictKeys *dk = d->keys;
    if (!dk)
        return DKIX_EMPTY;
    size_t mask = (size_t)dk->size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    KrDictEntry *ep0 = dk_entries(dk);
    if (dk->all_str && KR_STR_CHECK_EXACT(key)) {
        for (;;) {
            ssize_t ix = dk_get_index(dk, i);
            if (ix == DKIX_EMPTY)
                return DKIX_EMPTY;
            if (ix >= 0) {
                KrDictEntry *ep = &ep0[ix];
                if (ep->key == key || (ep->hash == hash && kr_str_eq(ep->key, key)))
                    return ix;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }
    for (;;) {
        ssize_t ix = dk_get_index(dk, i);
        if (ix == DKIX_EMPTY)
            return DKIX_EMPTY;
        if (ix >= 0) {
            KrDictEntry *ep = &ep0[ix];
            KrObject *sk = ep->key;
            if (sk == key)
                return ix;
            if (ep->hash == hash) {
                if (KR_STR_CHECK_EXACT(sk) && KR_STR_CHECK_EXACT(key)) {
                    if (kr_str_eq(sk, key))
                        return ix;
                } else if (KR_INT_CHECK_EXACT(sk) && KR_INT_CHECK_EXACT(key)) {
                    if (kr_int_compare(sk, key) == 0)
                        return ix;
                } else {
                    kr_incref(sk);
                    int c = kr_object_richcompare_bool(sk, key, KR_EQ);
                    kr_decref(sk);
                    if (c < 0)
                        return DKIX_ERROR;
                    if (dk != d->keys || ep->key != sk)
                        goto restart;
                    if (c)
                        return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* lookup() of a str key in an all-str keys block (no comparison can run
 * code) that also finds where an absent key goes: *slot is then the first
 * DUMMY or EMPTY slot of its probe sequence, what find_empty_slot would
 * return, so inserting a new key probes once */
static ssize_t lookup_str_slot(KrDictKeys *dk, KrObject *key, kr_hash_t hash, size_t *slot)
{
    size_t mask = (size_t)dk->size - 1, i = (size_t)hash & mask, perturb = (size_t)hash, free = SIZE_MAX;
    KrDictEntry *ep0 = dk_entries(dk);
    for (;;) {
        ssize_t ix = dk_get_index(dk, i);
        if (ix == DKIX_EMPTY) {
            *slot = free != SIZE_MAX ? free : i;
            return DKIX_EMPTY;
        }
        if (ix >= 0) {
            KrDictEntry *ep = &ep0[ix];
            if (ep->key == key || (ep->hash == hash && kr_str_eq(ep->key, key)))
                return ix;
        } else if (free == SIZE_MAX) {
            free = i;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* index slot holding entry ix (the entry must be present) */
static size_t slot_of(KrDictKeys *dk, kr_hash_t hash, ssize_t ix)
{
    size_t mask = (size_t)dk->size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        if (dk_get_index(dk, i) == ix)
            return i;
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* first EMPTY or DUMMY slot of hash's probe sequence */
static size_t find_empty_slot(KrDictKeys *dk, kr_hash_t hash)
{
    size_t mask = (size_t)dk->size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (dk_get_index(dk, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* rebuild for at least minused live entries, dropping deleted ones */
static int dict_resize(KrDictObject *d, ssize_t minused)
{
    KrDictKeys *old = d->keys;
    ssize_t need = minused + (minused >> 1);     /* usable must be >= minused */
    ssize_t size = size_for(need + 1);
    while (USABLE_FRACTION(size) < minused)
        size <<= 1;
    KrDictKeys *dk = new_keys(size);
    if (!dk)
        return -1;
    if (old) {
        KrDictEntry *src = dk_entries(old), *dst = dk_entries(dk);
        ssize_t n = 0;
        int all_str = 1;
        for (ssize_t k = 0; k < old->nentries; k++) {
            if (!src[k].value)
                continue;
            dst[n] = src[k];
            if (!KR_STR_CHECK_EXACT(src[k].key))
                all_str = 0;
            dk_set_index(dk, find_empty_slot(dk, src[k].hash), n);
            n++;
        }
        dk->nentries = n;
        dk->usable -= n;
        dk->all_str = all_str;
        kr_mem_free(old);
    }
    d->keys = dk;
    return 0;
}

static int insertion_resize(KrDictObject *d)
{
    /* CPython's growth rate: room for used*3 */
    ssize_t target = d->used * 3;
    ssize_t size = size_for(target);
    if (!d->keys && size < MINSIZE)
        size = MINSIZE;
    KrDictKeys *old = d->keys;
    KrDictKeys *dk = new_keys(size);
    if (!dk)
        return -1;
    if (old) {
        KrDictEntry *src = dk_entries(old), *dst = dk_entries(dk);
        ssize_t n = 0;
        int all_str = old->all_str;
        for (ssize_t k = 0; k < old->nentries; k++) {
            if (!src[k].value)
                continue;
            dst[n] = src[k];
            dk_set_index(dk, find_empty_slot(dk, src[k].hash), n);
            n++;
        }
        dk->nentries = n;
        dk->usable -= n;
        dk->all_str = all_str;
        kr_mem_free(old);
    }
    d->keys = dk;
    return 0;
}

/* Store (key, value) with a known hash.  Steals both references.  Returns
 * the entry position of key (>= 0), or -1 on error. */
static ssize_t insert(KrDictObject *d, KrObject *key, kr_hash_t hash, KrObject *value)
{
    size_t slot = SIZE_MAX;
    KrDictKeys *dk0 = d->keys;
    ssize_t ix = dk0 && dk0->all_str && KR_STR_CHECK_EXACT(key) ? lookup_str_slot(dk0, key, hash, &slot)
                                                                : lookup(d, key, hash);
    if (ix == DKIX_ERROR)
        goto fail;
    maintain_tracking(d, key, value);
    if (ix >= 0) {
        KrDictEntry *ep = &dk_entries(d->keys)[ix];
        KrObject *old = ep->value;
        if (old != value) {
            ep->value = value;
            bump_version(d);
            kr_decref(old);
        } else {
            kr_decref(value);
        }
        kr_decref(key);
        return ix;
    }
    if (!d->keys || d->keys->usable <= 0) {
        if (insertion_resize(d) < 0)
            goto fail;
        slot = SIZE_MAX;
    }
    KrDictKeys *dk = d->keys;
    if (slot == SIZE_MAX)
        slot = find_empty_slot(dk, hash);
    ix = dk->nentries;
    KrDictEntry *ep = &dk_entries(dk)[ix];
    dk_set_index(dk, slot, ix);
    ep->hash = hash;
    ep->key = key;
    ep->value = value;
    if (!KR_STR_CHECK_EXACT(key))
        dk->all_str = 0;
    dk->nentries++;
    dk->usable--;
    d->used++;
    bump_version(d);
    dk->kver = d->version;
    return ix;
fail:
    kr_decref(key);
    kr_decref(value);
    return -1;
}

/* remove entry ix (found by lookup for hash); returns the old key/value */
static void delete_entry(KrDictObject *d, ssize_t ix, kr_hash_t hash, KrObject **okey, KrObject **oval)
{
    KrDictKeys *dk = d->keys;
    KrDictEntry *ep = &dk_entries(dk)[ix];
    dk_set_index(dk, slot_of(dk, hash, ix), DKIX_DUMMY);
    *okey = ep->key;
    *oval = ep->value;
    ep->key = NULL;
    ep->value = NULL;
    d->used--;
    bump_version(d);
    dk->kver = d->version;
}

static void set_key_error(KrObject *key)
{
    KrObject *t = kr_tuple_pack(1, key);
    if (t) {
        kr_err_set_object(KrExc_KeyError, t);
        kr_decref(t);
    }
}

/* ---- public API ----------------------------------------------------------- */

static KrObject *dict_alloc(KrTypeObject *t)
{
    KrDictObject *d = (KrDictObject *)kr_object_alloc(t, 0);
    if (!d)
        return NULL;
    d->used = 0;
    d->keys = NULL;
    bump_version(d);
    /* while the runtime (or an interpreter) is still being built, track
     * every dict: the runtime makes what its collector lists hold immortal */
    if (!kr_tstate()->interp->builtins)
        kr_gc_track((KrObject *)d);
    return (KrObject *)d;
}

void kr_dict_maybe_untrack(KrObject *op)
{
    KrDictObject *d = (KrDictObject *)op;
    if (!kr_gc_is_tracked(op) || !KR_DICT_CHECK_EXACT(op))
        return;
    KrDictKeys *dk = d->keys;
    if (dk) {
        KrDictEntry *ep = dk_entries(dk);
        for (ssize_t i = 0; i < dk->nentries; i++)
            if (ep[i].value && (may_be_tracked(ep[i].value) || may_be_tracked(ep[i].key)))
                return;
    }
    kr_gc_untrack(op);
}

KrObject *kr_dict_new(void) { return dict_alloc(&KrDict_Type); }

KrObject *kr_dict_new_presized(ssize_t n)
{
    KrObject *d = dict_alloc(&KrDict_Type);
    if (d && n > USABLE_FRACTION(MINSIZE)) {
        ssize_t size = size_for((n * 3 + 1) >> 1);
        KrDictKeys *dk = new_keys(size);
        if (!dk) {
            kr_decref(d);
            return NULL;
        }
        ((KrDictObject *)d)->keys = dk;
    }
    return d;
}

KrObject *kr_dict_get_with_hash(KrObject *d, KrObject *key, kr_hash_t hash)
{
    ssize_t ix = lookup((KrDictObject *)d, key, hash);
    if (ix < 0)
        return NULL;
    return dk_entries(((KrDictObject *)d)->keys)[ix].value;
}

KrObject *kr_dict_get(KrObject *d, KrObject *key)
{
    kr_hash_t h = hash_of(key);
    if (h == -1)
        return NULL;
    return kr_dict_get_with_hash(d, key, h);
}

KrObject *kr_dict_get_str(KrObject *op, KrObject *key)
{
    KrDictObject *d = (KrDictObject *)op;
    KrDictKeys *dk = d->keys;
    if (!dk)
        return NULL;
    kr_hash_t hash = kr_str_hash(key);
    if (dk->all_str) {
        size_t mask = (size_t)dk->size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
        KrDictEntry *ep0 = dk_entries(dk);
        for (;;) {
            ssize_t ix = dk_get_index(dk, i);
            if (ix == DKIX_EMPTY)
                return NULL;
            if (ix >= 0) {
                KrDictEntry *ep = &ep0[ix];
                if (ep->key == key || (ep->hash == hash && kr_str_eq(ep->key, key)))
                    return ep->value;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }
    KrObject *exc = kr_err_fetch();
    KrObject *r = kr_dict_get_with_hash(op, key, hash);
    if (!r && kr_err_occurred())
        kr_err_clear();
    kr_err_restore(exc);
    return r;
}

KrObject *kr_dict_get_cstr(KrObject *d, const char *key)
{
    KrObject *k = kr_str_from_cstr(key);
    if (!k) {
        kr_err_clear();
        return NULL;
    }
    KrObject *r = kr_dict_get_str(d, k);
    kr_decref(k);
    return r;
}

int kr_dict_get_ref(KrObject *d, KrObject *key, KrObject **result)
{
    kr_hash_t h = hash_of(key);
    if (h == -1) {
        *result = NULL;
        return -1;
    }
    ssize_t ix = lookup((KrDictObject *)d, key, h);
    if (ix < 0) {
        *result = NULL;
        return ix == DKIX_ERROR ? -1 : 0;
    }
    *result = kr_newref(dk_entries(((KrDictObject *)d)->keys)[ix].value);
    return 1;
}

int kr_dict_set_with_hash(KrObject *d, KrObject *key, kr_hash_t hash, KrObject *value)
{
    return insert((KrDictObject *)d, kr_newref(key), hash, kr_newref(value)) < 0 ? -1 : 0;
}

int kr_dict_set(KrObject *d, KrObject *key, KrObject *value)
{
    kr_hash_t h = hash_of(key);
    if (h == -1)
        return -1;
    return insert((KrDictObject *)d, kr_newref(key), h, kr_newref(value)) < 0 ? -1 : 0;
}

ssize_t kr_dict_set_index(KrObject *d, KrObject *key, KrObject *value)
{
    kr_hash_t h = hash_of(key);
    if (h == -1)
        return -1;
    return insert((KrDictObject *)d, kr_newref(key), h, kr_newref(value));
}

/* what insert does when key is already present at ep, without the lookup */
void kr_dict_entry_set(KrObject *op, KrDictEntry *ep, KrObject *value)
{
    KrDictObject *d = (KrDictObject *)op;
    maintain_tracking(d, ep->key, value);
    KrObject *old = ep->value;
    if (old == value) {
        kr_decref(value);
        return;
    }
    ep->value = value;
    bump_version(d);
    kr_decref(old);
}

ssize_t kr_dict_index_str(KrObject *op, KrObject *key)
{
    KrDictObject *d = (KrDictObject *)op;
    if (!d->keys || !d->keys->all_str)
        return -1;
    ssize_t ix = lookup(d, key, kr_str_hash(key));
    return ix >= 0 ? ix : -1;
}

int kr_dict_set_cstr(KrObject *d, const char *key, KrObject *value)
{
    KrObject *k = kr_str_intern_cstr(key);
    if (!k)
        return -1;
    int r = kr_dict_set(d, k, value);
    kr_decref(k);
    return r;
}

static int del_with_hash(KrObject *op, KrObject *key, kr_hash_t h)
{
    KrDictObject *d = (KrDictObject *)op;
    ssize_t ix = lookup(d, key, h);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix < 0) {
        set_key_error(key);
        return -1;
    }
    KrObject *ok, *ov;
    delete_entry(d, ix, h, &ok, &ov);
    kr_decref(ok);
    kr_decref(ov);
    return 0;
}

int kr_dict_del(KrObject *d, KrObject *key)
{
    kr_hash_t h = hash_of(key);
    if (h == -1)
        return -1;
    return del_with_hash(d, key, h);
}

int kr_dict_del_cstr(KrObject *d, const char *key)
{
    KrObject *k = kr_str_from_cstr(key);
    if (!k)
        return -1;
    int r = kr_dict_del(d, k);
    kr_decref(k);
    return r;
}

int kr_dict_pop(KrObject *op, KrObject *key, KrObject **result)
{
    KrDictObject *d = (KrDictObject *)op;
    *result = NULL;
    if (d->used == 0)
        return 0;
    kr_hash_t h = hash_of(key);
    if (h == -1)
        return -1;
    ssize_t ix = lookup(d, key, h);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix < 0)
        return 0;
    KrObject *ok;
    delete_entry(d, ix, h, &ok, result);
    kr_decref(ok);
    return 1;
}

int kr_dict_contains_hash(KrObject *d, KrObject *key, kr_hash_t hash)
{
    ssize_t ix = lookup((KrDictObject *)d, key, hash);
    if (ix == DKIX_ERROR)
        return -1;
    return ix >= 0;
}

int kr_dict_contains(KrObject *d, KrObject *key)
{
    kr_hash_t h = hash_of(key);
    if (h == -1)
        return -1;
    return kr_dict_contains_hash(d, key, h);
}

int kr_dict_set_default(KrObject *op, KrObject *key, KrObject *dflt, KrObject **result)
{
    KrDictObject *d = (KrDictObject *)op;
    kr_hash_t h = hash_of(key);
    *result = NULL;
    if (h == -1)
        return -1;
    ssize_t ix = lookup(d, key, h);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix >= 0) {
        *result = dk_entries(d->keys)[ix].value;
        return 0;
    }
    if (insert(d, kr_newref(key), h, kr_newref(dflt)) < 0)
        return -1;
    *result = dflt;
    return 0;
}

void kr_dict_clear(KrObject *op)
{
    KrDictObject *d = (KrDictObject *)op;
    KrDictKeys *dk = d->keys;
    if (!dk)
        return;
    d->keys = NULL;
    d->used = 0;
    bump_version(d);
    KrDictEntry *ep = dk_entries(dk);
    for (ssize_t i = 0; i < dk->nentries; i++) {
        if (ep[i].value) {
            kr_decref(ep[i].key);
            kr_decref(ep[i].value);
        }
    }
    kr_mem_free(dk);
}

int kr_dict_next_hash(KrObject *op, ssize_t *pos, KrObject **key, KrObject **value, kr_hash_t *hash)
{
    KrDictKeys *dk = ((KrDictObject *)op)->keys;
    if (!dk)
        return 0;
    ssize_t i = *pos;
    KrDictEntry *ep = dk_entries(dk);
    while (i < dk->nentries && !ep[i].value)
        i++;
    if (i >= dk->nentries)
        return 0;
    *pos = i + 1;
    if (key) *key = ep[i].key;
    if (value) *value = ep[i].value;
    if (hash) *hash = ep[i].hash;
    return 1;
}

int kr_dict_next(KrObject *d, ssize_t *pos, KrObject **key, KrObject **value)
{
    return kr_dict_next_hash(d, pos, key, value, NULL);
}

ssize_t kr_dict_nentries(KrObject *d)
{
    KrDictKeys *dk = ((KrDictObject *)d)->keys;
    return dk ? dk->nentries : 0;
}

int kr_dict_entry_at(KrObject *d, ssize_t i, KrObject **key, KrObject **value)
{
    KrDictKeys *dk = ((KrDictObject *)d)->keys;
    if (!dk || i < 0 || i >= dk->nentries)
        return 0;
    KrDictEntry *ep = &dk_entries(dk)[i];
    if (!ep->value)
        return 0;
    *key = ep->key;
    *value = ep->value;
    return 1;
}

static KrObject *list_of(KrObject *op, int what)
{
    KrDictObject *d = (KrDictObject *)op;
    KrObject *l = kr_list_new(d->used);
    if (!l)
        return NULL;
    ssize_t pos = 0, j = 0;
    KrObject *k, *v;
    while (kr_dict_next(op, &pos, &k, &v)) {
        KrObject *x;
        if (what == 0)
            x = kr_newref(k);
        else if (what == 1)
            x = kr_newref(v);
        else if (!(x = kr_tuple_pack(2, k, v))) {
            kr_decref(l);
            return NULL;
        }
        KR_LIST_SET(l, j++, x);
    }
    return l;
}

KrObject *kr_dict_keys(KrObject *d) { return list_of(d, 0); }
KrObject *kr_dict_values(KrObject *d) { return list_of(d, 1); }
KrObject *kr_dict_items(KrObject *d) { return list_of(d, 2); }

KrObject *kr_dict_copy(KrObject *op)
{
    KrDictObject *src = (KrDictObject *)op;
    KrDictObject *d = (KrDictObject *)dict_alloc(&KrDict_Type);
    if (!d || src->used == 0)
        return (KrObject *)d;
    KrDictKeys *sk = src->keys;
    if (src->used == sk->nentries) {
        /* no holes: the whole block can be duplicated */
        size_t bytes = sizeof(KrDictKeys) + (size_t)sk->size * (size_t)sk->width +
                       (size_t)(sk->nentries + sk->usable) * sizeof(KrDictEntry);
        KrDictKeys *dk = kr_mem_alloc(bytes);
        if (!dk) {
            KR_DECREF(d);
            return kr_err_nomemory();
        }
        memcpy(dk, sk, bytes);
        dk->kver = next_tag();
        KrDictEntry *ep = dk_entries(dk);
        for (ssize_t i = 0; i < dk->nentries; i++) {
            kr_incref(ep[i].key);
            kr_incref(ep[i].value);
        }
        d->keys = dk;
        d->used = src->used;
        if (kr_gc_is_tracked(op) && !kr_gc_is_tracked((KrObject *)d))
            kr_gc_track((KrObject *)d);
        return (KrObject *)d;
    }
    if (kr_dict_merge((KrObject *)d, op, 1) < 0) {
        KR_DECREF(d);
        return NULL;
    }
    return (KrObject *)d;
}

int kr_dict_merge(KrObject *a, KrObject *b, int override)
{
    if (KR_DICT_CHECK(b) && KR_TYPE(b)->tp_iter == KrDict_Type.tp_iter) {
        KrDictObject *other = (KrDictObject *)b;
        if (a == b || other->used == 0)
            return 0;
        KrDictObject *d = (KrDictObject *)a;
        if (d->used == 0 && (!d->keys || d->keys->usable < other->used)) {
            if (dict_resize(d, d->used + other->used) < 0)
                return -1;
        }
        ssize_t orig = other->used;
        for (ssize_t i = 0; other->keys && i < other->keys->nentries; i++) {
            KrDictEntry *ep = &dk_entries(other->keys)[i];
            if (!ep->value)
                continue;
            KrObject *k = kr_newref(ep->key), *v = kr_newref(ep->value);
            kr_hash_t h = ep->hash;
            int err = 0;
            if (override == 1) {
                err = insert(d, k, h, v);
                k = v = NULL;
            } else {
                int c = kr_dict_contains_hash(a, k, h);
                if (c < 0)
                    err = -1;
                else if (c == 0) {
                    err = insert(d, k, h, v);
                    k = v = NULL;
                } else if (override == 2) {
                    set_key_error(k);
                    err = -1;
                }
            }
            kr_xdecref(k);
            kr_xdecref(v);
            if (err < 0)
                return -1;
            if (other->used != orig) {
                kr_err_set_string(KrExc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    /* any mapping: keys(), then self[key] */
    KrObject *keys = kr_mapping_keys(b);
    if (!keys)
        return -1;
    KrObject *it = kr_object_getiter(keys);
    kr_decref(keys);
    if (!it)
        return -1;
    for (;;) {
        KrObject *k = kr_iter_next(it);
        if (!k)
            break;
        if (override != 1) {
            int c = kr_dict_contains(a, k);
            if (c != 0) {
                if (c > 0 && override == 2)
                    set_key_error(k);
                kr_decref(k);
                if (c < 0 || override == 2) {
                    kr_decref(it);
                    return -1;
                }
                continue;
            }
        }
        KrObject *v = kr_object_getitem(b, k);
        if (!v) {
            kr_decref(k);
            kr_decref(it);
            return -1;
        }
        int r = kr_dict_set(a, k, v);
        kr_decref(k);
        kr_decref(v);
        if (r < 0) {
            kr_decref(it);
            return -1;
        }
    }
    kr_decref(it);
    return kr_err_occurred() ? -1 : 0;
}

int kr_dict_merge_from_seq2(KrObject *d, KrObject *seq2, int override)
{
    KrObject *it = kr_object_getiter(seq2);
    if (!it)
        return -1;
    for (ssize_t i = 0;; i++) {
        KrObject *item = kr_iter_next(it);
        if (!item)
            break;
        KrObject *k = NULL, *v = NULL;
        if (KR_TUPLE_CHECK_EXACT(item) || KR_LIST_CHECK_EXACT(item)) {
            ssize_t n = KR_SIZE(item);
            if (n != 2) {
                kr_err_format(KrExc_ValueError,
                              "dictionary update sequence element #%zd has length %zd; 2 is required",
                              i, n);
                kr_decref(item);
                goto fail;
            }
            KrObject **src = KR_TUPLE_CHECK_EXACT(item) ? KR_TUPLE_ITEMS(item) : KR_LIST_ITEMS(item);
            k = kr_newref(src[0]);
            v = kr_newref(src[1]);
        } else {
            KrObject *fast = kr_sequence_list(item);
            if (!fast) {
                if (kr_err_matches((KrObject *)KrExc_TypeError)) {
                    kr_err_clear();
                    kr_err_format(KrExc_TypeError,
                                  "cannot convert dictionary update sequence element #%zd to a sequence", i);
                }
                kr_decref(item);
                goto fail;
            }
            ssize_t n = KR_SIZE(fast);
            if (n != 2) {
                kr_err_format(KrExc_ValueError,
                              "dictionary update sequence element #%zd has length %zd; 2 is required",
                              i, n);
                kr_decref(fast);
                kr_decref(item);
                goto fail;
            }
            k = kr_newref(KR_LIST_GET(fast, 0));
            v = kr_newref(KR_LIST_GET(fast, 1));
            kr_decref(fast);
        }
        kr_decref(item);
        int r = 0;
        if (override) {
            r = kr_dict_set(d, k, v);
        } else {
            int c = kr_dict_contains(d, k);
            r = c < 0 ? -1 : c == 0 ? kr_dict_set(d, k, v) : 0;
        }
        kr_decref(k);
        kr_decref(v);
        if (r < 0)
            goto fail;
    }
    kr_decref(it);
    return kr_err_occurred() ? -1 : 0;
fail:
    kr_decref(it);
    return -1;
}

/* dict.update(arg): a dict, anything with keys(), or an iterable of pairs */
static int update_arg(KrObject *d, KrObject *arg)
{
    if (KR_DICT_CHECK_EXACT(arg))
        return kr_dict_merge(d, arg, 1);
    KrObject *func;
    int r = kr_object_lookup_attr(arg, KR_ID(keys), &func);
    if (r < 0)
        return -1;
    if (r > 0) {
        kr_decref(func);
        return kr_dict_merge(d, arg, 1);
    }
    return kr_dict_merge_from_seq2(d, arg, 1);
}

int kr_dict_update(KrObject *d, KrObject *other)
{
    return update_arg(d, other);
}

/* keyword arguments given to dict(...) or update(...) */
static int update_kwargs(KrObject *d, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (!kwnames)
        return 0;
    ssize_t nk = KR_TUPLE_LEN(kwnames);
    for (ssize_t i = 0; i < nk; i++)
        if (kr_dict_set(d, KR_TUPLE_GET(kwnames, i), args[nargs + i]) < 0)
            return -1;
    return 0;
}

/* ---- type slots --------------------------------------------------------- */

static void dict_dealloc(KrObject *self)
{
    KrDictObject *d = (KrDictObject *)self;
    if (kr_gc_is_tracked(self))
        kr_gc_untrack(self);
    if (kr_trash_begin(self, dict_dealloc))
        return;
    KrDictKeys *dk = d->keys;
    d->keys = NULL;
    if (dk) {
        KrDictEntry *ep = dk_entries(dk);
        for (ssize_t i = 0; i < dk->nentries; i++) {
            if (ep[i].value) {
                kr_decref(ep[i].key);
                kr_decref(ep[i].value);
            }
        }
        kr_mem_free(dk);
    }
    kr_object_free(self);
    kr_trash_end();
}

static int dict_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrDictKeys *dk = ((KrDictObject *)self)->keys;
    if (!dk)
        return 0;
    KrDictEntry *ep = dk_entries(dk);
    for (ssize_t i = 0; i < dk->nentries; i++) {
        if (ep[i].value) {
            if (!dk->all_str)
                KR_VISIT(ep[i].key);
            KR_VISIT(ep[i].value);
        }
    }
    return 0;
}

static int dict_tp_clear(KrObject *self)
{
    kr_dict_clear(self);
    return 0;
}

static ssize_t dict_length(KrObject *self) { return ((KrDictObject *)self)->used; }

static KrObject *dict_repr(KrObject *self)
{
    KrDictObject *d = (KrDictObject *)self;
    if (d->used == 0)
        return kr_str_from_cstr("{}");
    int r = kr_repr_enter(self);
    if (r != 0)
        return r > 0 ? kr_str_from_cstr("{...}") : NULL;
    KrStrWriter w;
    kr_strwriter_init(&w);
    if (kr_strwriter_write_char(&w, '{') < 0)
        goto error;
    int first = 1;
    for (ssize_t i = 0; d->keys && i < d->keys->nentries; i++) {
        KrDictEntry *ep = &dk_entries(d->keys)[i];
        if (!ep->value)
            continue;
        KrObject *k = kr_newref(ep->key), *v = kr_newref(ep->value);
        if (!first && kr_strwriter_write_ascii(&w, ", ", 2) < 0)
            goto error_kv;
        first = 0;
        KrObject *s = kr_object_repr(k);
        if (!s || kr_strwriter_write_str(&w, s) < 0) {
            kr_xdecref(s);
            goto error_kv;
        }
        kr_decref(s);
        if (kr_strwriter_write_ascii(&w, ": ", 2) < 0)
            goto error_kv;
        s = kr_object_repr(v);
        if (!s || kr_strwriter_write_str(&w, s) < 0) {
            kr_xdecref(s);
            goto error_kv;
        }
        kr_decref(s);
        kr_decref(k);
        kr_decref(v);
        continue;
    error_kv:
        kr_decref(k);
        kr_decref(v);
        goto error;
    }
    if (kr_strwriter_write_char(&w, '}') < 0)
        goto error;
    kr_repr_leave(self);
    return kr_strwriter_finish(&w);
error:
    kr_repr_leave(self);
    kr_strwriter_discard(&w);
    return NULL;
}

static KrObject *dict_subscript(KrObject *self, KrObject *key)
{
    kr_hash_t h = hash_of(key);
    if (h == -1)
        return NULL;
    ssize_t ix = lookup((KrDictObject *)self, key, h);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix >= 0)
        return kr_newref(dk_entries(((KrDictObject *)self)->keys)[ix].value);
    if (!KR_DICT_CHECK_EXACT(self)) {
        KrObject *missing = kr_lookup_special(self, KR_ID(__missing__));
        if (missing) {
            KrObject *r = kr_object_call_one(missing, key);
            kr_decref(missing);
            return r;
        }
        if (kr_err_occurred())
            return NULL;
    }
    set_key_error(key);
    return NULL;
}

static int dict_ass_subscript(KrObject *self, KrObject *key, KrObject *value)
{
    if (value)
        return kr_dict_set(self, key, value);
    return kr_dict_del(self, key);
}

static int dict_sq_contains(KrObject *self, KrObject *key)
{
    return kr_dict_contains(self, key);
}

static int dict_equal(KrDictObject *a, KrDictObject *b)
{
    if (a->used != b->used)
        return 0;
    for (ssize_t i = 0; a->keys && i < a->keys->nentries; i++) {
        KrDictEntry *ep = &dk_entries(a->keys)[i];
        if (!ep->value)
            continue;
        KrObject *k = kr_newref(ep->key), *av = kr_newref(ep->value);
        kr_hash_t h = ep->hash;
        ssize_t ix = lookup(b, k, h);
        if (ix < 0) {
            kr_decref(k);
            kr_decref(av);
            return ix == DKIX_ERROR ? -1 : 0;
        }
        KrObject *bv = kr_newref(dk_entries(b->keys)[ix].value);
        int c = kr_object_richcompare_bool(av, bv, KR_EQ);
        kr_decref(k);
        kr_decref(av);
        kr_decref(bv);
        if (c <= 0)
            return c;
    }
    return 1;
}

static KrObject *dict_richcompare(KrObject *v, KrObject *w, int op)
{
    if (!KR_DICT_CHECK(v) || !KR_DICT_CHECK(w) || (op != KR_EQ && op != KR_NE))
        KR_RETURN_NOTIMPL;
    int c = dict_equal((KrDictObject *)v, (KrDictObject *)w);
    if (c < 0)
        return NULL;
    return kr_bool_from(op == KR_EQ ? c : !c);
}

static KrObject *dict_iter(KrObject *self)
{
    return kr_dictiter_new(self, &KrDictIterKey_Type);
}

static KrObject *dict_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                          KrObject *kwnames)
{
    KrObject *d = dict_alloc(type);
    /* subclasses may add attributes that form cycles: track them always */
    if (d && type != &KrDict_Type && !kr_gc_is_tracked(d))
        kr_gc_track(d);
    return d;
}

static int dict_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_check_positional("dict", nargs, 0, 1) < 0)
        return -1;
    if (nargs && update_arg(self, args[0]) < 0)
        return -1;
    return update_kwargs(self, args, nargs, kwnames);
}

static KrObject *dict_vectorcall(KrObject *type, KrObject *const *args, ssize_t nargs,
                                 KrObject *kwnames)
{
    KrTypeObject *t = (KrTypeObject *)type;
    KrObject *d = dict_new(t, args, nargs, kwnames);
    if (!d)
        return NULL;
    kr_initproc init = t == &KrDict_Type ? dict_init : t->tp_init;
    if (init && init(d, args, nargs, kwnames) < 0) {
        kr_decref(d);
        return NULL;
    }
    return d;
}

static KrObject *dict_or(KrObject *a, KrObject *b)
{
    if (!KR_DICT_CHECK(a) || !KR_DICT_CHECK(b))
        KR_RETURN_NOTIMPL;
    KrObject *r = kr_dict_copy(a);
    if (!r)
        return NULL;
    if (update_arg(r, b) < 0) {
        kr_decref(r);
        return NULL;
    }
    return r;
}

static KrObject *dict_ior(KrObject *self, KrObject *other)
{
    if (update_arg(self, other) < 0)
        return NULL;
    return kr_newref(self);
}

/* ---- methods ------------------------------------------------------------ */

static KrObject *dict_get_meth(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_check_positional("get", nargs, 1, 2) < 0)
        return NULL;
    kr_hash_t h = hash_of(args[0]);
    if (h == -1)
        return NULL;
    ssize_t ix = lookup((KrDictObject *)self, args[0], h);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix >= 0)
        return kr_newref(dk_entries(((KrDictObject *)self)->keys)[ix].value);
    return kr_newref(nargs > 1 ? args[1] : Kr_None);
}

static KrObject *dict_setdefault_meth(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_check_positional("setdefault", nargs, 1, 2) < 0)
        return NULL;
    KrObject *r;
    if (kr_dict_set_default(self, args[0], nargs > 1 ? args[1] : Kr_None, &r) < 0)
        return NULL;
    return kr_newref(r);
}

static KrObject *dict_pop_meth(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_check_positional("pop", nargs, 1, 2) < 0)
        return NULL;
    KrObject *r;
    int found = kr_dict_pop(self, args[0], &r);
    if (found < 0)
        return NULL;
    if (found)
        return r;
    if (nargs > 1)
        return kr_newref(args[1]);
    set_key_error(args[0]);
    return NULL;
}

static KrObject *dict_popitem(KrObject *self, KrObject *unused)
{
    KrDictObject *d = (KrDictObject *)self;
    if (d->used == 0) {
        kr_err_set_string(KrExc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    KrObject *res = kr_tuple_new(2);
    if (!res)
        return NULL;
    KrDictKeys *dk = d->keys;
    KrDictEntry *ep0 = dk_entries(dk);
    ssize_t i = dk->nentries - 1;
    while (i >= 0 && !ep0[i].value)
        i--;
    KrObject *k, *v;
    delete_entry(d, i, ep0[i].hash, &k, &v);
    /* the freed tail entries can be handed out again */
    dk->usable += dk->nentries - i;
    dk->nentries = i;
    KR_TUPLE_SET(res, 0, k);
    KR_TUPLE_SET(res, 1, v);
    return res;
}

static KrObject *dict_keys_meth(KrObject *self, KrObject *unused)
{
    return kr_dictview_new(self, &KrDictKeys_Type);
}

static KrObject *dict_values_meth(KrObject *self, KrObject *unused)
{
    return kr_dictview_new(self, &KrDictValues_Type);
}

static KrObject *dict_items_meth(KrObject *self, KrObject *unused)
{
    return kr_dictview_new(self, &KrDictItems_Type);
}

static KrObject *dict_update_meth(KrObject *self, KrObject *const *args, ssize_t nargs,
                                  KrObject *kwnames)
{
    if (kr_check_positional("update", nargs, 0, 1) < 0)
        return NULL;
    if (nargs && update_arg(self, args[0]) < 0)
        return NULL;
    if (update_kwargs(self, args, nargs, kwnames) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *dict_copy_meth(KrObject *self, KrObject *unused)
{
    return kr_dict_copy(self);
}

static KrObject *dict_clear_meth(KrObject *self, KrObject *unused)
{
    kr_dict_clear(self);
    KR_RETURN_NONE;
}

static KrObject *dict_fromkeys(KrObject *cls, KrObject *const *args, ssize_t nargs)
{
    if (kr_check_positional("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    KrObject *iterable = args[0], *value = nargs > 1 ? args[1] : Kr_None;
    KrObject *d = kr_object_call_noargs(cls);
    if (!d)
        return NULL;
    int exact = KR_DICT_CHECK_EXACT(d);
    if (exact && KR_DICT_CHECK_EXACT(iterable)) {
        ssize_t pos = 0;
        KrObject *k;
        kr_hash_t h;
        while (kr_dict_next_hash(iterable, &pos, &k, NULL, &h))
            if (kr_dict_set_with_hash(d, k, h, value) < 0)
                goto fail;
        return d;
    }
    if (exact && KR_ANYSET_CHECK(iterable)) {
        ssize_t pos = 0;
        KrObject *k;
        kr_hash_t h;
        while (kr_set_next(iterable, &pos, &k, &h))
            if (kr_dict_set_with_hash(d, k, h, value) < 0)
                goto fail;
        return d;
    }
    KrObject *it = kr_object_getiter(iterable);
    if (!it)
        goto fail;
    for (;;) {
        KrObject *k = kr_iter_next(it);
        if (!k)
            break;
        int r = exact ? kr_dict_set(d, k, value) : kr_object_setitem(d, k, value);
        kr_decref(k);
        if (r < 0) {
            kr_decref(it);
            goto fail;
        }
    }
    kr_decref(it);
    if (kr_err_occurred())
        goto fail;
    return d;
fail:
    kr_decref(d);
    return NULL;
}

static KrObject *dict_contains_meth(KrObject *self, KrObject *key)
{
    int c = kr_dict_contains(self, key);
    return c < 0 ? NULL : kr_bool_from(c);
}

static KrObject *dict_getitem_meth(KrObject *self, KrObject *key)
{
    return dict_subscript(self, key);
}

static KrObject *dict_sizeof(KrObject *self, KrObject *unused)
{
    /* reported as CPython's layout: 48-byte object, 32-byte keys header,
     * 24-byte entries (16 when all keys are str) */
    KrDictKeys *dk = ((KrDictObject *)self)->keys;
    ssize_t n = KR_TYPE(self)->tp_basicsize + 8;
    if (dk)
        n += 32 + dk->size * dk->width + USABLE_FRACTION(dk->size) * (dk->all_str ? 16 : 24);
    return kr_int_from_ssize(n);
}

static KrObject *dict_reversed(KrObject *self, KrObject *unused)
{
    return kr_dictiter_new(self, &KrDictRevIterKey_Type);
}

static KrMethodDef dict_methods[] = {
    { "__contains__", KR_CFUNC(dict_contains_meth), KR_METH_O | KR_METH_COEXIST,
      "True if the dictionary has the specified key, else False." },
    { "__getitem__", KR_CFUNC(dict_getitem_meth), KR_METH_O | KR_METH_COEXIST,
      "x.__getitem__(y) <==> x[y]" },
    { "__sizeof__", KR_CFUNC(dict_sizeof), KR_METH_NOARGS, "D.__sizeof__() -> size of D in memory, in bytes" },
    { "get", KR_CFUNC(dict_get_meth), KR_METH_FASTCALL,
      "Return the value for key if key is in the dictionary, else default." },
    { "setdefault", KR_CFUNC(dict_setdefault_meth), KR_METH_FASTCALL,
      "Insert key with a value of default if key is not in the dictionary.\n\n"
      "Return the value for key if key is in the dictionary, else default." },
    { "pop", KR_CFUNC(dict_pop_meth), KR_METH_FASTCALL,
      "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
      "If the key is not found, return the default if given; otherwise,\nraise a KeyError." },
    { "popitem", KR_CFUNC(dict_popitem), KR_METH_NOARGS,
      "Remove and return a (key, value) pair as a 2-tuple.\n\n"
      "Pairs are returned in LIFO (last-in, first-out) order.\n"
      "Raises KeyError if the dict is empty." },
    { "keys", KR_CFUNC(dict_keys_meth), KR_METH_NOARGS, "D.keys() -> a set-like object providing a view on D's keys" },
    { "items", KR_CFUNC(dict_items_meth), KR_METH_NOARGS, "D.items() -> a set-like object providing a view on D's items" },
    { "values", KR_CFUNC(dict_values_meth), KR_METH_NOARGS, "D.values() -> an object providing a view on D's values" },
    { "update", KR_CFUNC(dict_update_meth), KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\n"
      "If E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\n"
      "If E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\n"
      "In either case, this is followed by: for k in F:  D[k] = F[k]" },
    { "fromkeys", KR_CFUNC(dict_fromkeys), KR_METH_FASTCALL | KR_METH_CLASS,
      "Create a new dictionary with keys from iterable and values set to value." },
    { "clear", KR_CFUNC(dict_clear_meth), KR_METH_NOARGS, "D.clear() -> None.  Remove all items from D." },
    { "copy", KR_CFUNC(dict_copy_meth), KR_METH_NOARGS, "D.copy() -> a shallow copy of D" },
    { "__reversed__", KR_CFUNC(dict_reversed), KR_METH_NOARGS,
      "Return a reverse iterator over the dict keys." },
    { "__class_getitem__", KR_CFUNC(kr_container_class_getitem), KR_METH_O | KR_METH_CLASS,
      "See PEP 585" },
    { NULL, NULL, 0, NULL }
};

static KrNumberMethods dict_as_number = {
    .nb_or = dict_or,
    .nb_inplace_or = dict_ior,
};

static KrSequenceMethods dict_as_sequence = {
    .sq_contains = dict_sq_contains,
};

static KrMappingMethods dict_as_mapping = {
    .mp_length = dict_length,
    .mp_subscript = dict_subscript,
    .mp_ass_subscript = dict_ass_subscript,
};

KrTypeObject KrDict_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "dict",
    .tp_basicsize = sizeof(KrDictObject),
    .tp_dealloc = dict_dealloc,
    .tp_repr = dict_repr,
    .tp_as_number = &dict_as_number,
    .tp_as_sequence = &dict_as_sequence,
    .tp_as_mapping = &dict_as_mapping,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_DICT_SUBCLASS |
                KR_TPFLAGS_MAPPING | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "dict() -> new empty dictionary\n"
              "dict(mapping) -> new dictionary initialized from a mapping object's\n"
              "    (key, value) pairs\n"
              "dict(iterable) -> new dictionary initialized as if via:\n"
              "    d = {}\n"
              "    for k, v in iterable:\n"
              "        d[k] = v\n"
              "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
              "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .tp_traverse = dict_traverse,
    .tp_clear = dict_tp_clear,
    .tp_richcompare = dict_richcompare,
    .tp_iter = dict_iter,
    .tp_methods = dict_methods,
    .tp_init = dict_init,
    .tp_new = dict_new,
    .tp_vectorcall = dict_vectorcall,
};
