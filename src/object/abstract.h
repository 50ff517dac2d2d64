/* abstract.h: the generic object protocols (object.c, abstract.c), the
 * error API (vm/errors.c) and the exception objects (exc.c).
 *
 * Everything here works on any object by dispatching through type slots,
 * the way CPython's abstract layer does: kr_number_add tries the left
 * operand's nb_add, then the reflected one, with the subclass-first rule.
 */
#ifndef KR_ABSTRACT_H
#define KR_ABSTRACT_H

#include "object.h"

/* ---- singletons (object.c) ---------------------------------------------- */
extern KrTypeObject KrNone_Type, KrNotImplemented_Type, KrEllipsis_Type;
extern KrObject kr_none_struct, kr_notimpl_struct, kr_ellipsis_struct;
#define Kr_None (&kr_none_struct)
#define Kr_NotImplemented (&kr_notimpl_struct)
#define Kr_Ellipsis (&kr_ellipsis_struct)
#define KR_RETURN_NONE return Kr_None          /* immortal: no incref needed */
#define KR_RETURN_NOTIMPL return Kr_NotImplemented

extern KrTypeObject KrBaseObject_Type;   /* 'object' */

/* ---- object.c: generic object behaviour --------------------------------- */
KrObject *kr_object_repr(KrObject *o);
KrObject *kr_object_str(KrObject *o);
KrObject *kr_object_ascii(KrObject *o);
KrObject *kr_object_format(KrObject *o, KrObject *spec);   /* format(o, spec); spec may be NULL */
kr_hash_t kr_object_hash(KrObject *o);
kr_hash_t kr_object_hash_not_implemented(KrObject *o);     /* raises "unhashable type: 'X'" */
KrObject *kr_object_richcompare(KrObject *a, KrObject *b, int op);
int kr_object_richcompare_bool(KrObject *a, KrObject *b, int op);  /* identity shortcut for EQ/NE */
int kr_object_is_true(KrObject *o);                        /* 1, 0, -1 */
int kr_object_not(KrObject *o);
KrObject *kr_object_getattr(KrObject *o, KrObject *name);
KrObject *kr_object_getattr_str(KrObject *o, const char *name);
/* 1 found (*result new ref), 0 not found (no exception), -1 error */
int kr_object_lookup_attr(KrObject *o, KrObject *name, KrObject **result);
int kr_object_setattr(KrObject *o, KrObject *name, KrObject *v);   /* v NULL: delete */
int kr_object_setattr_str(KrObject *o, const char *name, KrObject *v);
int kr_object_delattr(KrObject *o, KrObject *name);
int kr_object_hasattr(KrObject *o, KrObject *name);                /* errors cleared -> 0 */
KrObject *kr_object_generic_getattr(KrObject *o, KrObject *name);
int kr_object_generic_setattr(KrObject *o, KrObject *name, KrObject *v);
/* method lookup that avoids a bound method: returns 1 and *meth = unbound
 * function (caller passes self), 0 and *meth = attribute, or -1 */
int kr_object_get_method(KrObject *o, KrObject *name, KrObject **meth);
KrObject *kr_object_generic_dir(KrObject *o);
KrObject *kr_object_dir(KrObject *o);          /* dir(o); o NULL: current locals */
KrObject **kr_object_dict_ptr(KrObject *o);    /* address of instance __dict__ slot or NULL */
KrObject *kr_object_self_iter(KrObject *o);    /* tp_iter returning self */
int kr_object_is_instance(KrObject *o, KrObject *cls);   /* isinstance(), with __instancecheck__ */
int kr_object_is_subclass(KrObject *derived, KrObject *cls);
KrObject *kr_object_type(KrObject *o);         /* new ref to type(o) */
const char *kr_object_type_name(KrObject *o);  /* tp_name without module prefix */
KrObject *kr_object_alloc(KrTypeObject *t, ssize_t nitems);   /* GC or plain per type flags; zeroed; raises MemoryError */
void kr_object_free(KrObject *o);              /* matches kr_object_alloc */
KrObject *kr_object_new_default(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames); /* object.__new__ */
void kr_object_generic_dealloc(KrObject *o);   /* for simple types */
/* guard against runaway C recursion (repr of nested lists etc.) */
int kr_enter_recursive_call(const char *where); /* -1 and RecursionError past the limit */
void kr_leave_recursive_call(void);
/* repr of self-containing containers: 1 if o is already being repr'd */
int kr_repr_enter(KrObject *o);
void kr_repr_leave(KrObject *o);

