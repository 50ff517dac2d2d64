/* mem.c: the counting allocator and the growable byte buffer.
 *
 * Small blocks (up to SMALL_MAX bytes) come from per-interpreter pools: a
 * pool is one 4 KiB page holding blocks of a single size class (multiples
 * of 8 bytes), carved from 256 KiB arenas taken from mmap.  Allocation pops
 * the pool's free list or bumps a pointer, with no lock (the GIL serialises
 * every thread of an interpreter) and no per-block header, which is both
 * faster than malloc and smaller (malloc pays 8-16 bytes per block).
 * Larger blocks, and blocks allocated while no thread state exists (process
 * start-up), are plain malloc blocks sized with malloc_usable_size.
 *
 * kr_mem_free tells the two apart with a process-wide map holding one byte
 * per arena-sized stretch of the address space.  It is the only shared
 * state: written under a mutex when an arena is mapped, read without one,
 * which is safe because a block's arena is marked before the block exists.
 * Each pool records its owner, so a block is returned to (and uncharged
 * from) the interpreter that allocated it whichever thread frees it.
 *
 * Every block is charged to an interpreter (sys.getallocatedblocks); frees
 * of malloc blocks that would underflow the counters are ignored.  Under
 * AddressSanitizer the pools are compiled out so it sees every block.
 */
#include <malloc.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "kr.h"

#if defined(__SANITIZE_ADDRESS__)
#define KR_NO_POOLS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KR_NO_POOLS 1
#endif
#endif

/* tracemalloc keeps its state in interp->modstate[0]; while it exists the
 * allocator reports every block to it */
#define TRACED(in) KR_UNLIKELY((in)->modstate[0] != NULL)

static inline void charge_malloc(void *p)
{
    KrThreadState *ts = kr_tstate_current;
    if (p && ts) {
        KrInterp *in = ts->interp;
        size_t n = malloc_usable_size(p);
        in->mem_bytes += n;
        in->mem_blocks++;
        if (in->mem_bytes > in->mem_peak)
            in->mem_peak = in->mem_bytes;
        if (TRACED(in))
            kr_tracemalloc_alloc(p, n);
    }
}

static inline void uncharge_malloc(void *p)
{
    KrThreadState *ts = kr_tstate_current;
    if (ts) {
        KrInterp *in = ts->interp;
        if (TRACED(in))
            kr_tracemalloc_free(p);
        size_t n = malloc_usable_size(p);
        in->mem_bytes = in->mem_bytes >= n ? in->mem_bytes - n : 0;
        if (in->mem_blocks)
            in->mem_blocks--;
    }
}

#ifndef KR_NO_POOLS

#define SMALL_MAX 512
#define NCLASSES (SMALL_MAX / 8)
#define POOL_SHIFT 12
#define POOL_SIZE ((size_t)1 << POOL_SHIFT)
#define ARENA_SHIFT 18
#define ARENA_SIZE ((size_t)1 << ARENA_SHIFT)
#define POOLS_PER_ARENA (ARENA_SIZE / POOL_SIZE)
/* user-space addresses below 2**47: the map's first level covers 4 GiB a slot */
#define MAP_L1_SHIFT 32
#define MAP_L1_SLOTS ((size_t)1 << (47 - MAP_L1_SHIFT))
#define MAP_L2_SLOTS ((size_t)1 << (MAP_L1_SHIFT - ARENA_SHIFT))

typedef struct FreeBlock { struct FreeBlock *next; } FreeBlock;
typedef struct KrMemPools KrMemPools;

typedef struct Pool {
    FreeBlock *freelist;       /* freed blocks */
    char *bump, *limit;        /* never-used blocks: [bump, limit) */
    struct Pool *next, *prev;  /* in owner->usable[cls] while it has room */
    KrMemPools *owner;
    uint32_t used, capacity;
    uint32_t size, cls;
} Pool;

/* header rounded up so blocks of 16-multiple sizes stay 16-aligned */
#define POOL_HEADER ((sizeof(Pool) + 15) & ~(size_t)15)

typedef struct Arena {
    struct Arena *next;
    char *base;
    size_t carved;             /* pools handed out from the front */
} Arena;

