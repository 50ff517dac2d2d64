/* optimize.c: the compiler's two optimisation passes.
 *
 * On the AST (before the symbol table): constant folding of unary and
 * binary operators on constants within CPython's size limits (no int
 * results past 128 bits, no sequences past 256 items or strings past 4096
 * characters from repetition), tuples of constants, subscripts of
 * constants, `x in [1, 2]` and `for x in [1, 2]` becoming tuple/frozenset
 * constants, and __debug__.  A fold that raises (1/0) is left for run time.
 *
 * On the control-flow graph (per code object, before assembly): dead
 * blocks dropped, LOAD_CONST... BUILD_TUPLE folded, jumps to jumps
 * threaded, jumps to the next instruction removed, NOPs dropped unless
 * they are the only instruction of their line, and unused constants
 * removed (the first constant, the docstring slot, always stays).
 */
#include "symtable.h"

#define MAX_INT_SIZE 128
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096

typedef struct Folder {
    KrArena *arena;
    int optimize;
} Folder;

static int fold_expr(Folder *f, KrAstExpr *e);
static int fold_stmts(Folder *f, KrAstSeq *s);

static int make_const(Folder *f, KrAstExpr *e, KrObject *v)
{
    if (kr_arena_add_object(f->arena, v) < 0)
        return -1;
    e->kind = KR_EXPR_Constant;
    e->v.Constant.value = v;
    e->v.Constant.kind = NULL;
    return 0;
}

static bool is_const(KrAstExpr *e) { return e && e->kind == KR_EXPR_Constant; }

static ssize_t seq_len_if_sized(KrObject *o, bool *is_str)
{
    *is_str = false;
    if (KR_STR_CHECK_EXACT(o)) {
        *is_str = true;
        return KR_STR_LEN(o);
    }
    if (KR_TYPE(o) == &KrBytes_Type) {
        *is_str = true;
        return KR_BYTES_LEN(o);
    }
    if (KR_TUPLE_CHECK_EXACT(o))
        return KR_TUPLE_LEN(o);
    if (KR_TYPE(o) == &KrFrozenSet_Type)
        return kr_set_size(o);
    return -1;
}

static bool safe_multiply(KrObject *v, KrObject *w)
{
    if (KR_INT_CHECK(v) && KR_INT_CHECK(w)) {
        if (kr_int_sign(v) == 0 || kr_int_sign(w) == 0)
            return true;
        return kr_int_bit_length(v) + kr_int_bit_length(w) <= MAX_INT_SIZE;
    }
    KrObject *seq = KR_INT_CHECK(v) ? w : v, *n = KR_INT_CHECK(v) ? v : w;
    if (!KR_INT_CHECK(n))
        return true;
    bool is_str;
    ssize_t size = seq_len_if_sized(seq, &is_str);
    if (size < 0)
        return true;
    int64_t cnt;
    if (!kr_int_fits_i64(n, &cnt))
        return false;
    if (cnt <= 0 || size == 0)
        return true;
    return size <= (is_str ? MAX_STR_SIZE : MAX_COLLECTION_SIZE) / cnt;
}

static bool safe_power(KrObject *v, KrObject *w)
{
    if (KR_INT_CHECK(v) && KR_INT_CHECK(w) && kr_int_sign(v) != 0 && kr_int_sign(w) > 0) {
        size_t vbits = kr_int_bit_length(v);
        int64_t wbits;
        if (!kr_int_fits_i64(w, &wbits))
            return false;
        return wbits <= 0 || vbits <= (size_t)(MAX_INT_SIZE / wbits);
    }
    return true;
}

static bool safe_lshift(KrObject *v, KrObject *w)
{
    if (KR_INT_CHECK(v) && KR_INT_CHECK(w) && kr_int_sign(v) != 0 && kr_int_sign(w) != 0) {
        size_t vbits = kr_int_bit_length(v);
        int64_t wbits;
        if (!kr_int_fits_i64(w, &wbits))
            return false;
        /* a negative count is left for run time (ValueError there) */
        if (wbits < 0 || wbits > MAX_INT_SIZE || (int64_t)vbits > MAX_INT_SIZE - wbits)
            return false;
    }
    return true;
}

