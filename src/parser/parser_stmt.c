/* parser_stmt.c: statements and blocks: simple statements (assignment in
 * all its forms, import, global, del, raise ...), compound statements
 * (if/while/for/try/with/def/class, decorators, async forms), and the
 * file / interactive entry points.  Indentation errors about blocks are
 * raised here; the tokenizer raises those about inconsistent dedents.
 */
#include "parser_int.h"

static KrAstStmt *statement(Parser *p, PVec *out);
#define block p_block

#define NEW_STMT(var, kind, pos) \
    KrAstStmt *var = kr_ast_stmt_new(p->arena, KR_STMT_##kind, (pos)); \
    if (!var) { p->err = 1; return NULL; }

/* A compound statement ends with the last token of its last block (a
 * trailing ';' included), as CPython's positions do. */
KrAstPos p_stmt_end(Parser *p, KrAstPos start)
{
    int i = p->pos - 1;
    while (i > 0 && (p->toks[i].type == T_NEWLINE || p->toks[i].type == T_INDENT || p->toks[i].type == T_DEDENT))
        i--;
    if (i >= 0) {
        start.end_lineno = p->toks[i].end_lineno;
        start.end_col_offset = p->toks[i].end_col;
    }
    return start;
}
#define stmt_end(start, body) ((void)(body), p_stmt_end(p, (start)))

/* ---- targets ------------------------------------------------------------ */

static int check_target(Parser *p, KrAstExpr *e, int kind)
{
    KrAstExpr *bad = p_invalid_target(e, kind);
    if (bad) {
        if (kind == TGT_DEL)
            p_error_node(p, bad->pos, "cannot delete %s", p_expr_name(bad));
        else
            p_error_node(p, bad->pos, "cannot assign to %s", p_expr_name(bad));
        return -1;
    }
    if (p_set_context(p, e, kind == TGT_DEL ? KR_CTX_DEL : KR_CTX_STORE) < 0) {
        p_error_node(p, e->pos, kind == TGT_DEL ? "cannot delete %s" : "cannot assign to %s", p_expr_name(e));
        return -1;
    }
    return 0;
}

/* CPython suggests '==' for `a = b` when a is an expression its grammar
 * parses as bitwise_or that does not start with a tuple, list, generator
 * expression or True/False/None */
static int suggests_eq(KrAstExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_Compare: case KR_EXPR_BoolOp: case KR_EXPR_IfExp: case KR_EXPR_Lambda:
    case KR_EXPR_Starred: case KR_EXPR_YieldFrom: case KR_EXPR_Tuple: case KR_EXPR_List:
    case KR_EXPR_GeneratorExp:
        return 0;
    case KR_EXPR_UnaryOp:
        if (e->v.UnaryOp.op == KR_UOP_NOT)
            return 0;
        break;
    default:
        break;
    }
    /* the leftmost atom decides */
    KrAstExpr *a = e;
    for (;;) {
        if (a->kind == KR_EXPR_Call)
            a = a->v.Call.func;
        else if (a->kind == KR_EXPR_Attribute)
            a = a->v.Attribute.value;
        else if (a->kind == KR_EXPR_Subscript)
            a = a->v.Subscript.value;
        else if (a->kind == KR_EXPR_BinOp)
            a = a->v.BinOp.left;
        else
            break;
    }
    if (a != e && (a->kind == KR_EXPR_Tuple || a->kind == KR_EXPR_List || a->kind == KR_EXPR_GeneratorExp))
        return 0;
    if (a->kind == KR_EXPR_Constant &&
        (a->v.Constant.value == Kr_True || a->v.Constant.value == Kr_False || a->v.Constant.value == Kr_None))
        return 0;
    return 1;
}

/* ---- simple statements -------------------------------------------------- */

static int augassign_op(int t, KrOperator *op)
{
    switch (t) {
    case T_PLUSEQUAL: *op = KR_OP_ADD; return 1;
    case T_MINEQUAL: *op = KR_OP_SUB; return 1;
    case T_STAREQUAL: *op = KR_OP_MULT; return 1;
    case T_ATEQUAL: *op = KR_OP_MATMUL; return 1;
    case T_SLASHEQUAL: *op = KR_OP_DIV; return 1;
    case T_PERCENTEQUAL: *op = KR_OP_MOD; return 1;
    case T_AMPEREQUAL: *op = KR_OP_BITAND; return 1;
    case T_VBAREQUAL: *op = KR_OP_BITOR; return 1;
    case T_CIRCUMFLEXEQUAL: *op = KR_OP_BITXOR; return 1;
    case T_LEFTSHIFTEQUAL: *op = KR_OP_LSHIFT; return 1;
    case T_RIGHTSHIFTEQUAL: *op = KR_OP_RSHIFT; return 1;
    case T_DOUBLESTAREQUAL: *op = KR_OP_POW; return 1;
    case T_DOUBLESLASHEQUAL: *op = KR_OP_FLOORDIV; return 1;
    }
    return 0;
}

static KrAstExpr *rhs(Parser *p)
{
    if (p_at(p, K_YIELD))
        return p_yield_expr(p);
    return p_star_expressions(p);
}

