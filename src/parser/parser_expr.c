/* parser_expr.c: expressions, from star_expressions down to atoms, plus
 * call arguments, parameter lists (def and lambda), comprehensions,
 * slices, and the checks that turn an expression into an assignment or
 * deletion target.  One function per grammar level of CPython's grammar,
 * so precedence reads top to bottom.
 */
#include "parser_int.h"

#define NEW_EXPR(var, kind, pos) \
    KrAstExpr *var = kr_ast_expr_new(p->arena, KR_EXPR_##kind, (pos)); \
    if (!var) { p->err = 1; return NULL; }

static KrAstExpr *primary(Parser *p);
static KrAstExpr *atom(Parser *p);
static KrAstExpr *comparison(Parser *p);
static KrAstExpr *lambdef(Parser *p);
static KrAstExpr *star_named_or_slice(Parser *p);
static KrAstSeq *comp_for(Parser *p);

int p_can_start_expr(int type)
{
    switch (type) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_FSTRING_START: case T_LPAR: case T_LSQB:
    case T_LBRACE: case T_MINUS: case T_PLUS: case T_TILDE: case T_ELLIPSIS: case K_NOT:
    case K_LAMBDA: case K_AWAIT: case K_TRUE: case K_FALSE: case K_NONE:
        return 1;
    }
    return 0;
}

/* ---- names for error messages ------------------------------------------- */

const char *p_expr_name(KrAstExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_Attribute: return "attribute";
    case KR_EXPR_Subscript: return "subscript";
    case KR_EXPR_Starred: return "starred";
    case KR_EXPR_Name: return "name";
    case KR_EXPR_List: return "list";
    case KR_EXPR_Tuple: return "tuple";
    case KR_EXPR_Lambda: return "lambda";
    case KR_EXPR_Call: return "function call";
    case KR_EXPR_BoolOp: case KR_EXPR_BinOp: case KR_EXPR_UnaryOp: return "expression";
    case KR_EXPR_GeneratorExp: return "generator expression";
    case KR_EXPR_Yield: case KR_EXPR_YieldFrom: return "yield expression";
    case KR_EXPR_Await: return "await expression";
    case KR_EXPR_ListComp: return "list comprehension";
    case KR_EXPR_SetComp: return "set comprehension";
    case KR_EXPR_DictComp: return "dict comprehension";
    case KR_EXPR_Dict: return "dict literal";
    case KR_EXPR_Set: return "set display";
    case KR_EXPR_JoinedStr: case KR_EXPR_FormattedValue: return "f-string expression";
    case KR_EXPR_Constant: {
        KrObject *v = e->v.Constant.value;
        if (v == Kr_None) return "None";
        if (v == Kr_True) return "True";
        if (v == Kr_False) return "False";
        if (v == Kr_Ellipsis) return "ellipsis";
        return "literal";
    }
    case KR_EXPR_Compare: return "comparison";
    case KR_EXPR_IfExp: return "conditional expression";
    case KR_EXPR_NamedExpr: return "named expression";
    case KR_EXPR_Slice: return "slice";
    default: return "expression";
    }
}

KrAstExpr *p_invalid_target(KrAstExpr *e, int kind)
{
    switch (e->kind) {
    case KR_EXPR_List:
    case KR_EXPR_Tuple:
        for (ssize_t i = 0; i < KR_SEQ_LEN(e->v.List.elts); i++) {
            KrAstExpr *r = p_invalid_target(KR_SEQ_GET(e->v.List.elts, i), kind);
            if (r)
                return r;
        }
        return NULL;
    case KR_EXPR_Starred:
        if (kind == TGT_DEL)
            return e;
        return p_invalid_target(e->v.Starred.value, kind);
    case KR_EXPR_Compare:
        if (kind == TGT_FOR && e->v.Compare.ops[0] == KR_CMP_IN)
            return p_invalid_target(e->v.Compare.left, kind);
        return e;
    case KR_EXPR_Name:
    case KR_EXPR_Subscript:
    case KR_EXPR_Attribute:
        return NULL;
    default:
        return e;
    }
}

int p_set_context(Parser *p, KrAstExpr *e, KrExprContext ctx)
{
    switch (e->kind) {
    case KR_EXPR_Name: e->v.Name.ctx = ctx; return 0;
    case KR_EXPR_Attribute: e->v.Attribute.ctx = ctx; return 0;
    case KR_EXPR_Subscript: e->v.Subscript.ctx = ctx; return 0;
    case KR_EXPR_Starred:
        e->v.Starred.ctx = ctx;
        return p_set_context(p, e->v.Starred.value, ctx);
    case KR_EXPR_List:
    case KR_EXPR_Tuple:
        e->v.List.ctx = ctx;
        for (ssize_t i = 0; i < KR_SEQ_LEN(e->v.List.elts); i++)
            if (p_set_context(p, KR_SEQ_GET(e->v.List.elts, i), ctx) < 0)
                return -1;
        return 0;
    default:
        return -1;
    }
}

/* ---- helpers ------------------------------------------------------------ */

static KrAstExpr *make_tuple(Parser *p, PVec *v, KrAstPos pos)
{
    KrAstExpr *t = kr_ast_expr_new(p->arena, KR_EXPR_Tuple, pos);
    if (!t) {
        pv_free(v);
        p->err = 1;
        return NULL;
    }
    t->v.Tuple.elts = pv_seq(p, v);
    t->v.Tuple.ctx = KR_CTX_LOAD;
    return p->err ? NULL : t;
}

static KrAstExpr *const_obj(Parser *p, KrObject *o, KrAstPos pos)
{
    NEW_EXPR(e, Constant, pos);
    e->v.Constant.value = o;
    return e;
}

static KrAstExpr *name_expr(Parser *p, KrToken *t)
{
    KrObject *id = p_name_obj(p, t);
    if (!id)
        return NULL;
    NEW_EXPR(e, Name, p_pos_tok(t, t));
    e->v.Name.id = id;
    e->v.Name.ctx = KR_CTX_LOAD;
    return e;
}

/* ---- star_expressions and friends -------------------------------------- */

