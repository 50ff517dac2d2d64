/* symtable.c: name resolution for the compiler.
 *
 * Pass one walks the AST, opening a scope for the module, each class, each
 * function and lambda, and each comprehension and generator expression,
 * and records how every name is used in it.  Pass two (analyze) decides the
 * scope of each name, CPython's rules: a name bound in a function is local
 * unless declared global or nonlocal; a name only used resolves to the
 * nearest enclosing function that binds it (free here, cell there) or else
 * to the globals; class bodies are skipped when resolving names of the
 * functions inside them, except for the implicit __class__ cell that
 * super() and __class__ need.  Syntax errors found here carry CPython's
 * messages and positions.
 *
 * PEP 695 adds annotation scopes, function blocks of their own: one
 * holding the type parameters of a generic def, class or alias (the
 * function, its annotations, the class's bases and the alias's value see
 * them there, the outer scope does not), one per TypeVar bound, one per
 * alias value.  One directly inside a class can see the class's names:
 * those resolve through the class namespace (the __classdict__ cell) first,
 * which CPython arranges in analysis and so does analyze() here.
 */
#include "symtable.h"

#define SCOPE_SHIFT 16

/* ---- errors -------------------------------------------------------------- */

void kr_compiler_error(KrObject *filename, const char *src, ssize_t srclen, int lineno, int col,
                       int end_lineno, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    KrObject *msg = kr_str_from_vformat(fmt, ap);
    va_end(ap);
    if (!msg)
        return;
    /* like CPython, the offending line comes from the file named by
     * filename (when it can be read), not from the compiled text */
    KrObject *text = NULL;
    (void)src;
    (void)srclen;
    const char *fn = filename && KR_STR_CHECK(filename) ? kr_str_utf8(filename) : NULL;
    FILE *fp = fn && lineno > 0 ? fopen(fn, "rb") : NULL;
    if (fp) {
        KrBuf b;
        kr_buf_init(&b);
        int line = 1, ch;
        while (line < lineno && (ch = fgetc(fp)) != EOF)
            if (ch == '\n')
                line++;
        if (line == lineno) {
            while ((ch = fgetc(fp)) != EOF) {
                kr_buf_putc(&b, (char)ch);
                if (ch == '\n')
                    break;
            }
            if (!b.failed && b.len) {
                text = kr_str_from_utf8(b.data, (ssize_t)b.len);
                if (!text)
                    kr_err_clear();
            }
        }
        kr_buf_free(&b);
        fclose(fp);
    }
    const char *m = kr_str_utf8(msg);
    if (m)
        kr_err_syntax_location(KrExc_SyntaxError, m, filename, lineno, col + 1,
                               end_lineno, end_col >= 0 ? end_col + 1 : -1, text);
    KR_XDECREF(text);
    KR_DECREF(msg);
}

#define ERR_AT(st, pos, ...) \
    kr_compiler_error((st)->filename, (st)->src, (st)->srclen, (pos).lineno, (pos).col_offset, \
                      (pos).end_lineno, (pos).end_col_offset, __VA_ARGS__)

/* ---- mangling ------------------------------------------------------------ */

KrObject *kr_symtable_mangle(KrObject *priv, KrObject *name)
{
    if (!priv || !KR_STR_CHECK(name))
        return kr_newref(name);
    ssize_t n = KR_STR_LEN(name);
    if (n < 2 || KR_STR_READ(name, 0) != '_' || KR_STR_READ(name, 1) != '_')
        return kr_newref(name);
    /* dunder names and dotted names (import) are left alone */
    if (n >= 4 && KR_STR_READ(name, n - 1) == '_' && KR_STR_READ(name, n - 2) == '_')
        return kr_newref(name);
    if (kr_str_find_char(name, '.', 0, n) >= 0)
        return kr_newref(name);
    ssize_t pn = KR_STR_LEN(priv), i = 0;
    while (i < pn && KR_STR_READ(priv, i) == '_')
        i++;
    if (i == pn)
        return kr_newref(name);
    KrObject *stripped = kr_str_substring(priv, i, pn);
    if (!stripped)
        return NULL;
    KrObject *r = kr_str_from_format("_%U%U", stripped, name);
    KR_DECREF(stripped);
    if (!r)
        return NULL;
    return kr_str_intern(r);
}

/* ---- scopes -------------------------------------------------------------- */

static void scope_free(KrScope *s)
{
    if (!s)
        return;
    for (int i = 0; i < s->nchildren; i++)
        scope_free(s->children[i]);
    kr_mem_free(s->children);
    KR_XDECREF(s->symbols);
    KR_XDECREF(s->varnames);
    KR_XDECREF(s->name);
    KR_XDECREF(s->decl_pos);
    kr_mem_free(s);
}

static int map_put(KrSymtable *st, const void *key, KrScope *v)
{
    if ((st->map_used + 1) * 2 > st->map_cap) {
        size_t nc = st->map_cap ? st->map_cap * 2 : 64;
        const void **nk = kr_mem_calloc(nc, sizeof(void *));
        KrScope **nv = kr_mem_calloc(nc, sizeof(KrScope *));
        if (!nk || !nv) {
            kr_mem_free(nk);
            kr_mem_free(nv);
            kr_err_nomemory();
            return -1;
        }
        for (size_t i = 0; i < st->map_cap; i++) {
            if (!st->map_keys[i])
                continue;
            size_t h = ((uintptr_t)st->map_keys[i] >> 3) & (nc - 1);
            while (nk[h])
                h = (h + 1) & (nc - 1);
            nk[h] = st->map_keys[i];
            nv[h] = st->map_vals[i];
        }
        kr_mem_free(st->map_keys);
        kr_mem_free(st->map_vals);
        st->map_keys = nk;
        st->map_vals = nv;
        st->map_cap = nc;
    }
    size_t h = ((uintptr_t)key >> 3) & (st->map_cap - 1);
    while (st->map_keys[h])
        h = (h + 1) & (st->map_cap - 1);
    st->map_keys[h] = key;
    st->map_vals[h] = v;
    st->map_used++;
    return 0;
}

KrScope *kr_symtable_lookup(KrSymtable *st, const void *node)
{
    if (!st->map_cap)
        return NULL;
    size_t h = ((uintptr_t)node >> 3) & (st->map_cap - 1);
    while (st->map_keys[h]) {
        if (st->map_keys[h] == node)
            return st->map_vals[h];
        h = (h + 1) & (st->map_cap - 1);
    }
    return NULL;
}

static KrScope *enter_scope(KrSymtable *st, int type, KrObject *name, const void *node, KrAstPos pos)
{
    KrScope *s = kr_mem_calloc(1, sizeof(KrScope));
    if (!s) {
        kr_err_nomemory();
        return NULL;
    }
    s->type = type;
    s->name = kr_newref(name);
    s->symbols = kr_dict_new();
    s->varnames = kr_list_new(0);
    s->node = node;
    s->lineno = pos.lineno;
    s->col = pos.col_offset;
    s->parent = st->cur;
    if (!s->symbols || !s->varnames) {
        scope_free(s);
        return NULL;
    }
    if (st->cur) {
        KrScope *p = st->cur;
        s->private_name = p->private_name;
        s->nested = p->nested || p->type == KR_BLOCK_FUNCTION;
        if (p->nchildren == p->capchildren) {
            int nc = p->capchildren ? p->capchildren * 2 : 4;
            KrScope **ch = kr_mem_realloc(p->children, (size_t)nc * sizeof(KrScope *));
            if (!ch) {
                scope_free(s);
                kr_err_nomemory();
                return NULL;
            }
            p->children = ch;
            p->capchildren = nc;
        }
        p->children[p->nchildren++] = s;
    }
    if (map_put(st, node, s) < 0)
        return NULL;   /* already linked into the parent: freed with it */
    st->cur = s;
    return s;
}

