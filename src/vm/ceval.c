/* ceval.c: the bytecode interpreter loop.
 *
 * Design.  One function, kr_eval_frame, runs frames.  Each instruction is a
 * 32-bit word (opcode in the low byte, operand above; jump targets are
 * absolute instruction indexes).  Dispatch uses computed gotos under gcc
 * and clang and a switch elsewhere; the three macros TARGET, DISPATCH and
 * NEXT hide which.  Instruction bodies stay short: anything slow or rare
 * lives in a static helper below the loop or in ceval_helpers.c.
 *
 * Frames.  Python-to-Python calls do not recurse in C: CALL pushes the
 * callee's frame on the thread's frame stack, binds the arguments and
 * continues in the same loop; RETURN pops back into the caller.  Only a
 * call made from C (kr_function_vectorcall, a generator resuming, a class
 * body) enters kr_eval_frame anew, marking its frame is_entry; leaving an
 * entry frame returns to C.  The frame registers (ip, sp) live in locals;
 * f->ip is written at every dispatch so tracebacks, f_lineno and
 * sys._getframe always see the current instruction, and f->stacktop is
 * written whenever the frame is left (call, yield).
 *
 * Exceptions.  Nothing is paid while nothing is raised: on an error the
 * loop adds a traceback entry for the frame, looks the failing instruction
 * up in co_exctab, cuts the value stack to the handler's depth, pushes
 * lasti if asked and the exception, and jumps to the handler.  With no
 * handler the frame is popped and unwinding continues in its caller (which
 * gets its own traceback entry) until a handler or an entry frame is
 * reached.  RERAISE and bare `raise` skip the traceback entry so a
 * re-raised exception keeps its original traceback.
 *
 * Caches.  co_cache holds one slot per instruction, allocated on first
 * use: LOAD_GLOBAL remembers (globals version, builtins version, value);
 * dict versions are unique per interpreter, so equal versions mean the
 * same dicts in the same state and the borrowed value is still there; a
 * name found in globals also keeps its entry index there, which survives
 * stores to other globals.  LOAD_ATTR/STORE_ATTR remember the owner's type
 * and version tag and what the lookup found (instance dict with an entry
 * index hint, method on the type, or "not cacheable"); each of them has
 * ATTR_WAYS extra entries for sites that see several classes.
 *
 * Fast paths inline the exact-type cases that are identical to the
 * generic ones: machine-word ints and floats (also mixed), list items and
 * slices, str concatenation, compare-and-branch.
 */
#include "kr.h"
#include <pthread.h>
#include "vm/ceval_helpers.h"

/* ---- small helpers --------------------------------------------------------- */

typedef struct GlobalCache {
    uint64_t gver, bver;
    KrObject *value;          /* borrowed from the dict it was found in */
    int in_builtins;          /* found in builtins: survives global stores of other names */
    ssize_t gindex;           /* found in globals: its entry position there, or -1 */
} GlobalCache;

/* LOAD_ATTR on instances of a type with generic attribute lookup, valid
 * while the type's version tag is unchanged.  ATTR_GENERIC remembers that
 * the lookup cannot be cached for this type (a property, a class-level
 * value ...), so the fill is not retried on every execution. */
enum { ATTR_INSTANCE_DICT = 1, ATTR_METHOD = 2, ATTR_GENERIC = 3 };
typedef struct AttrCache {
    KrTypeObject *type;
    unsigned int version;
    int kind;
    KrObject *descr;          /* ATTR_METHOD: the function, borrowed from the type */
    ssize_t hint;             /* ATTR_INSTANCE_DICT: entry index of the name in the
                               * instance dict it was first found in (instances
                               * of a class mostly share their attribute order), or -1 */
    int32_t more;             /* LOAD_ATTR: 1 + index of its ATTR_WAYS extra entries, 0 none */
} AttrCache;

typedef union CacheSlot {
    GlobalCache g;
    AttrCache a;
} CacheSlot;

/* A LOAD_ATTR in a base-class method sees instances of every subclass
 * (`self.x` in Task.run for four kinds of task): besides its slot it gets
 * ATTR_WAYS more entries, kept after the slots in the same block, most
 * recently filled first.  A hit there is swapped into the slot. */
enum { ATTR_WAYS = 3 };

static CacheSlot *cache_slots(KrCodeObject *co)
{
    if (!co->co_cache) {
        size_t nattr = 0;
        for (int i = 0; i < co->co_ninstrs; i++)
            nattr += KR_INSTR_OP(co->co_instrs[i]) == KR_OP_LOAD_ATTR ||
                     KR_INSTR_OP(co->co_instrs[i]) == KR_OP_STORE_ATTR;
        CacheSlot *c = kr_mem_calloc(1, sizeof(CacheSlot) * (size_t)co->co_ninstrs +
                                            sizeof(AttrCache) * ATTR_WAYS * nattr);
        if (!c)
            return NULL;
        int32_t k = 0;
        for (int i = 0; i < co->co_ninstrs; i++)
            if (KR_INSTR_OP(co->co_instrs[i]) == KR_OP_LOAD_ATTR ||
                KR_INSTR_OP(co->co_instrs[i]) == KR_OP_STORE_ATTR)
                c[i].a.more = ++k;
        co->co_cache = c;
    }
    return (CacheSlot *)co->co_cache;
}

static inline AttrCache *attr_ways(KrCodeObject *co, CacheSlot *c, int idx)
{
    return (AttrCache *)(c + co->co_ninstrs) + (size_t)(c[idx].a.more - 1) * ATTR_WAYS;
}

/* the slot missed: look in the extra entries and swap a hit into the slot */
static int attr_cache_promote(KrCodeObject *co, CacheSlot *c, int idx, KrTypeObject *tp)
{
    if (!c[idx].a.more)
        return 0;
    AttrCache *w = attr_ways(co, c, idx);
    for (int i = 0; i < ATTR_WAYS; i++) {
        if (w[i].type == tp && w[i].version == tp->tp_version_tag) {
            AttrCache t = w[i];
            AttrCache *a = &c[idx].a;
            w[i].type = a->type;
            w[i].version = a->version;
            w[i].kind = a->kind;
            w[i].descr = a->descr;
            w[i].hint = a->hint;
            a->type = t.type;
            a->version = t.version;
            a->kind = t.kind;
            a->descr = t.descr;
            a->hint = t.hint;
            return 1;
        }
    }
    return 0;
}

/* store a LOAD_ATTR entry: into the slot, pushing what it held (another
 * type, still valid) into the extra entries */
static void attr_cache_put(KrCodeObject *co, CacheSlot *c, int idx, KrTypeObject *tp, int kind, KrObject *descr,
                           ssize_t hint)
{
    AttrCache *a = &c[idx].a;
    if (a->more && a->type && a->type != tp && a->version == a->type->tp_version_tag) {
        AttrCache *w = attr_ways(co, c, idx);
        for (int i = ATTR_WAYS - 1; i > 0; i--)
            w[i] = w[i - 1];
        w[0] = *a;
    }
    a->type = tp;
    a->version = tp->tp_version_tag;
    a->kind = kind;
    a->descr = descr;
    a->hint = hint;
}

static inline KrObject *instance_dict(KrObject *o, KrTypeObject *tp)
{
    KrObject **dp = tp->tp_dictoffset > 0 ? (KrObject **)((char *)o + tp->tp_dictoffset) : kr_object_dict_ptr(o);
    return dp ? *dp : NULL;
}

/* after a generic STORE_ATTR succeeded: no data descriptor on the type
 * means the next store with the same type version goes to the dict */
static void store_attr_cache_fill(KrCodeObject *co, int idx, KrObject *owner, KrObject *name)
{
    KrTypeObject *tp = KR_TYPE(owner);
    if (tp->tp_setattro != kr_object_generic_setattr || tp->tp_version_tag == 0 ||
        !KR_STR_CHECK_EXACT(name) || !tp->tp_dictoffset || kr_type_lookup(tp, name))
        return;
    CacheSlot *c = cache_slots(co);
    if (!c)
        return;
    attr_cache_put(co, c, idx, tp, ATTR_INSTANCE_DICT, NULL, -1);
}

