/* parser_match.c: the match statement (PEP 634) and its patterns.
 *
 * `match` and `case` are soft keywords: parser_stmt.c decides that a line
 * is a match statement (looks_like_match) before calling p_match_stmt.
 * Patterns follow the grammar of CPython 3.12: or-patterns of closed
 * patterns (literals, captures, the wildcard, dotted values, groups,
 * sequences, mappings and class patterns), optionally bound with `as`.
 */
#include "parser_int.h"

static KrAstPattern *pattern(Parser *p);
static KrAstPattern *maybe_star_pattern(Parser *p);

static KrAstPattern *new_pat(Parser *p, KrAstPatternKind kind, KrAstPos pos)
{
    KrAstPattern *pt = kr_arena_alloc(p->arena, sizeof(KrAstPattern));
    if (!pt) {
        p->err = 1;
        return NULL;
    }
    pt->kind = kind;
    pt->pos = pos;
    return pt;
}

static int is_wildcard(Parser *p, int k)
{
    return p_is_name(p, k, "_");
}

/* NAME ('.' NAME)* as a Name or Attribute chain (Load) */
static KrAstExpr *name_or_attr(Parser *p)
{
    KrAstPos st = p_start_pos(p);
    KrToken nt = *p_tok(p, 0);
    p_advance(p);
    KrObject *id = p_name_obj(p, &nt);
    if (!id)
        return NULL;
    KrAstExpr *e = kr_ast_expr_new(p->arena, KR_EXPR_Name, p_pos_tok(&nt, &nt));
    if (!e) {
        p->err = 1;
        return NULL;
    }
    e->v.Name.id = id;
    e->v.Name.ctx = KR_CTX_LOAD;
    while (p_at(p, T_DOT)) {
        p_advance(p);
        if (!p_at(p, T_NAME))
            return p_invalid(p);
        KrToken at = *p_tok(p, 0);
        p_advance(p);
        KrObject *attr = p_name_obj(p, &at);
        if (!attr)
            return NULL;
        KrAstExpr *a = kr_ast_expr_new(p->arena, KR_EXPR_Attribute, p_end_here(p, st));
        if (!a) {
            p->err = 1;
            return NULL;
        }
        a->v.Attribute.value = e;
        a->v.Attribute.attr = attr;
        a->v.Attribute.ctx = KR_CTX_LOAD;
        e = a;
    }
    return e;
}

/* signed_number ['+'|'-' imaginary], or strings: the value of a literal pattern */
static KrAstExpr *literal_expr(Parser *p)
{
    KrAstPos st = p_start_pos(p);
    if (p_at(p, T_STRING) || p_at(p, T_FSTRING_START)) {
        return p_strings(p);    /* f-strings are rejected by the compiler, as in CPython */
    }
    KrAstExpr *num;
    if (p_at(p, T_MINUS)) {
        KrToken mt = *p_tok(p, 0);
        p_advance(p);
        if (!p_at(p, T_NUMBER))
            return p_invalid(p);
        KrAstExpr *n = p_number(p);
        if (!n)
            return NULL;
        num = kr_ast_expr_new(p->arena, KR_EXPR_UnaryOp, p_end_here(p, p_pos_tok(&mt, &mt)));
        if (!num) {
            p->err = 1;
            return NULL;
        }
        num->v.UnaryOp.op = KR_UOP_USUB;
        num->v.UnaryOp.operand = n;
    } else {
        /* a mapping key can be any token here (even the end of input) */
        if (!p_at(p, T_NUMBER))
            return p_invalid(p);
        num = p_number(p);
        if (!num)
            return NULL;
    }
    if (p_at(p, T_PLUS) || p_at(p, T_MINUS)) {
        int plus = p_at(p, T_PLUS);
        p_advance(p);
        if (!p_at(p, T_NUMBER))
            return p_invalid(p);
        KrToken nt = *p_tok(p, 0);
        KrAstExpr *im = p_number(p);
        if (!im)
            return NULL;
        if ((nt.end[-1] | 0x20) != 'j')
            return p_error_node(p, im->pos, "imaginary number required in complex literal");
        KrAstExpr *b = kr_ast_expr_new(p->arena, KR_EXPR_BinOp, p_end_here(p, st));
        if (!b) {
            p->err = 1;
            return NULL;
        }
        b->v.BinOp.left = num;
        b->v.BinOp.op = plus ? KR_OP_ADD : KR_OP_SUB;
        b->v.BinOp.right = im;
        num = b;
    }
    return num;
}