static int fold_binop(Folder *f, KrAstExpr *e)
{
    KrAstExpr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
    if (!is_const(l) || !is_const(r))
        return 0;
    KrObject *a = l->v.Constant.value, *b = r->v.Constant.value;
    int op = (int)e->v.BinOp.op;
    switch (op) {
    case KR_OP_MULT:
        if (!safe_multiply(a, b))
            return 0;
        break;
    case KR_OP_POW:
        if (!safe_power(a, b))
            return 0;
        break;
    case KR_OP_LSHIFT:
        if (!safe_lshift(a, b))
            return 0;
        break;
    case KR_OP_MOD:
        if (KR_STR_CHECK(a) || KR_BYTES_CHECK(a))
            return 0;
        break;
    default:
        break;
    }
    KrObject *v = kr_number_binop(op, a, b);
    if (!v) {
        kr_err_clear();
        return 0;
    }
    bool is_str;
    ssize_t n = seq_len_if_sized(v, &is_str);
    if (n > (is_str ? MAX_STR_SIZE : MAX_COLLECTION_SIZE) && op != KR_OP_ADD) {
        KR_DECREF(v);
        return 0;
    }
    return make_const(f, e, v);
}

static int fold_unary(Folder *f, KrAstExpr *e)
{
    KrAstExpr *o = e->v.UnaryOp.operand;
    if (!is_const(o))
        return 0;
    KrObject *a = o->v.Constant.value, *v = NULL;
    switch (e->v.UnaryOp.op) {
    case KR_UOP_NOT: {
        int t = kr_object_is_true(a);
        if (t < 0) {
            kr_err_clear();
            return 0;
        }
        v = kr_newref(kr_bool_from(!t));
        break;
    }
    case KR_UOP_USUB:
        v = kr_number_negative(a);
        break;
    case KR_UOP_UADD:
        v = kr_number_positive(a);
        break;
    case KR_UOP_INVERT:
        if (KR_BOOL_CHECK(a))
            return 0;   /* ~True warns at run time */
        v = kr_number_invert(a);
        break;
    }
    if (!v) {
        kr_err_clear();
        return 0;
    }
    return make_const(f, e, v);
}

static KrObject *const_tuple_of(KrAstSeq *elts)
{
    ssize_t n = KR_SEQ_LEN(elts);
    for (ssize_t i = 0; i < n; i++)
        if (!is_const(KR_SEQ_GET(elts, i)))
            return NULL;
    KrObject *t = kr_tuple_new(n);
    if (!t) {
        kr_err_clear();
        return NULL;
    }
    for (ssize_t i = 0; i < n; i++)
        KR_TUPLE_SET(t, i, kr_newref(((KrAstExpr *)KR_SEQ_GET(elts, i))->v.Constant.value));
    return t;
}

/* CPython rebuilds frozenset constants from their own iteration order when
 * it merges constants; doing the same keeps set displays' order identical */
KrObject *kr_optimize_frozenset_const(KrObject *items)
{
    KrObject *fs = kr_frozenset_new(items);
    if (!fs)
        return NULL;
    KrObject *t = kr_sequence_tuple(fs);
    KR_DECREF(fs);
    if (!t)
        return NULL;
    fs = kr_frozenset_new(t);
    KR_DECREF(t);
    return fs;
}

/* [1, 2] / {1, 2} used only as an iterable or container: constants */
static int fold_iter(Folder *f, KrAstExpr *e)
{
    if (e->kind == KR_EXPR_List && e->v.List.ctx == KR_CTX_LOAD) {
        KrObject *t = const_tuple_of(e->v.List.elts);
        if (t)
            return make_const(f, e, t);
    } else if (e->kind == KR_EXPR_Set) {
        KrObject *t = const_tuple_of(e->v.Set.elts);
        if (t) {
            KrObject *fs = kr_optimize_frozenset_const(t);
            KR_DECREF(t);
            if (!fs) {
                kr_err_clear();
                return 0;
            }
            return make_const(f, e, fs);
        }
    }
    return 0;
}

static int fold_exprs(Folder *f, KrAstSeq *s)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(s); i++)
        if (KR_SEQ_GET(s, i) && fold_expr(f, KR_SEQ_GET(s, i)) < 0)
            return -1;
    return 0;
}