/* ---- abstract.c: number, sequence, mapping, call, iteration ------------ */
KrObject *kr_number_add(KrObject *a, KrObject *b);
KrObject *kr_number_subtract(KrObject *a, KrObject *b);
KrObject *kr_number_multiply(KrObject *a, KrObject *b);
KrObject *kr_number_matmul(KrObject *a, KrObject *b);
KrObject *kr_number_truediv(KrObject *a, KrObject *b);
KrObject *kr_number_floordiv(KrObject *a, KrObject *b);
KrObject *kr_number_remainder(KrObject *a, KrObject *b);
KrObject *kr_number_divmod(KrObject *a, KrObject *b);
KrObject *kr_number_power(KrObject *a, KrObject *b, KrObject *mod);   /* mod: Kr_None if absent */
KrObject *kr_number_lshift(KrObject *a, KrObject *b);
KrObject *kr_number_rshift(KrObject *a, KrObject *b);
KrObject *kr_number_and(KrObject *a, KrObject *b);
KrObject *kr_number_or(KrObject *a, KrObject *b);
KrObject *kr_number_xor(KrObject *a, KrObject *b);
KrObject *kr_number_inplace(int binop, KrObject *a, KrObject *b);    /* binop: KR_NB_* without INPLACE bit */
KrObject *kr_number_binop(int binop, KrObject *a, KrObject *b);      /* KR_NB_* incl. inplace forms */
KrObject *kr_number_negative(KrObject *a);
KrObject *kr_number_positive(KrObject *a);
KrObject *kr_number_invert(KrObject *a);
KrObject *kr_number_absolute(KrObject *a);
KrObject *kr_number_index(KrObject *a);        /* operator.index: an int (exact int or subclass) */
ssize_t kr_number_as_ssize(KrObject *a, KrObject *exc); /* __index__ then clip; exc NULL: clamp, else raise exc on overflow ("cannot fit 'int' into an index-sized integer") */
KrObject *kr_number_long(KrObject *a);         /* int(x) */
KrObject *kr_number_float(KrObject *a);        /* float(x) */
int kr_index_check(KrObject *a);               /* has __index__ */

/* binary operator numbering used by BINARY_OP (CPython's NB_* values) */
enum {
    KR_NB_ADD = 0, KR_NB_AND = 1, KR_NB_FLOOR_DIVIDE = 2, KR_NB_LSHIFT = 3,
    KR_NB_MATRIX_MULTIPLY = 4, KR_NB_MULTIPLY = 5, KR_NB_REMAINDER = 6, KR_NB_OR = 7,
    KR_NB_POWER = 8, KR_NB_RSHIFT = 9, KR_NB_SUBTRACT = 10, KR_NB_TRUE_DIVIDE = 11,
    KR_NB_XOR = 12, KR_NB_INPLACE_ADD = 13, /* ... each +13 */ KR_NB_INPLACE_XOR = 25
};
extern const char *const kr_nb_op_symbols[26];  /* "+", "&", ..., "+=", ... */

ssize_t kr_object_size(KrObject *o);           /* len(o); -1 on error */
ssize_t kr_object_length_hint(KrObject *o, ssize_t dflt);
KrObject *kr_object_getitem(KrObject *o, KrObject *key);
int kr_object_setitem(KrObject *o, KrObject *key, KrObject *v);
int kr_object_delitem(KrObject *o, KrObject *key);
KrObject *kr_sequence_getitem(KrObject *o, ssize_t i);
int kr_sequence_contains(KrObject *seq, KrObject *item);   /* `in`: 1, 0, -1 */
KrObject *kr_sequence_concat(KrObject *a, KrObject *b);
KrObject *kr_sequence_repeat(KrObject *a, ssize_t n);
KrObject *kr_sequence_tuple(KrObject *o);      /* tuple(o) */
KrObject *kr_sequence_list(KrObject *o);       /* list(o) */
ssize_t kr_sequence_count(KrObject *seq, KrObject *v);
ssize_t kr_sequence_index(KrObject *seq, KrObject *v);
KrObject *kr_mapping_keys(KrObject *o);
KrObject *kr_mapping_items(KrObject *o);