static KrObject *capture_name(Parser *p)
{
    KrToken t = *p_tok(p, 0);
    p_advance(p);
    return p_name_obj(p, &t);
}

static KrAstPattern *sequence_items(Parser *p, int close, KrAstPos st)
{
    PVec items;
    pv_init(&items);
    while (!p_at(p, close)) {
        KrAstPattern *it = maybe_star_pattern(p);
        if (!it || pv_push(p, &items, it) < 0)
            goto fail;
        if (!p_accept(p, T_COMMA))
            break;
    }
    if (p_expect(p, close) < 0)
        goto fail;
    KrAstPattern *sq = new_pat(p, KR_PAT_MatchSequence, p_end_here(p, st));
    if (!sq)
        goto fail;
    sq->v.MatchSequence.patterns = pv_seq(p, &items);
    return p->err ? NULL : sq;
fail:
    pv_free(&items);
    return NULL;
}

static KrAstPattern *mapping_pattern(Parser *p)
{
    KrAstPos st = p_start_pos(p);
    p_advance(p);   /* { */
    PVec keys, pats;
    pv_init(&keys);
    pv_init(&pats);
    KrObject *rest = NULL;
    while (!p_at(p, T_RBRACE)) {
        if (p->err)
            goto fail;
        if (rest) {
            p_invalid(p);
            goto fail;
        }
        if (p_accept(p, T_DOUBLESTAR)) {
            if (!p_at(p, T_NAME)) {
                p_invalid(p);
                goto fail;
            }
            rest = capture_name(p);
            if (!rest)
                goto fail;
        } else {
            KrAstExpr *key;
            int t = p_type(p, 0);
            if (t == K_NONE || t == K_TRUE || t == K_FALSE) {
                KrToken kt = *p_tok(p, 0);
                p_advance(p);
                key = kr_ast_expr_new(p->arena, KR_EXPR_Constant, p_pos_tok(&kt, &kt));
                if (!key) {
                    p->err = 1;
                    goto fail;
                }
                key->v.Constant.value = t == K_NONE ? Kr_None : t == K_TRUE ? Kr_True : Kr_False;
            } else if (t == T_NAME) {
                key = name_or_attr(p);
                if (key && key->kind == KR_EXPR_Name) {
                    p_invalid(p);
                    goto fail;
                }
            } else
                key = literal_expr(p);
            if (!key)
                goto fail;
            if (p_expect(p, T_COLON) < 0)
                goto fail;
            KrAstPattern *v = pattern(p);
            if (!v || pv_push(p, &keys, key) < 0 || pv_push(p, &pats, v) < 0)
                goto fail;
        }
        if (!p_accept(p, T_COMMA))
            break;
    }
    if (p_expect(p, T_RBRACE) < 0)
        goto fail;
    KrAstPattern *m = new_pat(p, KR_PAT_MatchMapping, p_end_here(p, st));
    if (!m)
        goto fail;
    m->v.MatchMapping.keys = pv_seq(p, &keys);
    m->v.MatchMapping.patterns = pv_seq(p, &pats);
    m->v.MatchMapping.rest = rest;
    return p->err ? NULL : m;
fail:
    pv_free(&keys);
    pv_free(&pats);
    return NULL;
}