static KrAstExpr *star_expression(Parser *p)
{
    if (p_at(p, T_STAR)) {
        KrToken st = *p_tok(p, 0);
        p_advance(p);
        KrAstExpr *v = p_bitwise_or(p);
        if (!v)
            return NULL;
        KrAstPos pos = p_end_here(p, p_pos_tok(&st, &st));
        NEW_EXPR(e, Starred, pos);
        e->v.Starred.value = v;
        e->v.Starred.ctx = KR_CTX_LOAD;
        return e;
    }
    KrAstExpr *e = p_expression(p);
    if (e && p_at(p, T_COLONEQUAL) && e->kind != KR_EXPR_Name)
        return p_error_node(p, e->pos, "cannot use assignment expressions with %s", p_expr_name(e));
    return e;
}

KrAstExpr *p_star_expressions(Parser *p)
{
    KrAstPos st = p_start_pos(p);
    KrAstExpr *first = star_expression(p);
    if (!first)
        return NULL;
    if (!p_at(p, T_COMMA))
        return first;
    PVec v;
    pv_init(&v);
    if (pv_push(p, &v, first) < 0)
        return NULL;
    while (p_accept(p, T_COMMA)) {
        if (!p_can_start_expr(p_type(p, 0)) && !p_at(p, T_STAR) && !p_at(p, K_YIELD))
            break;
        KrAstExpr *e = star_expression(p);
        if (!e) {
            pv_free(&v);
            return NULL;
        }
        if (pv_push(p, &v, e) < 0)
            return NULL;
    }
    return make_tuple(p, &v, p_end_here(p, st));
}

KrAstExpr *p_star_named_expression(Parser *p)
{
    if (p_at(p, T_STAR))
        return star_expression(p);
    return p_named_expression(p);
}

KrAstExpr *p_named_expression(Parser *p)
{
    if (p_at(p, T_NAME) && p_type(p, 1) == T_COLONEQUAL) {
        KrToken nt = *p_tok(p, 0);
        KrAstExpr *target = name_expr(p, &nt);
        if (!target)
            return NULL;
        target->v.Name.ctx = KR_CTX_STORE;
        p_advance(p);
        p_advance(p);
        KrAstExpr *value = p_expression(p);
        if (!value)
            return NULL;
        NEW_EXPR(e, NamedExpr, p_end_here(p, target->pos));
        e->v.NamedExpr.target = target;
        e->v.NamedExpr.value = value;
        return e;
    }
    KrAstExpr *e = p_expression(p);
    if (e && p_at(p, T_COLONEQUAL))
        return p_error_node(p, e->pos, "cannot use assignment expressions with %s", p_expr_name(e));
    return e;
}

KrAstExpr *p_expression(Parser *p)
{
    if (p_at(p, K_LAMBDA))
        return lambdef(p);
    if (p_enter(p) < 0)
        return NULL;
    KrAstPos st = p_start_pos(p);
    KrAstExpr *body = p_disjunction(p);
    if (body && p_at(p, K_IF)) {
        p_advance(p);
        KrAstExpr *test = p_disjunction(p);
        if (!test)
            goto out_null;
        if (!p_accept(p, K_ELSE)) {
            if (p->err || p_at(p, T_COLON))
                goto out_null;
            p_error_range(p, body->pos, test->pos, "expected 'else' after 'if' expression");
            goto out_null;
        }
        KrAstExpr *orelse = p_expression(p);
        if (!orelse)
            goto out_null;
        KrAstExpr *e = kr_ast_expr_new(p->arena, KR_EXPR_IfExp, p_end_here(p, st));
        if (!e) {
            p->err = 1;
            goto out_null;
        }
        e->v.IfExp.test = test;
        e->v.IfExp.body = body;
        e->v.IfExp.orelse = orelse;
        body = e;
    }
    p_leave(p);
    return body;
out_null:
    p_leave(p);
    return NULL;
}

static KrAstExpr *boolop(Parser *p, int kw, KrBoolOp op, KrAstExpr *(*sub)(Parser *))
{
    KrAstPos st = p_start_pos(p);
    KrAstExpr *first = sub(p);
    if (!first || !p_at(p, kw))
        return first;
    PVec v;
    pv_init(&v);
    if (pv_push(p, &v, first) < 0)
        return NULL;
    while (p_accept(p, kw)) {
        KrAstExpr *e = sub(p);
        if (!e) {
            pv_free(&v);
            return NULL;
        }
        if (pv_push(p, &v, e) < 0)
            return NULL;
    }
    KrAstExpr *r = kr_ast_expr_new(p->arena, KR_EXPR_BoolOp, p_end_here(p, st));
    if (!r) {
        pv_free(&v);
        p->err = 1;
        return NULL;
    }
    r->v.BoolOp.op = op;
    r->v.BoolOp.values = pv_seq(p, &v);
    return p->err ? NULL : r;
}

static KrAstExpr *inversion(Parser *p)
{
    if (p_at(p, K_NOT)) {
        KrToken nt = *p_tok(p, 0);
        p_advance(p);
        if (p_enter(p) < 0)
            return NULL;
        KrAstExpr *v = inversion(p);
        p_leave(p);
        if (!v)
            return NULL;
        KrAstPos pos = p_end_here(p, p_pos_tok(&nt, &nt));
        NEW_EXPR(e, UnaryOp, pos);
        e->v.UnaryOp.op = KR_UOP_NOT;
        e->v.UnaryOp.operand = v;
        return e;
    }
    return comparison(p);
}

static KrAstExpr *conjunction(Parser *p) { return boolop(p, K_AND, KR_BOOL_AND, inversion); }

KrAstExpr *p_disjunction(Parser *p)
{
    KrAstExpr *e = boolop(p, K_OR, KR_BOOL_OR, conjunction);
    if (e) {
        /* remembered for the "Perhaps you forgot a comma?" diagnosis */
        p->last_disj = e->pos;
        p->last_disj_end = p->pos;
        p->last_disj_name = e->kind == KR_EXPR_Name;
    }
    return e;
}

