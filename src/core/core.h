/* core.h: plain C utilities with no Python semantics: the counting
 * allocator, a growable byte buffer, hashing and UTF-8 helpers.
 *
 * The allocator charges every block to the interpreter of the calling
 * thread (when there is one), so sys/tracemalloc/-X showrefcount can
 * report bytes and blocks per interpreter.  It never touches process-wide
 * mutable state.
 */
#ifndef KR_CORE_H
#define KR_CORE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <sys/types.h>

#if defined(__GNUC__) || defined(__clang__)
#define KR_LIKELY(x)   __builtin_expect(!!(x), 1)
#define KR_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define KR_UNUSED      __attribute__((unused))
#define KR_NORETURN    __attribute__((noreturn))
#define KR_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define KR_LIKELY(x) (x)
#define KR_UNLIKELY(x) (x)
#define KR_UNUSED
#define KR_NORETURN
#define KR_PRINTF(a, b)
#endif

#define KR_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define KR_MIN(a, b) ((a) < (b) ? (a) : (b))
#define KR_MAX(a, b) ((a) > (b) ? (a) : (b))

/* Allocation: these return NULL on failure WITHOUT setting an exception;
 * object allocators above them raise MemoryError.  Sizes over
 * KR_MAX_ALLOC fail fast instead of asking the OS. */
#define KR_MAX_ALLOC ((size_t)1 << 46)
void *kr_mem_alloc(size_t n);
void *kr_mem_calloc(size_t count, size_t n);
void *kr_mem_realloc(void *p, size_t n);
void kr_mem_free(void *p);
char *kr_mem_strdup(const char *s);

/* growable byte buffer for building text in C */
typedef struct KrBuf {
    char *data;
    size_t len, cap;
    bool failed;     /* an allocation failed; contents are unreliable */
} KrBuf;
void kr_buf_init(KrBuf *b);
void kr_buf_free(KrBuf *b);
bool kr_buf_reserve(KrBuf *b, size_t extra);
bool kr_buf_put(KrBuf *b, const void *p, size_t n);
bool kr_buf_putc(KrBuf *b, char c);
bool kr_buf_puts(KrBuf *b, const char *s);
bool kr_buf_printf(KrBuf *b, const char *fmt, ...) KR_PRINTF(2, 3);
bool kr_buf_put_utf8(KrBuf *b, uint32_t cp);   /* encode one code point */

/* hashing of raw bytes (str, bytes); never returns -1 */
int64_t kr_hash_bytes(const void *p, size_t n);

/* UTF-8: decode one code point at s (n bytes left); returns bytes consumed,
 * or 0 for invalid input.  Surrogates are rejected. */
int kr_utf8_decode1(const unsigned char *s, size_t n, uint32_t *cp);
int kr_utf8_encode1(uint32_t cp, char out[4]);

/* monotonic/wall clock in seconds */
double kr_time_monotonic(void);
double kr_time_wall(void);

#endif
