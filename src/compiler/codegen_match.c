/* codegen_match.c: the match statement, CPython 3.12's shape.
 *
 * A pattern consumes the subject on top of the stack.  Names it captures
 * pile up underneath (each new capture is rotated below the ones before),
 * and are stored only once the whole pattern (and the guard's absence of
 * failure) is known.  Failing at a point with k extra items on the stack
 * jumps to fail_pop[k], a ladder of POP_TOPs that ends at the next case.
 *
 * Needs four instructions (MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS,
 * MATCH_CLASS; see compiler.h); without them a match statement is a
 * SyntaxError.
 */
#include "codegen.h"

#ifdef KR_HAVE_MATCH_OPS

typedef struct PatCtx {
    KrObject *stores;           /* list of captured names, in capture order */
    bool allow_irrefutable;
    KrBlock **fail_pop;
    int fail_pop_size;
    int on_top;                 /* items above the subject that must be kept */
} PatCtx;

static int pattern(Compiler *c, KrAstPattern *p, PatCtx *pc);

static bool is_wildcard(KrAstPattern *p)
{
    return p->kind == KR_PAT_MatchAs && !p->v.MatchAs.pattern && !p->v.MatchAs.name;
}

static bool is_star_wildcard(KrAstPattern *p)
{
    return p->kind == KR_PAT_MatchStar && !p->v.MatchStar.name;
}

static void perr(Compiler *c, KrAstPattern *p, const char *fmt, KrObject *arg)
{
    KrPosition pos = { p->pos.lineno, p->pos.end_lineno, p->pos.col_offset, p->pos.end_col_offset };
    if (arg)
        cg_error(c, pos, fmt, arg);
    else
        cg_error(c, pos, "%s", fmt);
}

static int ensure_fail_pop(Compiler *c, PatCtx *pc, int n)
{
    int size = n + 1;
    if (size <= pc->fail_pop_size)
        return 0;
    KrBlock **nb = kr_mem_realloc(pc->fail_pop, (size_t)size * sizeof(KrBlock *));
    if (!nb) {
        kr_err_nomemory();
        return -1;
    }
    pc->fail_pop = nb;
    while (pc->fail_pop_size < size) {
        KrBlock *b = cg_new_block(c);
        if (!b)
            return -1;
        pc->fail_pop[pc->fail_pop_size++] = b;
    }
    return 0;
}

static int jump_to_fail_pop(Compiler *c, PatCtx *pc, int op)
{
    int pops = pc->on_top + (int)KR_LIST_LEN(pc->stores);
    if (ensure_fail_pop(c, pc, pops) < 0)
        return -1;
    return cg_emit_jump(c, op, pc->fail_pop[pops]);
}

static int emit_and_reset_fail_pop(Compiler *c, PatCtx *pc)
{
    if (!pc->fail_pop_size)
        return 0;
    while (--pc->fail_pop_size) {
        cg_use_block(c, pc->fail_pop[pc->fail_pop_size]);
        if (cg_emit(c, KR_OP_POP_TOP, 0) < 0)
            return -1;
    }
    cg_use_block(c, pc->fail_pop[0]);
    kr_mem_free(pc->fail_pop);
    pc->fail_pop = NULL;
    return 0;
}

static int rotate(Compiler *c, int count)
{
    while (count > 1)
        if (cg_emit(c, KR_OP_SWAP, count--) < 0)
            return -1;
    return 0;
}

static int store_name(Compiler *c, KrAstPattern *p, KrObject *name, PatCtx *pc)
{
    if (!name)
        return cg_emit(c, KR_OP_POP_TOP, 0);
    if (kr_str_eq_cstr(name, "__debug__")) {
        perr(c, p, "cannot assign to __debug__", NULL);
        return -1;
    }
    int has = kr_sequence_contains(pc->stores, name);
    if (has < 0)
        return -1;
    if (has) {
        KrObject *r = kr_object_repr(name);
        if (r) {
            perr(c, p, "multiple assignments to name %U in pattern", r);
            KR_DECREF(r);
        }
        return -1;
    }
    if (rotate(c, pc->on_top + (int)KR_LIST_LEN(pc->stores) + 1) < 0)
        return -1;
    return kr_list_append(pc->stores, name);
}