static KrAstPattern *class_pattern(Parser *p, KrAstExpr *cls, KrAstPos st)
{
    p_advance(p);   /* ( */
    PVec pats, attrs, kpats;
    pv_init(&pats);
    pv_init(&attrs);
    pv_init(&kpats);
    while (!p_at(p, T_RPAR)) {
        if (p->err)
            goto fail;
        if (p_at(p, T_NAME) && p_type(p, 1) == T_EQUAL) {
            KrObject *a = capture_name(p);
            p_advance(p);
            KrAstPattern *v = a ? pattern(p) : NULL;
            if (!v || pv_push(p, &attrs, a) < 0 || pv_push(p, &kpats, v) < 0)
                goto fail;
        } else {
            KrAstPattern *v = pattern(p);
            if (!v)
                goto fail;
            if (attrs.n > 0) {
                p_error_node(p, v->pos, "positional patterns follow keyword patterns");
                goto fail;
            }
            if (pv_push(p, &pats, v) < 0)
                goto fail;
        }
        if (!p_accept(p, T_COMMA))
            break;
    }
    if (p_expect(p, T_RPAR) < 0)
        goto fail;
    KrAstPattern *c = new_pat(p, KR_PAT_MatchClass, p_end_here(p, st));
    if (!c)
        goto fail;
    c->v.MatchClass.cls = cls;
    c->v.MatchClass.patterns = pv_seq(p, &pats);
    c->v.MatchClass.kwd_attrs = pv_seq(p, &attrs);
    c->v.MatchClass.kwd_patterns = pv_seq(p, &kpats);
    return p->err ? NULL : c;
fail:
    pv_free(&pats);
    pv_free(&attrs);
    pv_free(&kpats);
    return NULL;
}

static KrAstPattern *closed_pattern(Parser *p)
{
    KrAstPos st = p_start_pos(p);
    KrToken tk = *p_tok(p, 0);   /* a copy: lookahead may move the buffer */
    KrToken *t = &tk;
    if (p->err)
        return NULL;
    switch (t->type) {
    case K_NONE: case K_TRUE: case K_FALSE: {
        int kt = t->type;
        p_advance(p);
        KrAstPattern *s = new_pat(p, KR_PAT_MatchSingleton, p_end_here(p, st));
        if (s)
            s->v.MatchSingleton.value = kt == K_NONE ? Kr_None : kt == K_TRUE ? Kr_True : Kr_False;
        return s;
    }
    case T_NUMBER: case T_MINUS: case T_STRING: case T_FSTRING_START: {
        KrAstExpr *v = literal_expr(p);
        if (!v)
            return NULL;
        KrAstPattern *pv = new_pat(p, KR_PAT_MatchValue, p_end_here(p, st));
        if (pv)
            pv->v.MatchValue.value = v;
        return pv;
    }
    case T_NAME: {
        if (p_type(p, 1) != T_DOT && p_type(p, 1) != T_LPAR) {
            KrAstPattern *a = new_pat(p, KR_PAT_MatchAs, p_pos_tok(t, t));
            if (!a)
                return NULL;
            if (is_wildcard(p, 0))
                p_advance(p);
            else if (!(a->v.MatchAs.name = capture_name(p)))
                return NULL;
            return a;
        }
        KrAstExpr *e = name_or_attr(p);
        if (!e)
            return NULL;
        if (p_at(p, T_LPAR))
            return class_pattern(p, e, st);
        KrAstPattern *pv = new_pat(p, KR_PAT_MatchValue, p_end_here(p, st));
        if (pv)
            pv->v.MatchValue.value = e;
        return pv;
    }
    case T_LPAR: {
        p_advance(p);
        if (p_at(p, T_RPAR))
            return sequence_items(p, T_RPAR, st);
        KrAstPattern *first = maybe_star_pattern(p);
        if (!first)
            return NULL;
        if (p_at(p, T_RPAR)) {
            if (first->kind == KR_PAT_MatchStar)
                return p_invalid(p);   /* (*a) needs a comma */
            p_advance(p);
            return first;   /* a group: the parentheses only group */
        }
        if (!p_at(p, T_COMMA))
            return p_invalid(p);
        PVec items;
        pv_init(&items);
        if (pv_push(p, &items, first) < 0)
            return NULL;
        while (p_accept(p, T_COMMA)) {
            if (p_at(p, T_RPAR))
                break;
            KrAstPattern *it = maybe_star_pattern(p);
            if (!it || pv_push(p, &items, it) < 0) {
                pv_free(&items);
                return NULL;
            }
        }
        if (p_expect(p, T_RPAR) < 0) {
            pv_free(&items);
            return NULL;
        }
        KrAstPattern *sq = new_pat(p, KR_PAT_MatchSequence, p_end_here(p, st));
        if (!sq) {
            pv_free(&items);
            return NULL;
        }
        sq->v.MatchSequence.patterns = pv_seq(p, &items);
        return p->err ? NULL : sq;
    }
    case T_LSQB:
        p_advance(p);
        return sequence_items(p, T_RSQB, st);
    case T_LBRACE:
        return mapping_pattern(p);
    default:
        return p_invalid(p);
    }
}