static int cmp_op(Parser *p, int *nt)
{
    *nt = 1;
    switch (p_type(p, 0)) {
    case T_EQEQUAL: return KR_CMP_EQ;
    case T_NOTEQUAL: return KR_CMP_NOTEQ;
    case T_LESS: return KR_CMP_LT;
    case T_LESSEQUAL: return KR_CMP_LTE;
    case T_GREATER: return KR_CMP_GT;
    case T_GREATEREQUAL: return KR_CMP_GTE;
    case K_IN: return KR_CMP_IN;
    case K_NOT:
        if (p_type(p, 1) == K_IN) {
            *nt = 2;
            return KR_CMP_NOTIN;
        }
        return 0;
    case K_IS:
        if (p_type(p, 1) == K_NOT) {
            *nt = 2;
            return KR_CMP_ISNOT;
        }
        return KR_CMP_IS;
    }
    return 0;
}

static KrAstExpr *comparison(Parser *p)
{
    KrAstPos st = p_start_pos(p);
    KrAstExpr *left = p_bitwise_or(p);
    if (!left)
        return NULL;
    int nt;
    int op = cmp_op(p, &nt);
    if (!op) {
        /* after an operand `not` can only start `not in`: CPython's parser
         * gets as far as the token after it, and points there (inside
         * brackets it suggests a missing comma instead, done elsewhere) */
        if (p_at(p, K_NOT) && p_tok(p, 0)->level == 0) {
            p_error_tok(p, p_tok(p, 1), "invalid syntax");
            return NULL;
        }
        return left;
    }
    PVec ops, comps;
    pv_init(&ops);
    pv_init(&comps);
    while ((op = cmp_op(p, &nt)) != 0) {
        p->pos += nt;
        KrAstExpr *r = p_bitwise_or(p);
        if (!r)
            goto fail;
        if (pv_push(p, &ops, (void *)(intptr_t)op) < 0 || pv_push(p, &comps, r) < 0)
            goto fail;
    }
    KrAstExpr *e = kr_ast_expr_new(p->arena, KR_EXPR_Compare, p_end_here(p, st));
    if (!e) {
        p->err = 1;
        goto fail;
    }
    e->v.Compare.left = left;
    e->v.Compare.nops = ops.n;
    e->v.Compare.ops = kr_arena_alloc(p->arena, sizeof(KrCmpOp) * (size_t)ops.n);
    if (!e->v.Compare.ops) {
        p->err = 1;
        goto fail;
    }
    for (int i = 0; i < ops.n; i++)
        e->v.Compare.ops[i] = (KrCmpOp)(intptr_t)ops.items[i];
    pv_free(&ops);
    e->v.Compare.comparators = pv_seq(p, &comps);
    return p->err ? NULL : e;
fail:
    pv_free(&ops);
    pv_free(&comps);
    return NULL;
}

/* binary operator levels, loosest first */
typedef struct BinLevel { int toks[5]; KrOperator ops[5]; } BinLevel;
static const BinLevel bin_levels[] = {
    { { T_VBAR }, { KR_OP_BITOR } },
    { { T_CIRCUMFLEX }, { KR_OP_BITXOR } },
    { { T_AMPER }, { KR_OP_BITAND } },
    { { T_LEFTSHIFT, T_RIGHTSHIFT }, { KR_OP_LSHIFT, KR_OP_RSHIFT } },
    { { T_PLUS, T_MINUS }, { KR_OP_ADD, KR_OP_SUB } },
    { { T_STAR, T_SLASH, T_DOUBLESLASH, T_PERCENT, T_AT },
      { KR_OP_MULT, KR_OP_DIV, KR_OP_FLOORDIV, KR_OP_MOD, KR_OP_MATMUL } },
};

static KrAstExpr *factor(Parser *p);

static KrAstExpr *binlevel(Parser *p, int lvl)
{
    KrAstPos st = p_start_pos(p);
    KrAstExpr *left = lvl + 1 < (int)KR_ARRAY_LEN(bin_levels) ? binlevel(p, lvl + 1) : factor(p);
    if (!left)
        return NULL;
    for (;;) {
        int t = p_type(p, 0), found = -1;
        for (int i = 0; i < 5 && bin_levels[lvl].toks[i]; i++)
            if (bin_levels[lvl].toks[i] == t)
                found = i;
        if (found < 0)
            return left;
        p_advance(p);
        KrAstExpr *right = lvl + 1 < (int)KR_ARRAY_LEN(bin_levels) ? binlevel(p, lvl + 1) : factor(p);
        if (!right)
            return NULL;
        NEW_EXPR(e, BinOp, p_end_here(p, st));
        e->v.BinOp.left = left;
        e->v.BinOp.op = bin_levels[lvl].ops[found];
        e->v.BinOp.right = right;
        left = e;
    }
}

KrAstExpr *p_bitwise_or(Parser *p)
{
    return binlevel(p, 0);
}

static KrAstExpr *power(Parser *p)
{
    KrAstPos st = p_start_pos(p);
    KrAstExpr *base;
    if (p_at(p, K_AWAIT)) {
        KrToken at = *p_tok(p, 0);
        p_advance(p);
        KrAstExpr *v = primary(p);
        if (!v)
            return NULL;
        KrAstPos pos = p_end_here(p, p_pos_tok(&at, &at));
        base = kr_ast_expr_new(p->arena, KR_EXPR_Await, pos);
        if (!base) {
            p->err = 1;
            return NULL;
        }
        base->v.Await.value = v;
    } else {
        base = primary(p);
        if (!base)
            return NULL;
    }
    if (p_accept(p, T_DOUBLESTAR)) {
        if (p_enter(p) < 0)
            return NULL;
        KrAstExpr *exp = factor(p);
        p_leave(p);
        if (!exp)
            return NULL;
        NEW_EXPR(e, BinOp, p_end_here(p, st));
        e->v.BinOp.left = base;
        e->v.BinOp.op = KR_OP_POW;
        e->v.BinOp.right = exp;
        return e;
    }
    return base;
}