static int subpattern(Compiler *c, KrAstPattern *p, PatCtx *pc)
{
    bool old = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    int r = pattern(c, p, pc);
    pc->allow_irrefutable = old;
    return r;
}

static int load_int(Compiler *c, ssize_t v)
{
    KrObject *o = kr_int_from_ssize(v);
    if (!o)
        return -1;
    int r = cg_load_const(c, o);
    KR_DECREF(o);
    return r;
}

static int pattern_as(Compiler *c, KrAstPattern *p, PatCtx *pc)
{
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (!p->v.MatchAs.name) {
                perr(c, p, "wildcard makes remaining patterns unreachable", NULL);
                return -1;
            }
            KrObject *r = kr_object_repr(p->v.MatchAs.name);
            if (r) {
                perr(c, p, "name capture %U makes remaining patterns unreachable", r);
                KR_DECREF(r);
            }
            return -1;
        }
        return store_name(c, p, p->v.MatchAs.name, pc);
    }
    pc->on_top++;
    if (cg_emit(c, KR_OP_COPY, 1) < 0 || subpattern(c, p->v.MatchAs.pattern, pc) < 0)
        return -1;
    pc->on_top--;
    return store_name(c, p, p->v.MatchAs.name, pc);
}

static int sequence_unpack(Compiler *c, KrAstSeq *pats, ssize_t star, PatCtx *pc)
{
    ssize_t n = KR_SEQ_LEN(pats);
    if (star >= 0) {
        if (cg_emit(c, KR_OP_UNPACK_EX, (int)(star | ((n - 1 - star) << 8))) < 0)
            return -1;
    } else if (cg_emit(c, KR_OP_UNPACK_SEQUENCE, (int)n) < 0) {
        return -1;
    }
    pc->on_top += (int)n;
    for (ssize_t i = 0; i < n; i++) {
        pc->on_top--;
        if (subpattern(c, KR_SEQ_GET(pats, i), pc) < 0)
            return -1;
    }
    return 0;
}

/* [a, *_, b]: index instead of unpacking everything */
static int sequence_subscr(Compiler *c, KrAstSeq *pats, ssize_t star, PatCtx *pc)
{
    ssize_t n = KR_SEQ_LEN(pats);
    pc->on_top++;
    for (ssize_t i = 0; i < n; i++) {
        KrAstPattern *sp = KR_SEQ_GET(pats, i);
        if (is_wildcard(sp) || i == star)
            continue;
        if (cg_emit(c, KR_OP_COPY, 1) < 0)
            return -1;
        if (i < star) {
            if (load_int(c, i) < 0)
                return -1;
        } else if (cg_emit(c, KR_OP_GET_LEN, 0) < 0 || load_int(c, n - i) < 0 ||
                   cg_emit(c, KR_OP_BINARY_OP, KR_NB_SUBTRACT) < 0) {
            return -1;
        }
        if (cg_emit(c, KR_OP_BINARY_SUBSCR, 0) < 0 || subpattern(c, sp, pc) < 0)
            return -1;
    }
    pc->on_top--;
    return cg_emit(c, KR_OP_POP_TOP, 0);
}

static int pattern_sequence(Compiler *c, KrAstPattern *p, PatCtx *pc)
{
    KrAstSeq *pats = p->v.MatchSequence.patterns;
    ssize_t n = KR_SEQ_LEN(pats), star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (ssize_t i = 0; i < n; i++) {
        KrAstPattern *sp = KR_SEQ_GET(pats, i);
        if (sp->kind == KR_PAT_MatchStar) {
            if (star >= 0) {
                perr(c, sp, "multiple starred names in sequence pattern", NULL);
                return -1;
            }
            star_wildcard = is_star_wildcard(sp);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(sp);
    }
    pc->on_top++;
    if (cg_emit(c, KR_OP_MATCH_SEQUENCE, 0) < 0 || jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE) < 0)
        return -1;
    if (star < 0) {
        if (cg_emit(c, KR_OP_GET_LEN, 0) < 0 || load_int(c, n) < 0 || cg_emit(c, KR_OP_COMPARE_OP, KR_EQ) < 0 ||
            jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE) < 0)
            return -1;
    } else if (!only_wildcard || n > 1) {
        if (n - 1 > 0 && (cg_emit(c, KR_OP_GET_LEN, 0) < 0 || load_int(c, n - 1) < 0 ||
                          cg_emit(c, KR_OP_COMPARE_OP, KR_GE) < 0 ||
                          jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE) < 0))
            return -1;
    }
    pc->on_top--;
    if (only_wildcard)
        return cg_emit(c, KR_OP_POP_TOP, 0);
    if (star_wildcard)
        return sequence_subscr(c, pats, star, pc);
    return sequence_unpack(c, pats, star, pc);
}

