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
 * continues in the same loop; RETURN pops back into the caller.  Calling a
 * class whose instances are made by object.__new__ and set up by a Python
 * __init__ works the same way: the instance is made, __init__'s frame is
 * pushed with it as self and marked is_init, and its return checks None
 * and leaves the instance, already on the caller's stack, as the result.
 * Only a call made from C (kr_function_vectorcall, a generator resuming, a
 * class body) enters kr_eval_frame anew, marking its frame is_entry;
 * leaving an entry frame returns to C.  The frame registers (ip, sp) live
 * in locals; f->ip is written at every dispatch so tracebacks, f_lineno
 * and sys._getframe always see the current instruction, and f->stacktop
 * is written whenever the frame is left (call, yield).
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
 * use.  LOAD_GLOBAL and STORE_GLOBAL remember the name's dict entry and
 * the keys tags (kver) of globals and builtins: tags change only when a
 * key is added or deleted, so stores to globals leave the entries valid
 * and a load reads the current value from the entry (GlobalCache).
 * LOAD_ATTR/STORE_ATTR remember the owner's type and version tag and what
 * the lookup found: the instance dict with an entry position hint that is
 * checked by key identity (kr_dict_hint), a __slots__ offset, a method on
 * the type, or "not cacheable"; each of them has ATTR_WAYS extra entries
 * for sites that see several classes.  CALL of a class remembers whether
 * the class qualifies for the in-loop __init__ call.
 *
 * Fast paths inline the exact-type cases that are identical to the
 * generic ones: machine-word ints and floats (also mixed), list items and
 * slices, str concatenation, compare-and-branch.  Some instructions also
 * do the instruction after them when it is of a usual kind, saving a
 * dispatch: LOAD_FAST + LOAD_ATTR/STORE_ATTR (the local only borrowed) or
 * LOAD_FAST, FOR_ITER + STORE_FAST, UNPACK_SEQUENCE 2 + two STORE_FASTs,
 * BUILD_SLICE + BINARY_SUBSCR on a list, POP_TOP + JUMP_BACKWARD; such a
 * pair behaves exactly as the two instructions would, f->ip included.
 */
#include "kr.h"
#include <pthread.h>
#include "vm/ceval_helpers.h"

/* ---- small helpers --------------------------------------------------------- */

#if defined(__GNUC__) || defined(__clang__)
#define ALWAYS_INLINE __attribute__((always_inline)) inline
#else
#define ALWAYS_INLINE inline
#endif

/* LOAD_GLOBAL and STORE_GLOBAL remember the name's entry and the keys tag
 * (kver) of the dicts it depends on.  Found in globals: while the globals'
 * keys tag holds, the entry is still the name's, whatever values were
 * stored since (a loop doing `global x; x = ...` changes no tag).  Found
 * in builtins: the name is still absent from globals while the globals'
 * tag holds, and the entry is still its builtin while the builtins' tag
 * holds.  Zeroed, a slot matches nothing: 0 is never a tag. */
typedef struct GlobalCache {
    uint64_t gkver;           /* globals' keys tag */
    uint64_t bkver;           /* found in builtins: builtins' keys tag; else 0 */
    KrDictEntry *ep;          /* the name's entry in the dict it was found in */
} GlobalCache;

/* the remembered entry of a name when it is still valid, else NULL */
static inline KrDictEntry *global_entry(const GlobalCache *c, KrObject *globals, KrObject *builtins)
{
    KrDictKeys *gk = ((KrDictObject *)globals)->keys;
    if (!gk || gk->kver != c->gkver)
        return NULL;
    if (c->bkver) {
        KrDictKeys *bk;
        if (!KR_DICT_CHECK_EXACT(builtins) || !(bk = ((KrDictObject *)builtins)->keys) || bk->kver != c->bkver)
            return NULL;
    }
    return c->ep;
}

/* remember that name is at position ix of d (globals, or builtins with
 * globals' tag gkver); nothing when a release run by the store has moved
 * it meanwhile */
static void global_entry_set(GlobalCache *c, uint64_t gkver, KrObject *d, ssize_t ix, KrObject *name, int in_builtins)
{
    KrDictEntry *ep = ix >= 0 ? kr_dict_hint(d, ix, name) : NULL;
    if (!ep) {
        c->gkver = 0;
        return;
    }
    c->ep = ep;
    c->gkver = in_builtins ? gkver : kr_dict_kver(d);
    c->bkver = in_builtins ? kr_dict_kver(d) : 0;
}

/* LOAD_ATTR on instances of a type with generic attribute lookup, valid
 * while the type's version tag is unchanged.  ATTR_GENERIC remembers that
 * the lookup cannot be cached for this type (a property, a class-level
 * value ...), so the fill is not retried on every execution. */
