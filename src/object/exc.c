/* exc.c: the builtin exception hierarchy.
 *
 * Every builtin exception is a static type whose instances start with
 * KrBaseExceptionObject.  A handful of families add fields (StopIteration,
 * SystemExit, ImportError, AttributeError, NameError, SyntaxError, OSError,
 * the Unicode errors, exception groups); each family has its own
 * new/init/traverse/clear/dealloc and every member of a family names them
 * explicitly, so nothing depends on the order in which slots get inherited.
 * Instances keep a __dict__ (tp_dictoffset), so user code may hang
 * attributes on them, and heap subclasses inherit the layout unchanged.
 *
 * The str()/repr() of each type and the constructor argument rules follow
 * CPython 3.12 exactly, since they show up in every traceback.
 */
#include "kr.h"
#include <errno.h>

#define EXC(o) ((KrBaseExceptionObject *)(o))

/* ---- string building helpers ------------------------------------------- */

/* UTF-8 text of str(o), into a KrBuf; -1 on error */
static int buf_put_str(KrBuf *b, KrObject *o, int use_repr)
{
    KrObject *s = use_repr ? kr_object_repr(o) : kr_object_str(o);
    if (!s)
        return -1;
    ssize_t n;
    const char *u = kr_str_utf8_len(s, &n);
    if (!u) {
        kr_decref(s);
        return -1;
    }
    kr_buf_put(b, u, (size_t)n);
    kr_decref(s);
    return 0;
}

static const char *arg_type_name(KrObject *o)
{
    return o == Kr_None ? "None" : KR_TYPE(o)->tp_name;
}

static KrObject *buf_finish(KrBuf *b)
{
    if (b->failed) {
        kr_buf_free(b);
        return kr_err_nomemory();
    }
    KrObject *r = kr_str_from_utf8(b->data ? b->data : "", (ssize_t)b->len);
    kr_buf_free(b);
    return r;
}

/* ---- BaseException ------------------------------------------------------ */

static int base_traverse_fields(KrBaseExceptionObject *e, kr_visitproc visit, void *arg)
{
    KR_VISIT(e->dict);
    KR_VISIT(e->args);
    KR_VISIT(e->notes);
    KR_VISIT(e->traceback);
    KR_VISIT(e->context);
    KR_VISIT(e->cause);
    return 0;
}

static void base_clear_fields(KrBaseExceptionObject *e)
{
    KR_CLEAR(e->dict);
    KR_CLEAR(e->args);
    KR_CLEAR(e->notes);
    KR_CLEAR(e->traceback);
    KR_CLEAR(e->context);
    KR_CLEAR(e->cause);
}

static int BaseException_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    return base_traverse_fields(EXC(o), visit, arg);
}

static int BaseException_clear(KrObject *o)
{
    base_clear_fields(EXC(o));
    return 0;
}

static void exc_free(KrObject *o, kr_inquiry clear)
{
    kr_gc_untrack(o);
    clear(o);
    kr_object_free(o);
}

static void BaseException_dealloc(KrObject *o) { exc_free(o, BaseException_clear); }

/* allocation shared by every family: args from the positional arguments */
static KrObject *exc_alloc(KrTypeObject *type, KrObject *const *args, ssize_t nargs)
{
    KrObject *o = kr_object_alloc(type, 0);
    if (!o)
        return NULL;
    KrBaseExceptionObject *e = EXC(o);
    e->args = kr_tuple_from_array(args, nargs);
    if (!e->args) {
        kr_object_free(o);
        return NULL;
    }
    kr_gc_track(o);
    return o;
}

static KrObject *BaseException_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                                   KrObject *kwnames)
{
    return exc_alloc(type, args, nargs);
}

static int set_args(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrObject *t = kr_tuple_from_array(args, nargs);
    if (!t)
        return -1;
    KR_SETREF(EXC(self)->args, t);
    return 0;
}

static int no_kw(KrObject *self, KrObject *kwnames)
{
    if (kwnames && KR_TUPLE_LEN(kwnames) > 0) {
        kr_err_format(KrExc_TypeError, "%s() takes no keyword arguments", KR_TYPE(self)->tp_name);
        return -1;
    }
    return 0;
}

static int BaseException_init(KrObject *self, KrObject *const *args, ssize_t nargs,
                              KrObject *kwnames)
{
    if (no_kw(self, kwnames) < 0)
        return -1;
    return set_args(self, args, nargs);
}

static KrObject *BaseException_str(KrObject *self)
{
    KrObject *a = EXC(self)->args;
    if (!a || KR_TUPLE_LEN(a) == 0)
        return kr_newref(kr_str_empty());
    if (KR_TUPLE_LEN(a) == 1)
        return kr_object_str(KR_TUPLE_GET(a, 0));
    return kr_object_str(a);
}

static KrObject *BaseException_repr(KrObject *self)
{
    KrObject *a = EXC(self)->args;
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, kr_type_name(KR_TYPE(self)));
    if (a && KR_TUPLE_LEN(a) == 1) {
        kr_buf_putc(&b, '(');
        if (buf_put_str(&b, KR_TUPLE_GET(a, 0), 1) < 0)
            goto error;
        kr_buf_putc(&b, ')');
    } else if (a && KR_TUPLE_LEN(a) > 1) {
        if (buf_put_str(&b, a, 1) < 0)
            goto error;
    } else {
        kr_buf_puts(&b, "()");
    }
    return buf_finish(&b);
error:
    kr_buf_free(&b);
    return NULL;
}

static KrObject *exc_get_dict(KrObject *self, void *c)
{
    KrBaseExceptionObject *e = EXC(self);
    if (!e->dict) {
        e->dict = kr_dict_new();
        if (!e->dict)
            return NULL;
    }
    return kr_newref(e->dict);
}

static int exc_set_dict(KrObject *self, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(KrExc_TypeError, "__dict__ may not be deleted");
        return -1;
    }
    if (!KR_DICT_CHECK(v)) {
        kr_err_format(KrExc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      kr_object_type_name(v));
        return -1;
    }
    KR_SETREF(EXC(self)->dict, kr_newref(v));
    return 0;
}

static KrObject *exc_get_args(KrObject *self, void *c)
{
    KrObject *a = EXC(self)->args;
    return kr_newref(a ? a : kr_tuple_empty());
}

static int exc_set_args(KrObject *self, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(KrExc_TypeError, "args may not be deleted");
        return -1;
    }
    KrObject *t = kr_sequence_tuple(v);
    if (!t)
        return -1;
    KR_SETREF(EXC(self)->args, t);
    return 0;
}

static KrObject *exc_get_tb(KrObject *self, void *c)
{
    KrObject *tb = EXC(self)->traceback;
    return kr_newref(tb ? tb : Kr_None);
}