static int pattern_mapping(Compiler *c, KrAstPattern *p, PatCtx *pc)
{
    KrAstSeq *keys = p->v.MatchMapping.keys, *pats = p->v.MatchMapping.patterns;
    ssize_t size = KR_SEQ_LEN(keys);
    KrObject *rest = p->v.MatchMapping.rest;
    if (size != KR_SEQ_LEN(pats)) {
        perr(c, p, "keys (%U) / patterns length mismatch in mapping pattern", NULL);
        return -1;
    }
    pc->on_top++;
    if (cg_emit(c, KR_OP_MATCH_MAPPING, 0) < 0 || jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE) < 0)
        return -1;
    if (!size && !rest) {
        pc->on_top--;
        return cg_emit(c, KR_OP_POP_TOP, 0);
    }
    if (size && (cg_emit(c, KR_OP_GET_LEN, 0) < 0 || load_int(c, size) < 0 ||
                 cg_emit(c, KR_OP_COMPARE_OP, KR_GE) < 0 || jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE) < 0))
        return -1;
    KrObject *seen = kr_set_new(NULL);
    if (!seen)
        return -1;
    for (ssize_t i = 0; i < size; i++) {
        KrAstExpr *k = KR_SEQ_GET(keys, i);
        if (k->kind == KR_EXPR_Constant) {
            int has = kr_set_contains(seen, k->v.Constant.value);
            if (has < 0 || (!has && kr_set_add(seen, k->v.Constant.value) < 0)) {
                KR_DECREF(seen);
                return -1;
            }
            if (has) {
                KrObject *r = kr_object_repr(k->v.Constant.value);
                if (r) {
                    perr(c, p, "mapping pattern checks duplicate key (%U)", r);
                    KR_DECREF(r);
                }
                KR_DECREF(seen);
                return -1;
            }
        } else if (k->kind != KR_EXPR_Attribute) {
            perr(c, p, "mapping pattern keys may only match literals and attribute lookups", NULL);
            KR_DECREF(seen);
            return -1;
        }
        if (cg_expr(c, k) < 0) {
            KR_DECREF(seen);
            return -1;
        }
    }
    KR_DECREF(seen);
    if (cg_emit(c, KR_OP_BUILD_TUPLE, (int)size) < 0 || cg_emit(c, KR_OP_MATCH_KEYS, 0) < 0)
        return -1;
    pc->on_top += 2;
    if (cg_emit(c, KR_OP_COPY, 1) < 0 || cg_load_const(c, Kr_None) < 0 || cg_emit(c, KR_OP_IS_OP, 1) < 0 ||
        jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE) < 0)
        return -1;
    if (cg_emit(c, KR_OP_UNPACK_SEQUENCE, (int)size) < 0)
        return -1;
    pc->on_top += (int)size - 1;
    for (ssize_t i = 0; i < size; i++) {
        pc->on_top--;
        if (subpattern(c, KR_SEQ_GET(pats, i), pc) < 0)
            return -1;
    }
    pc->on_top -= 2;
    if (rest) {
        /* rest = dict(subject) without the matched keys */
        if (cg_emit(c, KR_OP_BUILD_MAP, 0) < 0 || cg_emit(c, KR_OP_SWAP, 3) < 0 ||
            cg_emit(c, KR_OP_DICT_UPDATE, 2) < 0 || cg_emit(c, KR_OP_UNPACK_SEQUENCE, (int)size) < 0)
            return -1;
        ssize_t left = size;
        while (left) {
            if (cg_emit(c, KR_OP_COPY, (int)(1 + left--)) < 0 || cg_emit(c, KR_OP_SWAP, 2) < 0 ||
                cg_emit(c, KR_OP_DELETE_SUBSCR, 0) < 0)
                return -1;
        }
        return store_name(c, p, rest, pc);
    }
    if (cg_emit(c, KR_OP_POP_TOP, 0) < 0)
        return -1;
    return cg_emit(c, KR_OP_POP_TOP, 0);
}

