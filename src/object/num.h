/* num.h: numbers: int (arbitrary precision), bool, float, complex.
 *
 * int stores its magnitude in 30-bit digits (uint32_t), least significant
 * first, with the sign in ob_size (negative size: negative number; size 0:
 * zero).  Values -5..256 are preallocated, immortal and shared.  Fast paths
 * take values that fit in a machine word without touching digit loops.
 */
#ifndef KR_NUM_H
#define KR_NUM_H

#include "object.h"

typedef uint32_t kr_digit;
#define KR_INT_SHIFT 30
#define KR_INT_BASE ((kr_digit)1 << KR_INT_SHIFT)
#define KR_INT_MASK (KR_INT_BASE - 1)

typedef struct KrIntObject {
    KrObject_VAR_HEAD          /* ob_size: signed digit count */
    kr_digit digits[1];
} KrIntObject;

extern KrTypeObject KrInt_Type, KrBool_Type, KrFloat_Type, KrComplex_Type;

#define KR_INT_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_LONG_SUBCLASS)
#define KR_INT_CHECK_EXACT(o) (KR_TYPE(o) == &KrInt_Type)
#define KR_BOOL_CHECK(o) (KR_TYPE(o) == &KrBool_Type)
#define KR_FLOAT_CHECK(o) KR_TYPE_CHECK(o, &KrFloat_Type)
#define KR_FLOAT_CHECK_EXACT(o) (KR_TYPE(o) == &KrFloat_Type)
#define KR_COMPLEX_CHECK(o) KR_TYPE_CHECK(o, &KrComplex_Type)

/* bools are ints with one digit or zero, as in CPython */
extern KrIntObject kr_false_struct, kr_true_struct;
#define Kr_False ((KrObject *)&kr_false_struct)
#define Kr_True ((KrObject *)&kr_true_struct)
#define KR_RETURN_TRUE return Kr_True
#define KR_RETURN_FALSE return Kr_False
static inline KrObject *kr_bool_from(int v) { return v ? Kr_True : Kr_False; }

/* ---- int.c ---- */
KrObject *kr_int_from_long(long v);
KrObject *kr_int_from_ssize(ssize_t v);
KrObject *kr_int_from_size(size_t v);
KrObject *kr_int_from_i64(int64_t v);
KrObject *kr_int_from_u64(uint64_t v);
KrObject *kr_int_from_double(double d);          /* int(3.7); OverflowError/ValueError for inf/nan */
/* parse with int() rules: underscores, whitespace, base 0 prefixes; CPython's
 * "invalid literal for int() with base 10: 'x'" message */
KrObject *kr_int_from_string(const char *s, ssize_t len, int base);
KrObject *kr_int_from_str_object(KrObject *str, int base);
/* exact conversions: -1 with OverflowError "Python int too large to convert to C long" */
long kr_int_as_long(KrObject *o);
ssize_t kr_int_as_ssize(KrObject *o);
int64_t kr_int_as_i64(KrObject *o);
uint64_t kr_int_as_u64_mask(KrObject *o);        /* modulo 2**64 */
/* 1 and *out set when the value fits in int64_t, 0 otherwise (no error) */
int kr_int_fits_i64(KrObject *o, int64_t *out);
double kr_int_as_double(KrObject *o);            /* OverflowError "int too large to convert to float" */
int kr_int_sign(KrObject *o);                    /* -1, 0, 1 */
size_t kr_int_bit_length(KrObject *o);
KrObject *kr_int_to_decimal_string(KrObject *o); /* str(int), honouring the int_max_str_digits limit */
KrObject *kr_int_format_base(KrObject *o, int base, bool alternate); /* bin/oct/hex: '0x1f' */
int kr_int_compare(KrObject *a, KrObject *b);    /* -1/0/1, both ints */
KrObject *kr_int_add(KrObject *a, KrObject *b);  /* both ints (fast paths for the VM) */
KrObject *kr_int_sub(KrObject *a, KrObject *b);
KrObject *kr_int_mul(KrObject *a, KrObject *b);
KrObject *kr_int_floordiv(KrObject *a, KrObject *b);
KrObject *kr_int_mod(KrObject *a, KrObject *b);
KrObject *kr_int_lshift_ssize(KrObject *a, ssize_t n);
KrObject *kr_int_to_bytes(KrObject *o, ssize_t length, int little, int is_signed);
KrObject *kr_int_from_bytes(const unsigned char *p, ssize_t n, int little, int is_signed);
KrObject *kr_int_copy_exact(KrObject *o);         /* int(subclass_instance) -> exact int */
/* small ints: -5..256, immortal */
#define KR_SMALL_NEG 5
#define KR_SMALL_POS 257
KrObject *kr_int_small(long v);                   /* v must be in range; no incref needed */
void kr_int_runtime_init(void);                   /* builds the small-int table */
void kr_bool_runtime_init(void);                  /* completes bool's slot table (called by kr_int_runtime_init) */
void kr_float_runtime_init(void);                 /* the float freelist's thread-exit hook (called by kr_int_runtime_init) */
/* Small ints and floats are recycled through per-thread free lists; a
 * thread-exit destructor returns them to malloc, but only this call, made
 * while the thread state is still current (end of a thread, interpreter
 * finalization), also takes them off the interpreter's allocation counts. */
void kr_num_freelists_clear(void);
void kr_float_freelist_clear(void);
kr_hash_t kr_int_hash(KrObject *o);

/* hashing of numbers follows CPython: modulus 2**61-1, so hash(1) ==
 * hash(1.0) == hash(True) and hash(-1) == -2 */
#define KR_HASH_BITS 61
#define KR_HASH_MODULUS (((size_t)1 << KR_HASH_BITS) - 1)
#define KR_HASH_INF 314159
#define KR_HASH_IMAG 1000003UL