static int exc_set_tb(KrObject *self, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(KrExc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v == Kr_None) {
        KR_CLEAR(EXC(self)->traceback);
        return 0;
    }
    if (!KR_TYPE_CHECK(v, &KrTraceback_Type)) {
        kr_err_set_string(KrExc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    KR_SETREF(EXC(self)->traceback, kr_newref(v));
    return 0;
}

static KrObject *exc_get_context(KrObject *self, void *c)
{
    KrObject *x = EXC(self)->context;
    return kr_newref(x ? x : Kr_None);
}

static int exc_set_context(KrObject *self, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(KrExc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v == Kr_None) {
        KR_CLEAR(EXC(self)->context);
        return 0;
    }
    if (!KR_IS_EXC(v)) {
        kr_err_set_string(KrExc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    KR_SETREF(EXC(self)->context, kr_newref(v));
    return 0;
}

static KrObject *exc_get_cause(KrObject *self, void *c)
{
    KrObject *x = EXC(self)->cause;
    return kr_newref(x ? x : Kr_None);
}

static int exc_set_cause(KrObject *self, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(KrExc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v == Kr_None) {
        KR_CLEAR(EXC(self)->cause);
        EXC(self)->suppress_context = 1;
        return 0;
    }
    if (!KR_IS_EXC(v)) {
        kr_err_set_string(KrExc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    KR_SETREF(EXC(self)->cause, kr_newref(v));
    EXC(self)->suppress_context = 1;
    return 0;
}

static KrObject *exc_get_notes(KrObject *self, void *c)
{
    KrObject *n = EXC(self)->notes;
    if (!n) {
        kr_err_format(KrExc_AttributeError, "'%s' object has no attribute '__notes__'",
                      kr_type_name(KR_TYPE(self)));
        return NULL;
    }
    return kr_newref(n);
}

static int exc_set_notes(KrObject *self, KrObject *v, void *c)
{
    if (!v) {
        if (!EXC(self)->notes) {
            kr_err_set_string(KrExc_AttributeError, "__notes__");
            return -1;
        }
        KR_CLEAR(EXC(self)->notes);
        return 0;
    }
    KR_SETREF(EXC(self)->notes, kr_newref(v));
    return 0;
}

static KrObject *BaseException_with_traceback(KrObject *self, KrObject *tb)
{
    if (exc_set_tb(self, tb, NULL) < 0)
        return NULL;
    return kr_newref(self);
}

static KrObject *BaseException_add_note(KrObject *self, KrObject *note)
{
    if (!KR_STR_CHECK(note)) {
        kr_err_format(KrExc_TypeError, "note must be a str, not '%s'", kr_object_type_name(note));
        return NULL;
    }
    KrBaseExceptionObject *e = EXC(self);
    if (!e->notes) {
        e->notes = kr_list_new(0);
        if (!e->notes)
            return NULL;
    }
    if (!KR_LIST_CHECK(e->notes)) {
        kr_err_set_string(KrExc_TypeError, "Cannot add note: __notes__ is not a list");
        return NULL;
    }
    if (kr_list_append(e->notes, note) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *BaseException_reduce(KrObject *self, KrObject *unused)
{
    KrBaseExceptionObject *e = EXC(self);
    KrObject *args = e->args ? e->args : kr_tuple_empty();
    if (e->dict && KR_DICT_LEN(e->dict) > 0)
        return kr_tuple_pack(3, (KrObject *)KR_TYPE(self), args, e->dict);
    return kr_tuple_pack(2, (KrObject *)KR_TYPE(self), args);
}

static KrObject *BaseException_setstate(KrObject *self, KrObject *state)
{
    if (state != Kr_None) {
        if (!KR_DICT_CHECK(state)) {
            kr_err_set_string(KrExc_TypeError, "state is not a dictionary");
            return NULL;
        }
        ssize_t pos = 0;
        KrObject *k, *v;
        while (kr_dict_next(state, &pos, &k, &v)) {
            kr_incref(k);
            kr_incref(v);
            int r = kr_object_setattr(self, k, v);
            kr_decref(k);
            kr_decref(v);
            if (r < 0)
                return NULL;
        }
    }
    KR_RETURN_NONE;
}

static KrMethodDef BaseException_methods[] = {
    {"with_traceback", KR_CFUNC(BaseException_with_traceback), KR_METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", KR_CFUNC(BaseException_add_note), KR_METH_O,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {"__reduce__", KR_CFUNC(BaseException_reduce), KR_METH_NOARGS, NULL},
    {"__setstate__", KR_CFUNC(BaseException_setstate), KR_METH_O, NULL},
    {NULL, NULL, 0, NULL}
};

static KrGetSetDef BaseException_getset[] = {
    {"__dict__", exc_get_dict, exc_set_dict, NULL, NULL},
    {"args", exc_get_args, exc_set_args, NULL, NULL},
    {"__traceback__", exc_get_tb, exc_set_tb, NULL, NULL},
    {"__context__", exc_get_context, exc_set_context, "exception context", NULL},
    {"__cause__", exc_get_cause, exc_set_cause, "exception cause", NULL},
    {"__notes__", exc_get_notes, exc_set_notes, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static KrMemberDef BaseException_members[] = {
    {"__suppress_context__", KR_T_BOOL, offsetof(KrBaseExceptionObject, suppress_context), 0, NULL},
    {NULL, 0, 0, 0, NULL}
};

#define EXC_FLAGS (KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASE_EXC_SUBCLASS)

/* one static exception type; FAM names the family's functions */
#define EXC_TYPE_FULL(NAME, BASE, STRUCT, FAM, STR, REPR, METHODS, MEMBERS, GETSET, DOC) \
    KrTypeObject KrExc_##NAME##_Type = {                                             \
        KR_STATIC_VAR_HEAD(&KrType_Type, 0),                                          \
        .tp_name = #NAME,                                                             \
        .tp_basicsize = sizeof(STRUCT),                                               \
        .tp_dealloc = FAM##_dealloc,                                                  \
        .tp_repr = REPR,                                                              \
        .tp_str = STR,                                                                \
        .tp_flags = EXC_FLAGS,                                                        \
        .tp_doc = DOC,                                                                \
        .tp_traverse = FAM##_traverse,                                                \
        .tp_clear = FAM##_clear,                                                      \
        .tp_methods = METHODS,                                                        \
        .tp_members = MEMBERS,                                                        \
        .tp_getset = GETSET,                                                          \
        .tp_base = BASE,                                                              \
        .tp_dictoffset = offsetof(KrBaseExceptionObject, dict),                       \
        .tp_init = FAM##_init,                                                        \
        .tp_new = FAM##_new,                                                          \
        .tp_free = kr_object_free,                                                    \
    };

#define EXC_SIMPLE(NAME, BASE, DOC) \
    EXC_TYPE_FULL(NAME, &KrExc_##BASE##_Type, KrBaseExceptionObject, BaseException, \
                  NULL, NULL, NULL, NULL, NULL, DOC)

KrTypeObject KrExc_BaseException_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "BaseException",
    .tp_basicsize = sizeof(KrBaseExceptionObject),
    .tp_dealloc = BaseException_dealloc,
    .tp_repr = BaseException_repr,
    .tp_str = BaseException_str,
    .tp_flags = EXC_FLAGS,
    .tp_doc = "Common base class for all exceptions",
    .tp_traverse = BaseException_traverse,
    .tp_clear = BaseException_clear,
    .tp_methods = BaseException_methods,
    .tp_members = BaseException_members,
    .tp_getset = BaseException_getset,
    .tp_base = &KrBaseObject_Type,
    .tp_dictoffset = offsetof(KrBaseExceptionObject, dict),
    .tp_init = BaseException_init,
    .tp_new = BaseException_new,
    .tp_free = kr_object_free,
};

EXC_SIMPLE(Exception, BaseException, "Common base class for all non-exit exceptions.")
EXC_SIMPLE(KeyboardInterrupt, BaseException, "Program interrupted by user.")
EXC_SIMPLE(GeneratorExit, BaseException, "Request that a generator exit.")
EXC_SIMPLE(StopAsyncIteration, Exception, "Signal the end from iterator.__anext__().")
EXC_SIMPLE(ArithmeticError, Exception, "Base class for arithmetic errors.")
EXC_SIMPLE(FloatingPointError, ArithmeticError, "Floating point operation failed.")
EXC_SIMPLE(OverflowError, ArithmeticError, "Result too large to be represented.")
EXC_SIMPLE(ZeroDivisionError, ArithmeticError, "Second argument to a division or modulo operation was zero.")
EXC_SIMPLE(AssertionError, Exception, "Assertion failed.")
EXC_SIMPLE(BufferError, Exception, "Buffer error.")
EXC_SIMPLE(EOFError, Exception, "Read beyond end of file.")
EXC_SIMPLE(LookupError, Exception, "Base class for lookup errors.")
EXC_SIMPLE(IndexError, LookupError, "Sequence index out of range.")
EXC_SIMPLE(MemoryError, Exception, "Out of memory.")
EXC_SIMPLE(ReferenceError, Exception, "Weak ref proxy used after referent went away.")
EXC_SIMPLE(RuntimeError, Exception, "Unspecified run-time error.")
EXC_SIMPLE(NotImplementedError, RuntimeError, "Method or function hasn't been implemented yet.")
EXC_SIMPLE(RecursionError, RuntimeError, "Recursion limit exceeded.")
EXC_SIMPLE(SystemError, Exception,
           "Internal error in the Python interpreter.\n\nPlease report this to the Python "
           "maintainer, along with the traceback,\nthe Python version, and the hardware/OS "
           "platform and version.")
EXC_SIMPLE(TypeError, Exception, "Inappropriate argument type.")
EXC_SIMPLE(ValueError, Exception, "Inappropriate argument value (of correct type).")
EXC_SIMPLE(UnicodeError, ValueError, "Unicode related error.")
EXC_SIMPLE(Warning, Exception, "Base class for warning categories.")
EXC_SIMPLE(DeprecationWarning, Warning, "Base class for warnings about deprecated features.")
EXC_SIMPLE(PendingDeprecationWarning, Warning,
           "Base class for warnings about features which will be deprecated\nin the future.")
EXC_SIMPLE(RuntimeWarning, Warning, "Base class for warnings about dubious runtime behavior.")
EXC_SIMPLE(SyntaxWarning, Warning, "Base class for warnings about dubious syntax.")
EXC_SIMPLE(UserWarning, Warning, "Base class for warnings generated by user code.")
EXC_SIMPLE(FutureWarning, Warning,
           "Base class for warnings about constructs that will change semantically\nin the future.")
EXC_SIMPLE(ImportWarning, Warning,
           "Base class for warnings about probable mistakes in module imports")
EXC_SIMPLE(UnicodeWarning, Warning,
           "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.")
EXC_SIMPLE(BytesWarning, Warning,
           "Base class for warnings about bytes and buffer related problems, mostly\nrelated to "
           "conversion from str or comparing to str.")
EXC_SIMPLE(ResourceWarning, Warning, "Base class for warnings about resource usage.")
EXC_SIMPLE(EncodingWarning, Warning, "Base class for warnings about encodings.")

/* ---- KeyError: str() is the repr of a lone key ------------------------- */

static KrObject *KeyError_str(KrObject *self)
{
    KrObject *a = EXC(self)->args;
    if (a && KR_TUPLE_LEN(a) == 1)
        return kr_object_repr(KR_TUPLE_GET(a, 0));
    return BaseException_str(self);
}

EXC_TYPE_FULL(KeyError, &KrExc_LookupError_Type, KrBaseExceptionObject, BaseException,
              KeyError_str, NULL, NULL, NULL, NULL, "Mapping key not found.")

/* ---- StopIteration ------------------------------------------------------ */

#define SI(o) ((KrStopIterationObject *)(o))

static int StopIteration_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(SI(o)->value);
    return base_traverse_fields(EXC(o), visit, arg);
}

static int StopIteration_clear(KrObject *o)
{
    KR_CLEAR(SI(o)->value);
    base_clear_fields(EXC(o));
    return 0;
}

static void StopIteration_dealloc(KrObject *o) { exc_free(o, StopIteration_clear); }

static KrObject *StopIteration_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                                   KrObject *kwnames)
{
    KrObject *o = exc_alloc(type, args, nargs);
    if (o)
        SI(o)->value = kr_newref(nargs > 0 ? args[0] : Kr_None);
    return o;
}

static int StopIteration_init(KrObject *self, KrObject *const *args, ssize_t nargs,
                              KrObject *kwnames)
{
    if (BaseException_init(self, args, nargs, kwnames) < 0)
        return -1;
    KR_SETREF(SI(self)->value, kr_newref(nargs > 0 ? args[0] : Kr_None));
    return 0;
}

static KrMemberDef StopIteration_members[] = {
    {"value", KR_T_OBJECT, offsetof(KrStopIterationObject, value), 0, "generator return value"},
    {NULL, 0, 0, 0, NULL}
};

EXC_TYPE_FULL(StopIteration, &KrExc_Exception_Type, KrStopIterationObject, StopIteration,
              NULL, NULL, NULL, StopIteration_members, NULL,
              "Signal the end from iterator.__next__().")

KrObject *kr_stopiteration_value(KrObject *exc)
{
    if (exc && KR_TYPE_CHECK(exc, &KrExc_StopIteration_Type)) {
        KrObject *v = SI(exc)->value;
        return kr_newref(v ? v : Kr_None);
    }
    if (exc && KR_IS_EXC(exc)) {
        KrObject *a = EXC(exc)->args;
        if (a && KR_TUPLE_LEN(a) > 0)
            return kr_newref(KR_TUPLE_GET(a, 0));
    }
    return kr_newref(Kr_None);
}

/* ---- SystemExit --------------------------------------------------------- */

#define SE(o) ((KrSystemExitObject *)(o))

static int SystemExit_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(SE(o)->code);
    return base_traverse_fields(EXC(o), visit, arg);
}

static int SystemExit_clear(KrObject *o)
{
    KR_CLEAR(SE(o)->code);
    base_clear_fields(EXC(o));
    return 0;
}

static void SystemExit_dealloc(KrObject *o) { exc_free(o, SystemExit_clear); }

static void systemexit_set_code(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrObject *code;
    if (nargs == 0)
        code = kr_newref(Kr_None);
    else if (nargs == 1)
        code = kr_newref(args[0]);
    else
        code = kr_newref(EXC(self)->args);
    KR_SETREF(SE(self)->code, code);
}

static KrObject *SystemExit_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                                KrObject *kwnames)
{
    KrObject *o = exc_alloc(type, args, nargs);
    if (o)
        systemexit_set_code(o, args, nargs);
    return o;
}

static int SystemExit_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (BaseException_init(self, args, nargs, kwnames) < 0)
        return -1;
    systemexit_set_code(self, args, nargs);
    return 0;
}

static KrMemberDef SystemExit_members[] = {
    {"code", KR_T_OBJECT, offsetof(KrSystemExitObject, code), 0, "exception code"},
    {NULL, 0, 0, 0, NULL}
};

EXC_TYPE_FULL(SystemExit, &KrExc_BaseException_Type, KrSystemExitObject, SystemExit,
              NULL, NULL, NULL, SystemExit_members, NULL,
              "Request to exit from the interpreter.")

/* ---- ImportError / ModuleNotFoundError ---------------------------------- */

#define IE(o) ((KrImportErrorObject *)(o))

static int ImportError_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(IE(o)->msg);
    KR_VISIT(IE(o)->name);
    KR_VISIT(IE(o)->path);
    KR_VISIT(IE(o)->name_from);
    return base_traverse_fields(EXC(o), visit, arg);
}

static int ImportError_clear(KrObject *o)
{
    KR_CLEAR(IE(o)->msg);
    KR_CLEAR(IE(o)->name);
    KR_CLEAR(IE(o)->path);
    KR_CLEAR(IE(o)->name_from);
    base_clear_fields(EXC(o));
    return 0;
}

static void ImportError_dealloc(KrObject *o) { exc_free(o, ImportError_clear); }

static KrObject *ImportError_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                                 KrObject *kwnames)
{
    return exc_alloc(type, args, nargs);
}

static int ImportError_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"$name", "path", "name_from", NULL};
    ssize_t nkw = kwnames ? KR_TUPLE_LEN(kwnames) : 0;
    KrObject *out[3] = {NULL, NULL, NULL};
    if (nkw && kr_arg_parse("ImportError", args + nargs, 0, kwnames, names, 0, out) < 0)
        return -1;
    if (set_args(self, args, nargs) < 0)
        return -1;
    KR_SETREF(IE(self)->name, kr_xnewref(out[0]));
    KR_SETREF(IE(self)->path, kr_xnewref(out[1]));
    KR_SETREF(IE(self)->name_from, kr_xnewref(out[2]));
    KR_SETREF(IE(self)->msg, nargs == 1 ? kr_newref(args[0]) : NULL);
    return 0;
}