static void exit_scope(KrSymtable *st) { st->cur = st->cur->parent; }

static int get_flags(KrScope *s, KrObject *name)
{
    KrObject *v = kr_dict_get_str(s->symbols, name);
    return v ? (int)kr_int_as_long(v) : 0;
}

static int set_flags(KrScope *s, KrObject *name, int flags)
{
    KrObject *v = kr_int_from_long(flags);
    if (!v)
        return -1;
    int r = kr_dict_set(s->symbols, name, v);
    KR_DECREF(v);
    return r;
}

int kr_symtable_flags_of(KrScope *s, KrObject *name) { return get_flags(s, name) & ((1 << SCOPE_SHIFT) - 1); }
int kr_symtable_scope_of(KrScope *s, KrObject *name) { return get_flags(s, name) >> SCOPE_SHIFT; }

static int add_def_in(KrSymtable *st, KrScope *s, KrObject *rawname, int flag, KrAstPos pos)
{
    KrObject *name = kr_symtable_mangle(s->private_name, rawname);
    if (!name)
        return -1;
    int old = get_flags(s, name);
    if ((flag & KR_SYM_DEF_PARAM) && (old & KR_SYM_DEF_PARAM)) {
        ERR_AT(st, pos, "duplicate argument '%U' in function definition", name);
        KR_DECREF(name);
        return -1;
    }
    if ((flag & KR_SYM_DEF_TYPE_PARAM) && (old & KR_SYM_DEF_TYPE_PARAM)) {
        ERR_AT(st, pos, "duplicate type parameter '%U'", rawname);
        KR_DECREF(name);
        return -1;
    }
    int r = set_flags(s, name, old | flag);
    if (r == 0 && (flag & KR_SYM_DEF_PARAM))
        r = kr_list_append(s->varnames, name);
    KR_DECREF(name);
    return r;
}

static int add_def(KrSymtable *st, KrObject *name, int flag, KrAstPos pos)
{
    return add_def_in(st, st->cur, name, flag, pos);
}

/* ---- pass one ------------------------------------------------------------ */

static int visit_expr(KrSymtable *st, KrAstExpr *e);
static int visit_stmt(KrSymtable *st, KrAstStmt *s);

static int visit_exprs(KrSymtable *st, KrAstSeq *seq)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(seq); i++)
        if (KR_SEQ_GET(seq, i) && visit_expr(st, KR_SEQ_GET(seq, i)) < 0)
            return -1;
    return 0;
}

static int visit_stmts(KrSymtable *st, KrAstSeq *seq)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(seq); i++)
        if (visit_stmt(st, KR_SEQ_GET(seq, i)) < 0)
            return -1;
    return 0;
}

static int visit_params(KrSymtable *st, KrAstSeq *args)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(args); i++) {
        KrAstArg *a = KR_SEQ_GET(args, i);
        if (add_def(st, a->arg, KR_SYM_DEF_PARAM, a->pos) < 0)
            return -1;
    }
    return 0;
}

static int visit_annotation(KrSymtable *st, KrAstExpr *e)
{
    if (!e)
        return 0;
    /* under `from __future__ import annotations` an annotation is never
     * evaluated, and CPython reads it in a scope of its own that refuses
     * what could only run if it were */
    KrScope *save = st->annotation_scope;
    if (st->future_annotations)
        st->annotation_scope = st->cur;
    int r = visit_expr(st, e);
    st->annotation_scope = save;
    return r;
}

/* yield, await and := in the scopes that are evaluated apart from their
 * statement: an annotation (future annotations) or a PEP 695 scope */
static int refuse_in_annotation(KrSymtable *st, const char *what, KrAstExpr *e)
{
    static const char *const where[] = { "", "the definition of a generic", "a TypeVar bound", "a type alias" };
    if (st->annotation_scope && st->annotation_scope == st->cur) {
        ERR_AT(st, e->pos, "%s cannot be used within an annotation", what);
        return -1;
    }
    if (st->cur->annotation) {
        ERR_AT(st, e->pos, "%s cannot be used within %s", what, where[st->cur->annotation]);
        return -1;
    }
    return 0;
}

static int visit_arg_annotations(KrSymtable *st, KrAstSeq *args)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(args); i++) {
        KrAstArg *a = KR_SEQ_GET(args, i);
        if (visit_annotation(st, a->annotation) < 0)
            return -1;
    }
    return 0;
}

static int visit_annotations(KrSymtable *st, KrAstArguments *a, KrAstExpr *returns)
{
    if (a && (visit_arg_annotations(st, a->posonlyargs) < 0 || visit_arg_annotations(st, a->args) < 0 ||
              (a->vararg && visit_annotation(st, a->vararg->annotation) < 0) ||
              visit_arg_annotations(st, a->kwonlyargs) < 0 ||
              (a->kwarg && visit_annotation(st, a->kwarg->annotation) < 0)))
        return -1;
    return visit_annotation(st, returns);
}

static int visit_arguments(KrSymtable *st, KrAstArguments *a)
{
    if (visit_params(st, a->posonlyargs) < 0 || visit_params(st, a->args) < 0 ||
        visit_params(st, a->kwonlyargs) < 0)
        return -1;
    if (a->vararg) {
        if (add_def(st, a->vararg->arg, KR_SYM_DEF_PARAM, a->vararg->pos) < 0)
            return -1;
        st->cur->has_varargs = true;
    }
    if (a->kwarg) {
        if (add_def(st, a->kwarg->arg, KR_SYM_DEF_PARAM, a->kwarg->pos) < 0)
            return -1;
        st->cur->has_varkw = true;
    }
    return 0;
}

static int visit_defaults(KrSymtable *st, KrAstArguments *a)
{
    return visit_exprs(st, a->defaults) < 0 || visit_exprs(st, a->kw_defaults) < 0 ? -1 : 0;
}

static KrObject *cstr_name(const char *s)
{
    return kr_str_intern_cstr(s);
}

static int scope_named(KrSymtable *st, int type, const char *name, const void *node, KrAstPos pos)
{
    KrObject *n = cstr_name(name);
    if (!n)
        return -1;
    KrScope *s = enter_scope(st, type, n, node, pos);
    KR_DECREF(n);
    return s ? 0 : -1;
}

