/* codegen_expr.c: expressions, assignment targets, calls, and the code
 * objects expressions create (lambdas, comprehensions, generator
 * expressions; def statements share the function builder).
 *
 * Calls use the 3.13 stack shape [callable, self_or_null, args...]: a
 * global callable is loaded with LOAD_GLOBAL's NULL bit, an attribute with
 * LOAD_ATTR's method bit, anything else with PUSH_NULL after it.  Several
 * shapes (decorators, genexpr calls, assertion messages) put the single
 * argument in the self_or_null slot and use CALL 0, as CPython does.
 */
#include "codegen.h"

#define STACK_USE_GUIDELINE 30

static int loc_of(Compiler *c, KrAstExpr *e) { cg_set_loc(c, e->pos); return 0; }

int cg_exprs(Compiler *c, KrAstSeq *seq)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(seq); i++)
        if (cg_expr(c, KR_SEQ_GET(seq, i)) < 0)
            return -1;
    return 0;
}

static bool is_const(KrAstExpr *e) { return e && e->kind == KR_EXPR_Constant; }

static bool has_starred(KrAstSeq *elts)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(elts); i++)
        if (((KrAstExpr *)KR_SEQ_GET(elts, i))->kind == KR_EXPR_Starred)
            return true;
    return false;
}

/* tuple of the constant values of elts (all known constant) */
static KrObject *const_tuple(KrAstSeq *elts)
{
    ssize_t n = KR_SEQ_LEN(elts);
    KrObject *t = kr_tuple_new(n);
    if (!t)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        KR_TUPLE_SET(t, i, kr_newref(((KrAstExpr *)KR_SEQ_GET(elts, i))->v.Constant.value));
    return t;
}

static bool all_const(KrAstSeq *elts)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(elts); i++)
        if (!is_const(KR_SEQ_GET(elts, i)))
            return false;
    return true;
}

/* list/tuple/set displays, and positional call arguments */
enum { SEQ_LIST, SEQ_TUPLE, SEQ_SET };
static int starunpack(Compiler *c, KrAstSeq *elts, int pushed, int kind)
{
    ssize_t n = KR_SEQ_LEN(elts);
    bool star = has_starred(elts);
    bool big = n + pushed > STACK_USE_GUIDELINE;
    int build = kind == SEQ_SET ? KR_OP_BUILD_SET : KR_OP_BUILD_LIST;
    int add = kind == SEQ_SET ? KR_OP_SET_ADD : KR_OP_LIST_APPEND;
    int extend = kind == SEQ_SET ? KR_OP_SET_UPDATE : KR_OP_LIST_EXTEND;
    if (!star && n > 2 && all_const(elts)) {
        KrObject *t = const_tuple(elts);
        if (!t)
            return -1;
        if (kind == SEQ_TUPLE && !pushed) {
            int r = cg_load_const(c, t);
            KR_DECREF(t);
            return r;
        }
        if (kind == SEQ_SET) {
            KrObject *fs = kr_optimize_frozenset_const(t);
            KR_DECREF(t);
            if (!fs)
                return -1;
            t = fs;
        }
        int r = cg_emit(c, build, pushed);
        if (r == 0)
            r = cg_load_const(c, t);
        KR_DECREF(t);
        if (r == 0)
            r = cg_emit(c, extend, 1);
        if (r == 0 && kind == SEQ_TUPLE)
            r = cg_emit(c, KR_OP_LIST_TO_TUPLE, 0);
        return r;
    }
    if (!star && !big) {
        if (cg_exprs(c, elts) < 0)
            return -1;
        return cg_emit(c, kind == SEQ_TUPLE ? KR_OP_BUILD_TUPLE : build, (int)n + pushed);
    }
    bool built = false;
    for (ssize_t i = 0; i < n; i++) {
        KrAstExpr *e = KR_SEQ_GET(elts, i);
        if (e->kind == KR_EXPR_Starred) {
            if (!built) {
                if (cg_emit(c, build, (int)i + pushed) < 0)
                    return -1;
                built = true;
            }
            if (cg_expr(c, e->v.Starred.value) < 0 || cg_emit(c, extend, 1) < 0)
                return -1;
        } else {
            if (cg_expr(c, e) < 0)
                return -1;
            if (built && cg_emit(c, add, 1) < 0)
                return -1;
        }
    }
    if (!built && cg_emit(c, build, (int)n + pushed) < 0)
        return -1;
    if (kind == SEQ_TUPLE)
        return cg_emit(c, KR_OP_LIST_TO_TUPLE, 0);
    return 0;
}

static int dict_chunk(Compiler *c, KrAstSeq *keys, KrAstSeq *values, ssize_t begin, ssize_t end)
{
    ssize_t n = end - begin;
    bool consts = n > 1;
    for (ssize_t i = begin; i < end && consts; i++)
        if (!is_const(KR_SEQ_GET(keys, i)))
            consts = false;
    if (consts) {
        for (ssize_t i = begin; i < end; i++)
            if (cg_expr(c, KR_SEQ_GET(values, i)) < 0)
                return -1;
        KrObject *t = kr_tuple_new(n);
        if (!t)
            return -1;
        for (ssize_t i = begin; i < end; i++)
            KR_TUPLE_SET(t, i - begin, kr_newref(((KrAstExpr *)KR_SEQ_GET(keys, i))->v.Constant.value));
        int r = cg_load_const(c, t);
        KR_DECREF(t);
        return r < 0 ? -1 : cg_emit(c, KR_OP_BUILD_CONST_KEY_MAP, (int)n);
    }
    for (ssize_t i = begin; i < end; i++)
        if (cg_expr(c, KR_SEQ_GET(keys, i)) < 0 || cg_expr(c, KR_SEQ_GET(values, i)) < 0)
            return -1;
    return cg_emit(c, KR_OP_BUILD_MAP, (int)n);
}

static int dict_display(Compiler *c, KrAstExpr *e)
{
    KrAstSeq *keys = e->v.Dict.keys, *values = e->v.Dict.values;
    ssize_t n = KR_SEQ_LEN(values), begin = 0;
    bool have = false;
    for (ssize_t i = 0; i < n; i++) {
        bool unpack = KR_SEQ_GET(keys, i) == NULL;
        if (unpack || i - begin >= 16) {
            if (i > begin) {
                if (dict_chunk(c, keys, values, begin, i) < 0)
                    return -1;
                if (have && cg_emit(c, KR_OP_DICT_UPDATE, 1) < 0)
                    return -1;
                have = true;
            }
            begin = i;
        }
        if (unpack) {
            if (!have) {
                if (cg_emit(c, KR_OP_BUILD_MAP, 0) < 0)
                    return -1;
                have = true;
            }
            if (cg_expr(c, KR_SEQ_GET(values, i)) < 0 || cg_emit(c, KR_OP_DICT_UPDATE, 1) < 0)
                return -1;
            begin = i + 1;
        }
    }
    if (n > begin) {
        if (dict_chunk(c, keys, values, begin, n) < 0)
            return -1;
        if (have && cg_emit(c, KR_OP_DICT_UPDATE, 1) < 0)
            return -1;
        have = true;
    }
    if (!have)
        return cg_emit(c, KR_OP_BUILD_MAP, 0);
    return 0;
}

static int cmpop_emit(Compiler *c, KrCmpOp op)
{
    switch (op) {
    case KR_CMP_EQ: return cg_emit(c, KR_OP_COMPARE_OP, KR_EQ);
    case KR_CMP_NOTEQ: return cg_emit(c, KR_OP_COMPARE_OP, KR_NE);
    case KR_CMP_LT: return cg_emit(c, KR_OP_COMPARE_OP, KR_LT);
    case KR_CMP_LTE: return cg_emit(c, KR_OP_COMPARE_OP, KR_LE);
    case KR_CMP_GT: return cg_emit(c, KR_OP_COMPARE_OP, KR_GT);
    case KR_CMP_GTE: return cg_emit(c, KR_OP_COMPARE_OP, KR_GE);
    case KR_CMP_IS: return cg_emit(c, KR_OP_IS_OP, 0);
    case KR_CMP_ISNOT: return cg_emit(c, KR_OP_IS_OP, 1);
    case KR_CMP_IN: return cg_emit(c, KR_OP_CONTAINS_OP, 0);
    case KR_CMP_NOTIN: return cg_emit(c, KR_OP_CONTAINS_OP, 1);
    }
    return -1;
}