static KrObject *ImportError_str(KrObject *self)
{
    KrObject *m = IE(self)->msg;
    if (m && KR_STR_CHECK_EXACT(m))
        return kr_newref(m);
    return BaseException_str(self);
}

static KrObject *ImportError_reduce(KrObject *self, KrObject *unused)
{
    KrImportErrorObject *e = IE(self);
    KrObject *args = e->base.args ? e->base.args : kr_tuple_empty();
    KrObject *state = NULL;
    if (e->base.dict && KR_DICT_LEN(e->base.dict) > 0) {
        state = kr_dict_copy(e->base.dict);
        if (!state)
            return NULL;
    }
    if (e->name && e->name != Kr_None) {
        if (!state && !(state = kr_dict_new()))
            return NULL;
        if (kr_dict_set_cstr(state, "name", e->name) < 0)
            goto error;
    }
    if (e->path && e->path != Kr_None) {
        if (!state && !(state = kr_dict_new()))
            return NULL;
        if (kr_dict_set_cstr(state, "path", e->path) < 0)
            goto error;
    }
    KrObject *r;
    if (state) {
        r = kr_tuple_pack(3, (KrObject *)KR_TYPE(self), args, state);
        kr_decref(state);
    } else {
        r = kr_tuple_pack(2, (KrObject *)KR_TYPE(self), args);
    }
    return r;
error:
    kr_decref(state);
    return NULL;
}

static KrMethodDef ImportError_methods[] = {
    {"__reduce__", KR_CFUNC(ImportError_reduce), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static KrMemberDef ImportError_members[] = {
    {"msg", KR_T_OBJECT, offsetof(KrImportErrorObject, msg), 0, "exception message"},
    {"name", KR_T_OBJECT, offsetof(KrImportErrorObject, name), 0, "module name"},
    {"path", KR_T_OBJECT, offsetof(KrImportErrorObject, path), 0, "module path"},
    {"name_from", KR_T_OBJECT, offsetof(KrImportErrorObject, name_from), 0, "name imported from module"},
    {NULL, 0, 0, 0, NULL}
};

EXC_TYPE_FULL(ImportError, &KrExc_Exception_Type, KrImportErrorObject, ImportError,
              ImportError_str, NULL, ImportError_methods, ImportError_members, NULL,
              "Import can't find module, or can't find name in module.")
EXC_TYPE_FULL(ModuleNotFoundError, &KrExc_ImportError_Type, KrImportErrorObject, ImportError,
              NULL, NULL, NULL, NULL, NULL, "Module not found.")

/* ---- AttributeError ----------------------------------------------------- */

#define AE(o) ((KrAttributeErrorObject *)(o))

static int AttributeError_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(AE(o)->name);
    KR_VISIT(AE(o)->obj);
    return base_traverse_fields(EXC(o), visit, arg);
}

static int AttributeError_clear(KrObject *o)
{
    KR_CLEAR(AE(o)->name);
    KR_CLEAR(AE(o)->obj);
    base_clear_fields(EXC(o));
    return 0;
}

static void AttributeError_dealloc(KrObject *o) { exc_free(o, AttributeError_clear); }

static KrObject *AttributeError_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                                    KrObject *kwnames)
{
    return exc_alloc(type, args, nargs);
}

static int AttributeError_init(KrObject *self, KrObject *const *args, ssize_t nargs,
                               KrObject *kwnames)
{
    static const char *const names[] = {"$name", "obj", NULL};
    ssize_t nkw = kwnames ? KR_TUPLE_LEN(kwnames) : 0;
    KrObject *out[2] = {NULL, NULL};
    if (nkw && kr_arg_parse("AttributeError", args + nargs, 0, kwnames, names, 0, out) < 0)
        return -1;
    if (set_args(self, args, nargs) < 0)
        return -1;
    KR_SETREF(AE(self)->name, kr_xnewref(out[0]));
    KR_SETREF(AE(self)->obj, kr_xnewref(out[1]));
    return 0;
}

static KrMemberDef AttributeError_members[] = {
    {"name", KR_T_OBJECT, offsetof(KrAttributeErrorObject, name), 0, "attribute name"},
    {"obj", KR_T_OBJECT, offsetof(KrAttributeErrorObject, obj), 0, "object"},
    {NULL, 0, 0, 0, NULL}
};

EXC_TYPE_FULL(AttributeError, &KrExc_Exception_Type, KrAttributeErrorObject, AttributeError,
              NULL, NULL, NULL, AttributeError_members, NULL,
              "Attribute not found.")

/* ---- NameError / UnboundLocalError -------------------------------------- */

#define NE(o) ((KrNameErrorObject *)(o))

static int NameError_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(NE(o)->name);
    return base_traverse_fields(EXC(o), visit, arg);
}

static int NameError_clear(KrObject *o)
{
    KR_CLEAR(NE(o)->name);
    base_clear_fields(EXC(o));
    return 0;
}

static void NameError_dealloc(KrObject *o) { exc_free(o, NameError_clear); }

static KrObject *NameError_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                               KrObject *kwnames)
{
    return exc_alloc(type, args, nargs);
}

