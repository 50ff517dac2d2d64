/* symtable.h: the compiler's internal interfaces.
 *
 * The symbol table (symtable.c) is built in two passes over the AST: the
 * first records, per scope, how each name is used (bound, parameter, used,
 * declared global/nonlocal); the second resolves every name to a scope kind
 * (local, cell, free, global explicit/implicit) the way CPython does, LEGB
 * with class bodies invisible to the functions nested in them.
 *
 * The rest of this header is shared by codegen, optimize and assemble: the
 * control-flow graph of basic blocks that codegen fills and the assembler
 * lays out.
 */
#ifndef KR_SYMTABLE_H
#define KR_SYMTABLE_H

#include "kr.h"

/* ---- symbol table ------------------------------------------------------- */
enum {
    KR_SYM_DEF_GLOBAL = 1,      /* global statement */
    KR_SYM_DEF_LOCAL = 2,       /* bound in this scope */
    KR_SYM_DEF_PARAM = 4,
    KR_SYM_DEF_NONLOCAL = 8,
    KR_SYM_USE = 16,
    KR_SYM_DEF_FREE_CLASS = 32, /* free in a child of a class that binds it too */
    KR_SYM_DEF_IMPORT = 64,
    KR_SYM_DEF_ANNOT = 128,
    KR_SYM_DEF_COMP_ITER = 256, /* comprehension iteration variable */
    KR_SYM_DEF_COMP_CELL = 512, /* a cell inside an inlined comprehension of a module/class body */
    KR_SYM_DEF_TYPE_PARAM = 1024, /* a PEP 695 type parameter */
};
#define KR_SYM_DEF_BOUND (KR_SYM_DEF_LOCAL | KR_SYM_DEF_PARAM | KR_SYM_DEF_IMPORT)
enum { KR_SC_LOCAL = 1, KR_SC_GLOBAL_EXPLICIT, KR_SC_GLOBAL_IMPLICIT, KR_SC_FREE, KR_SC_CELL };
enum { KR_BLOCK_MODULE, KR_BLOCK_CLASS, KR_BLOCK_FUNCTION };
enum { KR_COMP_NONE, KR_COMP_GENEXP, KR_COMP_LIST, KR_COMP_SET, KR_COMP_DICT };
/* PEP 695 annotation scopes: function blocks that hold the type
 * parameters of a generic def/class/alias, compute a TypeVar's bound, or
 * compute an alias's value */
enum { KR_ANNOT_NONE, KR_ANNOT_TYPEPARAMS, KR_ANNOT_TYPEVAR_BOUND, KR_ANNOT_TYPEALIAS };

typedef struct KrScope KrScope;
struct KrScope {
    int type;                   /* KR_BLOCK_* */
    KrObject *name;             /* function/class name, "top", "<lambda>", "<listcomp>" ... */
    KrObject *symbols;          /* dict name -> int (flags | scope << 16) */
    KrObject *varnames;         /* list: parameters in order */
    KrObject *decl_pos;         /* dict name -> (line, col, end line, end col) of its global/nonlocal, or NULL */
    KrScope **children;
    int nchildren, capchildren;
    KrScope *parent;
    const void *node;           /* AST node that opened it */
    int lineno, col;
    KrObject *private_name;     /* enclosing class name for mangling, borrowed, or NULL */
    int comprehension;          /* KR_COMP_* */
    int annotation;             /* KR_ANNOT_* */
    bool can_see_class_scope;   /* an annotation scope directly in a class: names bound in the
                                 * class are found through __classdict__ first */
    bool needs_classdict;       /* a class whose annotation scopes need its namespace */
    bool is_generator, is_coroutine, is_lambda, nested, has_varargs, has_varkw;
    bool needs_class_closure, returns_value, has_docstring;
    bool inlined;               /* list/set/dict comprehension inlined into its parent (PEP 709) */
    bool has_await;             /* a comprehension with `await` in it: asynchronous */
    int child_index;            /* next child handed out during codegen */
};

typedef struct KrSymtable {
    KrScope *top;
    KrObject *filename;
    const char *src;            /* source text for error lines, or NULL */
    ssize_t srclen;
    KrScope *cur;
    /* node -> scope map, open addressing */
    const void **map_keys;
    KrScope **map_vals;
    size_t map_cap, map_used;
    int future_annotations;
    int in_annotation;          /* >= 1000: visiting a comprehension target */
    KrScope *annotation_scope;  /* with future annotations: the scope an annotation is read in */
    int depth;                  /* nesting of the walk, bounded like CPython's */
} KrSymtable;