KrObject *kr_object_getiter(KrObject *o);      /* iter(o): tp_iter, else sequence iterator */
KrObject *kr_iter_next(KrObject *it);          /* NULL + no exception: exhausted (StopIteration cleared) */
int kr_iter_check(KrObject *o);

/* calls: args[0..nargs) positional, then keyword values named by kwnames */
KrObject *kr_object_vectorcall(KrObject *callable, KrObject *const *args, ssize_t nargs, KrObject *kwnames);
KrObject *kr_object_call(KrObject *callable, KrObject *args_tuple, KrObject *kwargs_dict); /* either may be NULL */
KrObject *kr_object_call_noargs(KrObject *callable);
KrObject *kr_object_call_one(KrObject *callable, KrObject *arg);
KrObject *kr_object_call_method(KrObject *obj, KrObject *name, KrObject *const *args, ssize_t nargs); /* obj.name(*args) */
KrObject *kr_object_call_method_str(KrObject *obj, const char *name, KrObject *const *args, ssize_t nargs);
int kr_callable_check(KrObject *o);
/* look up a special method on the TYPE (not the instance), as the language does */
KrObject *kr_lookup_special(KrObject *o, KrObject *name);   /* NULL, no exception: absent */
/* call the special method if present: *found set to 0 when absent */
KrObject *kr_call_special(KrObject *self, KrObject *name, KrObject *const *args, ssize_t nargs, int *found);

/* argument parsing for C functions -------------------------------------- */
/* parse (args, nargs, kwnames) against names[] (NULL-terminated; a name
 * starting with '$' begins keyword-only, '/' entry marks the end of
 * positional-only).  out[] gets borrowed refs, NULL for missing optional
 * ones.  required: how many leading parameters are required.
 * Raises CPython's messages: "f() takes at most 2 arguments (3 given)",
 * "f() missing required argument 'x' (pos 1)", "f() got an unexpected keyword argument 'y'". */
int kr_arg_parse(const char *fname, KrObject *const *args, ssize_t nargs, KrObject *kwnames,
                 const char *const *names, int required, KrObject **out);
int kr_arg_no_kw(const char *fname, KrObject *kwnames);      /* "f() takes no keyword arguments" */
int kr_arg_count(const char *fname, ssize_t nargs, ssize_t min, ssize_t max); /* CPython's arity messages */

/* ---- vm/errors.c: the current exception of the thread ------------------ */
/* The thread state holds one normalized exception instance (or NULL). */
void kr_err_set_object(KrTypeObject *type, KrObject *value);  /* value: instance, args tuple, single arg, or NULL */
void kr_err_set_none(KrTypeObject *type);
void kr_err_set_string(KrTypeObject *type, const char *msg);
/* printf-like, plus %R repr(obj) %S str(obj) %U str object %T type name of obj
 * %N type name of a type object %A ascii(obj); returns NULL for convenience */
