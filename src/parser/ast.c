/* ast.c: the arena that owns every AST node, node constructors, and a text
 * dump of a tree in the format of CPython's ast.dump(tree).
 *
 * The arena hands out zeroed memory from large blocks and keeps a list of
 * the Python objects (names, constants) the tree refers to; freeing the
 * arena releases both at once, so the parser never frees nodes one by one
 * (and an error half-way through a parse leaks nothing).
 */
#include "kr.h"

#define ARENA_BLOCK 8192

typedef struct ArenaBlock {
    struct ArenaBlock *next;
    size_t used, size;
    _Alignas(max_align_t) unsigned char data[];
} ArenaBlock;

struct KrArena {
    ArenaBlock *blocks;
    KrObject **objs;
    size_t nobjs, capobjs;
};

KrArena *kr_arena_new(void)
{
    KrArena *a = kr_mem_calloc(1, sizeof(KrArena));
    if (!a) {
        kr_err_nomemory();
        return NULL;
    }
    return a;
}

void kr_arena_free(KrArena *a)
{
    if (!a)
        return;
    ArenaBlock *b = a->blocks;
    while (b) {
        ArenaBlock *n = b->next;
        kr_mem_free(b);
        b = n;
    }
    for (size_t i = 0; i < a->nobjs; i++)
        kr_decref(a->objs[i]);
    kr_mem_free(a->objs);
    kr_mem_free(a);
}