static KrAstStmt *expr_stmt(Parser *p)
{
    KrAstPos start = p_start_pos(p);
    int first_tok = p_type(p, 0);
    KrAstExpr *e = rhs(p);
    if (!e)
        return NULL;
    int t = p_type(p, 0);
    KrOperator op;
    if (t == T_COLON && !p_can_start_expr(p_type(p, 1)) && e->kind != KR_EXPR_Name &&
        e->kind != KR_EXPR_Attribute && e->kind != KR_EXPR_Subscript)
        return p_invalid(p);
    if (t == T_COLON) {
        /* annotated assignment */
        if (e->kind == KR_EXPR_Tuple || e->kind == KR_EXPR_List) {
            if (e->kind == KR_EXPR_Tuple && first_tok != T_LPAR)
                return p_error_node(p, KR_SEQ_GET(e->v.Tuple.elts, 0) ? ((KrAstExpr *)KR_SEQ_GET(e->v.Tuple.elts, 0))->pos : e->pos,
                                    "only single target (not tuple) can be annotated");
            return p_error_node(p, e->pos, "only single target (not %s) can be annotated",
                                e->kind == KR_EXPR_Tuple ? "tuple" : "list");
        }
        if (e->kind != KR_EXPR_Name && e->kind != KR_EXPR_Attribute && e->kind != KR_EXPR_Subscript)
            return p_error_node(p, e->pos, "illegal target for annotation");
        p_advance(p);
        KrAstExpr *ann = p_expression(p);
        if (!ann)
            return NULL;
        KrAstExpr *value = NULL;
        if (p_accept(p, T_EQUAL)) {
            value = rhs(p);
            if (!value)
                return NULL;
        }
        p_set_context(p, e, KR_CTX_STORE);
        NEW_STMT(s, AnnAssign, p_end_here(p, start));
        s->v.AnnAssign.target = e;
        s->v.AnnAssign.annotation = ann;
        s->v.AnnAssign.value = value;
        s->v.AnnAssign.simple = e->kind == KR_EXPR_Name && first_tok != T_LPAR;
        return s;
    }
    if (augassign_op(t, &op)) {
        if (e->kind != KR_EXPR_Name && e->kind != KR_EXPR_Attribute && e->kind != KR_EXPR_Subscript)
            return p_error_node(p, e->pos, "'%s' is an illegal expression for augmented assignment",
                                p_expr_name(e));
        p_advance(p);
        KrAstExpr *value = rhs(p);
        if (!value)
            return NULL;
        p_set_context(p, e, KR_CTX_STORE);
        NEW_STMT(s, AugAssign, p_end_here(p, start));
        s->v.AugAssign.target = e;
        s->v.AugAssign.op = op;
        s->v.AugAssign.value = value;
        return s;
    }
    if (t == T_EQUAL) {
        PVec targets;
        pv_init(&targets);
        int first = 1;
        while (p_at(p, T_EQUAL)) {
            p_advance(p);
            int paren_yield = first && first_tok == T_LPAR && e->kind == KR_EXPR_Yield;
            if ((e->kind == KR_EXPR_Yield || e->kind == KR_EXPR_YieldFrom) && !paren_yield) {
                pv_free(&targets);
                return p_error_node(p, e->pos, "assignment to yield expression not possible");
            }
            KrAstExpr *bad = p_invalid_target(e, TGT_STAR);
            if (bad) {
                /* the last element of a bare tuple counts as a whole target */
                KrAstExpr *whole = e;
                if (e->kind == KR_EXPR_Tuple && first_tok != T_LPAR && KR_SEQ_LEN(e->v.Tuple.elts) > 0)
                    whole = KR_SEQ_GET(e->v.Tuple.elts, e->v.Tuple.elts->n - 1);
                if (first && bad == whole && (suggests_eq(bad) || paren_yield) && !p->err) {
                    /* CPython suggests '==' when the right side is not itself assigned */
                    int save = p->pos;
                    KrAstExpr *r = p_at(p, K_YIELD) ? NULL : p_bitwise_or(p);
                    int chained = !r || p_at(p, T_EQUAL) || p_at(p, T_COLONEQUAL);
                    if (p->err && !p->tok_failed) {
                        kr_err_clear();
                        p->err = 0;
                    }
                    if (p->err) {
                        pv_free(&targets);
                        return NULL;
                    }
                    p->pos = save;
                    if (!chained) {
                        pv_free(&targets);
                        return p_error_node(p, bad->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                            p_expr_name(bad));
                    }
                }
                pv_free(&targets);
                return p_error_node(p, bad->pos, "cannot assign to %s", p_expr_name(bad));
            }
            if (check_target(p, e, TGT_STAR) < 0 || pv_push(p, &targets, e) < 0) {
                pv_free(&targets);
                return NULL;
            }
            first = 0;
            e = rhs(p);
            if (!e) {
                pv_free(&targets);
                return NULL;
            }
        }
        int tt = p_type(p, 0);
        if (augassign_op(tt, &op) || tt == T_COLON) {
            pv_free(&targets);
            return p_invalid(p);
        }
        NEW_STMT(s, Assign, p_end_here(p, start));
        s->v.Assign.targets = pv_seq(p, &targets);
        s->v.Assign.value = e;
        return p->err ? NULL : s;
    }
    NEW_STMT(s, Expr, p_end_here(p, start));
    s->v.Expr.value = e;
    return s;
}

static KrObject *dotted_name(Parser *p)
{
    if (!p_at(p, T_NAME))
        return p_invalid(p);
    KrToken first = *p_tok(p, 0);
    p_advance(p);
    if (!p_at(p, T_DOT))
        return p_name_obj(p, &first);
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_put(&b, first.start, (size_t)(first.end - first.start));
    while (p_at(p, T_DOT)) {
        p_advance(p);
        if (!p_at(p, T_NAME)) {
            kr_buf_free(&b);
            return p_invalid(p);
        }
        KrToken *t = p_tok(p, 0);
        kr_buf_putc(&b, '.');
        kr_buf_put(&b, t->start, (size_t)(t->end - t->start));
        p_advance(p);
    }
    KrObject *s = NULL;
    if (b.failed)
        kr_err_nomemory();
    else
        s = kr_str_from_utf8(b.data, (ssize_t)b.len);
    kr_buf_free(&b);
    if (!s) {
        p->err = 1;
        return NULL;
    }
    return p_own(p, kr_str_intern(s));
}