/* the type a literal expression certainly has, or NULL */
static const char *infer_type(KrAstExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_Tuple: return "tuple";
    case KR_EXPR_List: case KR_EXPR_ListComp: return "list";
    case KR_EXPR_Dict: case KR_EXPR_DictComp: return "dict";
    case KR_EXPR_Set: case KR_EXPR_SetComp: return "set";
    case KR_EXPR_GeneratorExp: return "generator";
    case KR_EXPR_Lambda: return "function";
    case KR_EXPR_JoinedStr: case KR_EXPR_FormattedValue: return "str";
    case KR_EXPR_Constant: return kr_type_name(KR_TYPE(e->v.Constant.value));
    default: return NULL;
    }
}

static int syntax_warning(Compiler *c, KrAstExpr *at, const char *fmt, const char *a, const char *b)
{
    char msg[512];
    snprintf(msg, sizeof msg, fmt, a, b);
    return kr_err_warn_explicit(&KrExc_SyntaxWarning_Type, msg, c->filename, at->pos.lineno);
}

/* CPython's "perhaps you missed a comma?" warnings */
static int check_caller(Compiler *c, KrAstExpr *call, KrAstExpr *f)
{
    switch (f->kind) {
    case KR_EXPR_Constant: case KR_EXPR_Tuple: case KR_EXPR_List: case KR_EXPR_ListComp:
    case KR_EXPR_Dict: case KR_EXPR_DictComp: case KR_EXPR_Set: case KR_EXPR_SetComp:
    case KR_EXPR_GeneratorExp: case KR_EXPR_JoinedStr: case KR_EXPR_FormattedValue:
        return syntax_warning(c, call, "'%.200s' object is not callable; perhaps you missed a comma?",
                              infer_type(f), "");
    default:
        return 0;
    }
}

static int check_subscript(Compiler *c, KrAstExpr *e)
{
    KrAstExpr *v = e->v.Subscript.value, *sl = e->v.Subscript.slice;
    switch (v->kind) {
    case KR_EXPR_Constant: {
        KrObject *o = v->v.Constant.value;
        if (!(o == Kr_None || o == Kr_Ellipsis || KR_INT_CHECK(o) || KR_FLOAT_CHECK(o) || KR_COMPLEX_CHECK(o) ||
              KR_ANYSET_CHECK(o)))
            break;
    }
        /* fall through */
    case KR_EXPR_Set: case KR_EXPR_SetComp: case KR_EXPR_GeneratorExp: case KR_EXPR_Lambda:
        return syntax_warning(c, e, "'%.200s' object is not subscriptable; perhaps you missed a comma?",
                              infer_type(v), "");
    default:
        break;
    }
    const char *it = infer_type(sl);
    if (!it || (sl->kind == KR_EXPR_Constant && KR_INT_CHECK(sl->v.Constant.value)))
        return 0;
    switch (v->kind) {
    case KR_EXPR_Constant: {
        KrObject *o = v->v.Constant.value;
        if (!(KR_STR_CHECK(o) || KR_BYTES_CHECK(o) || KR_TUPLE_CHECK(o)))
            return 0;
    }
        /* fall through */
    case KR_EXPR_Tuple: case KR_EXPR_List: case KR_EXPR_ListComp: case KR_EXPR_JoinedStr:
    case KR_EXPR_FormattedValue:
        return syntax_warning(c, e, "%.200s indices must be integers or slices, not %.200s; perhaps you missed a comma?",
                              infer_type(v), it);
    default:
        return 0;
    }
}

/* CPython's compile-time SyntaxWarning for `x is 1` */
static bool is_safe_is_arg(KrAstExpr *e)
{
    if (e->kind != KR_EXPR_Constant)
        return true;
    KrObject *v = e->v.Constant.value;
    return v == Kr_None || v == Kr_True || v == Kr_False || v == Kr_Ellipsis;
}

static int check_compare(Compiler *c, KrAstExpr *e)
{
    KrAstExpr *left = e->v.Compare.left;
    bool lok = is_safe_is_arg(left);
    for (int i = 0; i < e->v.Compare.nops; i++) {
        KrAstExpr *right = KR_SEQ_GET(e->v.Compare.comparators, i);
        bool rok = is_safe_is_arg(right);
        KrCmpOp op = e->v.Compare.ops[i];
        if ((op == KR_CMP_IS || op == KR_CMP_ISNOT) && (!lok || !rok)) {
            KrAstExpr *lit = !lok ? left : right;
            char msg[300];
            snprintf(msg, sizeof msg,
                     op == KR_CMP_IS ? "\"is\" with '%.200s' literal. Did you mean \"==\"?"
                                     : "\"is not\" with '%.200s' literal. Did you mean \"!=\"?",
                     kr_type_name(KR_TYPE(lit->v.Constant.value)));
            return kr_err_warn_explicit(&KrExc_SyntaxWarning_Type, msg, c->filename, e->pos.lineno);
        }
        lok = rok;
        left = right;
    }
    return 0;
}

static int compare(Compiler *c, KrAstExpr *e)
{
    if (check_compare(c, e) < 0)
        return -1;
    int n = e->v.Compare.nops;
    if (cg_expr(c, e->v.Compare.left) < 0)
        return -1;
    if (n == 1) {
        if (cg_expr(c, KR_SEQ_GET(e->v.Compare.comparators, 0)) < 0)
            return -1;
        loc_of(c, e);
        return cmpop_emit(c, e->v.Compare.ops[0]);
    }
    KrBlock *cleanup = cg_new_block(c), *end = cg_new_block(c);
    if (!cleanup || !end)
        return -1;
    for (int i = 0; i < n - 1; i++) {
        if (cg_expr(c, KR_SEQ_GET(e->v.Compare.comparators, i)) < 0)
            return -1;
        loc_of(c, e);
        if (cg_emit(c, KR_OP_SWAP, 2) < 0 || cg_emit(c, KR_OP_COPY, 2) < 0 ||
            cmpop_emit(c, e->v.Compare.ops[i]) < 0 || cg_emit(c, KR_OP_COPY, 1) < 0 ||
            cg_emit_jump(c, KR_OP_POP_JUMP_IF_FALSE, cleanup) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0)
            return -1;
    }
    if (cg_expr(c, KR_SEQ_GET(e->v.Compare.comparators, n - 1)) < 0)
        return -1;
    loc_of(c, e);
    if (cmpop_emit(c, e->v.Compare.ops[n - 1]) < 0 || cg_emit_jump(c, KR_OP_JUMP, end) < 0)
        return -1;
    cg_use_block(c, cleanup);
    if (cg_emit(c, KR_OP_SWAP, 2) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0)
        return -1;
    cg_use_block(c, end);
    return 0;
}