static int visit_comprehension(KrSymtable *st, KrAstExpr *e, KrAstSeq *gens, KrAstExpr *elt,
                               KrAstExpr *value, int kind)
{
    static const char *names[] = { "", "<genexpr>", "<listcomp>", "<setcomp>", "<dictcomp>" };
    KrAstComprehension *first = KR_SEQ_GET(gens, 0);
    if (st->cur->can_see_class_scope) {
        ERR_AT(st, e->pos, "Cannot use comprehension in annotation scope within class scope");
        return -1;
    }
    /* the outermost iterable is evaluated in the enclosing scope */
    if (visit_expr(st, first->iter) < 0)
        return -1;
    if (scope_named(st, KR_BLOCK_FUNCTION, names[kind], e, e->pos) < 0)
        return -1;
    KrScope *s = st->cur;
    s->comprehension = kind;
    if (kind == KR_COMP_GENEXP)
        s->is_generator = true;
    KrObject *dot0 = cstr_name(".0");
    if (!dot0)
        return -1;
    int r = add_def(st, dot0, KR_SYM_DEF_PARAM, e->pos);
    KR_DECREF(dot0);
    if (r < 0)
        return -1;
    for (ssize_t i = 0; i < KR_SEQ_LEN(gens); i++) {
        KrAstComprehension *g = KR_SEQ_GET(gens, i);
        if (i > 0 && visit_expr(st, g->iter) < 0)
            return -1;
        st->in_annotation += 1000;   /* marks "comprehension target" for Name stores */
        r = visit_expr(st, g->target);
        st->in_annotation -= 1000;
        if (r < 0 || visit_exprs(st, g->ifs) < 0)
            return -1;
    }
    if (value && visit_expr(st, value) < 0)
        return -1;
    if (visit_expr(st, elt) < 0)
        return -1;
    exit_scope(st);
    return 0;
}

static int visit_namedexpr_target(KrSymtable *st, KrAstExpr *e)
{
    KrAstExpr *t = e->v.NamedExpr.target;
    KrObject *name = t->v.Name.id;
    if (!st->cur->comprehension)
        return add_def(st, name, KR_SYM_DEF_LOCAL, t->pos);
    /* in a comprehension the target binds in the enclosing function */
    for (KrScope *s = st->cur; s; s = s->parent) {
        if (s->comprehension) {
            if (get_flags(s, name) & KR_SYM_DEF_COMP_ITER) {
                ERR_AT(st, e->pos, "assignment expression cannot rebind comprehension iteration variable '%U'", name);
                return -1;
            }
            continue;
        }
        if (s->type == KR_BLOCK_FUNCTION && s->annotation) {
            static const char *const where[] = { "", "within the definition of a generic", "in a TypeVar bound",
                                                 "in a type alias" };
            ERR_AT(st, t->pos, "assignment expression within a comprehension cannot be used %s", where[s->annotation]);
            return -1;
        }
        if (s->type == KR_BLOCK_FUNCTION) {
            if (add_def_in(st, s, name, KR_SYM_DEF_LOCAL, t->pos) < 0)
                return -1;
            return add_def(st, name, KR_SYM_DEF_NONLOCAL | KR_SYM_DEF_LOCAL, t->pos) < 0 ? -1 : 0;
        }
        if (s->type == KR_BLOCK_MODULE) {
            if (add_def_in(st, s, name, KR_SYM_DEF_GLOBAL, t->pos) < 0)
                return -1;
            return add_def(st, name, KR_SYM_DEF_GLOBAL, t->pos);
        }
        ERR_AT(st, t->pos, "assignment expression within a comprehension cannot be used in a class body");
        return -1;
    }
    return 0;
}

/* deep nesting is refused here, before codegen and the optimizer (which
 * recurse the same way) could exhaust the C stack */
#define MAX_NESTING 2998

