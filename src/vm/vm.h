/* vm.h: the running machine: interpreter and thread state, code objects,
 * frames, functions, cells, generators, tracebacks, the eval loop, imports
 * and the GIL.
 *
 * State: there is no process-global mutable state.  A KrInterp owns its
 * modules, builtins, GIL, collector state and allocation counters; a
 * KrThreadState belongs to one OS thread running in one interpreter.  The
 * current thread state is found through a C11 _Thread_local pointer, which
 * is per OS thread, so several interpreters can run in parallel.
 *
 * Frames: KrFrame lives on a per-thread stack of chunks (no malloc per
 * call): locals, cells, free variables and the value stack are one array,
 * localsplus.  A frame object (KrFrameObject) is made only when Python code
 * asks for one (sys._getframe, tracebacks).
 */
#ifndef KR_VM_H
#define KR_VM_H

#include <pthread.h>
#include "../object/object.h"

/* ---- opcodes ---- */
enum {
#define OP(name, flags, effect, doc) KR_OP_##name,
#include "../compiler/opcodes.def"
#undef OP
    KR_OP_COUNT
};
enum { KR_OPF_ARG = 1, KR_OPF_CONST = 2, KR_OPF_NAME = 4, KR_OPF_LOCAL = 8, KR_OPF_FREE = 16,
       KR_OPF_JUMP = 32, KR_OPF_CMP = 64 };
extern const char *const kr_opcode_names[KR_OP_COUNT];
extern const int kr_opcode_flags[KR_OP_COUNT];
typedef uint32_t kr_instr;
#define KR_INSTR_OP(w) ((int)((w) & 0xff))
#define KR_INSTR_ARG(w) ((int)((w) >> 8))
#define KR_MAKE_INSTR(op, arg) ((kr_instr)(op) | ((kr_instr)(arg) << 8))

/* ---- code objects (src/object/code.c) ---- */
/* co_flags, CPython's values */
enum {
    KR_CO_OPTIMIZED = 0x1, KR_CO_NEWLOCALS = 0x2, KR_CO_VARARGS = 0x4, KR_CO_VARKEYWORDS = 0x8,
    KR_CO_NESTED = 0x10, KR_CO_GENERATOR = 0x20, KR_CO_NOFREE = 0x40, KR_CO_COROUTINE = 0x80,
    KR_CO_ITERABLE_COROUTINE = 0x100, KR_CO_ASYNC_GENERATOR = 0x200,
};
/* kinds of localsplus slots (co_localspluskinds), CPython's values */
enum { KR_FAST_HIDDEN = 0x10, KR_FAST_LOCAL = 0x20, KR_FAST_CELL = 0x40, KR_FAST_FREE = 0x80 };

/* exception table entry: instructions [start, end) are covered; on an
 * exception the value stack is cut to `depth`, lasti is pushed if
 * push_lasti, then the exception, and execution continues at target */
typedef struct KrExcEntry {
    int32_t start, end, target, depth;
    int32_t push_lasti;
} KrExcEntry;

/* source span of one instruction; lines 1-based, columns 0-based UTF-8
 * byte offsets as CPython's co_positions(); -1 when unknown */
typedef struct KrPosition {
    int32_t lineno, end_lineno, col, end_col;
} KrPosition;