int cg_jump_if(Compiler *c, KrAstExpr *e, KrBlock *target, bool cond)
{
    switch (e->kind) {
    case KR_EXPR_UnaryOp:
        if (e->v.UnaryOp.op == KR_UOP_NOT)
            return cg_jump_if(c, e->v.UnaryOp.operand, target, !cond);
        break;
    case KR_EXPR_BoolOp: {
        KrAstSeq *vals = e->v.BoolOp.values;
        ssize_t n = KR_SEQ_LEN(vals);
        bool is_or = e->v.BoolOp.op == KR_BOOL_OR;
        KrBlock *next = target;
        if (cond != is_or) {
            next = cg_new_block(c);
            if (!next)
                return -1;
        }
        for (ssize_t i = 0; i < n - 1; i++)
            if (cg_jump_if(c, KR_SEQ_GET(vals, i), next, is_or) < 0)
                return -1;
        if (cg_jump_if(c, KR_SEQ_GET(vals, n - 1), target, cond) < 0)
            return -1;
        if (next != target)
            cg_use_block(c, next);
        return 0;
    }
    case KR_EXPR_IfExp: {
        KrBlock *end = cg_new_block(c), *next2 = cg_new_block(c);
        if (!end || !next2)
            return -1;
        if (cg_jump_if(c, e->v.IfExp.test, next2, false) < 0 ||
            cg_jump_if(c, e->v.IfExp.body, target, cond) < 0 || cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, end) < 0)
            return -1;
        cg_use_block(c, next2);
        if (cg_jump_if(c, e->v.IfExp.orelse, target, cond) < 0)
            return -1;
        cg_use_block(c, end);
        return 0;
    }
    case KR_EXPR_Compare:
        if (e->v.Compare.nops == 1) {
            KrAstExpr *r = KR_SEQ_GET(e->v.Compare.comparators, 0);
            KrCmpOp op = e->v.Compare.ops[0];
            if ((op == KR_CMP_IS || op == KR_CMP_ISNOT) && is_const(r) && r->v.Constant.value == Kr_None) {
                if (check_compare(c, e) < 0)
                    return -1;
                if (cg_expr(c, e->v.Compare.left) < 0)
                    return -1;
                loc_of(c, e);
                bool jump_none = (op == KR_CMP_IS) == cond;
                return cg_emit_jump(c, jump_none ? KR_OP_POP_JUMP_IF_NONE : KR_OP_POP_JUMP_IF_NOT_NONE, target);
            }
        } else {
            /* chained: a < b < c jumps out as soon as one link fails */
            int n = e->v.Compare.nops;
            if (check_compare(c, e) < 0)
                return -1;
            KrBlock *cleanup = cg_new_block(c), *end = cg_new_block(c);
            if (!cleanup || !end)
                return -1;
            if (cg_expr(c, e->v.Compare.left) < 0)
                return -1;
            for (int i = 0; i < n - 1; i++) {
                if (cg_expr(c, KR_SEQ_GET(e->v.Compare.comparators, i)) < 0)
                    return -1;
                loc_of(c, e);
                if (cg_emit(c, KR_OP_SWAP, 2) < 0 || cg_emit(c, KR_OP_COPY, 2) < 0 ||
                    cmpop_emit(c, e->v.Compare.ops[i]) < 0 ||
                    cg_emit_jump(c, KR_OP_POP_JUMP_IF_FALSE, cleanup) < 0)
                    return -1;
            }
            if (cg_expr(c, KR_SEQ_GET(e->v.Compare.comparators, n - 1)) < 0)
                return -1;
            loc_of(c, e);
            if (cmpop_emit(c, e->v.Compare.ops[n - 1]) < 0 ||
                cg_emit_jump(c, cond ? KR_OP_POP_JUMP_IF_TRUE : KR_OP_POP_JUMP_IF_FALSE, target) < 0 ||
                cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, end) < 0)
                return -1;
            cg_use_block(c, cleanup);
            if (cg_emit(c, KR_OP_POP_TOP, 0) < 0)
                return -1;
            if (!cond && cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, target) < 0)
                return -1;
            cg_use_block(c, end);
            return 0;
        }
        break;
    case KR_EXPR_Constant: {
        int t = kr_object_is_true(e->v.Constant.value);
        if (t < 0)
            return -1;
        if ((t != 0) == cond) {
            loc_of(c, e);
            return cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, target);
        }
        loc_of(c, e);
        return cg_emit(c, KR_OP_NOP, 0);
    }
    default:
        break;
    }
    if (cg_expr(c, e) < 0)
        return -1;
    loc_of(c, e);
    return cg_emit_jump(c, cond ? KR_OP_POP_JUMP_IF_TRUE : KR_OP_POP_JUMP_IF_FALSE, target);
}

static int boolop(Compiler *c, KrAstExpr *e)
{
    KrAstSeq *vals = e->v.BoolOp.values;
    ssize_t n = KR_SEQ_LEN(vals);
    KrBlock *end = cg_new_block(c);
    if (!end)
        return -1;
    int jop = e->v.BoolOp.op == KR_BOOL_AND ? KR_OP_POP_JUMP_IF_FALSE : KR_OP_POP_JUMP_IF_TRUE;
    for (ssize_t i = 0; i < n - 1; i++) {
        if (cg_expr(c, KR_SEQ_GET(vals, i)) < 0)
            return -1;
        loc_of(c, e);
        if (cg_emit(c, KR_OP_COPY, 1) < 0 || cg_emit_jump(c, jop, end) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0)
            return -1;
    }
    if (cg_expr(c, KR_SEQ_GET(vals, n - 1)) < 0)
        return -1;
    cg_use_block(c, end);
    return 0;
}

static int slice_parts(Compiler *c, KrAstExpr *s)
{
    int n = 2;
    if (s->v.Slice.lower) {
        if (cg_expr(c, s->v.Slice.lower) < 0)
            return -1;
    } else if (cg_load_const(c, Kr_None) < 0) {
        return -1;
    }
    if (s->v.Slice.upper) {
        if (cg_expr(c, s->v.Slice.upper) < 0)
            return -1;
    } else if (cg_load_const(c, Kr_None) < 0) {
        return -1;
    }
    if (s->v.Slice.step) {
        n = 3;
        if (cg_expr(c, s->v.Slice.step) < 0)
            return -1;
    }
    return n;
}

static bool is_two_slice(KrAstExpr *s) { return s->kind == KR_EXPR_Slice && !s->v.Slice.step; }

static int subscript(Compiler *c, KrAstExpr *e, int ctx)
{
    KrAstExpr *sl = e->v.Subscript.slice;
    if (ctx == KR_CTX_LOAD && check_subscript(c, e) < 0)
        return -1;
    if (cg_expr(c, e->v.Subscript.value) < 0)
        return -1;
    if (is_two_slice(sl) && ctx != KR_CTX_DEL) {
        if (slice_parts(c, sl) < 0)
            return -1;
        loc_of(c, e);
        return cg_emit(c, ctx == KR_CTX_LOAD ? KR_OP_BINARY_SLICE : KR_OP_STORE_SLICE, 0);
    }
    if (cg_expr(c, sl) < 0)
        return -1;
    loc_of(c, e);
    return cg_emit(c, ctx == KR_CTX_LOAD ? KR_OP_BINARY_SUBSCR : ctx == KR_CTX_STORE ? KR_OP_STORE_SUBSCR
                                                                                 : KR_OP_DELETE_SUBSCR, 0);
}

static int attr_name(Compiler *c, KrObject *attr)
{
    KrObject *m = cg_mangle(c, attr);
    if (!m)
        return -1;
    int idx = cg_add_name(c, m);
    KR_DECREF(m);
    return idx;
}

/* ---- f-strings ------------------------------------------------------------ */

static int formatted_value(Compiler *c, KrAstExpr *e)
{
    if (cg_expr(c, e->v.FormattedValue.value) < 0)
        return -1;
    int conv = e->v.FormattedValue.conversion;
    int arg = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->v.FormattedValue.format_spec) {
        if (cg_expr(c, e->v.FormattedValue.format_spec) < 0)
            return -1;
        arg |= 4;
    }
    loc_of(c, e);
    return cg_emit(c, KR_OP_FORMAT_VALUE, arg);
}

static int joined_str(Compiler *c, KrAstExpr *e)
{
    KrAstSeq *vals = e->v.JoinedStr.values;
    ssize_t n = KR_SEQ_LEN(vals);
    if (n == 0)
        return cg_load_const(c, kr_str_empty());
    if (cg_exprs(c, vals) < 0)
        return -1;
    if (n == 1 && ((KrAstExpr *)KR_SEQ_GET(vals, 0))->kind == KR_EXPR_FormattedValue)
        return 0;
    if (n == 1)
        return 0;
    loc_of(c, e);
    return cg_emit(c, KR_OP_BUILD_STRING, (int)n);
}

/* ---- calls ---------------------------------------------------------------- */

static int validate_keywords(Compiler *c, KrAstSeq *kws)
{
    ssize_t n = KR_SEQ_LEN(kws);
    for (ssize_t i = 0; i < n; i++) {
        KrAstKeyword *k = KR_SEQ_GET(kws, i);
        if (!k->arg)
            continue;
        if (kr_str_eq_cstr(k->arg, "__debug__")) {
            cg_error_at(c, k->pos, "cannot assign to __debug__");
            return -1;
        }
        for (ssize_t j = i + 1; j < n; j++) {
            KrAstKeyword *o = KR_SEQ_GET(kws, j);
            if (o->arg && kr_str_eq(k->arg, o->arg)) {
                KrPosition p = { o->pos.lineno, o->pos.end_lineno, o->pos.col_offset, o->pos.end_col_offset };
                cg_error(c, p, "keyword argument repeated: %U", k->arg);
                return -1;
            }
        }
    }
    return 0;
}

