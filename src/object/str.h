/* str.h: text and binary strings: str, bytes, bytearray, interning and the
 * identifier table, string formatting.
 *
 * str is stored like CPython's PEP 393 compact strings: one fixed width per
 * string (1, 2 or 4 bytes per code point, the narrowest that fits), so len()
 * and indexing are O(1).  An ASCII string's UTF-8 form is its data, so it
 * carries no UTF-8 fields at all and its header is 40 bytes, as CPython's
 * compact ASCII header is; most strings a program makes are ASCII, so these
 * 16 bytes a string add up.  Other strings have a KrStrCompactObject header
 * that caches their UTF-8 form, and their data starts after it: where the
 * data lives depends on the ascii flag (KR_STR_DATA).
 */
#ifndef KR_STR_H
#define KR_STR_H

#include "object.h"

typedef struct KrStrObject {
    KrObject_HEAD
    ssize_t length;        /* code points */
    kr_hash_t hash;        /* -1 until computed */
    uint8_t kind;          /* 1, 2 or 4 bytes per code point */
    uint8_t ascii;         /* all code points < 128; fixes the layout, never changes */
    uint8_t interned;
    /* ascii: NUL-terminated code point data follows inline */
} KrStrObject;

/* the header of a non-ASCII str */
typedef struct KrStrCompactObject {
    KrStrObject base;
    char *utf8;            /* NUL-terminated UTF-8, NULL until asked for */
    ssize_t utf8_len;
    /* NUL-terminated code point data follows inline */
} KrStrCompactObject;

#define KR_STR_HEADER_SIZE(ascii) ((ascii) ? sizeof(KrStrObject) : sizeof(KrStrCompactObject))
/* arithmetic rather than a branch: the flag is exactly 0 or 1, and a
 * mispredicted branch here would cost more than the whole computation */
static inline void *kr_str_data(const void *o)
{
    const KrStrObject *s = (const KrStrObject *)o;
    size_t extra = sizeof(KrStrCompactObject) - sizeof(KrStrObject);
    return (char *)s + sizeof(KrStrCompactObject) - (size_t)s->ascii * extra;
}
#define KR_STR_DATA(o) kr_str_data(o)
/* for code that already knows the string is ASCII */
#define KR_STR_ASCII_DATA(o) ((void *)((KrStrObject *)(o) + 1))
#define KR_STR_LEN(o) (((KrStrObject *)(o))->length)
#define KR_STR_KIND(o) (((KrStrObject *)(o))->kind)
static inline uint32_t kr_str_read(int kind, const void *data, ssize_t i)
{
    return kind == 1 ? ((const uint8_t *)data)[i]
         : kind == 2 ? ((const uint16_t *)data)[i] : ((const uint32_t *)data)[i];
}
#define KR_STR_READ(o, i) kr_str_read(KR_STR_KIND(o), KR_STR_DATA(o), (i))

extern KrTypeObject KrStr_Type, KrBytes_Type, KrByteArray_Type;
#define KR_STR_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_UNICODE_SUBCLASS)
#define KR_STR_CHECK_EXACT(o) (KR_TYPE(o) == &KrStr_Type)
#define KR_BYTES_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_BYTES_SUBCLASS)
#define KR_BYTEARRAY_CHECK(o) KR_TYPE_CHECK(o, &KrByteArray_Type)