static KrAstExpr *factor(Parser *p)
{
    int t = p_type(p, 0);
    if (t == T_PLUS || t == T_MINUS || t == T_TILDE) {
        KrToken ot = *p_tok(p, 0);
        p_advance(p);
        if (p_enter(p) < 0)
            return NULL;
        KrAstExpr *v = factor(p);
        p_leave(p);
        if (!v)
            return NULL;
        KrAstPos pos = p_end_here(p, p_pos_tok(&ot, &ot));
        NEW_EXPR(e, UnaryOp, pos);
        e->v.UnaryOp.op = t == T_PLUS ? KR_UOP_UADD : t == T_MINUS ? KR_UOP_USUB : KR_UOP_INVERT;
        e->v.UnaryOp.operand = v;
        return e;
    }
    return power(p);
}

/* ---- primary: atom with trailers ---------------------------------------- */

static KrAstExpr *slices(Parser *p)
{
    KrAstPos st = p_start_pos(p);
    KrAstExpr *first = star_named_or_slice(p);
    if (!first)
        return NULL;
    if (!p_at(p, T_COMMA) && first->kind != KR_EXPR_Starred)
        return first;
    PVec v;
    pv_init(&v);
    if (pv_push(p, &v, first) < 0)
        return NULL;
    while (p_accept(p, T_COMMA)) {
        if (p_at(p, T_RSQB))
            break;
        KrAstExpr *e = star_named_or_slice(p);
        if (!e) {
            pv_free(&v);
            return NULL;
        }
        if (pv_push(p, &v, e) < 0)
            return NULL;
    }
    return make_tuple(p, &v, p_end_here(p, st));
}

/* slice | starred_expression | named_expression */
static KrAstExpr *star_named_or_slice(Parser *p)
{
    if (p_at(p, T_STAR))
        return star_expression(p);
    KrAstPos start = p_start_pos(p);
    KrAstExpr *lower = NULL, *upper = NULL, *step = NULL;
    if (!p_at(p, T_COLON)) {
        lower = p_named_expression(p);
        if (!lower)
            return NULL;
        if (!p_at(p, T_COLON))
            return lower;
    }
    p_advance(p);   /* ':' */
    KrAstPos pos = p_end_here(p, start);
    if (!p_at(p, T_COLON) && !p_at(p, T_COMMA) && !p_at(p, T_RSQB)) {
        upper = p_expression(p);
        if (!upper)
            return NULL;
        pos = p_end_here(p, start);
    }
    if (p_accept(p, T_COLON)) {
        pos = p_end_here(p, start);
        if (!p_at(p, T_COMMA) && !p_at(p, T_RSQB)) {
            step = p_expression(p);
            if (!step)
                return NULL;
            pos = p_end_here(p, start);
        }
    }
    NEW_EXPR(e, Slice, pos);
    e->v.Slice.lower = lower;
    e->v.Slice.upper = upper;
    e->v.Slice.step = step;
    return e;
}

static KrAstExpr *primary(Parser *p)
{
    KrAstPos st = p_start_pos(p);
    KrAstExpr *e = atom(p);
    if (!e)
        return NULL;
    for (;;) {
        int t = p_type(p, 0);
        if (t == T_DOT) {
            p_advance(p);
            if (!p_at(p, T_NAME))
                return p_invalid(p);
            KrToken nt = *p_tok(p, 0);
            p_advance(p);
            KrObject *attr = p_name_obj(p, &nt);
            if (!attr)
                return NULL;
            KrAstPos pos = p_end_here(p, st);
            NEW_EXPR(a, Attribute, pos);
            a->v.Attribute.value = e;
            a->v.Attribute.attr = attr;
            a->v.Attribute.ctx = KR_CTX_LOAD;
            e = a;
        } else if (t == T_LPAR) {
            KrAstPos open = p_start_pos(p);
            p_advance(p);
            KrAstSeq *kws = NULL;
            KrAstSeq *args = p_keywords_or_args(p, &kws, T_RPAR, 1, open);
            if (!args && p->err)
                return NULL;
            KrAstPos pos = p_end_here(p, st);
            NEW_EXPR(c, Call, pos);
            c->v.Call.func = e;
            c->v.Call.args = args;
            c->v.Call.keywords = kws;
            e = c;
        } else if (t == T_LSQB) {
            p_advance(p);
            if (p_at(p, T_RSQB))
                return p_invalid(p);
            KrAstExpr *s = slices(p);
            if (!s)
                return NULL;
            if (p_expect(p, T_RSQB) < 0)
                return NULL;
            NEW_EXPR(sub, Subscript, p_end_here(p, st));
            sub->v.Subscript.value = e;
            sub->v.Subscript.slice = s;
            sub->v.Subscript.ctx = KR_CTX_LOAD;
            e = sub;
        } else
            return e;
    }
}

/* ---- comprehensions ----------------------------------------------------- */

/* targets of a for clause: star_targets, parsed as bitwise_or expressions */
KrAstExpr *p_star_targets_expr(Parser *p)
{
    KrAstPos st = p_start_pos(p);
    KrAstExpr *first;
    if (p_at(p, T_STAR)) {
        first = star_expression(p);
    } else
        first = p_bitwise_or(p);
    if (!first)
        return NULL;
    if (!p_at(p, T_COMMA))
        return first;
    PVec v;
    pv_init(&v);
    if (pv_push(p, &v, first) < 0)
        return NULL;
    while (p_accept(p, T_COMMA)) {
        if (!p_can_start_expr(p_type(p, 0)) && !p_at(p, T_STAR))
            break;
        KrAstExpr *e = p_at(p, T_STAR) ? star_expression(p) : p_bitwise_or(p);
        if (!e) {
            pv_free(&v);
            return NULL;
        }
        if (pv_push(p, &v, e) < 0)
            return NULL;
    }
    return make_tuple(p, &v, p_end_here(p, st));
}

