/* codegen_stmt.c: statements, including the exception-handling shapes of
 * CPython 3.12 (try/except/finally, with) and the unwinding that return,
 * break and continue perform through the enclosing frame blocks.
 *
 * Handler stack conventions (stack pictures bottom .. top):
 *   except handler entry:   [exc]            -> PUSH_EXC_INFO -> [prev, exc]
 *   inside an except body:  [prev]
 *   cleanup handlers (lasti): [prev, lasti, exc] -> COPY 3; POP_EXCEPT; RERAISE 1
 *   with:  [exit, enter_result] ... exceptional entry [exit, lasti, exc]
 */
#include "codegen.h"

static int unwind_fblock(Compiler *c, FBlock *f, bool preserve_tos);
static int async_for_stmt(Compiler *c, KrAstStmt *s);
static int async_with_stmt(Compiler *c, KrAstStmt *s, ssize_t pos);
static int call_exit_none(Compiler *c);
static int pop_except_and_reraise(Compiler *c);
#ifdef KR_HAVE_EXCEPT_STAR
static int try_star_except(Compiler *c, KrAstStmt *s);
#endif

static bool is_docstring(KrAstStmt *s)
{
    return s && s->kind == KR_STMT_Expr && s->v.Expr.value->kind == KR_EXPR_Constant &&
           KR_STR_CHECK_EXACT(s->v.Expr.value->v.Constant.value);
}

/* does a body contain annotated assignments (not looking into defs)? */
bool cg_find_annotations(KrAstSeq *body)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(body); i++) {
        KrAstStmt *s = KR_SEQ_GET(body, i);
        switch (s->kind) {
        case KR_STMT_AnnAssign:
            return true;
        case KR_STMT_For:
        case KR_STMT_AsyncFor:
            if (cg_find_annotations(s->v.For.body) || cg_find_annotations(s->v.For.orelse))
                return true;
            break;
        case KR_STMT_While:
            if (cg_find_annotations(s->v.While.body) || cg_find_annotations(s->v.While.orelse))
                return true;
            break;
        case KR_STMT_If:
            if (cg_find_annotations(s->v.If.body) || cg_find_annotations(s->v.If.orelse))
                return true;
            break;
        case KR_STMT_With:
        case KR_STMT_AsyncWith:
            if (cg_find_annotations(s->v.With.body))
                return true;
            break;
        case KR_STMT_Try:
        case KR_STMT_TryStar:
            if (cg_find_annotations(s->v.Try.body) || cg_find_annotations(s->v.Try.orelse) ||
                cg_find_annotations(s->v.Try.finalbody))
                return true;
            for (ssize_t j = 0; j < KR_SEQ_LEN(s->v.Try.handlers); j++) {
                KrAstExceptHandler *h = KR_SEQ_GET(s->v.Try.handlers, j);
                if (cg_find_annotations(h->body))
                    return true;
            }
            break;
        default:
            break;
        }
    }
    return false;
}

int cg_stmts(Compiler *c, KrAstSeq *seq)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(seq); i++)
        if (cg_stmt(c, KR_SEQ_GET(seq, i)) < 0)
            return -1;
    return 0;
}

static bool ends_with_return(Compiler *c)
{
    KrBlock *b = c->u->cur;
    return b->n && (b->instrs[b->n - 1].op == KR_OP_RETURN_VALUE || b->instrs[b->n - 1].op == KR_OP_RETURN_CONST);
}

/* implicit `return None` at the end of a body */
static int implicit_return(Compiler *c)
{
    if (ends_with_return(c))
        return 0;
    return cg_emit(c, KR_OP_RETURN_CONST, cg_add_const(c, Kr_None));
}

int cg_module_body(Compiler *c, KrAstSeq *body)
{
    ssize_t start = 0;
    if (cg_find_annotations(body)) {
        if (KR_SEQ_LEN(body)) {
            KrAstStmt *s0 = KR_SEQ_GET(body, 0);
            c->u->loc.lineno = c->u->loc.end_lineno = s0->pos.lineno;
        }
        if (cg_emit(c, KR_OP_SETUP_ANNOTATIONS, 0) < 0)
            return -1;
    }
    if (!c->interactive && KR_SEQ_LEN(body) && is_docstring(KR_SEQ_GET(body, 0))) {
        KrAstStmt *s = KR_SEQ_GET(body, 0);
        cg_set_loc(c, s->pos);
        if (c->optimize < 2) {
            if (cg_load_const(c, s->v.Expr.value->v.Constant.value) < 0 ||
                cg_nameop(c, KR_ID(__doc__), KR_CTX_STORE) < 0)
                return -1;
        }
        start = 1;
    }
    for (ssize_t i = start; i < KR_SEQ_LEN(body); i++)
        if (cg_stmt(c, KR_SEQ_GET(body, i)) < 0)
            return -1;
    /* the final return carries no line of its own */
    if (!ends_with_return(c)) {
        if (c->interactive || KR_SEQ_LEN(body) == 0) {
            c->u->loc.lineno = c->u->loc.end_lineno = KR_SEQ_LEN(body) ? c->u->loc.lineno : 1;
        }
        return implicit_return(c);
    }
    return 0;
}

int cg_body_with_docstring(Compiler *c, KrAstSeq *body, bool is_function)
{
    ssize_t start = 0;
    KrAstStmt *first = KR_SEQ_LEN(body) ? KR_SEQ_GET(body, 0) : NULL;
    if (is_docstring(first)) {
        if (cg_add_const(c, c->optimize >= 2 ? Kr_None : first->v.Expr.value->v.Constant.value) < 0)
            return -1;
        c->u->ste->has_docstring = true;
        start = 1;
    } else if (cg_add_const(c, Kr_None) < 0) {
        return -1;
    }
    for (ssize_t i = start; i < KR_SEQ_LEN(body); i++)
        if (cg_stmt(c, KR_SEQ_GET(body, i)) < 0)
            return -1;
    if (start == 1 && KR_SEQ_LEN(body) == 1) {
        /* a body of only a docstring still runs a line */
        cg_set_loc(c, first->pos);
        if (cg_emit(c, KR_OP_NOP, 0) < 0)
            return -1;
    }
    return implicit_return(c);
}

/* ---- def and class -------------------------------------------------------- */

static int decorators(Compiler *c, KrAstSeq *decos)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(decos); i++)
        if (cg_expr(c, KR_SEQ_GET(decos, i)) < 0)
            return -1;
    return 0;
}

static int apply_decorators(Compiler *c, KrAstSeq *decos)
{
    for (ssize_t i = KR_SEQ_LEN(decos) - 1; i >= 0; i--) {
        KrAstExpr *d = KR_SEQ_GET(decos, i);
        cg_set_loc(c, d->pos);
        if (cg_emit(c, KR_OP_CALL, 0) < 0)
            return -1;
    }
    return 0;
}