/* named keywords kws[begin, end) as one dict */
static int subkwargs(Compiler *c, KrAstSeq *kws, ssize_t begin, ssize_t end)
{
    ssize_t n = end - begin;
    if (n > 1) {
        for (ssize_t i = begin; i < end; i++)
            if (cg_expr(c, ((KrAstKeyword *)KR_SEQ_GET(kws, i))->value) < 0)
                return -1;
        KrObject *t = kr_tuple_new(n);
        if (!t)
            return -1;
        for (ssize_t i = begin; i < end; i++)
            KR_TUPLE_SET(t, i - begin, kr_newref(((KrAstKeyword *)KR_SEQ_GET(kws, i))->arg));
        int r = cg_load_const(c, t);
        KR_DECREF(t);
        return r < 0 ? -1 : cg_emit(c, KR_OP_BUILD_CONST_KEY_MAP, (int)n);
    }
    for (ssize_t i = begin; i < end; i++) {
        KrAstKeyword *k = KR_SEQ_GET(kws, i);
        if (cg_load_const(c, k->arg) < 0 || cg_expr(c, k->value) < 0)
            return -1;
    }
    return cg_emit(c, KR_OP_BUILD_MAP, (int)n);
}

/* the callable and self_or_null are on the stack, plus `pushed` arguments */
int cg_call_helper(Compiler *c, int pushed, KrAstSeq *args, KrAstSeq *keywords)
{
    KrPosition callpos = c->u->loc;
    if (validate_keywords(c, keywords) < 0)
        return -1;
    ssize_t nargs = KR_SEQ_LEN(args), nkw = KR_SEQ_LEN(keywords);
    bool ex = has_starred(args);
    for (ssize_t i = 0; i < nkw; i++)
        if (!((KrAstKeyword *)KR_SEQ_GET(keywords, i))->arg)
            ex = true;
    if (nargs + nkw + pushed > STACK_USE_GUIDELINE * 2)
        ex = true;
    if (!ex) {
        if (cg_exprs(c, args) < 0)
            return -1;
        if (nkw) {
            KrObject *names = kr_tuple_new(nkw);
            if (!names)
                return -1;
            for (ssize_t i = 0; i < nkw; i++) {
                KrAstKeyword *k = KR_SEQ_GET(keywords, i);
                KR_TUPLE_SET(names, i, kr_newref(k->arg));
            }
            for (ssize_t i = 0; i < nkw; i++)
                if (cg_expr(c, ((KrAstKeyword *)KR_SEQ_GET(keywords, i))->value) < 0) {
                    KR_DECREF(names);
                    return -1;
                }
            c->u->loc = callpos;
            int r = cg_load_const(c, names);
            KR_DECREF(names);
            if (r < 0)
                return -1;
            return cg_emit(c, KR_OP_CALL_KW, (int)(nargs + nkw + pushed));
        }
        c->u->loc = callpos;
        return cg_emit(c, KR_OP_CALL, (int)(nargs + pushed));
    }
    /* f(*args, **kwargs): one tuple and one dict */
    if (pushed == 0 && nargs == 1 && ((KrAstExpr *)KR_SEQ_GET(args, 0))->kind == KR_EXPR_Starred &&
        1 /* the VM turns any iterable into the argument tuple */) {
        if (cg_expr(c, ((KrAstExpr *)KR_SEQ_GET(args, 0))->v.Starred.value) < 0)
            return -1;
    } else if (starunpack(c, args, pushed, SEQ_TUPLE) < 0) {
        return -1;
    }
    if (nkw) {
        bool have = false;
        ssize_t begin = 0;
        for (ssize_t i = 0; i < nkw; i++) {
            KrAstKeyword *k = KR_SEQ_GET(keywords, i);
            if (!k->arg) {
                if (i > begin) {
                    if (subkwargs(c, keywords, begin, i) < 0)
                        return -1;
                    if (have && cg_emit(c, KR_OP_DICT_MERGE, 1) < 0)
                        return -1;
                    have = true;
                }
                if (!have) {
                    if (cg_emit(c, KR_OP_BUILD_MAP, 0) < 0)
                        return -1;
                    have = true;
                }
                if (cg_expr(c, k->value) < 0 || cg_emit(c, KR_OP_DICT_MERGE, 1) < 0)
                    return -1;
                begin = i + 1;
            }
        }
        if (nkw > begin) {
            if (subkwargs(c, keywords, begin, nkw) < 0)
                return -1;
            if (have && cg_emit(c, KR_OP_DICT_MERGE, 1) < 0)
                return -1;
        }
    }
    c->u->loc = callpos;
    return cg_emit(c, KR_OP_CALL_FUNCTION_EX, nkw ? 1 : 0);
}

static bool can_method_call(KrAstExpr *e)
{
    KrAstExpr *f = e->v.Call.func;
    if (f->kind != KR_EXPR_Attribute || f->v.Attribute.ctx != KR_CTX_LOAD)
        return false;
    if (has_starred(e->v.Call.args))
        return false;
    for (ssize_t i = 0; i < KR_SEQ_LEN(e->v.Call.keywords); i++)
        if (!((KrAstKeyword *)KR_SEQ_GET(e->v.Call.keywords, i))->arg)
            return false;
    return KR_SEQ_LEN(e->v.Call.args) + KR_SEQ_LEN(e->v.Call.keywords) < STACK_USE_GUIDELINE;
}

static int call(Compiler *c, KrAstExpr *e)
{
    KrAstExpr *f = e->v.Call.func;
    if (check_caller(c, e, f) < 0)
        return -1;
    if (can_method_call(e)) {
        if (cg_expr(c, f->v.Attribute.value) < 0)
            return -1;
        int idx = attr_name(c, f->v.Attribute.attr);
        if (idx < 0)
            return -1;
        /* the method load carries the attribute's span, as CPython */
        cg_set_loc(c, f->pos);
        if (cg_emit(c, KR_OP_LOAD_ATTR, (idx << 1) | 1) < 0)
            return -1;
    } else if (f->kind == KR_EXPR_Name) {
        loc_of(c, f);
        if (cg_load_callable_name(c, f->v.Name.id) < 0)
            return -1;
    } else {
        if (cg_expr(c, f) < 0 || cg_emit(c, KR_OP_PUSH_NULL, 0) < 0)
            return -1;
    }
    loc_of(c, e);
    return cg_call_helper(c, 0, e->v.Call.args, e->v.Call.keywords);
}

/* ---- functions, lambdas, comprehensions ------------------------------------ */

static int arg_annotations(Compiler *c, KrAstSeq *args, int *count)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(args); i++) {
        KrAstArg *a = KR_SEQ_GET(args, i);
        if (!a->annotation)
            continue;
        KrObject *m = cg_mangle(c, a->arg);
        if (!m)
            return -1;
        int r = cg_load_const(c, m);
        KR_DECREF(m);
        if (r < 0 || cg_annotation_value(c, a->annotation) < 0)
            return -1;
        (*count)++;
    }
    return 0;
}

static int one_annotation(Compiler *c, KrAstArg *a, int *count)
{
    if (!a || !a->annotation)
        return 0;
    KrObject *m = cg_mangle(c, a->arg);
    if (!m)
        return -1;
    int r = cg_load_const(c, m);
    KR_DECREF(m);
    if (r < 0 || cg_annotation_value(c, a->annotation) < 0)
        return -1;
    (*count)++;
    return 0;
}

/* defaults and kw defaults go on the stack; returns the MAKE_FUNCTION
 * flags or -1 */
static int function_defaults(Compiler *c, KrAstArguments *a)
{
    int flags = 0;
    if (KR_SEQ_LEN(a->defaults)) {
        if (starunpack(c, a->defaults, 0, SEQ_TUPLE) < 0)
            return -1;
        flags |= 1;
    }
    int nkw = 0;
    for (ssize_t i = 0; i < KR_SEQ_LEN(a->kwonlyargs); i++) {
        KrAstExpr *d = KR_SEQ_GET(a->kw_defaults, i);
        if (!d)
            continue;
        KrAstArg *arg = KR_SEQ_GET(a->kwonlyargs, i);
        KrObject *m = cg_mangle(c, arg->arg);
        if (!m)
            return -1;
        int r = cg_load_const(c, m);
        KR_DECREF(m);
        if (r < 0 || cg_expr(c, d) < 0)
            return -1;
        nkw++;
    }
    if (nkw) {
        if (cg_emit(c, KR_OP_BUILD_MAP, nkw) < 0)
            return -1;
        flags |= 2;
    }
    return flags;
}

