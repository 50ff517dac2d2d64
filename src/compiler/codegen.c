/* codegen.c: AST to a control-flow graph of basic blocks, one compiler unit
 * per code object (module, class body, function, lambda, comprehension).
 *
 * Statements live in codegen_stmt.c, expressions in codegen_expr.c; this
 * file holds the units, emission helpers, name resolution into opcodes, and
 * the entry points kr_compile_ast / kr_compile_string.
 *
 * Exception handling uses an exception table (zero cost until something is
 * raised).  Codegen keeps a stack of active handlers; each emitted
 * instruction records the innermost one.  A pseudo instruction SETUP_*
 * marks where a handler becomes active so the assembler's stack-depth pass
 * knows the depth to cut the stack to; pseudo instructions take no space in
 * the final code.
 */
#include "codegen.h"

/* ---- units --------------------------------------------------------------- */

KrBlock *cg_new_block(Compiler *c)
{
    KrBlock *b = kr_mem_calloc(1, sizeof(KrBlock));
    if (!b) {
        kr_err_nomemory();
        return NULL;
    }
    b->startdepth = -1;
    b->handler_depth = -1;
    b->alloc_link = c->u->blocks;
    c->u->blocks = b;
    return b;
}

void cg_use_block(Compiler *c, KrBlock *b)
{
    c->u->cur->next = b;
    c->u->cur = b;
}

static int grow(KrBlock *b)
{
    if (b->n < b->cap)
        return 0;
    int nc = b->cap ? b->cap * 2 : 16;
    KrInstr *ni = kr_mem_realloc(b->instrs, (size_t)nc * sizeof(KrInstr));
    if (!ni) {
        kr_err_nomemory();
        return -1;
    }
    b->instrs = ni;
    b->cap = nc;
    return 0;
}

static KrBlock *cur_handler(Compiler *c)
{
    Unit *u = c->u;
    return u->nh ? u->hstack[u->nh - 1] : NULL;
}

int cg_emit_full(Compiler *c, int op, int arg, KrBlock *target)
{
    Unit *u = c->u;
    KrBlock *b = u->cur;
    if (b->n && kr_cfg_is_terminator(b->instrs[b->n - 1].op)) {
        /* code after return/raise/jump: unreachable unless a label follows */
        KrBlock *nb = cg_new_block(c);
        if (!nb)
            return -1;
        cg_use_block(c, nb);
        b = nb;
    }
    if (grow(b) < 0)
        return -1;
    KrInstr *i = &b->instrs[b->n++];
    i->op = op;
    i->arg = arg;
    i->target = target;
    i->handler = kr_cfg_is_setup(op) ? NULL : cur_handler(c);
    i->pos = u->loc;
    return 0;
}

int cg_emit(Compiler *c, int op, int arg) { return cg_emit_full(c, op, arg, NULL); }
int cg_emit_jump(Compiler *c, int op, KrBlock *target) { return cg_emit_full(c, op, 0, target); }

int cg_push_handler(Compiler *c, int setup_op, KrBlock *handler)
{
    Unit *u = c->u;
    if (u->nh >= CG_MAX_HANDLERS) {
        cg_error(c, c->u->loc, "too many statically nested blocks");
        return -1;
    }
    handler->is_handler = true;
    handler->push_lasti = setup_op != KR_PSEUDO_SETUP_FINALLY;
    if (cg_emit_full(c, setup_op, 0, handler) < 0)
        return -1;
    u->hstack[u->nh++] = handler;
    return 0;
}

void cg_pop_handler(Compiler *c) { c->u->nh--; }
void cg_repush_handler(Compiler *c, KrBlock *h) { c->u->hstack[c->u->nh++] = h; }

void cg_set_loc(Compiler *c, KrAstPos p)
{
    c->u->loc.lineno = p.lineno;
    c->u->loc.end_lineno = p.end_lineno;
    c->u->loc.col = p.col_offset;
    c->u->loc.end_col = p.end_col_offset;
}

void cg_error(Compiler *c, KrPosition p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    KrObject *msg = kr_str_from_vformat(fmt, ap);
    va_end(ap);
    if (!msg)
        return;
    kr_compiler_error(c->filename, c->src, c->srclen, p.lineno, p.col, p.end_lineno, p.end_col,
                      "%U", msg);
    KR_DECREF(msg);
}

