/* parser_int.h: state shared by the parser's files (parser.c: tokens,
 * errors, literals and the entry point; parser_expr.c: expressions;
 * parser_stmt.c: statements; parser_match.c: match and its patterns).
 * Not part of the contract between areas.
 *
 * The parser is recursive descent over a token buffer filled lazily from
 * the tokenizer.  Functions return NULL with an exception set on failure;
 * p->err marks that an error is pending so callers unwind at once.
 */
#ifndef KR_PARSER_INT_H
#define KR_PARSER_INT_H

#include "tokenizer.h"

typedef struct Parser {
    KrTokenizer tz;
    KrToken *toks;
    int ntoks, captoks;
    int pos;
    int err;                 /* an exception is set */
    int tok_failed;          /* the tokenizer raised: nothing more to read */
    int depth;               /* recursion guard */
    int mode;
    int in_fstring;          /* parsing a replacement field */
    int no_drain;            /* report without tokenizing the rest first */
    KrAstPos last_disj;      /* the last disjunction parsed ... */
    int last_disj_end;       /* ... and the index of the token after it */
    int last_disj_name;      /* it was a bare name */
    KrArena *arena;
    KrObject *filename;
    const char *src;
    size_t len;
} Parser;

#define MAX_DEPTH 6000

/* tokens */
KrToken *p_tok(Parser *p, int k);            /* lookahead k (0 = current) */
static inline int p_type(Parser *p, int k) { return p_tok(p, k)->type; }
static inline int p_at(Parser *p, int type) { return p_tok(p, 0)->type == type; }
int p_accept(Parser *p, int type);           /* consume if current has type */
KrToken *p_last(Parser *p);                  /* the last consumed token */
static inline void p_advance(Parser *p) { p->pos++; }
int p_is_name(Parser *p, int k, const char *s);  /* NAME token with that text */

/* positions */
KrAstPos p_pos_tok(KrToken *a, KrToken *b);
KrAstPos p_span(KrAstPos a, KrAstPos b);
KrAstPos p_start_pos(Parser *p);             /* from the current token */
KrAstPos p_end_here(Parser *p, KrAstPos start);  /* start .. end of last token */

/* errors (all return NULL for convenience) */
void *p_error_at(Parser *p, KrTypeObject *type, const char *msg, int lineno, int col,
                 int end_lineno, int end_col);
void *p_error_tok(Parser *p, KrToken *t, const char *msg);
void *p_error_range(Parser *p, KrAstPos a, KrAstPos b, const char *msg);
void *p_error_node(Parser *p, KrAstPos a, const char *fmt, ...);
void *p_invalid(Parser *p);                  /* "invalid syntax" at the current token */
int p_check_comma(Parser *p);                /* "Perhaps you forgot a comma?" etc.; 1 if raised */
int p_expect(Parser *p, int type);           /* 0 or -1 with "invalid syntax" */
int p_expect_forced(Parser *p, int type, const char *what);  /* "expected 'x'" */
int p_enter(Parser *p);
static inline void p_leave(Parser *p) { p->depth--; }

/* objects */
KrObject *p_name_obj(Parser *p, KrToken *t);    /* interned identifier (arena-owned) */
KrObject *p_own(Parser *p, KrObject *o);        /* give o to the arena; NULL on failure */
KrAstSeq *p_seq(Parser *p, void **items, int n);

/* growable temporary vectors */
typedef struct PVec { void **items; int n, cap; void *inl[8]; } PVec;
void pv_init(PVec *v);
int pv_push(Parser *p, PVec *v, void *x);
KrAstSeq *pv_seq(Parser *p, PVec *v);        /* copies into the arena and frees v */
void pv_free(PVec *v);

/* literals (parser.c) */
KrAstExpr *p_number(Parser *p);
KrAstExpr *p_strings(Parser *p);             /* one or more adjacent STRING / f-string tokens */

/* expressions (parser_expr.c) */
KrAstExpr *p_expression(Parser *p);          /* expression: conditional, lambda */
KrAstExpr *p_named_expression(Parser *p);
KrAstExpr *p_star_expressions(Parser *p);    /* a, *b, c (tuple when commas) */
KrAstExpr *p_star_named_expression(Parser *p);
KrAstExpr *p_bitwise_or(Parser *p);
KrAstExpr *p_disjunction(Parser *p);
KrAstExpr *p_yield_expr(Parser *p);
KrAstExpr *p_star_targets_expr(Parser *p);   /* targets parsed as expressions */
KrAstExpr *p_fstring_expr(Parser *p);        /* inside a replacement field */
KrAstArguments *p_params(Parser *p, int lambda, int close_type);
KrAstSeq *p_keywords_or_args(Parser *p, KrAstSeq **keywords, int close_type, int genexp_ok, KrAstPos open);
int p_can_start_expr(int type);

/* target checking */
enum { TGT_STAR = 1, TGT_DEL, TGT_FOR };
int p_set_context(Parser *p, KrAstExpr *e, KrExprContext ctx);
KrAstExpr *p_invalid_target(KrAstExpr *e, int kind);
const char *p_expr_name(KrAstExpr *e);

/* statements (parser_stmt.c, parser_match.c) */
KrAstSeq *p_file(Parser *p);
KrAstSeq *p_block(Parser *p, const char *what, int lineno);   /* ':' already consumed */
KrAstPos p_stmt_end(Parser *p, KrAstPos start);               /* to the last token of the block */
KrAstStmt *p_match_stmt(Parser *p);
KrAstSeq *p_interactive(Parser *p);

#endif