/* the annotations tuple on the stack: returns the MAKE_FUNCTION flag or -1 */
static int function_annotations(Compiler *c, KrAstArguments *a, KrAstExpr *returns)
{
    int cnt = 0;
    if (arg_annotations(c, a->args, &cnt) < 0 || arg_annotations(c, a->posonlyargs, &cnt) < 0 ||
        one_annotation(c, a->vararg, &cnt) < 0 || arg_annotations(c, a->kwonlyargs, &cnt) < 0 ||
        one_annotation(c, a->kwarg, &cnt) < 0)
        return -1;
    if (returns) {
        KrObject *rn = kr_str_intern_cstr("return");
        if (!rn)
            return -1;
        int r = cg_load_const(c, rn);
        KR_DECREF(rn);
        if (r < 0 || cg_annotation_value(c, returns) < 0)
            return -1;
        cnt++;
    }
    if (!cnt)
        return 0;
    return cg_emit(c, KR_OP_BUILD_TUPLE, cnt * 2) < 0 ? -1 : 4;
}

/* ---- PEP 695 ---------------------------------------------------------------- */

/* enter the block of type parameters of a generic def, class or alias
 * (its scope is keyed by the parameter list); None is its first constant
 * so the function has no docstring */
int cg_enter_type_params(Compiler *c, KrObject *name, KrAstSeq *tps, int firstline)
{
    KrObject *n = kr_str_from_format("<generic parameters of %U>", name);
    if (!n)
        return -1;
    int r = cg_enter_unit(c, n, tps, firstline);
    KR_DECREF(n);
    if (r < 0)
        return -1;
    if (cg_add_const(c, Kr_None) < 0) {
        cg_abandon_unit(c);
        return -1;
    }
    return 0;
}

/* finish the block of type parameters (its result on the stack) and call
 * it with the nargs values below the function */
int cg_call_type_params(Compiler *c, int nargs)
{
    if (cg_emit(c, KR_OP_RETURN_VALUE, 0) < 0) {
        cg_abandon_unit(c);
        return -1;
    }
    KrPosition loc = c->u->loc;
    c->u->argcount = nargs;
    KrObject *code = cg_exit_unit(c);
    if (!code)
        return -1;
    c->u->loc = loc;
    int r = cg_make_closure(c, code, 0);
    KR_DECREF(code);
    if (r < 0)
        return -1;
    if (nargs)   /* the first argument takes the self slot of CALL */
        return cg_emit(c, KR_OP_SWAP, nargs + 1) < 0 ? -1 : cg_emit(c, KR_OP_CALL, nargs - 1);
    return cg_emit(c, KR_OP_PUSH_NULL, 0) < 0 ? -1 : cg_emit(c, KR_OP_CALL, 0);
}

/* the function computing a TypeVar's bound or constraints, on the stack */
static int type_param_bound(Compiler *c, KrAstTypeParam *tp)
{
    KrPosition outer = c->u->loc;
    if (cg_enter_unit(c, tp->name, tp, tp->bound->pos.lineno) < 0)
        return -1;
    cg_set_loc(c, tp->bound->pos);
    if (cg_add_const(c, Kr_None) < 0 || cg_expr(c, tp->bound) < 0 || cg_emit(c, KR_OP_RETURN_VALUE, 0) < 0) {
        cg_abandon_unit(c);
        return -1;
    }
    KrObject *code = cg_exit_unit(c);
    if (!code)
        return -1;
    c->u->loc = outer;
    int r = cg_make_closure(c, code, 0);
    KR_DECREF(code);
    return r;
}

/* the TypeVars, ParamSpecs and TypeVarTuples, each bound to its name;
 * leaves the tuple of them on the stack */
int cg_type_params(Compiler *c, KrAstSeq *tps)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(tps); i++) {
        KrAstTypeParam *tp = KR_SEQ_GET(tps, i);
        cg_set_loc(c, tp->pos);
        if (cg_load_const(c, tp->name) < 0)
            return -1;
        int r;
        if (tp->kind == KR_TP_TypeVar && tp->bound) {
            r = type_param_bound(c, tp);
            cg_set_loc(c, tp->pos);
            if (r == 0)
                r = cg_emit(c, KR_OP_CALL_INTRINSIC_2, tp->bound->kind == KR_EXPR_Tuple
                                                           ? KR_INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                                                           : KR_INTRINSIC_TYPEVAR_WITH_BOUND);
        } else {
            r = cg_emit(c, KR_OP_CALL_INTRINSIC_1, tp->kind == KR_TP_TypeVar ? KR_INTRINSIC_TYPEVAR
                                                   : tp->kind == KR_TP_ParamSpec ? KR_INTRINSIC_PARAMSPEC
                                                                                 : KR_INTRINSIC_TYPEVARTUPLE);
        }
        if (r < 0 || cg_emit(c, KR_OP_COPY, 1) < 0 || cg_nameop(c, tp->name, KR_CTX_STORE) < 0)
            return -1;
    }
    cg_set_loc(c, ((KrAstTypeParam *)KR_SEQ_GET(tps, 0))->pos);
    return cg_emit(c, KR_OP_BUILD_TUPLE, (int)KR_SEQ_LEN(tps));
}

/* def statements (s) and lambdas (lambda): leaves the function on the stack.
 * A generic def runs in a function of its own that makes the type
 * parameters first; its defaults are evaluated outside and passed in. */
int cg_function_like(Compiler *c, KrAstStmt *s, KrAstExpr *lambda)
{
    KrAstArguments *a = s ? s->v.FunctionDef.args : lambda->v.Lambda.args;
    KrAstSeq *tps = s ? s->v.FunctionDef.type_params : NULL;
    bool generic = KR_SEQ_LEN(tps) > 0;
    int flags = function_defaults(c, a);
    if (flags < 0)
        return -1;
    int nargs = (flags & 1) + ((flags & 2) >> 1);
    if (generic) {
        int firstline = s->pos.lineno;
        if (KR_SEQ_LEN(s->v.FunctionDef.decorator_list))
            firstline = ((KrAstExpr *)KR_SEQ_GET(s->v.FunctionDef.decorator_list, 0))->pos.lineno;
        if (nargs == 2 && cg_emit(c, KR_OP_SWAP, 2) < 0)
            return -1;
        KrPosition loc = c->u->loc;
        if (cg_enter_type_params(c, s->v.FunctionDef.name, tps, firstline) < 0)
            return -1;
        c->u->loc = loc;
        if (cg_type_params(c, tps) < 0)
            goto fail_generic;
        c->u->loc = loc;
        for (int i = 0; i < nargs; i++)
            if (cg_emit(c, KR_OP_LOAD_FAST, i) < 0)
                goto fail_generic;
    }
    if (s) {
        int af = function_annotations(c, a, s->v.FunctionDef.returns);
        if (af < 0)
            goto fail_generic;
        flags |= af;
    }
    KrObject *name;
    int firstline;
    const void *node;
    if (s) {
        name = kr_newref(s->v.FunctionDef.name);
        firstline = s->pos.lineno;
        KrAstSeq *decos = s->v.FunctionDef.decorator_list;
        if (KR_SEQ_LEN(decos))
            firstline = ((KrAstExpr *)KR_SEQ_GET(decos, 0))->pos.lineno;
        node = s;
    } else {
        name = kr_str_intern_cstr("<lambda>");
        if (!name)
            return -1;
        firstline = lambda->pos.lineno;
        node = lambda;
    }
    KrPosition outer = c->u->loc;
    int r = cg_enter_unit(c, name, node, firstline);
    KR_DECREF(name);
    if (r < 0)
        goto fail_generic;
    Unit *u = c->u;
    u->argcount = (int)(KR_SEQ_LEN(a->posonlyargs) + KR_SEQ_LEN(a->args));
    u->posonlyargcount = (int)KR_SEQ_LEN(a->posonlyargs);
    u->kwonlyargcount = (int)KR_SEQ_LEN(a->kwonlyargs);
    if (s) {
        r = cg_body_with_docstring(c, s->v.FunctionDef.body, true);
    } else {
        /* a lambda cannot have a docstring: None is its first constant */
        r = cg_add_const(c, Kr_None);
        if (r >= 0) {
            cg_set_loc(c, lambda->v.Lambda.body->pos);
            r = cg_expr(c, lambda->v.Lambda.body);
        }
        if (r >= 0) {
            if (u->ste->is_generator)
                r = cg_emit(c, KR_OP_POP_TOP, 0) < 0 ? -1 : cg_load_const(c, Kr_None);
            if (r >= 0)
                r = cg_emit(c, KR_OP_RETURN_VALUE, 0);
        }
    }
    if (r < 0) {
        cg_abandon_unit(c);
        goto fail_generic;
    }
    KrObject *code = cg_exit_unit(c);
    if (!code)
        goto fail_generic;
    c->u->loc = outer;
    r = cg_make_closure(c, code, flags);
    KR_DECREF(code);
    if (r < 0)
        goto fail_generic;
    if (!generic)
        return 0;
    if (cg_emit(c, KR_OP_SWAP, 2) < 0 ||
        cg_emit(c, KR_OP_CALL_INTRINSIC_2, KR_INTRINSIC_SET_FUNCTION_TYPE_PARAMS) < 0)
        goto fail_generic;
    return cg_call_type_params(c, nargs);
fail_generic:
    if (generic)
        cg_abandon_unit(c);
    return -1;
}