KrSymtable *kr_symtable_build(KrAstMod *mod, KrObject *filename, const char *src, ssize_t srclen,
                              int future_annotations);
void kr_symtable_free(KrSymtable *st);
KrScope *kr_symtable_lookup(KrSymtable *st, const void *node);
int kr_symtable_scope_of(KrScope *s, KrObject *name);   /* KR_SC_* or 0 when unknown */
int kr_symtable_flags_of(KrScope *s, KrObject *name);
/* _Class__name mangling; new reference */
KrObject *kr_symtable_mangle(KrObject *private_name, KrObject *name);
/* SyntaxError at a position; text pulled from src when present */
void kr_compiler_error(KrObject *filename, const char *src, ssize_t srclen, int lineno, int col,
                       int end_lineno, int end_col, const char *fmt, ...);

/* ---- control-flow graph -------------------------------------------------- */
/* pseudo instructions: handler ranges and nothing else; never in co_code */
enum {
    KR_PSEUDO_SETUP_FINALLY = 240,  /* handler without lasti */
    KR_PSEUDO_SETUP_CLEANUP = 241,  /* handler with lasti */
    KR_PSEUDO_SETUP_WITH = 242,     /* handler with lasti, cut below the enter result */
    KR_PSEUDO_JUMP_NO_INTERRUPT = 243,
};

typedef struct KrBlock KrBlock;
typedef struct KrInstr {
    int op, arg;
    KrBlock *target;            /* jumps and SETUP_* */
    KrBlock *handler;           /* innermost exception handler covering it, or NULL */
    KrPosition pos;
} KrInstr;

struct KrBlock {
    KrInstr *instrs;
    int n, cap;
    KrBlock *next;              /* layout order */
    KrBlock *alloc_link;        /* all blocks of a unit, for freeing */
    int offset;                 /* first instruction index after layout */
    int startdepth;             /* -1 until reached */
    int handler_depth;          /* for handler blocks: stack cut depth */
    bool push_lasti, is_handler, visited, reachable;
    int label;
};

static inline bool kr_cfg_is_jump(int op)
{
    return op == KR_OP_JUMP || op == KR_OP_JUMP_BACKWARD || op == KR_OP_POP_JUMP_IF_FALSE ||
           op == KR_OP_POP_JUMP_IF_TRUE || op == KR_OP_POP_JUMP_IF_NONE ||
           op == KR_OP_POP_JUMP_IF_NOT_NONE || op == KR_OP_FOR_ITER ||
           op == KR_PSEUDO_JUMP_NO_INTERRUPT;
}
static inline bool kr_cfg_is_setup(int op)
{
    return op == KR_PSEUDO_SETUP_FINALLY || op == KR_PSEUDO_SETUP_CLEANUP || op == KR_PSEUDO_SETUP_WITH;
}
static inline bool kr_cfg_is_uncond(int op)
{
    return op == KR_OP_JUMP || op == KR_OP_JUMP_BACKWARD || op == KR_PSEUDO_JUMP_NO_INTERRUPT;
}
static inline bool kr_cfg_is_terminator(int op)
{
    return kr_cfg_is_uncond(op) || op == KR_OP_RETURN_VALUE || op == KR_OP_RETURN_CONST ||
           op == KR_OP_RAISE_VARARGS || op == KR_OP_RERAISE;
}

/* what the assembler needs from a compiled unit */
typedef struct KrAsmInput {
    KrBlock *entry;
    KrObject *consts;           /* list */
    KrObject *names;            /* list */
    KrObject *localsplusnames;  /* list */
    KrObject *localspluskinds;  /* bytearray-like list of ints: use a bytes object */
    int nlocals;                /* leading LOCAL slots */
    int argcount, posonlyargcount, kwonlyargcount, flags, firstlineno;
    KrObject *filename, *name, *qualname;
} KrAsmInput;

/* codegen.c: the deduplication key of a constant (new reference) */
KrObject *kr_compiler_const_key(KrObject *o);

/* optimize.c */
int kr_optimize_cfg(KrBlock *entry, KrObject *consts);
/* constant folding on the AST before codegen; optimize is the -O level */
int kr_optimize_ast(KrAstMod *mod, KrArena *arena, int optimize);
KrAstExpr *kr_optimize_fold_expr(KrAstExpr *e, KrArena *arena, int optimize);
/* a frozenset constant laid out as CPython's constant merging leaves it */
KrObject *kr_optimize_frozenset_const(KrObject *items_tuple);
/* assemble.c */
int kr_cfg_mark_reachable(KrBlock *entry);
KrObject *kr_assemble(KrAsmInput *in);

#endif