void cg_error_at(Compiler *c, KrAstPos p, const char *msg)
{
    kr_compiler_error(c->filename, c->src, c->srclen, p.lineno, p.col_offset, p.end_lineno,
                      p.end_col_offset, "%s", msg);
}

/* ---- constants and names ------------------------------------------------- */

static KrObject *const_key(KrObject *o);

/* constants are deduplicated by a key that keeps 0, 0.0, -0.0, False and
 * (0,) vs (0.0,) apart, as CPython's constant keys do: (type, value) for
 * the hashable atoms, the bits for floats and complex numbers, keys of the
 * items for tuples and frozensets, identity for anything else */
KrObject *kr_compiler_const_key(KrObject *o)
{
    return const_key(o);
}

static KrObject *const_key(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    KrObject *inner = NULL;
    if (t == &KrFloat_Type) {
        double d = KR_FLOAT_AS_DOUBLE(o);
        inner = kr_bytes_from_data(&d, sizeof d);
    } else if (t == &KrComplex_Type) {
        inner = kr_bytes_from_data(&((KrComplexObject *)o)->cval, sizeof(kr_complex));
    } else if (t == &KrTuple_Type || t == &KrFrozenSet_Type) {
        KrObject *items = t == &KrTuple_Type ? kr_newref(o) : kr_sequence_tuple(o);
        if (!items)
            return NULL;
        ssize_t n = KR_TUPLE_LEN(items);
        KrObject *keys = kr_tuple_new(n);
        if (!keys) {
            KR_DECREF(items);
            return NULL;
        }
        for (ssize_t i = 0; i < n; i++) {
            KrObject *k = const_key(KR_TUPLE_GET(items, i));
            if (!k) {
                KR_DECREF(items);
                KR_DECREF(keys);
                return NULL;
            }
            KR_TUPLE_SET(keys, i, k);
        }
        KR_DECREF(items);
        if (t == &KrFrozenSet_Type) {
            inner = kr_frozenset_new(keys);
            KR_DECREF(keys);
        } else {
            inner = keys;
        }
    } else if (t == &KrStr_Type || t == &KrInt_Type || t == &KrBool_Type || t == &KrBytes_Type ||
               o == Kr_None || o == Kr_Ellipsis) {
        inner = kr_newref(o);
    } else {
        inner = kr_int_from_ssize((ssize_t)(uintptr_t)o);
    }
    if (!inner)
        return NULL;
    KrObject *key = kr_tuple_pack(2, (KrObject *)t, inner);
    KR_DECREF(inner);
    return key;
}

int cg_add_const(Compiler *c, KrObject *o)
{
    Unit *u = c->u;
    KrObject *key = const_key(o);
    if (!key)
        return -1;
    KrObject *v = kr_dict_get(u->const_map, key);
    if (v) {
        KR_DECREF(key);
        return (int)kr_int_as_long(v);
    }
    if (kr_err_occurred()) {
        KR_DECREF(key);
        return -1;
    }
    ssize_t idx = KR_LIST_LEN(u->consts);
    KrObject *iv = kr_int_from_ssize(idx);
    int r = iv ? kr_dict_set(u->const_map, key, iv) : -1;
    KR_XDECREF(iv);
    KR_DECREF(key);
    if (r < 0 || kr_list_append(u->consts, o) < 0)
        return -1;
    return (int)idx;
}

int cg_load_const(Compiler *c, KrObject *o)
{
    int i = cg_add_const(c, o);
    return i < 0 ? -1 : cg_emit(c, KR_OP_LOAD_CONST, i);
}

static int index_in(KrObject *list, KrObject *map, KrObject *name)
{
    KrObject *v = kr_dict_get_str(map, name);
    if (v)
        return (int)kr_int_as_long(v);
    ssize_t idx = KR_LIST_LEN(list);
    KrObject *iv = kr_int_from_ssize(idx);
    if (!iv)
        return -1;
    int r = kr_dict_set(map, name, iv);
    KR_DECREF(iv);
    if (r < 0 || kr_list_append(list, name) < 0)
        return -1;
    return (int)idx;
}

int cg_add_name(Compiler *c, KrObject *name) { return index_in(c->u->names, c->u->names_map, name); }

