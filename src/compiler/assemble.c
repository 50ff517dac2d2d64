/* assemble.c: from the control-flow graph to a code object.
 *
 * Design and invariants:
 *  - Blocks are laid out in their `next` order (the order codegen opened
 *    them); unreachable blocks are dropped.  A reachable block that does
 *    not end in a terminator falls through into its `next`, which is
 *    therefore reachable and laid out right after it.
 *  - Every instruction is one 32-bit word, so offsets are known as soon
 *    as the layout is: jump operands are absolute instruction indexes, and
 *    an unconditional jump becomes JUMP_BACKWARD when its target is not
 *    after it (the VM checks the eval breaker only there).
 *  - Pseudo SETUP_* instructions take no space.  The stack-depth pass uses
 *    them to learn the depth each handler cuts the stack to (the depth at
 *    the SETUP, minus the enter result for `with`); the exception table
 *    is then runs of consecutive instructions sharing a handler.
 *  - co_stacksize is the maximum depth over all paths, handler entries
 *    included (cut + lasti + the exception).
 */
#include "symtable.h"

typedef struct {
    KrBlock **items;
    int n, cap;
} BlockStack;

static int bs_push(BlockStack *s, KrBlock *b)
{
    if (s->n == s->cap) {
        int nc = s->cap ? s->cap * 2 : 64;
        KrBlock **ni = kr_mem_realloc(s->items, (size_t)nc * sizeof(KrBlock *));
        if (!ni) {
            kr_err_nomemory();
            return -1;
        }
        s->items = ni;
        s->cap = nc;
    }
    s->items[s->n++] = b;
    return 0;
}

static bool falls_through(KrBlock *b)
{
    return b->n == 0 || !kr_cfg_is_terminator(b->instrs[b->n - 1].op);
}

int kr_cfg_mark_reachable(KrBlock *entry)
{
    for (KrBlock *b = entry; b; b = b->next)
        b->reachable = false;
    BlockStack st = { 0 };
    entry->reachable = true;
    if (bs_push(&st, entry) < 0)
        return -1;
    while (st.n) {
        KrBlock *b = st.items[--st.n];
        for (int i = 0; i < b->n; i++) {
            KrInstr *in = &b->instrs[i];
            if ((kr_cfg_is_jump(in->op) || kr_cfg_is_setup(in->op)) && in->target && !in->target->reachable) {
                in->target->reachable = true;
                if (bs_push(&st, in->target) < 0)
                    goto fail;
            }
        }
        if (falls_through(b) && b->next && !b->next->reachable) {
            b->next->reachable = true;
            if (bs_push(&st, b->next) < 0)
                goto fail;
        }
    }
    kr_mem_free(st.items);
    return 0;
fail:
    kr_mem_free(st.items);
    return -1;
}