static int funcdef(Compiler *c, KrAstStmt *s)
{
    KrAstSeq *decos = s->v.FunctionDef.decorator_list;
    if (decorators(c, decos) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    if (cg_function_like(c, s, NULL) < 0)
        return -1;
    if (apply_decorators(c, decos) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    return cg_nameop(c, s->v.FunctionDef.name, KR_CTX_STORE);
}

/* the code of a class body */
static KrObject *class_body(Compiler *c, KrAstStmt *s, int firstline)
{
    bool generic = KR_SEQ_LEN(s->v.ClassDef.type_params) > 0;
    if (cg_enter_unit(c, s->v.ClassDef.name, s, firstline) < 0)
        return NULL;
    Unit *u = c->u;
    cg_set_loc(c, s->pos);
    KrAstSeq *body = s->v.ClassDef.body;
    int r = cg_nameop(c, KR_ID(__name__), KR_CTX_LOAD);
    if (r == 0)
        r = cg_nameop(c, KR_ID(__module__), KR_CTX_STORE);
    if (r == 0)
        r = cg_load_const(c, u->qualname);
    if (r == 0)
        r = cg_nameop(c, KR_ID(__qualname__), KR_CTX_STORE);
    if (r == 0 && generic) {
        KrObject *tp = kr_str_intern_cstr(".type_params");
        r = tp ? cg_nameop(c, tp, KR_CTX_LOAD) : -1;
        KR_XDECREF(tp);
        if (r == 0)
            r = cg_nameop(c, KR_ID(__type_params__), KR_CTX_STORE);
    }
    /* the annotation scopes inside read the namespace through a cell */
    if (r == 0 && u->ste->needs_classdict) {
        r = cg_emit(c, KR_OP_LOAD_LOCALS, 0);
        if (r == 0)
            r = cg_emit(c, KR_OP_STORE_DEREF, cg_deref_index(c, KR_ID(__classdict__)));
    }
    ssize_t start = 0;
    if (r == 0 && KR_SEQ_LEN(body) && is_docstring(KR_SEQ_GET(body, 0))) {
        KrAstStmt *d = KR_SEQ_GET(body, 0);
        cg_set_loc(c, d->pos);
        if (c->optimize < 2) {
            r = cg_load_const(c, d->v.Expr.value->v.Constant.value);
            if (r == 0)
                r = cg_nameop(c, KR_ID(__doc__), KR_CTX_STORE);
        }
        start = 1;
    }
    if (r == 0 && cg_find_annotations(body))
        r = cg_emit(c, KR_OP_SETUP_ANNOTATIONS, 0);
    for (ssize_t i = start; i < KR_SEQ_LEN(body) && r == 0; i++)
        r = cg_stmt(c, KR_SEQ_GET(body, i));
    if (r == 0) {
        /* the return carries no line, as CPython */
        u->loc.lineno = u->loc.end_lineno = u->loc.col = u->loc.end_col = -1;
        /* type.__new__ points the cell at the class's own dict */
        if (u->ste->needs_classdict) {
            r = cg_emit(c, KR_OP_LOAD_CLOSURE, cg_deref_index(c, KR_ID(__classdict__)));
            if (r == 0)
                r = cg_nameop(c, KR_ID(__classdictcell__), KR_CTX_STORE);
        }
    }
    if (r == 0) {
        if (u->ste->needs_class_closure) {
            KrObject *v = kr_dict_get_str(u->cell_map, KR_ID(__class__));
            r = cg_emit(c, KR_OP_LOAD_CLOSURE, (int)kr_int_as_long(v));
            if (r == 0)
                r = cg_emit(c, KR_OP_COPY, 1);
            if (r == 0)
                r = cg_nameop(c, KR_ID(__classcell__), KR_CTX_STORE);
            if (r == 0)
                r = cg_emit(c, KR_OP_RETURN_VALUE, 0);
        } else {
            r = cg_emit(c, KR_OP_RETURN_CONST, cg_add_const(c, Kr_None));
        }
    }
    if (r < 0) {
        cg_abandon_unit(c);
        return NULL;
    }
    return cg_exit_unit(c);
}

/* A generic class is made inside the block of its type parameters, which
 * adds Generic[params] (.generic_base) as its last base. */
static int classdef(Compiler *c, KrAstStmt *s)
{
    KrAstSeq *decos = s->v.ClassDef.decorator_list;
    KrAstSeq *tps = s->v.ClassDef.type_params;
    bool generic = KR_SEQ_LEN(tps) > 0;
    if (decorators(c, decos) < 0)
        return -1;
    int firstline = s->pos.lineno;
    if (KR_SEQ_LEN(decos))
        firstline = ((KrAstExpr *)KR_SEQ_GET(decos, 0))->pos.lineno;
    KrObject *dot_tp = NULL, *dot_base = NULL;
    if (generic) {
        if (!(dot_tp = kr_str_intern_cstr(".type_params")) || !(dot_base = kr_str_intern_cstr(".generic_base")))
            goto fail;
        if (cg_enter_type_params(c, s->v.ClassDef.name, tps, firstline) < 0)
            goto fail;
        cg_set_loc(c, s->pos);
        if (cg_type_params(c, tps) < 0)
            goto fail_generic;
        cg_set_loc(c, s->pos);
        if (cg_nameop(c, dot_tp, KR_CTX_STORE) < 0)
            goto fail_generic;
    }
    KrPosition outer = c->u->loc;
    KrObject *code = class_body(c, s, firstline);
    if (!code)
        goto fail_generic;
    c->u->loc = outer;
    cg_set_loc(c, s->pos);
    int r = cg_emit(c, KR_OP_LOAD_BUILD_CLASS, 0) < 0 || cg_emit(c, KR_OP_PUSH_NULL, 0) < 0 ? -1 : 0;
    if (r == 0)
        r = cg_make_closure(c, code, 0);
    KR_DECREF(code);
    if (r < 0 || cg_load_const(c, s->v.ClassDef.name) < 0)
        goto fail_generic;
    KrAstSeq *bases = s->v.ClassDef.bases;
    if (generic) {
        if (cg_nameop(c, dot_tp, KR_CTX_LOAD) < 0 ||
            cg_emit(c, KR_OP_CALL_INTRINSIC_1, KR_INTRINSIC_SUBSCRIPT_GENERIC) < 0 ||
            cg_nameop(c, dot_base, KR_CTX_STORE) < 0)
            goto fail_generic;
        ssize_t n = KR_SEQ_LEN(bases);
        KrAstSeq *all = kr_ast_seq_new(c->arena, n + 1);
        KrAstExpr *nm = kr_ast_expr_new(c->arena, KR_EXPR_Name, s->pos);
        if (!all || !nm)
            goto fail_generic;
        nm->v.Name.id = dot_base;
        nm->v.Name.ctx = KR_CTX_LOAD;
        for (ssize_t i = 0; i < n; i++)
            all->items[i] = KR_SEQ_GET(bases, i);
        all->items[n] = nm;
        bases = all;
    }
    if (cg_call_helper(c, 2, bases, s->v.ClassDef.keywords) < 0)
        goto fail_generic;
    if (generic && cg_call_type_params(c, 0) < 0)
        goto fail;
    KR_XDECREF(dot_tp);
    KR_XDECREF(dot_base);
    if (apply_decorators(c, decos) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    return cg_nameop(c, s->v.ClassDef.name, KR_CTX_STORE);
fail_generic:
    if (generic)
        cg_abandon_unit(c);
fail:
    KR_XDECREF(dot_tp);
    KR_XDECREF(dot_base);
    return -1;
}

/* `type X[params] = value`: a TypeAliasType whose value is computed by a
 * function of its own on first use */
static int typealias(Compiler *c, KrAstStmt *s)
{
    KrObject *name = s->v.TypeAlias.name->v.Name.id;
    KrAstSeq *tps = s->v.TypeAlias.type_params;
    bool generic = KR_SEQ_LEN(tps) > 0;
    if (generic) {
        if (cg_enter_type_params(c, name, tps, s->pos.lineno) < 0)
            return -1;
        cg_set_loc(c, s->pos);
        if (cg_load_const(c, name) < 0 || cg_type_params(c, tps) < 0)
            goto fail;
        cg_set_loc(c, s->pos);
    } else if (cg_load_const(c, name) < 0 || cg_load_const(c, Kr_None) < 0) {
        return -1;
    }
    KrPosition outer = c->u->loc;
    if (cg_enter_unit(c, name, s, s->pos.lineno) < 0)
        goto fail;
    cg_set_loc(c, s->v.TypeAlias.value->pos);
    if (cg_add_const(c, Kr_None) < 0 || cg_expr(c, s->v.TypeAlias.value) < 0 ||
        cg_emit(c, KR_OP_RETURN_VALUE, 0) < 0) {
        cg_abandon_unit(c);
        goto fail;
    }
    KrObject *code = cg_exit_unit(c);
    if (!code)
        goto fail;
    c->u->loc = outer;
    int r = cg_make_closure(c, code, 0);
    KR_DECREF(code);
    if (r < 0 || cg_emit(c, KR_OP_BUILD_TUPLE, 3) < 0 ||
        cg_emit(c, KR_OP_CALL_INTRINSIC_1, KR_INTRINSIC_TYPEALIAS) < 0)
        goto fail;
    if (generic && cg_call_type_params(c, 0) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    return cg_nameop(c, name, KR_CTX_STORE);
fail:
    if (generic)
        cg_abandon_unit(c);
    return -1;
}

/* ---- unwinding -------------------------------------------------------------- */

static int call_exit_none(Compiler *c)
{
    if (cg_load_const(c, Kr_None) < 0 || cg_load_const(c, Kr_None) < 0 || cg_load_const(c, Kr_None) < 0)
        return -1;
    return cg_emit(c, KR_OP_CALL, 2);
}

static int unwind_fblock(Compiler *c, FBlock *f, bool preserve_tos)
{
    Unit *u = c->u;
    switch (f->type) {
    case FB_WHILE:
    case FB_EXCEPTION_HANDLER:
        return 0;
    case FB_FOR:
        if (preserve_tos && cg_emit(c, KR_OP_SWAP, 2) < 0)
            return -1;
        return cg_emit(c, KR_OP_POP_TOP, 0);
    case FB_TRY_EXCEPT:
        u->nh = f->nh_before;
        return 0;
    case FB_FINALLY_TRY: {
        u->nh = f->nh_before;
        if (preserve_tos && cg_push_fblock(c, FB_POP_VALUE, NULL, NULL, NULL, u->nh) < 0)
            return -1;
        KrPosition save = u->loc;
        int r = cg_stmts(c, (KrAstSeq *)f->datum);
        u->loc = save;
        if (preserve_tos)
            cg_pop_fblock(c);
        return r;
    }
    case FB_FINALLY_END:
        if (preserve_tos && cg_emit(c, KR_OP_SWAP, 2) < 0)
            return -1;
        if (cg_emit(c, KR_OP_POP_TOP, 0) < 0)
            return -1;
        if (preserve_tos && cg_emit(c, KR_OP_SWAP, 2) < 0)
            return -1;
        u->nh = f->nh_before;
        return cg_emit(c, KR_OP_POP_EXCEPT, 0);
    case FB_WITH:
    case FB_ASYNC_WITH:
        u->nh = f->nh_before;
        if (preserve_tos && cg_emit(c, KR_OP_SWAP, 2) < 0)
            return -1;
        if (call_exit_none(c) < 0)
            return -1;
        if (f->type == FB_ASYNC_WITH && cg_await(c) < 0)
            return -1;
        return cg_emit(c, KR_OP_POP_TOP, 0);
    case FB_HANDLER_CLEANUP:
        u->nh = f->nh_before;
        if (preserve_tos && cg_emit(c, KR_OP_SWAP, 2) < 0)
            return -1;
        if (cg_emit(c, KR_OP_POP_EXCEPT, 0) < 0)
            return -1;
        if (f->datum) {
            if (cg_load_const(c, Kr_None) < 0 || cg_nameop(c, (KrObject *)f->datum, KR_CTX_STORE) < 0 ||
                cg_nameop(c, (KrObject *)f->datum, KR_CTX_DEL) < 0)
                return -1;
        }
        return 0;
    case FB_POP_VALUE:
        if (preserve_tos && cg_emit(c, KR_OP_SWAP, 2) < 0)
            return -1;
        return cg_emit(c, KR_OP_POP_TOP, 0);
    case FB_EXCEPTION_GROUP_HANDLER:
        cg_error(c, u->loc, "'break', 'continue' and 'return' cannot appear in an except* block");
        return -1;
    }
    return 0;
}

/* unwind frame blocks down to (not including) the innermost loop when
 * want_loop, else all of them; *loop gets the loop fblock index or -1.
 * The fblock and handler stacks are restored afterwards. */
static int unwind_stack(Compiler *c, bool preserve_tos, bool want_loop, int *loop)
{
    Unit *u = c->u;
    int saved_n = u->nfblocks;
    FBlock saved[CG_MAX_FBLOCKS];
    memcpy(saved, u->fblocks, sizeof(FBlock) * (size_t)saved_n);
    if (loop)
        *loop = -1;
    int r = 0;
    while (u->nfblocks > 0) {
        FBlock f = u->fblocks[u->nfblocks - 1];
        if (want_loop && (f.type == FB_WHILE || f.type == FB_FOR)) {
            *loop = u->nfblocks - 1;
            break;
        }
        u->nfblocks--;
        if (unwind_fblock(c, &f, preserve_tos) < 0) {
            r = -1;
            break;
        }
    }
    memcpy(u->fblocks, saved, sizeof(FBlock) * (size_t)saved_n);
    u->nfblocks = saved_n;
    return r;
}

static int return_stmt(Compiler *c, KrAstStmt *s)
{
    Unit *u = c->u;
    KrAstExpr *v = s->v.Return.value;
    /* a constant is loaded after the unwinding, anything else before */
    bool preserve = v && v->kind != KR_EXPR_Constant;
    if (preserve && cg_expr(c, v) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    int saved_nh = u->nh;
    if (unwind_stack(c, preserve, false, NULL) < 0)
        return -1;
    /* the return itself is outside every handler it unwound */
    cg_set_loc(c, s->pos);
    int r;
    if (preserve) {
        r = cg_emit(c, KR_OP_RETURN_VALUE, 0);
    } else {
        int idx = cg_add_const(c, v ? v->v.Constant.value : Kr_None);
        r = idx < 0 ? -1 : cg_emit(c, KR_OP_RETURN_CONST, idx);
    }
    u->nh = saved_nh;
    return r;
}

static int break_continue(Compiler *c, KrAstStmt *s, bool is_break)
{
    Unit *u = c->u;
    int loop;
    int saved_nh = u->nh;
    cg_set_loc(c, s->pos);
    if (unwind_stack(c, false, true, &loop) < 0)
        return -1;
    if (loop < 0) {
        u->nh = saved_nh;
        cg_error_at(c, s->pos, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return -1;
    }
    FBlock *f = &u->fblocks[loop];
    int r;
    cg_set_loc(c, s->pos);
    if (is_break) {
        r = unwind_fblock(c, f, false);
        if (r == 0)
            r = cg_emit_jump(c, KR_OP_JUMP, f->exit);
    } else {
        r = cg_emit_jump(c, KR_OP_JUMP, f->block);
    }
    u->nh = saved_nh;
    return r;
}

/* ---- loops and conditionals ------------------------------------------------ */

/* ---- async for / async with ----------------------------------------------- */

static int call_method0(Compiler *c, const char *name)
{
    KrObject *n = kr_str_intern_cstr(name);
    if (!n)
        return -1;
    int idx = cg_add_name(c, n);
    KR_DECREF(n);
    if (idx < 0 || cg_emit(c, KR_OP_LOAD_ATTR, (idx << 1) | 1) < 0)
        return -1;
    return cg_emit(c, KR_OP_CALL, 0);
}

/* async for: the iterator from __aiter__ stays on the stack; each step
 * awaits __anext__() under a handler that ends the loop on
 * StopAsyncIteration */
static int async_for_stmt(Compiler *c, KrAstStmt *s)
{
    Unit *u = c->u;
    if (!u->ste->is_coroutine) {
        cg_error_at(c, s->pos, "'async for' outside async function");
        return -1;
    }
    KrBlock *start = cg_new_block(c), *except = cg_new_block(c), *body = cg_new_block(c),
            *orelse = cg_new_block(c), *end = cg_new_block(c), *reraise = cg_new_block(c);
    if (!start || !except || !body || !orelse || !end || !reraise)
        return -1;
    if (cg_expr(c, s->v.For.iter) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    if (call_method0(c, "__aiter__") < 0)
        return -1;
    cg_use_block(c, start);
    if (cg_push_fblock(c, FB_FOR, start, end, NULL, u->nh) < 0)
        return -1;
    int nh0 = u->nh;
    cg_set_loc(c, s->pos);
    if (cg_push_handler(c, KR_PSEUDO_SETUP_FINALLY, except) < 0 || cg_emit(c, KR_OP_COPY, 1) < 0 ||
        call_method0(c, "__anext__") < 0 || cg_await(c) < 0)
        return -1;
    u->nh = nh0;
    cg_use_block(c, body);
    if (cg_store(c, s->v.For.target) < 0 || cg_stmts(c, s->v.For.body) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    if (cg_emit_jump(c, KR_OP_JUMP, start) < 0)
        return -1;
    cg_pop_fblock(c);
    /* [iter, exc] */
    cg_use_block(c, except);
    KrObject *sai = kr_str_intern_cstr("StopAsyncIteration");
    if (!sai)
        return -1;
    int r = cg_nameop(c, sai, KR_CTX_LOAD);
    KR_DECREF(sai);
    if (r < 0 || cg_emit(c, KR_OP_CHECK_EXC_MATCH, 0) < 0 || cg_emit_jump(c, KR_OP_POP_JUMP_IF_FALSE, reraise) < 0 ||
        cg_emit(c, KR_OP_POP_TOP, 0) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0 ||
        cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, orelse) < 0)
        return -1;
    cg_use_block(c, reraise);
    if (cg_emit(c, KR_OP_RERAISE, 0) < 0)
        return -1;
    cg_use_block(c, orelse);
    if (cg_stmts(c, s->v.For.orelse) < 0)
        return -1;
    cg_use_block(c, end);
    return 0;
}

/* async with: __aexit__ (bound) below the awaited __aenter__() result,
 * then the shape of `with`, with every exit call awaited */
static int async_with_stmt(Compiler *c, KrAstStmt *s, ssize_t pos)
{
    Unit *u = c->u;
    if (!u->ste->is_coroutine) {
        cg_error_at(c, s->pos, "'async with' outside async function");
        return -1;
    }
    KrAstWithItem *item = KR_SEQ_GET(s->v.With.items, pos);
    KrBlock *body = cg_new_block(c), *final = cg_new_block(c), *exit = cg_new_block(c),
            *cleanup = cg_new_block(c), *suppress = cg_new_block(c);
    if (!body || !final || !exit || !cleanup || !suppress)
        return -1;
    if (cg_expr(c, item->context_expr) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    KrObject *aexit = kr_str_intern_cstr("__aexit__");
    if (!aexit)
        return -1;
    int ei = cg_add_name(c, aexit);
    KR_DECREF(aexit);
    if (ei < 0 || cg_emit(c, KR_OP_COPY, 1) < 0 || cg_emit(c, KR_OP_LOAD_ATTR, ei << 1) < 0 ||
        cg_emit(c, KR_OP_SWAP, 2) < 0 || call_method0(c, "__aenter__") < 0 || cg_await(c) < 0)
        return -1;
    int nh0 = u->nh;
    if (cg_push_handler(c, KR_PSEUDO_SETUP_WITH, final) < 0)
        return -1;
    cg_use_block(c, body);
    if (cg_push_fblock(c, FB_ASYNC_WITH, body, final, s, nh0) < 0)
        return -1;
    if (item->optional_vars) {
        if (cg_store(c, item->optional_vars) < 0)
            return -1;
    } else if (cg_emit(c, KR_OP_POP_TOP, 0) < 0) {
        return -1;
    }
    if (pos + 1 < KR_SEQ_LEN(s->v.With.items)) {
        if (async_with_stmt(c, s, pos + 1) < 0)
            return -1;
    } else if (cg_stmts(c, s->v.With.body) < 0) {
        return -1;
    }
    cg_pop_fblock(c);
    u->nh = nh0;
    cg_set_loc(c, s->pos);
    if (call_exit_none(c) < 0 || cg_await(c) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0 ||
        cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, exit) < 0)
        return -1;
    cg_use_block(c, final);
    if (cg_push_handler(c, KR_PSEUDO_SETUP_CLEANUP, cleanup) < 0)
        return -1;
    if (cg_emit(c, KR_OP_PUSH_EXC_INFO, 0) < 0 || cg_emit(c, KR_OP_WITH_EXCEPT_START, 0) < 0 ||
        cg_await(c) < 0 || cg_emit_jump(c, KR_OP_POP_JUMP_IF_TRUE, suppress) < 0)
        return -1;
    if (cg_emit(c, KR_OP_COPY, 3) < 0 || cg_emit(c, KR_OP_SWAP, 2) < 0 || cg_emit(c, KR_OP_RERAISE, 1) < 0)
        return -1;
    cg_use_block(c, suppress);
    if (cg_emit(c, KR_OP_POP_TOP, 0) < 0)
        return -1;
    u->nh = nh0;
    if (cg_emit(c, KR_OP_POP_EXCEPT, 0) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0 ||
        cg_emit(c, KR_OP_POP_TOP, 0) < 0 || cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, exit) < 0)
        return -1;
    cg_use_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0)
        return -1;
    cg_use_block(c, exit);
    return 0;
}

static int for_stmt(Compiler *c, KrAstStmt *s)
{
    if (s->kind == KR_STMT_AsyncFor)
        return async_for_stmt(c, s);
    KrBlock *start = cg_new_block(c), *cleanup = cg_new_block(c), *end = cg_new_block(c);
    if (!start || !cleanup || !end)
        return -1;
    if (cg_expr(c, s->v.For.iter) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    if (cg_emit(c, KR_OP_GET_ITER, 0) < 0)
        return -1;
    cg_use_block(c, start);
    if (cg_push_fblock(c, FB_FOR, start, end, NULL, c->u->nh) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    if (cg_emit_jump(c, KR_OP_FOR_ITER, cleanup) < 0)
        return -1;
    if (cg_store(c, s->v.For.target) < 0 || cg_stmts(c, s->v.For.body) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    if (cg_emit_jump(c, KR_OP_JUMP, start) < 0)
        return -1;
    cg_pop_fblock(c);
    cg_use_block(c, cleanup);
    if (cg_stmts(c, s->v.For.orelse) < 0)
        return -1;
    cg_use_block(c, end);
    return 0;
}

static int while_stmt(Compiler *c, KrAstStmt *s)
{
    KrBlock *loop = cg_new_block(c), *anchor = cg_new_block(c), *end = cg_new_block(c);
    if (!loop || !anchor || !end)
        return -1;
    cg_use_block(c, loop);
    if (cg_push_fblock(c, FB_WHILE, loop, end, NULL, c->u->nh) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    if (cg_jump_if(c, s->v.While.test, anchor, false) < 0)
        return -1;
    if (cg_stmts(c, s->v.While.body) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    if (cg_emit_jump(c, KR_OP_JUMP, loop) < 0)
        return -1;
    cg_pop_fblock(c);
    cg_use_block(c, anchor);
    if (cg_stmts(c, s->v.While.orelse) < 0)
        return -1;
    cg_use_block(c, end);
    return 0;
}

static int if_stmt(Compiler *c, KrAstStmt *s)
{
    KrBlock *end = cg_new_block(c);
    if (!end)
        return -1;
    KrBlock *next = end;
    if (KR_SEQ_LEN(s->v.If.orelse)) {
        next = cg_new_block(c);
        if (!next)
            return -1;
    }
    cg_set_loc(c, s->pos);
    if (cg_jump_if(c, s->v.If.test, next, false) < 0 || cg_stmts(c, s->v.If.body) < 0)
        return -1;
    if (next != end) {
        if (cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, end) < 0)
            return -1;
        cg_use_block(c, next);
        if (cg_stmts(c, s->v.If.orelse) < 0)
            return -1;
    }
    cg_use_block(c, end);
    return 0;
}

/* ---- try ----------------------------------------------------------------- */

static int pop_except_and_reraise(Compiler *c)
{
    if (cg_emit(c, KR_OP_COPY, 3) < 0 || cg_emit(c, KR_OP_POP_EXCEPT, 0) < 0)
        return -1;
    return cg_emit(c, KR_OP_RERAISE, 1);
}

static int try_except(Compiler *c, KrAstStmt *s)
{
    Unit *u = c->u;
    KrBlock *body = cg_new_block(c), *except = cg_new_block(c), *end = cg_new_block(c),
            *cleanup = cg_new_block(c);
    if (!body || !except || !end || !cleanup)
        return -1;
    cg_set_loc(c, s->pos);
    int nh0 = u->nh;
    if (cg_push_handler(c, KR_PSEUDO_SETUP_FINALLY, except) < 0)
        return -1;
    cg_use_block(c, body);
    if (cg_emit(c, KR_OP_NOP, 0) < 0)
        return -1;
    if (cg_push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL, nh0) < 0)
        return -1;
    if (cg_stmts(c, s->v.Try.body) < 0)
        return -1;
    cg_pop_fblock(c);
    u->nh = nh0;
    if (cg_stmts(c, s->v.Try.orelse) < 0)
        return -1;
    if (cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, end) < 0)
        return -1;
    ssize_t n = KR_SEQ_LEN(s->v.Try.handlers);
    cg_use_block(c, except);
    u->loc.lineno = u->loc.end_lineno = u->loc.col = u->loc.end_col = -1;
    if (cg_push_handler(c, KR_PSEUDO_SETUP_CLEANUP, cleanup) < 0)
        return -1;
    if (cg_emit(c, KR_OP_PUSH_EXC_INFO, 0) < 0)
        return -1;
    if (cg_push_fblock(c, FB_EXCEPTION_HANDLER, NULL, NULL, NULL, nh0) < 0)
        return -1;
    for (ssize_t i = 0; i < n; i++) {
        KrAstExceptHandler *h = KR_SEQ_GET(s->v.Try.handlers, i);
        if (!h->type && i < n - 1) {
            cg_error_at(c, h->pos, "default 'except:' must be last");
            return -1;
        }
        KrBlock *next = cg_new_block(c);
        if (!next)
            return -1;
        cg_set_loc(c, h->pos);
        if (h->type) {
            if (cg_expr(c, h->type) < 0)
                return -1;
            cg_set_loc(c, h->pos);
            if (cg_emit(c, KR_OP_CHECK_EXC_MATCH, 0) < 0 || cg_emit_jump(c, KR_OP_POP_JUMP_IF_FALSE, next) < 0)
                return -1;
        }
        if (h->name) {
            KrBlock *cleanup_end = cg_new_block(c), *cleanup_body = cg_new_block(c);
            if (!cleanup_end || !cleanup_body)
                return -1;
            if (cg_nameop(c, h->name, KR_CTX_STORE) < 0)
                return -1;
            if (cg_push_handler(c, KR_PSEUDO_SETUP_CLEANUP, cleanup_end) < 0)
                return -1;
            cg_use_block(c, cleanup_body);
            if (cg_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name, nh0) < 0)
                return -1;
            if (cg_stmts(c, h->body) < 0)
                return -1;
            cg_pop_fblock(c);
            u->nh = nh0;
            u->loc.lineno = u->loc.end_lineno = u->loc.col = u->loc.end_col = -1;
            if (cg_emit(c, KR_OP_POP_EXCEPT, 0) < 0 || cg_load_const(c, Kr_None) < 0 ||
                cg_nameop(c, h->name, KR_CTX_STORE) < 0 || cg_nameop(c, h->name, KR_CTX_DEL) < 0 ||
                cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, end) < 0)
                return -1;
            /* the exceptional exit of a named handler unbinds the name too */
            cg_repush_handler(c, cleanup);
            cg_use_block(c, cleanup_end);
            if (cg_load_const(c, Kr_None) < 0 || cg_nameop(c, h->name, KR_CTX_STORE) < 0 ||
                cg_nameop(c, h->name, KR_CTX_DEL) < 0 || cg_emit(c, KR_OP_RERAISE, 1) < 0)
                return -1;
        } else {
            KrBlock *cleanup_body = cg_new_block(c);
            if (!cleanup_body)
                return -1;
            if (cg_emit(c, KR_OP_POP_TOP, 0) < 0)
                return -1;
            cg_use_block(c, cleanup_body);
            if (cg_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL, nh0) < 0)
                return -1;
            if (cg_stmts(c, h->body) < 0)
                return -1;
            cg_pop_fblock(c);
            u->nh = nh0;
            u->loc.lineno = u->loc.end_lineno = u->loc.col = u->loc.end_col = -1;
            if (cg_emit(c, KR_OP_POP_EXCEPT, 0) < 0 || cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, end) < 0)
                return -1;
            cg_repush_handler(c, cleanup);
        }
        cg_use_block(c, next);
    }
    cg_pop_fblock(c);
    /* no handler matched */
    u->loc.lineno = u->loc.end_lineno = u->loc.col = u->loc.end_col = -1;
    if (cg_emit(c, KR_OP_RERAISE, 0) < 0)
        return -1;
    u->nh = nh0;
    cg_use_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0)
        return -1;
    cg_use_block(c, end);
    return 0;
}

static int try_finally(Compiler *c, KrAstStmt *s)
{
    Unit *u = c->u;
    KrBlock *body = cg_new_block(c), *end = cg_new_block(c), *exit = cg_new_block(c),
            *cleanup = cg_new_block(c);
    if (!body || !end || !exit || !cleanup)
        return -1;
    cg_set_loc(c, s->pos);
    int nh0 = u->nh;
    if (cg_push_handler(c, KR_PSEUDO_SETUP_FINALLY, end) < 0)
        return -1;
    cg_use_block(c, body);
    if (cg_push_fblock(c, FB_FINALLY_TRY, body, end, s->v.Try.finalbody, nh0) < 0)
        return -1;
    if (KR_SEQ_LEN(s->v.Try.handlers)) {
#ifdef KR_HAVE_EXCEPT_STAR
        if ((s->kind == KR_STMT_TryStar ? try_star_except(c, s) : try_except(c, s)) < 0)
            return -1;
#else
        if (try_except(c, s) < 0)
            return -1;
#endif
    } else {
        if (cg_emit(c, KR_OP_NOP, 0) < 0 || cg_stmts(c, s->v.Try.body) < 0)
            return -1;
    }
    cg_pop_fblock(c);
    u->nh = nh0;
    if (cg_stmts(c, s->v.Try.finalbody) < 0)
        return -1;
    if (cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, exit) < 0)
        return -1;
    /* the exceptional path runs the finally body and re-raises */
    cg_use_block(c, end);
    u->loc.lineno = u->loc.end_lineno = u->loc.col = u->loc.end_col = -1;
    if (cg_push_handler(c, KR_PSEUDO_SETUP_CLEANUP, cleanup) < 0)
        return -1;
    if (cg_emit(c, KR_OP_PUSH_EXC_INFO, 0) < 0)
        return -1;
    if (cg_push_fblock(c, FB_FINALLY_END, end, NULL, NULL, nh0) < 0)
        return -1;
    if (cg_stmts(c, s->v.Try.finalbody) < 0)
        return -1;
    cg_pop_fblock(c);
    u->loc.lineno = u->loc.end_lineno = u->loc.col = u->loc.end_col = -1;
    if (cg_emit(c, KR_OP_RERAISE, 0) < 0)
        return -1;
    u->nh = nh0;
    cg_use_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0)
        return -1;
    cg_use_block(c, exit);
    return 0;
}