static int visit_expr_inner(KrSymtable *st, KrAstExpr *e);
static int visit_expr(KrSymtable *st, KrAstExpr *e)
{
    if (++st->depth > MAX_NESTING) {
        st->depth--;
        kr_err_set_string(KrExc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int r = visit_expr_inner(st, e);
    st->depth--;
    return r;
}

static int visit_expr_inner(KrSymtable *st, KrAstExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_BoolOp:
        return visit_exprs(st, e->v.BoolOp.values);
    case KR_EXPR_NamedExpr:
        if (refuse_in_annotation(st, "named expression", e) < 0)
            return -1;
        if (visit_expr(st, e->v.NamedExpr.value) < 0)
            return -1;
        return visit_namedexpr_target(st, e);
    case KR_EXPR_BinOp:
        return visit_expr(st, e->v.BinOp.left) < 0 ? -1 : visit_expr(st, e->v.BinOp.right);
    case KR_EXPR_UnaryOp:
        return visit_expr(st, e->v.UnaryOp.operand);
    case KR_EXPR_Lambda: {
        KrAstArguments *a = e->v.Lambda.args;
        if (st->cur->can_see_class_scope) {
            ERR_AT(st, e->pos, "Cannot use lambda in annotation scope within class scope");
            return -1;
        }
        if (visit_defaults(st, a) < 0)
            return -1;
        if (scope_named(st, KR_BLOCK_FUNCTION, "<lambda>", e, e->pos) < 0)
            return -1;
        st->cur->is_lambda = true;
        if (visit_arguments(st, a) < 0 || visit_expr(st, e->v.Lambda.body) < 0)
            return -1;
        exit_scope(st);
        return 0;
    }
    case KR_EXPR_IfExp:
        return visit_expr(st, e->v.IfExp.test) < 0 || visit_expr(st, e->v.IfExp.body) < 0 ||
               visit_expr(st, e->v.IfExp.orelse) < 0 ? -1 : 0;
    case KR_EXPR_Dict:
        return visit_exprs(st, e->v.Dict.keys) < 0 ? -1 : visit_exprs(st, e->v.Dict.values);
    case KR_EXPR_Set:
        return visit_exprs(st, e->v.Set.elts);
    case KR_EXPR_ListComp:
        return visit_comprehension(st, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL, KR_COMP_LIST);
    case KR_EXPR_SetComp:
        return visit_comprehension(st, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL, KR_COMP_SET);
    case KR_EXPR_DictComp:
        return visit_comprehension(st, e, e->v.DictComp.generators, e->v.DictComp.value,
                                   e->v.DictComp.key, KR_COMP_DICT);
    case KR_EXPR_GeneratorExp:
        return visit_comprehension(st, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL,
                                   KR_COMP_GENEXP);
    case KR_EXPR_Yield:
    case KR_EXPR_YieldFrom:
    case KR_EXPR_Await: {
        KrScope *s = st->cur;
        if (refuse_in_annotation(st, e->kind == KR_EXPR_Await ? "await expression" : "yield expression", e) < 0)
            return -1;
        if (s->type != KR_BLOCK_FUNCTION) {
            ERR_AT(st, e->pos, "'%s' outside function", e->kind == KR_EXPR_Await ? "await" : "yield");
            return -1;
        }
        if (s->comprehension && e->kind != KR_EXPR_Await) {
            static const char *cn[] = { "", "generator expression", "list comprehension",
                                        "set comprehension", "dict comprehension" };
            ERR_AT(st, e->pos, "'yield' inside %s", cn[s->comprehension]);
            return -1;
        }
        if (e->kind == KR_EXPR_YieldFrom && s->is_coroutine) {
            ERR_AT(st, e->pos, "'yield from' inside async function");
            return -1;
        }
        if (e->kind != KR_EXPR_Await)
            s->is_generator = true;
        else if (s->comprehension)
            s->has_await = true;
        KrAstExpr *v = e->kind == KR_EXPR_Yield ? e->v.Yield.value
                     : e->kind == KR_EXPR_YieldFrom ? e->v.YieldFrom.value : e->v.Await.value;
        return v ? visit_expr(st, v) : 0;
    }
    case KR_EXPR_Compare:
        return visit_expr(st, e->v.Compare.left) < 0 ? -1 : visit_exprs(st, e->v.Compare.comparators);
    case KR_EXPR_Call:
        if (visit_expr(st, e->v.Call.func) < 0 || visit_exprs(st, e->v.Call.args) < 0)
            return -1;
        for (ssize_t i = 0; i < KR_SEQ_LEN(e->v.Call.keywords); i++) {
            KrAstKeyword *k = KR_SEQ_GET(e->v.Call.keywords, i);
            if (visit_expr(st, k->value) < 0)
                return -1;
        }
        return 0;
    case KR_EXPR_FormattedValue:
        if (visit_expr(st, e->v.FormattedValue.value) < 0)
            return -1;
        return e->v.FormattedValue.format_spec ? visit_expr(st, e->v.FormattedValue.format_spec) : 0;
    case KR_EXPR_JoinedStr:
        return visit_exprs(st, e->v.JoinedStr.values);
    case KR_EXPR_Constant:
        return 0;
    case KR_EXPR_Attribute:
        return visit_expr(st, e->v.Attribute.value);
    case KR_EXPR_Subscript:
        return visit_expr(st, e->v.Subscript.value) < 0 ? -1 : visit_expr(st, e->v.Subscript.slice);
    case KR_EXPR_Starred:
        return visit_expr(st, e->v.Starred.value);
    case KR_EXPR_Name: {
        int flag = e->v.Name.ctx == KR_CTX_LOAD ? KR_SYM_USE : KR_SYM_DEF_LOCAL;
        if (flag == KR_SYM_DEF_LOCAL && st->in_annotation >= 1000)
            flag |= KR_SYM_DEF_COMP_ITER;
        if (add_def(st, e->v.Name.id, flag, e->pos) < 0)
            return -1;
        if (e->v.Name.ctx == KR_CTX_LOAD && st->cur->type == KR_BLOCK_FUNCTION &&
            kr_str_eq_cstr(e->v.Name.id, "super")) {
            if (add_def(st, KR_ID(__class__), KR_SYM_USE, e->pos) < 0)
                return -1;
        }
        return 0;
    }
    case KR_EXPR_List:
        return visit_exprs(st, e->v.List.elts);
    case KR_EXPR_Tuple:
        return visit_exprs(st, e->v.Tuple.elts);
    case KR_EXPR_Slice:
        if (e->v.Slice.lower && visit_expr(st, e->v.Slice.lower) < 0)
            return -1;
        if (e->v.Slice.upper && visit_expr(st, e->v.Slice.upper) < 0)
            return -1;
        return e->v.Slice.step ? visit_expr(st, e->v.Slice.step) : 0;
    default:
        return 0;
    }
}

static int visit_pattern(KrSymtable *st, KrAstPattern *p)
{
    if (++st->depth > MAX_NESTING) {
        st->depth--;
        kr_err_set_string(KrExc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int r = 0;
    switch (p->kind) {
    case KR_PAT_MatchValue:
        r = visit_expr(st, p->v.MatchValue.value);
        break;
    case KR_PAT_MatchSingleton:
        break;
    case KR_PAT_MatchSequence:
        for (ssize_t i = 0; i < KR_SEQ_LEN(p->v.MatchSequence.patterns) && r == 0; i++)
            r = visit_pattern(st, KR_SEQ_GET(p->v.MatchSequence.patterns, i));
        break;
    case KR_PAT_MatchMapping:
        r = visit_exprs(st, p->v.MatchMapping.keys);
        for (ssize_t i = 0; i < KR_SEQ_LEN(p->v.MatchMapping.patterns) && r == 0; i++)
            r = visit_pattern(st, KR_SEQ_GET(p->v.MatchMapping.patterns, i));
        if (r == 0 && p->v.MatchMapping.rest)
            r = add_def(st, p->v.MatchMapping.rest, KR_SYM_DEF_LOCAL, p->pos);
        break;
    case KR_PAT_MatchClass:
        r = visit_expr(st, p->v.MatchClass.cls);
        for (ssize_t i = 0; i < KR_SEQ_LEN(p->v.MatchClass.patterns) && r == 0; i++)
            r = visit_pattern(st, KR_SEQ_GET(p->v.MatchClass.patterns, i));
        for (ssize_t i = 0; i < KR_SEQ_LEN(p->v.MatchClass.kwd_patterns) && r == 0; i++)
            r = visit_pattern(st, KR_SEQ_GET(p->v.MatchClass.kwd_patterns, i));
        break;
    case KR_PAT_MatchStar:
        if (p->v.MatchStar.name)
            r = add_def(st, p->v.MatchStar.name, KR_SYM_DEF_LOCAL, p->pos);
        break;
    case KR_PAT_MatchAs:
        if (p->v.MatchAs.pattern)
            r = visit_pattern(st, p->v.MatchAs.pattern);
        if (r == 0 && p->v.MatchAs.name)
            r = add_def(st, p->v.MatchAs.name, KR_SYM_DEF_LOCAL, p->pos);
        break;
    case KR_PAT_MatchOr:
        for (ssize_t i = 0; i < KR_SEQ_LEN(p->v.MatchOr.patterns) && r == 0; i++)
            r = visit_pattern(st, KR_SEQ_GET(p->v.MatchOr.patterns, i));
        break;
    default:
        break;
    }
    st->depth--;
    return r;
}

/* ---- PEP 695 scopes -------------------------------------------------------- */

/* a function block for a bound or an alias value; one directly in a class
 * (or in a type-parameter block that is) looks names up in the class
 * namespace first, which it reaches through __classdict__ */
static int enter_annotation_scope(KrSymtable *st, KrObject *name, const void *node, KrAstPos pos, int kind,
                                  bool sees_class, KrAstPos use_pos)
{
    if (!enter_scope(st, KR_BLOCK_FUNCTION, name, node, pos))
        return -1;
    st->cur->annotation = kind;
    st->cur->can_see_class_scope = sees_class;
    return sees_class ? add_def(st, KR_ID(__classdict__), KR_SYM_USE, use_pos) : 0;
}

/* the block holding the type parameters of a generic def, class or
 * alias; a def's defaults come in as its arguments .defaults/.kwdefaults,
 * a class's Generic[...] base is .generic_base */
static int enter_type_param_block(KrSymtable *st, KrObject *name, const void *node, bool defaults, bool kwdefaults,
                                  bool is_class, KrAstPos pos)
{
    if (enter_annotation_scope(st, name, node, pos, KR_ANNOT_TYPEPARAMS, st->cur->type == KR_BLOCK_CLASS, pos) < 0)
        return -1;
    static const struct { const char *name; int flags; } names[] = {
        { ".type_params", KR_SYM_DEF_LOCAL | KR_SYM_USE }, { ".generic_base", KR_SYM_DEF_LOCAL | KR_SYM_USE },
        { ".defaults", KR_SYM_DEF_PARAM }, { ".kwdefaults", KR_SYM_DEF_PARAM },
    };
    bool want[] = { is_class, is_class, defaults, kwdefaults };
    for (size_t i = 0; i < KR_ARRAY_LEN(names); i++) {
        if (!want[i])
            continue;
        KrObject *n = cstr_name(names[i].name);
        int r = n ? add_def(st, n, names[i].flags, pos) : -1;
        KR_XDECREF(n);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int visit_type_params(KrSymtable *st, KrAstSeq *tps)
{
    for (ssize_t i = 0; i < KR_SEQ_LEN(tps); i++) {
        KrAstTypeParam *tp = KR_SEQ_GET(tps, i);
        if (add_def(st, tp->name, KR_SYM_DEF_TYPE_PARAM | KR_SYM_DEF_LOCAL, tp->pos) < 0)
            return -1;
        if (!tp->bound)
            continue;
        if (enter_annotation_scope(st, tp->name, tp, tp->pos, KR_ANNOT_TYPEVAR_BOUND, st->cur->can_see_class_scope,
                                   tp->bound->pos) < 0 ||
            visit_expr(st, tp->bound) < 0)
            return -1;
        exit_scope(st);
    }
    return 0;
}

static int visit_global_nonlocal(KrSymtable *st, KrAstStmt *s, bool is_global)
{
    KrAstSeq *names = is_global ? s->v.Global.names : s->v.Nonlocal.names;
    const char *kw = is_global ? "global" : "nonlocal";
    if (!is_global && st->cur->type == KR_BLOCK_MODULE) {
        ERR_AT(st, s->pos, "nonlocal declaration not allowed at module level");
        return -1;
    }
    for (ssize_t i = 0; i < KR_SEQ_LEN(names); i++) {
        KrObject *raw = KR_SEQ_GET(names, i);
        KrObject *name = kr_symtable_mangle(st->cur->private_name, raw);
        if (!name)
            return -1;
        int cur = get_flags(st->cur, name);
        if (cur & (KR_SYM_DEF_PARAM | KR_SYM_DEF_LOCAL | KR_SYM_USE | KR_SYM_DEF_ANNOT | KR_SYM_DEF_IMPORT)) {
            const char *fmt;
            if (cur & KR_SYM_DEF_PARAM)
                fmt = "name '%U' is parameter and %s";
            else if (cur & KR_SYM_USE)
                fmt = "name '%U' is used prior to %s declaration";
            else if (cur & KR_SYM_DEF_ANNOT)
                fmt = "annotated name '%U' can't be %s";
            else
                fmt = "name '%U' is assigned to before %s declaration";
            ERR_AT(st, s->pos, fmt, name, kw);
            KR_DECREF(name);
            return -1;
        }
        int r = set_flags(st->cur, name, cur | (is_global ? KR_SYM_DEF_GLOBAL : KR_SYM_DEF_NONLOCAL));
        if (r == 0) {
            KrObject *p = kr_tuple_new(4);
            int v[4] = { s->pos.lineno, s->pos.col_offset, s->pos.end_lineno, s->pos.end_col_offset };
            for (int k = 0; p && k < 4; k++) {
                KrObject *iv = kr_int_from_long(v[k]);
                if (!iv)
                    KR_CLEAR(p);
                else
                    KR_TUPLE_SET(p, k, iv);
            }
            if (!p || (!st->cur->decl_pos && !(st->cur->decl_pos = kr_dict_new())) ||
                (!kr_dict_get_str(st->cur->decl_pos, name) && kr_dict_set(st->cur->decl_pos, name, p) < 0))
                r = -1;
            KR_XDECREF(p);
        }
        KR_DECREF(name);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int visit_stmt_inner(KrSymtable *st, KrAstStmt *s);
static int visit_stmt(KrSymtable *st, KrAstStmt *s)
{
    if (++st->depth > MAX_NESTING) {
        st->depth--;
        kr_err_set_string(KrExc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int r = visit_stmt_inner(st, s);
    st->depth--;
    return r;
}

static int visit_stmt_inner(KrSymtable *st, KrAstStmt *s)
{
    switch (s->kind) {
    case KR_STMT_FunctionDef:
    case KR_STMT_AsyncFunctionDef: {
        if (add_def(st, s->v.FunctionDef.name, KR_SYM_DEF_LOCAL, s->pos) < 0)
            return -1;
        KrAstArguments *a = s->v.FunctionDef.args;
        KrAstSeq *tps = s->v.FunctionDef.type_params;
        if (visit_defaults(st, a) < 0 || visit_exprs(st, s->v.FunctionDef.decorator_list) < 0)
            return -1;
        if (KR_SEQ_LEN(tps)) {
            bool kwdefaults = false;
            for (ssize_t i = 0; i < KR_SEQ_LEN(a->kw_defaults); i++)
                kwdefaults |= KR_SEQ_GET(a->kw_defaults, i) != NULL;
            /* .defaults is a slot even with no defaults, as in CPython (whose
             * AST always has the list); with kw defaults only, it holds them */
            if (enter_type_param_block(st, s->v.FunctionDef.name, tps, true, kwdefaults, false, s->pos) < 0 ||
                visit_type_params(st, tps) < 0)
                return -1;
        }
        if (visit_annotations(st, a, s->v.FunctionDef.returns) < 0)
            return -1;
        if (!enter_scope(st, KR_BLOCK_FUNCTION, s->v.FunctionDef.name, s, s->pos))
            return -1;
        st->cur->is_coroutine = s->kind == KR_STMT_AsyncFunctionDef;
        if (visit_arguments(st, a) < 0 || visit_stmts(st, s->v.FunctionDef.body) < 0)
            return -1;
        exit_scope(st);
        if (KR_SEQ_LEN(tps))
            exit_scope(st);
        return 0;
    }
    case KR_STMT_ClassDef: {
        KrAstSeq *tps = s->v.ClassDef.type_params;
        if (add_def(st, s->v.ClassDef.name, KR_SYM_DEF_LOCAL, s->pos) < 0)
            return -1;
        if (visit_exprs(st, s->v.ClassDef.decorator_list) < 0)
            return -1;
        if (KR_SEQ_LEN(tps)) {
            if (enter_type_param_block(st, s->v.ClassDef.name, tps, false, false, true, s->pos) < 0)
                return -1;
            /* the parameters and the bases are mangled as in the class body */
            st->cur->private_name = s->v.ClassDef.name;
            if (visit_type_params(st, tps) < 0)
                return -1;
        }
        if (visit_exprs(st, s->v.ClassDef.bases) < 0)
            return -1;
        for (ssize_t i = 0; i < KR_SEQ_LEN(s->v.ClassDef.keywords); i++) {
            KrAstKeyword *k = KR_SEQ_GET(s->v.ClassDef.keywords, i);
            if (visit_expr(st, k->value) < 0)
                return -1;
        }
        if (!enter_scope(st, KR_BLOCK_CLASS, s->v.ClassDef.name, s, s->pos))
            return -1;
        st->cur->private_name = s->v.ClassDef.name;
        if (KR_SEQ_LEN(tps)) {
            KrObject *dot_tp = cstr_name(".type_params");
            int r = dot_tp ? add_def(st, KR_ID(__type_params__), KR_SYM_DEF_LOCAL, s->pos) : -1;
            if (r == 0)
                r = add_def(st, dot_tp, KR_SYM_USE, s->pos);
            KR_XDECREF(dot_tp);
            if (r < 0)
                return -1;
        }
        if (visit_stmts(st, s->v.ClassDef.body) < 0)
            return -1;
        exit_scope(st);
        if (KR_SEQ_LEN(tps))
            exit_scope(st);
        return 0;
    }
    case KR_STMT_TypeAlias: {
        KrAstSeq *tps = s->v.TypeAlias.type_params;
        KrObject *name = s->v.TypeAlias.name->v.Name.id;
        bool in_class = st->cur->type == KR_BLOCK_CLASS;
        if (visit_expr(st, s->v.TypeAlias.name) < 0)
            return -1;
        if (KR_SEQ_LEN(tps) && (enter_type_param_block(st, name, tps, false, false, false, s->pos) < 0 ||
                                visit_type_params(st, tps) < 0))
            return -1;
        if (enter_annotation_scope(st, name, s, s->pos, KR_ANNOT_TYPEALIAS, in_class, s->v.TypeAlias.value->pos) < 0 ||
            visit_expr(st, s->v.TypeAlias.value) < 0)
            return -1;
        exit_scope(st);
        if (KR_SEQ_LEN(tps))
            exit_scope(st);
        return 0;
    }
    case KR_STMT_Return:
        if (st->cur->type != KR_BLOCK_FUNCTION) {
            ERR_AT(st, s->pos, "'return' outside function");
            return -1;
        }
        if (s->v.Return.value) {
            st->cur->returns_value = true;
            return visit_expr(st, s->v.Return.value);
        }
        return 0;
    case KR_STMT_Delete:
        return visit_exprs(st, s->v.Delete.targets);
    case KR_STMT_Assign:
        return visit_exprs(st, s->v.Assign.targets) < 0 ? -1 : visit_expr(st, s->v.Assign.value);
    case KR_STMT_AugAssign:
        return visit_expr(st, s->v.AugAssign.target) < 0 ? -1 : visit_expr(st, s->v.AugAssign.value);
    case KR_STMT_AnnAssign: {
        KrAstExpr *t = s->v.AnnAssign.target;
        if (t->kind == KR_EXPR_Name) {
            KrObject *name = kr_symtable_mangle(st->cur->private_name, t->v.Name.id);
            if (!name)
                return -1;
            int cur = get_flags(st->cur, name);
            if ((cur & (KR_SYM_DEF_GLOBAL | KR_SYM_DEF_NONLOCAL)) && s->v.AnnAssign.simple) {
                ERR_AT(st, s->pos, (cur & KR_SYM_DEF_GLOBAL) ? "annotated name '%U' can't be global"
                                                             : "annotated name '%U' can't be nonlocal", name);
                KR_DECREF(name);
                return -1;
            }
            KR_DECREF(name);
            int flag = s->v.AnnAssign.simple ? KR_SYM_DEF_ANNOT | KR_SYM_DEF_LOCAL : KR_SYM_DEF_LOCAL;
            if (s->v.AnnAssign.value || s->v.AnnAssign.simple) {
                if (add_def(st, t->v.Name.id, flag, t->pos) < 0)
                    return -1;
            }
        } else if (visit_expr(st, t) < 0) {
            return -1;
        }
        if (visit_annotation(st, s->v.AnnAssign.annotation) < 0)
            return -1;
        return s->v.AnnAssign.value ? visit_expr(st, s->v.AnnAssign.value) : 0;
    }
    case KR_STMT_For:
    case KR_STMT_AsyncFor:
        if (visit_expr(st, s->v.For.target) < 0 || visit_expr(st, s->v.For.iter) < 0)
            return -1;
        return visit_stmts(st, s->v.For.body) < 0 ? -1 : visit_stmts(st, s->v.For.orelse);
    case KR_STMT_While:
        if (visit_expr(st, s->v.While.test) < 0 || visit_stmts(st, s->v.While.body) < 0)
            return -1;
        return visit_stmts(st, s->v.While.orelse);
    case KR_STMT_If:
        if (visit_expr(st, s->v.If.test) < 0 || visit_stmts(st, s->v.If.body) < 0)
            return -1;
        return visit_stmts(st, s->v.If.orelse);
    case KR_STMT_With:
    case KR_STMT_AsyncWith:
        for (ssize_t i = 0; i < KR_SEQ_LEN(s->v.With.items); i++) {
            KrAstWithItem *w = KR_SEQ_GET(s->v.With.items, i);
            if (visit_expr(st, w->context_expr) < 0)
                return -1;
            if (w->optional_vars && visit_expr(st, w->optional_vars) < 0)
                return -1;
        }
        return visit_stmts(st, s->v.With.body);
    case KR_STMT_Raise:
        if (s->v.Raise.exc && visit_expr(st, s->v.Raise.exc) < 0)
            return -1;
        return s->v.Raise.cause ? visit_expr(st, s->v.Raise.cause) : 0;
    case KR_STMT_Try:
    case KR_STMT_TryStar:
        if (visit_stmts(st, s->v.Try.body) < 0)
            return -1;
        for (ssize_t i = 0; i < KR_SEQ_LEN(s->v.Try.handlers); i++) {
            KrAstExceptHandler *h = KR_SEQ_GET(s->v.Try.handlers, i);
            if (h->type && visit_expr(st, h->type) < 0)
                return -1;
            if (h->name && add_def(st, h->name, KR_SYM_DEF_LOCAL, h->pos) < 0)
                return -1;
            if (visit_stmts(st, h->body) < 0)
                return -1;
        }
        return visit_stmts(st, s->v.Try.orelse) < 0 ? -1 : visit_stmts(st, s->v.Try.finalbody);
    case KR_STMT_Assert:
        if (visit_expr(st, s->v.Assert.test) < 0)
            return -1;
        return s->v.Assert.msg ? visit_expr(st, s->v.Assert.msg) : 0;
    case KR_STMT_Import:
    case KR_STMT_ImportFrom: {
        KrAstSeq *names = s->kind == KR_STMT_Import ? s->v.Import.names : s->v.ImportFrom.names;
        for (ssize_t i = 0; i < KR_SEQ_LEN(names); i++) {
            KrAstAlias *a = KR_SEQ_GET(names, i);
            KrObject *store = a->asname ? a->asname : a->name;
            if (kr_str_eq_cstr(store, "*")) {
                if (st->cur->type != KR_BLOCK_MODULE) {
                    ERR_AT(st, a->pos, "import * only allowed at module level");
                    return -1;
                }
                continue;
            }
            KrObject *bind;
            ssize_t dot = a->asname ? -1 : kr_str_find_char(store, '.', 0, KR_STR_LEN(store));
            if (dot >= 0) {
                KrObject *sub = kr_str_substring(store, 0, dot);
                if (!sub)
                    return -1;
                bind = kr_str_intern(sub);
                if (!bind)
                    return -1;
            } else {
                bind = kr_newref(store);
            }
            int r = add_def(st, bind, KR_SYM_DEF_IMPORT, a->pos);
            KR_DECREF(bind);
            if (r < 0)
                return -1;
        }
        return 0;
    }
    case KR_STMT_Global:
        return visit_global_nonlocal(st, s, true);
    case KR_STMT_Nonlocal:
        return visit_global_nonlocal(st, s, false);
    case KR_STMT_Expr:
        return visit_expr(st, s->v.Expr.value);
    case KR_STMT_Match:
        if (visit_expr(st, s->v.Match.subject) < 0)
            return -1;
        for (ssize_t i = 0; i < KR_SEQ_LEN(s->v.Match.cases); i++) {
            KrAstMatchCase *m = KR_SEQ_GET(s->v.Match.cases, i);
            if (visit_pattern(st, m->pattern) < 0)
                return -1;
            if (m->guard && visit_expr(st, m->guard) < 0)
                return -1;
            if (visit_stmts(st, m->body) < 0)
                return -1;
        }
        return 0;
    default:
        return 0;
    }
}

/* ---- pass two: analysis -------------------------------------------------- */

static int set_add(KrObject *set, KrObject *name) { return kr_dict_set(set, name, Kr_None); }
static int set_has(KrObject *set, KrObject *name) { return set && kr_dict_get_str(set, name) != NULL; }
static void set_discard(KrObject *set, KrObject *name)
{
    if (set && kr_dict_get_str(set, name) && kr_dict_del(set, name) < 0)
        kr_err_clear();
}

static int set_scope(KrScope *s, KrObject *name, int flags, int scope)
{
    return set_flags(s, name, (flags & ((1 << SCOPE_SHIFT) - 1)) | (scope << SCOPE_SHIFT));
}

/* bound: names bound in enclosing function scopes; global: names known
 * global in enclosing scopes; free (out): names this block needs from its
 * enclosing scopes */
static void decl_error(KrSymtable *st, KrScope *s, KrObject *name, const char *fmt)
{
    int line = s->lineno, col = s->col, end_line = s->lineno, end_col = -1;
    KrObject *p = s->decl_pos ? kr_dict_get_str(s->decl_pos, name) : NULL;
    if (p) {
        line = (int)kr_int_as_long(KR_TUPLE_GET(p, 0));
        col = (int)kr_int_as_long(KR_TUPLE_GET(p, 1));
        end_line = (int)kr_int_as_long(KR_TUPLE_GET(p, 2));
        end_col = (int)kr_int_as_long(KR_TUPLE_GET(p, 3));
    }
    kr_compiler_error(st->filename, st->src, st->srclen, line, col, end_line, end_col, fmt, name);
}

static bool free_in_any_child(KrScope *comp, KrObject *name)
{
    for (int i = 0; i < comp->nchildren; i++)
        if ((get_flags(comp->children[i], name) >> SCOPE_SHIFT) == KR_SC_FREE)
            return true;
    return false;
}

/* PEP 709: merge an analysed list/set/dict comprehension into its parent.
 * Its bound names become (hidden) locals of the parent; names a closure
 * inside it captures become cells of the parent. */
static int inline_comprehension(KrScope *s, KrScope *comp, KrObject *comp_free, KrObject *inlined_cells)
{
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(comp->symbols, &pos, &k, &v)) {
        int cf = (int)kr_int_as_long(v);
        if (cf & KR_SYM_DEF_PARAM)
            continue;   /* .0 */
        int scope = cf >> SCOPE_SHIFT, only = cf & ((1 << SCOPE_SHIFT) - 1);
        if (scope == KR_SC_CELL && set_add(inlined_cells, k) < 0)
            return -1;
        if (scope == KR_SC_FREE && s->type == KR_BLOCK_CLASS && kr_str_eq(k, KR_ID(__class__))) {
            set_discard(comp_free, k);
            continue;
        }
        int existing = get_flags(s, k);
        if (!existing) {
            if (set_scope(s, k, only, scope) < 0)
                return -1;
        } else if ((existing & KR_SYM_DEF_BOUND) && !free_in_any_child(comp, k) && s->type != KR_BLOCK_CLASS) {
            set_discard(comp_free, k);
        }
    }
    comp->inlined = true;
    return 0;
}

/* type_params: the names that are type parameters of the enclosing
 * blocks (nonlocal may not bind them); class_entry: for an annotation scope
 * that sees a class, that class */
static int analyze(KrSymtable *st, KrScope *s, KrObject *bound, KrObject *global, KrObject *free,
                   KrObject *type_params, KrScope *class_entry)
{
    KrObject *local = kr_dict_new(), *newbound = NULL, *newglobal = NULL, *allfree = kr_dict_new();
    KrObject *newfree = kr_dict_new(), *inlined_cells = kr_dict_new();
    int ret = -1;
    if (!local || !allfree || !newfree || !inlined_cells)
        goto done;
    newglobal = kr_dict_copy(global);
    if (!newglobal)
        goto done;
    ssize_t pos = 0;
    KrObject *name, *val;
    KrObject *keys = kr_dict_keys(s->symbols);
    if (!keys)
        goto done;
    for (ssize_t i = 0; i < KR_LIST_LEN(keys); i++) {
        name = KR_LIST_GET(keys, i);
        int flags = get_flags(s, name) & ((1 << SCOPE_SHIFT) - 1);
        int scope;
        if (flags & KR_SYM_DEF_GLOBAL) {
            if (flags & KR_SYM_DEF_NONLOCAL) {
                decl_error(st, s, name, "name '%U' is nonlocal and global");
                KR_DECREF(keys);
                goto done;
            }
            scope = KR_SC_GLOBAL_EXPLICIT;
            if (set_add(newglobal, name) < 0) {
                KR_DECREF(keys);
                goto done;
            }
        } else if (flags & KR_SYM_DEF_NONLOCAL) {
            if (!set_has(bound, name)) {
                decl_error(st, s, name, "no binding for nonlocal '%U' found");
                KR_DECREF(keys);
                goto done;
            }
            if (set_has(type_params, name)) {
                decl_error(st, s, name, "nonlocal binding not allowed for type parameter '%U'");
                KR_DECREF(keys);
                goto done;
            }
            scope = KR_SC_FREE;
            if (set_add(newfree, name) < 0) {
                KR_DECREF(keys);
                goto done;
            }
        } else if (flags & (KR_SYM_DEF_BOUND | KR_SYM_DEF_ANNOT)) {
            if (!(flags & KR_SYM_DEF_BOUND) && s->type != KR_BLOCK_FUNCTION) {
                /* x: int at module/class level with no value: a name like any other */
            }
            scope = KR_SC_LOCAL;
            if (set_add(local, name) < 0) {
                KR_DECREF(keys);
                goto done;
            }
            set_discard(newglobal, name);
            if (flags & KR_SYM_DEF_TYPE_PARAM) {
                if (set_add(type_params, name) < 0) {
                    KR_DECREF(keys);
                    goto done;
                }
            } else {
                set_discard(type_params, name);
            }
        } else if (class_entry && (kr_symtable_flags_of(class_entry, name) & KR_SYM_DEF_GLOBAL)) {
            /* the class namespace decides first: what the class binds is
             * looked up in it, then in the globals */
            scope = KR_SC_GLOBAL_EXPLICIT;
        } else if (class_entry && (kr_symtable_flags_of(class_entry, name) & KR_SYM_DEF_BOUND) &&
                   !(kr_symtable_flags_of(class_entry, name) & KR_SYM_DEF_NONLOCAL)) {
            scope = KR_SC_GLOBAL_IMPLICIT;
        } else if (set_has(bound, name)) {
            scope = KR_SC_FREE;
            if (set_add(newfree, name) < 0) {
                KR_DECREF(keys);
                goto done;
            }
        } else {
            scope = KR_SC_GLOBAL_IMPLICIT;
        }
        if (set_scope(s, name, flags, scope) < 0) {
            KR_DECREF(keys);
            goto done;
        }
    }
    KR_DECREF(keys);

    /* what the children see */
    if (s->type == KR_BLOCK_FUNCTION) {
        newbound = bound ? kr_dict_copy(bound) : kr_dict_new();
        if (!newbound)
            goto done;
        pos = 0;
        while (kr_dict_next(local, &pos, &name, &val))
            if (set_add(newbound, name) < 0)
                goto done;
        /* explicit globals here hide outer bindings */
        pos = 0;
        while (kr_dict_next(s->symbols, &pos, &name, &val))
            if (((int)kr_int_as_long(val) >> SCOPE_SHIFT) == KR_SC_GLOBAL_EXPLICIT)
                set_discard(newbound, name);
    } else if (s->type == KR_BLOCK_CLASS) {
        newbound = bound ? kr_dict_copy(bound) : kr_dict_new();
        if (!newbound || set_add(newbound, KR_ID(__class__)) < 0 || set_add(newbound, KR_ID(__classdict__)) < 0)
            goto done;
    } else {
        newbound = kr_dict_new();
        if (!newbound)
            goto done;
    }
    for (int i = 0; i < s->nchildren; i++) {
        KrObject *cfree = kr_dict_new();
        KrObject *cb = kr_dict_copy(newbound), *cg = kr_dict_copy(newglobal), *ctp = kr_dict_copy(type_params);
        if (!cfree || !cb || !cg || !ctp) {
            KR_XDECREF(cfree); KR_XDECREF(cb); KR_XDECREF(cg); KR_XDECREF(ctp);
            goto done;
        }
        KrScope *child = s->children[i];
        KrScope *centry = NULL;
        if (child->can_see_class_scope)
            centry = s->type == KR_BLOCK_CLASS ? s : class_entry;
        int r = analyze(st, child, cb, cg, cfree, ctp, centry);
        KR_DECREF(cb);
        KR_DECREF(cg);
        KR_DECREF(ctp);
        if (r == 0 && child->comprehension && child->comprehension != KR_COMP_GENEXP && !child->is_generator)
            r = inline_comprehension(s, child, cfree, inlined_cells);
        if (r == 0) {
            pos = 0;
            while (kr_dict_next(cfree, &pos, &name, &val))
                if (set_add(allfree, name) < 0)
                    r = -1;
        }
        KR_DECREF(cfree);
        if (r < 0)
            goto done;
    }
    /* locals that children need become cells */
    if (s->type == KR_BLOCK_FUNCTION) {
        pos = 0;
        KrObject *fk = kr_dict_keys(allfree);
        if (!fk)
            goto done;
        for (ssize_t i = 0; i < KR_LIST_LEN(fk); i++) {
            name = KR_LIST_GET(fk, i);
            int f = get_flags(s, name);
            if ((f >> SCOPE_SHIFT) == KR_SC_LOCAL) {
                if (set_scope(s, name, f, KR_SC_CELL) < 0) {
                    KR_DECREF(fk);
                    goto done;
                }
                set_discard(allfree, name);
            }
        }
        KR_DECREF(fk);
        pos = 0;
        while (kr_dict_next(inlined_cells, &pos, &name, &val)) {
            int f = get_flags(s, name);
            if ((f >> SCOPE_SHIFT) == KR_SC_LOCAL && set_scope(s, name, f, KR_SC_CELL) < 0)
                goto done;
        }
    }
    /* module and class bodies keep such names in their dict, and get a
     * separate cell the inlined comprehension uses; so does a function in
     * which the name is otherwise global (`x` read, then `[lambda: x for x
     * in ...]`) */
    pos = 0;
    while (kr_dict_next(inlined_cells, &pos, &name, &val)) {
        int f = get_flags(s, name);
        int sc = f >> SCOPE_SHIFT;
        if (f && (s->type != KR_BLOCK_FUNCTION || sc == KR_SC_GLOBAL_IMPLICIT || sc == KR_SC_GLOBAL_EXPLICIT) &&
            set_flags(s, name, f | KR_SYM_DEF_COMP_CELL) < 0)
            goto done;
    }
    if (s->type == KR_BLOCK_CLASS) {
        if (set_has(allfree, KR_ID(__class__))) {
            s->needs_class_closure = true;
            set_discard(allfree, KR_ID(__class__));
        }
        if (set_has(allfree, KR_ID(__classdict__))) {
            s->needs_classdict = true;
            set_discard(allfree, KR_ID(__classdict__));
        }
    }
    /* free names of children pass through this scope */
    pos = 0;
    while (kr_dict_next(allfree, &pos, &name, &val)) {
        int f = get_flags(s, name);
        int sc = f >> SCOPE_SHIFT;
        if (f) {
            if (s->type == KR_BLOCK_CLASS && sc != KR_SC_FREE && (f & KR_SYM_DEF_BOUND)) {
                if (set_flags(s, name, f | KR_SYM_DEF_FREE_CLASS) < 0)
                    goto done;
            } else if (sc == KR_SC_GLOBAL_IMPLICIT && set_has(bound, name)) {
                if (set_scope(s, name, f, KR_SC_FREE) < 0)
                    goto done;
            } else if (s->type == KR_BLOCK_CLASS && sc == KR_SC_GLOBAL_IMPLICIT) {
                /* the class only reads it from globals; children still need it */
            }
            continue;
        }
        if (!set_has(bound, name))
            continue;
        if (set_scope(s, name, s->type == KR_BLOCK_CLASS ? KR_SYM_DEF_FREE_CLASS : 0, KR_SC_FREE) < 0)
            goto done;
    }
    /* report upwards */
    pos = 0;
    while (kr_dict_next(newfree, &pos, &name, &val))
        if (set_add(free, name) < 0)
            goto done;
    pos = 0;
    while (kr_dict_next(allfree, &pos, &name, &val))
        if (set_has(bound, name) && set_add(free, name) < 0)
            goto done;
    ret = 0;
done:
    KR_XDECREF(local);
    KR_XDECREF(newbound);
    KR_XDECREF(newglobal);
    KR_XDECREF(allfree);
    KR_XDECREF(newfree);
    KR_XDECREF(inlined_cells);
    return ret;
}

KrSymtable *kr_symtable_build(KrAstMod *mod, KrObject *filename, const char *src, ssize_t srclen,
                              int future_annotations)
{
    KrSymtable *st = kr_mem_calloc(1, sizeof(KrSymtable));
    if (!st) {
        kr_err_nomemory();
        return NULL;
    }
    st->filename = filename;
    st->src = src;
    st->srclen = srclen;
    st->future_annotations = future_annotations;
    KrAstPos pos = { 0, 0, 0, 0 };
    KrObject *top = cstr_name("top");
    if (!top)
        goto fail;
    st->top = enter_scope(st, KR_BLOCK_MODULE, top, mod, pos);
    KR_DECREF(top);
    if (!st->top)
        goto fail;
    int r;
    if (mod->kind == KR_MOD_EXPRESSION)
        r = visit_expr(st, mod->expr);
    else
        r = visit_stmts(st, mod->body);
    if (r < 0)
        goto fail;
    st->cur = NULL;
    KrObject *free = kr_dict_new(), *global = kr_dict_new(), *type_params = kr_dict_new();
    if (!free || !global || !type_params) {
        KR_XDECREF(free);
        KR_XDECREF(global);
        KR_XDECREF(type_params);
        goto fail;
    }
    r = analyze(st, st->top, NULL, global, free, type_params, NULL);
    KR_DECREF(free);
    KR_DECREF(global);
    KR_DECREF(type_params);
    if (r < 0)
        goto fail;
    return st;
fail:
    kr_symtable_free(st);
    return NULL;
}

void kr_symtable_free(KrSymtable *st)
{
    if (!st)
        return;
    scope_free(st->top);
    kr_mem_free(st->map_keys);
    kr_mem_free(st->map_vals);
    kr_mem_free(st);
}