static int stack_depth(KrBlock *entry, int *maxdepth)
{
    BlockStack st = { 0 };
    int max = 0;
    for (KrBlock *b = entry; b; b = b->next) {
        b->startdepth = -1;
        b->visited = false;
    }
    entry->startdepth = 0;
    if (bs_push(&st, entry) < 0)
        return -1;
#define PUSH_TO(blk, d)                                                   \
    do {                                                                  \
        KrBlock *t_ = (blk);                                              \
        int d_ = (d);                                                     \
        if (d_ > max)                                                     \
            max = d_;                                                     \
        if (t_ && t_->startdepth < 0) {                                   \
            t_->startdepth = d_;                                          \
            if (bs_push(&st, t_) < 0)                                     \
                goto fail;                                                \
        }                                                                 \
    } while (0)
    while (st.n) {
        KrBlock *b = st.items[--st.n];
        int depth = b->startdepth;
        bool term = false;
        for (int i = 0; i < b->n; i++) {
            KrInstr *in = &b->instrs[i];
            if (kr_cfg_is_setup(in->op)) {
                int cut = depth - (in->op == KR_PSEUDO_SETUP_WITH ? 1 : 0);
                in->target->handler_depth = cut;
                PUSH_TO(in->target, cut + 1 + (in->target->push_lasti ? 1 : 0));
                continue;
            }
            int op = in->op == KR_PSEUDO_JUMP_NO_INTERRUPT ? KR_OP_JUMP : in->op;
            if (kr_cfg_is_jump(op))
                PUSH_TO(in->target, depth + kr_opcode_stack_effect(op, in->arg, 1));
            depth += kr_opcode_stack_effect(op, in->arg, 0);
            if (depth > max)
                max = depth;
            if (depth < 0) {
                kr_err_format(KrExc_SystemError, "compiler: negative stack depth at %s (line %d)",
                              kr_opcode_names[op], (int)in->pos.lineno);
                goto fail;
            }
            if (kr_cfg_is_terminator(op)) {
                term = true;
                break;
            }
        }
        if (!term && b->next)
            PUSH_TO(b->next, depth);
    }
#undef PUSH_TO
    kr_mem_free(st.items);
    *maxdepth = max;
    return 0;
fail:
    kr_mem_free(st.items);
    return -1;
}

static KrObject *list_to_tuple(KrObject *l)
{
    return kr_tuple_from_array(KR_LIST_ITEMS(l), KR_LIST_LEN(l));
}

/* KRAIT_DIS=1 in the environment prints each assembled code object to
 * stderr: a developer aid for the compiler */
static void debug_dump(KrAsmInput *in, kr_instr *code, KrPosition *pos, int count, KrExcEntry *ex, int nex,
                       int maxdepth)
{
    const char *qn = kr_str_utf8(in->qualname);
    fprintf(stderr, "=== %s (stack %d)\n", qn ? qn : "?", maxdepth);
    for (int i = 0; i < count; i++) {
        int op = KR_INSTR_OP(code[i]);
        fprintf(stderr, "%4d %4d  %-24s %d\n", pos[i].lineno, i, op < KR_OP_COUNT ? kr_opcode_names[op] : "?",
                KR_INSTR_ARG(code[i]));
    }
    for (int i = 0; i < nex; i++)
        fprintf(stderr, "  exc %d to %d -> %d [%d]%s\n", ex[i].start, ex[i].end, ex[i].target, ex[i].depth,
                ex[i].push_lasti ? " lasti" : "");
}