static KrAstAlias *alias(Parser *p, int dotted)
{
    KrAstPos start = p_start_pos(p);
    KrObject *name;
    if (dotted)
        name = dotted_name(p);
    else {
        if (!p_at(p, T_NAME))
            return p_invalid(p);
        name = p_name_obj(p, p_tok(p, 0));
        p_advance(p);
    }
    if (!name)
        return NULL;
    KrObject *asname = NULL;
    if (p_accept(p, K_AS)) {
        if (!p_at(p, T_NAME))
            return p_invalid(p);
        asname = p_name_obj(p, p_tok(p, 0));
        if (!asname)
            return NULL;
        p_advance(p);
    }
    KrAstAlias *a = kr_arena_alloc(p->arena, sizeof(KrAstAlias));
    if (!a) {
        p->err = 1;
        return NULL;
    }
    a->pos = p_end_here(p, start);
    a->name = name;
    a->asname = asname;
    return a;
}

static KrAstStmt *import_stmt(Parser *p)
{
    KrAstPos start = p_start_pos(p);
    p_advance(p);
    PVec names;
    pv_init(&names);
    do {
        KrAstAlias *a = alias(p, 1);
        if (!a || pv_push(p, &names, a) < 0) {
            pv_free(&names);
            return NULL;
        }
    } while (p_accept(p, T_COMMA));
    NEW_STMT(s, Import, p_end_here(p, start));
    s->v.Import.names = pv_seq(p, &names);
    return p->err ? NULL : s;
}

static KrAstStmt *from_stmt(Parser *p)
{
    KrAstPos start = p_start_pos(p);
    p_advance(p);
    int level = 0;
    for (;;) {
        if (p_accept(p, T_DOT))
            level++;
        else if (p_accept(p, T_ELLIPSIS))
            level += 3;
        else
            break;
    }
    KrObject *module = NULL;
    if (!p_at(p, K_IMPORT) || level == 0) {
        module = dotted_name(p);
        if (!module)
            return NULL;
    }
    if (p_expect(p, K_IMPORT) < 0)
        return NULL;
    PVec names;
    pv_init(&names);
    if (p_at(p, T_STAR)) {
        KrToken st = *p_tok(p, 0);
        p_advance(p);
        KrAstAlias *a = kr_arena_alloc(p->arena, sizeof(KrAstAlias));
        if (!a) {
            p->err = 1;
            return NULL;
        }
        a->pos = p_pos_tok(&st, &st);
        a->name = p_own(p, kr_str_intern_cstr("*"));
        if (!a->name || pv_push(p, &names, a) < 0)
            return NULL;
    } else if (p_accept(p, T_LPAR)) {
        do {
            if (p_at(p, T_RPAR) && names.n > 0)
                break;
            KrAstAlias *a = alias(p, 0);
            if (!a || pv_push(p, &names, a) < 0) {
                pv_free(&names);
                return NULL;
            }
        } while (p_accept(p, T_COMMA));
        if (p_expect(p, T_RPAR) < 0) {
            pv_free(&names);
            return NULL;
        }
    } else {
        do {
            if (names.n > 0 && (p_at(p, T_NEWLINE) || p_at(p, T_SEMI) || p_at(p, T_ENDMARKER))) {
                pv_free(&names);
                return p_error_tok(p, p_tok(p, 0), "trailing comma not allowed without surrounding parentheses");
            }
            KrAstAlias *a = alias(p, 0);
            if (!a || pv_push(p, &names, a) < 0) {
                pv_free(&names);
                return NULL;
            }
        } while (p_accept(p, T_COMMA));
    }
    NEW_STMT(s, ImportFrom, p_end_here(p, start));
    s->v.ImportFrom.module = module;
    s->v.ImportFrom.names = pv_seq(p, &names);
    s->v.ImportFrom.level = level;
    return p->err ? NULL : s;
}

static KrAstStmt *global_stmt(Parser *p, int nonlocal)
{
    KrAstPos start = p_start_pos(p);
    p_advance(p);
    PVec names;
    pv_init(&names);
    do {
        if (!p_at(p, T_NAME)) {
            pv_free(&names);
            return p_invalid(p);
        }
        KrObject *n = p_name_obj(p, p_tok(p, 0));
        p_advance(p);
        if (!n || pv_push(p, &names, n) < 0) {
            pv_free(&names);
            return NULL;
        }
    } while (p_accept(p, T_COMMA));
    KrAstStmt *s = kr_ast_stmt_new(p->arena, nonlocal ? KR_STMT_Nonlocal : KR_STMT_Global, p_end_here(p, start));
    if (!s) {
        pv_free(&names);
        p->err = 1;
        return NULL;
    }
    s->v.Global.names = pv_seq(p, &names);
    return p->err ? NULL : s;
}

static KrAstStmt *del_stmt(Parser *p)
{
    KrAstPos start = p_start_pos(p);
    p_advance(p);
    PVec targets;
    pv_init(&targets);
    do {
        if (targets.n > 0 && (p_at(p, T_NEWLINE) || p_at(p, T_SEMI) || p_at(p, T_ENDMARKER)))
            break;
        KrAstExpr *e;
        if (p_at(p, T_STAR)) {
            KrToken st = *p_tok(p, 0);
            p_advance(p);
            KrAstExpr *v = p_bitwise_or(p);
            if (!v) {
                pv_free(&targets);
                return NULL;
            }
            KrAstPos pos = { st.lineno, st.col, v->pos.end_lineno, v->pos.end_col_offset };
            pv_free(&targets);
            return p_error_node(p, pos, "cannot delete starred");
        }
        e = p_bitwise_or(p);
        if (!e) {
            pv_free(&targets);
            return NULL;
        }
        if (p_at(p, T_EQUAL) || p_at(p, K_IF) || p_at(p, K_AND) || p_at(p, K_OR)) {
            pv_free(&targets);
            return p_invalid(p);
        }
        if (check_target(p, e, TGT_DEL) < 0 || pv_push(p, &targets, e) < 0) {
            pv_free(&targets);
            return NULL;
        }
    } while (p_accept(p, T_COMMA));
    NEW_STMT(s, Delete, p_end_here(p, start));
    s->v.Delete.targets = pv_seq(p, &targets);
    return p->err ? NULL : s;
}