static int varname_index(Compiler *c, KrObject *name)
{
    return index_in(c->u->varnames, c->u->varnames_map, name);
}

int cg_varname_index(Compiler *c, KrObject *name) { return varname_index(c, name); }

KrObject *cg_mangle(Compiler *c, KrObject *name)
{
    return kr_symtable_mangle(c->u->private_name, name);
}

/* index of a cell or free variable before layout: cells first, then frees;
 * assemble-time fixup maps them to localsplus slots */
static int deref_index(Compiler *c, KrObject *name, bool *is_free)
{
    Unit *u = c->u;
    KrObject *v = kr_dict_get_str(u->cell_map, name);
    if (v) {
        if (is_free)
            *is_free = false;
        return (int)kr_int_as_long(v);
    }
    v = kr_dict_get_str(u->free_map, name);
    if (v) {
        if (is_free)
            *is_free = true;
        return (int)(KR_LIST_LEN(u->cellvars) + kr_int_as_long(v));
    }
    return -1;
}

int cg_deref_index(Compiler *c, KrObject *name) { return deref_index(c, name, NULL); }

static bool is_fast_hidden(Unit *u, KrObject *name)
{
    return u->fast_hidden && kr_dict_get_str(u->fast_hidden, name) == Kr_True;
}

/* would a store to this name be a STORE_FAST? */
bool cg_is_fast_name(Compiler *c, KrObject *rawname)
{
    Unit *u = c->u;
    KrObject *name = cg_mangle(c, rawname);
    if (!name) {
        kr_err_clear();
        return false;
    }
    bool fast = kr_symtable_scope_of(u->ste, name) == KR_SC_LOCAL &&
                (u->ste->type == KR_BLOCK_FUNCTION || is_fast_hidden(u, name));
    kr_decref(name);
    return fast;
}