static int comprehension_loop(Compiler *c, KrAstExpr *e, KrAstSeq *gens, ssize_t gi, int depth,
                              KrAstExpr *elt, KrAstExpr *val, int kind)
{
    KrAstComprehension *g = KR_SEQ_GET(gens, gi);
    KrBlock *start = cg_new_block(c), *if_cleanup = cg_new_block(c), *anchor = cg_new_block(c);
    if (!start || !if_cleanup || !anchor)
        return -1;
    if (gi == 0) {
        /* the outermost iterator: argument .0, or already on the stack when inlined */
        if (!c->u->in_inlined_comp && cg_emit(c, KR_OP_LOAD_FAST, 0) < 0)
            return -1;
    } else {
        if (cg_expr(c, g->iter) < 0)
            return -1;
        loc_of(c, g->iter);
        if (cg_emit(c, KR_OP_GET_ITER, 0) < 0)
            return -1;
    }
    cg_use_block(c, start);
    loc_of(c, g->iter);
    if (cg_emit_jump(c, KR_OP_FOR_ITER, anchor) < 0)
        return -1;
    if (cg_store(c, g->target) < 0)
        return -1;
    depth++;
    for (ssize_t i = 0; i < KR_SEQ_LEN(g->ifs); i++)
        if (cg_jump_if(c, KR_SEQ_GET(g->ifs, i), if_cleanup, false) < 0)
            return -1;
    if (gi + 1 < KR_SEQ_LEN(gens)) {
        if (comprehension_loop(c, e, gens, gi + 1, depth, elt, val, kind) < 0)
            return -1;
    } else {
        switch (kind) {
        case KR_COMP_GENEXP:
            if (cg_expr(c, elt) < 0)
                return -1;
            loc_of(c, elt);
            if (cg_emit(c, KR_OP_YIELD_VALUE, 0) < 0 || cg_emit(c, KR_OP_RESUME, 1) < 0 ||
                cg_emit(c, KR_OP_POP_TOP, 0) < 0)
                return -1;
            break;
        case KR_COMP_LIST:
            if (cg_expr(c, elt) < 0)
                return -1;
            loc_of(c, elt);
            if (cg_emit(c, KR_OP_LIST_APPEND, depth + 1) < 0)
                return -1;
            break;
        case KR_COMP_SET:
            if (cg_expr(c, elt) < 0)
                return -1;
            loc_of(c, elt);
            if (cg_emit(c, KR_OP_SET_ADD, depth + 1) < 0)
                return -1;
            break;
        default:
            if (cg_expr(c, elt) < 0 || cg_expr(c, val) < 0)
                return -1;
            loc_of(c, elt);
            if (cg_emit(c, KR_OP_MAP_ADD, depth + 1) < 0)
                return -1;
            break;
        }
    }
    cg_use_block(c, if_cleanup);
    loc_of(c, g->iter);
    if (cg_emit_jump(c, KR_OP_JUMP, start) < 0)
        return -1;
    cg_use_block(c, anchor);
    return 0;
}

/* PEP 709: a list/set/dict comprehension runs in its parent's frame.  The
 * names it binds are saved on the stack (LOAD_FAST_AND_CLEAR) and restored
 * afterwards, also when it raises. */
static int inlined_comprehension(Compiler *c, KrAstExpr *e, KrScope *comp, KrAstSeq *gens, KrAstExpr *elt,
                                 KrAstExpr *val, int kind)
{
    Unit *u = c->u;
    KrAstComprehension *first = KR_SEQ_GET(gens, 0);
    KrObject *pushed = kr_list_new(0), *temp = kr_dict_new(), *hidden_saved = kr_dict_new();
    int r = -1;
    bool function_like = u->ste->type == KR_BLOCK_FUNCTION;
    bool in_class = u->ste->type == KR_BLOCK_CLASS;
    if (!pushed || !temp || !hidden_saved)
        goto done;
    if (!u->fast_hidden && !(u->fast_hidden = kr_dict_new()))
        goto done;
    if (cg_expr(c, first->iter) < 0)
        goto done;
    cg_set_loc(c, e->pos);
    if (cg_emit(c, KR_OP_GET_ITER, 0) < 0)
        goto done;
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(comp->symbols, &pos, &k, &v)) {
        int cf = (int)kr_int_as_long(v);
        if (cf & KR_SYM_DEF_PARAM)
            continue;
        int scope = cf >> 16;
        KrObject *outv = kr_dict_get_str(u->ste->symbols, k);
        int outsc = outv ? (int)kr_int_as_long(outv) >> 16 : 0;
        if ((cf & KR_SYM_DEF_LOCAL) && !(cf & KR_SYM_DEF_NONLOCAL) && !(cf & KR_SYM_DEF_GLOBAL)) {
            int idx = cg_varname_index(c, k);
            if (idx < 0 || cg_emit(c, KR_OP_LOAD_FAST_AND_CLEAR, idx) < 0)
                goto done;
            if (scope == KR_SC_CELL) {
                int di = cg_deref_index(c, k);
                if (di < 0) {
                    kr_err_format(KrExc_SystemError, "compiler: no cell for comprehension variable '%U'", k);
                    goto done;
                }
                if (cg_emit(c, KR_OP_MAKE_CELL, di) < 0)
                    goto done;
            }
            if (kr_list_append(pushed, k) < 0)
                goto done;
            if (!function_like) {
                KrObject *old = kr_dict_get_str(u->fast_hidden, k);
                if (kr_dict_set(hidden_saved, k, old ? old : Kr_False) < 0 ||
                    kr_dict_set(u->fast_hidden, k, Kr_True) < 0)
                    goto done;
            }
        }
        if (scope != outsc && !(scope == KR_SC_CELL && outsc == KR_SC_FREE) &&
            (scope != KR_SC_FREE || in_class)) {
            if (kr_dict_set(temp, k, outv ? outv : Kr_None) < 0 || kr_dict_set(u->ste->symbols, k, v) < 0)
                goto done;
        }
    }
    ssize_t n = KR_LIST_LEN(pushed);
    KrBlock *cleanup = NULL, *end = NULL;
    int nh0 = u->nh;
    if (n) {
        cleanup = cg_new_block(c);
        end = cg_new_block(c);
        if (!cleanup || !end || cg_emit(c, KR_OP_SWAP, (int)n + 1) < 0 ||
            cg_push_handler(c, KR_PSEUDO_SETUP_FINALLY, cleanup) < 0)
            goto done;
    }
    int build = kind == KR_COMP_LIST ? KR_OP_BUILD_LIST : kind == KR_COMP_SET ? KR_OP_BUILD_SET : KR_OP_BUILD_MAP;
    if (cg_emit(c, build, 0) < 0 || cg_emit(c, KR_OP_SWAP, 2) < 0)
        goto done;
    u->in_inlined_comp++;
    r = comprehension_loop(c, e, gens, 0, 0, elt, val, kind);
    u->in_inlined_comp--;
    if (r < 0)
        goto done;
    r = -1;
    cg_set_loc(c, e->pos);
    if (n) {
        u->nh = nh0;
        if (cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, end) < 0)
            goto done;
        cg_use_block(c, cleanup);
        /* [saved..., partial result, exc]: drop the result, restore, re-raise */
        if (cg_emit(c, KR_OP_SWAP, 2) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0 ||
            cg_emit(c, KR_OP_SWAP, (int)n + 1) < 0)
            goto done;
        for (ssize_t i = n - 1; i >= 0; i--)
            if (cg_emit(c, KR_OP_STORE_FAST, cg_varname_index(c, KR_LIST_GET(pushed, i))) < 0)
                goto done;
        if (cg_emit(c, KR_OP_RERAISE, 0) < 0)
            goto done;
        cg_use_block(c, end);
        if (cg_emit(c, KR_OP_SWAP, (int)n + 1) < 0)
            goto done;
        for (ssize_t i = n - 1; i >= 0; i--)
            if (cg_emit(c, KR_OP_STORE_FAST, cg_varname_index(c, KR_LIST_GET(pushed, i))) < 0)
                goto done;
    }
    r = 0;
