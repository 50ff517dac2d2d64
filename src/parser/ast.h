/* ast.h: the abstract syntax tree, the contract between the parser and the
 * compiler.  Node kinds and fields mirror Python's `ast` module (3.12), so a
 * later `ast` module can expose them one to one.
 *
 * Nodes live in an arena and are freed together when compilation ends.
 * Identifiers and constants are Python objects (interned str for names);
 * the arena holds one reference to each and drops them all at the end.
 * Positions: lineno/end_lineno 1-based, col_offset/end_col_offset 0-based
 * UTF-8 byte offsets, exactly like CPython's ast.
 */
#ifndef KR_AST_H
#define KR_AST_H

#include "../object/object.h"

typedef struct KrArena KrArena;
KrArena *kr_arena_new(void);
void kr_arena_free(KrArena *a);
void *kr_arena_alloc(KrArena *a, size_t n);          /* zeroed; NULL + MemoryError */
int kr_arena_add_object(KrArena *a, KR_STEALS KrObject *o);  /* arena owns o; -1 on failure (o released) */

/* a sequence of nodes (or of anything pointer-sized) */
typedef struct KrAstSeq {
    ssize_t n;
    void *items[];
} KrAstSeq;
KrAstSeq *kr_ast_seq_new(KrArena *a, ssize_t n);
#define KR_SEQ_LEN(s) ((s) ? (s)->n : 0)
#define KR_SEQ_GET(s, i) ((s)->items[i])

typedef enum { KR_CTX_LOAD = 1, KR_CTX_STORE, KR_CTX_DEL } KrExprContext;
typedef enum { KR_BOOL_AND = 1, KR_BOOL_OR } KrBoolOp;
/* binary operators: same numbering as KR_NB_* (BINARY_OP) */
typedef enum {
    KR_OP_ADD = 0, KR_OP_BITAND = 1, KR_OP_FLOORDIV = 2, KR_OP_LSHIFT = 3, KR_OP_MATMUL = 4,
    KR_OP_MULT = 5, KR_OP_MOD = 6, KR_OP_BITOR = 7, KR_OP_POW = 8, KR_OP_RSHIFT = 9,
    KR_OP_SUB = 10, KR_OP_DIV = 11, KR_OP_BITXOR = 12
} KrOperator;
typedef enum { KR_UOP_INVERT = 1, KR_UOP_NOT, KR_UOP_UADD, KR_UOP_USUB } KrUnaryOp;
typedef enum {
    KR_CMP_EQ = 1, KR_CMP_NOTEQ, KR_CMP_LT, KR_CMP_LTE, KR_CMP_GT, KR_CMP_GTE,
    KR_CMP_IS, KR_CMP_ISNOT, KR_CMP_IN, KR_CMP_NOTIN
} KrCmpOp;

typedef struct KrAstPos { int lineno, col_offset, end_lineno, end_col_offset; } KrAstPos;

typedef struct KrAstExpr KrAstExpr;
typedef struct KrAstStmt KrAstStmt;

typedef struct KrAstArg {
    KrAstPos pos;
    KrObject *arg;               /* name */
    KrAstExpr *annotation;       /* or NULL */
} KrAstArg;

typedef struct KrAstArguments {
    KrAstSeq *posonlyargs;       /* KrAstArg* */
    KrAstSeq *args;              /* KrAstArg* */
    KrAstArg *vararg;            /* or NULL */
    KrAstSeq *kwonlyargs;        /* KrAstArg* */
    KrAstSeq *kw_defaults;       /* KrAstExpr*, NULL entries for no default; same length as kwonlyargs */
    KrAstArg *kwarg;             /* or NULL */
    KrAstSeq *defaults;          /* KrAstExpr*, for the last len(defaults) of posonlyargs+args */
} KrAstArguments;

typedef struct KrAstKeyword {
    KrAstPos pos;
    KrObject *arg;               /* NULL for **kwargs */
    KrAstExpr *value;
} KrAstKeyword;

typedef struct KrAstAlias {
    KrAstPos pos;
    KrObject *name;              /* dotted name as one str, or "*" */
    KrObject *asname;            /* or NULL */
} KrAstAlias;

typedef struct KrAstWithItem {
    KrAstExpr *context_expr;
    KrAstExpr *optional_vars;    /* or NULL */
} KrAstWithItem;

typedef struct KrAstComprehension {
    KrAstExpr *target, *iter;
    KrAstSeq *ifs;               /* KrAstExpr* */
    int is_async;
} KrAstComprehension;