int cg_nameop(Compiler *c, KrObject *rawname, int ctx)
{
    Unit *u = c->u;
    if (ctx != KR_CTX_LOAD && kr_str_eq_cstr(rawname, "__debug__")) {
        cg_error(c, u->loc, "cannot %s __debug__", ctx == KR_CTX_DEL ? "delete" : "assign to");
        return -1;
    }
    KrObject *name = cg_mangle(c, rawname);
    if (!name)
        return -1;
    int scope = kr_symtable_scope_of(u->ste, name);
    int flags = kr_symtable_flags_of(u->ste, name);
    int r = -1, idx;
    enum { FAST, DEREF, GLOBAL, NAME } kind = NAME;
    switch (scope) {
    case KR_SC_FREE:
        kind = DEREF;
        /* a class body that also binds the name keeps it in its dict */
        if (u->ste->type == KR_BLOCK_CLASS && (flags & KR_SYM_DEF_FREE_CLASS) && (flags & KR_SYM_DEF_BOUND) &&
            !u->in_inlined_comp)
            kind = NAME;
        break;
    case KR_SC_CELL:
        kind = DEREF;
        break;
    case KR_SC_LOCAL:
        kind = u->ste->type == KR_BLOCK_FUNCTION || is_fast_hidden(u, name) ? FAST : NAME;
        break;
    case KR_SC_GLOBAL_IMPLICIT:
        /* inside an inlined comprehension a class body's names are not
         * visible (as before PEP 709); a module's are, through LOAD_NAME */
        kind = u->ste->type == KR_BLOCK_FUNCTION || (u->in_inlined_comp && u->ste->type == KR_BLOCK_CLASS)
                   ? GLOBAL : NAME;
        break;
    case KR_SC_GLOBAL_EXPLICIT:
        kind = GLOBAL;
        break;
    default:
        /* names the compiler introduces (StopAsyncIteration ...) */
        kind = u->ste->type == KR_BLOCK_FUNCTION ? GLOBAL : NAME;
        break;
    }
    if (ctx == KR_CTX_LOAD && u->ste->can_see_class_scope && (scope == KR_SC_GLOBAL_IMPLICIT || kind == DEREF)) {
        /* an annotation scope of a class: the class namespace first */
        int cd = deref_index(c, KR_ID(__classdict__), NULL);
        idx = kind == DEREF ? deref_index(c, name, NULL) : -1;
        if (cd >= 0 && (kind != DEREF || idx >= 0)) {
            if (cg_emit(c, KR_OP_LOAD_DEREF, cd) < 0)
                goto done;
            if (kind == DEREF)
                r = cg_emit(c, KR_OP_LOAD_FROM_DICT_OR_DEREF, idx);
            else if (cg_load_const(c, name) == 0)
                r = cg_emit(c, KR_OP_CALL_INTRINSIC_2, KR_INTRINSIC_LOAD_FROM_DICT_OR_GLOBALS);
            goto done;
        }
    }
    if (kind == DEREF) {
        bool is_free;
        idx = deref_index(c, name, &is_free);
        if (idx < 0) {
            kind = u->ste->type == KR_BLOCK_FUNCTION ? GLOBAL : NAME;
        } else {
            if (ctx == KR_CTX_LOAD) {
                if (u->ste->type == KR_BLOCK_CLASS && !u->in_inlined_comp) {
                    if (cg_emit(c, KR_OP_LOAD_LOCALS, 0) < 0)
                        goto done;
                    r = cg_emit(c, KR_OP_LOAD_FROM_DICT_OR_DEREF, idx);
                } else {
                    r = cg_emit(c, KR_OP_LOAD_DEREF, idx);
                }
            } else {
                r = cg_emit(c, ctx == KR_CTX_STORE ? KR_OP_STORE_DEREF : KR_OP_DELETE_DEREF, idx);
            }
            goto done;
        }
    }
    if (kind == FAST) {
        idx = varname_index(c, name);
        if (idx >= 0)
            r = cg_emit(c, ctx == KR_CTX_LOAD ? KR_OP_LOAD_FAST : ctx == KR_CTX_STORE ? KR_OP_STORE_FAST
                                                                                  : KR_OP_DELETE_FAST, idx);
        goto done;
    }
    idx = cg_add_name(c, name);
    if (idx < 0)
        goto done;
    if (kind == GLOBAL)
        r = cg_emit(c, ctx == KR_CTX_LOAD ? KR_OP_LOAD_GLOBAL : ctx == KR_CTX_STORE ? KR_OP_STORE_GLOBAL
                                                                                : KR_OP_DELETE_GLOBAL,
                    ctx == KR_CTX_LOAD ? idx << 1 : idx);
    else
        r = cg_emit(c, ctx == KR_CTX_LOAD ? KR_OP_LOAD_NAME : ctx == KR_CTX_STORE ? KR_OP_STORE_NAME
                                                                              : KR_OP_DELETE_NAME, idx);
done:
    KR_DECREF(name);
    return r;
}

/* load a name as a callable for CALL: [callable, NULL] */
int cg_load_callable_name(Compiler *c, KrObject *rawname)
{
    Unit *u = c->u;
    KrObject *name = cg_mangle(c, rawname);
    if (!name)
        return -1;
    int scope = kr_symtable_scope_of(u->ste, name);
    bool global = scope == KR_SC_GLOBAL_EXPLICIT ||
                  (scope == KR_SC_GLOBAL_IMPLICIT && !u->ste->can_see_class_scope &&
                   (u->ste->type == KR_BLOCK_FUNCTION || (u->in_inlined_comp && u->ste->type == KR_BLOCK_CLASS)));
    int r;
    if (global) {
        int idx = cg_add_name(c, name);
        r = idx < 0 ? -1 : cg_emit(c, KR_OP_LOAD_GLOBAL, (idx << 1) | 1);
    } else {
        r = cg_nameop(c, rawname, KR_CTX_LOAD);
        if (r == 0)
            r = cg_emit(c, KR_OP_PUSH_NULL, 0);
    }
    KR_DECREF(name);
    return r;
}

/* LOAD_CLOSURE for the closure tuple of a child code: the child's free
 * names, in its order, found among our cells and frees */
int cg_load_closure(Compiler *c, KrObject *name)
{
    int idx = deref_index(c, name, NULL);
    if (idx < 0) {
        kr_err_format(KrExc_SystemError, "compiler: no cell for free variable '%U'", name);
        return -1;
    }
    return cg_emit(c, KR_OP_LOAD_CLOSURE, idx);
}

/* ---- entering and leaving units ------------------------------------------- */