#ifdef KR_HAVE_EXCEPT_STAR
/* try/except*: the handlers share [prev, orig, raised_list, rest]; each
 * takes its match out of rest (CHECK_EG_MATCH), what a handler raises is
 * collected in the list, and PREP_RERAISE_STAR combines the unhandled rest
 * and the raised exceptions into what propagates (None: nothing) */
static int try_star_except(Compiler *c, KrAstStmt *s)
{
    Unit *u = c->u;
    KrBlock *body = cg_new_block(c), *except = cg_new_block(c), *end = cg_new_block(c),
            *cleanup = cg_new_block(c), *reraise = cg_new_block(c);
    if (!body || !except || !end || !cleanup || !reraise)
        return -1;
    cg_set_loc(c, s->pos);
    int nh0 = u->nh;
    if (cg_push_handler(c, KR_PSEUDO_SETUP_FINALLY, except) < 0)
        return -1;
    cg_use_block(c, body);
    if (cg_emit(c, KR_OP_NOP, 0) < 0 || cg_push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL, nh0) < 0 ||
        cg_stmts(c, s->v.Try.body) < 0)
        return -1;
    cg_pop_fblock(c);
    u->nh = nh0;
    if (cg_stmts(c, s->v.Try.orelse) < 0 || cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, end) < 0)
        return -1;
    cg_use_block(c, except);
    u->loc.lineno = u->loc.end_lineno = u->loc.col = u->loc.end_col = -1;
    if (cg_push_handler(c, KR_PSEUDO_SETUP_CLEANUP, cleanup) < 0 || cg_emit(c, KR_OP_PUSH_EXC_INFO, 0) < 0 ||
        cg_push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, NULL, NULL, NULL, nh0) < 0)
        return -1;
    ssize_t n = KR_SEQ_LEN(s->v.Try.handlers);
    for (ssize_t i = 0; i < n; i++) {
        KrAstExceptHandler *h = KR_SEQ_GET(s->v.Try.handlers, i);
        KrBlock *next = cg_new_block(c), *no_match = cg_new_block(c), *cleanup_end = cg_new_block(c),
                *hbody = cg_new_block(c);
        if (!next || !no_match || !cleanup_end || !hbody)
            return -1;
        cg_set_loc(c, h->pos);
        if (i == 0 && (cg_emit(c, KR_OP_BUILD_LIST, 0) < 0 || cg_emit(c, KR_OP_COPY, 2) < 0))
            return -1;
        if (h->type) {
            if (cg_expr(c, h->type) < 0)
                return -1;
            cg_set_loc(c, h->pos);
            if (cg_emit(c, KR_OP_CHECK_EG_MATCH, 0) < 0 || cg_emit(c, KR_OP_COPY, 1) < 0 ||
                cg_emit_jump(c, KR_OP_POP_JUMP_IF_NONE, no_match) < 0)
                return -1;
        }
        if (h->name ? cg_nameop(c, h->name, KR_CTX_STORE) : cg_emit(c, KR_OP_POP_TOP, 0))
            return -1;
        int nh1 = u->nh;
        if (cg_push_handler(c, KR_PSEUDO_SETUP_CLEANUP, cleanup_end) < 0)
            return -1;
        cg_use_block(c, hbody);
        if (cg_stmts(c, h->body) < 0)
            return -1;
        u->nh = nh1;
        u->loc.lineno = u->loc.end_lineno = u->loc.col = u->loc.end_col = -1;
        if (h->name && (cg_load_const(c, Kr_None) < 0 || cg_nameop(c, h->name, KR_CTX_STORE) < 0 ||
                        cg_nameop(c, h->name, KR_CTX_DEL) < 0))
            return -1;
        if (cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, next) < 0)
            return -1;
        /* [prev, orig, list, rest, lasti, raised]: collect what the handler raised */
        cg_use_block(c, cleanup_end);
        if (h->name && (cg_load_const(c, Kr_None) < 0 || cg_nameop(c, h->name, KR_CTX_STORE) < 0 ||
                        cg_nameop(c, h->name, KR_CTX_DEL) < 0))
            return -1;
        if (cg_emit(c, KR_OP_LIST_APPEND, 3) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0 ||
            cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, next) < 0)
            return -1;
        cg_use_block(c, no_match);
        if (cg_emit(c, KR_OP_POP_TOP, 0) < 0)
            return -1;
        cg_use_block(c, next);
    }
    cg_pop_fblock(c);
    u->loc.lineno = u->loc.end_lineno = u->loc.col = u->loc.end_col = -1;
    /* the unhandled rest joins the list; then decide what propagates */
    if (cg_emit(c, KR_OP_LIST_APPEND, 1) < 0 || cg_emit(c, KR_OP_PREP_RERAISE_STAR, 0) < 0 ||
        cg_emit(c, KR_OP_COPY, 1) < 0 || cg_emit_jump(c, KR_OP_POP_JUMP_IF_NOT_NONE, reraise) < 0 ||
        cg_emit(c, KR_OP_POP_TOP, 0) < 0)
        return -1;
    u->nh = nh0;
    if (cg_emit(c, KR_OP_POP_EXCEPT, 0) < 0 || cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, end) < 0)
        return -1;
    cg_use_block(c, reraise);
    if (cg_emit(c, KR_OP_SWAP, 2) < 0 || cg_emit(c, KR_OP_POP_EXCEPT, 0) < 0 || cg_emit(c, KR_OP_RERAISE, 0) < 0)
        return -1;
    cg_use_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0)
        return -1;
    cg_use_block(c, end);
    return 0;
}
#endif