typedef struct KrCodeObject {
    KrObject_HEAD
    kr_instr *co_instrs;          /* owned */
    int32_t co_ninstrs;
    int32_t co_flags;
    int32_t co_argcount, co_posonlyargcount, co_kwonlyargcount;
    int32_t co_stacksize, co_firstlineno;
    int32_t co_nlocalsplus;       /* locals + cells that are not arguments + free vars */
    int32_t co_nlocals, co_ncellvars, co_nfreevars;
    KrObject *co_consts;          /* tuple */
    KrObject *co_names;           /* tuple of str */
    KrObject *co_localsplusnames; /* tuple of str */
    KrObject *co_localspluskinds; /* bytes, one KR_FAST_* mask per slot */
    KrObject *co_filename, *co_name, *co_qualname;
    KrExcEntry *co_exctab;        /* owned */
    int32_t co_nexctab;
    KrPosition *co_positions;     /* owned, co_ninstrs entries */
    KrObject *co_weakreflist;
    void *co_cache;               /* inline caches, owned by the VM (ceval.c) */
    KrObject *co_extra;           /* lazily built attributes (co_code bytes, ...) */
} KrCodeObject;
extern KrTypeObject KrCode_Type;
#define KR_CODE_CHECK(o) (KR_TYPE(o) == &KrCode_Type)
/* takes ownership of instrs, exctab and positions (kr_mem_alloc'd) */
KrObject *kr_code_new(int32_t argcount, int32_t posonlyargcount, int32_t kwonlyargcount,
                      int32_t stacksize, int32_t flags, int32_t firstlineno,
                      kr_instr *instrs, int32_t ninstrs, KrObject *consts, KrObject *names,
                      KrObject *localsplusnames, KrObject *localspluskinds,
                      KrObject *filename, KrObject *name, KrObject *qualname,
                      KrExcEntry *exctab, int32_t nexctab, KrPosition *positions);
int kr_code_addr_to_line(KrCodeObject *co, int instr_index);   /* -1 if none */

/* ---- interpreter and thread state (state.c) ---- */
typedef struct KrGIL {
    pthread_mutex_t mutex;
    pthread_cond_t cond;
    pthread_cond_t switch_cond;
    int locked;
    void *holder;                 /* KrThreadState of the holder */
    unsigned long switch_number;
    long interval_us;             /* sys.setswitchinterval, default 5000 */
    int waiters;                  /* threads blocked in kr_gil_acquire */
    int enabled;                  /* 0 until a second thread exists: single-threaded runs pay nothing */
} KrGIL;

typedef struct KrGCGeneration {
    KrGCHead head;                /* list head; gc_refs unused */
    int threshold, count;
} KrGCGeneration;

typedef struct KrGCState {
    KrGCGeneration gens[3];
    KrGCHead permanent;           /* gc.freeze() */
    int enabled, collecting, debug;
    KrObject *garbage, *callbacks;  /* lists */
    ssize_t long_lived_total, long_lived_pending;
    ssize_t stats_collections[3], stats_collected[3], stats_uncollectable[3];
    int stress;                   /* collect at every container allocation */
    int scheduled;                /* a collection is due at the next eval-breaker check */
    ssize_t frozen_count;
} KrGCState;

typedef struct KrThreadState KrThreadState;

typedef struct KrInterp {
    struct KrInterp *next;
    KrObject *modules;            /* sys.modules */
    KrObject *builtins;           /* builtins module dict */
    KrObject *sysdict;            /* sys module dict */
    KrObject *builtins_module, *sys_module;
    KrObject *interned;           /* dict: per-interpreter interned strings */
    KrObject *importlib;          /* reserved */
    KrGIL gil;
    KrGCState gc;
    pthread_mutex_t threads_mutex;
    KrThreadState *threads;       /* linked list */
    uint64_t dict_version;        /* source of dict version tags */
    unsigned int type_version;    /* source of type version tags */
    int recursion_limit;          /* sys.setrecursionlimit, default 1000 */
    int int_max_str_digits;       /* sys.set_int_max_str_digits, default 4300 */
    size_t mem_bytes, mem_blocks; /* live allocation totals for this interpreter */
    ssize_t reftotal;             /* references to mortal objects (object.h) */
    size_t mem_peak;
    int optimize;                 /* -O level */
    int dont_write_bytecode;
    int verbose, showrefcount, gilstats, dev_mode;
    KrObject *argv;               /* list */
    KrObject *path;               /* sys.path list */
    KrObject *main_module;
    _Atomic int pending_signals;  /* signal arrived; handled by the main thread */
    unsigned long main_thread_id;
    KrObject *atexit_callbacks;   /* list */
    void *modstate[32];           /* per-interpreter state of C modules (by slot) */
    int finalizing;
    struct KrMemPools *mem_pools; /* small-block pools of core/mem.c, made on first use */
} KrInterp;

typedef struct KrFrame KrFrame;