static int fold_args(Folder *f, KrAstArguments *a)
{
    if (!a)
        return 0;
    if (fold_exprs(f, a->defaults) < 0 || fold_exprs(f, a->kw_defaults) < 0)
        return -1;
    KrAstSeq *lists[] = { a->posonlyargs, a->args, a->kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (ssize_t i = 0; i < KR_SEQ_LEN(lists[k]); i++) {
            KrAstArg *arg = KR_SEQ_GET(lists[k], i);
            if (arg->annotation && fold_expr(f, arg->annotation) < 0)
                return -1;
        }
    if (a->vararg && a->vararg->annotation && fold_expr(f, a->vararg->annotation) < 0)
        return -1;
    if (a->kwarg && a->kwarg->annotation && fold_expr(f, a->kwarg->annotation) < 0)
        return -1;
    return 0;
}

static int fold_comprehensions(Folder *f, KrAstSeq *gens)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(gens); i++) {
        KrAstComprehension *g = KR_SEQ_GET(gens, i);
        if (fold_expr(f, g->target) < 0 || fold_expr(f, g->iter) < 0 || fold_iter(f, g->iter) < 0 ||
            fold_exprs(f, g->ifs) < 0)
            return -1;
    }
    return 0;
}

static int fold_expr(Folder *f, KrAstExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_BoolOp:
        return fold_exprs(f, e->v.BoolOp.values);
    case KR_EXPR_NamedExpr:
        return fold_expr(f, e->v.NamedExpr.value);
    case KR_EXPR_BinOp:
        if (fold_expr(f, e->v.BinOp.left) < 0 || fold_expr(f, e->v.BinOp.right) < 0)
            return -1;
        return fold_binop(f, e);
    case KR_EXPR_UnaryOp:
        if (fold_expr(f, e->v.UnaryOp.operand) < 0)
            return -1;
        return fold_unary(f, e);
    case KR_EXPR_Lambda:
        return fold_args(f, e->v.Lambda.args) < 0 ? -1 : fold_expr(f, e->v.Lambda.body);
    case KR_EXPR_IfExp:
        return fold_expr(f, e->v.IfExp.test) < 0 || fold_expr(f, e->v.IfExp.body) < 0 ||
               fold_expr(f, e->v.IfExp.orelse) < 0 ? -1 : 0;
    case KR_EXPR_Dict:
        return fold_exprs(f, e->v.Dict.keys) < 0 ? -1 : fold_exprs(f, e->v.Dict.values);
    case KR_EXPR_Set:
        return fold_exprs(f, e->v.Set.elts);
    case KR_EXPR_ListComp:
        return fold_expr(f, e->v.ListComp.elt) < 0 ? -1 : fold_comprehensions(f, e->v.ListComp.generators);
    case KR_EXPR_SetComp:
        return fold_expr(f, e->v.SetComp.elt) < 0 ? -1 : fold_comprehensions(f, e->v.SetComp.generators);
    case KR_EXPR_DictComp:
        return fold_expr(f, e->v.DictComp.key) < 0 || fold_expr(f, e->v.DictComp.value) < 0
                   ? -1 : fold_comprehensions(f, e->v.DictComp.generators);
    case KR_EXPR_GeneratorExp:
        return fold_expr(f, e->v.GeneratorExp.elt) < 0 ? -1 : fold_comprehensions(f, e->v.GeneratorExp.generators);
    case KR_EXPR_Await:
        return fold_expr(f, e->v.Await.value);
    case KR_EXPR_Yield:
        return e->v.Yield.value ? fold_expr(f, e->v.Yield.value) : 0;
    case KR_EXPR_YieldFrom:
        return fold_expr(f, e->v.YieldFrom.value);
    case KR_EXPR_Compare: {
        if (fold_expr(f, e->v.Compare.left) < 0 || fold_exprs(f, e->v.Compare.comparators) < 0)
            return -1;
        int n = e->v.Compare.nops;
        KrCmpOp last = e->v.Compare.ops[n - 1];
        if (last == KR_CMP_IN || last == KR_CMP_NOTIN)
            return fold_iter(f, KR_SEQ_GET(e->v.Compare.comparators, n - 1));
        return 0;
    }
    case KR_EXPR_Call:
        if (fold_expr(f, e->v.Call.func) < 0 || fold_exprs(f, e->v.Call.args) < 0)
            return -1;
        for (ssize_t i = 0; i < KR_SEQ_LEN(e->v.Call.keywords); i++) {
            KrAstKeyword *k = KR_SEQ_GET(e->v.Call.keywords, i);
            if (fold_expr(f, k->value) < 0)
                return -1;
        }
        return 0;
    case KR_EXPR_FormattedValue:
        if (fold_expr(f, e->v.FormattedValue.value) < 0)
            return -1;
        return e->v.FormattedValue.format_spec ? fold_expr(f, e->v.FormattedValue.format_spec) : 0;
    case KR_EXPR_JoinedStr:
        return fold_exprs(f, e->v.JoinedStr.values);
    case KR_EXPR_Attribute:
        return fold_expr(f, e->v.Attribute.value);
    case KR_EXPR_Subscript:
        if (fold_expr(f, e->v.Subscript.value) < 0 || fold_expr(f, e->v.Subscript.slice) < 0)
            return -1;
        if (e->v.Subscript.ctx == KR_CTX_LOAD && is_const(e->v.Subscript.value) &&
            is_const(e->v.Subscript.slice)) {
            KrObject *v = kr_object_getitem(e->v.Subscript.value->v.Constant.value,
                                            e->v.Subscript.slice->v.Constant.value);
            if (!v) {
                kr_err_clear();
                return 0;
            }
            return make_const(f, e, v);
        }
        return 0;
    case KR_EXPR_Starred:
        return fold_expr(f, e->v.Starred.value);
    case KR_EXPR_Name:
        if (e->v.Name.ctx == KR_CTX_LOAD && kr_str_eq_cstr(e->v.Name.id, "__debug__"))
            return make_const(f, e, kr_newref(kr_bool_from(f->optimize == 0)));
        return 0;
    case KR_EXPR_List:
        return fold_exprs(f, e->v.List.elts);
    case KR_EXPR_Tuple: {
        if (fold_exprs(f, e->v.Tuple.elts) < 0)
            return -1;
        if (e->v.Tuple.ctx == KR_CTX_LOAD) {
            KrObject *t = const_tuple_of(e->v.Tuple.elts);
            if (t)
                return make_const(f, e, t);
        }
        return 0;
    }
    case KR_EXPR_Slice:
        if (e->v.Slice.lower && fold_expr(f, e->v.Slice.lower) < 0)
            return -1;
        if (e->v.Slice.upper && fold_expr(f, e->v.Slice.upper) < 0)
            return -1;
        return e->v.Slice.step ? fold_expr(f, e->v.Slice.step) : 0;
    default:
        return 0;
    }
}