static int try_stmt(Compiler *c, KrAstStmt *s)
{
    if (s->kind == KR_STMT_TryStar) {
#ifdef KR_HAVE_EXCEPT_STAR
        if (!KR_SEQ_LEN(s->v.Try.finalbody))
            return try_star_except(c, s);
        /* with a finally clause, the finally wraps the except* part */
        return try_finally(c, s);
#else
        cg_error_at(c, s->pos, "'except*' is not supported by Krait yet");
        return -1;
#endif
    }
    if (KR_SEQ_LEN(s->v.Try.finalbody))
        return try_finally(c, s);
    return try_except(c, s);
}

/* ---- with ------------------------------------------------------------------ */

static int with_stmt(Compiler *c, KrAstStmt *s, ssize_t pos)
{
    Unit *u = c->u;
    if (s->kind == KR_STMT_AsyncWith)
        return async_with_stmt(c, s, pos);
    KrAstWithItem *item = KR_SEQ_GET(s->v.With.items, pos);
    KrBlock *body = cg_new_block(c), *final = cg_new_block(c), *exit = cg_new_block(c),
            *cleanup = cg_new_block(c), *suppress = cg_new_block(c);
    if (!body || !final || !exit || !cleanup || !suppress)
        return -1;
    if (cg_expr(c, item->context_expr) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    int nh0 = u->nh;
    if (cg_emit(c, KR_OP_BEFORE_WITH, 0) < 0)
        return -1;
    if (cg_push_handler(c, KR_PSEUDO_SETUP_WITH, final) < 0)
        return -1;
    cg_use_block(c, body);
    if (cg_push_fblock(c, FB_WITH, body, final, s, nh0) < 0)
        return -1;
    if (item->optional_vars) {
        if (cg_store(c, item->optional_vars) < 0)
            return -1;
    } else if (cg_emit(c, KR_OP_POP_TOP, 0) < 0) {
        return -1;
    }
    if (pos + 1 < KR_SEQ_LEN(s->v.With.items)) {
        if (with_stmt(c, s, pos + 1) < 0)
            return -1;
    } else if (cg_stmts(c, s->v.With.body) < 0) {
        return -1;
    }
    cg_pop_fblock(c);
    u->nh = nh0;
    cg_set_loc(c, s->pos);
    if (call_exit_none(c) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0 ||
        cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, exit) < 0)
        return -1;
    /* [exit, lasti, exc] */
    cg_use_block(c, final);
    if (cg_push_handler(c, KR_PSEUDO_SETUP_CLEANUP, cleanup) < 0)
        return -1;
    if (cg_emit(c, KR_OP_PUSH_EXC_INFO, 0) < 0 || cg_emit(c, KR_OP_WITH_EXCEPT_START, 0) < 0 ||
        cg_emit_jump(c, KR_OP_POP_JUMP_IF_TRUE, suppress) < 0)
        return -1;
    /* re-raise with the original lasti: [exit, lasti, prev, exc] */
    if (cg_emit(c, KR_OP_COPY, 3) < 0 || cg_emit(c, KR_OP_SWAP, 2) < 0 || cg_emit(c, KR_OP_RERAISE, 1) < 0)
        return -1;
    cg_use_block(c, suppress);
    if (cg_emit(c, KR_OP_POP_TOP, 0) < 0)
        return -1;
    u->nh = nh0;
    if (cg_emit(c, KR_OP_POP_EXCEPT, 0) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0 ||
        cg_emit(c, KR_OP_POP_TOP, 0) < 0 || cg_emit_jump(c, KR_PSEUDO_JUMP_NO_INTERRUPT, exit) < 0)
        return -1;
    cg_use_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0)
        return -1;
    cg_use_block(c, exit);
    return 0;
}

