/* mem.c: the counting allocator and the growable byte buffer.
 *
 * Blocks are plain malloc blocks; their sizes come from malloc_usable_size
 * so no per-block header is paid.  Each block is charged to the interpreter
 * of the calling thread, which is what sys/tracemalloc report.  Blocks
 * allocated while no thread state exists (process start-up) are not
 * charged, and frees that would underflow the counters are ignored.
 */
#include <malloc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kr.h"

/* tracemalloc keeps its state in interp->modstate[0]; while it exists the
 * allocator reports every block to it */
static inline void charge(void *p)
{
    KrThreadState *ts = kr_tstate_current;
    if (p && ts) {
        KrInterp *in = ts->interp;
        size_t n = malloc_usable_size(p);
        in->mem_bytes += n;
        in->mem_blocks++;
        if (in->mem_bytes > in->mem_peak)
            in->mem_peak = in->mem_bytes;
        if (KR_UNLIKELY(in->modstate[0] != NULL))
            kr_tracemalloc_alloc(p, n);
    }
}

static inline void uncharge(void *p)
{
    KrThreadState *ts = kr_tstate_current;
    if (p && ts) {
        KrInterp *in = ts->interp;
        if (KR_UNLIKELY(in->modstate[0] != NULL))
            kr_tracemalloc_free(p);
        size_t n = malloc_usable_size(p);
        in->mem_bytes = in->mem_bytes >= n ? in->mem_bytes - n : 0;
        if (in->mem_blocks)
            in->mem_blocks--;
    }
}

void *kr_mem_alloc(size_t n)
{
    if (n > KR_MAX_ALLOC)
        return NULL;
    void *p = malloc(n ? n : 1);
    charge(p);
    return p;
}

void *kr_mem_calloc(size_t count, size_t n)
{
    if (n && count > KR_MAX_ALLOC / n)
        return NULL;
    void *p = calloc(count ? count : 1, n ? n : 1);
    charge(p);
    return p;
}

void *kr_mem_realloc(void *p, size_t n)
{
    if (n > KR_MAX_ALLOC)
        return NULL;
    if (!p)
        return kr_mem_alloc(n);
    size_t old = malloc_usable_size(p);
    KrThreadState *ts = kr_tstate_current;
    if (ts && KR_UNLIKELY(ts->interp->modstate[0] != NULL)) {
        /* traced: account as a free and a fresh allocation */
        void *q = malloc(n ? n : 1);
        if (!q)
            return NULL;
        memcpy(q, p, old < n ? old : n);
        kr_mem_free(p);
        charge(q);
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
    uncharge(p);
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