/* ---- type parameters (PEP 695) ------------------------------------------ */

/* T, T: bound, T: (constraints), *Ts, **P.  *hard is set for the errors
 * CPython raises from inside the list (a bound on *Ts or **P), which a
 * def must not turn into its "expected '('" */
static KrAstTypeParam *type_param(Parser *p, int *hard)
{
    KrAstPos start = p_start_pos(p);
    KrAstTypeParamKind kind = KR_TP_TypeVar;
    if (p_accept(p, T_STAR))
        kind = KR_TP_TypeVarTuple;
    else if (p_accept(p, T_DOUBLESTAR))
        kind = KR_TP_ParamSpec;
    if (!p_at(p, T_NAME))
        return p_invalid(p);
    KrObject *name = p_name_obj(p, p_tok(p, 0));
    if (!name)
        return NULL;
    p_advance(p);
    KrAstExpr *bound = NULL;
    if (p_at(p, T_COLON)) {
        KrAstPos colon = p_start_pos(p);
        p_advance(p);
        if (!(bound = p_expression(p)))
            return NULL;
        if (kind != KR_TP_TypeVar) {
            char msg[64];
            snprintf(msg, sizeof msg, "cannot use %s with %s", bound->kind == KR_EXPR_Tuple ? "constraints" : "bound",
                     kind == KR_TP_TypeVarTuple ? "TypeVarTuple" : "ParamSpec");
            *hard = 1;
            return p_error_range(p, colon, bound->pos, msg);
        }
    }
    KrAstTypeParam *tp = kr_arena_alloc(p->arena, sizeof *tp);
    if (!tp) {
        p->err = 1;
        return NULL;
    }
    tp->kind = kind;
    tp->pos = p_end_here(p, start);
    tp->name = name;
    tp->bound = bound;
    return tp;
}

/* '[' type_param (',' type_param)* [','] ']', at the '[' */
static KrAstSeq *type_params(Parser *p, int *hard)
{
    p_advance(p);
    PVec v;
    pv_init(&v);
    for (;;) {
        KrAstTypeParam *tp = type_param(p, hard);
        if (!tp || pv_push(p, &v, tp) < 0)
            goto fail;
        if (!p_accept(p, T_COMMA) || p_at(p, T_RSQB))
            break;
    }
    if (p_expect(p, T_RSQB) < 0)
        goto fail;
    return pv_seq(p, &v);
fail:
    pv_free(&v);
    return NULL;
}

/* type NAME [type_params] '=' expression */
static KrAstStmt *type_alias(Parser *p)
{
    KrAstPos start = p_start_pos(p);
    p_advance(p);   /* type */
    KrAstPos npos = p_start_pos(p);
    KrObject *id = p_name_obj(p, p_tok(p, 0));
    if (!id)
        return NULL;
    p_advance(p);
    KrAstExpr *name = kr_ast_expr_new(p->arena, KR_EXPR_Name, p_end_here(p, npos));
    if (!name) {
        p->err = 1;
        return NULL;
    }
    name->v.Name.id = id;
    name->v.Name.ctx = KR_CTX_STORE;
    KrAstSeq *tparams = NULL;
    if (p_at(p, T_LSQB)) {
        int hard = 0;
        if (!(tparams = type_params(p, &hard)))
            return NULL;
    }
    if (p_expect(p, T_EQUAL) < 0)
        return NULL;
    KrAstExpr *value = p_expression(p);
    if (!value)
        return NULL;
    NEW_STMT(s, TypeAlias, p_end_here(p, start));
    s->v.TypeAlias.name = name;
    s->v.TypeAlias.type_params = tparams ? tparams : p_seq(p, NULL, 0);
    s->v.TypeAlias.value = value;
    return s;
}

static int at_stmt_end(Parser *p)
{
    int t = p_type(p, 0);
    return t == T_NEWLINE || t == T_SEMI || t == T_ENDMARKER;
}

static KrAstStmt *simple_stmt(Parser *p)
{
    KrAstPos start = p_start_pos(p);
    KrToken *t = p_tok(p, 0);
    if (p->err)
        return NULL;
    switch (t->type) {
    case K_PASS: case K_BREAK: case K_CONTINUE: {
        int kt = t->type;
        p_advance(p);
        NEW_STMT(s, Pass, p_end_here(p, start));
        s->kind = kt == K_PASS ? KR_STMT_Pass : kt == K_BREAK ? KR_STMT_Break : KR_STMT_Continue;
        return s;
    }
    case K_RETURN: {
        p_advance(p);
        KrAstExpr *v = NULL;
        if (!at_stmt_end(p)) {
            v = p_star_expressions(p);
            if (!v)
                return NULL;
        }
        NEW_STMT(s, Return, p_end_here(p, start));
        s->v.Return.value = v;
        return s;
    }
    case K_RAISE: {
        p_advance(p);
        KrAstExpr *exc = NULL, *cause = NULL;
        if (!at_stmt_end(p)) {
            exc = p_expression(p);
            if (!exc)
                return NULL;
            if (p_accept(p, K_FROM)) {
                cause = p_expression(p);
                if (!cause)
                    return NULL;
            }
        }
        NEW_STMT(s, Raise, p_end_here(p, start));
        s->v.Raise.exc = exc;
        s->v.Raise.cause = cause;
        return s;
    }
    case K_GLOBAL: return global_stmt(p, 0);
    case K_NONLOCAL: return global_stmt(p, 1);
    case K_DEL: return del_stmt(p);
    case K_ASSERT: {
        p_advance(p);
        KrAstExpr *test = p_expression(p);
        if (!test)
            return NULL;
        KrAstExpr *msg = NULL;
        if (p_accept(p, T_COMMA)) {
            msg = p_expression(p);
            if (!msg)
                return NULL;
        }
        NEW_STMT(s, Assert, p_end_here(p, start));
        s->v.Assert.test = test;
        s->v.Assert.msg = msg;
        return s;
    }
    case K_IMPORT: return import_stmt(p);
    case K_FROM: return from_stmt(p);
    case T_NAME:
        /* two names in a row start no expression: `type NAME` can only be
         * a type alias, and its errors are reported as such */
        if (p_is_name(p, 0, "type") && p_type(p, 1) == T_NAME)
            return type_alias(p);
        return expr_stmt(p);
    default:
        return expr_stmt(p);
    }
}

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static int simple_stmts(Parser *p, PVec *out)
{
    for (;;) {
        KrAstStmt *s = simple_stmt(p);
        if (!s)
            return -1;
        if (pv_push(p, out, s) < 0)
            return -1;
        if (p_accept(p, T_SEMI)) {
            if (p_at(p, T_NEWLINE) || p_at(p, T_ENDMARKER))
                break;
            continue;
        }
        break;
    }
    if (p_accept(p, T_NEWLINE) || p_at(p, T_ENDMARKER))
        return 0;
    p_invalid(p);
    return -1;
}