/* ---- str.c ---- */
KrObject *kr_str_from_utf8(const char *s, ssize_t len);   /* strict; UnicodeDecodeError */
KrObject *kr_str_from_cstr(const char *s);                 /* UTF-8, NUL-terminated */
KrObject *kr_str_from_format(const char *fmt, ...);        /* same escapes as kr_err_format */
KrObject *kr_str_from_vformat(const char *fmt, va_list ap);
KrObject *kr_str_new(ssize_t length, uint32_t maxchar);    /* uninitialised data, fill then use */
KrObject *kr_str_from_ucs4(const uint32_t *cps, ssize_t n);
KrObject *kr_str_from_codepoint(uint32_t cp);              /* chr(); single chars are cached */
const char *kr_str_utf8(KrObject *s);                      /* cached; NULL+error for lone surrogates */
const char *kr_str_utf8_len(KrObject *s, ssize_t *len);
kr_hash_t kr_str_hash(KrObject *s);
bool kr_str_eq(KrObject *a, KrObject *b);                  /* both str; fast path for interned */
int kr_str_eq_cstr(KrObject *s, const char *c);            /* 1 if equal to ASCII/UTF-8 c */
int kr_str_compare(KrObject *a, KrObject *b);              /* -1/0/1 by code point */
KrObject *kr_str_concat(KrObject *a, KrObject *b);
KrObject *kr_str_join(KrObject *sep, KrObject *iterable);
KrObject *kr_str_substring(KrObject *s, ssize_t start, ssize_t end);
KrObject *kr_str_repr(KrObject *s);                        /* with quotes, CPython's escaping rules */
ssize_t kr_str_find_char(KrObject *s, uint32_t ch, ssize_t start, ssize_t end);
KrObject *kr_str_split(KrObject *s, KrObject *sep, ssize_t maxsplit);
uint32_t kr_str_max_char(KrObject *s);
int kr_str_isidentifier(KrObject *s);
/* interning: per interpreter, plus the process-wide immortal identifier table */
KrObject *kr_str_intern(KR_STEALS KrObject *s);            /* returns the interned string (new ref) */
KrObject *kr_str_intern_cstr(const char *s);               /* new ref */
void kr_str_runtime_init(void);                            /* builds identifiers, 1-char cache */

/* incremental builder for str results */
typedef struct KrStrWriter {
    void *data;
    ssize_t len, cap;
    int kind;              /* current width: grows as wider code points arrive */
    uint32_t maxchar;
} KrStrWriter;
void kr_strwriter_init(KrStrWriter *w);
int kr_strwriter_write_char(KrStrWriter *w, uint32_t cp);
int kr_strwriter_write_str(KrStrWriter *w, KrObject *s);
int kr_strwriter_write_substr(KrStrWriter *w, KrObject *s, ssize_t start, ssize_t end);
int kr_strwriter_write_ascii(KrStrWriter *w, const char *s, ssize_t n);
int kr_strwriter_write_utf8(KrStrWriter *w, const char *s, ssize_t n);
KrObject *kr_strwriter_finish(KrStrWriter *w);
void kr_strwriter_discard(KrStrWriter *w);

/* formatting (strformat.c) */
KrObject *kr_str_format_method(KrObject *fmt, KrObject *const *args, ssize_t nargs, KrObject *kwnames); /* str.format */
KrObject *kr_str_percent_format(KrObject *fmt, KrObject *args);   /* str % args */
KrObject *kr_str_format_spec(KrObject *s, KrObject *spec);        /* format(str, spec) */
/* parsed standard format spec, shared with the number formatters */
typedef struct KrFormatSpec {
    uint32_t fill;
    char align;            /* '<' '>' '^' '=' or 0 */
    char sign;             /* '+' '-' ' ' or 0 */
    bool alternate, zero_pad, no_neg_zero;
    ssize_t width;         /* -1 if absent */
    char thousands;        /* ',' '_' or 0 */
    ssize_t precision;     /* -1 if absent */
    uint32_t type;         /* 0 if absent */
} KrFormatSpec;
int kr_format_spec_parse(KrObject *spec, KrFormatSpec *out, char default_type, char default_align);
/* the same, naming the object's type in "Invalid format specifier '...' for object
 * of type 'X'" (kr_format_spec_parse guesses it from default_type) */
int kr_format_spec_parse_ex(KrObject *spec, KrFormatSpec *out, char default_type, char default_align,
                            const char *type_name);

/* codecs (codecs.c) */
KrObject *kr_str_encode(KrObject *s, const char *encoding, const char *errors);  /* -> bytes */
KrObject *kr_str_decode(const char *p, ssize_t n, const char *encoding, const char *errors);