static int pattern_class(Compiler *c, KrAstPattern *p, PatCtx *pc)
{
    KrAstSeq *pats = p->v.MatchClass.patterns, *attrs = p->v.MatchClass.kwd_attrs,
             *kpats = p->v.MatchClass.kwd_patterns;
    ssize_t nargs = KR_SEQ_LEN(pats), nattrs = KR_SEQ_LEN(attrs);
    if (nattrs != KR_SEQ_LEN(kpats)) {
        perr(c, p, "kwd_attrs and kwd_patterns must have the same length", NULL);
        return -1;
    }
    for (ssize_t i = 0; i < nattrs; i++) {
        KrObject *a = KR_SEQ_GET(attrs, i);
        if (kr_str_eq_cstr(a, "__debug__")) {
            perr(c, p, "cannot assign to __debug__", NULL);
            return -1;
        }
        for (ssize_t j = i + 1; j < nattrs; j++)
            if (kr_str_eq(a, KR_SEQ_GET(attrs, j))) {
                perr(c, KR_SEQ_GET(kpats, j), "attribute name repeated in class pattern: %U", a);
                return -1;
            }
    }
    if (cg_expr(c, p->v.MatchClass.cls) < 0)
        return -1;
    KrObject *names = kr_tuple_new(nattrs);
    if (!names)
        return -1;
    for (ssize_t i = 0; i < nattrs; i++)
        KR_TUPLE_SET(names, i, kr_newref(KR_SEQ_GET(attrs, i)));
    int r = cg_load_const(c, names);
    KR_DECREF(names);
    if (r < 0 || cg_emit(c, KR_OP_MATCH_CLASS, (int)nargs) < 0 || cg_emit(c, KR_OP_COPY, 1) < 0 ||
        cg_load_const(c, Kr_None) < 0 || cg_emit(c, KR_OP_IS_OP, 1) < 0)
        return -1;
    pc->on_top++;
    if (jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE) < 0 ||
        cg_emit(c, KR_OP_UNPACK_SEQUENCE, (int)(nargs + nattrs)) < 0)
        return -1;
    pc->on_top += (int)(nargs + nattrs) - 1;
    for (ssize_t i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        KrAstPattern *sp = i < nargs ? KR_SEQ_GET(pats, i) : KR_SEQ_GET(kpats, i - nargs);
        if (is_wildcard(sp)) {
            if (cg_emit(c, KR_OP_POP_TOP, 0) < 0)
                return -1;
            continue;
        }
        if (subpattern(c, sp, pc) < 0)
            return -1;
    }
    return 0;
}