struct KrThreadState {
    KrThreadState *next, *prev;   /* interp->threads list */
    KrInterp *interp;
    KrObject *curexc;             /* the exception being raised (normalised instance) */
    KrObject *exc_info;           /* the exception being handled (sys.exception()), or NULL */
    KrFrame *frame;               /* innermost running frame */
    int recursion_depth;          /* Python frames */
    int c_recursion_depth;        /* C-level recursion guard */
    /* frame stack: chunks of memory; frames pushed and popped LIFO */
    char *stack_chunk, *stack_top, *stack_limit;
    void *stack_chunks;           /* list of chunks, owned */
    _Atomic int eval_breaker;     /* nonzero: check GIL drop / signals / async exc */
    _Atomic int gil_drop_request;
    KrObject *async_exc;
    unsigned long thread_id;      /* pthread_self as integer */
    long native_id;
    KrObject *dict;               /* per-thread dict (threading.local support) */
    uint64_t gil_switches;        /* times this thread took the GIL after waiting */
    double gil_wait_seconds;
    int tracing;
    void *in_repr;                /* KrObject* list used by kr_repr_enter */
};

/* the current thread's state; never NULL while Python code runs */
extern _Thread_local KrThreadState *kr_tstate_current;
static inline KrThreadState *kr_tstate(void) { return kr_tstate_current; }
static inline KrInterp *kr_interp(void) { return kr_tstate_current->interp; }

void kr_runtime_init(void);                /* process-wide immutable setup, once */
KrInterp *kr_interp_new(void);             /* a fresh interpreter with its main thread state; holds its GIL on return */
void kr_interp_free(KrInterp *interp);     /* finalize: run atexit, wait threads, free everything */
KrThreadState *kr_tstate_new(KrInterp *interp);
void kr_tstate_free(KrThreadState *ts);
void kr_tstate_bind(KrThreadState *ts);    /* make ts current on this OS thread */
void kr_reftotal_fold(KrThreadState *ts);  /* move this thread's reference count delta to ts's interpreter */
ssize_t kr_reftotal(KrInterp *interp);     /* total references to mortal objects (-X showrefcount) */
void kr_tstate_delete_current(void);       /* end of a thread: free its state and release the GIL */

/* ---- the GIL (gil.c) ---- */
void kr_gil_init(KrGIL *gil);
void kr_gil_acquire(KrThreadState *ts);
void kr_gil_release(KrThreadState *ts);
void kr_gil_yield_if_requested(KrThreadState *ts);   /* called by the eval loop on the breaker */
/* wrap a blocking call: no Python object may be touched in between */
#define KR_BEGIN_ALLOW_THREADS { KrThreadState *kr_save_ts_ = kr_tstate(); kr_gil_release(kr_save_ts_);
#define KR_END_ALLOW_THREADS kr_gil_acquire(kr_save_ts_); }

/* ---- frames (frame.c) ---- */
struct KrFrame {
    KrCodeObject *code;           /* strong */
    KrObject *func;               /* strong, or NULL for module code */
    KrObject *globals;            /* borrowed from func/module (kept alive by func or caller) */
    KrObject *builtins;           /* borrowed */
    KrObject *locals;             /* strong, NULL for optimized functions */
    KrFrame *previous;            /* caller */
    KrObject *frame_obj;          /* KrFrameObject made on demand, or NULL */
    kr_instr *ip;                 /* next instruction */
    int stacktop;                 /* index in localsplus of the first free stack slot */
    uint8_t owner;                /* KR_FRAME_OWNED_BY_THREAD / _GENERATOR / _FRAME_OBJECT */
    uint8_t is_entry;             /* C code called into the eval loop here */
    uint8_t is_init;              /* runs __init__ for a class called by the loop: the
                                   * instance is already on the caller's stack */
    KrObject *localsplus[1];      /* locals, cells, frees, then the value stack */
};
enum { KR_FRAME_OWNED_BY_THREAD = 0, KR_FRAME_OWNED_BY_GENERATOR = 1, KR_FRAME_OWNED_BY_FRAME_OBJECT = 2 };
static inline int kr_frame_lasti(KrFrame *f) { return (int)(f->ip - f->code->co_instrs) - 1; }
KrFrame *kr_frame_push(KrThreadState *ts, KrCodeObject *code, KrObject *func,
                       KrObject *globals, KrObject *builtins, KrObject *locals);