/* ---- blocks ------------------------------------------------------------- */

KrAstSeq *p_block(Parser *p, const char *what, int lineno)
{
    PVec body;
    pv_init(&body);
    if (p_accept(p, T_NEWLINE)) {
        if (!p_at(p, T_INDENT)) {
            if (p->err)
                return NULL;
            char msg[160];
            snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, lineno);
            KrToken *t = p_tok(p, 0);
            p_error_at(p, KrExc(IndentationError), msg, t->lineno, t->col, t->end_lineno,
                       t->type == T_ENDMARKER || t->type == T_DEDENT ? -1 : t->end_col);
            return NULL;
        }
        p_advance(p);
        if (p_enter(p) < 0)
            return NULL;
        while (!p_at(p, T_DEDENT) && !p_at(p, T_ENDMARKER)) {
            if (p->err || !statement(p, &body)) {
                p_leave(p);
                pv_free(&body);
                return NULL;
            }
        }
        p_leave(p);
        p_accept(p, T_DEDENT);
    } else {
        if (simple_stmts(p, &body) < 0) {
            pv_free(&body);
            return NULL;
        }
    }
    return pv_seq(p, &body);
}

/* ':' before a block.  forced: any other token gets "expected ':'";
 * otherwise only a line end does. */
static int colon(Parser *p, int forced)
{
    if (p_accept(p, T_COLON))
        return 0;
    if (p->err)
        return -1;
    if (forced || p_at(p, T_NEWLINE)) {
        p_error_tok(p, p_tok(p, 0), "expected ':'");
        return -1;
    }
    p_invalid(p);
    return -1;
}

/* ---- compound statements ------------------------------------------------ */