struct KrMemPools {
    KrInterp *interp;
    Pool *usable[NCLASSES];    /* pools with at least one free block */
    Pool *free_pools;          /* empty pools, linked by next */
    Arena *arenas, *current;
    int dead;                  /* the interpreter is gone; blocks still freeable */
};

static uint8_t *arena_map[MAP_L1_SLOTS];
static pthread_mutex_t arena_map_lock = PTHREAD_MUTEX_INITIALIZER;

static inline int in_arena(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    size_t i1 = a >> MAP_L1_SHIFT;
    if (i1 >= MAP_L1_SLOTS)
        return 0;
    uint8_t *l2 = __atomic_load_n(&arena_map[i1], __ATOMIC_ACQUIRE);
    return l2 && __atomic_load_n(&l2[(a >> ARENA_SHIFT) & (MAP_L2_SLOTS - 1)], __ATOMIC_RELAXED);
}

static int map_mark(char *base, uint8_t v)
{
    uintptr_t a = (uintptr_t)base;
    size_t i1 = a >> MAP_L1_SHIFT;
    if (i1 >= MAP_L1_SLOTS)
        return -1;
    pthread_mutex_lock(&arena_map_lock);
    uint8_t *l2 = arena_map[i1];
    if (!l2) {
        l2 = calloc(MAP_L2_SLOTS, 1);   /* process-lifetime, like the map */
        if (!l2) {
            pthread_mutex_unlock(&arena_map_lock);
            return -1;
        }
        __atomic_store_n(&arena_map[i1], l2, __ATOMIC_RELEASE);
    }
    __atomic_store_n(&l2[(a >> ARENA_SHIFT) & (MAP_L2_SLOTS - 1)], v, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&arena_map_lock);
    return 0;
}

static Arena *arena_new(KrMemPools *mp)
{
    Arena *ar = malloc(sizeof *ar);
    if (!ar)
        return NULL;
    /* map twice the size and trim so the arena is aligned to its size and
     * owns exactly one map slot */
    char *raw = mmap(NULL, 2 * ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) {
        free(ar);
        return NULL;
    }
    char *base = (char *)(((uintptr_t)raw + ARENA_SIZE - 1) & ~(uintptr_t)(ARENA_SIZE - 1));
    if (base > raw)
        munmap(raw, (size_t)(base - raw));
    char *end = base + ARENA_SIZE, *rawend = raw + 2 * ARENA_SIZE;
    if (rawend > end)
        munmap(end, (size_t)(rawend - end));
    if (map_mark(base, 1) < 0) {
        munmap(base, ARENA_SIZE);
        free(ar);
        return NULL;
    }
    ar->base = base;
    ar->carved = 0;
    ar->next = mp->arenas;
    mp->arenas = ar;
    mp->current = ar;
    return ar;
}

static Pool *pool_new(KrMemPools *mp)
{
    Pool *pl = mp->free_pools;
    if (pl) {
        mp->free_pools = pl->next;
        return pl;
    }
    Arena *ar = mp->current;
    if (!ar || ar->carved == POOLS_PER_ARENA) {
        ar = arena_new(mp);
        if (!ar)
            return NULL;
    }
    pl = (Pool *)(ar->base + ar->carved * POOL_SIZE);
    ar->carved++;
    pl->owner = mp;
    return pl;
}

static KrMemPools *pools_of(KrInterp *in)
{
    KrMemPools *mp = in->mem_pools;
    if (!mp) {
        mp = calloc(1, sizeof *mp);
        if (mp) {
            mp->interp = in;
            in->mem_pools = mp;
        }
    }
    return mp;
}

/* no pool of this class has room: start one */
static void *alloc_slow(KrMemPools *mp, size_t cls)
{
    Pool *pl = pool_new(mp);
    if (!pl)
        return NULL;
    size_t size = (cls + 1) * 8;
    pl->size = (uint32_t)size;
    pl->cls = (uint32_t)cls;
    pl->capacity = (uint32_t)((POOL_SIZE - POOL_HEADER) / size);
    pl->freelist = NULL;
    pl->bump = (char *)pl + POOL_HEADER + size;
    pl->limit = (char *)pl + POOL_HEADER + (size_t)pl->capacity * size;
    pl->used = 1;
    pl->prev = NULL;
    pl->next = NULL;
    if (pl->capacity > 1)
        mp->usable[cls] = pl;
    return (char *)pl + POOL_HEADER;
}