static int fold_pattern(Folder *f, KrAstPattern *p)
{
    switch (p->kind) {
    case KR_PAT_MatchValue:
        return fold_expr(f, p->v.MatchValue.value);
    case KR_PAT_MatchSequence:
        for (ssize_t i = 0; i < KR_SEQ_LEN(p->v.MatchSequence.patterns); i++)
            if (fold_pattern(f, KR_SEQ_GET(p->v.MatchSequence.patterns, i)) < 0)
                return -1;
        return 0;
    case KR_PAT_MatchMapping:
        if (fold_exprs(f, p->v.MatchMapping.keys) < 0)
            return -1;
        for (ssize_t i = 0; i < KR_SEQ_LEN(p->v.MatchMapping.patterns); i++)
            if (fold_pattern(f, KR_SEQ_GET(p->v.MatchMapping.patterns, i)) < 0)
                return -1;
        return 0;
    case KR_PAT_MatchClass:
        if (fold_expr(f, p->v.MatchClass.cls) < 0)
            return -1;
        for (ssize_t i = 0; i < KR_SEQ_LEN(p->v.MatchClass.patterns); i++)
            if (fold_pattern(f, KR_SEQ_GET(p->v.MatchClass.patterns, i)) < 0)
                return -1;
        for (ssize_t i = 0; i < KR_SEQ_LEN(p->v.MatchClass.kwd_patterns); i++)
            if (fold_pattern(f, KR_SEQ_GET(p->v.MatchClass.kwd_patterns, i)) < 0)
                return -1;
        return 0;
    case KR_PAT_MatchAs:
        return p->v.MatchAs.pattern ? fold_pattern(f, p->v.MatchAs.pattern) : 0;
    case KR_PAT_MatchOr:
        for (ssize_t i = 0; i < KR_SEQ_LEN(p->v.MatchOr.patterns); i++)
            if (fold_pattern(f, KR_SEQ_GET(p->v.MatchOr.patterns, i)) < 0)
                return -1;
        return 0;
    default:
        return 0;
    }
}

static int fold_type_params(Folder *f, KrAstSeq *tps)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(tps); i++) {
        KrAstTypeParam *tp = KR_SEQ_GET(tps, i);
        if (tp->bound && fold_expr(f, tp->bound) < 0)
            return -1;
    }
    return 0;
}