/* `if x = 1:` and friends */
static int check_eq_typo(Parser *p, KrAstExpr *test)
{
    if (!p_at(p, T_EQUAL))
        return 0;
    int save = p->pos;
    p_advance(p);
    KrAstExpr *r = p_bitwise_or(p);
    if (r && !p_at(p, T_EQUAL) && !p_at(p, T_COLONEQUAL)) {
        if (test->kind == KR_EXPR_Name)
            p_error_range(p, test->pos, r->pos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        else if (suggests_eq(test))
            p_error_node(p, test->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                         p_expr_name(test));
        else
            p_error_node(p, test->pos, "cannot assign to %s", p_expr_name(test));
        return -1;
    }
    if (p->err)
        return -1;
    p->pos = save;
    return 0;
}

static KrAstStmt *if_stmt(Parser *p, int is_elif)
{
    KrAstPos start = p_start_pos(p);
    int line = start.lineno;
    p_advance(p);
    KrAstExpr *test = p_named_expression(p);
    if (!test)
        return NULL;
    if (check_eq_typo(p, test) < 0)
        return NULL;
    if (colon(p, 0) < 0)
        return NULL;
    KrAstSeq *body = block(p, is_elif ? "'elif' statement" : "'if' statement", line);
    if (!body)
        return NULL;
    KrAstSeq *orelse = NULL;
    KrAstPos pos = stmt_end(start, body);
    if (p_at(p, K_ELIF)) {
        KrAstStmt *e = if_stmt(p, 1);
        if (!e)
            return NULL;
        void *one = e;
        orelse = p_seq(p, &one, 1);
        pos = p_span(pos, e->pos);
    } else if (p_at(p, K_ELSE)) {
        int eline = p_tok(p, 0)->lineno;
        p_advance(p);
        if (colon(p, 1) < 0)
            return NULL;
        orelse = block(p, "'else' statement", eline);
        if (!orelse)
            return NULL;
        pos = stmt_end(pos, orelse);
    } else
        orelse = p_seq(p, NULL, 0);
    NEW_STMT(s, If, pos);
    s->v.If.test = test;
    s->v.If.body = body;
    s->v.If.orelse = orelse;
    return p->err ? NULL : s;
}

static KrAstSeq *else_block(Parser *p, KrAstPos *pos)
{
    if (p_at(p, K_ELSE)) {
        int eline = p_tok(p, 0)->lineno;
        p_advance(p);
        if (colon(p, 1) < 0)
            return NULL;
        KrAstSeq *b = block(p, "'else' statement", eline);
        if (b)
            *pos = stmt_end(*pos, b);
        return b;
    }
    return p_seq(p, NULL, 0);
}

static KrAstStmt *while_stmt(Parser *p)
{
    KrAstPos start = p_start_pos(p);
    p_advance(p);
    KrAstExpr *test = p_named_expression(p);
    if (!test || check_eq_typo(p, test) < 0 || colon(p, 0) < 0)
        return NULL;
    KrAstSeq *body = block(p, "'while' statement", start.lineno);
    if (!body)
        return NULL;
    KrAstPos pos = stmt_end(start, body);
    KrAstSeq *orelse = else_block(p, &pos);
    if (!orelse)
        return NULL;
    NEW_STMT(s, While, pos);
    s->v.While.test = test;
    s->v.While.body = body;
    s->v.While.orelse = orelse;
    return s;
}

static KrAstStmt *for_stmt(Parser *p, KrAstPos start, int is_async)
{
    p_advance(p);   /* for */
    KrAstExpr *target = p_star_targets_expr(p);
    if (!target)
        return NULL;
    if (!p_at(p, K_IN)) {
        KrAstExpr *bad = p_invalid_target(target, TGT_FOR);
        if (bad && !p->err)
            return p_error_node(p, bad->pos, "cannot assign to %s", p_expr_name(bad));
        return p_invalid(p);
    }
    if (check_target(p, target, TGT_FOR) < 0)
        return NULL;
    p_advance(p);
    KrAstExpr *iter = p_star_expressions(p);
    if (!iter || colon(p, 0) < 0)
        return NULL;
    KrAstSeq *body = block(p, "'for' statement", start.lineno);
    if (!body)
        return NULL;
    KrAstPos pos = stmt_end(start, body);
    KrAstSeq *orelse = else_block(p, &pos);
    if (!orelse)
        return NULL;
    NEW_STMT(s, For, pos);
    if (is_async)
        s->kind = KR_STMT_AsyncFor;
    s->v.For.target = target;
    s->v.For.iter = iter;
    s->v.For.body = body;
    s->v.For.orelse = orelse;
    return s;
}

static KrAstWithItem *with_item(Parser *p)
{
    KrAstExpr *e = p_expression(p);
    if (!e)
        return NULL;
    KrAstWithItem *w = kr_arena_alloc(p->arena, sizeof(KrAstWithItem));
    if (!w) {
        p->err = 1;
        return NULL;
    }
    w->context_expr = e;
    if (p_accept(p, K_AS)) {
        KrAstExpr *t = p_bitwise_or(p);
        if (!t)
            return NULL;
        int nt = p_type(p, 0);
        if (nt != T_COMMA && nt != T_RPAR && nt != T_COLON)
            return p_invalid(p);
        if (check_target(p, t, TGT_STAR) < 0)
            return NULL;
        w->optional_vars = t;
    }
    return w;
}

static KrAstStmt *with_stmt(Parser *p, KrAstPos start, int is_async)
{
    p_advance(p);   /* with */
    PVec items;
    pv_init(&items);
    int done = 0;
    if (p_at(p, T_LPAR)) {
        /* try the parenthesized form: with (a as b, c as d): */
        int save = p->pos;
        p_advance(p);
        int ok = 1;
        do {
            if (p_at(p, T_RPAR) && items.n > 0)
                break;
            KrAstWithItem *w = with_item(p);
            if (!w || pv_push(p, &items, w) < 0) {
                ok = 0;
                break;
            }
        } while (p_accept(p, T_COMMA));
        if (ok && p_accept(p, T_RPAR) && p_at(p, T_COLON))
            done = 1;
        else {
            if (p->tok_failed) {
                pv_free(&items);
                return NULL;
            }
            if (p->err) {
                kr_err_clear();
                p->err = 0;
            }
            pv_free(&items);
            p->pos = save;
        }
    }
    if (!done) {
        do {
            KrAstWithItem *w = with_item(p);
            if (!w || pv_push(p, &items, w) < 0) {
                pv_free(&items);
                return NULL;
            }
        } while (p_accept(p, T_COMMA));
    }
    if (colon(p, 0) < 0) {
        pv_free(&items);
        return NULL;
    }
    KrAstSeq *body = block(p, "'with' statement", start.lineno);
    if (!body) {
        pv_free(&items);
        return NULL;
    }
    NEW_STMT(s, With, stmt_end(start, body));
    if (is_async)
        s->kind = KR_STMT_AsyncWith;
    s->v.With.items = pv_seq(p, &items);
    s->v.With.body = body;
    return p->err ? NULL : s;
}

static KrAstStmt *try_stmt(Parser *p)
{
    KrAstPos start = p_start_pos(p);
    p_advance(p);
    if (colon(p, 1) < 0)
        return NULL;
    KrAstSeq *body = block(p, "'try' statement", start.lineno);
    if (!body)
        return NULL;
    KrAstPos pos = stmt_end(start, body);
    PVec handlers;
    pv_init(&handlers);
    int star = -1;
    while (p_at(p, K_EXCEPT)) {
        KrToken et = *p_tok(p, 0);
        p_advance(p);
        int is_star = 0;
        KrToken st = et;
        if (p_at(p, T_STAR)) {
            st = *p_tok(p, 0);
            p_advance(p);
            is_star = 1;
        }
        if (star >= 0 && star != is_star) {
            pv_free(&handlers);
            return p_error_range(p, p_pos_tok(&et, &et), p_pos_tok(&st, &st),
                                 "cannot have both 'except' and 'except*' on the same 'try'");
        }
        star = is_star;
        KrAstExpr *type = NULL;
        KrObject *name = NULL;
        if (!p_at(p, T_COLON)) {
            type = p_expression(p);
            if (!type) {
                pv_free(&handlers);
                return NULL;
            }
            if (p_at(p, T_COMMA)) {
                int save = p->pos;
                KrAstExpr *more = NULL;
                while (p_accept(p, T_COMMA)) {
                    more = p_expression(p);
                    if (!more)
                        break;
                }
                if (more && (p_at(p, T_COLON) || p_at(p, K_AS))) {
                    pv_free(&handlers);
                    return p_error_range(p, type->pos, more->pos, "multiple exception types must be parenthesized");
                }
                if (p->err) {
                    pv_free(&handlers);
                    return NULL;
                }
                p->pos = save;
            }
            if (p_accept(p, K_AS)) {
                if (!p_at(p, T_NAME)) {
                    pv_free(&handlers);
                    KrAstExpr *t = p_bitwise_or(p);
                    if (t && !p->err)
                        return p_error_node(p, t->pos, "cannot use %s as except target", p_expr_name(t));
                    return p_invalid(p);
                }
                name = p_name_obj(p, p_tok(p, 0));
                p_advance(p);
                if (!name) {
                    pv_free(&handlers);
                    return NULL;
                }
            }
        } else if (is_star) {
            pv_free(&handlers);
            return p_error_tok(p, p_tok(p, 0), "expected one or more exception types");
        }
        if (colon(p, 0) < 0) {
            pv_free(&handlers);
            return NULL;
        }
        KrAstSeq *hb = block(p, is_star ? "'except*' statement" : "'except' statement", et.lineno);
        if (!hb) {
            pv_free(&handlers);
            return NULL;
        }
        KrAstExceptHandler *h = kr_arena_alloc(p->arena, sizeof(KrAstExceptHandler));
        if (!h) {
            pv_free(&handlers);
            p->err = 1;
            return NULL;
        }
        KrAstPos hp = { et.lineno, et.col, et.end_lineno, et.end_col };
        h->pos = stmt_end(hp, hb);
        h->type = type;
        h->name = name;
        h->body = hb;
        if (pv_push(p, &handlers, h) < 0)
            return NULL;
        pos = h->pos.end_lineno ? p_span(pos, h->pos) : pos;
    }
    KrAstSeq *orelse = NULL, *finalbody = NULL;
    if (handlers.n > 0) {
        orelse = else_block(p, &pos);
        if (!orelse) {
            pv_free(&handlers);
            return NULL;
        }
    } else
        orelse = p_seq(p, NULL, 0);
    if (p_at(p, K_FINALLY)) {
        int fline = p_tok(p, 0)->lineno;
        p_advance(p);
        if (colon(p, 1) < 0) {
            pv_free(&handlers);
            return NULL;
        }
        finalbody = block(p, "'finally' statement", fline);
        if (!finalbody) {
            pv_free(&handlers);
            return NULL;
        }
        pos = stmt_end(pos, finalbody);
    } else {
        if (handlers.n == 0) {
            if (p->err)
                return NULL;
            KrToken *t = p_tok(p, 0);
            return p_error_at(p, KrExc_SyntaxError, "expected 'except' or 'finally' block", t->lineno, t->col,
                              t->end_lineno, t->type == T_ENDMARKER || t->type == T_DEDENT ? -1 : t->end_col);
        }
        finalbody = p_seq(p, NULL, 0);
    }
    NEW_STMT(s, Try, pos);
    if (star == 1)
        s->kind = KR_STMT_TryStar;
    s->v.Try.body = body;
    s->v.Try.handlers = pv_seq(p, &handlers);
    s->v.Try.orelse = orelse;
    s->v.Try.finalbody = finalbody;
    return p->err ? NULL : s;
}

static KrAstStmt *funcdef(Parser *p, KrAstSeq *decorators, KrAstPos start, int is_async)
{
    p_advance(p);   /* def */
    if (!p_at(p, T_NAME))
        return p_invalid(p);
    KrObject *name = p_name_obj(p, p_tok(p, 0));
    if (!name)
        return NULL;
    p_advance(p);
    KrAstSeq *tparams = NULL;
    if (p_at(p, T_LSQB)) {
        /* CPython's grammar makes the list optional and then insists on
         * '(': a list it cannot parse is reported as a missing '(' */
        int save = p->pos, hard = 0;
        tparams = type_params(p, &hard);
        if (!tparams) {
            if (hard || p->tok_failed || !p->err || !kr_err_matches(KR_OBJ(KrExc_SyntaxError)))
                return NULL;
            kr_err_clear();
            p->err = 0;
            p->pos = save;
            return p_error_tok(p, p_tok(p, 0), "expected '('");
        }
    }
    if (p_expect_forced(p, T_LPAR, "(") < 0)
        return NULL;
    KrAstArguments *args = p_params(p, 0, T_RPAR);
    if (!args)
        return NULL;
    if (p_expect(p, T_RPAR) < 0)
        return NULL;
    KrAstExpr *returns = NULL;
    if (p_accept(p, T_RARROW)) {
        returns = p_expression(p);
        if (!returns)
            return NULL;
    }
    if (colon(p, 1) < 0)
        return NULL;
    KrAstSeq *body = block(p, "function definition", start.lineno);
    if (!body)
        return NULL;
    NEW_STMT(s, FunctionDef, stmt_end(start, body));
    if (is_async)
        s->kind = KR_STMT_AsyncFunctionDef;
    s->v.FunctionDef.name = name;
    s->v.FunctionDef.args = args;
    s->v.FunctionDef.body = body;
    s->v.FunctionDef.decorator_list = decorators ? decorators : p_seq(p, NULL, 0);
    s->v.FunctionDef.returns = returns;
    s->v.FunctionDef.type_params = tparams ? tparams : p_seq(p, NULL, 0);
    return p->err ? NULL : s;
}

static KrAstStmt *classdef(Parser *p, KrAstSeq *decorators, KrAstPos start)
{
    p_advance(p);   /* class */
    if (!p_at(p, T_NAME))
        return p_invalid(p);
    KrObject *name = p_name_obj(p, p_tok(p, 0));
    if (!name)
        return NULL;
    p_advance(p);
    KrAstSeq *tparams = NULL;
    if (p_at(p, T_LSQB)) {
        int hard = 0;
        if (!(tparams = type_params(p, &hard)))
            return NULL;
    }
    KrAstSeq *bases = NULL, *keywords = NULL;
    if (p_at(p, T_LPAR)) {
        KrAstPos open = p_start_pos(p);
        p_advance(p);
        bases = p_keywords_or_args(p, &keywords, T_RPAR, 0, open);
        if (!bases)
            return NULL;
    } else {
        bases = p_seq(p, NULL, 0);
        keywords = p_seq(p, NULL, 0);
    }
    if (colon(p, 0) < 0)
        return NULL;
    KrAstSeq *body = block(p, "class definition", start.lineno);
    if (!body)
        return NULL;
    NEW_STMT(s, ClassDef, stmt_end(start, body));
    s->v.ClassDef.name = name;
    s->v.ClassDef.bases = bases;
    s->v.ClassDef.keywords = keywords;
    s->v.ClassDef.body = body;
    s->v.ClassDef.decorator_list = decorators ? decorators : p_seq(p, NULL, 0);
    s->v.ClassDef.type_params = tparams ? tparams : p_seq(p, NULL, 0);
    return p->err ? NULL : s;
}

static KrAstStmt *decorated(Parser *p)
{
    PVec decs;
    pv_init(&decs);
    while (p_accept(p, T_AT)) {
        KrAstExpr *d = p_named_expression(p);
        if (!d || pv_push(p, &decs, d) < 0)
            goto fail;
        if (!p_accept(p, T_NEWLINE)) {
            p_invalid(p);
            goto fail;
        }
    }
    KrAstSeq *ds = pv_seq(p, &decs);
    if (!ds)
        return NULL;
    KrAstPos start = p_start_pos(p);
    if (p_at(p, K_DEF))
        return funcdef(p, ds, start, 0);
    if (p_at(p, K_ASYNC) && p_type(p, 1) == K_DEF) {
        p_advance(p);
        return funcdef(p, ds, start, 1);
    }
    if (p_at(p, K_CLASS))
        return classdef(p, ds, start);
    return p_invalid(p);
fail:
    pv_free(&decs);
    return NULL;
}

/* `match` is a soft keyword: decide whether this line is a match
 * statement or an ordinary use of the name */
static int looks_like_match(Parser *p)
{
    int t1 = p_type(p, 1);
    if (!p_can_start_expr(t1) && t1 != T_STAR)
        return 0;
    /* a line `match <expr>:` cannot be anything but a match statement */
    int depth = 0;
    for (int k = 1;; k++) {
        int t = p_type(p, k);
        if (p->err || t == T_ENDMARKER)
            return 0;
        if (t == T_LPAR || t == T_LSQB || t == T_LBRACE)
            depth++;
        else if (t == T_RPAR || t == T_RSQB || t == T_RBRACE)
            depth--;
        if (t == T_NEWLINE)
            return p_type(p, k - 1) == T_COLON;
        if (k > 100000)
            return 0;
    }
}

static KrAstStmt *compound_or_simple(Parser *p, PVec *out)
{
    KrToken *t = p_tok(p, 0);
    if (p->err)
        return NULL;
    KrAstPos start = p_start_pos(p);
    KrAstStmt *s = NULL;
    switch (t->type) {
    case K_IF: s = if_stmt(p, 0); break;
    case K_WHILE: s = while_stmt(p); break;
    case K_FOR: s = for_stmt(p, start, 0); break;
    case K_TRY: s = try_stmt(p); break;
    case K_WITH: s = with_stmt(p, start, 0); break;
    case K_DEF: s = funcdef(p, NULL, start, 0); break;
    case K_CLASS: s = classdef(p, NULL, start); break;
    case T_AT: s = decorated(p); break;
    case K_ASYNC: {
        int t1 = p_type(p, 1);
        p_advance(p);
        if (t1 == K_DEF)
            s = funcdef(p, NULL, start, 1);
        else if (t1 == K_FOR)
            s = for_stmt(p, start, 1);
        else if (t1 == K_WITH)
            s = with_stmt(p, start, 1);
        else
            return p_invalid(p);
        break;
    }
    case T_INDENT:
        return p_invalid(p);
    case T_NAME:
        if (p_is_name(p, 0, "match") && looks_like_match(p)) {
            s = p_match_stmt(p);
            break;
        }
        /* fall through */
    default:
        if (simple_stmts(p, out) < 0)
            return NULL;
        return out->n ? out->items[out->n - 1] : NULL;
    }
    if (!s)
        return NULL;
    if (pv_push(p, out, s) < 0)
        return NULL;
    return s;
}

static KrAstStmt *statement(Parser *p, PVec *out)
{
    return compound_or_simple(p, out);
}

KrAstSeq *p_file(Parser *p)
{
    PVec body;
    pv_init(&body);
    for (;;) {
        while (p_accept(p, T_NEWLINE))
            ;
        if (p->err)
            goto fail;
        if (p_at(p, T_ENDMARKER))
            break;
        if (!statement(p, &body))
            goto fail;
    }
    return pv_seq(p, &body);
fail:
    pv_free(&body);
    return NULL;
}

/* 'single' mode: exactly one statement (simple statements may share a
 * line), as the interactive prompt compiles them */
KrAstSeq *p_interactive(Parser *p)
{
    PVec body;
    pv_init(&body);
    if (p_at(p, T_NEWLINE) || p_at(p, T_ENDMARKER)) {
        p_invalid(p);
        return NULL;
    }
    if (!statement(p, &body))
        goto fail;
    int nl = p->pos - 1;
    while (p_accept(p, T_NEWLINE))
        ;
    if (p->err)
        goto fail;
    if (!p_at(p, T_ENDMARKER)) {
        KrAstStmt *last = body.items[body.n - 1];
        switch (last->kind) {
        case KR_STMT_FunctionDef: case KR_STMT_AsyncFunctionDef: case KR_STMT_ClassDef:
        case KR_STMT_For: case KR_STMT_AsyncFor: case KR_STMT_While: case KR_STMT_If:
        case KR_STMT_With: case KR_STMT_AsyncWith: case KR_STMT_Try: case KR_STMT_TryStar:
        case KR_STMT_Match:
            p_invalid(p);
            break;
        default:
            p_error_tok(p, &p->toks[nl], "multiple statements found while compiling a single statement");
            break;
        }
        goto fail;
    }
    return pv_seq(p, &body);
fail:
    pv_free(&body);
    return NULL;
}