static KrAstPattern *or_pattern(Parser *p)
{
    KrAstPos st = p_start_pos(p);
    KrAstPattern *first = closed_pattern(p);
    if (!first || !p_at(p, T_VBAR))
        return first;
    PVec alts;
    pv_init(&alts);
    if (pv_push(p, &alts, first) < 0)
        return NULL;
    while (p_accept(p, T_VBAR)) {
        KrAstPattern *a = closed_pattern(p);
        if (!a || pv_push(p, &alts, a) < 0) {
            pv_free(&alts);
            return NULL;
        }
    }
    KrAstPattern *o = new_pat(p, KR_PAT_MatchOr, p_end_here(p, st));
    if (!o) {
        pv_free(&alts);
        return NULL;
    }
    o->v.MatchOr.patterns = pv_seq(p, &alts);
    return p->err ? NULL : o;
}

static KrAstPattern *pattern(Parser *p)
{
    if (p_enter(p) < 0)
        return NULL;
    KrAstPos st = p_start_pos(p);
    KrAstPattern *o = or_pattern(p);
    if (o && p_accept(p, K_AS)) {
        if (!p_at(p, T_NAME)) {
            p_error_tok(p, p_tok(p, 0), "invalid pattern target");
            o = NULL;
        } else if (is_wildcard(p, 0)) {
            p_error_tok(p, p_tok(p, 0), "cannot use '_' as a target");
            o = NULL;
        } else {
            KrObject *name = capture_name(p);
            KrAstPattern *a = name ? new_pat(p, KR_PAT_MatchAs, p_end_here(p, st)) : NULL;
            if (a) {
                a->v.MatchAs.pattern = o;
                a->v.MatchAs.name = name;
            }
            o = a;
        }
    }
    p_leave(p);
    return o;
}

static KrAstPattern *maybe_star_pattern(Parser *p)
{
    if (p_at(p, T_STAR)) {
        KrAstPos st = p_start_pos(p);
        p_advance(p);
        if (!p_at(p, T_NAME))
            return p_invalid(p);
        KrAstPattern *s = new_pat(p, KR_PAT_MatchStar, st);
        if (!s)
            return NULL;
        if (is_wildcard(p, 0))
            p_advance(p);
        else if (!(s->v.MatchStar.name = capture_name(p)))
            return NULL;
        s->pos = p_end_here(p, st);
        return s;
    }
    return pattern(p);
}