static int fold_stmt(Folder *f, KrAstStmt *s)
{
    switch (s->kind) {
    case KR_STMT_FunctionDef:
    case KR_STMT_AsyncFunctionDef:
        if (fold_exprs(f, s->v.FunctionDef.decorator_list) < 0 || fold_args(f, s->v.FunctionDef.args) < 0 ||
            fold_type_params(f, s->v.FunctionDef.type_params) < 0)
            return -1;
        if (s->v.FunctionDef.returns && fold_expr(f, s->v.FunctionDef.returns) < 0)
            return -1;
        return fold_stmts(f, s->v.FunctionDef.body);
    case KR_STMT_ClassDef:
        if (fold_exprs(f, s->v.ClassDef.decorator_list) < 0 || fold_exprs(f, s->v.ClassDef.bases) < 0 ||
            fold_type_params(f, s->v.ClassDef.type_params) < 0)
            return -1;
        for (ssize_t i = 0; i < KR_SEQ_LEN(s->v.ClassDef.keywords); i++) {
            KrAstKeyword *k = KR_SEQ_GET(s->v.ClassDef.keywords, i);
            if (fold_expr(f, k->value) < 0)
                return -1;
        }
        return fold_stmts(f, s->v.ClassDef.body);
    case KR_STMT_Return:
        return s->v.Return.value ? fold_expr(f, s->v.Return.value) : 0;
    case KR_STMT_TypeAlias:
        return fold_type_params(f, s->v.TypeAlias.type_params) < 0 ? -1 : fold_expr(f, s->v.TypeAlias.value);
    case KR_STMT_Delete:
        return fold_exprs(f, s->v.Delete.targets);
    case KR_STMT_Assign:
        return fold_exprs(f, s->v.Assign.targets) < 0 ? -1 : fold_expr(f, s->v.Assign.value);
    case KR_STMT_AugAssign:
        return fold_expr(f, s->v.AugAssign.target) < 0 ? -1 : fold_expr(f, s->v.AugAssign.value);
    case KR_STMT_AnnAssign:
        if (fold_expr(f, s->v.AnnAssign.target) < 0 || fold_expr(f, s->v.AnnAssign.annotation) < 0)
            return -1;
        return s->v.AnnAssign.value ? fold_expr(f, s->v.AnnAssign.value) : 0;
    case KR_STMT_For:
    case KR_STMT_AsyncFor:
        if (fold_expr(f, s->v.For.target) < 0 || fold_expr(f, s->v.For.iter) < 0 ||
            fold_iter(f, s->v.For.iter) < 0)
            return -1;
        return fold_stmts(f, s->v.For.body) < 0 ? -1 : fold_stmts(f, s->v.For.orelse);
    case KR_STMT_While:
        if (fold_expr(f, s->v.While.test) < 0)
            return -1;
        return fold_stmts(f, s->v.While.body) < 0 ? -1 : fold_stmts(f, s->v.While.orelse);
    case KR_STMT_If:
        if (fold_expr(f, s->v.If.test) < 0)
            return -1;
        return fold_stmts(f, s->v.If.body) < 0 ? -1 : fold_stmts(f, s->v.If.orelse);
    case KR_STMT_With:
    case KR_STMT_AsyncWith:
        for (ssize_t i = 0; i < KR_SEQ_LEN(s->v.With.items); i++) {
            KrAstWithItem *w = KR_SEQ_GET(s->v.With.items, i);
            if (fold_expr(f, w->context_expr) < 0)
                return -1;
            if (w->optional_vars && fold_expr(f, w->optional_vars) < 0)
                return -1;
        }
        return fold_stmts(f, s->v.With.body);
    case KR_STMT_Raise:
        if (s->v.Raise.exc && fold_expr(f, s->v.Raise.exc) < 0)
            return -1;
        return s->v.Raise.cause ? fold_expr(f, s->v.Raise.cause) : 0;
    case KR_STMT_Try:
    case KR_STMT_TryStar:
        if (fold_stmts(f, s->v.Try.body) < 0)
            return -1;
        for (ssize_t i = 0; i < KR_SEQ_LEN(s->v.Try.handlers); i++) {
            KrAstExceptHandler *h = KR_SEQ_GET(s->v.Try.handlers, i);
            if (h->type && fold_expr(f, h->type) < 0)
                return -1;
            if (fold_stmts(f, h->body) < 0)
                return -1;
        }
        return fold_stmts(f, s->v.Try.orelse) < 0 ? -1 : fold_stmts(f, s->v.Try.finalbody);
    case KR_STMT_Assert:
        if (fold_expr(f, s->v.Assert.test) < 0)
            return -1;
        return s->v.Assert.msg ? fold_expr(f, s->v.Assert.msg) : 0;
    case KR_STMT_Expr:
        return fold_expr(f, s->v.Expr.value);
    case KR_STMT_Match:
        if (fold_expr(f, s->v.Match.subject) < 0)
            return -1;
        for (ssize_t i = 0; i < KR_SEQ_LEN(s->v.Match.cases); i++) {
            KrAstMatchCase *m = KR_SEQ_GET(s->v.Match.cases, i);
            if (fold_pattern(f, m->pattern) < 0 || (m->guard && fold_expr(f, m->guard) < 0) ||
                fold_stmts(f, m->body) < 0)
                return -1;
        }
        return 0;
    default:
        return 0;
    }
}