KrObject *kr_err_format(KrTypeObject *type, const char *fmt, ...);
KrObject *kr_err_vformat(KrTypeObject *type, const char *fmt, va_list ap);
void kr_err_set_exc(KR_STEALS KrObject *exc);    /* set an exception instance (steals) */
KR_BORROWED KrObject *kr_err_occurred(void);     /* the current exception or NULL */
int kr_err_matches(KrObject *type_or_tuple);     /* current exception matches */
int kr_err_given_matches(KrObject *exc_or_type, KrObject *type_or_tuple);
KR_RETURNS_NEW KrObject *kr_err_fetch(void);         /* take the exception out (NULL if none) */
void kr_err_restore(KR_STEALS KrObject *exc);    /* NULL clears */
void kr_err_clear(void);
KrObject *kr_err_nomemory(void);                 /* returns NULL */
KrObject *kr_err_bad_internal_call(const char *file, int line);
KrObject *kr_err_set_from_errno(KrTypeObject *type);  /* OSError subclass by errno */
KrObject *kr_err_set_from_errno_filename(KrTypeObject *type, KrObject *filename);
void kr_err_write_unraisable(KrObject *obj, const char *msg); /* "Exception ignored in: ..." */
/* set __context__ on exc from the exception being handled (chaining) */
void kr_err_chain_context(KrObject *exc);
int kr_err_warn(KrTypeObject *category, const char *msg, int stacklevel); /* prints "file:line: Category: msg" to stderr */
/* a warning about a given source location (the parser and compiler use it for
 * SyntaxWarning): printed like kr_err_warn, with no once-per-location registry */
int kr_err_warn_explicit(KrTypeObject *category, const char *msg, KrObject *filename, int lineno);
#define KR_BAD_INTERNAL_CALL() kr_err_bad_internal_call(__FILE__, __LINE__)

/* ---- exc.c: the builtin exception hierarchy ---------------------------- */
typedef struct KrBaseExceptionObject {
    KrObject_HEAD
    KrObject *dict;
    KrObject *args;             /* tuple */
    KrObject *notes;
    KrObject *traceback;        /* KrTracebackObject or NULL */
    KrObject *context;
    KrObject *cause;
    char suppress_context;
} KrBaseExceptionObject;

typedef struct { KrBaseExceptionObject base; KrObject *value; } KrStopIterationObject;
typedef struct { KrBaseExceptionObject base; KrObject *code; } KrSystemExitObject;
typedef struct { KrBaseExceptionObject base; KrObject *msg, *name, *path, *name_from; } KrImportErrorObject;
typedef struct { KrBaseExceptionObject base; KrObject *name, *obj; } KrAttributeErrorObject;
typedef struct { KrBaseExceptionObject base; KrObject *name; } KrNameErrorObject;
typedef struct {
    KrBaseExceptionObject base;
    KrObject *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset, *print_file_and_line;
} KrSyntaxErrorObject;
typedef struct {
    KrBaseExceptionObject base;
    KrObject *myerrno, *strerror, *filename, *filename2, *written;
} KrOSErrorObject;
typedef struct {
    KrBaseExceptionObject base;
    KrObject *encoding, *object, *reason;
    ssize_t start, end;
} KrUnicodeErrorObject;
typedef struct { KrBaseExceptionObject base; KrObject *msg, *excs; } KrBaseExceptionGroupObject;

/* the exception types: KrExc_X is a KrTypeObject* */
#define KR_EXC_LIST(X) \
    X(BaseException) X(BaseExceptionGroup) X(SystemExit) X(KeyboardInterrupt) X(GeneratorExit) \
    X(Exception) X(ExceptionGroup) X(StopIteration) X(StopAsyncIteration) X(ArithmeticError) \
    X(FloatingPointError) X(OverflowError) X(ZeroDivisionError) X(AssertionError) \
    X(AttributeError) X(BufferError) X(EOFError) X(ImportError) X(ModuleNotFoundError) \
    X(LookupError) X(IndexError) X(KeyError) X(MemoryError) X(NameError) X(UnboundLocalError) \
    X(OSError) X(BlockingIOError) X(ChildProcessError) X(ConnectionError) X(BrokenPipeError) \
    X(ConnectionAbortedError) X(ConnectionRefusedError) X(ConnectionResetError) \
    X(FileExistsError) X(FileNotFoundError) X(InterruptedError) X(IsADirectoryError) \
    X(NotADirectoryError) X(PermissionError) X(ProcessLookupError) X(TimeoutError) \
    X(ReferenceError) X(RuntimeError) X(NotImplementedError) X(RecursionError) \
    X(SyntaxError) X(IndentationError) X(TabError) X(SystemError) X(TypeError) X(ValueError) \
    X(UnicodeError) X(UnicodeDecodeError) X(UnicodeEncodeError) X(UnicodeTranslateError) \
    X(Warning) X(DeprecationWarning) X(PendingDeprecationWarning) X(RuntimeWarning) \
    X(SyntaxWarning) X(UserWarning) X(FutureWarning) X(ImportWarning) X(UnicodeWarning) \
    X(BytesWarning) X(ResourceWarning) X(EncodingWarning)