static KrAstSeq *comp_for(Parser *p)
{
    PVec gens;
    pv_init(&gens);
    while (p_at(p, K_FOR) || (p_at(p, K_ASYNC) && p_type(p, 1) == K_FOR)) {
        int is_async = p_accept(p, K_ASYNC);
        p_advance(p);   /* for */
        KrAstExpr *target = p_star_targets_expr(p);
        if (!target)
            goto fail;
        if (!p_at(p, K_IN)) {
            if (!p->err) {
                KrAstExpr *bad = p_invalid_target(target, TGT_FOR);
                if (bad)
                    p_error_node(p, bad->pos, "cannot assign to %s", p_expr_name(bad));
                else
                    p_invalid(p);
            }
            goto fail;
        }
        if (p_set_context(p, target, KR_CTX_STORE) < 0) {
            KrAstExpr *bad = p_invalid_target(target, TGT_FOR);
            p_error_node(p, bad ? bad->pos : target->pos, "cannot assign to %s", p_expr_name(bad ? bad : target));
            goto fail;
        }
        p_advance(p);   /* in */
        KrAstExpr *iter = p_disjunction(p);
        if (!iter)
            goto fail;
        PVec ifs;
        pv_init(&ifs);
        while (p_accept(p, K_IF)) {
            KrAstExpr *c = p_disjunction(p);
            if (!c || pv_push(p, &ifs, c) < 0) {
                pv_free(&ifs);
                goto fail;
            }
        }
        KrAstComprehension *comp = kr_arena_alloc(p->arena, sizeof(KrAstComprehension));
        if (!comp) {
            pv_free(&ifs);
            p->err = 1;
            goto fail;
        }
        comp->target = target;
        comp->iter = iter;
        comp->ifs = pv_seq(p, &ifs);
        comp->is_async = is_async;
        if (p->err || pv_push(p, &gens, comp) < 0)
            goto fail;
    }
    return pv_seq(p, &gens);
fail:
    pv_free(&gens);
    return NULL;
}

static KrAstExpr *comprehension(Parser *p, KrAstExprKind kind, KrAstExpr *elt, KrAstExpr *value,
                                KrAstPos start, int close)
{
    if (elt->kind == KR_EXPR_Starred) {
        if (kind == KR_EXPR_ListComp)
            return p_error_node(p, elt->pos, "iterable unpacking cannot be used in comprehension");
        return p_error_node(p, elt->pos, "iterable unpacking cannot be used in comprehension");
    }
    KrAstSeq *gens = comp_for(p);
    if (!gens)
        return NULL;
    if (close && p_expect(p, close) < 0)
        return NULL;
    KrAstPos pos = p_end_here(p, start);
    KrAstExpr *e = kr_ast_expr_new(p->arena, kind, pos);
    if (!e) {
        p->err = 1;
        return NULL;
    }
    if (kind == KR_EXPR_DictComp) {
        e->v.DictComp.key = elt;
        e->v.DictComp.value = value;
        e->v.DictComp.generators = gens;
    } else {
        e->v.ListComp.elt = elt;
        e->v.ListComp.generators = gens;
    }
    return e;
}

/* ---- atoms -------------------------------------------------------------- */

static KrAstExpr *paren_atom(Parser *p)
{
    KrAstPos start = p_start_pos(p);
    p_advance(p);   /* ( */
    if (p_accept(p, T_RPAR)) {
        PVec v;
        pv_init(&v);
        return make_tuple(p, &v, p_end_here(p, start));
    }
    if (p_at(p, K_YIELD)) {
        KrAstExpr *y = p_yield_expr(p);
        if (!y || p_expect(p, T_RPAR) < 0)
            return NULL;
        return y;
    }
    KrAstExpr *first = p_star_named_expression(p);
    if (!first)
        return NULL;
    if (p_at(p, K_FOR) || (p_at(p, K_ASYNC) && p_type(p, 1) == K_FOR))
        return comprehension(p, KR_EXPR_GeneratorExp, first, NULL, start, T_RPAR);
    if (p_accept(p, T_RPAR)) {
        if (first->kind == KR_EXPR_Starred)
            return p_error_node(p, first->pos, "cannot use starred expression here");
        return first;
    }
    if (!p_at(p, T_COMMA))
        return p_invalid(p);
    PVec v;
    pv_init(&v);
    if (pv_push(p, &v, first) < 0)
        return NULL;
    while (p_accept(p, T_COMMA)) {
        if (p_at(p, T_RPAR))
            break;
        KrAstExpr *e = p_star_named_expression(p);
        if (!e) {
            pv_free(&v);
            return NULL;
        }
        if (pv_push(p, &v, e) < 0)
            return NULL;
    }
    if (p_expect(p, T_RPAR) < 0) {
        pv_free(&v);
        return NULL;
    }
    return make_tuple(p, &v, p_end_here(p, start));
}

static KrAstExpr *list_atom(Parser *p)
{
    KrAstPos start = p_start_pos(p);
    p_advance(p);
    PVec v;
    pv_init(&v);
    if (!p_at(p, T_RSQB)) {
        KrAstExpr *first = p_star_named_expression(p);
        if (!first)
            return NULL;
        if (p_at(p, K_FOR) || (p_at(p, K_ASYNC) && p_type(p, 1) == K_FOR))
            return comprehension(p, KR_EXPR_ListComp, first, NULL, start, T_RSQB);
        if (pv_push(p, &v, first) < 0)
            return NULL;
        while (p_accept(p, T_COMMA)) {
            if (p_at(p, T_RSQB))
                break;
            KrAstExpr *e = p_star_named_expression(p);
            if (!e) {
                pv_free(&v);
                return NULL;
            }
            if (pv_push(p, &v, e) < 0)
                return NULL;
        }
    }
    if (p_expect(p, T_RSQB) < 0) {
        pv_free(&v);
        return NULL;
    }
    NEW_EXPR(e, List, p_end_here(p, start));
    e->v.List.elts = pv_seq(p, &v);
    e->v.List.ctx = KR_CTX_LOAD;
    return p->err ? NULL : e;
}