/* patterns: an open sequence (a, b, *c) or a single pattern */
static KrAstPattern *patterns(Parser *p)
{
    KrAstPos st = p_start_pos(p);
    KrAstPattern *first = maybe_star_pattern(p);
    if (!first)
        return NULL;
    if (!p_at(p, T_COMMA)) {
        if (first->kind == KR_PAT_MatchStar)
            return p_invalid(p);   /* a lone *x needs a comma */
        return first;
    }
    PVec items;
    pv_init(&items);
    if (pv_push(p, &items, first) < 0)
        return NULL;
    while (p_accept(p, T_COMMA)) {
        if (p_at(p, T_COLON) || p_at(p, K_IF))
            break;
        KrAstPattern *it = maybe_star_pattern(p);
        if (!it || pv_push(p, &items, it) < 0) {
            pv_free(&items);
            return NULL;
        }
    }
    KrAstPattern *sq = new_pat(p, KR_PAT_MatchSequence, p_end_here(p, st));
    if (!sq) {
        pv_free(&items);
        return NULL;
    }
    sq->v.MatchSequence.patterns = pv_seq(p, &items);
    return p->err ? NULL : sq;
}

KrAstStmt *p_match_stmt(Parser *p)
{
    KrAstPos start = p_start_pos(p);
    p_advance(p);   /* match */
    KrAstExpr *subject;
    KrAstPos sst = p_start_pos(p);
    KrAstExpr *first = p_star_named_expression(p);
    if (!first)
        return NULL;
    if (p_at(p, T_COMMA)) {
        PVec v;
        pv_init(&v);
        if (pv_push(p, &v, first) < 0)
            return NULL;
        while (p_accept(p, T_COMMA)) {
            if (p_at(p, T_COLON))
                break;
            KrAstExpr *e = p_star_named_expression(p);
            if (!e || pv_push(p, &v, e) < 0) {
                pv_free(&v);
                return NULL;
            }
        }
        subject = kr_ast_expr_new(p->arena, KR_EXPR_Tuple, p_end_here(p, sst));
        if (!subject) {
            pv_free(&v);
            p->err = 1;
            return NULL;
        }
        subject->v.Tuple.elts = pv_seq(p, &v);
        subject->v.Tuple.ctx = KR_CTX_LOAD;
    } else {
        if (first->kind == KR_EXPR_Starred)
            return p_invalid(p);
        subject = first;
    }
    if (p_expect_forced(p, T_COLON, ":") < 0)
        return NULL;
    if (p_expect(p, T_NEWLINE) < 0)
        return NULL;
    if (!p_at(p, T_INDENT)) {
        char msg[96];
        snprintf(msg, sizeof msg, "expected an indented block after 'match' statement on line %d", start.lineno);
        KrToken *t = p_tok(p, 0);
        return p_error_at(p, KrExc(IndentationError), msg, t->lineno, t->col, t->end_lineno, t->end_col);
    }
    p_advance(p);
    PVec cases;
    pv_init(&cases);
    while (p_is_name(p, 0, "case")) {
        int cline = p_tok(p, 0)->lineno;
        p_advance(p);
        KrAstPattern *pt = patterns(p);
        if (!pt)
            goto fail;
        KrAstExpr *guard = NULL;
        if (p_accept(p, K_IF)) {
            guard = p_named_expression(p);
            if (!guard)
                goto fail;
        }
        if (p_expect_forced(p, T_COLON, ":") < 0)
            goto fail;
        KrAstSeq *body = p_block(p, "'case' statement", cline);
        if (!body)
            goto fail;
        KrAstMatchCase *mc = kr_arena_alloc(p->arena, sizeof(KrAstMatchCase));
        if (!mc) {
            p->err = 1;
            goto fail;
        }
        mc->pattern = pt;
        mc->guard = guard;
        mc->body = body;
        if (pv_push(p, &cases, mc) < 0)
            goto fail;
    }
    if (cases.n == 0 || !p_at(p, T_DEDENT)) {
        if (!p->err)
            p_invalid(p);
        goto fail;
    }
    p_advance(p);
    KrAstStmt *s = kr_ast_stmt_new(p->arena, KR_STMT_Match, p_stmt_end(p, start));
    if (!s) {
        p->err = 1;
        goto fail;
    }
    s->v.Match.subject = subject;
    s->v.Match.cases = pv_seq(p, &cases);
    return p->err ? NULL : s;
fail:
    pv_free(&cases);
    return NULL;
}