static inline void *pool_alloc(KrThreadState *ts, size_t n)
{
    KrInterp *in = ts->interp;
    KrMemPools *mp = in->mem_pools;
    if (!mp && !(mp = pools_of(in)))
        return NULL;
    size_t cls = n ? (n - 1) >> 3 : 0;
    Pool *pl = mp->usable[cls];
    void *b;
    if (pl) {
        FreeBlock *f = pl->freelist;
        if (f) {
            pl->freelist = f->next;
            b = f;
        } else {
            b = pl->bump;
            pl->bump += pl->size;
        }
        if (++pl->used == pl->capacity) {   /* full: off the list */
            mp->usable[cls] = pl->next;
            if (pl->next)
                pl->next->prev = NULL;
        }
    } else if (!(b = alloc_slow(mp, cls))) {
        return NULL;
    }
    in->mem_bytes += (cls + 1) * 8;
    in->mem_blocks++;
    if (in->mem_bytes > in->mem_peak)
        in->mem_peak = in->mem_bytes;
    if (TRACED(in))
        kr_tracemalloc_alloc(b, (cls + 1) * 8);
    return b;
}

static inline void pool_free(void *p)
{
    Pool *pl = (Pool *)((uintptr_t)p & ~(uintptr_t)(POOL_SIZE - 1));
    KrMemPools *mp = pl->owner;
    FreeBlock *f = p;
    f->next = pl->freelist;
    pl->freelist = f;
    uint32_t was = pl->used--;
    if (mp->dead)
        return;
    KrInterp *in = mp->interp;
    if (TRACED(in))
        kr_tracemalloc_free(p);
    in->mem_bytes = in->mem_bytes >= pl->size ? in->mem_bytes - pl->size : 0;
    if (in->mem_blocks)
        in->mem_blocks--;
    if (was == pl->capacity) {   /* was full: it has room again */
        Pool *h = mp->usable[pl->cls];
        pl->prev = NULL;
        pl->next = h;
        if (h)
            h->prev = pl;
        mp->usable[pl->cls] = pl;
    } else if (pl->used == 0 && (pl->prev || pl->next)) {
        /* empty and not the class's only pool: back to the free pools, so
         * the page can serve any size class */
        if (pl->prev)
            pl->prev->next = pl->next;
        else
            mp->usable[pl->cls] = pl->next;
        if (pl->next)
            pl->next->prev = pl->prev;
        pl->next = mp->free_pools;
        mp->free_pools = pl;
    }
}

/* the interpreter is being freed: give back the arenas nothing lives in;
 * the rest stay mapped (their blocks can still be freed, uncounted) */
void kr_mem_interp_fini(KrInterp *in);
void kr_mem_interp_fini(KrInterp *in)
{
    KrMemPools *mp = in->mem_pools;
    if (!mp)
        return;
    in->mem_pools = NULL;
    int keep = 0;
    Arena *ar = mp->arenas;
    while (ar) {
        Arena *next = ar->next;
        int busy = 0;
        for (size_t i = 0; i < ar->carved && !busy; i++)
            busy = ((Pool *)(ar->base + i * POOL_SIZE))->used != 0;
        if (busy) {
            keep = 1;
        } else {
            map_mark(ar->base, 0);
            munmap(ar->base, ARENA_SIZE);
            free(ar);
        }
        ar = next;
    }
    if (keep)
        mp->dead = 1;   /* deliberately kept: pools still point at it */
    else
        free(mp);
}

#else  /* KR_NO_POOLS */

void kr_mem_interp_fini(KrInterp *in);
void kr_mem_interp_fini(KrInterp *in) { (void)in; }

#endif

void *kr_mem_alloc(size_t n)
{
#ifndef KR_NO_POOLS
    KrThreadState *ts = kr_tstate_current;
    if (n <= SMALL_MAX && ts) {
        void *b = pool_alloc(ts, n);
        if (b)
            return b;
    }
#endif
    if (n > KR_MAX_ALLOC)
        return NULL;
    void *p = malloc(n ? n : 1);
    charge_malloc(p);
    return p;
}