/* after a generic LOAD_ATTR succeeded: remember what the lookup depended on */
static void attr_cache_fill(KrCodeObject *co, int idx, KrObject *owner, KrObject *name, int method)
{
    KrTypeObject *tp = KR_TYPE(owner);
    if (tp->tp_getattro != kr_object_generic_getattr || tp->tp_version_tag == 0 || !KR_STR_CHECK_EXACT(name))
        return;
    KrObject *descr = kr_type_lookup(tp, name);
    int kind;
    if (!descr) {
        kind = tp->tp_dictoffset ? ATTR_INSTANCE_DICT : ATTR_GENERIC;
    } else if (method && (KR_TYPE(descr) == &KrFunction_Type || KR_TYPE(descr) == &KrMethodDescr_Type)) {
        kind = ATTR_METHOD;
    } else {
        kind = ATTR_GENERIC;
        descr = NULL;
    }
    CacheSlot *c = cache_slots(co);
    if (!c)
        return;
    ssize_t hint = -1;
    KrObject *d = kind == ATTR_INSTANCE_DICT ? instance_dict(owner, tp) : NULL;
    if (d && KR_DICT_CHECK_EXACT(d)) {
        ssize_t n = kr_dict_nentries(d);
        for (ssize_t i = 0; i < n && i < 32; i++) {
            KrObject *k, *v;
            if (kr_dict_entry_at(d, i, &k, &v) && k == name) {
                hint = i;
                break;
            }
        }
    }
    attr_cache_put(co, c, idx, tp, kind, descr, hint);
}

/* the C stack: entries into the loop check it so runaway C->Python
 * recursion raises RecursionError instead of overflowing */
static _Thread_local char *c_stack_low;

static int c_stack_overflow(void)
{
    char here;
    if (KR_UNLIKELY(!c_stack_low)) {
        pthread_attr_t attr;
        void *addr = NULL;
        size_t size = 0;
        if (pthread_getattr_np(pthread_self(), &attr) == 0) {
            pthread_attr_getstack(&attr, &addr, &size);
            pthread_attr_destroy(&attr);
        }
        if (addr && size > (size_t)512 * 1024 && (char *)addr < &here && &here - (char *)addr < (ssize_t)size)
            c_stack_low = (char *)addr + (size > (size_t)4 << 20 ? (size_t)512 * 1024 : size / 8);
        else
            c_stack_low = (char *)((uintptr_t)&here - ((uintptr_t)1 << 20));   /* unknown: assume 1 MiB below us */
    }
    return &here < c_stack_low;
}

/* exact int that fits in two digits (60 bits): its value */
static inline int small_int(KrObject *o, int64_t *v)
{
    ssize_t size = KR_SIZE(o);
    const kr_digit *d = ((KrIntObject *)o)->digits;
    /* one positive digit is by far the most common: test it before the
     * jump table */
    if (KR_LIKELY(size == 1)) {
        *v = d[0];
        return 1;
    }
    switch (size) {
    case 0: *v = 0; return 1;
    case 1: *v = d[0]; return 1;
    case -1: *v = -(int64_t)d[0]; return 1;
    case 2: *v = (int64_t)d[0] | ((int64_t)d[1] << KR_INT_SHIFT); return 1;
    case -2: *v = -((int64_t)d[0] | ((int64_t)d[1] << KR_INT_SHIFT)); return 1;
    default: return 0;
    }
}

/* int op int on machine words: 1 and *out when it applies (no overflow,
 * no division by zero, no negative shift), 0 to take the generic path */
static inline int int_op_i64(int op, int64_t a, int64_t b, int64_t *out)
{
    int64_t r;
    switch (op) {
    case KR_NB_ADD: *out = a + b; return 1;
    case KR_NB_SUBTRACT: *out = a - b; return 1;
    case KR_NB_MULTIPLY:
        if (__builtin_mul_overflow(a, b, &r))
            return 0;
        *out = r;
        return 1;
    case KR_NB_FLOOR_DIVIDE:
        if (b == 0)
            return 0;
        r = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0)))
            r--;
        *out = r;
        return 1;
    case KR_NB_REMAINDER:
        if (b == 0)
            return 0;
        r = a % b;
        if (r != 0 && ((r < 0) != (b < 0)))
            r += b;
        *out = r;
        return 1;
    case KR_NB_AND: *out = a & b; return 1;
    case KR_NB_OR: *out = a | b; return 1;
    case KR_NB_XOR: *out = a ^ b; return 1;
    case KR_NB_RSHIFT:
        if (b < 0)
            return 0;
        *out = b >= 63 ? (a < 0 ? -1 : 0) : a >> b;
        return 1;
    case KR_NB_LSHIFT:
        if (b < 0)
            return 0;
        if (a == 0) {
            *out = 0;
            return 1;
        }
        if (b >= 62 || (a < 0 ? -a : a) >= ((int64_t)1 << (62 - b)))
            return 0;
        *out = a * ((int64_t)1 << b);
        return 1;
    default:
        return 0;
    }
}

static inline int float_op(int op, double a, double b, double *out)
{
    switch (op) {
    case KR_NB_ADD: *out = a + b; return 1;
    case KR_NB_SUBTRACT: *out = a - b; return 1;
    case KR_NB_MULTIPLY: *out = a * b; return 1;
    case KR_NB_TRUE_DIVIDE:
        if (b == 0.0)
            return 0;
        *out = a / b;
        return 1;
    default:
        return 0;
    }
}

/* An operand nobody else can see may hold the result in place: a
 * temporary on the stack (refcount 1), or the value of the local that the
 * next instruction overwrites with the result (`total += x`). */
static inline int reusable(KrObject *o, const kr_instr *next, KrObject **lp)
{
    ssize_t rc = KR_REFCNT(o);
    if (rc == 1)
        return 1;
    return rc == 2 && KR_INSTR_OP(*next) == KR_OP_STORE_FAST && lp[KR_INSTR_ARG(*next)] == o;
}

static inline int cmp_result(int op, int c)
{
    switch (op) {
    case KR_LT: return c < 0;
    case KR_LE: return c <= 0;
    case KR_EQ: return c == 0;
    case KR_NE: return c != 0;
    case KR_GT: return c > 0;
    default: return c >= 0;
    }
}

static inline int float_cmp(int op, double a, double b)
{
    switch (op) {
    case KR_LT: return a < b;
    case KR_LE: return a <= b;
    case KR_EQ: return a == b;
    case KR_NE: return a != b;
    case KR_GT: return a > b;
    default: return a >= b;
    }
}

/* frame push/pop for Python-to-Python calls: the common case (room left
 * in the current chunk, no frame object) inline, the rest in frame.c.
 * The frame takes over the caller's reference to func (the one the value
 * stack held), which saves an incref/decref pair per call, and localsplus
 * is left uninitialised: the caller fills the argument slots and clears
 * only the rest (a libc memset per call costs more than the loop). */
static inline KrFrame *push_frame_fast(KrThreadState *ts, KrCodeObject *co, KrObject *func,
                                       KrObject *globals, KrObject *builtins)
{
    size_t size = offsetof(KrFrame, localsplus) +
                  sizeof(KrObject *) * (size_t)(co->co_nlocalsplus + co->co_stacksize + 1);
    char *p = ts->stack_top;
    if (KR_UNLIKELY(!p || (size_t)(ts->stack_limit - p) < size)) {
        KrFrame *nf = kr_frame_push(ts, co, func, globals, builtins, NULL);
        if (nf)
            KR_DECREF(func);     /* kr_frame_push took its own; func is still held by nf */
        return nf;
    }
    ts->stack_top = p + size;
    KrFrame *f = (KrFrame *)p;
    KR_INCREF(co);
    f->code = co;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = NULL;
    f->frame_obj = NULL;
    f->ip = co->co_instrs;
    f->stacktop = co->co_nlocalsplus;
    f->owner = KR_FRAME_OWNED_BY_THREAD;
    f->is_entry = 0;
    return f;
}