/* ---- bytes.c / bytearray.c ---- */
typedef struct KrBytesObject {
    KrObject_VAR_HEAD       /* ob_size: length */
    kr_hash_t hash;
    char data[1];           /* NUL-terminated */
} KrBytesObject;
#define KR_BYTES_DATA(o) (((KrBytesObject *)(o))->data)
#define KR_BYTES_LEN(o) KR_SIZE(o)
KrObject *kr_bytes_from_data(const void *p, ssize_t n);
KrObject *kr_bytes_new(ssize_t n);            /* uninitialised contents */
int kr_bytes_resize(KrObject **pb, ssize_t newlen);  /* only for fresh, unshared bytes */
KrObject *kr_bytes_repr(KrObject *b);
KrObject *kr_bytes_concat(KrObject *a, KrObject *b);

typedef struct KrByteArrayObject {
    KrObject_VAR_HEAD       /* ob_size: length */
    ssize_t alloc;
    char *bytes;            /* allocated storage */
    char *start;            /* logical start inside bytes (cheap pops from the front) */
    ssize_t exports;        /* live buffer exports: resizing is refused while > 0 */
} KrByteArrayObject;
KrObject *kr_bytearray_from_data(const void *p, ssize_t n);
#define KR_BYTEARRAY_DATA(o) (((KrByteArrayObject *)(o))->start)

/* bytes-like access through the buffer protocol (for any exporter) */
int kr_object_get_buffer(KrObject *o, KrBuffer *view, int flags);  /* TypeError "a bytes-like object is required, not 'X'" */
void kr_buffer_release(KrBuffer *view);
void kr_buffer_copy_to(const KrBuffer *view, char *dst);   /* C-order copy of view->len bytes, any strides */
int kr_buffer_fill_simple(KrBuffer *view, KrObject *o, void *buf, ssize_t len, int readonly, int flags);

/* ---- identifiers: immortal interned strings shared by all interpreters --
 * KR_ID(__init__) is a KrObject* for "__init__".  Add names to
 * src/object/identifiers.def (one line each, append only). */
typedef struct KrIdentifiers {
#define KR_ID_ENTRY(name) KrObject *id_##name;
#include "identifiers.def"
#undef KR_ID_ENTRY
} KrIdentifiers;
extern KrIdentifiers kr_ids;   /* filled once at runtime start, immutable afterwards */
#define KR_ID(name) (kr_ids.id_##name)   /* fields carry an id_ prefix (__func__ is reserved in C) */
/* the empty str and bytes singletons */
KrObject *kr_str_empty(void);   /* borrowed, immortal */
KrObject *kr_bytes_empty(void);

/* ---- additions (strings area) ------------------------------------------ */
/* kr_str_new: maxchar must be the exact largest code point written, since
 * width and the ascii flag are chosen from it (equal strings have equal
 * layouts).  The helpers below compute it themselves. */
KrObject *kr_str_from_latin1(const char *s, ssize_t n);
KrObject *kr_str_from_ascii(const char *s, ssize_t n);     /* s must be 7-bit */
KrObject *kr_str_from_kind(int kind, const void *data, ssize_t n);  /* narrows as needed */
KrObject *kr_str_copy_exact(KrObject *s);                  /* str(subclass instance) -> exact str */
KrObject *kr_str_repeat(KrObject *s, ssize_t n);
/* *pa = *pa + b, growing *pa in place when nothing else can see it
 * (refcount 1, exact, not interned): the `s += t` loop then costs one
 * realloc per step instead of a copy.  Steals nothing; on error *pa is kept. */
int kr_str_append_inplace(KrObject **pa, KrObject *b);
/* sep.join(items) over an array; sep NULL: plain concatenation (BUILD_STRING) */
KrObject *kr_str_join_array(KrObject *sep, KrObject *const *items, ssize_t n);
KrObject *kr_str_getslice(KrObject *s, ssize_t start, ssize_t step, ssize_t slicelen);
ssize_t kr_str_find(KrObject *s, KrObject *sub, ssize_t start, ssize_t end, int direction); /* -1 not found, -2 error */
ssize_t kr_str_count(KrObject *s, KrObject *sub, ssize_t start, ssize_t end);
int kr_str_contains(KrObject *s, KrObject *sub);           /* 1/0/-1; TypeError for non-str */
KrObject *kr_str_replace(KrObject *s, KrObject *old, KrObject *new_, ssize_t count);
KrObject *kr_str_ascii_repr(KrObject *s);                  /* ascii(str) */
KrObject *kr_str_lower(KrObject *s);
KrObject *kr_str_upper(KrObject *s);
KrObject *kr_str_strip(KrObject *s, KrObject *chars, int how);  /* how: 0 left, 1 right, 2 both */
/* int()/float()/complex() parsing helper: Unicode decimal digits become
 * ASCII digits, Unicode spaces become ' ', other non-ASCII become '?'
 * (so the caller's error message still shows the original text). */