/* ---- float.c ---- */
typedef struct KrFloatObject { KrObject_HEAD double ob_fval; } KrFloatObject;
#define KR_FLOAT_AS_DOUBLE(o) (((KrFloatObject *)(o))->ob_fval)
KrObject *kr_float_from_double(double v);
double kr_float_as_double(KrObject *o);       /* float, int, or __float__/__index__; -1.0 + exception on error */
KrObject *kr_float_from_string(const char *s, ssize_t len);   /* float('1e5'), CPython's message */
/* repr(float): shortest string that round-trips, CPython's rules for
 * exponent notation ('1e+16', '1e-05', 'inf', 'nan', '-0.0') */
KrObject *kr_float_repr_double(double v);
int kr_double_to_shortest(double v, char *buf, size_t bufsize);  /* same text into buf */
/* format a double with a format-spec type ('e','f','g','%', 'r' for repr) and precision */
char *kr_double_to_string(double v, char type, int precision, int flags, int *err); /* kr_mem_free the result */
enum { KR_DTOA_ADD_DOT_0 = 1, KR_DTOA_ALT = 2, KR_DTOA_SIGN = 4 };
kr_hash_t kr_double_hash(KrObject *inst, double v);   /* CPython's hash for floats (nan hashes by identity) */
KrObject *kr_float_pow_double(double x, double y);   /* x ** y with CPython's special cases and errors */

/* ---- complex.c ---- */
typedef struct { double real, imag; } kr_complex;
typedef struct KrComplexObject { KrObject_HEAD kr_complex cval; } KrComplexObject;
KrObject *kr_complex_from_doubles(double re, double im);

/* format-spec mini-language for numbers: format(3.5, '>10.2f') */
KrObject *kr_int_format_spec(KrObject *o, KrObject *spec);
KrObject *kr_float_format_spec(KrObject *o, KrObject *spec);
KrObject *kr_complex_format_spec(KrObject *o, KrObject *spec);

/* ---- more entry points of the number files ---- */
/* int(x) with one argument: exact int, __int__, __index__, __trunc__,
 * str/bytes/bytearray/buffers; CPython's messages and deprecations */
KrObject *kr_int_from_object(KrObject *o);
/* float(x) with one argument: __float__, __index__, str, bytes */
KrObject *kr_float_from_object(KrObject *o);
/* 1 when o is an int with |value| < 2**60 (then *v is the value) */
static inline int kr_int_medium(KrObject *o, int64_t *v)
{
    ssize_t s = KR_SIZE(o);
    const kr_digit *d = ((KrIntObject *)o)->digits;
    switch (s) {
    case 0: *v = 0; return 1;
    case 1: *v = d[0]; return 1;
    case -1: *v = -(int64_t)d[0]; return 1;
    case 2: *v = (int64_t)d[0] | ((int64_t)d[1] << KR_INT_SHIFT); return 1;
    case -2: *v = -((int64_t)d[0] | ((int64_t)d[1] << KR_INT_SHIFT)); return 1;
    default: *v = 0; return 0;
    }
}
KrObject *kr_int_true_divide(KrObject *a, KrObject *b);    /* both ints: correctly rounded float */
KrObject *kr_int_pow(KrObject *a, KrObject *b, KrObject *mod); /* ints; mod may be Kr_None */
KrObject *kr_int_neg(KrObject *a);
KrObject *kr_int_abs(KrObject *a);
KrObject *kr_int_rshift_ssize(KrObject *a, ssize_t n);
/* floor division with remainder; both ints, b != 0 checked (ZeroDivisionError) */
int kr_int_divmod_floor(KrObject *a, KrObject *b, KrObject **q, KrObject **r);
KrObject *kr_int_gcd(KrObject *a, KrObject *b);            /* nonnegative result */
KrObject *kr_int_isqrt(KrObject *n);                       /* n >= 0 */
/* frexp for ints: a * 2**e with 0.5 <= |a| < 1, correctly rounded; e may
 * exceed the double range (for log of huge ints) */
double kr_int_frexp(KrObject *o, int64_t *e);
/* compare an int with a double exactly: -1/0/1; 2 when d is nan */
int kr_int_compare_double(KrObject *i, double d);

/* internals shared by int.c, intops.c and math.c */
KrIntObject *kr_int_alloc(ssize_t size);          /* exact int, ob_size = size (|size| digits, uninitialised) */
KrObject *kr_int_normalize(KrIntObject *v);        /* strips leading zero digits; may return a small int (steals v) */
/* method and descriptor tables of int (int.c), used by bool too */
extern KrNumberMethods kr_int_as_number;
KrObject *kr_int_richcompare(KrObject *a, KrObject *b, int op);
KrObject *kr_int_repr(KrObject *o);
/* text of an int into a kr_mem buffer (caller frees): decimal with the
 * digit limit, or base 2/8/16 with optional 0b/0o/0x prefix */
char *kr_int_decimal_cstr(KrObject *o, ssize_t *len);
char *kr_int_pow2_cstr(KrObject *o, int base, bool alternate, bool upper, ssize_t *len);
/* m * 2**lsb_exp rounded half-even to a double (m carries a sticky low bit
 * when bits were dropped); HUGE_VAL when it overflows */
double kr_num_round_bits(uint64_t m, int64_t lsb_exp);
/* Unicode handling for int()/float()/complex() parsing */
int kr_num_unicode_space(uint32_t c);
int kr_num_unicode_digit(uint32_t c);             /* 0..9 or -1 */
char *kr_num_str_to_ascii(KrObject *str, ssize_t *len);  /* kr_mem buffer; '?' for others */

#endif