static int NameError_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"$name", NULL};
    ssize_t nkw = kwnames ? KR_TUPLE_LEN(kwnames) : 0;
    KrObject *out[1] = {NULL};
    if (nkw && kr_arg_parse("NameError", args + nargs, 0, kwnames, names, 0, out) < 0)
        return -1;
    if (set_args(self, args, nargs) < 0)
        return -1;
    KR_SETREF(NE(self)->name, kr_xnewref(out[0]));
    return 0;
}

static KrMemberDef NameError_members[] = {
    {"name", KR_T_OBJECT, offsetof(KrNameErrorObject, name), 0, "name"},
    {NULL, 0, 0, 0, NULL}
};

EXC_TYPE_FULL(NameError, &KrExc_Exception_Type, KrNameErrorObject, NameError,
              NULL, NULL, NULL, NameError_members, NULL,
              "Name not found globally.")
EXC_TYPE_FULL(UnboundLocalError, &KrExc_NameError_Type, KrNameErrorObject, NameError,
              NULL, NULL, NULL, NULL, NULL,
              "Local name referenced but not bound to a value.")

/* ---- SyntaxError and friends -------------------------------------------- */

#define SY(o) ((KrSyntaxErrorObject *)(o))

static int SyntaxError_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrSyntaxErrorObject *s = SY(o);
    KR_VISIT(s->msg);
    KR_VISIT(s->filename);
    KR_VISIT(s->lineno);
    KR_VISIT(s->offset);
    KR_VISIT(s->text);
    KR_VISIT(s->end_lineno);
    KR_VISIT(s->end_offset);
    KR_VISIT(s->print_file_and_line);
    return base_traverse_fields(EXC(o), visit, arg);
}

static int SyntaxError_clear(KrObject *o)
{
    KrSyntaxErrorObject *s = SY(o);
    KR_CLEAR(s->msg);
    KR_CLEAR(s->filename);
    KR_CLEAR(s->lineno);
    KR_CLEAR(s->offset);
    KR_CLEAR(s->text);
    KR_CLEAR(s->end_lineno);
    KR_CLEAR(s->end_offset);
    KR_CLEAR(s->print_file_and_line);
    base_clear_fields(EXC(o));
    return 0;
}

static void SyntaxError_dealloc(KrObject *o) { exc_free(o, SyntaxError_clear); }

static KrObject *SyntaxError_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                                 KrObject *kwnames)
{
    return exc_alloc(type, args, nargs);
}

static int SyntaxError_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrSyntaxErrorObject *s = SY(self);
    if (BaseException_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs >= 1)
        KR_SETREF(s->msg, kr_newref(args[0]));
    if (nargs == 2) {
        KrObject *info = kr_sequence_tuple(args[1]);
        if (!info)
            return -1;
        ssize_t n = KR_TUPLE_LEN(info);
        if (n < 4 || n > 6) {
            kr_err_format(KrExc_TypeError, "function takes %s %d arguments (%zd given)",
                          n < 4 ? "at least" : "at most", n < 4 ? 4 : 6, n);
            kr_decref(info);
            return -1;
        }
        KR_SETREF(s->filename, kr_newref(KR_TUPLE_GET(info, 0)));
        KR_SETREF(s->lineno, kr_newref(KR_TUPLE_GET(info, 1)));
        KR_SETREF(s->offset, kr_newref(KR_TUPLE_GET(info, 2)));
        KR_SETREF(s->text, kr_newref(KR_TUPLE_GET(info, 3)));
        KR_SETREF(s->end_lineno, n > 4 ? kr_newref(KR_TUPLE_GET(info, 4)) : NULL);
        KR_SETREF(s->end_offset, n > 5 ? kr_newref(KR_TUPLE_GET(info, 5)) : NULL);
        kr_decref(info);
        if (s->end_lineno && !s->end_offset) {
            kr_err_set_string(KrExc_TypeError, "end_offset must be provided when end_lineno is provided");
            return -1;
        }
    }
    return 0;
}

static KrObject *SyntaxError_str(KrObject *self)
{
    KrSyntaxErrorObject *s = SY(self);
    const char *fname = NULL;
    ssize_t fnlen = 0;
    if (s->filename && KR_STR_CHECK(s->filename)) {
        fname = kr_str_utf8_len(s->filename, &fnlen);
        if (!fname)
            return NULL;
        const char *slash = strrchr(fname, '/');
        if (slash) {
            fnlen -= (slash + 1) - fname;
            fname = slash + 1;
        }
    }
    int have_line = s->lineno && KR_INT_CHECK(s->lineno);
    if (!fname && !have_line)
        return kr_object_str(s->msg ? s->msg : Kr_None);
    KrBuf b;
    kr_buf_init(&b);
    if (buf_put_str(&b, s->msg ? s->msg : Kr_None, 0) < 0) {
        kr_buf_free(&b);
        return NULL;
    }
    kr_buf_puts(&b, " (");
    if (fname) {
        kr_buf_put(&b, fname, (size_t)fnlen);
        if (have_line)
            kr_buf_puts(&b, ", ");
    }
    if (have_line) {
        kr_buf_puts(&b, "line ");
        if (buf_put_str(&b, s->lineno, 0) < 0) {
            kr_buf_free(&b);
            return NULL;
        }
    }
    kr_buf_putc(&b, ')');
    return buf_finish(&b);
}

static KrMemberDef SyntaxError_members[] = {
    {"msg", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, msg), 0, "exception msg"},
    {"filename", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, filename), 0, "exception filename"},
    {"lineno", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, lineno), 0, "exception lineno"},
    {"offset", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, offset), 0, "exception offset"},
    {"text", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, text), 0, "exception text"},
    {"end_lineno", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, end_lineno), 0, "exception end lineno"},
    {"end_offset", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, end_offset), 0, "exception end offset"},
    {"print_file_and_line", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, print_file_and_line), 0,
     "exception print_file_and_line"},
    {NULL, 0, 0, 0, NULL}
};

EXC_TYPE_FULL(SyntaxError, &KrExc_Exception_Type, KrSyntaxErrorObject, SyntaxError,
              SyntaxError_str, NULL, NULL, SyntaxError_members, NULL, "Invalid syntax.")
EXC_TYPE_FULL(IndentationError, &KrExc_SyntaxError_Type, KrSyntaxErrorObject, SyntaxError,
              NULL, NULL, NULL, NULL, NULL, "Improper indentation.")
EXC_TYPE_FULL(TabError, &KrExc_IndentationError_Type, KrSyntaxErrorObject, SyntaxError,
              NULL, NULL, NULL, NULL, NULL,
              "Improper mixture of spaces and tabs.")

void kr_err_syntax_location(KrTypeObject *type, const char *msg, KrObject *filename,
                            int lineno, int col, int end_lineno, int end_col, KrObject *text)
{
    KrObject *m = kr_str_from_cstr(msg);
    if (!m)
        return;
    KrObject *ln = lineno > 0 ? kr_int_from_long(lineno) : kr_newref(Kr_None);
    KrObject *co = col >= 0 ? kr_int_from_long(col) : kr_newref(Kr_None);
    KrObject *eln = end_lineno > 0 ? kr_int_from_long(end_lineno) : kr_newref(Kr_None);
    /* -1 is a value CPython reports (errors found by its tokenizer) */
    KrObject *eco = end_col >= -1 ? kr_int_from_long(end_col) : kr_newref(Kr_None);
    KrObject *info = NULL, *exc = NULL;
    if (!ln || !co || !eln || !eco)
        goto done;
    info = kr_tuple_pack(6, filename ? filename : Kr_None, ln, co, text ? text : Kr_None, eln, eco);
    if (!info)
        goto done;
    KrObject *args[2] = {m, info};
    exc = kr_exc_new(type ? type : KrExc_SyntaxError, args, 2);
    if (exc)
        kr_err_set_exc(exc);
done:
    kr_decref(m);
    kr_xdecref(ln);
    kr_xdecref(co);
    kr_xdecref(eln);
    kr_xdecref(eco);
    kr_xdecref(info);
}

/* ---- OSError and its errno-named subclasses ----------------------------- */

#define OE(o) ((KrOSErrorObject *)(o))

static int OSError_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrOSErrorObject *e = OE(o);
    KR_VISIT(e->myerrno);
    KR_VISIT(e->strerror);
    KR_VISIT(e->filename);
    KR_VISIT(e->filename2);
    KR_VISIT(e->written);
    return base_traverse_fields(EXC(o), visit, arg);
}

static int OSError_clear(KrObject *o)
{
    KrOSErrorObject *e = OE(o);
    KR_CLEAR(e->myerrno);
    KR_CLEAR(e->strerror);
    KR_CLEAR(e->filename);
    KR_CLEAR(e->filename2);
    KR_CLEAR(e->written);
    base_clear_fields(EXC(o));
    return 0;
}

static void OSError_dealloc(KrObject *o) { exc_free(o, OSError_clear); }

static KrTypeObject *errno_subclass(int code)
{
    switch (code) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY: case EINPROGRESS: return &KrExc_BlockingIOError_Type;
    case ECHILD: return &KrExc_ChildProcessError_Type;
    case EPIPE:
#ifdef ESHUTDOWN
    case ESHUTDOWN:
#endif
        return &KrExc_BrokenPipeError_Type;
    case ECONNABORTED: return &KrExc_ConnectionAbortedError_Type;
    case ECONNREFUSED: return &KrExc_ConnectionRefusedError_Type;
    case ECONNRESET: return &KrExc_ConnectionResetError_Type;
    case EEXIST: return &KrExc_FileExistsError_Type;
    case ENOENT: return &KrExc_FileNotFoundError_Type;
    case EISDIR: return &KrExc_IsADirectoryError_Type;
    case ENOTDIR: return &KrExc_NotADirectoryError_Type;
    case EINTR: return &KrExc_InterruptedError_Type;
    case EACCES: case EPERM: return &KrExc_PermissionError_Type;
    case ESRCH: return &KrExc_ProcessLookupError_Type;
    case ETIMEDOUT: return &KrExc_TimeoutError_Type;
    default: return NULL;
    }
}