/* NULL n slots.  Frames have few locals, and gcc turns a plain loop into
 * a call to memset, which costs more than the stores for small n. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))
#endif
static inline void clear_slots(KrObject **p, int n)
{
    switch (n) {
    case 8: p[7] = NULL; /* fall through */
    case 7: p[6] = NULL; /* fall through */
    case 6: p[5] = NULL; /* fall through */
    case 5: p[4] = NULL; /* fall through */
    case 4: p[3] = NULL; /* fall through */
    case 3: p[2] = NULL; /* fall through */
    case 2: p[1] = NULL; /* fall through */
    case 1: p[0] = NULL; /* fall through */
    case 0: return;
    default: memset(p, 0, sizeof(KrObject *) * (size_t)n);
    }
}

static inline void pop_frame_fast(KrThreadState *ts, KrFrame *f)
{
    if (KR_UNLIKELY(f->frame_obj != NULL || f->locals != NULL) ||
        (char *)f == ts->stack_chunk + KR_STACK_CHUNK_HEADER) {
        kr_frame_pop(ts, f);
        return;
    }
    KrObject **lp = f->localsplus;
    for (int i = 0; i < f->stacktop; i++)
        KR_XDECREF(lp[i]);
    KR_DECREF(f->func);
    KR_DECREF(f->code);
    ts->stack_top = (char *)f;
}

/* ---- slow paths used by the loop -------------------------------------------- */

static KrObject *load_global_slow(KrFrame *f, int index, KrObject *name)
{
    KrObject *v = NULL;
    KrCodeObject *co = f->code;
    int in_builtins = 0;
    GlobalCache *c = co->co_cache ? &((CacheSlot *)co->co_cache)[index].g : NULL;
    if (c && c->value && c->in_builtins && KR_DICT_CHECK_EXACT(f->globals) &&
        KR_DICT_CHECK_EXACT(f->builtins) && c->bver == kr_dict_version(f->builtins) &&
        !kr_dict_get_str(f->globals, name)) {
        /* the globals changed, but not by defining this name */
        c->gver = kr_dict_version(f->globals);
        return KR_NEWREF(c->value);
    }
    if (c && c->value && !c->in_builtins && c->gindex >= 0 && KR_DICT_CHECK_EXACT(f->globals) &&
        KR_DICT_CHECK_EXACT(f->builtins)) {
        /* another global was stored: the entry we found before is likely
         * still ours, with a new value or the same */
        KrObject *k, *val;
        if (kr_dict_entry_at(f->globals, c->gindex, &k, &val) && k == name) {
            c->gver = kr_dict_version(f->globals);
            c->bver = kr_dict_version(f->builtins);
            c->value = val;
            return KR_NEWREF(val);
        }
    }
    if (kr_dict_get_ref(f->globals, name, &v) < 0)
        return NULL;
    if (v) {
        goto cache;
    }
    in_builtins = 1;
    if (KR_DICT_CHECK(f->builtins)) {
        if (kr_dict_get_ref(f->builtins, name, &v) < 0)
            return NULL;
    } else {
        v = kr_object_getitem(f->builtins, name);
        if (!v) {
            if (!kr_err_matches((KrObject *)KrExc_KeyError))
                return NULL;
            kr_err_clear();
        }
    }
    if (!v) {
        kr_ceval_set_name_error(KrExc_NameError, NAME_ERROR_MSG, name);
        return NULL;
    }
cache:
    if (KR_DICT_CHECK_EXACT(f->globals) && KR_DICT_CHECK_EXACT(f->builtins)) {
        if (cache_slots(co)) {
            c = &((CacheSlot *)co->co_cache)[index].g;
            c->gver = kr_dict_version(f->globals);
            c->bver = kr_dict_version(f->builtins);
            c->value = v;
            c->in_builtins = in_builtins;
            c->gindex = -1;
            ssize_t n = in_builtins ? 0 : kr_dict_nentries(f->globals);
            for (ssize_t i = 0; i < n && n <= 4096; i++) {
                KrObject *k, *val;
                if (kr_dict_entry_at(f->globals, i, &k, &val) && k == name) {
                    c->gindex = i;
                    break;
                }
            }
        }
    }
    return v;
}

static const KrExcEntry *find_handler(KrCodeObject *co, int lasti)
{
    const KrExcEntry *e = co->co_exctab;
    for (int i = 0; i < co->co_nexctab; i++)
        if (e[i].start <= lasti && lasti < e[i].end)
            return &e[i];
    return NULL;
}

/* ---- dispatch macros ------------------------------------------------------- */

#if (defined(__GNUC__) || defined(__clang__)) && !defined(KR_NO_COMPUTED_GOTO)
#define USE_COMPUTED_GOTO 1
#endif

#define NEXT() do { word = *ip++; f->ip = ip; oparg = KR_INSTR_ARG(word); } while (0)
#ifdef USE_COMPUTED_GOTO
#define TARGET(name) op_##name:
#define DISPATCH() do { NEXT(); goto *targets[KR_INSTR_OP(word)]; } while (0)
#else
#define TARGET(name) case KR_OP_##name:
#define DISPATCH() goto dispatch
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define JUMP_TO(target) (ip = first_instr + (target))

#define LOAD_REGISTERS() do { \
        co = f->code; first_instr = co->co_instrs; lp = f->localsplus; \
        sp = lp + f->stacktop; ip = f->ip; \
        consts = KR_TUPLE_ITEMS(co->co_consts); names = KR_TUPLE_ITEMS(co->co_names); \
    } while (0)

/* ---- the loop -------------------------------------------------------------- */