void *kr_arena_alloc(KrArena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    ArenaBlock *b = a->blocks;
    if (!b || b->size - b->used < n) {
        size_t sz = n > ARENA_BLOCK / 2 ? n : ARENA_BLOCK;
        ArenaBlock *nb = kr_mem_alloc(sizeof(ArenaBlock) + sz);
        if (!nb) {
            kr_err_nomemory();
            return NULL;
        }
        nb->size = sz;
        nb->used = 0;
        if (b && n > ARENA_BLOCK / 2) {
            /* a big one-off: keep the current block as the one to fill */
            nb->next = b->next;
            b->next = nb;
            b = nb;
        } else {
            nb->next = b;
            a->blocks = nb;
            b = nb;
        }
    }
    void *p = b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

int kr_arena_add_object(KrArena *a, KrObject *o)
{
    if (a->nobjs == a->capobjs) {
        size_t nc = a->capobjs ? a->capobjs * 2 : 64;
        KrObject **no = kr_mem_realloc(a->objs, nc * sizeof(KrObject *));
        if (!no) {
            kr_decref(o);
            kr_err_nomemory();
            return -1;
        }
        a->objs = no;
        a->capobjs = nc;
    }
    a->objs[a->nobjs++] = o;
    return 0;
}

KrAstSeq *kr_ast_seq_new(KrArena *a, ssize_t n)
{
    KrAstSeq *s = kr_arena_alloc(a, sizeof(KrAstSeq) + (size_t)n * sizeof(void *));
    if (s)
        s->n = n;
    return s;
}

KrAstExpr *kr_ast_expr_new(KrArena *a, KrAstExprKind kind, KrAstPos pos)
{
    KrAstExpr *e = kr_arena_alloc(a, sizeof(KrAstExpr));
    if (e) {
        e->kind = kind;
        e->pos = pos;
    }
    return e;
}

KrAstStmt *kr_ast_stmt_new(KrArena *a, KrAstStmtKind kind, KrAstPos pos)
{
    KrAstStmt *s = kr_arena_alloc(a, sizeof(KrAstStmt));
    if (s) {
        s->kind = kind;
        s->pos = pos;
    }
    return s;
}

/* ---- dump ----------------------------------------------------------------
 * Mirrors ast.dump() with its defaults: fields in _fields order, optional
 * fields that are None left out, lists always shown. */

typedef struct Dumper {
    KrBuf b;
    int err;
    int depth;
    int attrs;      /* include_attributes=True */
} Dumper;

static void d_attrs(Dumper *d, KrAstPos p, int first)
{
    /* no separator when the node printed no field */
    first = d->b.len > 0 && d->b.data && d->b.data[d->b.len - 1] == '(';
    if (d->attrs)
        kr_buf_printf(&d->b, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", first ? "" : ", ",
                      p.lineno, p.col_offset, p.end_lineno, p.end_col_offset);
}

static const char *const expr_names[] = {
#define X(k) #k,
    KR_AST_EXPR_KINDS(X)
#undef X
};
static const char *const stmt_names[] = {
#define X(k) #k,
    KR_AST_STMT_KINDS(X)
#undef X
};

static void d_s(Dumper *d, const char *s) { kr_buf_puts(&d->b, s); }

static void d_obj(Dumper *d, KrObject *o)
{
    if (!o) {
        d_s(d, "None");
        return;
    }
    KrObject *r = kr_object_repr(o);
    if (!r) {
        d->err = 1;
        return;
    }
    ssize_t n;
    const char *u = kr_str_utf8_len(r, &n);
    if (!u)
        d->err = 1;
    else
        kr_buf_put(&d->b, u, (size_t)n);
    kr_decref(r);
}

/* field separator: first field gets none */
static void d_f(Dumper *d, int *first, const char *name)
{
    if (!*first)
        d_s(d, ", ");
    *first = 0;
    d_s(d, name);
    d_s(d, "=");
}

static void d_expr(Dumper *d, KrAstExpr *e);
static void d_stmt(Dumper *d, KrAstStmt *s);

static void d_ctx(Dumper *d, KrExprContext c)
{
    d_s(d, c == KR_CTX_STORE ? "Store()" : c == KR_CTX_DEL ? "Del()" : "Load()");
}

static const char *const binop_names[] = {
    "Add()", "BitAnd()", "FloorDiv()", "LShift()", "MatMult()", "Mult()", "Mod()",
    "BitOr()", "Pow()", "RShift()", "Sub()", "Div()", "BitXor()"
};
static const char *const cmp_names[] = {
    "?", "Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()", "Is()", "IsNot()", "In()", "NotIn()"
};
static const char *const unop_names[] = { "?", "Invert()", "Not()", "UAdd()", "USub()" };

static void d_exprs(Dumper *d, KrAstSeq *s)
{
    d_s(d, "[");
    for (ssize_t i = 0; i < KR_SEQ_LEN(s); i++) {
        if (i)
            d_s(d, ", ");
        KrAstExpr *e = KR_SEQ_GET(s, i);
        if (e)
            d_expr(d, e);
        else
            d_s(d, "None");
    }
    d_s(d, "]");
}

static void d_stmts(Dumper *d, KrAstSeq *s)
{
    d_s(d, "[");
    for (ssize_t i = 0; i < KR_SEQ_LEN(s); i++) {
        if (i)
            d_s(d, ", ");
        d_stmt(d, KR_SEQ_GET(s, i));
    }
    d_s(d, "]");
}

static void d_names(Dumper *d, KrAstSeq *s)
{
    d_s(d, "[");
    for (ssize_t i = 0; i < KR_SEQ_LEN(s); i++) {
        if (i)
            d_s(d, ", ");
        d_obj(d, KR_SEQ_GET(s, i));
    }
    d_s(d, "]");
}

static void d_arg(Dumper *d, KrAstArg *a)
{
    d_s(d, "arg(arg=");
    d_obj(d, a->arg);
    if (a->annotation) {
        d_s(d, ", annotation=");
        d_expr(d, a->annotation);
    }
    d_attrs(d, a->pos, 0);
    d_s(d, ")");
}

static void d_argseq(Dumper *d, KrAstSeq *s)
{
    d_s(d, "[");
    for (ssize_t i = 0; i < KR_SEQ_LEN(s); i++) {
        if (i)
            d_s(d, ", ");
        d_arg(d, KR_SEQ_GET(s, i));
    }
    d_s(d, "]");
}

static void d_arguments(Dumper *d, KrAstArguments *a)
{
    d_s(d, "arguments(posonlyargs=");
    d_argseq(d, a->posonlyargs);
    d_s(d, ", args=");
    d_argseq(d, a->args);
    if (a->vararg) {
        d_s(d, ", vararg=");
        d_arg(d, a->vararg);
    }
    d_s(d, ", kwonlyargs=");
    d_argseq(d, a->kwonlyargs);
    d_s(d, ", kw_defaults=");
    d_exprs(d, a->kw_defaults);
    if (a->kwarg) {
        d_s(d, ", kwarg=");
        d_arg(d, a->kwarg);
    }
    d_s(d, ", defaults=");
    d_exprs(d, a->defaults);
    d_s(d, ")");
}

static void d_keywords(Dumper *d, KrAstSeq *s)
{
    d_s(d, "[");
    for (ssize_t i = 0; i < KR_SEQ_LEN(s); i++) {
        KrAstKeyword *k = KR_SEQ_GET(s, i);
        if (i)
            d_s(d, ", ");
        d_s(d, "keyword(");
        if (k->arg) {
            d_s(d, "arg=");
            d_obj(d, k->arg);
            d_s(d, ", ");
        }
        d_s(d, "value=");
        d_expr(d, k->value);
        d_attrs(d, k->pos, 0);
        d_s(d, ")");
    }
    d_s(d, "]");
}

static void d_type_params(Dumper *d, KrAstSeq *s)
{
    static const char *const kinds[] = { "?", "TypeVar", "ParamSpec", "TypeVarTuple" };
    d_s(d, "[");
    for (ssize_t i = 0; i < KR_SEQ_LEN(s); i++) {
        KrAstTypeParam *tp = KR_SEQ_GET(s, i);
        if (i)
            d_s(d, ", ");
        d_s(d, kinds[tp->kind]);
        d_s(d, "(name=");
        d_obj(d, tp->name);
        if (tp->bound) {
            d_s(d, ", bound=");
            d_expr(d, tp->bound);
        }
        d_attrs(d, tp->pos, 0);
        d_s(d, ")");
    }
    d_s(d, "]");
}

static void d_comps(Dumper *d, KrAstSeq *s)
{
    d_s(d, "[");
    for (ssize_t i = 0; i < KR_SEQ_LEN(s); i++) {
        KrAstComprehension *c = KR_SEQ_GET(s, i);
        if (i)
            d_s(d, ", ");
        d_s(d, "comprehension(target=");
        d_expr(d, c->target);
        d_s(d, ", iter=");
        d_expr(d, c->iter);
        d_s(d, ", ifs=");
        d_exprs(d, c->ifs);
        kr_buf_printf(&d->b, ", is_async=%d)", c->is_async);
    }
    d_s(d, "]");
}

static void d_aliases(Dumper *d, KrAstSeq *s)
{
    d_s(d, "[");
    for (ssize_t i = 0; i < KR_SEQ_LEN(s); i++) {
        KrAstAlias *al = KR_SEQ_GET(s, i);
        if (i)
            d_s(d, ", ");
        d_s(d, "alias(name=");
        d_obj(d, al->name);
        if (al->asname) {
            d_s(d, ", asname=");
            d_obj(d, al->asname);
        }
        d_attrs(d, al->pos, 0);
        d_s(d, ")");
    }
    d_s(d, "]");
}

static void d_expr(Dumper *d, KrAstExpr *e)
{
    if (d->err)
        return;
    if (++d->depth > 2000) {
        d->err = 1;
        return;
    }
    int first = 1;
    d_s(d, expr_names[e->kind]);
    d_s(d, "(");
    switch (e->kind) {
    case KR_EXPR_BoolOp:
        d_s(d, e->v.BoolOp.op == KR_BOOL_AND ? "op=And()" : "op=Or()");
        d_s(d, ", values=");
        d_exprs(d, e->v.BoolOp.values);
        break;
    case KR_EXPR_NamedExpr:
        d_s(d, "target=");
        d_expr(d, e->v.NamedExpr.target);
        d_s(d, ", value=");
        d_expr(d, e->v.NamedExpr.value);
        break;
    case KR_EXPR_BinOp:
        d_s(d, "left=");
        d_expr(d, e->v.BinOp.left);
        d_s(d, ", op=");
        d_s(d, binop_names[e->v.BinOp.op]);
        d_s(d, ", right=");
        d_expr(d, e->v.BinOp.right);
        break;
    case KR_EXPR_UnaryOp:
        d_s(d, "op=");
        d_s(d, unop_names[e->v.UnaryOp.op]);
        d_s(d, ", operand=");
        d_expr(d, e->v.UnaryOp.operand);
        break;
    case KR_EXPR_Lambda:
        d_s(d, "args=");
        d_arguments(d, e->v.Lambda.args);
        d_s(d, ", body=");
        d_expr(d, e->v.Lambda.body);
        break;
    case KR_EXPR_IfExp:
        d_s(d, "test=");
        d_expr(d, e->v.IfExp.test);
        d_s(d, ", body=");
        d_expr(d, e->v.IfExp.body);
        d_s(d, ", orelse=");
        d_expr(d, e->v.IfExp.orelse);
        break;
    case KR_EXPR_Dict:
        d_s(d, "keys=");
        d_exprs(d, e->v.Dict.keys);
        d_s(d, ", values=");
        d_exprs(d, e->v.Dict.values);
        break;
    case KR_EXPR_Set:
        d_s(d, "elts=");
        d_exprs(d, e->v.Set.elts);
        break;
    case KR_EXPR_ListComp:
    case KR_EXPR_SetComp:
    case KR_EXPR_GeneratorExp:
        d_s(d, "elt=");
        d_expr(d, e->v.ListComp.elt);
        d_s(d, ", generators=");
        d_comps(d, e->v.ListComp.generators);
        break;
    case KR_EXPR_DictComp:
        d_s(d, "key=");
        d_expr(d, e->v.DictComp.key);
        d_s(d, ", value=");
        d_expr(d, e->v.DictComp.value);
        d_s(d, ", generators=");
        d_comps(d, e->v.DictComp.generators);
        break;
    case KR_EXPR_Await:
    case KR_EXPR_Yield:
    case KR_EXPR_YieldFrom:
        if (e->v.Yield.value) {
            d_s(d, "value=");
            d_expr(d, e->v.Yield.value);
        }
        break;
    case KR_EXPR_Compare:
        d_s(d, "left=");
        d_expr(d, e->v.Compare.left);
        d_s(d, ", ops=[");
        for (int i = 0; i < e->v.Compare.nops; i++) {
            if (i)
                d_s(d, ", ");
            d_s(d, cmp_names[e->v.Compare.ops[i]]);
        }
        d_s(d, "], comparators=");
        d_exprs(d, e->v.Compare.comparators);
        break;
    case KR_EXPR_Call:
        d_s(d, "func=");
        d_expr(d, e->v.Call.func);
        d_s(d, ", args=");
        d_exprs(d, e->v.Call.args);
        d_s(d, ", keywords=");
        d_keywords(d, e->v.Call.keywords);
        break;
    case KR_EXPR_FormattedValue:
        d_s(d, "value=");
        d_expr(d, e->v.FormattedValue.value);
        kr_buf_printf(&d->b, ", conversion=%d", e->v.FormattedValue.conversion);
        if (e->v.FormattedValue.format_spec) {
            d_s(d, ", format_spec=");
            d_expr(d, e->v.FormattedValue.format_spec);
        }
        break;
    case KR_EXPR_JoinedStr:
        d_s(d, "values=");
        d_exprs(d, e->v.JoinedStr.values);
        break;
    case KR_EXPR_Constant:
        d_s(d, "value=");
        d_obj(d, e->v.Constant.value);
        if (e->v.Constant.kind) {
            d_s(d, ", kind=");
            d_obj(d, e->v.Constant.kind);
        }
        break;
    case KR_EXPR_Attribute:
        d_s(d, "value=");
        d_expr(d, e->v.Attribute.value);
        d_s(d, ", attr=");
        d_obj(d, e->v.Attribute.attr);
        d_s(d, ", ctx=");
        d_ctx(d, e->v.Attribute.ctx);
        break;
    case KR_EXPR_Subscript:
        d_s(d, "value=");
        d_expr(d, e->v.Subscript.value);
        d_s(d, ", slice=");
        d_expr(d, e->v.Subscript.slice);
        d_s(d, ", ctx=");
        d_ctx(d, e->v.Subscript.ctx);
        break;
    case KR_EXPR_Starred:
        d_s(d, "value=");
        d_expr(d, e->v.Starred.value);
        d_s(d, ", ctx=");
        d_ctx(d, e->v.Starred.ctx);
        break;
    case KR_EXPR_Name:
        d_s(d, "id=");
        d_obj(d, e->v.Name.id);
        d_s(d, ", ctx=");
        d_ctx(d, e->v.Name.ctx);
        break;
    case KR_EXPR_List:
    case KR_EXPR_Tuple:
        d_s(d, "elts=");
        d_exprs(d, e->v.List.elts);
        d_s(d, ", ctx=");
        d_ctx(d, e->v.List.ctx);
        break;
    case KR_EXPR_Slice:
        if (e->v.Slice.lower) {
            d_f(d, &first, "lower");
            d_expr(d, e->v.Slice.lower);
        }
        if (e->v.Slice.upper) {
            d_f(d, &first, "upper");
            d_expr(d, e->v.Slice.upper);
        }
        if (e->v.Slice.step) {
            d_f(d, &first, "step");
            d_expr(d, e->v.Slice.step);
        }
        break;
    default:
        break;
    }
    d_attrs(d, e->pos, e->kind == KR_EXPR_Slice && first);
    d_s(d, ")");
    d->depth--;
}

static const char *const pattern_names[] = {
#define X(k) #k,
    KR_AST_PATTERN_KINDS(X)
#undef X
};

static void d_pattern(Dumper *d, KrAstPattern *pt);

static void d_patterns(Dumper *d, KrAstSeq *s)
{
    d_s(d, "[");
    for (ssize_t i = 0; i < KR_SEQ_LEN(s); i++) {
        if (i)
            d_s(d, ", ");
        d_pattern(d, KR_SEQ_GET(s, i));
    }
    d_s(d, "]");
}

static void d_pattern(Dumper *d, KrAstPattern *pt)
{
    if (d->err)
        return;
    if (++d->depth > 2000) {
        d->err = 1;
        return;
    }
    d_s(d, pattern_names[pt->kind]);
    d_s(d, "(");
    switch (pt->kind) {
    case KR_PAT_MatchValue:
        d_s(d, "value=");
        d_expr(d, pt->v.MatchValue.value);
        break;
    case KR_PAT_MatchSingleton:
        d_s(d, "value=");
        d_obj(d, pt->v.MatchSingleton.value);
        break;
    case KR_PAT_MatchSequence:
        d_s(d, "patterns=");
        d_patterns(d, pt->v.MatchSequence.patterns);
        break;
    case KR_PAT_MatchMapping:
        d_s(d, "keys=");
        d_exprs(d, pt->v.MatchMapping.keys);
        d_s(d, ", patterns=");
        d_patterns(d, pt->v.MatchMapping.patterns);
        if (pt->v.MatchMapping.rest) {
            d_s(d, ", rest=");
            d_obj(d, pt->v.MatchMapping.rest);
        }
        break;
    case KR_PAT_MatchClass:
        d_s(d, "cls=");
        d_expr(d, pt->v.MatchClass.cls);
        d_s(d, ", patterns=");
        d_patterns(d, pt->v.MatchClass.patterns);
        d_s(d, ", kwd_attrs=");
        d_names(d, pt->v.MatchClass.kwd_attrs);
        d_s(d, ", kwd_patterns=");
        d_patterns(d, pt->v.MatchClass.kwd_patterns);
        break;
    case KR_PAT_MatchStar:
        if (pt->v.MatchStar.name) {
            d_s(d, "name=");
            d_obj(d, pt->v.MatchStar.name);
        }
        break;
    case KR_PAT_MatchAs:
        if (pt->v.MatchAs.pattern) {
            d_s(d, "pattern=");
            d_pattern(d, pt->v.MatchAs.pattern);
        }
        if (pt->v.MatchAs.name) {
            d_s(d, pt->v.MatchAs.pattern ? ", name=" : "name=");
            d_obj(d, pt->v.MatchAs.name);
        }
        break;
    case KR_PAT_MatchOr:
        d_s(d, "patterns=");
        d_patterns(d, pt->v.MatchOr.patterns);
        break;
    default:
        break;
    }
    d_attrs(d, pt->pos, 0);
    d_s(d, ")");
    d->depth--;
}

static void d_handlers(Dumper *d, KrAstSeq *s)
{
    d_s(d, "[");
    for (ssize_t i = 0; i < KR_SEQ_LEN(s); i++) {
        KrAstExceptHandler *h = KR_SEQ_GET(s, i);
        if (i)
            d_s(d, ", ");
        d_s(d, "ExceptHandler(");
        if (h->type) {
            d_s(d, "type=");
            d_expr(d, h->type);
            d_s(d, ", ");
        }
        if (h->name) {
            d_s(d, "name=");
            d_obj(d, h->name);
            d_s(d, ", ");
        }
        d_s(d, "body=");
        d_stmts(d, h->body);
        d_attrs(d, h->pos, 0);
        d_s(d, ")");
    }
    d_s(d, "]");
}

static void d_stmt(Dumper *d, KrAstStmt *s)
{
    if (d->err)
        return;
    if (++d->depth > 2000) {
        d->err = 1;
        return;
    }
    d_s(d, stmt_names[s->kind]);
    d_s(d, "(");
    switch (s->kind) {
    case KR_STMT_FunctionDef:
    case KR_STMT_AsyncFunctionDef:
        d_s(d, "name=");
        d_obj(d, s->v.FunctionDef.name);
        d_s(d, ", args=");
        d_arguments(d, s->v.FunctionDef.args);
        d_s(d, ", body=");
        d_stmts(d, s->v.FunctionDef.body);
        d_s(d, ", decorator_list=");
        d_exprs(d, s->v.FunctionDef.decorator_list);
        if (s->v.FunctionDef.returns) {
            d_s(d, ", returns=");
            d_expr(d, s->v.FunctionDef.returns);
        }
        d_s(d, ", type_params=");
        d_type_params(d, s->v.FunctionDef.type_params);
        break;
    case KR_STMT_ClassDef:
        d_s(d, "name=");
        d_obj(d, s->v.ClassDef.name);
        d_s(d, ", bases=");
        d_exprs(d, s->v.ClassDef.bases);
        d_s(d, ", keywords=");
        d_keywords(d, s->v.ClassDef.keywords);
        d_s(d, ", body=");
        d_stmts(d, s->v.ClassDef.body);
        d_s(d, ", decorator_list=");
        d_exprs(d, s->v.ClassDef.decorator_list);
        d_s(d, ", type_params=");
        d_type_params(d, s->v.ClassDef.type_params);
        break;
    case KR_STMT_Return:
        if (s->v.Return.value) {
            d_s(d, "value=");
            d_expr(d, s->v.Return.value);
        }
        break;
    case KR_STMT_Delete:
        d_s(d, "targets=");
        d_exprs(d, s->v.Delete.targets);
        break;
    case KR_STMT_Assign:
        d_s(d, "targets=");
        d_exprs(d, s->v.Assign.targets);
        d_s(d, ", value=");
        d_expr(d, s->v.Assign.value);
        break;
    case KR_STMT_AugAssign:
        d_s(d, "target=");
        d_expr(d, s->v.AugAssign.target);
        d_s(d, ", op=");
        d_s(d, binop_names[s->v.AugAssign.op]);
        d_s(d, ", value=");
        d_expr(d, s->v.AugAssign.value);
        break;
    case KR_STMT_AnnAssign:
        d_s(d, "target=");
        d_expr(d, s->v.AnnAssign.target);
        d_s(d, ", annotation=");
        d_expr(d, s->v.AnnAssign.annotation);
        if (s->v.AnnAssign.value) {
            d_s(d, ", value=");
            d_expr(d, s->v.AnnAssign.value);
        }
        kr_buf_printf(&d->b, ", simple=%d", s->v.AnnAssign.simple);
        break;
    case KR_STMT_For:
    case KR_STMT_AsyncFor:
        d_s(d, "target=");
        d_expr(d, s->v.For.target);
        d_s(d, ", iter=");
        d_expr(d, s->v.For.iter);
        d_s(d, ", body=");
        d_stmts(d, s->v.For.body);
        d_s(d, ", orelse=");
        d_stmts(d, s->v.For.orelse);
        break;
    case KR_STMT_While:
    case KR_STMT_If:
        d_s(d, "test=");
        d_expr(d, s->v.While.test);
        d_s(d, ", body=");
        d_stmts(d, s->v.While.body);
        d_s(d, ", orelse=");
        d_stmts(d, s->v.While.orelse);
        break;
    case KR_STMT_With:
    case KR_STMT_AsyncWith:
        d_s(d, "items=[");
        for (ssize_t i = 0; i < KR_SEQ_LEN(s->v.With.items); i++) {
            KrAstWithItem *w = KR_SEQ_GET(s->v.With.items, i);
            if (i)
                d_s(d, ", ");
            d_s(d, "withitem(context_expr=");
            d_expr(d, w->context_expr);
            if (w->optional_vars) {
                d_s(d, ", optional_vars=");
                d_expr(d, w->optional_vars);
            }
            d_s(d, ")");
        }
        d_s(d, "], body=");
        d_stmts(d, s->v.With.body);
        break;
    case KR_STMT_Raise:
        if (s->v.Raise.exc) {
            d_s(d, "exc=");
            d_expr(d, s->v.Raise.exc);
        }
        if (s->v.Raise.cause) {
            d_s(d, s->v.Raise.exc ? ", cause=" : "cause=");
            d_expr(d, s->v.Raise.cause);
        }
        break;
    case KR_STMT_Try:
    case KR_STMT_TryStar:
        d_s(d, "body=");
        d_stmts(d, s->v.Try.body);
        d_s(d, ", handlers=");
        d_handlers(d, s->v.Try.handlers);
        d_s(d, ", orelse=");
        d_stmts(d, s->v.Try.orelse);
        d_s(d, ", finalbody=");
        d_stmts(d, s->v.Try.finalbody);
        break;
    case KR_STMT_Assert:
        d_s(d, "test=");
        d_expr(d, s->v.Assert.test);
        if (s->v.Assert.msg) {
            d_s(d, ", msg=");
            d_expr(d, s->v.Assert.msg);
        }
        break;
    case KR_STMT_Import:
        d_s(d, "names=");
        d_aliases(d, s->v.Import.names);
        break;
    case KR_STMT_ImportFrom:
        if (s->v.ImportFrom.module) {
            d_s(d, "module=");
            d_obj(d, s->v.ImportFrom.module);
            d_s(d, ", ");
        }
        d_s(d, "names=");
        d_aliases(d, s->v.ImportFrom.names);
        kr_buf_printf(&d->b, ", level=%d", s->v.ImportFrom.level);
        break;
    case KR_STMT_Global:
    case KR_STMT_Nonlocal:
        d_s(d, "names=");
        d_names(d, s->v.Global.names);
        break;
    case KR_STMT_Expr:
        d_s(d, "value=");
        d_expr(d, s->v.Expr.value);
        break;
    case KR_STMT_Match:
        d_s(d, "subject=");
        d_expr(d, s->v.Match.subject);
        d_s(d, ", cases=[");
        for (ssize_t i = 0; i < KR_SEQ_LEN(s->v.Match.cases); i++) {
            KrAstMatchCase *mc = KR_SEQ_GET(s->v.Match.cases, i);
            if (i)
                d_s(d, ", ");
            d_s(d, "match_case(pattern=");
            d_pattern(d, mc->pattern);
            if (mc->guard) {
                d_s(d, ", guard=");
                d_expr(d, mc->guard);
            }
            d_s(d, ", body=");
            d_stmts(d, mc->body);
            d_s(d, ")");
        }
        d_s(d, "]");
        break;
    case KR_STMT_TypeAlias:
        d_s(d, "name=");
        d_expr(d, s->v.TypeAlias.name);
        d_s(d, ", type_params=");
        d_type_params(d, s->v.TypeAlias.type_params);
        d_s(d, ", value=");
        d_expr(d, s->v.TypeAlias.value);
        break;
    default:
        break;
    }
    d_attrs(d, s->pos, s->kind == KR_STMT_Pass || s->kind == KR_STMT_Break || s->kind == KR_STMT_Continue ||
                       (s->kind == KR_STMT_Return && !s->v.Return.value) ||
                       (s->kind == KR_STMT_Raise && !s->v.Raise.exc && !s->v.Raise.cause));
    d_s(d, ")");
    d->depth--;
}

KrObject *kr_ast_dump(KrAstMod *mod)
{
    return kr_ast_dump_ex(mod, 0);
}

KrObject *kr_ast_dump_ex(KrAstMod *mod, int include_attributes)
{
    Dumper d;
    kr_buf_init(&d.b);
    d.err = 0;
    d.depth = 0;
    d.attrs = include_attributes;
    if (mod->kind == KR_MOD_EXPRESSION) {
        d_s(&d, "Expression(body=");
        d_expr(&d, mod->expr);
        d_s(&d, ")");
    } else if (mod->kind == KR_MOD_INTERACTIVE) {
        d_s(&d, "Interactive(body=");
        d_stmts(&d, mod->body);
        d_s(&d, ")");
    } else {
        d_s(&d, "Module(body=");
        d_stmts(&d, mod->body);
        d_s(&d, ", type_ignores=[])");
    }
    KrObject *r = NULL;
    if (d.b.failed)
        kr_err_nomemory();
    else if (d.err) {
        if (!kr_err_occurred())
            kr_err_set_string(KrExc_RecursionError, "maximum recursion depth exceeded while dumping the AST");
    } else
        r = kr_str_from_utf8(d.b.data ? d.b.data : "", (ssize_t)d.b.len);
    kr_buf_free(&d.b);
    return r;
}