static int pattern_or(Compiler *c, KrAstPattern *p, PatCtx *pc)
{
    KrAstSeq *alts = p->v.MatchOr.patterns;
    ssize_t n = KR_SEQ_LEN(alts);
    KrBlock *end = cg_new_block(c);
    if (!end)
        return -1;
    PatCtx old = *pc;
    KrObject *control = NULL;
    int ret = -1;
    for (ssize_t i = 0; i < n; i++) {
        pc->stores = kr_list_new(0);
        if (!pc->stores)
            goto fail;
        pc->allow_irrefutable = (i == n - 1) && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (cg_emit(c, KR_OP_COPY, 1) < 0 || pattern(c, KR_SEQ_GET(alts, i), pc) < 0)
            goto fail;
        ssize_t nstores = KR_LIST_LEN(pc->stores);
        if (i == 0) {
            control = kr_newref(pc->stores);
        } else if (nstores != KR_LIST_LEN(control)) {
            goto diff;
        } else if (nstores) {
            /* same names, maybe captured in another order: reorder the stack */
            for (ssize_t ic = nstores - 1; ic >= 0; ic--) {
                KrObject *name = KR_LIST_GET(control, ic);
                ssize_t is = -1;
                for (ssize_t k = 0; k < nstores; k++)
                    if (kr_str_eq(KR_LIST_GET(pc->stores, k), name)) {
                        is = k;
                        break;
                    }
                if (is < 0)
                    goto diff;
                if (ic != is) {
                    ssize_t rotations = is + 1;
                    /* the same rotation on the names: move stores[:rotations] to ic - is */
                    KrObject *rot = kr_list_slice(pc->stores, 0, rotations);
                    if (!rot)
                        goto fail;
                    KrObject *restl = kr_list_slice(pc->stores, rotations, nstores);
                    if (!restl) {
                        KR_DECREF(rot);
                        goto fail;
                    }
                    KrObject *nl = kr_list_new(0);
                    int bad = !nl;
                    for (ssize_t k = 0; !bad && k < KR_LIST_LEN(restl); k++) {
                        if (k == ic - is)
                            for (ssize_t q = 0; !bad && q < KR_LIST_LEN(rot); q++)
                                bad = kr_list_append(nl, KR_LIST_GET(rot, q)) < 0;
                        if (!bad)
                            bad = kr_list_append(nl, KR_LIST_GET(restl, k)) < 0;
                    }
                    if (!bad && ic - is >= KR_LIST_LEN(restl))
                        for (ssize_t q = 0; !bad && q < KR_LIST_LEN(rot); q++)
                            bad = kr_list_append(nl, KR_LIST_GET(rot, q)) < 0;
                    KR_DECREF(rot);
                    KR_DECREF(restl);
                    if (bad) {
                        KR_XDECREF(nl);
                        goto fail;
                    }
                    KR_SETREF(pc->stores, nl);
                    while (rotations--)
                        if (rotate(c, (int)ic + 1) < 0)
                            goto fail;
                }
            }
        }
        if (cg_emit_jump(c, KR_OP_JUMP, end) < 0 || emit_and_reset_fail_pop(c, pc) < 0)
            goto fail;
        KR_CLEAR(pc->stores);
    }
    *pc = old;
    /* no alternative matched: drop the subject copy and fail */
    if (cg_emit(c, KR_OP_POP_TOP, 0) < 0 || jump_to_fail_pop(c, pc, KR_PSEUDO_JUMP_NO_INTERRUPT) < 0)
        goto out;
    cg_use_block(c, end);
    ssize_t nstores = KR_LIST_LEN(control);
    int nrots = (int)nstores + 1 + pc->on_top + (int)KR_LIST_LEN(pc->stores);
    for (ssize_t i = 0; i < nstores; i++) {
        if (rotate(c, nrots) < 0)
            goto out;
        KrObject *name = KR_LIST_GET(control, i);
        int has = kr_sequence_contains(pc->stores, name);
        if (has < 0)
            goto out;
        if (has) {
            KrObject *r = kr_object_repr(name);
            if (r) {
                perr(c, p, "multiple assignments to name %U in pattern", r);
                KR_DECREF(r);
            }
            goto out;
        }
        if (kr_list_append(pc->stores, name) < 0)
            goto out;
    }
    ret = cg_emit(c, KR_OP_POP_TOP, 0);
    goto out;
diff:
    perr(c, p, "alternative patterns bind different names", NULL);
fail:
    KR_XDECREF(pc->stores);
    kr_mem_free(pc->fail_pop);
    *pc = old;
out:
    KR_XDECREF(control);
    return ret;
}