KrObject *kr_eval_frame(KrThreadState *ts, KrFrame *f, int throwflag)
{
#ifdef USE_COMPUTED_GOTO
    static void *const targets[KR_OP_COUNT] = {
#define OP(name, flags, effect, doc) &&op_##name,
#include "compiler/opcodes.def"
#undef OP
    };
#endif
    KrCodeObject *co;
    kr_instr *first_instr, *ip;
    KrObject **lp, **sp, *const *consts, *const *names;
    kr_instr word;
    int oparg;
    KrObject *retval = NULL;
    KrObject *kwnames = NULL;
    int call_total = 0;

    if (KR_UNLIKELY(c_stack_overflow())) {
        kr_err_set_string(KrExc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    ts->c_recursion_depth++;
    f->is_entry = 1;
    f->previous = ts->frame;
    ts->frame = f;

start_frame:
    if (KR_UNLIKELY(++ts->recursion_depth > ts->interp->recursion_limit)) {
        kr_err_set_string(KrExc_RecursionError, "maximum recursion depth exceeded");
        LOAD_REGISTERS();
        goto exit_unwind;
    }
    LOAD_REGISTERS();
    if (KR_UNLIKELY(throwflag)) {
        throwflag = 0;
        goto error;
    }

#ifdef USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    NEXT();
    switch (KR_INSTR_OP(word)) {
#endif

    TARGET(NOP) {
        DISPATCH();
    }
    TARGET(RESUME) {
        if (KR_UNLIKELY(ts->eval_breaker)) {
            if (kr_eval_handle_breaker(ts) < 0)
                goto error;
        }
        DISPATCH();
    }
    TARGET(POP_TOP) {
        KrObject *v = POP();
        KR_XDECREF(v);
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }
    TARGET(COPY) {
        KrObject *v = PEEK(oparg);
        KR_XINCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP) {
        KrObject *v = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = v;
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        KrObject *v = consts[oparg];
        KR_INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(RETURN_CONST) {
        retval = consts[oparg];
        KR_INCREF(retval);
        goto do_return;
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        goto do_return;
    }
    TARGET(LOAD_FAST) {
        KrObject *v = lp[oparg];
        if (KR_UNLIKELY(!v)) {
            kr_ceval_set_name_error(&KrExc_UnboundLocalError_Type, UNBOUNDLOCAL_MSG,
                           KR_TUPLE_GET(co->co_localsplusnames, oparg));
            goto error;
        }
        KR_INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_FAST_AND_CLEAR) {
        PUSH(lp[oparg]);
        lp[oparg] = NULL;
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        KrObject *old = lp[oparg];
        lp[oparg] = POP();
        KR_XDECREF(old);
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        KrObject *old = lp[oparg];
        if (!old) {
            kr_ceval_set_name_error(&KrExc_UnboundLocalError_Type, UNBOUNDLOCAL_MSG,
                           KR_TUPLE_GET(co->co_localsplusnames, oparg));
            goto error;
        }
        lp[oparg] = NULL;
        KR_DECREF(old);
        DISPATCH();
    }
    TARGET(MAKE_CELL) {
        KrObject *v = lp[oparg];
        KrObject *cell = kr_cell_new(v);
        if (!cell)
            goto error;
        lp[oparg] = cell;
        KR_XDECREF(v);
        DISPATCH();
    }
    TARGET(COPY_FREE_VARS) {
        KrFunctionObject *fn = (KrFunctionObject *)f->func;
        KrObject *closure = fn ? fn->func_closure : NULL;
        if (!closure || KR_TUPLE_LEN(closure) < oparg) {
            kr_err_set_string(KrExc_SystemError, "code needs a closure the function does not have");
            goto error;
        }
        int offset = co->co_nlocalsplus - oparg;
        for (int i = 0; i < oparg; i++) {
            KrObject *c = KR_TUPLE_GET(closure, i);
            KR_INCREF(c);
            lp[offset + i] = c;
        }
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        KrObject *v = lp[oparg];
        if (!v) {
            kr_ceval_unbound_deref(co, oparg);
            goto error;
        }
        KR_INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        KrObject *cell = lp[oparg];
        KrObject *v = cell ? ((KrCellObject *)cell)->ob_ref : NULL;
        if (KR_UNLIKELY(!v)) {
            kr_ceval_unbound_deref(co, oparg);
            goto error;
        }
        KR_INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        KrCellObject *cell = (KrCellObject *)lp[oparg];
        KrObject *old = cell->ob_ref;
        cell->ob_ref = POP();
        KR_XDECREF(old);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        KrCellObject *cell = (KrCellObject *)lp[oparg];
        KrObject *old = cell->ob_ref;
        if (!old) {
            kr_ceval_unbound_deref(co, oparg);
            goto error;
        }
        cell->ob_ref = NULL;
        KR_DECREF(old);
        DISPATCH();
    }
    TARGET(LOAD_FROM_DICT_OR_DEREF) {
        KrObject *mapping = TOP();
        KrObject *v = kr_ceval_load_from_dict_or_deref(f, mapping, oparg);
        if (!v)
            goto error;
        KR_DECREF(mapping);
        SET_TOP(v);
        DISPATCH();
    }
    TARGET(LOAD_LOCALS) {
        if (!f->locals) {
            kr_err_set_string(KrExc_SystemError, "no locals found");
            goto error;
        }
        KR_INCREF(f->locals);
        PUSH(f->locals);
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        KrObject *v = kr_ceval_load_name(f, names[oparg]);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        KrObject *v = POP();
        int err = kr_ceval_store_name(f, names[oparg], v);
        KR_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        if (kr_ceval_delete_name(f, names[oparg]) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        KrObject *v;
        CacheSlot *cs = (CacheSlot *)co->co_cache;
        int idx = (int)(ip - first_instr) - 1;
        KrObject *k;
        if (cs && cs[idx].g.value && cs[idx].g.gver == kr_dict_version(f->globals) &&
            cs[idx].g.bver == kr_dict_version(f->builtins)) {
            v = cs[idx].g.value;
            KR_INCREF(v);
        } else if (cs && cs[idx].g.value && cs[idx].g.gindex >= 0 && KR_DICT_CHECK_EXACT(f->globals) &&
                   kr_dict_entry_at(f->globals, cs[idx].g.gindex, &k, &v) && k == names[oparg >> 1]) {
            /* a store to some global (`global x; x = ...` in a loop) moved
             * the version on: the entry we found the name in before still
             * holds it, and a name found in globals does not depend on
             * builtins */
            cs[idx].g.value = v;
            cs[idx].g.gver = kr_dict_version(f->globals);
            KR_INCREF(v);
        } else {
            v = load_global_slow(f, idx, names[oparg >> 1]);
            if (!v)
                goto error;
        }
        PUSH(v);
        if (oparg & 1)
            PUSH(NULL);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        KrObject *v = POP();
        int err = kr_dict_set(f->globals, names[oparg], v);
        KR_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        if (kr_dict_del(f->globals, names[oparg]) < 0) {
            if (kr_err_matches((KrObject *)KrExc_KeyError)) {
                kr_err_clear();
                kr_ceval_set_name_error(KrExc_NameError, NAME_ERROR_MSG, names[oparg]);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        KrObject *owner = TOP();
        KrObject *name = names[oparg >> 1];
        CacheSlot *cs = (CacheSlot *)co->co_cache;
        int idx = (int)(ip - first_instr) - 1;
        KrTypeObject *tp = KR_TYPE(owner);
        int fill = 1;
        if (cs && ((cs[idx].a.type == tp && cs[idx].a.version == tp->tp_version_tag) ||
                   attr_cache_promote(co, cs, idx, tp))) {
            KrObject *d = instance_dict(owner, tp);
            int kind = cs[idx].a.kind;
            if (kind == ATTR_INSTANCE_DICT) {
                KrObject *v = NULL, *k;
                if (d && KR_DICT_CHECK_EXACT(d) &&
                    !(kr_dict_entry_at(d, cs[idx].a.hint, &k, &v) && k == name))
                    v = kr_dict_get_str(d, name);
                if (v) {
                    KR_INCREF(v);
                    SET_TOP(v);
                    KR_DECREF(owner);
                    if (oparg & 1)
                        PUSH(NULL);
                    DISPATCH();
                }
            } else if (kind == ATTR_METHOD && (oparg & 1) &&
                       (!d || (KR_DICT_CHECK_EXACT(d) && !kr_dict_get_str(d, name)))) {
                KrObject *m = cs[idx].a.descr;
                KR_INCREF(m);
                SET_TOP(m);
                PUSH(owner);
                DISPATCH();
            } else if (kind == ATTR_GENERIC) {
                fill = 0;
            }
        }
        if (oparg & 1) {
            KrObject *meth = NULL;
            int r = kr_object_get_method(owner, name, &meth);
            if (r < 0)
                goto error;
            if (fill)
                attr_cache_fill(co, idx, owner, name, r == 1);
            if (r == 1) {
                SET_TOP(meth);
                PUSH(owner);
            } else {
                KR_DECREF(owner);
                SET_TOP(meth);
                PUSH(NULL);
            }
        } else {
            KrObject *v = kr_object_getattr(owner, name);
            if (!v)
                goto error;
            if (fill)
                attr_cache_fill(co, idx, owner, name, 0);
            KR_DECREF(owner);
            SET_TOP(v);
        }
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        KrObject *owner = POP();
        KrObject *v = POP();
        KrObject *name = names[oparg];
        KrTypeObject *tp = KR_TYPE(owner);
        CacheSlot *cs = (CacheSlot *)co->co_cache;
        int idx = (int)(ip - first_instr) - 1;
        KrObject *d;
        int err;
        if (cs && ((cs[idx].a.type == tp && cs[idx].a.version == tp->tp_version_tag) ||
                   attr_cache_promote(co, cs, idx, tp)) &&
            (d = instance_dict(owner, tp)) != NULL && KR_DICT_CHECK_EXACT(d)) {
            err = kr_dict_set(d, name, v);
        } else {
            err = kr_object_setattr(owner, name, v);
            if (err == 0)
                store_attr_cache_fill(co, idx, owner, name);
        }
        KR_DECREF(owner);
        KR_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        KrObject *owner = POP();
        int err = kr_object_setattr(owner, names[oparg], NULL);
        KR_DECREF(owner);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        KrObject *key = TOP(), *container = SECOND(), *v;
        int64_t i;
        if (KR_LIST_CHECK_EXACT(container) && KR_INT_CHECK_EXACT(key) && small_int(key, &i)) {
            if (i < 0)
                i += KR_LIST_LEN(container);
            if (i >= 0 && i < KR_LIST_LEN(container)) {
                v = KR_LIST_GET(container, i);
                KR_INCREF(v);
                goto subscr_done;
            }
        } else if (KR_TUPLE_CHECK_EXACT(container) && KR_INT_CHECK_EXACT(key) && small_int(key, &i)) {
            if (i < 0)
                i += KR_TUPLE_LEN(container);
            if (i >= 0 && i < KR_TUPLE_LEN(container)) {
                v = KR_TUPLE_GET(container, i);
                KR_INCREF(v);
                goto subscr_done;
            }
        }
        v = kr_object_getitem(container, key);
        if (!v)
            goto error;
    subscr_done:
        sp -= 2;
        KR_DECREF(key);
        KR_DECREF(container);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        KrObject *key = sp[-1], *container = sp[-2], *v = sp[-3];
        int64_t i;
        if (KR_LIST_CHECK_EXACT(container) && KR_INT_CHECK_EXACT(key) && small_int(key, &i)) {
            if (i < 0)
                i += KR_LIST_LEN(container);
            if (i >= 0 && i < KR_LIST_LEN(container)) {
                /* the list takes the stack's reference to v; releases
                 * happen in the generic path's order (old item first) */
                KrObject *old = KR_LIST_GET(container, i);
                KR_LIST_SET(container, i, v);
                sp -= 3;
                KR_DECREF(old);
                KR_DECREF(key);
                KR_DECREF(container);
                DISPATCH();
            }
        }
        int err = kr_object_setitem(container, key, v);
        sp -= 3;
        KR_DECREF(key);
        KR_DECREF(container);
        KR_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        KrObject *key = sp[-1], *container = sp[-2];
        int err = kr_object_delitem(container, key);
        sp -= 2;
        KR_DECREF(key);
        KR_DECREF(container);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(BINARY_SLICE) {
        KrObject *stop = sp[-1], *start = sp[-2], *container = sp[-3];
        KrObject *v;
        int64_t lo, hi;
        if (KR_LIST_CHECK_EXACT(container) &&
            (start == Kr_None ? (lo = 0, 1) : KR_INT_CHECK_EXACT(start) && small_int(start, &lo)) &&
            (stop == Kr_None ? (hi = KR_LIST_LEN(container), 1) : KR_INT_CHECK_EXACT(stop) && small_int(stop, &hi))) {
            /* l[i:j]: no slice object; indexes adjusted as slice.indices does */
            int64_t n = KR_LIST_LEN(container);
            lo = lo < 0 ? (lo + n < 0 ? 0 : lo + n) : (lo > n ? n : lo);
            hi = hi < 0 ? (hi + n < 0 ? 0 : hi + n) : (hi > n ? n : hi);
            v = kr_list_slice(container, (ssize_t)lo, (ssize_t)hi);
        } else {
            KrObject *slice = kr_slice_new(start, stop, NULL);
            v = slice ? kr_object_getitem(container, slice) : NULL;
            KR_XDECREF(slice);
        }
        sp -= 3;
        KR_DECREF(stop);
        KR_DECREF(start);
        KR_DECREF(container);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_SLICE) {
        KrObject *stop = sp[-1], *start = sp[-2], *container = sp[-3], *v = sp[-4];
        KrObject *slice = kr_slice_new(start, stop, NULL);
        int err = slice ? kr_object_setitem(container, slice, v) : -1;
        KR_XDECREF(slice);
        sp -= 4;
        KR_DECREF(stop);
        KR_DECREF(start);
        KR_DECREF(container);
        KR_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        KrObject *step = oparg == 3 ? POP() : NULL;
        KrObject *stop = POP(), *start = TOP();
        KrObject *s = kr_slice_new(start, stop, step);
        KR_XDECREF(step);
        KR_DECREF(stop);
        if (!s) {
            goto error;
        }
        KR_DECREF(start);
        SET_TOP(s);
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        KrObject *b = TOP(), *a = SECOND(), *r = NULL;
        int op = oparg >= KR_NB_INPLACE_ADD ? oparg - KR_NB_INPLACE_ADD : oparg;
        if (KR_INT_CHECK_EXACT(a) && KR_INT_CHECK_EXACT(b)) {
            int64_t x, y, v;
            if (small_int(a, &x) && small_int(b, &y) && int_op_i64(op, x, y, &v)) {
                if ((v > 256 || v < -KR_SMALL_NEG) && v < (int64_t)KR_INT_BASE && v > -(int64_t)KR_INT_BASE) {
                    /* one-digit result that is not a cached small int */
                    KrObject *t = NULL;
                    if ((KR_SIZE(a) == 1 || KR_SIZE(a) == -1) && reusable(a, ip, lp))
                        t = a;
                    else if ((KR_SIZE(b) == 1 || KR_SIZE(b) == -1) && KR_REFCNT(b) == 1)
                        t = b;
                    if (t) {
                        ((KrIntObject *)t)->digits[0] = (kr_digit)(v < 0 ? -v : v);
                        KR_SIZE(t) = v < 0 ? -1 : 1;
                        sp--;
                        KR_DECREF(t == a ? b : a);
                        SET_TOP(t);
                        DISPATCH();
                    }
                }
                r = kr_int_from_i64(v);
                if (!r)
                    goto error;
            }
        } else if (KR_FLOAT_CHECK_EXACT(a) && KR_FLOAT_CHECK_EXACT(b)) {
            double v;
            if (float_op(op, KR_FLOAT_AS_DOUBLE(a), KR_FLOAT_AS_DOUBLE(b), &v)) {
                KrObject *t = reusable(a, ip, lp) ? a : KR_REFCNT(b) == 1 ? b : NULL;
                if (t) {
                    KR_FLOAT_AS_DOUBLE(t) = v;
                    sp--;
                    KR_DECREF(t == a ? b : a);
                    SET_TOP(t);
                    DISPATCH();
                }
                r = kr_float_from_double(v);
                if (!r)
                    goto error;
            } else if (op == KR_NB_POWER) {
                /* what float.__pow__ computes for two floats, without the
                 * trip through the ternary-slot dispatch */
                r = kr_float_pow_double(KR_FLOAT_AS_DOUBLE(a), KR_FLOAT_AS_DOUBLE(b));
                if (!r)
                    goto error;
            }
        } else if ((KR_FLOAT_CHECK_EXACT(a) && KR_INT_CHECK_EXACT(b)) ||
                   (KR_INT_CHECK_EXACT(a) && KR_FLOAT_CHECK_EXACT(b))) {
            /* float op int: float's slots convert the int, exactly for
             * |int| < 2**53 and correctly rounded above, as a C cast of an
             * int64 is */
            int64_t n;
            double v;
            int afloat = KR_FLOAT_CHECK_EXACT(a);
            if (small_int(afloat ? b : a, &n)) {
                double x = afloat ? KR_FLOAT_AS_DOUBLE(a) : (double)n;
                double y = afloat ? (double)n : KR_FLOAT_AS_DOUBLE(b);
                if (float_op(op, x, y, &v)) {
                    KrObject *t = afloat ? (reusable(a, ip, lp) ? a : NULL) : (KR_REFCNT(b) == 1 ? b : NULL);
                    if (t) {
                        KR_FLOAT_AS_DOUBLE(t) = v;
                        sp--;
                        KR_DECREF(t == a ? b : a);
                        SET_TOP(t);
                        DISPATCH();
                    }
                    r = kr_float_from_double(v);
                    if (!r)
                        goto error;
                }
            }
        } else if (op == KR_NB_ADD && KR_STR_CHECK_EXACT(a) && KR_STR_CHECK_EXACT(b)) {
            r = kr_str_concat(a, b);
            if (!r)
                goto error;
        }
        if (!r) {
            r = kr_number_binop(oparg, a, b);
            if (!r)
                goto error;
        }
        sp--;
        KR_DECREF(a);
        KR_DECREF(b);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        KrObject *v = TOP();
        KrObject *r = kr_number_negative(v);
        if (!r)
            goto error;
        KR_DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        KrObject *v = TOP();
        KrObject *r = kr_number_positive(v);
        if (!r)
            goto error;
        KR_DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        KrObject *v = TOP();
        KrObject *r = kr_number_invert(v);
        if (!r)
            goto error;
        KR_DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        KrObject *v = TOP();
        int t = v == Kr_True ? 1 : v == Kr_False ? 0 : kr_object_is_true(v);
        if (t < 0)
            goto error;
        KR_DECREF(v);
        SET_TOP(t ? Kr_False : Kr_True);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        KrObject *b = TOP(), *a = SECOND(), *r;
        if (KR_INT_CHECK_EXACT(a) && KR_INT_CHECK_EXACT(b)) {
            int64_t x, y;
            if (small_int(a, &x) && small_int(b, &y)) {
                r = kr_bool_from(cmp_result(oparg, (x > y) - (x < y)));
                goto compare_done;
            }
        } else if (KR_FLOAT_CHECK_EXACT(a) && KR_FLOAT_CHECK_EXACT(b)) {
            r = kr_bool_from(float_cmp(oparg, KR_FLOAT_AS_DOUBLE(a), KR_FLOAT_AS_DOUBLE(b)));
            goto compare_done;
        } else if (KR_STR_CHECK_EXACT(a) && KR_STR_CHECK_EXACT(b)) {
            /* exact strs order by code point, which is what str's
             * rich comparison does */
            if (oparg == KR_EQ || oparg == KR_NE)
                r = kr_bool_from(kr_str_eq(a, b) == (oparg == KR_EQ));
            else
                r = kr_bool_from(cmp_result(oparg, kr_str_compare(a, b)));
            goto compare_done;
        }
        r = kr_object_richcompare(a, b, oparg);
        if (!r)
            goto error;
    compare_done:
        sp--;
        KR_DECREF(a);
        KR_DECREF(b);
        if (r == Kr_True || r == Kr_False) {
            /* `if a < b:` and loop tests: take the conditional jump that
             * follows here, saving a dispatch and a push/pop of a bool */
            kr_instr nxt = *ip;
            if (KR_INSTR_OP(nxt) == KR_OP_POP_JUMP_IF_FALSE) {
                sp--;
                if (r == Kr_False)
                    JUMP_TO(KR_INSTR_ARG(nxt));
                else
                    ip++;
                DISPATCH();
            }
            if (KR_INSTR_OP(nxt) == KR_OP_POP_JUMP_IF_TRUE) {
                sp--;
                if (r == Kr_True)
                    JUMP_TO(KR_INSTR_ARG(nxt));
                else
                    ip++;
                DISPATCH();
            }
        }
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(IS_OP) {
        KrObject *b = POP(), *a = TOP();
        int r = (a == b) ^ oparg;
        KR_DECREF(a);
        KR_DECREF(b);
        SET_TOP(kr_bool_from(r));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        KrObject *b = TOP(), *a = SECOND();
        int r = kr_sequence_contains(b, a);
        if (r < 0)
            goto error;
        sp--;
        KR_DECREF(a);
        KR_DECREF(b);
        SET_TOP(kr_bool_from(r ^ oparg));
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        KrObject *t = kr_tuple_from_array_steal(sp - oparg, oparg);
        if (!t)
            goto error;
        sp -= oparg;
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        KrObject *l = kr_list_new(oparg);
        if (!l)
            goto error;
        for (int i = oparg - 1; i >= 0; i--)
            KR_LIST_SET(l, i, POP());
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        KrObject *s = kr_set_new(NULL);
        int err = s ? 0 : -1;
        for (int i = oparg; i > 0; i--)
            if (err == 0 && kr_set_add(s, PEEK(i)) < 0)
                err = -1;
        for (int i = 0; i < oparg; i++)
            KR_DECREF(POP());
        if (err < 0) {
            KR_XDECREF(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        KrObject *d = kr_dict_new_presized(oparg);
        int err = d ? 0 : -1;
        for (int i = oparg; i > 0 && err == 0; i--)
            if (kr_dict_set(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0)
                err = -1;
        for (int i = 0; i < 2 * oparg; i++)
            KR_DECREF(POP());
        if (err < 0) {
            KR_XDECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        KrObject *keys = TOP();
        KrObject *d = kr_dict_new_presized(oparg);
        int err = d ? 0 : -1;
        for (int i = 0; i < oparg && err == 0; i++)
            if (kr_dict_set(d, KR_TUPLE_GET(keys, i), PEEK(oparg + 1 - i)) < 0)
                err = -1;
        for (int i = 0; i <= oparg; i++)
            KR_DECREF(POP());
        if (err < 0) {
            KR_XDECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        KrObject *s = kr_ceval_build_string(sp - oparg, oparg);
        if (!s)
            goto error;
        for (int i = 0; i < oparg; i++)
            KR_DECREF(POP());
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        KrObject *v = POP();
        if (kr_list_append_steal(PEEK(oparg), v) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        KrObject *v = POP();
        int err = kr_set_add(PEEK(oparg), v);
        KR_DECREF(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        KrObject *v = POP(), *k = POP();
        int err = kr_dict_set(PEEK(oparg), k, v);
        KR_DECREF(v);
        KR_DECREF(k);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        KrObject *it = TOP();
        if (kr_ceval_list_extend_checked(PEEK(oparg + 1), it) < 0)
            goto error;
        sp--;
        KR_DECREF(it);
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        KrObject *it = TOP();
        if (kr_set_update(PEEK(oparg + 1), it) < 0)
            goto error;
        sp--;
        KR_DECREF(it);
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        KrObject *m = TOP();
        if (kr_ceval_dict_update_checked(PEEK(oparg + 1), m) < 0)
            goto error;
        sp--;
        KR_DECREF(m);
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        KrObject *m = TOP();
        KrObject **fslot = sp - 4 - oparg;
        KrObject *func = fslot >= lp + co->co_nlocalsplus ? *fslot : NULL;
        if (kr_ceval_dict_merge_checked(func, PEEK(oparg + 1), m) < 0)
            goto error;
        sp--;
        KR_DECREF(m);
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        KrObject *l = TOP();
        KrObject *t = kr_list_as_tuple(l);
        if (!t)
            goto error;
        KR_DECREF(l);
        SET_TOP(t);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        KrObject *seq = TOP();
        if (KR_TUPLE_CHECK_EXACT(seq) && KR_TUPLE_LEN(seq) == oparg) {
            sp--;
            for (int i = oparg - 1; i >= 0; i--) {
                KrObject *v = KR_TUPLE_GET(seq, i);
                KR_INCREF(v);
                PUSH(v);
            }
        } else if (KR_LIST_CHECK_EXACT(seq) && KR_LIST_LEN(seq) == oparg) {
            sp--;
            for (int i = oparg - 1; i >= 0; i--) {
                KrObject *v = KR_LIST_GET(seq, i);
                KR_INCREF(v);
                PUSH(v);
            }
        } else {
            if (kr_ceval_unpack_iterable(seq, oparg, -1, sp - 1) < 0)
                goto error;
            sp += oparg - 1;
        }
        KR_DECREF(seq);
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        KrObject *seq = TOP();
        int before = oparg & 0xff, after = oparg >> 8;
        if (kr_ceval_unpack_iterable(seq, before, after, sp - 1) < 0)
            goto error;
        sp += before + after;
        KR_DECREF(seq);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        KrObject *spec = (oparg & 4) ? POP() : NULL;
        KrObject *v = TOP();
        KrObject *r = kr_ceval_format_value(v, oparg & 3, spec);
        KR_XDECREF(spec);
        if (!r)
            goto error;
        KR_DECREF(v);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(GET_ITER) {
        KrObject *v = TOP();
        KrObject *it = kr_object_getiter(v);
        if (!it)
            goto error;
        KR_DECREF(v);
        SET_TOP(it);
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        KrObject *it = TOP();
        KrObject *next = KR_TYPE(it)->tp_iternext(it);
        if (KR_LIKELY(next != NULL)) {
            PUSH(next);
            DISPATCH();
        }
        if (KR_UNLIKELY(kr_err_occurred() != NULL)) {
            if (!kr_err_matches((KrObject *)KrExc_StopIteration))
                goto error;
            kr_err_clear();
        }
        sp--;
        KR_DECREF(it);
        JUMP_TO(oparg);
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        KrObject *v = TOP();
        if (KR_TYPE(v) != &KrGenerator_Type) {
            KrObject *it = kr_object_getiter(v);
            if (!it)
                goto error;
            KR_DECREF(v);
            SET_TOP(it);
        }
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        if (KR_UNLIKELY(f->owner != KR_FRAME_OWNED_BY_GENERATOR)) {
            kr_err_set_string(KrExc_SystemError, "yield outside a generator frame");
            goto error;
        }
        retval = POP();
        f->stacktop = (int)(sp - lp);
        kr_gen_from_frame(f)->gi_state = KR_GEN_SUSPENDED;
        goto exit_yield;
    }
    TARGET(YIELD_FROM) {
        KrObject *sent = POP();
        KrObject *iter = TOP();
        KrObject *r = NULL;
        int st = kr_ceval_yield_from_send(iter, sent, &r);
        KR_DECREF(sent);
        if (st < 0)
            goto error;
        if (st == 1) {
            if (KR_UNLIKELY(f->owner != KR_FRAME_OWNED_BY_GENERATOR)) {
                KR_DECREF(r);
                kr_err_set_string(KrExc_SystemError, "yield from outside a generator frame");
                goto error;
            }
            /* suspend; on resume the sent value is pushed and this
             * instruction runs again */
            f->ip = ip - 1;
            f->stacktop = (int)(sp - lp);
            kr_gen_from_frame(f)->gi_state = KR_GEN_SUSPENDED;
            retval = r;
            goto exit_yield;
        }
        KR_DECREF(iter);
        SET_TOP(r);
        DISPATCH();
    }
    TARGET(JUMP) {
        JUMP_TO(oparg);
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD) {
        JUMP_TO(oparg);
        if (KR_UNLIKELY(ts->eval_breaker)) {
            f->ip = ip;
            if (kr_eval_handle_breaker(ts) < 0)
                goto error;
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        KrObject *v = POP();
        if (v == Kr_False) {
            JUMP_TO(oparg);
        } else if (v != Kr_True) {
            int t = kr_object_is_true(v);
            KR_DECREF(v);
            if (t < 0)
                goto error;
            if (!t)
                JUMP_TO(oparg);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        KrObject *v = POP();
        if (v == Kr_True) {
            JUMP_TO(oparg);
        } else if (v != Kr_False) {
            int t = kr_object_is_true(v);
            KR_DECREF(v);
            if (t < 0)
                goto error;
            if (t)
                JUMP_TO(oparg);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        KrObject *v = POP();
        if (v == Kr_None)
            JUMP_TO(oparg);
        else
            KR_DECREF(v);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        KrObject *v = POP();
        if (v != Kr_None) {
            KR_DECREF(v);
            JUMP_TO(oparg);
        }
        DISPATCH();
    }
    TARGET(CALL_KW) {
        kwnames = POP();
        call_total = oparg;
        goto do_call;
    }
    TARGET(CALL) {
        kwnames = NULL;
        call_total = oparg;
    do_call: {
        KrObject **argbase = sp - call_total;
        KrObject *callable = argbase[-2];
        KrObject *self = argbase[-1];
        if (self == NULL && KR_METHOD_CHECK(callable)) {
            KrMethodObject *m = (KrMethodObject *)callable;
            self = m->im_self;
            KR_INCREF(self);
            argbase[-1] = self;
            KrObject *fn = m->im_func;
            KR_INCREF(fn);
            argbase[-2] = fn;
            KR_DECREF(callable);
            callable = fn;
        }
        KrObject **args = self ? argbase - 1 : argbase;
        ssize_t total = self ? call_total + 1 : call_total;
        ssize_t nkw = kwnames ? KR_TUPLE_LEN(kwnames) : 0;
        KrObject *kwn = nkw ? kwnames : NULL;
        if (KR_FUNCTION_CHECK(callable)) {
            KrFunctionObject *fn = (KrFunctionObject *)callable;
            KrCodeObject *nco = (KrCodeObject *)fn->func_code;
            if (!(nco->co_flags & (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR))) {
                KrFrame *nf = push_frame_fast(ts, nco, callable, fn->func_globals,
                                              fn->func_builtins ? fn->func_builtins : ts->interp->builtins);
                if (!nf)
                    goto call_fail;
                /* from here nf owns the stack's reference to callable */
                KrObject **nlp = nf->localsplus;
                int nlocals = nco->co_nlocalsplus;
                if (!kwn && total == nco->co_argcount &&
                    !(nco->co_flags & (KR_CO_VARARGS | KR_CO_VARKEYWORDS)) && nco->co_kwonlyargcount == 0) {
                    /* exact positional call: the arguments move into the callee */
                    for (int i = 0; i < total; i++)
                        nlp[i] = args[i];
                    clear_slots(nlp + total, nlocals - (int)total);
                } else {
                    clear_slots(nlp, nlocals);
                    if (kr_call_bind_args(nf, fn, args, total - nkw, kwn) < 0) {
                        KR_INCREF(callable);     /* the unwinding pops it from our stack */
                        kr_frame_pop(ts, nf);
                        goto call_fail;
                    }
                    for (ssize_t i = 0; i < total; i++)
                        KR_DECREF(args[i]);
                }
                KR_XDECREF(kwnames);
                kwnames = NULL;
                sp = argbase - 2;
                f->stacktop = (int)(sp - lp);
                nf->previous = f;
                ts->frame = nf;
                f = nf;
                goto start_frame;
            }
        }
        {
            KrObject *res;
            if (KR_TYPE(callable) == &KrCFunction_Type && ((KrCFunctionObject *)callable)->vectorcall)
                res = ((KrCFunctionObject *)callable)->vectorcall(callable, args, total - nkw, kwn);
            else
                res = kr_object_vectorcall(callable, args, total - nkw, kwn);
            for (ssize_t i = 0; i < total; i++)
                KR_DECREF(args[i]);
            KR_DECREF(callable);
            KR_XDECREF(kwnames);
            kwnames = NULL;
            sp = argbase - 2;
            if (!res)
                goto error;
            PUSH(res);
            DISPATCH();
        }
    call_fail:
        KR_XDECREF(kwnames);
        kwnames = NULL;
        goto error;
    }
    }
    TARGET(CALL_FUNCTION_EX) {
        KrObject *kwargs = (oparg & 1) ? POP() : NULL;
        KrObject *callargs = POP();
        KrObject *self = POP();
        KrObject *callable = TOP();
        KrObject *res = kr_ceval_call_function_ex(callable, self, callargs, kwargs);
        KR_XDECREF(kwargs);
        KR_DECREF(callargs);
        KR_XDECREF(self);
        KR_DECREF(callable);
        sp--;
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        int n = 0;
        KrObject *fn = kr_ceval_make_function(f, sp, oparg, &n);
        for (int i = 0; i < n; i++)
            KR_DECREF(POP());
        if (!fn)
            goto error;
        PUSH(fn);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        KrObject *v = kr_ceval_load_build_class(f);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        if (kr_ceval_setup_annotations(f) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        KrObject *fromlist = POP(), *level = TOP();
        KrObject *m = kr_ceval_import_name(f, names[oparg], fromlist, level);
        KR_DECREF(fromlist);
        if (!m)
            goto error;
        KR_DECREF(level);
        SET_TOP(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        KrObject *v = kr_ceval_import_from(TOP(), names[oparg]);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        KrObject *m = POP();
        int err = kr_ceval_import_star(f, m);
        KR_DECREF(m);
        if (err < 0)
            goto error;
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
        if (oparg == 0) {
            KrObject *exc = kr_ceval_reraise_active(ts);
            if (!exc)
                goto error;
            KR_INCREF(exc);
            kr_err_restore(exc);
            goto exception_unwind;
        }
        KrObject *cause = oparg == 2 ? POP() : NULL;
        KrObject *exc = POP();
        kr_ceval_do_raise(exc, cause);
        KR_DECREF(exc);
        KR_XDECREF(cause);
        goto error;
    }
    TARGET(RERAISE) {
        KrObject *exc = POP();
        if (oparg) {
            KrObject *lasti = PEEK(oparg);
            int64_t li = -1;
            /* the frame's line goes back to where the exception began;
             * the handler search below still starts from this RERAISE */
            if (lasti && KR_INT_CHECK_EXACT(lasti) && small_int(lasti, &li) && li >= 0 && li < co->co_ninstrs)
                f->ip = first_instr + li + 1;
        }
        kr_err_restore(exc);
        goto exception_unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        KrObject *exc = TOP();
        KrObject *prev = ts->exc_info ? ts->exc_info : Kr_None;
        if (KR_UNLIKELY(f->owner == KR_FRAME_OWNED_BY_GENERATOR) && ts->exc_info == kr_gen_caller_exc(f)) {
            KR_XDECREF(ts->exc_info);
            prev = NULL;     /* "inherited from whoever resumes us" */
        }
        KR_INCREF(exc);
        ts->exc_info = exc;
        SET_TOP(prev);
        PUSH(exc);
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        KrObject *prev = POP();
        KrObject *old = ts->exc_info;
        if (KR_UNLIKELY(prev == NULL))
            prev = KR_XNEWREF(kr_gen_caller_exc(f));
        ts->exc_info = prev == Kr_None ? NULL : prev;
        KR_XDECREF(old);
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        KrObject *type = TOP(), *exc = SECOND();
        if (kr_ceval_check_except_type(type) < 0)
            goto error;
        int r = kr_err_given_matches(exc, type);
        KR_DECREF(type);
        SET_TOP(kr_bool_from(r > 0));
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(KR_NEWREF(&KrExc_AssertionError_Type));
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        KrObject *mgr = TOP();
        KrObject *exit = NULL;
        KrObject *res = kr_ceval_before_with(mgr, &exit);
        if (!res)
            goto error;
        KR_DECREF(mgr);
        SET_TOP(exit);
        PUSH(res);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        KrObject *res = kr_ceval_with_except_start(PEEK(4), TOP());
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        KrObject *v = POP();
        KrObject *r = kr_ceval_print_expr(v);
        KR_DECREF(v);
        if (!r)
            goto error;
        KR_DECREF(r);
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        KrObject *is_map = kr_bool_from((KR_TYPE(TOP())->tp_flags & KR_TPFLAGS_MAPPING) != 0);
        PUSH(is_map);
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        KrObject *is_seq = kr_bool_from((KR_TYPE(TOP())->tp_flags & KR_TPFLAGS_SEQUENCE) != 0);
        PUSH(is_seq);
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        KrObject *v = kr_match_keys(SECOND(), TOP());
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        KrObject *attr_names = POP(), *cls = POP(), *subject = TOP();
        KrObject *v = kr_match_class(subject, cls, oparg, attr_names);
        KR_DECREF(attr_names);
        KR_DECREF(cls);
        if (!v)
            goto error;
        SET_TOP(v);
        KR_DECREF(subject);
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        KrObject *type = POP(), *exc = TOP();
        KrObject *match, *rest;
        int r = kr_exc_group_match(exc, type, &match, &rest);
        KR_DECREF(type);
        if (r < 0)
            goto error;
        KR_DECREF(exc);
        SET_TOP(rest);
        PUSH(match);
        if (match != Kr_None) {
            KrObject *old = ts->exc_info;
            ts->exc_info = kr_newref(match);
            KR_XDECREF(old);
        }
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        KrObject *list = POP(), *orig = POP();
        KrObject *r = kr_exc_prep_reraise_star(orig, list);
        KR_DECREF(list);
        KR_DECREF(orig);
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(GET_LEN) {
        ssize_t n = kr_object_size(TOP());
        if (n < 0)
            goto error;
        KrObject *v = kr_int_from_ssize(n);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(CALL_INTRINSIC_1) {
        KrObject *v = kr_intrinsic_1(f, oparg, TOP());
        if (!v)
            goto error;
        KR_DECREF(TOP());
        SET_TOP(v);
        DISPATCH();
    }
    TARGET(CALL_INTRINSIC_2) {
        KrObject *v = kr_intrinsic_2(f, oparg, SECOND(), TOP());
        if (!v)
            goto error;
        KR_DECREF(POP());
        KR_DECREF(TOP());
        SET_TOP(v);
        DISPATCH();
    }
    TARGET(CLEANUP_THROW)
    TARGET(RETURN_GENERATOR)
    TARGET(EXTENDED_ARG) {
        kr_err_format(KrExc_SystemError, "unknown opcode %d", KR_INSTR_OP(word));
        goto error;
    }
#ifndef USE_COMPUTED_GOTO
    default:
        kr_err_format(KrExc_SystemError, "unknown opcode %d", KR_INSTR_OP(word));
        goto error;
    }
#endif

do_return:
    ts->recursion_depth--;
    if (f->is_entry) {
        f->stacktop = (int)(sp - lp);
        ts->frame = f->previous;
        ts->c_recursion_depth--;
        return retval;
    }
    {
        KrFrame *caller = f->previous;
        f->stacktop = (int)(sp - lp);
        ts->frame = caller;
        pop_frame_fast(ts, f);
        f = caller;
        LOAD_REGISTERS();
        PUSH(retval);
        DISPATCH();
    }

exit_yield:
    ts->recursion_depth--;
    ts->frame = f->previous;
    ts->c_recursion_depth--;
    return retval;

error:
    kr_traceback_add_here(f);
exception_unwind: {
        const KrExcEntry *h = co->co_nexctab ? find_handler(co, (int)(ip - first_instr) - 1) : NULL;
        KrObject **base = lp + co->co_nlocalsplus;
        if (h) {
            while (sp > base + h->depth) {
                KrObject *v = POP();
                KR_XDECREF(v);
            }
            if (h->push_lasti) {
                KrObject *li = kr_int_from_long((long)(ip - first_instr) - 1);
                if (!li)
                    goto exception_unwind;
                PUSH(li);
            }
            KrObject *exc = kr_err_fetch();
            PUSH(exc);
            JUMP_TO(h->target);
            DISPATCH();
        }
        while (sp > base) {
            KrObject *v = POP();
            KR_XDECREF(v);
        }
    }
exit_unwind:
    ts->recursion_depth--;
    f->stacktop = (int)(sp - lp);
    if (f->is_entry) {
        ts->frame = f->previous;
        ts->c_recursion_depth--;
        return NULL;
    }
    {
        KrFrame *caller = f->previous;
        ts->frame = caller;
        kr_frame_pop(ts, f);
        f = caller;
        LOAD_REGISTERS();
        goto error;
    }
}

