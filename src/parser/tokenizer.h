/* tokenizer.h: UTF-8 source to tokens, for the parser.
 *
 * Tokens point into the source buffer (no copies).  Indentation becomes
 * INDENT/DEDENT, newlines inside brackets are dropped, and f-strings are
 * split into FSTRING_START / FSTRING_MIDDLE / expression tokens /
 * FSTRING_END as in CPython 3.12 (PEP 701), so the parser sees the
 * expressions inside replacement fields as ordinary tokens.
 */
#ifndef KR_TOKENIZER_H
#define KR_TOKENIZER_H

#include "kr.h"

#define KR_TOK_OPS(X) \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(COLON, ":") X(COMMA, ",") \
    X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(VBAR, "|") \
    X(AMPER, "&") X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%") \
    X(LBRACE, "{") X(RBRACE, "}") X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=") \
    X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<") \
    X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") \
    X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=") \
    X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=") \
    X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//") \
    X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") X(RARROW, "->") \
    X(ELLIPSIS, "...") X(COLONEQUAL, ":=") X(EXCLAMATION, "!")

#define KR_TOK_KEYWORDS(X) \
    X(FALSE, "False") X(NONE, "None") X(TRUE, "True") X(AND, "and") X(AS, "as") \
    X(ASSERT, "assert") X(ASYNC, "async") X(AWAIT, "await") X(BREAK, "break") \
    X(CLASS, "class") X(CONTINUE, "continue") X(DEF, "def") X(DEL, "del") X(ELIF, "elif") \
    X(ELSE, "else") X(EXCEPT, "except") X(FINALLY, "finally") X(FOR, "for") X(FROM, "from") \
    X(GLOBAL, "global") X(IF, "if") X(IMPORT, "import") X(IN, "in") X(IS, "is") \
    X(LAMBDA, "lambda") X(NONLOCAL, "nonlocal") X(NOT, "not") X(OR, "or") X(PASS, "pass") \
    X(RAISE, "raise") X(RETURN, "return") X(TRY, "try") X(WHILE, "while") X(WITH, "with") \
    X(YIELD, "yield")

typedef enum {
    T_ENDMARKER, T_NAME, T_NUMBER, T_STRING, T_NEWLINE, T_INDENT, T_DEDENT,
    T_FSTRING_START, T_FSTRING_MIDDLE, T_FSTRING_END, T_ERROR,
#define X(n, s) T_##n,
    KR_TOK_OPS(X)
#undef X
#define X(n, s) K_##n,
    KR_TOK_KEYWORDS(X)
#undef X
    T_COUNT
} KrTokType;

typedef struct KrToken {
    int type;
    const char *start, *end;         /* text in the source buffer */
    int lineno, col, end_lineno, end_col;   /* col: 0-based byte offsets */
    /* FSTRING_START: prefix flags; FSTRING_MIDDLE: the enclosing f-string's */
    unsigned char raw, is_bytes, quote_len;
    int level;                       /* bracket + f-string nesting when emitted */
} KrToken;

#define KR_TOK_MAXINDENT 100
#define KR_TOK_MAXLEVEL 200
#define KR_TOK_MAXFSTRING 150

typedef struct KrFStrFrame {
    char quote;            /* ' or " */
    char quote_len;        /* 1 or 3 */
    char raw;
    char state;            /* 0 literal, 1 expression, 2 format spec */
    int paren_level;       /* level when the current replacement field opened */
    int spec_depth;        /* nested fields inside a format spec */
    int start_line, start_col;
    const char *start;
} KrFStrFrame;

typedef struct KrTokenizer {
    const char *src, *end, *cur;
    const char *line_start;      /* start of the current physical line */
    int lineno;
    KrObject *filename;
    int indstack[KR_TOK_MAXINDENT + 1];
    int altindstack[KR_TOK_MAXINDENT + 1];
    int indent;                  /* top of indstack */
    int pending;                 /* >0: INDENTs to emit, <0: DEDENTs */
    int atbol;                   /* at beginning of a logical line */
    int had_token;               /* the current logical line has tokens */
    int level;                   /* bracket depth */
    char parenstack[KR_TOK_MAXLEVEL];
    int parenline[KR_TOK_MAXLEVEL];
    int parencol[KR_TOK_MAXLEVEL];
    int nfs;                     /* f-string frames */
    KrFStrFrame fs[KR_TOK_MAXFSTRING];
    int done;                    /* ENDMARKER emitted */
    int eof_newline;             /* synthetic NEWLINE at EOF emitted */
    int fs_end_pending;          /* the closing quote of f-string is next */
    int interactive_underflow;
    int soft_error;              /* the last error is one CPython reports from the parser side */
    const char *eof_ls;          /* start of the last line, once known */
    int eval_input;
    int single_input;            /* compile(..., 'single') */              /* eval(): the implicit NEWLINE at EOF has no column */
} KrTokenizer;

void kr_tok_init(KrTokenizer *t, const char *src, size_t len, KrObject *filename);
/* next token; -1 with SyntaxError set */
int kr_tok_next(KrTokenizer *t, KrToken *tok);
/* raise a SyntaxError-family error at a byte location (col 0-based bytes,
 * end_col may be -1 for none); the line text is taken from the source */
void kr_tok_error_at(KrTokenizer *t, KrTypeObject *type, const char *msg, int lineno, int col,
                     int end_lineno, int end_col, int text_nl);
/* the text of line `lineno` (1-based) as a str, without the newline */
const char *kr_tok_line_start(KrTokenizer *t, int lineno);
/* at EOF inside brackets or an f-string field: raise "'(' was never closed"; 1 if raised */
int kr_tok_unclosed(KrTokenizer *t);
extern const char *const kr_tok_names[T_COUNT];

#endif