static int sorted_names_of(KrScope *ste, int want_scope, int want_flag, KrObject *out_list)
{
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(ste->symbols, &pos, &k, &v)) {
        int f = (int)kr_int_as_long(v);
        int sc = f >> 16;
        if (sc == want_scope || (want_flag && (f & want_flag)))
            if (kr_list_append(out_list, k) < 0)
                return -1;
    }
    return kr_list_sort(out_list, NULL, 0);
}

static int fill_map(KrObject *list, KrObject *map)
{
    for (ssize_t i = 0; i < KR_LIST_LEN(list); i++) {
        KrObject *iv = kr_int_from_ssize(i);
        int r = iv ? kr_dict_set(map, KR_LIST_GET(list, i), iv) : -1;
        KR_XDECREF(iv);
        if (r < 0)
            return -1;
    }
    return 0;
}

static void unit_free(Unit *u)
{
    KrBlock *b = u->blocks;
    while (b) {
        KrBlock *n = b->alloc_link;
        kr_mem_free(b->instrs);
        kr_mem_free(b);
        b = n;
    }
    KR_XDECREF(u->name);
    KR_XDECREF(u->qualname);
    KR_XDECREF(u->consts);
    KR_XDECREF(u->const_map);
    KR_XDECREF(u->names);
    KR_XDECREF(u->names_map);
    KR_XDECREF(u->varnames);
    KR_XDECREF(u->varnames_map);
    KR_XDECREF(u->cellvars);
    KR_XDECREF(u->cell_map);
    KR_XDECREF(u->freevars);
    KR_XDECREF(u->free_map);
    KR_XDECREF(u->fast_hidden);
    kr_mem_free(u);
}

static KrObject *make_qualname(Compiler *c, Unit *u)
{
    Unit *p = u->parent;
    /* comprehensions compiled as functions stay invisible in qualnames,
     * as CPython 3.12's inlined ones are */
    while (p && p->ste->comprehension && p->ste->comprehension != KR_COMP_GENEXP && p->parent)
        p = p->parent;
    /* the block of type parameters of a generic def or class is invisible
     * too (one level, as CPython skips it) */
    if (p && p->parent && (p->ste->annotation == KR_ANNOT_TYPEPARAMS || p->ste->annotation == KR_ANNOT_TYPEVAR_BOUND))
        p = p->parent;
    if (!p || !p->parent)
        return kr_newref(u->name);
    if (u->ste->type != KR_BLOCK_MODULE && !u->ste->comprehension) {
        KrObject *m = kr_symtable_mangle(p->private_name, u->name);
        if (!m)
            return NULL;
        int sc = kr_symtable_scope_of(p->ste, m);
        KR_DECREF(m);
        if (sc == KR_SC_GLOBAL_EXPLICIT)
            return kr_newref(u->name);
    }
    if (p->ste->type == KR_BLOCK_FUNCTION && p->ste->comprehension != KR_COMP_GENEXP &&
        !(p->ste->comprehension))
        return kr_str_from_format("%U.<locals>.%U", p->qualname, u->name);
    if (p->ste->type == KR_BLOCK_FUNCTION && p->ste->is_lambda)
        return kr_str_from_format("%U.<locals>.%U", p->qualname, u->name);
    return kr_str_from_format("%U.%U", p->qualname, u->name);
}