static int fold_stmts(Folder *f, KrAstSeq *s)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(s); i++)
        if (fold_stmt(f, KR_SEQ_GET(s, i)) < 0)
            return -1;
    return 0;
}

int kr_optimize_ast(KrAstMod *mod, KrArena *arena, int optimize)
{
    Folder f = { arena, optimize };
    if (mod->kind == KR_MOD_EXPRESSION)
        return fold_expr(&f, mod->expr);
    return fold_stmts(&f, mod->body);
}

KrAstExpr *kr_optimize_fold_expr(KrAstExpr *e, KrArena *arena, int optimize)
{
    Folder f = { arena, optimize };
    return fold_expr(&f, e) < 0 ? NULL : e;
}

/* ---- control-flow graph ---------------------------------------------------- */

/* index of v in consts, added when no equal constant (by key) is there */
static int append_const(KrObject *consts, KrObject *v)
{
    KrObject *key = kr_compiler_const_key(v);
    if (!key)
        return -1;
    for (ssize_t i = 0; i < KR_LIST_LEN(consts); i++) {
        KrObject *o = KR_LIST_GET(consts, i);
        if (KR_TYPE(o) != KR_TYPE(v))
            continue;
        KrObject *k2 = kr_compiler_const_key(o);
        if (!k2) {
            KR_DECREF(key);
            return -1;
        }
        int eq = kr_object_richcompare_bool(key, k2, KR_EQ);
        KR_DECREF(k2);
        if (eq < 0) {
            KR_DECREF(key);
            return -1;
        }
        if (eq) {
            KR_DECREF(key);
            return (int)i;
        }
    }
    KR_DECREF(key);
    if (kr_list_append(consts, v) < 0)
        return -1;
    return (int)KR_LIST_LEN(consts) - 1;
}

static int fold_tuples(KrBlock *b, KrObject *consts)
{
    for (int i = 0; i < b->n; i++) {
        KrInstr *in = &b->instrs[i];
        if (in->op != KR_OP_BUILD_TUPLE)
            continue;
        int n = in->arg;
        if (n > i)
            continue;
        bool ok = true;
        for (int j = i - n; j < i; j++)
            if (b->instrs[j].op != KR_OP_LOAD_CONST) {
                ok = false;
                break;
            }
        if (!ok)
            continue;
        KrObject *t = kr_tuple_new(n);
        if (!t)
            return -1;
        for (int j = 0; j < n; j++)
            KR_TUPLE_SET(t, j, kr_newref(KR_LIST_GET(consts, b->instrs[i - n + j].arg)));
        int idx = append_const(consts, t);
        KR_DECREF(t);
        if (idx < 0)
            return -1;
        for (int j = i - n; j < i; j++)
            b->instrs[j].op = KR_OP_NOP, b->instrs[j].arg = 0;
        in->op = KR_OP_LOAD_CONST;
        in->arg = idx;
    }
    return 0;
}

static KrBlock *next_nonempty(KrBlock *b)
{
    while (b && b->n == 0)
        b = b->next;
    return b;
}