void *kr_mem_calloc(size_t count, size_t n)
{
    size_t total;
    if (__builtin_mul_overflow(count, n, &total) || total > KR_MAX_ALLOC)
        return NULL;   /* no division: this is on every container allocation */
#ifndef KR_NO_POOLS
    KrThreadState *ts = kr_tstate_current;
    if (total <= SMALL_MAX && ts) {
        void *b = pool_alloc(ts, total);
        if (b) {
            memset(b, 0, total);
            return b;
        }
    }
#endif
    void *p = calloc(total ? total : 1, 1);
    charge_malloc(p);
    return p;
}

void *kr_mem_realloc(void *p, size_t n)
{
    if (n > KR_MAX_ALLOC)
        return NULL;
    if (!p)
        return kr_mem_alloc(n);
#ifndef KR_NO_POOLS
    if (in_arena(p)) {
        size_t old = ((Pool *)((uintptr_t)p & ~(uintptr_t)(POOL_SIZE - 1)))->size;
        KrThreadState *ts = kr_tstate_current;
        if (n <= old && (n > old / 2 || old <= 16) && !(ts && TRACED(ts->interp)))
            return p;   /* shrinking in place wastes little */
        void *q = kr_mem_alloc(n);
        if (!q)
            return NULL;
        memcpy(q, p, n < old ? n : old);
        pool_free(p);
        return q;
    }
#endif
    size_t old = malloc_usable_size(p);
    KrThreadState *ts = kr_tstate_current;
    if (ts && TRACED(ts->interp)) {
        /* traced: account as a free and a fresh allocation */
        void *q = kr_mem_alloc(n);
        if (!q)
            return NULL;
        memcpy(q, p, old < n ? old : n);
        kr_mem_free(p);
        return q;
    }
    void *q = realloc(p, n ? n : 1);
    if (!q)
        return NULL;
    if (ts) {
        KrInterp *in = ts->interp;
        size_t nw = malloc_usable_size(q);
        in->mem_bytes = in->mem_bytes + nw >= old ? in->mem_bytes + nw - old : 0;
        if (in->mem_bytes > in->mem_peak)
            in->mem_peak = in->mem_bytes;
    }
    return q;
}

void kr_mem_free(void *p)
{
    if (!p)
        return;
#ifndef KR_NO_POOLS
    if (in_arena(p)) {
        pool_free(p);
        return;
    }
#endif
    uncharge_malloc(p);
    free(p);
}

char *kr_mem_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = kr_mem_alloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

/* ---- KrBuf ---- */
void kr_buf_init(KrBuf *b) { b->data = NULL; b->len = b->cap = 0; b->failed = false; }

void kr_buf_free(KrBuf *b)
{
    kr_mem_free(b->data);
    kr_buf_init(b);
}

bool kr_buf_reserve(KrBuf *b, size_t extra)
{
    if (b->failed)
        return false;
    if (b->len + extra + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) {
        if (cap > KR_MAX_ALLOC / 2) { b->failed = true; return false; }
        cap *= 2;
    }
    char *d = kr_mem_realloc(b->data, cap);
    if (!d) { b->failed = true; return false; }
    b->data = d;
    b->cap = cap;
    return true;
}

bool kr_buf_put(KrBuf *b, const void *p, size_t n)
{
    if (!kr_buf_reserve(b, n))
        return false;
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return true;
}

bool kr_buf_putc(KrBuf *b, char c) { return kr_buf_put(b, &c, 1); }
bool kr_buf_puts(KrBuf *b, const char *s) { return kr_buf_put(b, s, strlen(s)); }

bool kr_buf_printf(KrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    bool ok;
    if (n < 0) {
        ok = false;
    } else if ((size_t)n < sizeof tmp) {
        ok = kr_buf_put(b, tmp, (size_t)n);
    } else if ((ok = kr_buf_reserve(b, (size_t)n))) {
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
        b->len += (size_t)n;
    }
    va_end(ap2);
    return ok;
}

bool kr_buf_put_utf8(KrBuf *b, uint32_t cp)
{
    char out[4];
    int n = kr_utf8_encode1(cp, out);
    return kr_buf_put(b, out, (size_t)n);
}