void kr_frame_pop(KrThreadState *ts, KrFrame *f);   /* releases localsplus and stack */
int kr_frame_lineno(KrFrame *f);
KrObject *kr_frame_get_object(KrFrame *f);          /* new ref to the frame object */
KrObject *kr_frame_locals(KrFrame *f);              /* locals() / f_locals snapshot dict */

typedef struct KrFrameObject {
    KrObject_HEAD
    KrFrame *f_frame;             /* points into the thread stack, or to owned copy after exit */
    KrObject *f_back;             /* set when the frame is detached */
    int f_lineno;                 /* frozen when detached */
    char f_frame_data[];          /* owned copy of the frame once it has exited */
} KrFrameObject;
extern KrTypeObject KrFrame_Type;

/* ---- functions, methods, cells (func.c) ---- */
typedef struct KrFunctionObject {
    KrObject_HEAD
    KrObject *func_code, *func_globals, *func_builtins, *func_name, *func_qualname;
    KrObject *func_defaults;      /* tuple or NULL */
    KrObject *func_kwdefaults;    /* dict or NULL */
    KrObject *func_closure;       /* tuple of cells or NULL */
    KrObject *func_doc, *func_dict, *func_module, *func_annotations, *func_weakreflist;
    KrObject *func_typeparams;
    kr_vectorcall vectorcall;
    uint32_t func_version;
} KrFunctionObject;
typedef struct KrMethodObject {
    KrObject_HEAD
    KrObject *im_func, *im_self, *im_weakreflist;
    kr_vectorcall vectorcall;
} KrMethodObject;
typedef struct KrCellObject {
    KrObject_HEAD
    KrObject *ob_ref;             /* NULL when empty */
} KrCellObject;
extern KrTypeObject KrFunction_Type, KrMethod_Type, KrCell_Type, KrGenerator_Type,
    KrTraceback_Type;
#define KR_FUNCTION_CHECK(o) (KR_TYPE(o) == &KrFunction_Type)
#define KR_METHOD_CHECK(o) (KR_TYPE(o) == &KrMethod_Type)
KrObject *kr_function_new(KrObject *code, KrObject *globals, KrObject *qualname);
KrObject *kr_method_new(KrObject *func, KrObject *self);
KrObject *kr_cell_new(KrObject *v);

/* ---- generators (gen.c) ---- */
typedef struct KrGenObject {
    KrObject_HEAD
    KrObject *gi_name, *gi_qualname, *gi_weakreflist;
    KrObject *gi_code;
    int8_t gi_state;              /* created, suspended, running, completed */
    KrFrame *gi_frame;            /* points into gi_frame_data */
    char gi_frame_data[];         /* the frame lives inside the generator */
} KrGenObject;
enum { KR_GEN_CREATED, KR_GEN_SUSPENDED, KR_GEN_RUNNING, KR_GEN_CLEARED, KR_GEN_COMPLETED };
KrObject *kr_gen_new_from_frame(KrFrame *f);           /* used by the call path */
/* send into a generator: 1 yielded (*result), 0 returned (*result is the return value), -1 error */
int kr_gen_send(KrObject *gen, KrObject *arg, KrObject **result);

/* ---- tracebacks (traceback.c) ---- */
typedef struct KrTracebackObject {
    KrObject_HEAD
    KrObject *tb_next;            /* KrTracebackObject or NULL */
    KrObject *tb_frame;           /* KrFrameObject */
    int tb_lasti, tb_lineno;
} KrTracebackObject;
int kr_traceback_add_here(KrFrame *f);                 /* prepend current frame to curexc's traceback */
/* print exc as CPython's default excepthook does, with chaining, source
 * lines and 3.11+ carets, to sys.stderr (falls back to C stderr) */
void kr_err_print_exception(KrObject *exc);
void kr_err_print(void);                               /* print and clear the current exception */