int cg_enter_unit(Compiler *c, KrObject *name, const void *node, int firstlineno)
{
    KrScope *ste = kr_symtable_lookup(c->st, node);
    if (!ste) {
        kr_err_format(KrExc_SystemError, "compiler: no symbol table for %U", name);
        return -1;
    }
    Unit *u = kr_mem_calloc(1, sizeof(Unit));
    if (!u) {
        kr_err_nomemory();
        return -1;
    }
    u->parent = c->u;
    u->ste = ste;
    u->name = kr_newref(name);
    u->firstlineno = firstlineno;
    u->private_name = ste->private_name;
    if (ste->type == KR_BLOCK_CLASS)
        u->private_name = name;
    u->consts = kr_list_new(0);
    u->const_map = kr_dict_new();
    u->names = kr_list_new(0);
    u->names_map = kr_dict_new();
    u->varnames = kr_list_new(0);
    u->varnames_map = kr_dict_new();
    u->cellvars = kr_list_new(0);
    u->cell_map = kr_dict_new();
    u->freevars = kr_list_new(0);
    u->free_map = kr_dict_new();
    c->u = u;
    if (!u->consts || !u->const_map || !u->names || !u->names_map || !u->varnames ||
        !u->varnames_map || !u->cellvars || !u->cell_map || !u->freevars || !u->free_map)
        goto fail;
    for (ssize_t i = 0; i < KR_LIST_LEN(ste->varnames); i++)
        if (varname_index(c, KR_LIST_GET(ste->varnames, i)) < 0)
            goto fail;
    if (sorted_names_of(ste, KR_SC_CELL, KR_SYM_DEF_COMP_CELL, u->cellvars) < 0)
        goto fail;
    if (ste->type == KR_BLOCK_CLASS && ste->needs_class_closure) {
        if (kr_list_append(u->cellvars, KR_ID(__class__)) < 0 || kr_list_sort(u->cellvars, NULL, 0) < 0)
            goto fail;
    }
    if (ste->type == KR_BLOCK_CLASS && ste->needs_classdict) {
        if (kr_list_append(u->cellvars, KR_ID(__classdict__)) < 0 || kr_list_sort(u->cellvars, NULL, 0) < 0)
            goto fail;
    }
    if (sorted_names_of(ste, KR_SC_FREE, KR_SYM_DEF_FREE_CLASS, u->freevars) < 0)
        goto fail;
    if (fill_map(u->cellvars, u->cell_map) < 0 || fill_map(u->freevars, u->free_map) < 0)
        goto fail;
    u->qualname = make_qualname(c, u);
    if (!u->qualname)
        goto fail;
    u->entry = cg_new_block(c);
    if (!u->entry)
        goto fail;
    u->cur = u->entry;
    u->loc.lineno = firstlineno;
    u->loc.end_lineno = firstlineno;
    u->loc.col = 0;
    u->loc.end_col = 0;
    /* prologue: cells and free variables get no position, as CPython */
    KrPosition save = u->loc;
    u->loc.lineno = u->loc.end_lineno = u->loc.col = u->loc.end_col = -1;
    for (ssize_t i = 0; i < KR_LIST_LEN(u->cellvars); i++)
        if (cg_emit(c, KR_OP_MAKE_CELL, (int)i) < 0)
            goto fail;
    if (KR_LIST_LEN(u->freevars) && cg_emit(c, KR_OP_COPY_FREE_VARS, (int)KR_LIST_LEN(u->freevars)) < 0)
        goto fail;
    u->loc = save;
    if (ste->type == KR_BLOCK_MODULE) {
        /* a module's RESUME belongs to line 0, as CPython */
        u->loc.lineno = 0;
        u->loc.end_lineno = 1;
    }
    if (cg_emit(c, KR_OP_RESUME, 0) < 0)
        goto fail;
    u->loc.lineno = u->loc.end_lineno = firstlineno;
    return 0;
fail:
    c->u = u->parent;
    unit_free(u);
    return -1;
}

void cg_abandon_unit(Compiler *c)
{
    Unit *u = c->u;
    c->u = u->parent;
    unit_free(u);
}

static int compute_flags(Unit *u)
{
    KrScope *ste = u->ste;
    int flags = 0;
    if (ste->type == KR_BLOCK_FUNCTION) {
        flags |= KR_CO_OPTIMIZED | KR_CO_NEWLOCALS;
        if (ste->nested)
            flags |= KR_CO_NESTED;
        if (ste->is_generator && ste->is_coroutine)
            flags |= KR_CO_ASYNC_GENERATOR;
        else if (ste->is_generator)
            flags |= KR_CO_GENERATOR;
        else if (ste->is_coroutine)
            flags |= KR_CO_COROUTINE;
        if (ste->has_varargs)
            flags |= KR_CO_VARARGS;
        if (ste->has_varkw)
            flags |= KR_CO_VARKEYWORDS;
    }
    return flags;
}