static void thread_jumps(KrBlock *b)
{
    for (int i = 0; i < b->n; i++) {
        KrInstr *in = &b->instrs[i];
        if (!kr_cfg_is_jump(in->op))
            continue;
        for (int guard = 0; guard < 8; guard++) {
            KrBlock *t = next_nonempty(in->target);
            if (!t)
                break;
            KrInstr *first = &t->instrs[0];
            if (!kr_cfg_is_uncond(first->op) || first->target == in->target || first->target == t)
                break;
            /* Only JUMP may go backwards (the VM checks the eval breaker
             * there), so a conditional jump or FOR_ITER is threaded only
             * through jumps known to go forward, and a no-interrupt jump
             * only through another one */
            if (in->op != KR_OP_JUMP && first->op != KR_PSEUDO_JUMP_NO_INTERRUPT)
                break;
            in->target = first->target;
        }
    }
}

static void remove_nops(KrBlock *b)
{
    int k = 0;
    for (int i = 0; i < b->n; i++) {
        KrInstr *in = &b->instrs[i];
        if (in->op == KR_OP_NOP) {
            int line = in->pos.lineno;
            if (line < 0)
                continue;
            if (k > 0 && b->instrs[k - 1].pos.lineno == line)
                continue;
            if (i + 1 < b->n && b->instrs[i + 1].pos.lineno == line)
                continue;
            if (i + 1 == b->n) {
                KrBlock *nb = next_nonempty(b->next);
                if (nb && nb->reachable && nb->instrs[0].pos.lineno == line &&
                    !kr_cfg_is_terminator(in->op) && b->n > 1)
                    continue;
            }
        }
        b->instrs[k++] = *in;
    }
    b->n = k;
}

static int remove_unused_consts(KrBlock *entry, KrObject *consts)
{
    ssize_t n = KR_LIST_LEN(consts);
    if (n == 0)
        return 0;
    int *map = kr_mem_alloc((size_t)n * sizeof(int));
    if (!map) {
        kr_err_nomemory();
        return -1;
    }
    for (ssize_t i = 0; i < n; i++)
        map[i] = -1;
    map[0] = 0;
    for (KrBlock *b = entry; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if (b->instrs[i].op == KR_OP_LOAD_CONST || b->instrs[i].op == KR_OP_RETURN_CONST)
                map[b->instrs[i].arg] = 0;
    ssize_t k = 0;
    KrObject *nl = kr_list_new(0);
    if (!nl) {
        kr_mem_free(map);
        return -1;
    }
    for (ssize_t i = 0; i < n; i++) {
        if (map[i] < 0)
            continue;
        map[i] = (int)k++;
        if (kr_list_append(nl, KR_LIST_GET(consts, i)) < 0) {
            KR_DECREF(nl);
            kr_mem_free(map);
            return -1;
        }
    }
    for (KrBlock *b = entry; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if (b->instrs[i].op == KR_OP_LOAD_CONST || b->instrs[i].op == KR_OP_RETURN_CONST)
                b->instrs[i].arg = map[b->instrs[i].arg];
    /* replace the list's contents in place: the caller holds it */
    int r = 0;
    if (k != n) {
        KrObject *slice_src = nl;
        kr_list_clear(consts);
        for (ssize_t i = 0; i < KR_LIST_LEN(slice_src) && r == 0; i++)
            r = kr_list_append(consts, KR_LIST_GET(slice_src, i));
    }
    KR_DECREF(nl);
    kr_mem_free(map);
    return r;
}

int kr_optimize_cfg(KrBlock *entry, KrObject *consts)
{
    if (kr_cfg_mark_reachable(entry) < 0)
        return -1;
    for (KrBlock *b = entry; b; b = b->next) {
        if (!b->reachable) {
            b->n = 0;
            continue;
        }
        if (fold_tuples(b, consts) < 0)
            return -1;
    }
    for (KrBlock *b = entry; b; b = b->next)
        thread_jumps(b);
    /* a jump to the very next instruction is a no-op (kept as a NOP for its line) */
    for (KrBlock *b = entry; b; b = b->next) {
        if (!b->n)
            continue;
        KrInstr *last = &b->instrs[b->n - 1];
        if (kr_cfg_is_uncond(last->op) && next_nonempty(b->next) == next_nonempty(last->target)) {
            last->op = KR_OP_NOP;
            last->target = NULL;
        }
    }
    if (kr_cfg_mark_reachable(entry) < 0)
        return -1;
    for (KrBlock *b = entry; b; b = b->next) {
        if (!b->reachable) {
            b->n = 0;
            continue;
        }
        remove_nops(b);
    }
    return remove_unused_consts(entry, consts);
}