/* PEP 695 type parameters: `T`, `T: bound`, `*Ts`, `**P` */
typedef enum { KR_TP_TypeVar = 1, KR_TP_ParamSpec, KR_TP_TypeVarTuple } KrAstTypeParamKind;
typedef struct KrAstTypeParam {
    KrAstTypeParamKind kind;
    KrAstPos pos;
    KrObject *name;
    KrAstExpr *bound;            /* TypeVar only (a Tuple: constraints), or NULL */
} KrAstTypeParam;

typedef struct KrAstExceptHandler {
    KrAstPos pos;
    KrAstExpr *type;             /* or NULL */
    KrObject *name;              /* or NULL */
    KrAstSeq *body;              /* KrAstStmt* */
} KrAstExceptHandler;

#define KR_AST_EXPR_KINDS(X) \
    X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict) X(Set) \
    X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Await) X(Yield) X(YieldFrom) \
    X(Compare) X(Call) X(FormattedValue) X(JoinedStr) X(Constant) X(Attribute) \
    X(Subscript) X(Starred) X(Name) X(List) X(Tuple) X(Slice)

typedef enum {
#define X(k) KR_EXPR_##k,
    KR_AST_EXPR_KINDS(X)
#undef X
    KR_EXPR_KIND_COUNT
} KrAstExprKind;

struct KrAstExpr {
    KrAstExprKind kind;
    KrAstPos pos;
    union {
        struct { KrBoolOp op; KrAstSeq *values; } BoolOp;
        struct { KrAstExpr *target, *value; } NamedExpr;
        struct { KrAstExpr *left; KrOperator op; KrAstExpr *right; } BinOp;
        struct { KrUnaryOp op; KrAstExpr *operand; } UnaryOp;
        struct { KrAstArguments *args; KrAstExpr *body; } Lambda;
        struct { KrAstExpr *test, *body, *orelse; } IfExp;
        struct { KrAstSeq *keys, *values; } Dict;        /* key NULL: **value */
        struct { KrAstSeq *elts; } Set;
        struct { KrAstExpr *elt; KrAstSeq *generators; } ListComp;   /* KrAstComprehension* */
        struct { KrAstExpr *elt; KrAstSeq *generators; } SetComp;
        struct { KrAstExpr *key, *value; KrAstSeq *generators; } DictComp;
        struct { KrAstExpr *elt; KrAstSeq *generators; } GeneratorExp;
        struct { KrAstExpr *value; } Await;
        struct { KrAstExpr *value; } Yield;               /* value may be NULL */
        struct { KrAstExpr *value; } YieldFrom;
        struct { KrAstExpr *left; int nops; KrCmpOp *ops; KrAstSeq *comparators; } Compare;
        struct { KrAstExpr *func; KrAstSeq *args; KrAstSeq *keywords; } Call;  /* KrAstKeyword* */
        struct { KrAstExpr *value; int conversion; KrAstExpr *format_spec; } FormattedValue; /* conversion -1, 's', 'r', 'a' */
        struct { KrAstSeq *values; } JoinedStr;
        struct { KrObject *value; KrObject *kind; } Constant;   /* kind: "u" or NULL */
        struct { KrAstExpr *value; KrObject *attr; KrExprContext ctx; } Attribute;
        struct { KrAstExpr *value, *slice; KrExprContext ctx; } Subscript;
        struct { KrAstExpr *value; KrExprContext ctx; } Starred;
        struct { KrObject *id; KrExprContext ctx; } Name;
        struct { KrAstSeq *elts; KrExprContext ctx; } List;
        struct { KrAstSeq *elts; KrExprContext ctx; } Tuple;
        struct { KrAstExpr *lower, *upper, *step; } Slice;
    } v;
};

/* patterns of the match statement */
#define KR_AST_PATTERN_KINDS(X) \
    X(MatchValue) X(MatchSingleton) X(MatchSequence) X(MatchMapping) X(MatchClass) \
    X(MatchStar) X(MatchAs) X(MatchOr)

typedef enum {
#define X(k) KR_PAT_##k,
    KR_AST_PATTERN_KINDS(X)
#undef X
    KR_PAT_KIND_COUNT
} KrAstPatternKind;

typedef struct KrAstPattern KrAstPattern;
struct KrAstPattern {
    KrAstPatternKind kind;
    KrAstPos pos;
    union {
        struct { KrAstExpr *value; } MatchValue;          /* a literal or a dotted name */
        struct { KrObject *value; } MatchSingleton;       /* None, True or False */
        struct { KrAstSeq *patterns; } MatchSequence;     /* KrAstPattern* (MatchStar at most once) */
        struct { KrAstSeq *keys; KrAstSeq *patterns; KrObject *rest; } MatchMapping; /* rest: name after ** or NULL */
        struct { KrAstExpr *cls; KrAstSeq *patterns; KrAstSeq *kwd_attrs; KrAstSeq *kwd_patterns; } MatchClass; /* kwd_attrs: KrObject* */
        struct { KrObject *name; } MatchStar;             /* NULL for *_ */
        struct { KrAstPattern *pattern; KrObject *name; } MatchAs; /* both NULL: the wildcard _ */
        struct { KrAstSeq *patterns; } MatchOr;
    } v;
};