KrObject *kr_assemble(KrAsmInput *in)
{
    KrBlock *entry = in->entry;
    if (kr_cfg_mark_reachable(entry) < 0)
        return NULL;
    int maxdepth = 0;
    if (stack_depth(entry, &maxdepth) < 0)
        return NULL;
    /* a reachable block that falls off the end returns None */
    KrBlock *last = NULL;
    for (KrBlock *b = entry; b; b = b->next)
        if (b->reachable)
            last = b;
    bool add_return = last && falls_through(last);
    int none_idx = -1;
    if (add_return) {
        for (ssize_t i = 0; i < KR_LIST_LEN(in->consts); i++)
            if (KR_LIST_GET(in->consts, i) == Kr_None) {
                none_idx = (int)i;
                break;
            }
        if (none_idx < 0) {
            if (kr_list_append(in->consts, Kr_None) < 0)
                return NULL;
            none_idx = (int)KR_LIST_LEN(in->consts) - 1;
        }
    }
    /* layout */
    int count = 0;
    for (KrBlock *b = entry; b; b = b->next) {
        b->offset = count;
        if (!b->reachable)
            continue;
        for (int i = 0; i < b->n; i++)
            if (!kr_cfg_is_setup(b->instrs[i].op))
                count++;
    }
    if (add_return)
        count++;
    kr_instr *code = kr_mem_alloc((size_t)count * sizeof(kr_instr) + 1);
    KrPosition *pos = kr_mem_alloc((size_t)count * sizeof(KrPosition) + 1);
    KrBlock **handlers = kr_mem_alloc((size_t)count * sizeof(KrBlock *) + 1);
    KrExcEntry *ex = NULL;
    KrObject *consts = NULL, *names = NULL, *lpnames = NULL, *result = NULL;
    if (!code || !pos || !handlers) {
        kr_err_nomemory();
        goto done;
    }
    int k = 0;
    KrPosition lastpos = { -1, -1, -1, -1 };
    for (KrBlock *b = entry; b; b = b->next) {
        if (!b->reachable)
            continue;
        for (int i = 0; i < b->n; i++) {
            KrInstr *ins = &b->instrs[i];
            if (kr_cfg_is_setup(ins->op))
                continue;
            int op = ins->op, arg = ins->arg;
            if (op == KR_PSEUDO_JUMP_NO_INTERRUPT)
                op = KR_OP_JUMP;
            if (kr_cfg_is_jump(op)) {
                arg = ins->target->offset;
                if (op == KR_OP_JUMP && arg <= k)
                    op = KR_OP_JUMP_BACKWARD;
            }
            code[k] = KR_MAKE_INSTR(op, arg);
            pos[k] = ins->pos;
            handlers[k] = ins->handler && ins->handler->reachable && ins->handler->handler_depth >= 0
                              ? ins->handler : NULL;
            lastpos = ins->pos;
            k++;
        }
    }
    /* instructions without a location (cleanup code) take the one of the
     * instruction before them, as CPython propagates locations; the
     * prologue before RESUME keeps none */
    {
        bool seen_resume = false;
        for (int i = 0; i < k; i++) {
            if (KR_INSTR_OP(code[i]) == KR_OP_RESUME)
                seen_resume = true;
            if (pos[i].lineno < 0 && seen_resume && i > 0)
                pos[i] = pos[i - 1];
        }
    }
    if (add_return) {
        code[k] = KR_MAKE_INSTR(KR_OP_RETURN_CONST, none_idx);
        pos[k] = lastpos;
        handlers[k] = NULL;
        k++;
    }
    /* exception table */
    int nex = 0;
    for (int i = 0; i < count; i++)
        if (handlers[i] && (i == 0 || handlers[i - 1] != handlers[i]))
            nex++;
    ex = kr_mem_alloc((size_t)nex * sizeof(KrExcEntry) + 1);
    if (!ex) {
        kr_err_nomemory();
        goto done;
    }
    nex = 0;
    for (int i = 0; i < count;) {
        if (!handlers[i]) {
            i++;
            continue;
        }
        int j = i + 1;
        while (j < count && handlers[j] == handlers[i])
            j++;
        KrBlock *h = handlers[i];
        ex[nex].start = i;
        ex[nex].end = j;
        ex[nex].target = h->offset;
        ex[nex].depth = h->handler_depth;
        ex[nex].push_lasti = h->push_lasti;
        nex++;
        i = j;
    }
    if (getenv("KRAIT_DIS"))
        debug_dump(in, code, pos, count, ex, nex, maxdepth);
    consts = list_to_tuple(in->consts);
    names = list_to_tuple(in->names);
    lpnames = list_to_tuple(in->localsplusnames);
    if (!consts || !names || !lpnames)
        goto done;
    result = kr_code_new(in->argcount, in->posonlyargcount, in->kwonlyargcount, maxdepth, in->flags,
                         in->firstlineno, code, count, consts, names, lpnames, in->localspluskinds,
                         in->filename, in->name, in->qualname, ex, nex, pos);
    code = NULL;
    pos = NULL;
    ex = NULL;
done:
    kr_mem_free(code);
    kr_mem_free(pos);
    kr_mem_free(handlers);
    kr_mem_free(ex);
    KR_XDECREF(consts);
    KR_XDECREF(names);
    KR_XDECREF(lpnames);
    return result;
}
