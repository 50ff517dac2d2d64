/* codegen.h: private to codegen.c, codegen_stmt.c and codegen_expr.c. */
#ifndef KR_CODEGEN_H
#define KR_CODEGEN_H

#include "symtable.h"

#define CG_MAX_FBLOCKS 20
#define CG_MAX_HANDLERS 200

/* frame blocks: what a break/continue/return has to unwind */
enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
       FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER, FB_EXCEPTION_GROUP_HANDLER, FB_ASYNC_WITH };

typedef struct FBlock {
    int type;
    KrBlock *block, *exit;
    void *datum;                /* finally body (KrAstSeq*) or handler name */
    int nh_before;              /* handler stack height outside this block */
} FBlock;

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    KrScope *ste;
    KrObject *name, *qualname;
    KrObject *private_name;     /* borrowed */
    KrObject *consts, *const_map;
    KrObject *names, *names_map;
    KrObject *varnames, *varnames_map;
    KrObject *cellvars, *cell_map;
    KrObject *freevars, *free_map;
    int argcount, posonlyargcount, kwonlyargcount, firstlineno;
    KrBlock *blocks;            /* every block, for freeing */
    KrBlock *entry, *cur;
    FBlock fblocks[CG_MAX_FBLOCKS];
    int nfblocks;
    KrBlock *hstack[CG_MAX_HANDLERS];
    int nh;
    KrPosition loc;
    KrObject *fast_hidden;      /* dict: names made fast locals by an inlined comprehension */
    int in_inlined_comp;
};

typedef struct Compiler {
    KrSymtable *st;
    KrObject *filename;
    const char *src;
    ssize_t srclen;
    int optimize;
    bool interactive;
    bool future_annotations;
    KrArena *arena;
    Unit *u;
} Compiler;

KrBlock *cg_new_block(Compiler *c);
void cg_use_block(Compiler *c, KrBlock *b);
int cg_emit(Compiler *c, int op, int arg);
int cg_emit_jump(Compiler *c, int op, KrBlock *target);
int cg_emit_full(Compiler *c, int op, int arg, KrBlock *target);
int cg_push_handler(Compiler *c, int setup_op, KrBlock *handler);
void cg_pop_handler(Compiler *c);
void cg_repush_handler(Compiler *c, KrBlock *h);
void cg_set_loc(Compiler *c, KrAstPos p);
void cg_error(Compiler *c, KrPosition p, const char *fmt, ...);
void cg_error_at(Compiler *c, KrAstPos p, const char *msg);
int cg_add_const(Compiler *c, KrObject *o);
int cg_load_const(Compiler *c, KrObject *o);
int cg_add_name(Compiler *c, KrObject *name);
KrObject *cg_mangle(Compiler *c, KrObject *name);
int cg_nameop(Compiler *c, KrObject *name, int ctx);
bool cg_is_fast_name(Compiler *c, KrObject *name);
int cg_load_callable_name(Compiler *c, KrObject *name);
int cg_load_closure(Compiler *c, KrObject *name);
int cg_varname_index(Compiler *c, KrObject *name);
int cg_deref_index(Compiler *c, KrObject *name);
int cg_enter_unit(Compiler *c, KrObject *name, const void *node, int firstlineno);
void cg_abandon_unit(Compiler *c);
KrObject *cg_exit_unit(Compiler *c);
int cg_make_closure(Compiler *c, KrObject *code, int flags);
int cg_push_fblock(Compiler *c, int type, KrBlock *block, KrBlock *exit, void *datum, int nh_before);
void cg_pop_fblock(Compiler *c);

/* codegen_expr.c */
int cg_expr(Compiler *c, KrAstExpr *e);
int cg_exprs(Compiler *c, KrAstSeq *seq);
int cg_jump_if(Compiler *c, KrAstExpr *e, KrBlock *target, bool cond);
int cg_store(Compiler *c, KrAstExpr *target);       /* value on the stack */
int cg_delete(Compiler *c, KrAstExpr *target);
int cg_call_helper(Compiler *c, int pushed, KrAstSeq *args, KrAstSeq *keywords);
int cg_function_like(Compiler *c, KrAstStmt *s, KrAstExpr *lambda);
int cg_enter_type_params(Compiler *c, KrObject *name, KrAstSeq *tps, int firstline);
int cg_type_params(Compiler *c, KrAstSeq *tps);
int cg_call_type_params(Compiler *c, int nargs);
int cg_annotation_value(Compiler *c, KrAstExpr *ann);
int cg_await(Compiler *c);               /* await the value on the stack */   /* honours from __future__ import annotations */

/* codegen_match.c */
int cg_match(Compiler *c, KrAstStmt *s);

/* codegen_stmt.c */
int cg_stmt(Compiler *c, KrAstStmt *s);
int cg_stmts(Compiler *c, KrAstSeq *seq);
int cg_module_body(Compiler *c, KrAstSeq *body);
int cg_body_with_docstring(Compiler *c, KrAstSeq *body, bool is_function);
bool cg_find_annotations(KrAstSeq *body);

#endif