done:
    if (temp) {
        pos = 0;
        while (kr_dict_next(temp, &pos, &k, &v)) {
            if (v == Kr_None) {
                if (kr_dict_del(u->ste->symbols, k) < 0)
                    kr_err_clear();
            } else if (kr_dict_set(u->ste->symbols, k, v) < 0) {
                r = -1;
            }
        }
    }
    if (hidden_saved && u->fast_hidden) {
        pos = 0;
        while (kr_dict_next(hidden_saved, &pos, &k, &v))
            if (kr_dict_set(u->fast_hidden, k, v) < 0)
                r = -1;
    }
    KR_XDECREF(pushed);
    KR_XDECREF(temp);
    KR_XDECREF(hidden_saved);
    return r;
}

static int comprehension(Compiler *c, KrAstExpr *e, KrAstSeq *gens, KrAstExpr *elt, KrAstExpr *val, int kind)
{
    KrScope *comp = kr_symtable_lookup(c->st, e);
    /* `async for` or `await` makes a list/set/dict comprehension
     * asynchronous: only allowed where it can be awaited */
    if (kind != KR_COMP_GENEXP && !c->u->ste->is_coroutine && !c->u->ste->comprehension) {
        bool is_async = comp && comp->has_await;
        for (ssize_t i = 0; i < KR_SEQ_LEN(gens) && !is_async; i++)
            is_async = ((KrAstComprehension *)KR_SEQ_GET(gens, i))->is_async;
        if (is_async) {
            cg_error_at(c, e->pos, "asynchronous comprehension outside of an asynchronous function");
            return -1;
        }
    }
    if (comp && comp->inlined)
        return inlined_comprehension(c, e, comp, gens, elt, val, kind);
    static const char *names[] = { "", "<genexpr>", "<listcomp>", "<setcomp>", "<dictcomp>" };
    KrAstComprehension *first = KR_SEQ_GET(gens, 0);
    if (first->is_async) {
        cg_error_at(c, e->pos, "asynchronous comprehension outside of an asynchronous function");
        return -1;
    }
    KrObject *name = kr_str_intern_cstr(names[kind]);
    if (!name)
        return -1;
    KrPosition outer = c->u->loc;
    int r = cg_enter_unit(c, name, e, e->pos.lineno);
    KR_DECREF(name);
    if (r < 0)
        return -1;
    c->u->argcount = 1;
    cg_set_loc(c, e->pos);
    int build = kind == KR_COMP_LIST ? KR_OP_BUILD_LIST : kind == KR_COMP_SET ? KR_OP_BUILD_SET : KR_OP_BUILD_MAP;
    if (kind != KR_COMP_GENEXP && cg_emit(c, build, 0) < 0)
        goto fail;
    if (comprehension_loop(c, e, gens, 0, 0, elt, val, kind) < 0)
        goto fail;
    cg_set_loc(c, e->pos);
    if ((kind == KR_COMP_GENEXP ? cg_load_const(c, Kr_None) : 0) < 0 || cg_emit(c, KR_OP_RETURN_VALUE, 0) < 0)
        goto fail;
    KrObject *code = cg_exit_unit(c);
    if (!code)
        return -1;
    c->u->loc = outer;
    r = cg_make_closure(c, code, 0);
    KR_DECREF(code);
    if (r < 0 || cg_expr(c, first->iter) < 0)
        return -1;
    cg_set_loc(c, e->pos);
    if (cg_emit(c, KR_OP_GET_ITER, 0) < 0)
        return -1;
    return cg_emit(c, KR_OP_CALL, 0);
fail:
    cg_abandon_unit(c);
    return -1;
}

/* annotation values: evaluated, or their source text under
 * from __future__ import annotations */
int cg_annotation_value(Compiler *c, KrAstExpr *ann)
{
    if (c->future_annotations && c->src && ann->pos.lineno > 0) {
        /* slice the source between the node's start and end */
        const char *s = c->src;
        ssize_t n = c->srclen, i = 0;
        int line = 1;
        while (i < n && line < ann->pos.lineno) {
            if (s[i] == '\n')
                line++;
            i++;
        }
        ssize_t start = i + ann->pos.col_offset, j = i;
        while (j < n && line < ann->pos.end_lineno) {
            if (s[j] == '\n')
                line++;
            j++;
        }
        ssize_t end = j + ann->pos.end_col_offset;
        if (start <= end && end <= n) {
            KrObject *t = kr_str_from_utf8(s + start, end - start);
            if (!t)
                return -1;
            int r = cg_load_const(c, t);
            KR_DECREF(t);
            return r;
        }
    }
    return cg_expr(c, ann);
}

/* await TOS.  Krait's coroutines are generator objects, so awaiting one
 * delegates to it as `yield from` does (no GET_AWAITABLE in the table) */
int cg_await(Compiler *c)
{
    if (cg_emit(c, KR_OP_GET_YIELD_FROM_ITER, 0) < 0 || cg_load_const(c, Kr_None) < 0)
        return -1;
    return cg_emit(c, KR_OP_YIELD_FROM, 0);
}

/* ---- expressions --------------------------------------------------------- */