static KrAstExpr *dict_or_set(Parser *p)
{
    KrAstPos start = p_start_pos(p);
    p_advance(p);
    if (p_accept(p, T_RBRACE)) {
        NEW_EXPR(e, Dict, p_end_here(p, start));
        e->v.Dict.keys = p_seq(p, NULL, 0);
        e->v.Dict.values = p_seq(p, NULL, 0);
        return p->err ? NULL : e;
    }
    PVec keys, vals;
    pv_init(&keys);
    pv_init(&vals);
    int is_dict;
    KrAstExpr *k = NULL, *val = NULL;
    KrAstPos unpack_pos = start;   /* where CPython points the error below */
    if (p_at(p, T_DOUBLESTAR)) {
        KrAstPos st = p_start_pos(p);
        p_advance(p);
        unpack_pos = p_end_here(p, st);   /* the `**` itself */
        val = p_bitwise_or(p);
        if (!val)
            return NULL;
        is_dict = 1;
    } else {
        k = p_star_named_expression(p);
        if (!k)
            return NULL;
        is_dict = k->kind != KR_EXPR_Starred && p_at(p, T_COLON);
        if (is_dict) {
            p_advance(p);
            val = p_expression(p);
            if (!val)
                return NULL;
        }
    }
    if (p_at(p, K_FOR) || (p_at(p, K_ASYNC) && p_type(p, 1) == K_FOR)) {
        if (is_dict && !k)
            return p_error_node(p, unpack_pos, "dict unpacking cannot be used in dict comprehension");
        return comprehension(p, is_dict ? KR_EXPR_DictComp : KR_EXPR_SetComp, k, val, start, T_RBRACE);
    }
    if (pv_push(p, &keys, k) < 0 || pv_push(p, &vals, val) < 0)
        goto fail;
    while (p_accept(p, T_COMMA)) {
        if (p_at(p, T_RBRACE))
            break;
        if (is_dict) {
            if (p_accept(p, T_DOUBLESTAR)) {
                val = p_bitwise_or(p);
                if (!val)
                    goto fail;
                k = NULL;
            } else {
                k = p_expression(p);
                if (!k)
                    goto fail;
                if (!p_accept(p, T_COLON)) {
                    if (!p->err)
                        p_error_at(p, KrExc_SyntaxError, "':' expected after dictionary key", k->pos.lineno,
                                   k->pos.col_offset, k->pos.end_lineno, -2);
                    goto fail;
                }
                val = p_expression(p);
                if (!val)
                    goto fail;
            }
            if (pv_push(p, &keys, k) < 0 || pv_push(p, &vals, val) < 0)
                goto fail;
        } else {
            k = p_star_named_expression(p);
            if (!k || pv_push(p, &keys, k) < 0)
                goto fail;
        }
    }
    if (!p_at(p, T_RBRACE)) {
        if (!p->err) {
            if (is_dict && p_at(p, T_COLON))
                p_invalid(p);
            else
                p_invalid(p);
        }
        goto fail;
    }
    p_advance(p);
    if (is_dict) {
        NEW_EXPR(e, Dict, p_end_here(p, start));
        e->v.Dict.keys = pv_seq(p, &keys);
        e->v.Dict.values = pv_seq(p, &vals);
        return p->err ? NULL : e;
    }
    pv_free(&vals);
    NEW_EXPR(e, Set, p_end_here(p, start));
    e->v.Set.elts = pv_seq(p, &keys);
    return p->err ? NULL : e;
fail:
    pv_free(&keys);
    pv_free(&vals);
    return NULL;
}

static KrAstExpr *atom(Parser *p)
{
    KrToken *t = p_tok(p, 0);
    if (p->err)
        return NULL;
    switch (t->type) {
    case T_NAME: {
        KrToken nt = *t;
        p_advance(p);
        return name_expr(p, &nt);
    }
    case K_TRUE: case K_FALSE: case K_NONE: {
        KrToken kt = *t;
        p_advance(p);
        return const_obj(p, kt.type == K_TRUE ? Kr_True : kt.type == K_FALSE ? Kr_False : Kr_None,
                         p_pos_tok(&kt, &kt));
    }
    case T_ELLIPSIS: {
        KrToken kt = *t;
        p_advance(p);
        return const_obj(p, Kr_Ellipsis, p_pos_tok(&kt, &kt));
    }
    case T_NUMBER:
        return p_number(p);
    case T_STRING:
    case T_FSTRING_START:
        return p_strings(p);
    case T_LPAR: {
        if (p_enter(p) < 0)
            return NULL;
        KrAstExpr *e = paren_atom(p);
        p_leave(p);
        return e;
    }
    case T_LSQB: {
        if (p_enter(p) < 0)
            return NULL;
        KrAstExpr *e = list_atom(p);
        p_leave(p);
        return e;
    }
    case T_LBRACE: {
        if (p_enter(p) < 0)
            return NULL;
        KrAstExpr *e = dict_or_set(p);
        p_leave(p);
        return e;
    }
    default:
        return p_invalid(p);
    }
}

/* ---- yield, lambda ------------------------------------------------------ */

KrAstExpr *p_yield_expr(Parser *p)
{
    KrToken yt = *p_tok(p, 0);
    p_advance(p);
    if (p_accept(p, K_FROM)) {
        KrAstExpr *v = p_expression(p);
        if (!v)
            return NULL;
        KrAstPos pos = p_end_here(p, p_pos_tok(&yt, &yt));
        NEW_EXPR(e, YieldFrom, pos);
        e->v.YieldFrom.value = v;
        return e;
    }
    KrAstExpr *v = NULL;
    KrAstPos pos = p_pos_tok(&yt, &yt);
    if (p_can_start_expr(p_type(p, 0)) || p_at(p, T_STAR)) {
        v = p_star_expressions(p);
        if (!v)
            return NULL;
        pos = p_end_here(p, pos);
    }
    NEW_EXPR(e, Yield, pos);
    e->v.Yield.value = v;
    return e;
}

