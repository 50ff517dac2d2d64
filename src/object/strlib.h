/* strlib.h: private glue between the strings area's files (str.c,
 * strmethods.c, strformat.c, codecs.c, bytes.c, bytearray.c, buffer.c).
 * Nothing outside src/object/ includes it. */
#ifndef KR_STRLIB_H
#define KR_STRLIB_H

#include "kr.h"

extern KrMethodDef kr_str_methods[];          /* strmethods.c */
extern KrMethodDef kr_bytes_methods[];        /* bytes.c */
extern KrMethodDef kr_bytearray_methods[];    /* bytearray.c */

/* codecs.c */
KrObject *kr_codec_utf8_decode(const char *p, ssize_t n, const char *errors);
/* write the UTF-8 form of s[0..n) code points of `kind` data into a fresh
 * buffer (kr_mem_alloc'd, NUL-terminated); lone surrogates raise with the
 * given errors handler name (NULL: strict) */
char *kr_codec_utf8_encode_raw(KrObject *s, ssize_t *outlen);
int kr_codec_normalize_name(const char *enc, char *out, size_t outsize);

void kr_str_copy_chars(void *dst, int dkind, ssize_t doff, KrObject *src);  /* str.c */
/* strmethods.c: start/end arguments as str.find takes them */
int kr_parse_slice_arg(KrObject *o, ssize_t *out);
void kr_adjust_slice(ssize_t len, ssize_t *start, ssize_t *end);
int kr_str_argc_old(const char *fname, ssize_t nargs, ssize_t min, ssize_t max);
int kr_arg_ssize(KrObject *o, ssize_t *out);   /* clinic-style Py_ssize_t argument */
int kr_arg_int(KrObject *o, int *out);         /* clinic-style int argument */

/* bytes.c: shared bytes/bytearray algorithms over raw memory */
ssize_t kr_bytes_find_raw(const char *h, ssize_t hn, const char *n, ssize_t nn,
                          ssize_t start, ssize_t end, int direction);
ssize_t kr_bytes_count_raw(const char *h, ssize_t hn, const char *n, ssize_t nn,
                           ssize_t start, ssize_t end);
void kr_bytes_runtime_init(void);             /* the empty and 1-byte singletons */
KrObject *kr_bytearray_iter(KrObject *o);
int kr_bytes_contains_impl(KrObject *o, KrObject *x);
KrObject *kr_bytes_from_object_ex(KrObject *x, int for_bytearray);
KrObject *kr_bytes_richcompare_raw(const char *a, ssize_t an, const char *b, ssize_t bn, int op);
/* escape_squote: bytearray's repr escapes ' even inside double quotes */
KrObject *kr_bytes_repr_raw(const char *p, ssize_t n, const char *prefix, const char *suffix, int escape_squote);
KrObject *kr_str_format_map(KrObject *self, KrObject *mapping);   /* strformat.c */
/* formatted strings into a byte result (strformat.c) */
KrObject *kr_bytes_format_impl(const char *fmt, ssize_t fmtlen, KrObject *args, int is_bytearray);

/* the type name Argument-Clinic-style messages show: "None" for None */
static inline const char *kr_argtype_name(KrObject *o)
{
    return o == Kr_None ? "None" : kr_object_type_name(o);
}

#endif