int cg_expr(Compiler *c, KrAstExpr *e)
{
    KrPosition save = c->u->loc;
    cg_set_loc(c, e->pos);
    int r = 0;
    switch (e->kind) {
    case KR_EXPR_BoolOp:
        r = boolop(c, e);
        break;
    case KR_EXPR_NamedExpr:
        r = cg_expr(c, e->v.NamedExpr.value);
        if (r == 0) {
            loc_of(c, e);
            r = cg_emit(c, KR_OP_COPY, 1);
        }
        if (r == 0)
            r = cg_store(c, e->v.NamedExpr.target);
        break;
    case KR_EXPR_BinOp:
        r = cg_expr(c, e->v.BinOp.left) < 0 || cg_expr(c, e->v.BinOp.right) < 0 ? -1 : 0;
        if (r == 0) {
            loc_of(c, e);
            r = cg_emit(c, KR_OP_BINARY_OP, (int)e->v.BinOp.op);
        }
        break;
    case KR_EXPR_UnaryOp: {
        r = cg_expr(c, e->v.UnaryOp.operand);
        if (r < 0)
            break;
        loc_of(c, e);
        static const int ops[] = { 0, KR_OP_UNARY_INVERT, KR_OP_UNARY_NOT, KR_OP_UNARY_POSITIVE, KR_OP_UNARY_NEGATIVE };
        r = cg_emit(c, ops[e->v.UnaryOp.op], 0);
        break;
    }
    case KR_EXPR_Lambda:
        r = cg_function_like(c, NULL, e);
        break;
    case KR_EXPR_IfExp: {
        KrBlock *end = cg_new_block(c), *next = cg_new_block(c);
        if (!end || !next)
            return -1;
        if (cg_jump_if(c, e->v.IfExp.test, next, false) < 0 || cg_expr(c, e->v.IfExp.body) < 0 ||
            cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, end) < 0)
            return -1;
        cg_use_block(c, next);
        if (cg_expr(c, e->v.IfExp.orelse) < 0)
            return -1;
        cg_use_block(c, end);
        break;
    }
    case KR_EXPR_Dict:
        r = dict_display(c, e);
        break;
    case KR_EXPR_Set:
        r = starunpack(c, e->v.Set.elts, 0, SEQ_SET);
        break;
    case KR_EXPR_ListComp:
        r = comprehension(c, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL, KR_COMP_LIST);
        break;
    case KR_EXPR_SetComp:
        r = comprehension(c, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL, KR_COMP_SET);
        break;
    case KR_EXPR_DictComp:
        r = comprehension(c, e, e->v.DictComp.generators, e->v.DictComp.key, e->v.DictComp.value, KR_COMP_DICT);
        break;
    case KR_EXPR_GeneratorExp:
        r = comprehension(c, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL, KR_COMP_GENEXP);
        break;
    case KR_EXPR_Await:
        if (!c->u->ste->is_coroutine) {
            cg_error_at(c, e->pos, "'await' outside async function");
            return -1;
        }
        r = cg_expr(c, e->v.Await.value);
        if (r == 0) {
            loc_of(c, e);
            r = cg_await(c);
        }
        break;
    case KR_EXPR_Yield:
        if (e->v.Yield.value)
            r = cg_expr(c, e->v.Yield.value);
        else
            r = cg_load_const(c, Kr_None);
        if (r == 0) {
            loc_of(c, e);
            r = cg_emit(c, KR_OP_YIELD_VALUE, 0) < 0 ? -1 : cg_emit(c, KR_OP_RESUME, 1);
        }
        break;
    case KR_EXPR_YieldFrom:
        r = cg_expr(c, e->v.YieldFrom.value);
        if (r == 0) {
            loc_of(c, e);
            r = cg_emit(c, KR_OP_GET_YIELD_FROM_ITER, 0) < 0 || cg_load_const(c, Kr_None) < 0 ||
                cg_emit(c, KR_OP_YIELD_FROM, 0) < 0 ? -1 : 0;
        }
        break;
    case KR_EXPR_Compare:
        r = compare(c, e);
        break;
    case KR_EXPR_Call:
        r = call(c, e);
        break;
    case KR_EXPR_FormattedValue:
        r = formatted_value(c, e);
        break;
    case KR_EXPR_JoinedStr:
        r = joined_str(c, e);
        break;
    case KR_EXPR_Constant:
        r = cg_load_const(c, e->v.Constant.value);
        break;
    case KR_EXPR_Attribute:
        if (e->v.Attribute.ctx == KR_CTX_LOAD) {
            r = cg_expr(c, e->v.Attribute.value);
            if (r == 0) {
                int idx = attr_name(c, e->v.Attribute.attr);
                loc_of(c, e);
                r = idx < 0 ? -1 : cg_emit(c, KR_OP_LOAD_ATTR, idx << 1);
            }
        } else if (e->v.Attribute.ctx == KR_CTX_STORE) {
            r = cg_store(c, e);
        } else {
            r = cg_delete(c, e);
        }
        break;
    case KR_EXPR_Subscript:
        r = subscript(c, e, e->v.Subscript.ctx);
        break;
    case KR_EXPR_Starred:
        cg_error_at(c, e->pos, e->v.Starred.ctx == KR_CTX_STORE
                                   ? "starred assignment target must be in a list or tuple"
                                   : "can't use starred expression here");
        return -1;
    case KR_EXPR_Name:
        r = cg_nameop(c, e->v.Name.id, e->v.Name.ctx);
        break;
    case KR_EXPR_List:
        if (e->v.List.ctx == KR_CTX_LOAD)
            r = starunpack(c, e->v.List.elts, 0, SEQ_LIST);
        else
            r = e->v.List.ctx == KR_CTX_STORE ? cg_store(c, e) : cg_delete(c, e);
        break;
    case KR_EXPR_Tuple:
        if (e->v.Tuple.ctx == KR_CTX_LOAD)
            r = starunpack(c, e->v.Tuple.elts, 0, SEQ_TUPLE);
        else
            r = e->v.Tuple.ctx == KR_CTX_STORE ? cg_store(c, e) : cg_delete(c, e);
        break;
    case KR_EXPR_Slice: {
        int n = slice_parts(c, e);
        if (n < 0)
            return -1;
        loc_of(c, e);
        r = cg_emit(c, KR_OP_BUILD_SLICE, n);
        break;
    }
    default:
        kr_err_format(KrExc_SystemError, "compiler: unknown expression kind %d", (int)e->kind);
        return -1;
    }
    c->u->loc = save;
    return r;
}

/* ---- assignment targets ---------------------------------------------------- */

static int unpack_target(Compiler *c, KrAstExpr *t, KrAstSeq *elts)
{
    ssize_t n = KR_SEQ_LEN(elts), star = -1;
    for (ssize_t i = 0; i < n; i++) {
        KrAstExpr *el = KR_SEQ_GET(elts, i);
        if (el->kind == KR_EXPR_Starred) {
            if (star >= 0) {
                cg_error_at(c, t->pos, "multiple starred expressions in assignment");
                return -1;
            }
            star = i;
        }
    }
    cg_set_loc(c, t->pos);
    if (star >= 0) {
        ssize_t after = n - star - 1;
        if (star >= 256 || after >= (1 << 16)) {
            cg_error_at(c, t->pos, "too many expressions in star-unpacking assignment");
            return -1;
        }
        if (cg_emit(c, KR_OP_UNPACK_EX, (int)(star | (after << 8))) < 0)
            return -1;
    } else if (cg_emit(c, KR_OP_UNPACK_SEQUENCE, (int)n) < 0) {
        return -1;
    }
    for (ssize_t i = 0; i < n; i++) {
        KrAstExpr *el = KR_SEQ_GET(elts, i);
        if (cg_store(c, el->kind == KR_EXPR_Starred ? el->v.Starred.value : el) < 0)
            return -1;
    }
    return 0;
}

int cg_store(Compiler *c, KrAstExpr *t)
{
    KrPosition save = c->u->loc;
    int r;
    switch (t->kind) {
    case KR_EXPR_Name:
        cg_set_loc(c, t->pos);
        r = cg_nameop(c, t->v.Name.id, KR_CTX_STORE);
        break;
    case KR_EXPR_Attribute: {
        if (cg_expr(c, t->v.Attribute.value) < 0)
            return -1;
        int idx = attr_name(c, t->v.Attribute.attr);
        cg_set_loc(c, t->pos);
        r = idx < 0 ? -1 : cg_emit(c, KR_OP_STORE_ATTR, idx);
        break;
    }
    case KR_EXPR_Subscript:
        r = subscript(c, t, KR_CTX_STORE);
        break;
    case KR_EXPR_Tuple:
        r = unpack_target(c, t, t->v.Tuple.elts);
        break;
    case KR_EXPR_List:
        r = unpack_target(c, t, t->v.List.elts);
        break;
    case KR_EXPR_Starred:
        cg_error_at(c, t->pos, "starred assignment target must be in a list or tuple");
        return -1;
    default:
        cg_error_at(c, t->pos, "cannot assign to expression");
        return -1;
    }
    c->u->loc = save;
    return r;
}

int cg_delete(Compiler *c, KrAstExpr *t)
{
    KrPosition save = c->u->loc;
    int r = 0;
    switch (t->kind) {
    case KR_EXPR_Name:
        cg_set_loc(c, t->pos);
        r = cg_nameop(c, t->v.Name.id, KR_CTX_DEL);
        break;
    case KR_EXPR_Attribute: {
        if (cg_expr(c, t->v.Attribute.value) < 0)
            return -1;
        int idx = attr_name(c, t->v.Attribute.attr);
        cg_set_loc(c, t->pos);
        r = idx < 0 ? -1 : cg_emit(c, KR_OP_DELETE_ATTR, idx);
        break;
    }
    case KR_EXPR_Subscript:
        r = subscript(c, t, KR_CTX_DEL);
        break;
    case KR_EXPR_Tuple:
    case KR_EXPR_List: {
        KrAstSeq *elts = t->kind == KR_EXPR_Tuple ? t->v.Tuple.elts : t->v.List.elts;
        for (ssize_t i = 0; i < KR_SEQ_LEN(elts) && r == 0; i++)
            r = cg_delete(c, KR_SEQ_GET(elts, i));
        break;
    }
    default:
        cg_error_at(c, t->pos, "cannot delete expression");
        return -1;
    }
    c->u->loc = save;
    return r;
}