static KrAstExpr *lambdef(Parser *p)
{
    KrToken lt = *p_tok(p, 0);
    p_advance(p);
    if (p_enter(p) < 0)
        return NULL;
    KrAstArguments *args = p_params(p, 1, T_COLON);
    if (!args)
        goto fail;
    if (!p_at(p, T_COLON)) {
        p_invalid(p);
        goto fail;
    }
    KrToken colon = *p_tok(p, 0);
    p_advance(p);
    if (p->in_fstring && (p_at(p, T_FSTRING_MIDDLE) || (p_at(p, T_LBRACE) && p_tok(p, 0)->start == colon.end) ||
                          p_at(p, T_RBRACE))) {
        KrAstPos a = p_pos_tok(&lt, &lt), b = p_pos_tok(&colon, &colon);
        p_error_range(p, a, b, "f-string: lambda expressions are not allowed without parentheses");
        goto fail;
    }
    KrAstExpr *body = p_expression(p);
    if (!body)
        goto fail;
    p_leave(p);
    KrAstPos pos = p_end_here(p, p_pos_tok(&lt, &lt));
    NEW_EXPR(e, Lambda, pos);
    e->v.Lambda.args = args;
    e->v.Lambda.body = body;
    return e;
fail:
    p_leave(p);
    return NULL;
}

/* ---- parameters --------------------------------------------------------- */

static KrAstArg *param(Parser *p, int lambda, int allow_star_annotation)
{
    KrToken nt = *p_tok(p, 0);
    if (nt.type != T_NAME)
        return p_invalid(p);
    p_advance(p);
    KrAstArg *a = kr_arena_alloc(p->arena, sizeof(KrAstArg));
    if (!a) {
        p->err = 1;
        return NULL;
    }
    a->arg = p_name_obj(p, &nt);
    if (!a->arg)
        return NULL;
    a->pos = p_pos_tok(&nt, &nt);
    if (!lambda && p_accept(p, T_COLON)) {
        KrAstExpr *ann;
        if (allow_star_annotation && p_at(p, T_STAR))
            ann = star_expression(p);
        else
            ann = p_expression(p);
        if (!ann)
            return NULL;
        a->annotation = ann;
        a->pos = p_end_here(p, a->pos);
    }
    return a;
}

KrAstArguments *p_params(Parser *p, int lambda, int close)
{
    KrAstArguments *A = kr_arena_alloc(p->arena, sizeof(KrAstArguments));
    if (!A) {
        p->err = 1;
        return NULL;
    }
    PVec posonly, args, kwonly, kwdef, defs;
    pv_init(&posonly);
    pv_init(&args);
    pv_init(&kwonly);
    pv_init(&kwdef);
    pv_init(&defs);
    int seen_slash = 0, seen_star = 0, bare_star = 0;
    KrToken star_tok = { 0 };
    while (!p_at(p, close)) {
        if (p->err)
            goto fail;
        KrToken t = *p_tok(p, 0);
        if (A->kwarg) {
            p_error_tok(p, &t, "arguments cannot follow var-keyword argument");
            goto fail;
        }
        if (t.type == T_SLASH) {
            if (seen_slash) {
                p_error_tok(p, &t, "/ may appear only once");
                goto fail;
            }
            if (seen_star) {
                p_error_tok(p, &t, "/ must be ahead of *");
                goto fail;
            }
            if (args.n == 0) {
                /* CPython names the mistake for def, and only for `/,` */
                if (lambda || p_type(p, 1) != T_COMMA)
                    p_invalid(p);
                else
                    p_error_tok(p, &t, "at least one argument must precede /");
                goto fail;
            }
            p_advance(p);
            seen_slash = 1;
            for (int i = 0; i < args.n; i++)
                if (pv_push(p, &posonly, args.items[i]) < 0)
                    goto fail;
            args.n = 0;
        } else if (t.type == T_STAR) {
            if (seen_star) {
                p_error_tok(p, &t, "* argument may appear only once");
                goto fail;
            }
            p_advance(p);
            seen_star = 1;
            star_tok = t;
            if (p_at(p, T_COMMA) || p_at(p, close)) {
                bare_star = 1;
                KrToken *n1 = p_tok(p, 0);
                KrToken *n2 = n1->type == T_COMMA ? p_tok(p, 1) : n1;
                if (n2->type == close || n2->type == T_DOUBLESTAR) {
                    /* def points at the '*', lambda at what follows */
                    p_error_tok(p, lambda ? n2 : &star_tok, "named arguments must follow bare *");
                    goto fail;
                }
            } else {
                A->vararg = param(p, lambda, 1);
                if (!A->vararg)
                    goto fail;
                if (p_at(p, T_EQUAL)) {
                    p_error_tok(p, p_tok(p, 0), "var-positional argument cannot have default value");
                    goto fail;
                }
            }
        } else if (t.type == T_DOUBLESTAR) {
            p_advance(p);
            A->kwarg = param(p, lambda, 0);
            if (!A->kwarg)
                goto fail;
            if (p_at(p, T_EQUAL)) {
                p_error_tok(p, p_tok(p, 0), "var-keyword argument cannot have default value");
                goto fail;
            }
        } else {
            KrAstArg *a = param(p, lambda, 0);
            if (!a)
                goto fail;
            KrAstExpr *dflt = NULL;
            if (p_at(p, T_EQUAL)) {
                KrToken eq = *p_tok(p, 0);
                p_advance(p);
                if (p_at(p, T_COMMA) || p_at(p, close)) {
                    p_error_tok(p, &eq, "expected default value expression");
                    goto fail;
                }
                dflt = p_expression(p);
                if (!dflt)
                    goto fail;
            }
            if (seen_star) {
                if (pv_push(p, &kwonly, a) < 0 || pv_push(p, &kwdef, dflt) < 0)
                    goto fail;
            } else {
                if (dflt) {
                    if (pv_push(p, &defs, dflt) < 0)
                        goto fail;
                } else if (defs.n > 0) {
                    p_error_tok(p, &t, "parameter without a default follows parameter with a default");
                    goto fail;
                }
                if (pv_push(p, &args, a) < 0)
                    goto fail;
            }
        }
        if (!p_accept(p, T_COMMA))
            break;
    }
    (void)bare_star;
    A->posonlyargs = pv_seq(p, &posonly);
    A->args = pv_seq(p, &args);
    A->kwonlyargs = pv_seq(p, &kwonly);
    A->kw_defaults = pv_seq(p, &kwdef);
    A->defaults = pv_seq(p, &defs);
    return p->err ? NULL : A;
fail:
    pv_free(&posonly);
    pv_free(&args);
    pv_free(&kwonly);
    pv_free(&kwdef);
    pv_free(&defs);
    return NULL;
}