KrObject *kr_str_transform_decimal_ascii(KrObject *s);
int kr_strwriter_write_latin1(KrStrWriter *w, const char *s, ssize_t n);
int kr_strwriter_write_fill(KrStrWriter *w, uint32_t cp, ssize_t n);
int kr_strwriter_reserve(KrStrWriter *w, ssize_t extra, uint32_t maxchar);
/* one code point, inline when it fits the current width and capacity */
static inline int kr_strwriter_put(KrStrWriter *w, uint32_t c)
{
    if (w->len < w->cap && (w->kind == 4 || c < (w->kind == 1 ? 256u : 65536u))) {
        if (w->kind == 1)
            ((uint8_t *)w->data)[w->len++] = (uint8_t)c;
        else if (w->kind == 2)
            ((uint16_t *)w->data)[w->len++] = (uint16_t)c;
        else
            ((uint32_t *)w->data)[w->len++] = c;
        if (c > w->maxchar)
            w->maxchar = c;
        return 0;
    }
    return kr_strwriter_write_char(w, c);
}
extern KrTypeObject KrStrIter_Type, KrStrUIter_Type, KrBytesIter_Type, KrByteArrayIter_Type;
void kr_str_interp_fini(void);                             /* drops the interned dict */

/* bytes helpers */
KrObject *kr_bytes_from_object(KrObject *o);                /* bytes(o) */
KrObject *kr_bytes_from_cstr(const char *s);
KrObject *kr_bytes_percent_format(KrObject *fmt, KrObject *args, int is_bytearray);
KrObject *kr_bytes_join(KrObject *sep, KrObject *iterable); /* sep: bytes-like; result bytes */
KrObject *kr_bytes_hex(const char *p, ssize_t n, KrObject *sep, ssize_t bytes_per_sep);
KrObject *kr_bytearray_new(ssize_t n);                      /* zero-filled */
int kr_bytearray_resize(KrObject *ba, ssize_t n);           /* BufferError while exported */
int kr_bytearray_append(KrObject *ba, int byte);
/* buffer of a bytes-like object, or TypeError naming the caller's context */
int kr_bytes_like_get(KrObject *o, KrBuffer *view);

/* the Unicode character database (unicodetype.c; generated table) */
bool kr_unicode_isspace(uint32_t cp);
bool kr_unicode_isalpha(uint32_t cp);
bool kr_unicode_isdecimal(uint32_t cp);
bool kr_unicode_isdigit(uint32_t cp);
bool kr_unicode_isnumeric(uint32_t cp);
bool kr_unicode_isalnum(uint32_t cp);
bool kr_unicode_isprintable(uint32_t cp);
bool kr_unicode_islower(uint32_t cp);
bool kr_unicode_isupper(uint32_t cp);
bool kr_unicode_istitle(uint32_t cp);
bool kr_unicode_iscased(uint32_t cp);
bool kr_unicode_iscaseignorable(uint32_t cp);
bool kr_unicode_isxidstart(uint32_t cp);
bool kr_unicode_isxidcontinue(uint32_t cp);
bool kr_unicode_islinebreak(uint32_t cp);
int kr_unicode_todecimal(uint32_t cp);      /* -1 if not a decimal digit */
int kr_unicode_todigit(uint32_t cp);        /* -1 if not a digit */
/* full case mappings: write up to 3 code points to out, return the count */
int kr_unicode_tolower_full(uint32_t cp, uint32_t out[3]);
int kr_unicode_toupper_full(uint32_t cp, uint32_t out[3]);
int kr_unicode_totitle_full(uint32_t cp, uint32_t out[3]);
int kr_unicode_tofold_full(uint32_t cp, uint32_t out[3]);
uint32_t kr_unicode_tolower(uint32_t cp);   /* simple (single code point) mappings */
uint32_t kr_unicode_toupper(uint32_t cp);

#endif