#define KR_DECLARE_EXC(name) extern KrTypeObject KrExc_##name##_Type;
KR_EXC_LIST(KR_DECLARE_EXC)
#undef KR_DECLARE_EXC
#define KrExc(name) (&KrExc_##name##_Type)
/* short names used everywhere */
#define KrExc_TypeError (&KrExc_TypeError_Type)
#define KrExc_ValueError (&KrExc_ValueError_Type)
#define KrExc_IndexError (&KrExc_IndexError_Type)
#define KrExc_KeyError (&KrExc_KeyError_Type)
#define KrExc_AttributeError (&KrExc_AttributeError_Type)
#define KrExc_NameError (&KrExc_NameError_Type)
#define KrExc_ZeroDivisionError (&KrExc_ZeroDivisionError_Type)
#define KrExc_OverflowError (&KrExc_OverflowError_Type)
#define KrExc_RuntimeError (&KrExc_RuntimeError_Type)
#define KrExc_StopIteration (&KrExc_StopIteration_Type)
#define KrExc_MemoryError (&KrExc_MemoryError_Type)
#define KrExc_SystemError (&KrExc_SystemError_Type)
#define KrExc_RecursionError (&KrExc_RecursionError_Type)
#define KrExc_OSError (&KrExc_OSError_Type)
#define KrExc_SyntaxError (&KrExc_SyntaxError_Type)
#define KrExc_NotImplementedError (&KrExc_NotImplementedError_Type)
#define KrExc_UnicodeDecodeError (&KrExc_UnicodeDecodeError_Type)
#define KrExc_UnicodeEncodeError (&KrExc_UnicodeEncodeError_Type)
#define KrExc_ImportError (&KrExc_ImportError_Type)
#define KrExc_BaseException (&KrExc_BaseException_Type)
#define KrExc_Exception (&KrExc_Exception_Type)

#define KR_IS_EXC_TYPE(t) KR_TYPE_HAS_FLAG((KrTypeObject *)(t), KR_TPFLAGS_BASE_EXC_SUBCLASS)
#define KR_IS_EXC(o) KR_IS_EXC_TYPE(KR_TYPE(o))

KrObject *kr_exc_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs);  /* instance with args */
KrObject *kr_exc_get_traceback(KrObject *exc);     /* new ref or NULL (no exception) */
void kr_exc_set_traceback(KrObject *exc, KrObject *tb);
KrObject *kr_exc_get_context(KrObject *exc);       /* new ref or NULL */
void kr_exc_set_context(KrObject *exc, KR_STEALS KrObject *ctx);
void kr_exc_set_cause(KrObject *exc, KR_STEALS KrObject *cause);   /* also sets suppress_context */
KrObject *kr_stopiteration_value(KrObject *exc);  /* new ref (None if no args) */
/* except* support (CPython's CHECK_EG_MATCH and PREP_RERAISE_STAR):
 * kr_exc_group_match splits exc (an exception or None) by the except* type:
 * *match and *rest become new references (None when empty); a naked
 * exception that matches is wrapped in ExceptionGroup('', [exc]).  It
 * raises TypeError for types except* may not name.  0 or -1. */
int kr_exc_group_match(KrObject *exc, KrObject *match_type, KrObject **match, KrObject **rest);
/* the exception to re-raise after the except* clauses ran: orig is what was
 * caught, raised a list of what each clause raised or re-raised (None for
 * clauses that finished normally); new ref (None: nothing to raise) */
KrObject *kr_exc_prep_reraise_star(KrObject *orig, KrObject *raised);
/* SyntaxError with location (1-based line and column, as CPython) */
void kr_err_syntax_location(KrTypeObject *type, const char *msg, KrObject *filename,
                            int lineno, int col, int end_lineno, int end_col, KrObject *text);

#endif