/* ---- imports ---------------------------------------------------------------- */

static int import_stmt(Compiler *c, KrAstStmt *s)
{
    KrAstSeq *names = s->v.Import.names;
    for (ssize_t i = 0; i < KR_SEQ_LEN(names); i++) {
        KrAstAlias *a = KR_SEQ_GET(names, i);
        cg_set_loc(c, a->pos);
        KrObject *zero = kr_int_small(0);
        if (cg_load_const(c, zero) < 0 || cg_load_const(c, Kr_None) < 0)
            return -1;
        int idx = cg_add_name(c, a->name);
        if (idx < 0 || cg_emit(c, KR_OP_IMPORT_NAME, idx) < 0)
            return -1;
        ssize_t len = KR_STR_LEN(a->name);
        ssize_t dot = kr_str_find_char(a->name, '.', 0, len);
        if (a->asname) {
            if (dot >= 0) {
                /* import a.b.c as d: walk the attributes down to c */
                ssize_t pos = dot + 1;
                while (1) {
                    ssize_t nd = kr_str_find_char(a->name, '.', pos, len);
                    ssize_t e = nd < 0 ? len : nd;
                    KrObject *part = kr_str_substring(a->name, pos, e);
                    if (!part)
                        return -1;
                    part = kr_str_intern(part);
                    if (!part)
                        return -1;
                    int pi = cg_add_name(c, part);
                    KR_DECREF(part);
                    if (pi < 0 || cg_emit(c, KR_OP_IMPORT_FROM, pi) < 0)
                        return -1;
                    if (nd < 0)
                        break;
                    if (cg_emit(c, KR_OP_SWAP, 2) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0)
                        return -1;
                    pos = nd + 1;
                }
                if (cg_nameop(c, a->asname, KR_CTX_STORE) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0)
                    return -1;
            } else if (cg_nameop(c, a->asname, KR_CTX_STORE) < 0) {
                return -1;
            }
        } else {
            KrObject *bind;
            if (dot >= 0) {
                KrObject *sub = kr_str_substring(a->name, 0, dot);
                bind = sub ? kr_str_intern(sub) : NULL;
                if (!bind)
                    return -1;
            } else {
                bind = kr_newref(a->name);
            }
            int r = cg_nameop(c, bind, KR_CTX_STORE);
            KR_DECREF(bind);
            if (r < 0)
                return -1;
        }
    }
    return 0;
}