/* fill the named fields from (errno, strerror[, filename[, winerror[, filename2]]]) */
static int oserror_parse(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrOSErrorObject *e = OE(self);
    if (set_args(self, args, nargs) < 0)
        return -1;
    KR_CLEAR(e->myerrno);
    KR_CLEAR(e->strerror);
    KR_CLEAR(e->filename);
    KR_CLEAR(e->filename2);
    KR_CLEAR(e->written);
    if (nargs < 2 || nargs > 5)
        return 0;
    e->myerrno = kr_newref(args[0]);
    e->strerror = kr_newref(args[1]);
    KrObject *filename = nargs > 2 ? args[2] : NULL;
    KrObject *filename2 = nargs > 4 ? args[4] : NULL;
    if (filename && filename != Kr_None) {
        if (KR_TYPE(self) == &KrExc_BlockingIOError_Type && kr_index_check(filename)) {
            ssize_t w = kr_number_as_ssize(filename, (KrObject *)KrExc_ValueError);
            if (w == -1 && kr_err_occurred())
                return -1;
            e->written = kr_int_from_ssize(w);
            if (!e->written)
                return -1;
        } else {
            e->filename = kr_newref(filename);
            if (filename2 && filename2 != Kr_None)
                e->filename2 = kr_newref(filename2);
            KrObject *sub = kr_tuple_from_array(args, 2);
            if (!sub)
                return -1;
            KR_SETREF(e->base.args, sub);
        }
    }
    return 0;
}

static KrObject *OSError_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                             KrObject *kwnames)
{
    if (type == &KrExc_OSError_Type && nargs >= 2 && nargs <= 5 && KR_INT_CHECK(args[0])) {
        int64_t code;
        if (kr_int_fits_i64(args[0], &code) && code >= INT32_MIN && code <= INT32_MAX) {
            KrTypeObject *sub = errno_subclass((int)code);
            if (sub)
                type = sub;
        }
    }
    KrObject *o = exc_alloc(type, NULL, 0);
    if (!o)
        return NULL;
    if (oserror_parse(o, args, nargs) < 0) {
        kr_decref(o);
        return NULL;
    }
    return o;
}

static int OSError_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (no_kw(self, kwnames) < 0)
        return -1;
    return oserror_parse(self, args, nargs);
}

static KrObject *OSError_str(KrObject *self)
{
    KrOSErrorObject *e = OE(self);
    if (!e->filename && !(e->myerrno && e->strerror))
        return BaseException_str(self);
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "[Errno ");
    if (buf_put_str(&b, e->myerrno ? e->myerrno : Kr_None, 0) < 0)
        goto error;
    kr_buf_puts(&b, "] ");
    if (buf_put_str(&b, e->strerror ? e->strerror : Kr_None, 0) < 0)
        goto error;
    if (e->filename) {
        kr_buf_puts(&b, ": ");
        if (buf_put_str(&b, e->filename, 1) < 0)
            goto error;
        if (e->filename2) {
            kr_buf_puts(&b, " -> ");
            if (buf_put_str(&b, e->filename2, 1) < 0)
                goto error;
        }
    }
    return buf_finish(&b);
error:
    kr_buf_free(&b);
    return NULL;
}

static KrObject *OSError_reduce(KrObject *self, KrObject *unused)
{
    KrOSErrorObject *e = OE(self);
    KrObject *args = e->base.args ? kr_newref(e->base.args) : kr_newref(kr_tuple_empty());
    if (KR_TUPLE_LEN(args) == 2 && e->filename) {
        KrObject *n = kr_tuple_new(e->filename2 ? 5 : 3);
        if (!n) {
            kr_decref(args);
            return NULL;
        }
        KR_TUPLE_SET(n, 0, kr_newref(KR_TUPLE_GET(args, 0)));
        KR_TUPLE_SET(n, 1, kr_newref(KR_TUPLE_GET(args, 1)));
        KR_TUPLE_SET(n, 2, kr_newref(e->filename));
        if (e->filename2) {
            KR_TUPLE_SET(n, 3, kr_newref(Kr_None));
            KR_TUPLE_SET(n, 4, kr_newref(e->filename2));
        }
        KR_SETREF(args, n);
    }
    KrObject *r;
    if (e->base.dict && KR_DICT_LEN(e->base.dict) > 0)
        r = kr_tuple_pack(3, (KrObject *)KR_TYPE(self), args, e->base.dict);
    else
        r = kr_tuple_pack(2, (KrObject *)KR_TYPE(self), args);
    kr_decref(args);
    return r;
}

static KrObject *OSError_get_written(KrObject *self, void *c)
{
    if (!OE(self)->written) {
        kr_err_set_string(KrExc_AttributeError, "characters_written");
        return NULL;
    }
    return kr_newref(OE(self)->written);
}

static int OSError_set_written(KrObject *self, KrObject *v, void *c)
{
    if (!v) {
        if (!OE(self)->written) {
            kr_err_set_string(KrExc_AttributeError, "characters_written");
            return -1;
        }
        KR_CLEAR(OE(self)->written);
        return 0;
    }
    ssize_t n = kr_number_as_ssize(v, (KrObject *)KrExc_ValueError);
    if (n == -1 && kr_err_occurred())
        return -1;
    KrObject *w = kr_int_from_ssize(n);
    if (!w)
        return -1;
    KR_SETREF(OE(self)->written, w);
    return 0;
}