/* ---- the eval loop (ceval.c) and calls (call.c) ---- */
KrObject *kr_eval_code(KrObject *code, KrObject *globals, KrObject *locals);  /* exec/eval/module run */
KrObject *kr_eval_frame(KrThreadState *ts, KrFrame *f, int throwflag);       /* run a pushed frame */
/* call a Python function (vectorcall slot of KrFunction_Type) */
KrObject *kr_function_vectorcall(KrObject *func, KrObject *const *args, ssize_t nargs, KrObject *kwnames);
/* func(self, *args) for a Python function, self and the arguments going
 * straight into the frame (what slot functions and kr_call_prepend need) */
KrObject *kr_function_call_self(KrObject *func, KrObject *self, KrObject *const *args, ssize_t nargs);
KrObject *kr_eval_get_builtins(void);           /* borrowed: builtins dict of the current frame */
KrObject *kr_eval_get_globals(void);            /* borrowed or NULL */
KrObject *kr_eval_get_locals(void);             /* new ref: locals() */
KrFrame *kr_eval_current_frame(void);
/* run a function's code with an explicit locals mapping (class bodies, for
 * __build_class__): new ref to the body's return value (the __class__ cell
 * or None) */
KrObject *kr_function_call_with_locals(KrObject *func, KrObject *locals);
/* sys._getframe(depth): new ref, ValueError "call stack is not deep enough" */
KrObject *kr_eval_getframe(int depth);
int kr_eval_handle_breaker(KrThreadState *ts);  /* signals/GIL; -1 with exception */

/* ---- VM internals shared by ceval.c, call.c, frame.c, gen.c, traceback.c ---- */
void kr_frame_stack_release(KrThreadState *ts, KrFrame *f);  /* memory only; contents already gone */
#define KR_STACK_CHUNK_HEADER 32   /* bytes before the first frame of a stack chunk */
void kr_frame_stack_free(KrThreadState *ts);                 /* thread exit: free every chunk */
void kr_frame_release(KrFrame *f);   /* frame exits: drop its references or hand them to its frame object */
/* bind a call's arguments into a pushed frame's localsplus (borrowed args,
 * increfed); CPython's TypeError messages; -1 on error (frame still poppable) */
int kr_call_bind_args(KrFrame *f, KrFunctionObject *func, KrObject *const *args, ssize_t nargs,
                      KrObject *kwnames);
/* "f()" / "mod.f()" as CPython names a callable in call errors: new ref */
KrObject *kr_eval_func_str(KrObject *func);
/* the generator that owns a frame with owner KR_FRAME_OWNED_BY_GENERATOR */
KrGenObject *kr_gen_from_frame(KrFrame *f);
KrObject *kr_gen_caller_exc(KrFrame *f);   /* borrowed: the resumer's handled exception */
/* implemented by the signal module; a weak default returning 0 lives in ceval.c */
int kr_signal_run_handlers(void);
/* the builtins dict for a globals dict: globals['__builtins__'] (module or
 * dict), else the interpreter's (borrowed) */
KrObject *kr_eval_builtins_from_globals(KrObject *globals);

/* ---- import.c ---- */
KrObject *kr_import_module(const char *name);
KrObject *kr_import_name(KrObject *name, KrObject *globals, KrObject *fromlist, int level); /* the __import__ machinery */
KrObject *kr_import_add_module(const char *name);   /* borrowed: get or create sys.modules[name] */
/* builtin C modules: name -> init function, per interpreter */
typedef KrObject *(*kr_modinit)(void);
typedef struct KrBuiltinModule { const char *name; kr_modinit init; } KrBuiltinModule;
extern const KrBuiltinModule kr_builtin_modules[];  /* NULL-terminated, in modules/config.c */

/* ---- run and compile entry points (run.c) ---- */
int kr_run_file(const char *path, int *exit_code);   /* runs as __main__; returns 0 or -1 */
int kr_run_string(const char *src, const char *filename, int *exit_code);
int kr_handle_system_exit(int *exit_code);          /* current exception is SystemExit: compute exit code, clear */

#endif