static int import_from(Compiler *c, KrAstStmt *s)
{
    KrAstSeq *names = s->v.ImportFrom.names;
    ssize_t n = KR_SEQ_LEN(names);
    cg_set_loc(c, s->pos);
    KrObject *level = kr_int_from_long(s->v.ImportFrom.level);
    if (!level)
        return -1;
    int r = cg_load_const(c, level);
    KR_DECREF(level);
    if (r < 0)
        return -1;
    KrObject *fromlist = kr_tuple_new(n);
    if (!fromlist)
        return -1;
    for (ssize_t i = 0; i < n; i++)
        KR_TUPLE_SET(fromlist, i, kr_newref(((KrAstAlias *)KR_SEQ_GET(names, i))->name));
    r = cg_load_const(c, fromlist);
    KR_DECREF(fromlist);
    if (r < 0)
        return -1;
    KrObject *mod = s->v.ImportFrom.module ? s->v.ImportFrom.module : kr_str_empty();
    int idx = cg_add_name(c, mod);
    if (idx < 0 || cg_emit(c, KR_OP_IMPORT_NAME, idx) < 0)
        return -1;
    if (s->v.ImportFrom.module && kr_str_eq_cstr(s->v.ImportFrom.module, "__future__")) {
        for (ssize_t i = 0; i < n; i++) {
            KrAstAlias *a = KR_SEQ_GET(names, i);
            static const char *const known[] = { "nested_scopes", "generators", "division", "absolute_import",
                                                 "with_statement", "print_function", "unicode_literals",
                                                 "barry_as_FLUFL", "generator_stop", "annotations", NULL };
            bool ok = false;
            for (int k = 0; known[k]; k++)
                if (kr_str_eq_cstr(a->name, known[k]))
                    ok = true;
            if (kr_str_eq_cstr(a->name, "braces")) {
                cg_error_at(c, s->pos, "not a chance");
                return -1;
            }
            if (!ok) {
                KrPosition p = { s->pos.lineno, s->pos.end_lineno, s->pos.col_offset, s->pos.end_col_offset };
                cg_error(c, p, "future feature %U is not defined", a->name);
                return -1;
            }
        }
    }
    for (ssize_t i = 0; i < n; i++) {
        KrAstAlias *a = KR_SEQ_GET(names, i);
        cg_set_loc(c, a->pos);
        if (kr_str_eq_cstr(a->name, "*")) {
            cg_set_loc(c, s->pos);
            return cg_emit(c, KR_OP_IMPORT_STAR, 0);
        }
        int ni = cg_add_name(c, a->name);
        if (ni < 0 || cg_emit(c, KR_OP_IMPORT_FROM, ni) < 0)
            return -1;
        if (cg_nameop(c, a->asname ? a->asname : a->name, KR_CTX_STORE) < 0)
            return -1;
    }
    cg_set_loc(c, s->pos);
    return cg_emit(c, KR_OP_POP_TOP, 0);
}