/* finish the current unit: an assembled code object; the unit is freed */
KrObject *cg_exit_unit(Compiler *c)
{
    Unit *u = c->u;
    KrObject *code = NULL, *lpnames = NULL, *lpkinds = NULL;
    /* localsplus: locals (parameters first), then cells that are not
     * parameters, then free variables */
    ssize_t nlocals = KR_LIST_LEN(u->varnames), ncells = KR_LIST_LEN(u->cellvars),
            nfree = KR_LIST_LEN(u->freevars);
    int *map = kr_mem_alloc((size_t)(ncells + nfree + 1) * sizeof(int));
    unsigned char *kinds = kr_mem_alloc((size_t)(nlocals + ncells + nfree + 1));
    lpnames = kr_list_new(0);
    if (!map || !kinds || !lpnames) {
        kr_err_nomemory();
        goto done;
    }
    for (ssize_t i = 0; i < nlocals; i++) {
        if (kr_list_append(lpnames, KR_LIST_GET(u->varnames, i)) < 0)
            goto done;
        kinds[i] = KR_FAST_LOCAL;
    }
    ssize_t n = nlocals;
    for (ssize_t i = 0; i < ncells; i++) {
        KrObject *nm = KR_LIST_GET(u->cellvars, i);
        KrObject *v = kr_dict_get_str(u->varnames_map, nm);
        if (v) {
            ssize_t j = kr_int_as_long(v);
            map[i] = (int)j;
            kinds[j] |= KR_FAST_CELL;
        } else {
            map[i] = (int)n;
            kinds[n] = KR_FAST_CELL;
            if (kr_list_append(lpnames, nm) < 0)
                goto done;
            n++;
        }
    }
    for (ssize_t i = 0; i < nfree; i++) {
        map[ncells + i] = (int)n;
        kinds[n] = KR_FAST_FREE;
        if (kr_list_append(lpnames, KR_LIST_GET(u->freevars, i)) < 0)
            goto done;
        n++;
    }
    for (KrBlock *b = u->blocks; b; b = b->alloc_link)
        for (int i = 0; i < b->n; i++) {
            int op = b->instrs[i].op;
            if (op == KR_OP_LOAD_DEREF || op == KR_OP_STORE_DEREF || op == KR_OP_DELETE_DEREF ||
                op == KR_OP_LOAD_CLOSURE || op == KR_OP_MAKE_CELL || op == KR_OP_LOAD_FROM_DICT_OR_DEREF)
                b->instrs[i].arg = map[b->instrs[i].arg];
        }
    lpkinds = kr_bytes_from_data(kinds, n);
    if (!lpkinds)
        goto done;
    if (kr_optimize_cfg(u->entry, u->consts) < 0)
        goto done;
    KrAsmInput in;
    memset(&in, 0, sizeof in);
    in.entry = u->entry;
    in.consts = u->consts;
    in.names = u->names;
    in.localsplusnames = lpnames;
    in.localspluskinds = lpkinds;
    in.nlocals = (int)nlocals;
    in.argcount = u->argcount;
    in.posonlyargcount = u->posonlyargcount;
    in.kwonlyargcount = u->kwonlyargcount;
    in.flags = compute_flags(u);
    in.firstlineno = u->firstlineno;
    in.filename = c->filename;
    in.name = u->name;
    in.qualname = u->qualname;
    code = kr_assemble(&in);
done:
    kr_mem_free(map);
    kr_mem_free(kinds);
    KR_XDECREF(lpnames);
    KR_XDECREF(lpkinds);
    c->u = u->parent;
    unit_free(u);
    return code;
}

/* MAKE_FUNCTION for a code object made in a child unit; flags already
 * includes what is on the stack (defaults ...) */
int cg_make_closure(Compiler *c, KrObject *code, int flags)
{
    KrCodeObject *co = (KrCodeObject *)code;
    if (co->co_nfreevars) {
        ssize_t n = KR_TUPLE_LEN(co->co_localsplusnames);
        const unsigned char *k = (const unsigned char *)KR_BYTES_DATA(co->co_localspluskinds);
        int cnt = 0;
        for (ssize_t i = 0; i < n; i++) {
            if (!(k[i] & KR_FAST_FREE))
                continue;
            if (cg_load_closure(c, KR_TUPLE_GET(co->co_localsplusnames, i)) < 0)
                return -1;
            cnt++;
        }
        if (cg_emit(c, KR_OP_BUILD_TUPLE, cnt) < 0)
            return -1;
        flags |= 8;
    }
    if (cg_load_const(c, code) < 0)
        return -1;
    return cg_emit(c, KR_OP_MAKE_FUNCTION, flags);
}