/* ---- call arguments ----------------------------------------------------- */

KrAstSeq *p_keywords_or_args(Parser *p, KrAstSeq **keywords, int close, int genexp_ok, KrAstPos open)
{
    PVec args, kws;
    pv_init(&args);
    pv_init(&kws);
    int seen_kw = 0, seen_kwunpack = 0;
    while (!p_at(p, close)) {
        if (p->err)
            goto fail;
        KrToken t = *p_tok(p, 0);
        if (t.type == T_DOUBLESTAR) {
            p_advance(p);
            KrAstExpr *v = p_expression(p);
            if (!v)
                goto fail;
            KrAstKeyword *k = kr_arena_alloc(p->arena, sizeof(KrAstKeyword));
            if (!k) {
                p->err = 1;
                goto fail;
            }
            KrAstPos pos = p_end_here(p, p_pos_tok(&t, &t));
            k->pos = pos;
            k->value = v;
            if (pv_push(p, &kws, k) < 0)
                goto fail;
            seen_kwunpack = 1;
        } else if (t.type == T_STAR) {
            if (seen_kwunpack) {
                p_error_tok(p, &t, "iterable argument unpacking follows keyword argument unpacking");
                goto fail;
            }
            /* in calls the operand of '*' is a full expression */
            p_advance(p);
            KrAstExpr *v = p_expression(p);
            if (!v)
                goto fail;
            KrAstPos pos = p_end_here(p, p_pos_tok(&t, &t));
            KrAstExpr *e = kr_ast_expr_new(p->arena, KR_EXPR_Starred, pos);
            if (!e) {
                p->err = 1;
                goto fail;
            }
            e->v.Starred.value = v;
            e->v.Starred.ctx = KR_CTX_LOAD;
            if (pv_push(p, &args, e) < 0)
                goto fail;
        } else if ((t.type == T_NAME || t.type == K_TRUE || t.type == K_FALSE || t.type == K_NONE) &&
                   p_type(p, 1) == T_EQUAL) {
            if (t.type != T_NAME) {
                p_error_tok(p, &t, t.type == K_TRUE ? "cannot assign to True" :
                                   t.type == K_FALSE ? "cannot assign to False" : "cannot assign to None");
                goto fail;
            }
            p_advance(p);
            p_advance(p);
            KrAstExpr *v = p_expression(p);
            if (!v)
                goto fail;
            if (p_at(p, K_FOR)) {
                p_invalid(p);
                goto fail;
            }
            KrAstKeyword *k = kr_arena_alloc(p->arena, sizeof(KrAstKeyword));
            if (!k) {
                p->err = 1;
                goto fail;
            }
            KrAstPos pos = p_end_here(p, p_pos_tok(&t, &t));
            k->pos = pos;
            k->arg = p_name_obj(p, &t);
            k->value = v;
            if (!k->arg || pv_push(p, &kws, k) < 0)
                goto fail;
            seen_kw = 1;
        } else {
            KrAstExpr *e = p_named_expression(p);
            if (!e)
                goto fail;
            if (p_at(p, T_EQUAL) && p_type(p, 1) != T_EQUAL) {
                KrToken eq = *p_tok(p, 0);
                p_error_range(p, e->pos, p_pos_tok(&eq, &eq),
                              "expression cannot contain assignment, perhaps you meant \"==\"?");
                goto fail;
            }
            if (p_at(p, K_FOR) || (p_at(p, K_ASYNC) && p_type(p, 1) == K_FOR)) {
                if (!genexp_ok) {
                    p_invalid(p);
                    goto fail;
                }
                int sole = args.n == 0 && kws.n == 0;
                KrAstExpr *g = comprehension(p, KR_EXPR_GeneratorExp, e, NULL, e->pos, 0);
                if (!g)
                    goto fail;
                if (sole && p_at(p, close)) {
                    /* the call's parentheses belong to the generator */
                    g->pos.lineno = open.lineno;
                    g->pos.col_offset = open.col_offset;
                    KrToken *c = p_tok(p, 0);
                    g->pos.end_lineno = c->end_lineno;
                    g->pos.end_col_offset = c->end_col;
                } else {
                    p_error_range(p, g->pos, g->pos, "Generator expression must be parenthesized");
                    goto fail;
                }
                e = g;
            } else if (args.n == 1 && kws.n == 0 && p_at(p, close) &&
                       ((KrAstExpr *)args.items[0])->kind == KR_EXPR_GeneratorExp && 0) {
            }
            /* CPython points at the token after the argument */
            if (seen_kwunpack) {
                p_error_tok(p, p_tok(p, 0), "positional argument follows keyword argument unpacking");
                goto fail;
            }
            if (seen_kw) {
                p_error_tok(p, p_tok(p, 0), "positional argument follows keyword argument");
                goto fail;
            }
            /* an earlier sole generator followed by more arguments */
            if (args.n == 1 && ((KrAstExpr *)args.items[0])->kind == KR_EXPR_GeneratorExp &&
                ((KrAstExpr *)args.items[0])->pos.col_offset == open.col_offset &&
                ((KrAstExpr *)args.items[0])->pos.lineno == open.lineno) {
                p_error_range(p, e->pos, e->pos, "Generator expression must be parenthesized");
                goto fail;
            }
            if (pv_push(p, &args, e) < 0)
                goto fail;
        }
        if (!p_accept(p, T_COMMA))
            break;
    }
    if (!p_at(p, close)) {
        if (!p->err)
            p_invalid(p);
        goto fail;
    }
    p_advance(p);
    *keywords = pv_seq(p, &kws);
    KrAstSeq *r = pv_seq(p, &args);
    return p->err ? NULL : r;
fail:
    pv_free(&args);
    pv_free(&kws);
    return NULL;
}

/* ---- f-string replacement fields ---------------------------------------- */

KrAstExpr *p_fstring_expr(Parser *p)
{
    if (p_at(p, K_YIELD))
        return p_yield_expr(p);
    return p_star_expressions(p);
}