/* ---- assignments ----------------------------------------------------------- */

static int augassign(Compiler *c, KrAstStmt *s)
{
    KrAstExpr *t = s->v.AugAssign.target;
    int op = (int)s->v.AugAssign.op + 13;
    switch (t->kind) {
    case KR_EXPR_Name:
        cg_set_loc(c, t->pos);
        if (cg_nameop(c, t->v.Name.id, KR_CTX_LOAD) < 0 || cg_expr(c, s->v.AugAssign.value) < 0)
            return -1;
        cg_set_loc(c, s->pos);
        if (cg_emit(c, KR_OP_BINARY_OP, op) < 0)
            return -1;
        cg_set_loc(c, t->pos);
        return cg_nameop(c, t->v.Name.id, KR_CTX_STORE);
    case KR_EXPR_Attribute: {
        if (cg_expr(c, t->v.Attribute.value) < 0)
            return -1;
        KrObject *m = cg_mangle(c, t->v.Attribute.attr);
        if (!m)
            return -1;
        int idx = cg_add_name(c, m);
        KR_DECREF(m);
        if (idx < 0)
            return -1;
        cg_set_loc(c, t->pos);
        if (cg_emit(c, KR_OP_COPY, 1) < 0 || cg_emit(c, KR_OP_LOAD_ATTR, idx << 1) < 0 ||
            cg_expr(c, s->v.AugAssign.value) < 0)
            return -1;
        cg_set_loc(c, s->pos);
        if (cg_emit(c, KR_OP_BINARY_OP, op) < 0)
            return -1;
        cg_set_loc(c, t->pos);
        return cg_emit(c, KR_OP_SWAP, 2) < 0 ? -1 : cg_emit(c, KR_OP_STORE_ATTR, idx);
    }
    case KR_EXPR_Subscript: {
        KrAstExpr *sl = t->v.Subscript.slice;
        if (cg_expr(c, t->v.Subscript.value) < 0)
            return -1;
        if (sl->kind == KR_EXPR_Slice && !sl->v.Slice.step) {
            if (sl->v.Slice.lower ? cg_expr(c, sl->v.Slice.lower) : cg_load_const(c, Kr_None))
                return -1;
            if (sl->v.Slice.upper ? cg_expr(c, sl->v.Slice.upper) : cg_load_const(c, Kr_None))
                return -1;
            cg_set_loc(c, t->pos);
            if (cg_emit(c, KR_OP_COPY, 3) < 0 || cg_emit(c, KR_OP_COPY, 3) < 0 || cg_emit(c, KR_OP_COPY, 3) < 0 ||
                cg_emit(c, KR_OP_BINARY_SLICE, 0) < 0 || cg_expr(c, s->v.AugAssign.value) < 0)
                return -1;
            cg_set_loc(c, s->pos);
            if (cg_emit(c, KR_OP_BINARY_OP, op) < 0)
                return -1;
            cg_set_loc(c, t->pos);
            return cg_emit(c, KR_OP_SWAP, 4) < 0 || cg_emit(c, KR_OP_SWAP, 3) < 0 || cg_emit(c, KR_OP_SWAP, 2) < 0
                       ? -1 : cg_emit(c, KR_OP_STORE_SLICE, 0);
        }
        if (cg_expr(c, sl) < 0)
            return -1;
        cg_set_loc(c, t->pos);
        if (cg_emit(c, KR_OP_COPY, 2) < 0 || cg_emit(c, KR_OP_COPY, 2) < 0 ||
            cg_emit(c, KR_OP_BINARY_SUBSCR, 0) < 0 || cg_expr(c, s->v.AugAssign.value) < 0)
            return -1;
        cg_set_loc(c, s->pos);
        if (cg_emit(c, KR_OP_BINARY_OP, op) < 0)
            return -1;
        cg_set_loc(c, t->pos);
        return cg_emit(c, KR_OP_SWAP, 3) < 0 || cg_emit(c, KR_OP_SWAP, 2) < 0 ? -1
                                                                                : cg_emit(c, KR_OP_STORE_SUBSCR, 0);
    }
    default:
        cg_error_at(c, t->pos, "'expression' is an illegal expression for augmented assignment");
        return -1;
    }
}

static int annassign(Compiler *c, KrAstStmt *s)
{
    Unit *u = c->u;
    KrAstExpr *t = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value) {
        if (cg_expr(c, s->v.AnnAssign.value) < 0 || cg_store(c, t) < 0)
            return -1;
    }
    bool module_or_class = u->ste->type != KR_BLOCK_FUNCTION;
    if (t->kind == KR_EXPR_Name) {
        if (s->v.AnnAssign.simple && module_or_class) {
            if (cg_annotation_value(c, s->v.AnnAssign.annotation) < 0)
                return -1;
            cg_set_loc(c, s->pos);
            KrObject *m = cg_mangle(c, t->v.Name.id);
            if (!m)
                return -1;
            int r = cg_nameop(c, KR_ID(__annotations__), KR_CTX_LOAD);
            if (r == 0)
                r = cg_load_const(c, m);
            KR_DECREF(m);
            if (r < 0)
                return -1;
            return cg_emit(c, KR_OP_STORE_SUBSCR, 0);
        }
        return 0;
    }
    /* complex targets: evaluate the target's parts when there is no value */
    if (!s->v.AnnAssign.value) {
        if (t->kind == KR_EXPR_Attribute) {
            if (cg_expr(c, t->v.Attribute.value) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0)
                return -1;
        } else if (t->kind == KR_EXPR_Subscript) {
            if (cg_expr(c, t->v.Subscript.value) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0 ||
                cg_expr(c, t->v.Subscript.slice) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0)
                return -1;
        }
    }
    if (module_or_class && !c->future_annotations) {
        if (cg_expr(c, s->v.AnnAssign.annotation) < 0 || cg_emit(c, KR_OP_POP_TOP, 0) < 0)
            return -1;
    }
    return 0;
}