/* ---- fblocks ------------------------------------------------------------- */

int cg_push_fblock(Compiler *c, int type, KrBlock *block, KrBlock *exit, void *datum, int nh_before)
{
    Unit *u = c->u;
    if (u->nfblocks >= CG_MAX_FBLOCKS) {
        cg_error(c, u->loc, "too many statically nested blocks");
        return -1;
    }
    FBlock *f = &u->fblocks[u->nfblocks++];
    f->type = type;
    f->block = block;
    f->exit = exit;
    f->datum = datum;
    f->nh_before = nh_before;
    return 0;
}

void cg_pop_fblock(Compiler *c) { c->u->nfblocks--; }

/* ---- entry points ----------------------------------------------------------- */

static bool future_annotations(KrAstMod *mod)
{
    if (mod->kind == KR_MOD_EXPRESSION)
        return false;
    for (ssize_t i = 0; i < KR_SEQ_LEN(mod->body); i++) {
        KrAstStmt *s = KR_SEQ_GET(mod->body, i);
        if (s->kind == KR_STMT_Expr && s->v.Expr.value->kind == KR_EXPR_Constant && i == 0)
            continue;
        if (s->kind != KR_STMT_ImportFrom || !s->v.ImportFrom.module ||
            !kr_str_eq_cstr(s->v.ImportFrom.module, "__future__"))
            break;
        for (ssize_t j = 0; j < KR_SEQ_LEN(s->v.ImportFrom.names); j++) {
            KrAstAlias *a = KR_SEQ_GET(s->v.ImportFrom.names, j);
            if (kr_str_eq_cstr(a->name, "annotations"))
                return true;
        }
    }
    return false;
}

static KrObject *compile_mod(KrAstMod *mod, KrObject *filename, int mode, int optimize, KrArena *arena,
                             const char *src, ssize_t srclen)
{
    if (optimize < 0)
        optimize = kr_tstate() && kr_tstate()->interp ? kr_interp()->optimize : 0;
    Compiler comp;
    memset(&comp, 0, sizeof comp);
    comp.filename = filename;
    comp.src = src;
    comp.srclen = srclen;
    comp.optimize = optimize;
    comp.arena = arena;
    comp.interactive = mode == KR_PARSE_SINGLE;
    comp.future_annotations = future_annotations(mod);
    /* the symbol table first: it also bounds the nesting depth that the
     * folding pass and codegen then recurse through */
    comp.st = kr_symtable_build(mod, filename, src, srclen, comp.future_annotations);
    if (!comp.st)
        return NULL;
    if (kr_optimize_ast(mod, arena, optimize) < 0) {
        kr_symtable_free(comp.st);
        return NULL;
    }
    KrObject *code = NULL;
    KrObject *modname = kr_str_intern_cstr("<module>");
    if (!modname)
        goto done;
    if (cg_enter_unit(&comp, modname, mod, 1) < 0) {
        KR_DECREF(modname);
        goto done;
    }
    KR_DECREF(modname);
    int r;
    if (mod->kind == KR_MOD_EXPRESSION) {
        r = cg_expr(&comp, mod->expr);
        if (r == 0)
            r = cg_emit(&comp, KR_OP_RETURN_VALUE, 0);
    } else {
        r = cg_module_body(&comp, mod->body);
    }
    if (r < 0) {
        cg_abandon_unit(&comp);
        goto done;
    }
    code = cg_exit_unit(&comp);
done:
    kr_symtable_free(comp.st);
    return code;
}

KrObject *kr_compile_ast(KrAstMod *mod, KrObject *filename, int mode, int optimize, KrArena *arena)
{
    return compile_mod(mod, filename, mode, optimize, arena, NULL, 0);
}

KrObject *kr_compile_string(const char *src, ssize_t len, KrObject *filename, int mode, int optimize)
{
    KrArena *arena = kr_arena_new();
    if (!arena)
        return NULL;
    KrObject *code = NULL;
    KrAstMod *mod = kr_parse(src, len, filename, mode, arena);
    if (mod)
        code = compile_mod(mod, filename, mode, optimize, arena, src, len);
    kr_arena_free(arena);
    return code;
}