static KrMethodDef OSError_methods[] = {
    {"__reduce__", KR_CFUNC(OSError_reduce), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static KrMemberDef OSError_members[] = {
    {"errno", KR_T_OBJECT, offsetof(KrOSErrorObject, myerrno), 0, "POSIX exception code"},
    {"strerror", KR_T_OBJECT, offsetof(KrOSErrorObject, strerror), 0, "exception strerror"},
    {"filename", KR_T_OBJECT, offsetof(KrOSErrorObject, filename), 0, "exception filename"},
    {"filename2", KR_T_OBJECT, offsetof(KrOSErrorObject, filename2), 0, "second exception filename"},
    {NULL, 0, 0, 0, NULL}
};

static KrGetSetDef OSError_getset[] = {
    {"characters_written", OSError_get_written, OSError_set_written, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

EXC_TYPE_FULL(OSError, &KrExc_Exception_Type, KrOSErrorObject, OSError, OSError_str,
              NULL, OSError_methods, OSError_members, OSError_getset,
              "Base class for I/O related errors.")
#define EXC_OS(NAME, BASE, DOC) \
    EXC_TYPE_FULL(NAME, &KrExc_##BASE##_Type, KrOSErrorObject, OSError, NULL, \
                  NULL, NULL, NULL, NULL, DOC)
EXC_OS(BlockingIOError, OSError, "I/O operation would block.")
EXC_OS(ChildProcessError, OSError, "Child process error.")
EXC_OS(ConnectionError, OSError, "Connection error.")
EXC_OS(BrokenPipeError, ConnectionError, "Broken pipe.")
EXC_OS(ConnectionAbortedError, ConnectionError, "Connection aborted.")
EXC_OS(ConnectionRefusedError, ConnectionError, "Connection refused.")
EXC_OS(ConnectionResetError, ConnectionError, "Connection reset.")
EXC_OS(FileExistsError, OSError, "File already exists.")
EXC_OS(FileNotFoundError, OSError, "File not found.")
EXC_OS(InterruptedError, OSError, "Interrupted by signal.")
EXC_OS(IsADirectoryError, OSError, "Operation doesn't work on directories.")
EXC_OS(NotADirectoryError, OSError, "Operation only works on directories.")
EXC_OS(PermissionError, OSError, "Not enough permissions.")
EXC_OS(ProcessLookupError, OSError, "Process not found.")
EXC_OS(TimeoutError, OSError, "Timeout expired.")

/* ---- Unicode errors ------------------------------------------------------ */

#define UE(o) ((KrUnicodeErrorObject *)(o))

static int UnicodeErr_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(UE(o)->encoding);
    KR_VISIT(UE(o)->object);
    KR_VISIT(UE(o)->reason);
    return base_traverse_fields(EXC(o), visit, arg);
}

static int UnicodeErr_clear(KrObject *o)
{
    KR_CLEAR(UE(o)->encoding);
    KR_CLEAR(UE(o)->object);
    KR_CLEAR(UE(o)->reason);
    base_clear_fields(EXC(o));
    return 0;
}

static void UnicodeErr_dealloc(KrObject *o) { exc_free(o, UnicodeErr_clear); }

static KrObject *UnicodeErr_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                                KrObject *kwnames)
{
    return exc_alloc(type, args, nargs);
}

static int want_str(KrObject *o, int argno, const char *fname)
{
    if (!KR_STR_CHECK(o)) {
        kr_err_format(KrExc_TypeError, "argument %d must be str, not %s", argno, arg_type_name(o));
        return -1;
    }
    return 0;
}

static int want_ssize(KrObject *o, ssize_t *out)
{
    *out = kr_number_as_ssize(o, (KrObject *)KrExc_OverflowError);
    return (*out == -1 && kr_err_occurred()) ? -1 : 0;
}

static int unicode_arity(KrObject *self, ssize_t nargs, ssize_t want)
{
    if (nargs != want) {
        kr_err_format(KrExc_TypeError, "function takes exactly %zd arguments (%zd given)", want, nargs);
        return -1;
    }
    return 0;
}

/* UnicodeEncodeError(encoding, object, start, end, reason) */
static int UnicodeEncodeError_init(KrObject *self, KrObject *const *args, ssize_t nargs,
                                   KrObject *kwnames)
{
    if (BaseException_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (unicode_arity(self, nargs, 5) < 0)
        return -1;
    ssize_t start, end;
    if (want_str(args[0], 1, "UnicodeEncodeError") < 0 || want_str(args[1], 2, "UnicodeEncodeError") < 0 ||
        want_ssize(args[2], &start) < 0 || want_ssize(args[3], &end) < 0 ||
        want_str(args[4], 5, "UnicodeEncodeError") < 0)
        return -1;
    KrUnicodeErrorObject *u = UE(self);
    KR_SETREF(u->encoding, kr_newref(args[0]));
    KR_SETREF(u->object, kr_newref(args[1]));
    KR_SETREF(u->reason, kr_newref(args[4]));
    u->start = start;
    u->end = end;
    return 0;
}

static int UnicodeDecodeError_init(KrObject *self, KrObject *const *args, ssize_t nargs,
                                   KrObject *kwnames)
{
    if (BaseException_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (unicode_arity(self, nargs, 5) < 0)
        return -1;
    ssize_t start, end;
    if (want_str(args[0], 1, "UnicodeDecodeError") < 0)
        return -1;
    KrObject *obj;
    if (KR_BYTES_CHECK(args[1])) {
        obj = kr_newref(args[1]);
    } else {
        KrBuffer view;
        if (kr_object_get_buffer(args[1], &view, KR_BUF_SIMPLE) < 0)
            return -1;
        obj = kr_bytes_from_data(view.buf, view.len);
        kr_buffer_release(&view);
        if (!obj)
            return -1;
    }
    if (want_ssize(args[2], &start) < 0 || want_ssize(args[3], &end) < 0 ||
        want_str(args[4], 5, "UnicodeDecodeError") < 0) {
        kr_decref(obj);
        return -1;
    }
    KrUnicodeErrorObject *u = UE(self);
    KR_SETREF(u->encoding, kr_newref(args[0]));
    KR_SETREF(u->object, obj);
    KR_SETREF(u->reason, kr_newref(args[4]));
    u->start = start;
    u->end = end;
    return 0;
}

static int UnicodeTranslateError_init(KrObject *self, KrObject *const *args, ssize_t nargs,
                                      KrObject *kwnames)
{
    if (BaseException_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (unicode_arity(self, nargs, 4) < 0)
        return -1;
    ssize_t start, end;
    if (want_str(args[0], 1, "UnicodeTranslateError") < 0 || want_ssize(args[1], &start) < 0 ||
        want_ssize(args[2], &end) < 0 || want_str(args[3], 4, "UnicodeTranslateError") < 0)
        return -1;
    KrUnicodeErrorObject *u = UE(self);
    KR_CLEAR(u->encoding);
    KR_SETREF(u->object, kr_newref(args[0]));
    KR_SETREF(u->reason, kr_newref(args[3]));
    u->start = start;
    u->end = end;
    return 0;
}

static void fmt_badchar(KrBuf *b, uint32_t ch)
{
    if (ch <= 0xff)
        kr_buf_printf(b, "'\\x%02x'", ch);
    else if (ch <= 0xffff)
        kr_buf_printf(b, "'\\u%04x'", ch);
    else
        kr_buf_printf(b, "'\\U%08x'", ch);
}

/* shared by the three str()s: kind 'e'ncode, 'd'ecode, 't'ranslate */
static KrObject *unicode_err_str(KrObject *self, char kind)
{
    KrUnicodeErrorObject *u = UE(self);
    if (!u->object)
        return kr_newref(kr_str_empty());
    KrBuf b;
    kr_buf_init(&b);
    if (kind != 't') {
        kr_buf_putc(&b, '\'');
        if (buf_put_str(&b, u->encoding ? u->encoding : Kr_None, 0) < 0)
            goto error;
        kr_buf_puts(&b, "' codec can't ");
        kr_buf_puts(&b, kind == 'e' ? "encode " : "decode ");
    } else {
        kr_buf_puts(&b, "can't translate ");
    }
    ssize_t len = kind == 'd' ? (KR_BYTES_CHECK(u->object) ? KR_BYTES_LEN(u->object) : 0)
                              : (KR_STR_CHECK(u->object) ? KR_STR_LEN(u->object) : 0);
    ssize_t start = u->start, end = u->end;
    if (start >= 0 && start < len && end >= 0 && end <= len && end == start + 1) {
        if (kind == 'd') {
            kr_buf_printf(&b, "byte 0x%02x", (unsigned char)KR_BYTES_DATA(u->object)[start]);
        } else {
            kr_buf_puts(&b, "character ");
            fmt_badchar(&b, KR_STR_READ(u->object, start));
        }
        kr_buf_printf(&b, " in position %zd: ", start);
    } else {
        kr_buf_printf(&b, "%s in position %zd-%zd: ", kind == 'd' ? "bytes" : "characters", start,
                      end - 1);
    }
    if (buf_put_str(&b, u->reason ? u->reason : Kr_None, 0) < 0)
        goto error;
    return buf_finish(&b);
error:
    kr_buf_free(&b);
    return NULL;
}

static KrObject *UnicodeEncodeError_str(KrObject *self) { return unicode_err_str(self, 'e'); }
static KrObject *UnicodeDecodeError_str(KrObject *self) { return unicode_err_str(self, 'd'); }
static KrObject *UnicodeTranslateError_str(KrObject *self) { return unicode_err_str(self, 't'); }

static KrMemberDef UnicodeError_members[] = {
    {"encoding", KR_T_OBJECT, offsetof(KrUnicodeErrorObject, encoding), 0, "exception encoding"},
    {"object", KR_T_OBJECT, offsetof(KrUnicodeErrorObject, object), 0, "exception object"},
    {"start", KR_T_SSIZE, offsetof(KrUnicodeErrorObject, start), 0, "exception start"},
    {"end", KR_T_SSIZE, offsetof(KrUnicodeErrorObject, end), 0, "exception end"},
    {"reason", KR_T_OBJECT, offsetof(KrUnicodeErrorObject, reason), 0, "exception reason"},
    {NULL, 0, 0, 0, NULL}
};

#define UnicodeEncodeError_traverse UnicodeErr_traverse
#define UnicodeEncodeError_clear UnicodeErr_clear
#define UnicodeEncodeError_dealloc UnicodeErr_dealloc
#define UnicodeEncodeError_new UnicodeErr_new
#define UnicodeDecodeError_traverse UnicodeErr_traverse
#define UnicodeDecodeError_clear UnicodeErr_clear
#define UnicodeDecodeError_dealloc UnicodeErr_dealloc
#define UnicodeDecodeError_new UnicodeErr_new
#define UnicodeTranslateError_traverse UnicodeErr_traverse
#define UnicodeTranslateError_clear UnicodeErr_clear
#define UnicodeTranslateError_dealloc UnicodeErr_dealloc
#define UnicodeTranslateError_new UnicodeErr_new

EXC_TYPE_FULL(UnicodeEncodeError, &KrExc_UnicodeError_Type, KrUnicodeErrorObject, UnicodeEncodeError,
              UnicodeEncodeError_str, NULL, NULL, UnicodeError_members, NULL,
              "Unicode encoding error.")
EXC_TYPE_FULL(UnicodeDecodeError, &KrExc_UnicodeError_Type, KrUnicodeErrorObject, UnicodeDecodeError,
              UnicodeDecodeError_str, NULL, NULL, UnicodeError_members, NULL,
              "Unicode decoding error.")
EXC_TYPE_FULL(UnicodeTranslateError, &KrExc_UnicodeError_Type, KrUnicodeErrorObject,
              UnicodeTranslateError, UnicodeTranslateError_str, NULL, NULL,
              UnicodeError_members, NULL, "Unicode translation error.")

/* ---- BaseExceptionGroup / ExceptionGroup -------------------------------- */

#define EG(o) ((KrBaseExceptionGroupObject *)(o))

static int BaseExceptionGroup_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(EG(o)->msg);
    KR_VISIT(EG(o)->excs);
    return base_traverse_fields(EXC(o), visit, arg);
}

static int BaseExceptionGroup_clear(KrObject *o)
{
    KR_CLEAR(EG(o)->msg);
    KR_CLEAR(EG(o)->excs);
    base_clear_fields(EXC(o));
    return 0;
}

static void BaseExceptionGroup_dealloc(KrObject *o) { exc_free(o, BaseExceptionGroup_clear); }

static KrObject *BaseExceptionGroup_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                                        KrObject *kwnames)
{
    if (kwnames && KR_TUPLE_LEN(kwnames) > 0) {
        kr_err_format(KrExc_TypeError, "%s() takes no keyword arguments", type->tp_name);
        return NULL;
    }
    if (nargs != 2) {
        kr_err_format(KrExc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)",
                      nargs);
        return NULL;
    }
    KrObject *message = args[0], *excs_in = args[1];
    if (!KR_STR_CHECK(message)) {
        kr_err_format(KrExc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                      arg_type_name(message));
        return NULL;
    }
    if (KR_ANYSET_CHECK(excs_in) || KR_DICT_CHECK(excs_in) || !KR_TYPE(excs_in)->tp_as_sequence ||
        !KR_TYPE(excs_in)->tp_as_sequence->sq_item) {
        kr_err_set_string(KrExc_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    KrObject *excs = kr_sequence_tuple(excs_in);
    if (!excs)
        return NULL;
    ssize_t n = KR_TUPLE_LEN(excs);
    if (n == 0) {
        kr_err_set_string(KrExc_ValueError, "second argument (exceptions) must be a non-empty sequence");
        goto error;
    }
    int nested_base = 0;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *e = KR_TUPLE_GET(excs, i);
        if (!KR_IS_EXC(e)) {
            kr_err_format(KrExc_ValueError, "Item %zd of second argument (exceptions) is not an exception", i);
            goto error;
        }
        if (!KR_TYPE_CHECK(e, &KrExc_Exception_Type))
            nested_base = 1;
    }
    if (type == &KrExc_BaseExceptionGroup_Type) {
        if (!nested_base)
            type = &KrExc_ExceptionGroup_Type;
    } else if (type == &KrExc_ExceptionGroup_Type) {
        if (nested_base) {
            kr_err_set_string(KrExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            goto error;
        }
    } else if (nested_base && kr_type_is_subtype(type, &KrExc_Exception_Type)) {
        kr_err_format(KrExc_TypeError, "Cannot nest BaseExceptions in '%s'", type->tp_name);
        goto error;
    }
    KrObject *o = exc_alloc(type, args, nargs);
    if (!o)
        goto error;
    EG(o)->msg = kr_newref(message);
    EG(o)->excs = excs;
    return o;
error:
    kr_decref(excs);
    return NULL;
}

static int BaseExceptionGroup_init(KrObject *self, KrObject *const *args, ssize_t nargs,
                                   KrObject *kwnames)
{
    if (kwnames && KR_TUPLE_LEN(kwnames) > 0) {
        kr_err_format(KrExc_TypeError, "%s() takes no keyword arguments", KR_TYPE(self)->tp_name);
        return -1;
    }
    return set_args(self, args, nargs);
}

static KrObject *BaseExceptionGroup_str(KrObject *self)
{
    KrBaseExceptionGroupObject *g = EG(self);
    ssize_t n = g->excs ? KR_TUPLE_LEN(g->excs) : 0;
    KrBuf b;
    kr_buf_init(&b);
    if (buf_put_str(&b, g->msg ? g->msg : Kr_None, 0) < 0) {
        kr_buf_free(&b);
        return NULL;
    }
    kr_buf_printf(&b, " (%zd sub-exception%s)", n, n == 1 ? "" : "s");
    return buf_finish(&b);
}

static KrObject *BaseExceptionGroup_derive(KrObject *self, KrObject *excs)
{
    KrObject *args[2] = {EG(self)->msg ? EG(self)->msg : Kr_None, excs};
    return kr_object_vectorcall((KrObject *)&KrExc_BaseExceptionGroup_Type, args, 2, NULL);
}

/* a matcher is an exception type, a tuple of them, or a predicate */
enum { MATCH_TYPE, MATCH_PRED };

static int matcher_kind(KrObject *m)
{
    if (kr_callable_check(m) && !KR_TYPE_OBJ_CHECK(m))
        return MATCH_PRED;
    if (KR_TYPE_OBJ_CHECK(m) && KR_IS_EXC_TYPE(m))
        return MATCH_TYPE;
    if (KR_TUPLE_CHECK(m)) {
        for (ssize_t i = 0; i < KR_TUPLE_LEN(m); i++) {
            KrObject *t = KR_TUPLE_GET(m, i);
            if (!KR_TYPE_OBJ_CHECK(t) || !KR_IS_EXC_TYPE(t))
                goto bad;
        }
        return MATCH_TYPE;
    }
bad:
    kr_err_set_string(KrExc_TypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

static int matcher_test(KrObject *m, int kind, KrObject *exc)
{
    if (kind == MATCH_TYPE)
        return kr_err_given_matches(exc, m);
    KrObject *r = kr_object_call_one(m, exc);
    if (!r)
        return -1;
    int t = kr_object_is_true(r);
    kr_decref(r);
    return t;
}

static int copy_group_metadata(KrObject *src, KrObject *dst)
{
    KrBaseExceptionObject *s = EXC(src), *d = EXC(dst);
    KR_SETREF(d->traceback, kr_xnewref(s->traceback));
    KR_SETREF(d->context, kr_xnewref(s->context));
    KR_SETREF(d->cause, kr_xnewref(s->cause));
    if (s->notes) {
        KrObject *copy = kr_sequence_list(s->notes);
        if (!copy)
            return -1;
        KR_SETREF(d->notes, copy);
    }
    return 0;
}

static KrObject *derive_and_copy(KrObject *eg, KrObject *excs_list)
{
    KrObject *r = kr_object_call_method_str(eg, "derive", &excs_list, 1);
    if (!r)
        return NULL;
    if (!KR_TYPE_CHECK(r, &KrExc_BaseExceptionGroup_Type)) {
        kr_decref(r);
        kr_err_set_string(KrExc_TypeError, "derive must return an instance of BaseExceptionGroup");
        return NULL;
    }
    if (copy_group_metadata(eg, r) < 0) {
        kr_decref(r);
        return NULL;
    }
    return r;
}

/* split exc by the matcher: *match and *rest become new refs or NULL */
static int group_split(KrObject *exc, KrObject *m, int kind, int want_rest, KrObject **match,
                       KrObject **rest)
{
    *match = *rest = NULL;
    int t = matcher_test(m, kind, exc);
    if (t < 0)
        return -1;
    if (t) {
        *match = kr_newref(exc);
        return 0;
    }
    if (!KR_TYPE_CHECK(exc, &KrExc_BaseExceptionGroup_Type)) {
        if (want_rest)
            *rest = kr_newref(exc);
        return 0;
    }
    if (kr_enter_recursive_call(" in split()") < 0)
        return -1;
    KrObject *ml = kr_list_new(0), *rl = kr_list_new(0);
    int ret = -1;
    if (!ml || !rl)
        goto done;
    KrObject *excs = EG(exc)->excs;
    for (ssize_t i = 0; excs && i < KR_TUPLE_LEN(excs); i++) {
        KrObject *sm, *sr;
        if (group_split(KR_TUPLE_GET(excs, i), m, kind, want_rest, &sm, &sr) < 0)
            goto done;
        if (sm && kr_list_append_steal(ml, sm) < 0) {
            kr_xdecref(sr);
            goto done;
        }
        if (sr && kr_list_append_steal(rl, sr) < 0)
            goto done;
    }
    if (KR_LIST_LEN(ml) > 0 && !(*match = derive_and_copy(exc, ml)))
        goto done;
    if (want_rest && KR_LIST_LEN(rl) > 0 && !(*rest = derive_and_copy(exc, rl))) {
        KR_CLEAR(*match);
        goto done;
    }
    ret = 0;
done:
    kr_leave_recursive_call();
    kr_xdecref(ml);
    kr_xdecref(rl);
    return ret;
}

static KrObject *BaseExceptionGroup_split(KrObject *self, KrObject *m)
{
    int kind = matcher_kind(m);
    if (kind < 0)
        return NULL;
    KrObject *match, *rest;
    if (group_split(self, m, kind, 1, &match, &rest) < 0)
        return NULL;
    KrObject *r = kr_tuple_pack(2, match ? match : Kr_None, rest ? rest : Kr_None);
    kr_xdecref(match);
    kr_xdecref(rest);
    return r;
}

static KrObject *BaseExceptionGroup_subgroup(KrObject *self, KrObject *m)
{
    int kind = matcher_kind(m);
    if (kind < 0)
        return NULL;
    KrObject *match, *rest;
    if (group_split(self, m, kind, 0, &match, &rest) < 0)
        return NULL;
    kr_xdecref(rest);
    return match ? match : kr_newref(Kr_None);
}

static KrMethodDef BaseExceptionGroup_methods[] = {
    {"derive", KR_CFUNC(BaseExceptionGroup_derive), KR_METH_O, NULL},
    {"split", KR_CFUNC(BaseExceptionGroup_split), KR_METH_O, NULL},
    {"subgroup", KR_CFUNC(BaseExceptionGroup_subgroup), KR_METH_O, NULL},
    {"__class_getitem__", KR_CFUNC(kr_container_class_getitem), KR_METH_O | KR_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL}
};

static KrMemberDef BaseExceptionGroup_members[] = {
    {"message", KR_T_OBJECT, offsetof(KrBaseExceptionGroupObject, msg), KR_READONLY, "exception message"},
    {"exceptions", KR_T_OBJECT, offsetof(KrBaseExceptionGroupObject, excs), KR_READONLY, "nested exceptions"},
    {NULL, 0, 0, 0, NULL}
};

EXC_TYPE_FULL(BaseExceptionGroup, &KrExc_BaseException_Type, KrBaseExceptionGroupObject,
              BaseExceptionGroup, BaseExceptionGroup_str, NULL,
              BaseExceptionGroup_methods, BaseExceptionGroup_members, NULL,
              "A combination of multiple unrelated exceptions.")

/* ExceptionGroup has two bases; a static tuple laid out like KrTupleObject
 * names them before the type is readied */
static struct {
    KrObject_VAR_HEAD
    kr_hash_t hash;
    KrObject *items[2];
} exceptiongroup_bases = {
    KR_STATIC_VAR_HEAD(&KrTuple_Type, 2), -1,
    { (KrObject *)&KrExc_BaseExceptionGroup_Type, (KrObject *)&KrExc_Exception_Type }
};

KrTypeObject KrExc_ExceptionGroup_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "ExceptionGroup",
    .tp_basicsize = sizeof(KrBaseExceptionGroupObject),
    .tp_dealloc = BaseExceptionGroup_dealloc,
    .tp_flags = EXC_FLAGS,
    .tp_traverse = BaseExceptionGroup_traverse,
    .tp_clear = BaseExceptionGroup_clear,
    .tp_base = &KrExc_BaseExceptionGroup_Type,
    .tp_bases = (KrObject *)&exceptiongroup_bases,
    .tp_dictoffset = offsetof(KrBaseExceptionObject, dict),
    .tp_init = BaseExceptionGroup_init,
    .tp_new = BaseExceptionGroup_new,
    .tp_free = kr_object_free,
};

/* ---- except* ------------------------------------------------------------ */

static int check_except_star_type(KrObject *t)
{
    if (KR_TUPLE_CHECK(t)) {
        for (ssize_t i = 0; i < KR_TUPLE_LEN(t); i++)
            if (check_except_star_type(KR_TUPLE_GET(t, i)) < 0)
                return -1;
        return 0;
    }
    if (!KR_TYPE_OBJ_CHECK(t) || !KR_IS_EXC_TYPE(t)) {
        kr_err_set_string(KrExc_TypeError,
                          "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    if (kr_type_is_subtype((KrTypeObject *)t, &KrExc_BaseExceptionGroup_Type)) {
        kr_err_set_string(KrExc_TypeError,
                          "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

int kr_exc_group_match(KrObject *exc, KrObject *match_type, KrObject **match, KrObject **rest)
{
    *match = *rest = NULL;
    if (check_except_star_type(match_type) < 0)
        return -1;
    if (!exc || exc == Kr_None) {
        *match = kr_newref(Kr_None);
        *rest = kr_newref(Kr_None);
        return 0;
    }
    int is_group = KR_TYPE_CHECK(exc, &KrExc_BaseExceptionGroup_Type);
    if (kr_err_given_matches(exc, match_type)) {
        if (is_group) {
            *match = kr_newref(exc);
        } else {
            /* CPython wraps a naked exception in a group made from a tuple,
             * which its repr shows */
            KrObject *lst = kr_tuple_pack(1, exc);
            if (!lst)
                return -1;
            KrObject *args[2] = {kr_str_empty(), lst};
            KrObject *g = kr_exc_new(&KrExc_BaseExceptionGroup_Type, args, 2);
            kr_decref(lst);
            if (!g)
                return -1;
            KR_SETREF(EXC(g)->traceback, kr_xnewref(EXC(exc)->traceback));
            *match = g;
        }
        *rest = kr_newref(Kr_None);
        return 0;
    }
    if (is_group) {
        KrObject *pair = kr_object_call_method_str(exc, "split", &match_type, 1);
        if (!pair)
            return -1;
        if (!KR_TUPLE_CHECK(pair) || KR_TUPLE_LEN(pair) != 2) {
            kr_decref(pair);
            kr_err_set_string(KrExc_TypeError, "X.split(T) must return a tuple, not something else");
            return -1;
        }
        *match = kr_newref(KR_TUPLE_GET(pair, 0));
        *rest = kr_newref(KR_TUPLE_GET(pair, 1));
        kr_decref(pair);
        return 0;
    }
    *match = kr_newref(Kr_None);
    *rest = kr_newref(exc);
    return 0;
}

/* ids of the leaf exceptions of e, into the set ids */
static int collect_leaf_ids(KrObject *e, KrObject *ids)
{
    if (!e || e == Kr_None)
        return 0;
    if (!KR_TYPE_CHECK(e, &KrExc_BaseExceptionGroup_Type)) {
        KrObject *id = kr_int_from_u64((uint64_t)(uintptr_t)e);
        if (!id)
            return -1;
        int r = kr_set_add(ids, id);
        kr_decref(id);
        return r;
    }
    if (kr_enter_recursive_call(" in collect_exception_group_leaf_ids") < 0)
        return -1;
    KrObject *excs = EG(e)->excs;
    int r = 0;
    for (ssize_t i = 0; excs && i < KR_TUPLE_LEN(excs) && r == 0; i++)
        r = collect_leaf_ids(KR_TUPLE_GET(excs, i), ids);
    kr_leave_recursive_call();
    return r;
}

/* the part of eg made of the leaves that appear in keep (by identity) */
static int leaf_in(KrObject *ids, KrObject *e)
{
    KrObject *id = kr_int_from_u64((uint64_t)(uintptr_t)e);
    if (!id)
        return -1;
    int r = kr_set_contains(ids, id);
    kr_decref(id);
    return r;
}

static int project_split(KrObject *exc, KrObject *ids, KrObject **match)
{
    *match = NULL;
    if (!KR_TYPE_CHECK(exc, &KrExc_BaseExceptionGroup_Type)) {
        int r = leaf_in(ids, exc);
        if (r > 0)
            *match = kr_newref(exc);
        return r < 0 ? -1 : 0;
    }
    if (kr_enter_recursive_call(" in exception_group_projection") < 0)
        return -1;
    KrObject *ml = kr_list_new(0);
    int ret = -1;
    if (!ml)
        goto done;
    KrObject *excs = EG(exc)->excs;
    for (ssize_t i = 0; excs && i < KR_TUPLE_LEN(excs); i++) {
        KrObject *sm;
        if (project_split(KR_TUPLE_GET(excs, i), ids, &sm) < 0)
            goto done;
        if (sm && kr_list_append_steal(ml, sm) < 0)
            goto done;
    }
    if (KR_LIST_LEN(ml) > 0 && !(*match = derive_and_copy(exc, ml)))
        goto done;
    ret = 0;
done:
    kr_leave_recursive_call();
    kr_xdecref(ml);
    return ret;
}

static KrObject *group_projection(KrObject *eg, KrObject *keep)
{
    if (KR_LIST_LEN(keep) == 0)
        return kr_newref(Kr_None);
    KrObject *ids = kr_set_new(NULL);
    if (!ids)
        return NULL;
    KrObject *match = NULL;
    for (ssize_t i = 0; i < KR_LIST_LEN(keep); i++)
        if (collect_leaf_ids(KR_LIST_GET(keep, i), ids) < 0)
            goto error;
    if (project_split(eg, ids, &match) < 0)
        goto error;
    kr_decref(ids);
    return match ? match : kr_newref(Kr_None);
error:
    kr_decref(ids);
    return NULL;
}

/* split() gives the parts orig's traceback, cause and context (notes are
 * copied, so they cannot be compared by identity) */
static int same_metadata(KrObject *a, KrObject *b)
{
    KrBaseExceptionObject *x = EXC(a), *y = EXC(b);
    return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

KrObject *kr_exc_prep_reraise_star(KrObject *orig, KrObject *raised)
{
    ssize_t n = KR_LIST_CHECK(raised) ? KR_LIST_LEN(raised) : 0;
    if (n == 0)
        return kr_newref(Kr_None);
    if (!KR_TYPE_CHECK(orig, &KrExc_BaseExceptionGroup_Type))
        return kr_newref(KR_LIST_GET(raised, 0));   /* a wrapped naked exception: one clause ran */
    KrObject *raised_list = kr_list_new(0), *reraised_list = kr_list_new(0);
    KrObject *reraised_eg = NULL, *result = NULL;
    if (!raised_list || !reraised_list)
        goto done;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *e = KR_LIST_GET(raised, i);
        if (e == Kr_None || !KR_IS_EXC(e))
            continue;
        int reraise = same_metadata(e, orig);
        if (kr_list_append(reraise ? reraised_list : raised_list, e) < 0)
            goto done;
    }
    reraised_eg = group_projection(orig, reraised_list);
    if (!reraised_eg)
        goto done;
    if (KR_LIST_LEN(raised_list) == 0) {
        result = kr_newref(reraised_eg);
        goto done;
    }
    if (reraised_eg != Kr_None && kr_list_append(raised_list, reraised_eg) < 0)
        goto done;
    if (KR_LIST_LEN(raised_list) > 1) {
        KrObject *args[2] = {kr_str_empty(), raised_list};
        result = kr_exc_new(&KrExc_BaseExceptionGroup_Type, args, 2);
    } else {
        result = kr_newref(KR_LIST_GET(raised_list, 0));
    }
done:
    kr_xdecref(raised_list);
    kr_xdecref(reraised_list);
    kr_xdecref(reraised_eg);
    return result;
}

/* ---- C-level helpers ---------------------------------------------------- */

KrObject *kr_exc_new(KrTypeObject *type, KrObject *const *args, ssize_t nargs)
{
    if (!(type->tp_flags & KR_TPFLAGS_HEAPTYPE) && type->tp_new) {
        KrObject *o = type->tp_new(type, args, nargs, NULL);
        if (!o)
            return NULL;
        if (type->tp_init && KR_TYPE(o) == type && type->tp_init(o, args, nargs, NULL) < 0) {
            kr_decref(o);
            return NULL;
        }
        return o;
    }
    return kr_object_vectorcall((KrObject *)type, args, nargs, NULL);
}

KrObject *kr_exc_get_traceback(KrObject *exc)
{
    return kr_xnewref(EXC(exc)->traceback);
}

void kr_exc_set_traceback(KrObject *exc, KrObject *tb)
{
    if (tb == Kr_None)
        tb = NULL;
    KR_SETREF(EXC(exc)->traceback, kr_xnewref(tb));
}

KrObject *kr_exc_get_context(KrObject *exc)
{
    return kr_xnewref(EXC(exc)->context);
}

void kr_exc_set_context(KrObject *exc, KrObject *ctx)
{
    if (ctx == Kr_None) {
        kr_decref(ctx);
        ctx = NULL;
    }
    KR_SETREF(EXC(exc)->context, ctx);
}

void kr_exc_set_cause(KrObject *exc, KrObject *cause)
{
    if (cause == Kr_None) {
        kr_decref(cause);
        cause = NULL;
    }
    KR_SETREF(EXC(exc)->cause, cause);
    EXC(exc)->suppress_context = 1;
}