static int assert_stmt(Compiler *c, KrAstStmt *s)
{
    KrAstExpr *t = s->v.Assert.test;
    if (t->kind == KR_EXPR_Tuple && KR_SEQ_LEN(t->v.Tuple.elts) > 0 &&
        kr_err_warn_explicit(&KrExc_SyntaxWarning_Type, "assertion is always true, perhaps remove parentheses?",
                             c->filename, s->pos.lineno) < 0)
        return -1;
    if (c->optimize)
        return 0;
    KrBlock *end = cg_new_block(c);
    if (!end)
        return -1;
    cg_set_loc(c, s->pos);
    if (cg_jump_if(c, s->v.Assert.test, end, true) < 0)
        return -1;
    cg_set_loc(c, s->pos);
    if (cg_emit(c, KR_OP_LOAD_ASSERTION_ERROR, 0) < 0)
        return -1;
    if (s->v.Assert.msg) {
        if (cg_expr(c, s->v.Assert.msg) < 0)
            return -1;
        cg_set_loc(c, s->pos);
        if (cg_emit(c, KR_OP_CALL, 0) < 0)
            return -1;
    }
    if (cg_emit(c, KR_OP_RAISE_VARARGS, 1) < 0)
        return -1;
    cg_use_block(c, end);
    return 0;
}

/* `a, b = x, y` and `a, b, c = x, y, z` with every target a distinct fast
 * local: CPython builds no tuple and stores the values last first, so the
 * old values are released in that order too (observable through __del__) */
static bool swapped_store(Compiler *c, KrAstExpr *t, KrAstExpr *v)
{
    if (t->kind != KR_EXPR_Tuple || v->kind != KR_EXPR_Tuple)
        return false;
    ssize_t n = KR_SEQ_LEN(t->v.Tuple.elts);
    if ((n != 2 && n != 3) || KR_SEQ_LEN(v->v.Tuple.elts) != n)
        return false;
    for (ssize_t i = 0; i < n; i++) {
        KrAstExpr *ti = KR_SEQ_GET(t->v.Tuple.elts, i), *vi = KR_SEQ_GET(v->v.Tuple.elts, i);
        if (ti->kind != KR_EXPR_Name || vi->kind == KR_EXPR_Starred || !cg_is_fast_name(c, ti->v.Name.id))
            return false;
        for (ssize_t j = 0; j < i; j++)
            if (kr_object_richcompare_bool(((KrAstExpr *)KR_SEQ_GET(t->v.Tuple.elts, j))->v.Name.id,
                                            ti->v.Name.id, KR_EQ) != 0)
                return false;
    }
    return true;
}

static int swapped_assign(Compiler *c, KrAstStmt *s)
{
    KrAstExpr *t = KR_SEQ_GET(s->v.Assign.targets, 0), *v = s->v.Assign.value;
    ssize_t n = KR_SEQ_LEN(v->v.Tuple.elts);
    for (ssize_t i = 0; i < n; i++)
        if (cg_expr(c, KR_SEQ_GET(v->v.Tuple.elts, i)) < 0)
            return -1;
    cg_set_loc(c, s->pos);
    /* local slots are numbered by first use: claim them in source order */
    for (ssize_t i = 0; i < n; i++) {
        KrObject *name = cg_mangle(c, ((KrAstExpr *)KR_SEQ_GET(t->v.Tuple.elts, i))->v.Name.id);
        int idx = name ? cg_varname_index(c, name) : -1;
        kr_xdecref(name);
        if (idx < 0)
            return -1;
    }
    for (ssize_t i = n - 1; i >= 0; i--)
        if (cg_store(c, KR_SEQ_GET(t->v.Tuple.elts, i)) < 0)
            return -1;
    return 0;
}

int cg_stmt(Compiler *c, KrAstStmt *s)
{
    cg_set_loc(c, s->pos);
    switch (s->kind) {
    case KR_STMT_FunctionDef:
        return funcdef(c, s);
    case KR_STMT_AsyncFunctionDef:
        return funcdef(c, s);
    case KR_STMT_ClassDef:
        return classdef(c, s);
    case KR_STMT_Return:
        return return_stmt(c, s);
    case KR_STMT_Delete:
        for (ssize_t i = 0; i < KR_SEQ_LEN(s->v.Delete.targets); i++)
            if (cg_delete(c, KR_SEQ_GET(s->v.Delete.targets, i)) < 0)
                return -1;
        return 0;
    case KR_STMT_Assign: {
        ssize_t n = KR_SEQ_LEN(s->v.Assign.targets);
        if (n == 1 && swapped_store(c, KR_SEQ_GET(s->v.Assign.targets, 0), s->v.Assign.value))
            return swapped_assign(c, s);
        if (cg_expr(c, s->v.Assign.value) < 0)
            return -1;
        for (ssize_t i = 0; i < n; i++) {
            cg_set_loc(c, s->pos);
            if (i < n - 1 && cg_emit(c, KR_OP_COPY, 1) < 0)
                return -1;
            if (cg_store(c, KR_SEQ_GET(s->v.Assign.targets, i)) < 0)
                return -1;
        }
        return 0;
    }
    case KR_STMT_AugAssign:
        return augassign(c, s);
    case KR_STMT_AnnAssign:
        return annassign(c, s);
    case KR_STMT_For:
    case KR_STMT_AsyncFor:
        return for_stmt(c, s);
    case KR_STMT_While:
        return while_stmt(c, s);
    case KR_STMT_If:
        return if_stmt(c, s);
    case KR_STMT_With:
    case KR_STMT_AsyncWith:
        return with_stmt(c, s, 0);
    case KR_STMT_Raise: {
        int n = 0;
        if (s->v.Raise.exc) {
            if (cg_expr(c, s->v.Raise.exc) < 0)
                return -1;
            n = 1;
            if (s->v.Raise.cause) {
                if (cg_expr(c, s->v.Raise.cause) < 0)
                    return -1;
                n = 2;
            }
        }
        cg_set_loc(c, s->pos);
        return cg_emit(c, KR_OP_RAISE_VARARGS, n);
    }
    case KR_STMT_Try:
    case KR_STMT_TryStar:
        return try_stmt(c, s);
    case KR_STMT_Assert:
        return assert_stmt(c, s);
    case KR_STMT_Import:
        return import_stmt(c, s);
    case KR_STMT_ImportFrom:
        return import_from(c, s);
    case KR_STMT_Global:
    case KR_STMT_Nonlocal:
        return cg_emit(c, KR_OP_NOP, 0);
    case KR_STMT_Expr: {
        KrAstExpr *v = s->v.Expr.value;
        if (c->interactive && c->u->parent == NULL) {
            if (cg_expr(c, v) < 0)
                return -1;
            cg_set_loc(c, s->pos);
            return cg_emit(c, KR_OP_PRINT_EXPR, 0);
        }
        if (v->kind == KR_EXPR_Constant)
            return cg_emit(c, KR_OP_NOP, 0);
        if (cg_expr(c, v) < 0)
            return -1;
        cg_set_loc(c, s->pos);
        return cg_emit(c, KR_OP_POP_TOP, 0);
    }
    case KR_STMT_Pass:
        return cg_emit(c, KR_OP_NOP, 0);
    case KR_STMT_Break:
        return break_continue(c, s, true);
    case KR_STMT_Continue:
        return break_continue(c, s, false);
    case KR_STMT_Match:
        return cg_match(c, s);
    case KR_STMT_TypeAlias:
        return typealias(c, s);
    default:
        kr_err_format(KrExc_SystemError, "compiler: unknown statement kind %d", (int)s->kind);
        return -1;
    }
}