enum { ATTR_INSTANCE_DICT = 1, ATTR_METHOD = 2, ATTR_GENERIC = 3, ATTR_SLOT = 4 };
typedef struct AttrCache {
    KrTypeObject *type;
    unsigned int version;
    int kind;
    KrObject *descr;          /* ATTR_METHOD: the function, borrowed from the type */
    ssize_t hint;             /* ATTR_INSTANCE_DICT: entry index of the name in the
                               * instance dict it was first found in (instances
                               * of a class mostly share their attribute order), or -1;
                               * ATTR_SLOT: offset of the __slots__ entry in the instance */
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

/* store a LOAD_ATTR entry: into the slot, pushing what it held for
 * another type into the extra entries.  That type may have been freed
 * since (entries borrow it), so it is not looked at: a stale entry can
 * never match, a type's version tags are never reused. */
static void attr_cache_put(KrCodeObject *co, CacheSlot *c, int idx, KrTypeObject *tp, int kind, KrObject *descr,
                           ssize_t hint)
{
    AttrCache *a = &c[idx].a;
    if (a->more && a->type && a->type != tp) {
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

static inline KrObject **instance_dict_ptr(KrObject *o, KrTypeObject *tp)
{
    return tp->tp_dictoffset > 0 ? (KrObject **)((char *)o + tp->tp_dictoffset) : kr_object_dict_ptr(o);
}

static inline KrObject *instance_dict(KrObject *o, KrTypeObject *tp)
{
    KrObject **dp = instance_dict_ptr(o, tp);
    return dp ? *dp : NULL;
}

/* LOAD_ATTR from an exact instance dict whose remembered position missed:
 * one lookup that also moves the hint to where this instance keeps the
 * name, so a site alternating between two layouts costs no more than a
 * plain lookup */
static KrObject *instance_dict_get(AttrCache *a, KrObject *d, KrObject *name)
{
    ssize_t ix = kr_dict_index_str(d, name);
    if (ix >= 0) {
        KrDictEntry *ep = kr_dict_hint(d, ix, name);
        if (ep) {
            a->hint = ix;
            return ep->value;
        }
    }
    return kr_dict_get_str(d, name);
}

/* after a generic STORE_ATTR succeeded: no data descriptor on the type
 * means the next store with the same type version goes to the dict */
static void store_attr_cache_fill(KrCodeObject *co, int idx, KrObject *owner, KrObject *name)
{
    KrTypeObject *tp = KR_TYPE(owner);
    if (tp->tp_setattro != kr_object_generic_setattr || tp->tp_version_tag == 0 || !KR_STR_CHECK_EXACT(name))
        return;
    KrObject *descr = kr_type_lookup(tp, name);
    ssize_t off = descr ? kr_descr_member_slot(descr, tp, 1) : -1;
    if (descr ? off < 0 : !tp->tp_dictoffset)
        return;
    CacheSlot *c = cache_slots(co);
    if (!c)
        return;
    attr_cache_put(co, c, idx, tp, descr ? ATTR_SLOT : ATTR_INSTANCE_DICT, NULL, descr ? off : -1);
}

/* after a generic LOAD_ATTR succeeded: remember what the lookup depended on */
static void attr_cache_fill(KrCodeObject *co, int idx, KrObject *owner, KrObject *name, int method)
{
    KrTypeObject *tp = KR_TYPE(owner);
    if (tp->tp_getattro != kr_object_generic_getattr || tp->tp_version_tag == 0 || !KR_STR_CHECK_EXACT(name))
        return;
    KrObject *descr = kr_type_lookup(tp, name);
    int kind;
    ssize_t hint = -1;
    if (!descr) {
        kind = tp->tp_dictoffset ? ATTR_INSTANCE_DICT : ATTR_GENERIC;
    } else if (method && (KR_TYPE(descr) == &KrFunction_Type || KR_TYPE(descr) == &KrMethodDescr_Type)) {
        kind = ATTR_METHOD;
    } else if ((hint = kr_descr_member_slot(descr, tp, 0)) >= 0) {
        /* a data descriptor: it wins over the instance dict */
        kind = ATTR_SLOT;
        descr = NULL;
    } else {
        kind = ATTR_GENERIC;
        descr = NULL;
    }
    CacheSlot *c = cache_slots(co);
    if (!c)
        return;
    KrObject *d = kind == ATTR_INSTANCE_DICT ? instance_dict(owner, tp) : NULL;
    if (d && KR_DICT_CHECK_EXACT(d))
        hint = kr_dict_index_str(d, name);
    else if (kind == ATTR_INSTANCE_DICT)
        hint = -1;
    attr_cache_put(co, c, idx, tp, kind, descr, hint);
}

/* LOAD_ATTR's cached cases, touching neither the stack nor a reference
 * count: the attribute, borrowed, with *self_too 0; or for a method load
 * the function, borrowed, with *self_too 1.  NULL: take the slow path
 * (nothing was done), *fill set to 0 when the entry says the lookup is
 * not cacheable.  Shared by LOAD_ATTR and by LOAD_FAST when a LOAD_ATTR
 * follows it (`self.x`), which then needs no reference to the local. */
static ALWAYS_INLINE KrObject *load_attr_cached(KrCodeObject *co, CacheSlot *cs, int idx, KrObject *owner,
                                                KrObject *name, int method, int *self_too, int *fill)
{
    KrTypeObject *tp = KR_TYPE(owner);
    if (!cs || !((cs[idx].a.type == tp && cs[idx].a.version == tp->tp_version_tag) ||
                 attr_cache_promote(co, cs, idx, tp)))
        return NULL;
    int kind = cs[idx].a.kind;
    if (kind == ATTR_SLOT) {
        KrObject *v = *(KrObject **)((char *)owner + cs[idx].a.hint);
        *self_too = 0;
        return v;     /* an empty slot takes the slow path, for its AttributeError */
    }
    KrObject *d = instance_dict(owner, tp);
    if (kind == ATTR_INSTANCE_DICT) {
        if (d && KR_DICT_CHECK_EXACT(d)) {
            KrDictEntry *ep = kr_dict_hint(d, cs[idx].a.hint, name);
            *self_too = 0;
            return ep ? ep->value : instance_dict_get(&cs[idx].a, d, name);
        }
    } else if (kind == ATTR_METHOD && method && (!d || (KR_DICT_CHECK_EXACT(d) && !kr_dict_get_str(d, name)))) {
        *self_too = 1;
        return cs[idx].a.descr;
    } else if (kind == ATTR_GENERIC) {
        *fill = 0;
    }
    return NULL;
}

/* STORE_ATTR's cached cases (the instance dict with no descriptor on the
 * type, or a __slots__ entry): 1 when it applied and v is stored, -1 when
 * it applied and failed; v's
 * reference is taken over either way.  0: it does not apply, nothing was
 * done.  Shared by STORE_ATTR and by LOAD_FAST when a STORE_ATTR follows
 * it (`self.x = v`). */
static ALWAYS_INLINE int store_attr_cached(KrCodeObject *co, CacheSlot *cs, int idx, KrObject *owner, KrObject *name,
                                           KrObject *v)
{
    KrTypeObject *tp = KR_TYPE(owner);
    KrObject **dp;
    if (!cs || !((cs[idx].a.type == tp && cs[idx].a.version == tp->tp_version_tag) ||
                 attr_cache_promote(co, cs, idx, tp)))
        return 0;
    if (cs[idx].a.kind == ATTR_SLOT) {
        KrObject **p = (KrObject **)((char *)owner + cs[idx].a.hint);
        KrObject *old = *p;
        *p = v;
        KR_XDECREF(old);
        return 1;
    }
    if ((dp = instance_dict_ptr(owner, tp)) == NULL)
        return 0;
    KrObject *d = *dp;
    if (!d) {
        /* a first store makes the instance dict, as the generic setattr does */
        d = *dp = kr_dict_new();
        if (!d) {
            KR_DECREF(v);
            return -1;
        }
    } else if (!KR_DICT_CHECK_EXACT(d)) {
        return 0;
    }
    KrDictEntry *ep = kr_dict_hint(d, cs[idx].a.hint, name);
    if (ep) {
        kr_dict_entry_set(d, ep, v);
        return 1;
    }
    ssize_t ix = kr_dict_set_index(d, name, v);
    KR_DECREF(v);
    if (ix < 0)
        return -1;
    cs[idx].a.hint = ix;
    return 1;
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
static ALWAYS_INLINE int small_int(KrObject *o, int64_t *v)
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

/* the value of an exact int of size -1, 0 or 1; a zero may leave its
 * digit unwritten, so it is not multiplied in */
static ALWAYS_INLINE int64_t one_digit(KrObject *o, ssize_t size)
{
    int64_t d = ((KrIntObject *)o)->digits[0];
    return size < 0 ? -d : size == 0 ? 0 : d;
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

/* tests rather than a switch: a switch is one indirect jump shared by
 * every float operation of the program, which predicts badly */
static ALWAYS_INLINE int float_op(int op, double a, double b, double *out)
{
    if (op == KR_NB_ADD)
        *out = a + b;
    else if (op == KR_NB_SUBTRACT)
        *out = a - b;
    else if (op == KR_NB_MULTIPLY)
        *out = a * b;
    else if (op == KR_NB_TRUE_DIVIDE && b != 0.0)
        *out = a / b;
    else
        return 0;
    return 1;
}

/* An operand nobody else can see may hold the result in place: a
 * temporary on the stack (refcount 1), or the value of the local that the
 * next instruction overwrites with the result (`total += x`). */
static ALWAYS_INLINE int reusable(KrObject *o, const kr_instr *next, KrObject **lp)
{
    ssize_t rc = KR_REFCNT(o);
    if (rc == 1)
        return 1;
    return rc == 2 && KR_INSTR_OP(*next) == KR_OP_STORE_FAST && lp[KR_INSTR_ARG(*next)] == o;
}

/* A comparison's outcome as a bit number, 2*(a >= b) + (a <= b): 1 for
 * less, 3 for equal, 2 for greater, 0 for unordered (a NaN), and for each
 * operator the set of outcomes that make it true.  One shift and mask
 * then answers any operator without a branch per operator (a switch there
 * is an indirect jump shared by every comparison in the program). */
static const uint8_t cmp_true_set[8] = {
    [KR_LT] = 1 << 1, [KR_LE] = 1 << 1 | 1 << 3, [KR_EQ] = 1 << 3,
    [KR_NE] = 1 << 0 | 1 << 1 | 1 << 2, [KR_GT] = 1 << 2, [KR_GE] = 1 << 2 | 1 << 3,
};
#define CMP_OUTCOME(ge, le) ((unsigned)(ge) << 1 | (unsigned)(le))

/* `x = a op b`: the object x holds until the STORE_FAST that follows
 * releases it, when nothing else refers to it and its type is exactly
 * `type`, else NULL.  For exact ints and floats (no finalizer, no weak
 * references) putting the result into it and skipping the STORE_FAST is
 * invisible, and saves freeing one object and making another. */
static ALWAYS_INLINE KrObject *dying_local(const kr_instr *next, KrObject **lp, KrTypeObject *type)
{
    if (KR_INSTR_OP(*next) != KR_OP_STORE_FAST)
        return NULL;
    KrObject *old = lp[KR_INSTR_ARG(*next)];
    return old && KR_TYPE(old) == type && KR_REFCNT(old) == 1 ? old : NULL;
}

static ALWAYS_INLINE int cmp_result(int op, int c)
{
    return (cmp_true_set[op & 7] >> CMP_OUTCOME(c >= 0, c <= 0)) & 1;
}

static ALWAYS_INLINE int int_cmp(int op, int64_t a, int64_t b)
{
    return (cmp_true_set[op & 7] >> CMP_OUTCOME(a >= b, a <= b)) & 1;
}

static ALWAYS_INLINE int float_cmp(int op, double a, double b)
{
    return (cmp_true_set[op & 7] >> CMP_OUTCOME(a >= b, a <= b)) & 1;
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
    f->is_init = 0;
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
            GlobalCache *c = &((CacheSlot *)co->co_cache)[index].g;
            KrObject *d = in_builtins ? f->builtins : f->globals;
            global_entry_set(c, kr_dict_kver(f->globals), d, kr_dict_index_str(d, name), name, in_builtins);
        }
    }
    return v;
}

/* CALL of a class: its __init__ when the call is object.__new__ and then
 * that Python function (kr_typeslots_plain_init), else NULL.  Remembered
 * in the instruction's slot, keyed by the class's version tag, which
 * moves whenever __init__, __new__ or the bases change anywhere in the
 * MRO. */
static KrObject *class_init(KrCodeObject *co, int idx, KrTypeObject *tp)
{
    CacheSlot *c = (CacheSlot *)co->co_cache;
    if (c && c[idx].a.type == tp && c[idx].a.version == tp->tp_version_tag && tp->tp_version_tag)
        return c[idx].a.descr;
    KrObject *init = kr_typeslots_plain_init(tp);
    if (tp->tp_version_tag && (c = cache_slots(co)) != NULL) {
        c[idx].a.type = tp;
        c[idx].a.version = tp->tp_version_tag;
        c[idx].a.descr = init;
    }
    return init;
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
        first_instr = co->co_instrs; \
        sp = lp + f->stacktop; ip = f->ip; \
        consts = KR_TUPLE_ITEMS(co->co_consts); names = KR_TUPLE_ITEMS(co->co_names); \
    } while (0)

/* ---- the loop -------------------------------------------------------------- */

/* The loop keeps one register for the frame: lp, its locals, at a fixed
 * offset from the frame header, so f (a macro) costs no register of its
 * own; the loop has more live values than x86-64 has callee-saved
 * registers. */
#define f ((KrFrame *)((char *)lp - offsetof(KrFrame, localsplus)))
#define co (f->code)

KrObject *kr_eval_frame(KrThreadState *ts, KrFrame *entry_frame, int throwflag)
{
#ifdef USE_COMPUTED_GOTO
    static void *const targets[KR_OP_COUNT] = {
#define OP(name, flags, effect, doc) &&op_##name,
#include "compiler/opcodes.def"
#undef OP
    };
#endif
    kr_instr *first_instr, *ip;
    KrObject **lp = entry_frame->localsplus, **sp, *const *consts, *const *names;
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
    if (KR_UNLIKELY(++ts->recursion_depth > ts->interp->recursion_limit))
        goto too_deep;
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
        /* resumed after a yield whose value is discarded (a generator
         * expression, a `yield` statement): the POP_TOP, without a
         * dispatch */
        if (oparg && KR_INSTR_OP(*ip) == KR_OP_POP_TOP) {
            NEXT();
            goto pop_top;
        }
        DISPATCH();
    }
    TARGET(POP_TOP) {
    pop_top: {
        KrObject *v = POP();
        KR_XDECREF(v);
        /* a loop body ending in an expression statement: the jump back */
        if (KR_INSTR_OP(*ip) == KR_OP_JUMP_BACKWARD) {
            NEXT();
            goto jump_backward;
        }
        DISPATCH();
    }
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
        kr_instr nxt = *ip;
        if (KR_INSTR_OP(nxt) == KR_OP_LOAD_ATTR) {
            /* `x.attr` of a local: when the cache answers, the LOAD_ATTR
             * is done here and the local is only borrowed */
            int a2 = KR_INSTR_ARG(nxt), self_too, fill;
            KrObject *hit = load_attr_cached(co, (CacheSlot *)co->co_cache, (int)(ip - first_instr), v,
                                             names[a2 >> 1], a2 & 1, &self_too, &fill);
            if (hit) {
                f->ip = ++ip;
                KR_INCREF(hit);
                PUSH(hit);
                if (self_too) {
                    KR_INCREF(v);
                    PUSH(v);
                } else if (a2 & 1) {
                    PUSH(NULL);
                }
                DISPATCH();
            }
        } else if (KR_INSTR_OP(nxt) == KR_OP_STORE_ATTR) {
            /* `x.attr = value` of a local, the same way */
            f->ip = ip + 1;
            int st = store_attr_cached(co, (CacheSlot *)co->co_cache, (int)(ip - first_instr), v,
                                       names[KR_INSTR_ARG(nxt)], TOP());
            if (st) {
                sp--;
                ip++;
                if (st < 0)
                    goto error;
                DISPATCH();
            }
        } else if (KR_INSTR_OP(nxt) == KR_OP_LOAD_FAST && lp[KR_INSTR_ARG(nxt)]) {
            /* two operands (`a + b`, `f(a, b)`): one dispatch */
            KrObject *w = lp[KR_INSTR_ARG(nxt)];
            KR_INCREF(v);
            KR_INCREF(w);
            PUSH(v);
            PUSH(w);
            f->ip = ++ip;
            DISPATCH();
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
        KrDictEntry *ep;
        if (cs && (ep = global_entry(&cs[idx].g, f->globals, f->builtins)) != NULL) {
            v = ep->value;
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
        CacheSlot *cs = (CacheSlot *)co->co_cache;
        int idx = (int)(ip - first_instr) - 1;
        KrDictEntry *ep;
        if (cs && !cs[idx].g.bkver && (ep = global_entry(&cs[idx].g, f->globals, f->builtins)) != NULL) {
            kr_dict_entry_set(f->globals, ep, v);
            DISPATCH();
        }
        ssize_t ix = kr_dict_set_index(f->globals, names[oparg], v);
        KR_DECREF(v);
        if (ix < 0)
            goto error;
        if (KR_DICT_CHECK_EXACT(f->globals) && (cs = cache_slots(co)) != NULL)
            global_entry_set(&cs[idx].g, 0, f->globals, ix, names[oparg], 0);
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
        int fill = 1, self_too;
        KrObject *hit = load_attr_cached(co, cs, idx, owner, name, oparg & 1, &self_too, &fill);
        if (hit) {
            KR_INCREF(hit);
            SET_TOP(hit);
            if (self_too) {
                PUSH(owner);
            } else {
                KR_DECREF(owner);
                if (oparg & 1)
                    PUSH(NULL);
            }
            DISPATCH();
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
        CacheSlot *cs = (CacheSlot *)co->co_cache;
        int idx = (int)(ip - first_instr) - 1;
        int err = store_attr_cached(co, cs, idx, owner, name, v);
        if (err) {
            KR_DECREF(owner);
            if (err < 0)
                goto error;
            DISPATCH();
        }
        err = kr_object_setattr(owner, name, v);
        if (err == 0)
            store_attr_cache_fill(co, idx, owner, name);
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
        int64_t lo, hi;
        int err;
        if (KR_LIST_CHECK_EXACT(container) &&
            (start == Kr_None ? (lo = 0, 1) : KR_INT_CHECK_EXACT(start) && small_int(start, &lo)) &&
            (stop == Kr_None ? (hi = PTRDIFF_MAX, 1) : KR_INT_CHECK_EXACT(stop) && small_int(stop, &hi))) {
            /* l[i:j] = v: what list's item assignment does with slice(i, j) */
            ssize_t a = (ssize_t)lo, b = (ssize_t)hi;
            kr_slice_adjust_indices(KR_LIST_LEN(container), &a, &b, 1);
            err = kr_list_ass_slice(container, a, b, v);
        } else {
            KrObject *slice = kr_slice_new(start, stop, NULL);
            err = slice ? kr_object_setitem(container, slice, v) : -1;
            KR_XDECREF(slice);
        }
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
        if (oparg == 3 && KR_INSTR_OP(*ip) == KR_OP_BINARY_SUBSCR && KR_LIST_CHECK_EXACT(sp[-4])) {
            /* l[i:j:k] on an exact list: the BINARY_SUBSCR that follows,
             * without the slice object (bounds as slice.indices fits them) */
            KrObject *kstep = sp[-1], *kstop = sp[-2], *kstart = sp[-3], *l = sp[-4];
            int64_t st, a = 0, b = 0;
            if (KR_INT_CHECK_EXACT(kstep) && small_int(kstep, &st) && st != 0 &&
                (kstart == Kr_None || (KR_INT_CHECK_EXACT(kstart) && small_int(kstart, &a))) &&
                (kstop == Kr_None || (KR_INT_CHECK_EXACT(kstop) && small_int(kstop, &b)))) {
                ssize_t lo = kstart == Kr_None ? (st < 0 ? PTRDIFF_MAX : 0) : (ssize_t)a;
                ssize_t hi = kstop == Kr_None ? (st < 0 ? PTRDIFF_MIN : PTRDIFF_MAX) : (ssize_t)b;
                ssize_t n = kr_slice_adjust_indices(KR_LIST_LEN(l), &lo, &hi, (ssize_t)st);
                f->ip = ++ip;        /* a failure is the BINARY_SUBSCR's */
                KrObject *r = st == 1 ? kr_list_slice(l, lo, hi) : kr_list_slice_step(l, lo, (ssize_t)st, n);
                if (!r)
                    goto error;
                sp -= 4;
                KR_DECREF(kstep);
                KR_DECREF(kstop);
                KR_DECREF(kstart);
                KR_DECREF(l);
                PUSH(r);
                DISPATCH();
            }
        }
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
            ssize_t sa = KR_SIZE(a), sb = KR_SIZE(b);
            int ok;
            if (KR_LIKELY((size_t)(sa + 1) <= 2 && (size_t)(sb + 1) <= 2)) {
                /* one digit or zero each (every exact int block has room
                 * for a digit): + - * cannot overflow 64 bits, and plain
                 * tests instead of int_op_i64's switch keep each site's
                 * branch history of its own */
                x = one_digit(a, sa);
                y = one_digit(b, sb);
                ok = 1;
                if (op == KR_NB_ADD)
                    v = x + y;
                else if (op == KR_NB_SUBTRACT)
                    v = x - y;
                else if (op == KR_NB_MULTIPLY)
                    v = x * y;
                else
                    ok = int_op_i64(op, x, y, &v);
            } else {
                ok = small_int(a, &x) && small_int(b, &y) && int_op_i64(op, x, y, &v);
            }
            if (ok) {
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
                    if ((t = dying_local(ip, lp, &KrInt_Type)) != NULL) {
                        ((KrIntObject *)t)->digits[0] = (kr_digit)(v < 0 ? -v : v);
                        KR_SIZE(t) = v < 0 ? -1 : 1;
                        sp -= 2;
                        f->ip = ++ip;
                        KR_DECREF(a);
                        KR_DECREF(b);
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
                if ((t = dying_local(ip, lp, &KrFloat_Type)) != NULL) {
                    KR_FLOAT_AS_DOUBLE(t) = v;
                    sp -= 2;
                    f->ip = ++ip;
                    KR_DECREF(a);
                    KR_DECREF(b);
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
        int res;
        if (KR_INT_CHECK_EXACT(a) && KR_INT_CHECK_EXACT(b)) {
            int64_t x, y;
            if (!small_int(a, &x) || !small_int(b, &y))
                goto compare_generic;
            res = int_cmp(oparg, x, y);
        } else if (KR_FLOAT_CHECK_EXACT(a) && KR_FLOAT_CHECK_EXACT(b)) {
            res = float_cmp(oparg, KR_FLOAT_AS_DOUBLE(a), KR_FLOAT_AS_DOUBLE(b));
        } else if (KR_STR_CHECK_EXACT(a) && KR_STR_CHECK_EXACT(b)) {
            /* exact strs order by code point, which is what str's
             * rich comparison does */
            if (oparg == KR_EQ || oparg == KR_NE)
                res = kr_str_eq(a, b) == (oparg == KR_EQ);
            else
                res = cmp_result(oparg, kr_str_compare(a, b));
        } else {
            goto compare_generic;
        }
        {
            sp -= 2;
            KR_DECREF(a);
            KR_DECREF(b);
            kr_instr nxt = *ip;
            if (KR_INSTR_OP(nxt) == KR_OP_POP_JUMP_IF_FALSE) {
                if (!res)
                    JUMP_TO(KR_INSTR_ARG(nxt));
                else
                    ip++;
                DISPATCH();
            }
            if (KR_INSTR_OP(nxt) == KR_OP_POP_JUMP_IF_TRUE) {
                if (res)
                    JUMP_TO(KR_INSTR_ARG(nxt));
                else
                    ip++;
                DISPATCH();
            }
            PUSH(kr_bool_from(res));
            DISPATCH();
        }
    compare_generic:
        r = kr_object_richcompare(a, b, oparg);
        if (!r)
            goto error;
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
        /* (KR_LIKELY keeps gcc from treating this path as cold and
         * calling an out-of-line kr_decref from it) */
        if (KR_LIKELY(oparg == 2 && KR_INSTR_OP(ip[0]) == KR_OP_STORE_FAST &&
                      KR_INSTR_OP(ip[1]) == KR_OP_STORE_FAST &&
                      ((KR_TUPLE_CHECK_EXACT(seq) && KR_TUPLE_LEN(seq) == 2) ||
                       (KR_LIST_CHECK_EXACT(seq) && KR_LIST_LEN(seq) == 2)))) {
            /* `a, b = ...` and `for a, b in ...`: the two STORE_FASTs that
             * follow, done here in their order */
            KrObject *const *items = KR_TUPLE_CHECK_EXACT(seq) ? KR_TUPLE_ITEMS(seq) : KR_LIST_ITEMS(seq);
            KrObject *v0 = items[0], *v1 = items[1];
            KR_INCREF(v0);
            KR_INCREF(v1);
            sp--;
            KR_DECREF(seq);
            KrObject **slot = &lp[KR_INSTR_ARG(ip[0])];
            KrObject *old = *slot;
            *slot = v0;
            f->ip = ++ip;
            KR_XDECREF(old);
            slot = &lp[KR_INSTR_ARG(ip[0])];
            old = *slot;
            *slot = v1;
            f->ip = ++ip;
            KR_XDECREF(old);
            DISPATCH();
        }
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
        KrObject *next = kr_seqiter_next_inline(it);
        if (!next)
            next = KR_TYPE(it)->tp_iternext(it);
        if (KR_LIKELY(next != NULL)) {
            kr_instr nxt = *ip;
            if (KR_INSTR_OP(nxt) == KR_OP_STORE_FAST) {
                /* `for x in ...`: the STORE_FAST that follows, done here */
                KrObject **slot = &lp[KR_INSTR_ARG(nxt)];
                KrObject *old = *slot;
                *slot = next;
                f->ip = ++ip;
                KR_XDECREF(old);
                DISPATCH();
            }
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
    jump_backward:
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
        /* the commonest call, a plain Python function given exactly its
         * positional parameters (self included for a method loaded by
         * LOAD_ATTR), in a few tests; everything else below */
        KrObject **pbase = sp - oparg;
        KrObject *pfunc = pbase[-2];
        if (KR_FUNCTION_CHECK(pfunc)) {
            KrFunctionObject *fn = (KrFunctionObject *)pfunc;
            KrCodeObject *nco = (KrCodeObject *)fn->func_code;
            int with_self = pbase[-1] != NULL;
            int total = oparg + with_self;
            if (nco->co_argcount == total && nco->co_kwonlyargcount == 0 &&
                !(nco->co_flags & (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR | KR_CO_VARARGS |
                                   KR_CO_VARKEYWORDS))) {
                KrFrame *nf = push_frame_fast(ts, nco, pfunc, fn->func_globals,
                                              fn->func_builtins ? fn->func_builtins : ts->interp->builtins);
                if (!nf)
                    goto error;
                KrObject **args = pbase - with_self;
                KrObject **nlp = nf->localsplus;
                int nlocals = nco->co_nlocalsplus;
                for (int i = 0; i < total; i++)
                    nlp[i] = args[i];
                clear_slots(nlp + total, nlocals - total);
                f->stacktop = (int)(pbase - 2 - lp);
                nf->previous = f;
                ts->frame = nf;
                lp = nf->localsplus;
                if (KR_UNLIKELY(++ts->recursion_depth > ts->interp->recursion_limit))
                    goto too_deep;
                /* the registers of the new frame, without reloading them */
                first_instr = ip = nco->co_instrs;
                sp = nlp + nlocals;
                consts = KR_TUPLE_ITEMS(nco->co_consts);
                names = KR_TUPLE_ITEMS(nco->co_names);
                /* the callee's RESUME only polls the eval breaker */
                if (KR_LIKELY(!ts->eval_breaker) && KR_INSTR_OP(*ip) == KR_OP_RESUME)
                    ip++;
                DISPATCH();
            }
        }
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
        int init_call = 0;
        if (KR_TYPE(callable) == &KrType_Type && !self) {
            /* what type_call does for such a class, with __init__ run in
             * this loop: the instance goes into the self slot, __init__
             * replaces the class, and on return the instance (also left
             * where the result goes) is the call's value */
            KrObject *init = class_init(co, (int)(ip - first_instr) - 1, (KrTypeObject *)callable);
            if (init) {
                KrObject *obj = kr_object_new_default((KrTypeObject *)callable, argbase, call_total - nkw, kwn);
                if (!obj)
                    goto call_fail;
                KR_INCREF(init);
                argbase[-1] = self = obj;
                argbase[-2] = init;
                KR_DECREF(callable);     /* obj keeps its class alive */
                callable = init;
                args = argbase - 1;
                total = call_total + 1;
                init_call = 1;
            }
        }
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
                if (KR_UNLIKELY(init_call)) {
                    nf->is_init = 1;
                    KR_INCREF(self);
                    PUSH(self);
                }
                f->stacktop = (int)(sp - lp);
                nf->previous = f;
                ts->frame = nf;
                lp = nf->localsplus;
                goto start_frame;
            }
        }
        {
            KrObject *res;
            KrTypeObject *ct = KR_TYPE(callable);
            if (ct == &KrCFunction_Type && ((KrCFunctionObject *)callable)->vectorcall)
                res = ((KrCFunctionObject *)callable)->vectorcall(callable, args, total - nkw, kwn);
            else if (ct == &KrMethodDescr_Type && total - nkw >= 1 &&
                     KR_TYPE(args[0]) == ((KrMethodDescrObject *)callable)->d_type)
                /* `obj.method(...)` of a builtin type, loaded by LOAD_ATTR
                 * without binding: what method_descriptor's call does once
                 * its self check passed */
                res = kr_methoddef_call(((KrMethodDescrObject *)callable)->d_method, args[0], args + 1,
                                        total - nkw - 1, kwn);
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
        kr_err_format(KrExc_SystemError, "unknown opcode %d", KR_INSTR_OP(ip[-1]));
        goto error;
    }
#ifndef USE_COMPUTED_GOTO
    default:
        kr_err_format(KrExc_SystemError, "unknown opcode %d", KR_INSTR_OP(ip[-1]));
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
        int init = f->is_init;
        f->stacktop = (int)(sp - lp);
        ts->frame = caller;
        pop_frame_fast(ts, f);
        lp = caller->localsplus;
        LOAD_REGISTERS();
        if (KR_UNLIKELY(init)) {
            if (retval != Kr_None) {
                kr_err_format(KrExc_TypeError, "__init__() should return None, not '%s'",
                              KR_TYPE(retval)->tp_name);
                KR_DECREF(retval);
                goto error;
            }
            KR_DECREF(retval);
            DISPATCH();
        }
        PUSH(retval);
        DISPATCH();
    }

too_deep:
    kr_err_set_string(KrExc_RecursionError, "maximum recursion depth exceeded");
    LOAD_REGISTERS();
    goto exit_unwind;

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
        lp = caller->localsplus;
        LOAD_REGISTERS();
        goto error;
    }
}

#undef f
#undef co