static int pattern(Compiler *c, KrAstPattern *p, PatCtx *pc)
{
    KrPosition save = c->u->loc;
    c->u->loc.lineno = p->pos.lineno;
    c->u->loc.end_lineno = p->pos.end_lineno;
    c->u->loc.col = p->pos.col_offset;
    c->u->loc.end_col = p->pos.end_col_offset;
    int r;
    switch (p->kind) {
    case KR_PAT_MatchValue:
        r = cg_expr(c, p->v.MatchValue.value) < 0 || cg_emit(c, KR_OP_COMPARE_OP, KR_EQ) < 0 ||
            jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE) < 0 ? -1 : 0;
        break;
    case KR_PAT_MatchSingleton:
        r = cg_load_const(c, p->v.MatchSingleton.value) < 0 || cg_emit(c, KR_OP_IS_OP, 0) < 0 ||
            jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE) < 0 ? -1 : 0;
        break;
    case KR_PAT_MatchSequence:
        r = pattern_sequence(c, p, pc);
        break;
    case KR_PAT_MatchMapping:
        r = pattern_mapping(c, p, pc);
        break;
    case KR_PAT_MatchClass:
        r = pattern_class(c, p, pc);
        break;
    case KR_PAT_MatchStar:
        r = store_name(c, p, p->v.MatchStar.name, pc);
        break;
    case KR_PAT_MatchAs:
        r = pattern_as(c, p, pc);
        break;
    case KR_PAT_MatchOr:
        r = pattern_or(c, p, pc);
        break;
    default:
        kr_err_format(KrExc_SystemError, "compiler: unknown pattern kind %d", (int)p->kind);
        r = -1;
    }
    c->u->loc = save;
    return r;
}

int cg_match(Compiler *c, KrAstStmt *s)
{
    if (cg_expr(c, s->v.Match.subject) < 0)
        return -1;
    KrBlock *end = cg_new_block(c);
    if (!end)
        return -1;
    KrAstSeq *cases = s->v.Match.cases;
    ssize_t n = KR_SEQ_LEN(cases);
    KrAstMatchCase *last = KR_SEQ_GET(cases, n - 1);
    bool has_default = is_wildcard(last->pattern) && n > 1;
    PatCtx pc = { 0 };
    for (ssize_t i = 0; i < n - has_default; i++) {
        KrAstMatchCase *m = KR_SEQ_GET(cases, i);
        cg_set_loc(c, (KrAstPos){ m->pattern->pos.lineno, m->pattern->pos.col_offset,
                                  m->pattern->pos.end_lineno, m->pattern->pos.end_col_offset });
        if (i != n - has_default - 1 && cg_emit(c, KR_OP_COPY, 1) < 0)
            return -1;
        pc.stores = kr_list_new(0);
        if (!pc.stores)
            return -1;
        pc.allow_irrefutable = m->guard != NULL || i == n - 1;
        pc.fail_pop = NULL;
        pc.fail_pop_size = 0;
        pc.on_top = 0;
        if (pattern(c, m->pattern, &pc) < 0)
            goto fail;
        for (ssize_t k = 0; k < KR_LIST_LEN(pc.stores); k++)
            if (cg_nameop(c, KR_LIST_GET(pc.stores, k), KR_CTX_STORE) < 0)
                goto fail;
        KR_CLEAR(pc.stores);
        if (m->guard) {
            if (ensure_fail_pop(c, &pc, 0) < 0 || cg_jump_if(c, m->guard, pc.fail_pop[0], false) < 0)
                goto fail;
        }
        if (i != n - has_default - 1 && cg_emit(c, KR_OP_POP_TOP, 0) < 0)
            goto fail;
        if (cg_stmts(c, m->body) < 0 || cg_emit_jump(c, KR_OP_JUMP, end) < 0)
            goto fail;
        cg_set_loc(c, (KrAstPos){ m->pattern->pos.lineno, m->pattern->pos.col_offset,
                                  m->pattern->pos.end_lineno, m->pattern->pos.end_col_offset });
        if (emit_and_reset_fail_pop(c, &pc) < 0)
            goto fail;
    }
    if (has_default) {
        cg_set_loc(c, (KrAstPos){ last->pattern->pos.lineno, last->pattern->pos.col_offset,
                                  last->pattern->pos.end_lineno, last->pattern->pos.end_col_offset });
        if (n == 1 ? cg_emit(c, KR_OP_POP_TOP, 0) : cg_emit(c, KR_OP_NOP, 0))
            return -1;
        if (last->guard && cg_jump_if(c, last->guard, end, false) < 0)
            return -1;
        if (cg_stmts(c, last->body) < 0)
            return -1;
    }
    cg_use_block(c, end);
    return 0;
fail:
    KR_XDECREF(pc.stores);
    kr_mem_free(pc.fail_pop);
    return -1;
}

#else

int cg_match(Compiler *c, KrAstStmt *s)
{
    cg_error_at(c, s->pos, "'match' is not supported by Krait yet");
    return -1;
}

#endif