typedef struct KrAstMatchCase {
    KrAstPattern *pattern;
    KrAstExpr *guard;            /* or NULL */
    KrAstSeq *body;              /* KrAstStmt* */
} KrAstMatchCase;

#define KR_AST_STMT_KINDS(X) \
    X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign) X(AugAssign) \
    X(AnnAssign) X(For) X(AsyncFor) X(While) X(If) X(With) X(AsyncWith) X(Raise) X(Try) \
    X(TryStar) X(Assert) X(Import) X(ImportFrom) X(Global) X(Nonlocal) X(Expr) X(Pass) \
    X(Break) X(Continue) X(TypeAlias) X(Match)

typedef enum {
#define X(k) KR_STMT_##k,
    KR_AST_STMT_KINDS(X)
#undef X
    KR_STMT_KIND_COUNT
} KrAstStmtKind;

struct KrAstStmt {
    KrAstStmtKind kind;
    KrAstPos pos;
    union {
        struct { KrObject *name; KrAstArguments *args; KrAstSeq *body; KrAstSeq *decorator_list;
                 KrAstExpr *returns; KrAstSeq *type_params; } FunctionDef;   /* also AsyncFunctionDef */
        struct { KrObject *name; KrAstSeq *bases; KrAstSeq *keywords; KrAstSeq *body;
                 KrAstSeq *decorator_list; KrAstSeq *type_params; } ClassDef;
        /* type_params: KrAstTypeParam*, NULL or empty when there are none */
        struct { KrAstExpr *value; } Return;             /* may be NULL */
        struct { KrAstSeq *targets; } Delete;
        struct { KrAstSeq *targets; KrAstExpr *value; } Assign;
        struct { KrAstExpr *target; KrOperator op; KrAstExpr *value; } AugAssign;
        struct { KrAstExpr *target, *annotation, *value; int simple; } AnnAssign;
        struct { KrAstExpr *target, *iter; KrAstSeq *body, *orelse; } For;   /* also AsyncFor */
        struct { KrAstExpr *test; KrAstSeq *body, *orelse; } While;
        struct { KrAstExpr *test; KrAstSeq *body, *orelse; } If;
        struct { KrAstSeq *items; KrAstSeq *body; } With;  /* KrAstWithItem*; also AsyncWith */
        struct { KrAstExpr *exc, *cause; } Raise;
        struct { KrAstSeq *body; KrAstSeq *handlers; KrAstSeq *orelse, *finalbody; } Try; /* also TryStar; KrAstExceptHandler* */
        struct { KrAstExpr *test, *msg; } Assert;
        struct { KrAstSeq *names; } Import;              /* KrAstAlias* */
        struct { KrObject *module; KrAstSeq *names; int level; } ImportFrom;  /* module may be NULL */
        struct { KrAstSeq *names; } Global;              /* KrObject* names */
        struct { KrAstSeq *names; } Nonlocal;
        struct { KrAstExpr *value; } Expr;
        struct { KrAstExpr *subject; KrAstSeq *cases; } Match;   /* KrAstMatchCase* */
        struct { KrAstExpr *name; KrAstSeq *type_params; KrAstExpr *value; } TypeAlias;  /* name: a Name, Store */
    } v;
};

typedef enum { KR_MOD_MODULE = 1, KR_MOD_INTERACTIVE, KR_MOD_EXPRESSION } KrAstModKind;
typedef struct KrAstMod {
    KrAstModKind kind;
    KrAstSeq *body;              /* Module/Interactive */
    KrAstExpr *expr;             /* Expression */
} KrAstMod;

/* node constructors (ast.c) used by the parser */
KrAstExpr *kr_ast_expr_new(KrArena *a, KrAstExprKind kind, KrAstPos pos);
KrAstStmt *kr_ast_stmt_new(KrArena *a, KrAstStmtKind kind, KrAstPos pos);
/* debugging: a text dump close to ast.dump() (used by tests of the parser) */
KrObject *kr_ast_dump(KrAstMod *mod);
/* the same with include_attributes=True: positions of every node that has them */
KrObject *kr_ast_dump_ex(KrAstMod *mod, int include_attributes);

#endif
