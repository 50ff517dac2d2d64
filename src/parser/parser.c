/* parser.c: the parser's infrastructure and entry point: the token buffer
 * over the tokenizer, positions, SyntaxError reporting, identifiers, and
 * literal decoding (numbers, strings, bytes, f-strings).  Expressions are
 * in parser_expr.c and statements in parser_stmt.c.
 *
 * Literals are decoded here rather than in the tokenizer because adjacent
 * string tokens concatenate, and f-string pieces need the parser to turn
 * replacement fields into FormattedValue nodes.
 */
#include "parser_int.h"
#include <unistd.h>

/* ---- token buffer ------------------------------------------------------- */

static KrToken eof_tok;   /* returned after a tokenizer error: type T_ERROR */

KrToken *p_tok(Parser *p, int k)
{
    while (p->pos + k >= p->ntoks) {
        if (p->tok_failed || (p->ntoks && p->toks[p->ntoks - 1].type == T_ENDMARKER)) {
            if (p->tok_failed) {
                eof_tok.type = T_ERROR;
                return &eof_tok;
            }
            return &p->toks[p->ntoks - 1];
        }
        if (p->ntoks == p->captoks) {
            int nc = p->captoks ? p->captoks * 2 : 256;
            KrToken *nt = kr_mem_realloc(p->toks, (size_t)nc * sizeof(KrToken));
            if (!nt) {
                kr_err_nomemory();
                p->err = 1;
                p->tok_failed = 1;
                continue;
            }
            p->toks = nt;
            p->captoks = nc;
        }
        if (kr_tok_next(&p->tz, &p->toks[p->ntoks]) < 0) {
            p->err = 1;
            p->tok_failed = 1;
            continue;
        }
        p->ntoks++;
    }
    return &p->toks[p->pos + k];
}

int p_accept(Parser *p, int type)
{
    if (p_tok(p, 0)->type == type) {
        p->pos++;
        return 1;
    }
    return 0;
}

KrToken *p_last(Parser *p)
{
    return &p->toks[p->pos > 0 ? p->pos - 1 : 0];
}

int p_is_name(Parser *p, int k, const char *s)
{
    KrToken *t = p_tok(p, k);
    size_t n = strlen(s);
    return t->type == T_NAME && (size_t)(t->end - t->start) == n && memcmp(t->start, s, n) == 0;
}

/* ---- positions ---------------------------------------------------------- */

KrAstPos p_pos_tok(KrToken *a, KrToken *b)
{
    KrAstPos r = { a->lineno, a->col, b->end_lineno, b->end_col };
    return r;
}

KrAstPos p_span(KrAstPos a, KrAstPos b)
{
    KrAstPos r = { a.lineno, a.col_offset, b.end_lineno, b.end_col_offset };
    return r;
}

KrAstPos p_start_pos(Parser *p)
{
    KrToken *t = p_tok(p, 0);
    KrAstPos r = { t->lineno, t->col, t->end_lineno, t->end_col };
    return r;
}

KrAstPos p_end_here(Parser *p, KrAstPos start)
{
    KrToken *t = p_last(p);
    start.end_lineno = t->end_lineno;
    start.end_col_offset = t->end_col;
    return start;
}

/* ---- errors ------------------------------------------------------------- */

void *p_error_at(Parser *p, KrTypeObject *type, const char *msg, int lineno, int col,
                 int end_lineno, int end_col)
{
    if (p->err)
        return NULL;
    p->err = 1;
    /* CPython's tokenizer adds a newline to the end of exec input only, so
     * that text always ends in one; eval and single input keep the line as
     * written */
    int text_nl = 1;
    if (p->mode == KR_PARSE_EVAL || p->mode == KR_PARSE_SINGLE) {
        const char *q = kr_tok_line_start(&p->tz, lineno);
        while (q < p->tz.end && *q != '\n' && *q != '\r')
            q++;
        text_nl = q < p->tz.end;
    }
    kr_tok_error_at(&p->tz, type, msg, lineno, col, end_lineno, end_col, text_nl);
    /* As CPython does, tokenize the rest of the source: a tokenizer error
     * there replaces ours, and so does a bracket left open before the line
     * of our error. */
    if (!p->tok_failed && !p->no_drain) {
        int far_line = p->ntoks > 0 ? p->toks[p->ntoks - 1].lineno : lineno;
        KrObject *mine = kr_err_fetch();
        int save = p->pos;
        for (;;) {
            KrToken *x = p_tok(p, 0);
            if (p->tok_failed || x->type == T_ENDMARKER)
                break;
            p->pos++;
        }
        p->pos = save;
        if (p->tok_failed && !p->tz.soft_error) {
            kr_xdecref(mine);       /* the tokenizer's error wins */
            return NULL;
        }
        kr_err_clear();
        if (!p->tok_failed && p->tz.done && p->tz.level > 0 && far_line > p->tz.parenline[p->tz.level - 1]) {
            kr_xdecref(mine);
            kr_tok_unclosed(&p->tz);
            return NULL;
        }
        kr_err_restore(mine);
    }
    return NULL;
}

void *p_error_tok(Parser *p, KrToken *t, const char *msg)
{
    int ec = t->end_col;
    if (t->type == T_ENDMARKER || t->type == T_DEDENT)
        ec = t->col;
    if (t->col < 0)
        ec = -2;    /* offset 0, end offset 0 */
    return p_error_at(p, KrExc_SyntaxError, msg, t->lineno, t->col, t->end_lineno, ec);
}

void *p_error_range(Parser *p, KrAstPos a, KrAstPos b, const char *msg)
{
    return p_error_at(p, KrExc_SyntaxError, msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
}

void *p_error_node(Parser *p, KrAstPos a, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return p_error_range(p, a, a, msg);
}

/* parse an expression only to learn where it ends; errors are dropped */
static int trial_end(Parser *p, KrAstExpr *(*fn)(Parser *), KrAstPos *out)
{
    int save = p->pos;
    KrAstExpr *e = fn(p);
    int ok = e != NULL && !p->err;
    if (ok)
        *out = e->pos;
    if (p->err && !p->tok_failed) {
        kr_err_clear();
        p->err = 0;
    }
    p->pos = save;
    return ok;
}

static int is_soft_keyword_tok(KrToken *t)
{
    size_t n = (size_t)(t->end - t->start);
    return t->type == T_NAME && ((n == 5 && memcmp(t->start, "match", 5) == 0) ||
                                 (n == 4 && (memcmp(t->start, "case", 4) == 0 || memcmp(t->start, "type", 4) == 0)) ||
                                 (n == 1 && *t->start == '_'));
}

void *p_invalid(Parser *p)
{
    if (p->err)
        return NULL;
    KrToken *t = p_tok(p, 0);
    if (p->err)
        return NULL;
    if (t->type == T_INDENT) {
        /* CPython reports this one before looking at the rest of the file */
        p->no_drain = 1;
        p_error_at(p, KrExc(IndentationError), "unexpected indent", t->lineno,
                   t->end_col > 0 ? t->end_col - 1 : 0, t->lineno, -1);
        p->no_drain = 0;
        return NULL;
    }
    if (t->type == T_DEDENT) {
        p->no_drain = 1;
        p_error_at(p, KrExc(IndentationError), "unexpected unindent", t->lineno, t->col, t->lineno, -1);
        p->no_drain = 0;
        return NULL;
    }
    if (t->type == T_ENDMARKER && (p->tz.level > 0 || p->tz.nfs > 0)) {
        p->err = 1;
        if (kr_tok_unclosed(&p->tz))
            return NULL;
        p->err = 0;
    }
    if (p_check_comma(p))
        return NULL;
    return p_error_tok(p, p_tok(p, 0), "invalid syntax");
}

/* CPython's diagnoses for two expressions in a row: a legacy print
 * statement, or a missing comma inside brackets.  1 if an error was set. */
int p_check_comma(Parser *p)
{
    if (p->err)
        return 1;
    KrToken *t = p_tok(p, 0);
    int type = t->type;
    if (p->pos > 0 && p_can_start_expr(type) && type != T_LPAR) {
        KrToken prev = p->toks[p->pos - 1];
        if (prev.type == T_NAME && (p_is_name(p, -1, "print") || p_is_name(p, -1, "exec"))) {
            KrAstPos b;
            if (trial_end(p, p_star_expressions, &b)) {
                char msg[128];
                int n = (int)(prev.end - prev.start);
                snprintf(msg, sizeof msg, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                         n, prev.start, n, prev.start);
                p_error_range(p, p_pos_tok(&prev, &prev), b, msg);
                return 1;
            }
            if (p->err)
                return 1;
        }
        if (prev.level > 0 && p->last_disj_end == p->pos && type != T_LSQB &&
            !(p->last_disj_name && (type == T_STRING || type == T_FSTRING_START))) {
            int first_idx = -1;
            for (int i = p->pos - 1; i >= 0; i--)
                if (p->toks[i].lineno == p->last_disj.lineno && p->toks[i].col == p->last_disj.col_offset) {
                    first_idx = i;
                    break;
                }
            if (first_idx < 0 || !is_soft_keyword_tok(&p->toks[first_idx])) {
                KrAstPos a = p->last_disj, b;
                int ok = trial_end(p, p_expression, &b);
                if (p->err)
                    return 1;
                if (!ok && (type == T_NAME || type == T_NUMBER || type == T_STRING || type == K_TRUE ||
                            type == K_FALSE || type == K_NONE)) {
                    /* CPython's grammar backtracks to the leading atom */
                    b = p_start_pos(p);
                    ok = 1;
                }
                if (ok) {
                    p_error_range(p, a, b, "invalid syntax. Perhaps you forgot a comma?");
                    return 1;
                }
            }
        }
    }
    return 0;
}

int p_expect(Parser *p, int type)
{
    if (p_accept(p, type))
        return 0;
    p_invalid(p);
    return -1;
}

int p_expect_forced(Parser *p, int type, const char *what)
{
    if (p_accept(p, type))
        return 0;
    if (p->err)
        return -1;
    char msg[64];
    snprintf(msg, sizeof msg, "expected '%s'", what);
    p_error_tok(p, p_tok(p, 0), msg);
    return -1;
}

int p_enter(Parser *p)
{
    if (++p->depth > MAX_DEPTH) {
        if (!p->err) {
            p->err = 1;
            kr_err_set_string(KrExc_MemoryError, "Parser stack overflowed - Python source too complex to parse");
        }
        return -1;
    }
    return 0;
}

/* ---- objects ------------------------------------------------------------ */

KrObject *p_own(Parser *p, KrObject *o)
{
    if (!o) {
        p->err = 1;
        return NULL;
    }
    if (kr_arena_add_object(p->arena, o) < 0) {
        p->err = 1;
        return NULL;
    }
    return o;
}

/* NFKC for the compatibility characters that show up in identifiers
 * (full-width forms, the micro sign, a few ligatures); there is no full
 * normalisation table */
static int nfkc_one(uint32_t cp, uint32_t out[3])
{
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
        out[0] = cp - 0xFEE0;
        return 1;
    }
    switch (cp) {
    case 0xB5: out[0] = 0x3BC; return 1;
    case 0x17F: out[0] = 's'; return 1;
    case 0xFB00: out[0] = 'f'; out[1] = 'f'; return 2;
    case 0xFB01: out[0] = 'f'; out[1] = 'i'; return 2;
    case 0xFB02: out[0] = 'f'; out[1] = 'l'; return 2;
    case 0xFB03: out[0] = 'f'; out[1] = 'f'; out[2] = 'i'; return 3;
    case 0xFB04: out[0] = 'f'; out[1] = 'f'; out[2] = 'l'; return 3;
    case 0x2160: out[0] = 'I'; return 1;
    case 0x2170: out[0] = 'i'; return 1;
    case 0x212A: out[0] = 'K'; return 1;
    case 0x2126: out[0] = 0x3A9; return 1;
    }
    if (cp >= 0x1D400 && cp <= 0x1D6A3) {
        /* mathematical alphanumeric letters: 52 per style */
        uint32_t k = (cp - 0x1D400) % 52;
        out[0] = k < 26 ? 'A' + k : 'a' + (k - 26);
        return 1;
    }
    out[0] = cp;
    return 1;
}

KrObject *p_name_obj(Parser *p, KrToken *t)
{
    const char *s0 = t->start;
    ssize_t n = t->end - t->start;
    int ascii = 1;
    for (ssize_t i = 0; i < n; i++)
        if ((unsigned char)s0[i] >= 0x80) {
            ascii = 0;
            break;
        }
    KrObject *s;
    if (ascii)
        s = kr_str_from_utf8(s0, n);
    else {
        KrBuf b;
        kr_buf_init(&b);
        for (ssize_t i = 0; i < n;) {
            uint32_t cp, out[3];
            int k = kr_utf8_decode1((const unsigned char *)s0 + i, (size_t)(n - i), &cp);
            if (k <= 0) {
                cp = (unsigned char)s0[i];
                k = 1;
            }
            int m = nfkc_one(cp, out);
            for (int j = 0; j < m; j++)
                kr_buf_put_utf8(&b, out[j]);
            i += k;
        }
        if (b.failed) {
            kr_buf_free(&b);
            kr_err_nomemory();
            p->err = 1;
            return NULL;
        }
        s = kr_str_from_utf8(b.data, (ssize_t)b.len);
        kr_buf_free(&b);
    }
    if (!s) {
        p->err = 1;
        return NULL;
    }
    s = kr_str_intern(s);
    return p_own(p, s);
}

KrAstSeq *p_seq(Parser *p, void **items, int n)
{
    KrAstSeq *s = kr_ast_seq_new(p->arena, n);
    if (!s) {
        p->err = 1;
        return NULL;
    }
    for (int i = 0; i < n; i++)
        s->items[i] = items[i];
    return s;
}

void pv_init(PVec *v)
{
    v->items = v->inl;
    v->n = 0;
    v->cap = (int)KR_ARRAY_LEN(v->inl);
}

int pv_push(Parser *p, PVec *v, void *x)
{
    if (v->n == v->cap) {
        int nc = v->cap * 2;
        void **ni;
        if (v->items == v->inl) {
            ni = kr_mem_alloc((size_t)nc * sizeof(void *));
            if (ni)
                memcpy(ni, v->inl, sizeof(v->inl));
        } else
            ni = kr_mem_realloc(v->items, (size_t)nc * sizeof(void *));
        if (!ni) {
            kr_err_nomemory();
            p->err = 1;
            return -1;
        }
        v->items = ni;
        v->cap = nc;
    }
    v->items[v->n++] = x;
    return 0;
}

void pv_free(PVec *v)
{
    if (v->items != v->inl)
        kr_mem_free(v->items);
    pv_init(v);
}

KrAstSeq *pv_seq(Parser *p, PVec *v)
{
    KrAstSeq *s = p_seq(p, v->items, v->n);
    pv_free(v);
    return s;
}

/* ---- numbers ------------------------------------------------------------ */

/* CPython takes a file's error text from the file itself, read in chunks
 * of 999 bytes, and keeps only the line's last chunk, without the newline
 * the parser adds to a last line (which, ending a chunk exactly, leaves
 * the line as parsed).  Called with no exception set; NULL when the parsed
 * line stands.  Only the digit-limit error below follows the quirk: it is
 * the one error that comes from lines that long in practice. */
static KrObject *file_chunk_text(Parser *p, int lineno)
{
    if (p->mode != KR_PARSE_FILE || !p->filename || !KR_STR_CHECK(p->filename))
        return NULL;
    const char *ls = kr_tok_line_start(&p->tz, lineno), *le = ls;
    while (le < p->tz.end && *le != '\n')
        le++;
    size_t len = (size_t)(le - ls) + (le < p->tz.end);
    if (le == p->tz.end && len > 0 && len % 999 == 0)
        return NULL;
    const char *fn = kr_str_utf8(p->filename);
    if (!fn) {
        kr_err_clear();
        return NULL;
    }
    if (access(fn, R_OK) != 0)
        return NULL;
    size_t from = len > 0 && len % 999 == 0 ? len - 999 : len / 999 * 999;
    KrObject *text = kr_str_decode(ls + from, (ssize_t)(len - from), "utf-8", "replace");
    if (!text)
        kr_err_clear();
    return text;
}

KrAstExpr *p_number(Parser *p)
{
    KrToken t = *p_tok(p, 0);
    p_advance(p);
    size_t n = (size_t)(t.end - t.start);
    char sbuf[128];
    char *buf = n < sizeof sbuf ? sbuf : kr_mem_alloc(n + 1);
    if (!buf) {
        kr_err_nomemory();
        p->err = 1;
        return NULL;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (t.start[i] != '_')
            buf[m++] = t.start[i];
    buf[m] = 0;
    KrObject *o;
    int is_hex = m > 1 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X');
    int is_based = m > 1 && buf[0] == '0' && strchr("xXoObB", buf[1]);
    if (!is_based && (buf[m - 1] == 'j' || buf[m - 1] == 'J')) {
        buf[m - 1] = 0;
        char *endp;
        double d = strtod(buf, &endp);
        o = kr_complex_from_doubles(0.0, d);
    } else if (!is_hex && !is_based && (strchr(buf, '.') || strchr(buf, 'e') || strchr(buf, 'E'))) {
        o = kr_float_from_string(buf, (ssize_t)m);
    } else if (!is_based && buf[0] == '0') {
        /* the tokenizer admits only zeros after a leading 0, and CPython
         * reads those without the digit limit */
        o = kr_int_from_long(0);
    } else {
        o = kr_int_from_string(t.start, (ssize_t)n, is_based ? 0 : 10);
    }
    if (buf != sbuf)
        kr_mem_free(buf);
    if (!o && kr_err_matches((KrObject *)KrExc_ValueError)) {
        /* the int_max_str_digits limit: CPython reports it as a SyntaxError */
        KrObject *exc = kr_err_fetch();
        KrObject *ms = exc ? kr_object_str(exc) : NULL;
        kr_xdecref(exc);
        const char *u = ms ? kr_str_utf8(ms) : NULL;
        if (u) {
            KrBuf b;
            kr_buf_init(&b);
            kr_buf_printf(&b, "%s - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", u);
            kr_buf_putc(&b, 0);
            kr_decref(ms);
            if (!b.failed) {
                p_error_at(p, KrExc_SyntaxError, b.data, t.lineno, -1, t.lineno, -2);
                /* unless a tokenizer error further on replaced ours */
                KrObject *se = kr_err_fetch();
                KrObject *msg = se ? kr_object_getattr_str(se, "msg") : NULL;
                int mine = msg && KR_STR_CHECK(msg) && kr_str_eq_cstr(msg, b.data);
                kr_xdecref(msg);
                kr_err_clear();
                kr_buf_free(&b);
                KrObject *text = mine ? file_chunk_text(p, t.lineno) : NULL;
                if (text) {
                    if (kr_object_setattr_str(se, "text", text) < 0)
                        kr_err_clear();
                    kr_decref(text);
                }
                kr_err_restore(se);
                return NULL;
            }
            kr_buf_free(&b);
            kr_err_nomemory();
        } else {
            kr_xdecref(ms);
            if (!kr_err_occurred())
                kr_err_nomemory();
        }
        p->err = 1;
        return NULL;
    }
    if (!p_own(p, o))
        return NULL;
    KrAstExpr *e = kr_ast_expr_new(p->arena, KR_EXPR_Constant, p_pos_tok(&t, &t));
    if (!e) {
        p->err = 1;
        return NULL;
    }
    e->v.Constant.value = o;
    return e;
}

/* ---- string escapes ----------------------------------------------------- */

/* a UCS-4 accumulator for decoded text */
typedef struct UBuf { uint32_t *d; size_t n, cap; int failed; } UBuf;

static void ub_put(UBuf *u, uint32_t c)
{
    if (u->n == u->cap) {
        size_t nc = u->cap ? u->cap * 2 : 64;
        uint32_t *nd = kr_mem_realloc(u->d, nc * sizeof(uint32_t));
        if (!nd) {
            u->failed = 1;
            return;
        }
        u->d = nd;
        u->cap = nc;
    }
    u->d[u->n++] = c;
}

static void ub_free(UBuf *u) { kr_mem_free(u->d); memset(u, 0, sizeof(*u)); }

/* names accepted by \N{...}: the common ones (there is no full Unicode
 * name database); letters of the Latin and Greek alphabets are derived */
static const struct { const char *name; uint32_t cp; } uni_names[] = {
    { "SPACE", 0x20 }, { "EXCLAMATION MARK", 0x21 }, { "QUOTATION MARK", 0x22 },
    { "NUMBER SIGN", 0x23 }, { "DOLLAR SIGN", 0x24 }, { "PERCENT SIGN", 0x25 },
    { "AMPERSAND", 0x26 }, { "APOSTROPHE", 0x27 }, { "LEFT PARENTHESIS", 0x28 },
    { "RIGHT PARENTHESIS", 0x29 }, { "ASTERISK", 0x2A }, { "PLUS SIGN", 0x2B }, { "COMMA", 0x2C },
    { "HYPHEN-MINUS", 0x2D }, { "FULL STOP", 0x2E }, { "SOLIDUS", 0x2F }, { "COLON", 0x3A },
    { "SEMICOLON", 0x3B }, { "LESS-THAN SIGN", 0x3C }, { "EQUALS SIGN", 0x3D },
    { "GREATER-THAN SIGN", 0x3E }, { "QUESTION MARK", 0x3F }, { "COMMERCIAL AT", 0x40 },
    { "LEFT SQUARE BRACKET", 0x5B }, { "REVERSE SOLIDUS", 0x5C }, { "RIGHT SQUARE BRACKET", 0x5D },
    { "CIRCUMFLEX ACCENT", 0x5E }, { "LOW LINE", 0x5F }, { "GRAVE ACCENT", 0x60 },
    { "LEFT CURLY BRACKET", 0x7B }, { "VERTICAL LINE", 0x7C }, { "RIGHT CURLY BRACKET", 0x7D },
    { "TILDE", 0x7E }, { "NULL", 0 }, { "CHARACTER TABULATION", 9 }, { "LINE FEED", 10 },
    { "CARRIAGE RETURN", 13 }, { "ESCAPE", 0x1B }, { "DELETE", 0x7F }, { "BELL", 7 }, { "BACKSPACE", 8 },
    { "NO-BREAK SPACE", 0xA0 }, { "INVERTED EXCLAMATION MARK", 0xA1 }, { "CENT SIGN", 0xA2 },
    { "POUND SIGN", 0xA3 }, { "CURRENCY SIGN", 0xA4 }, { "YEN SIGN", 0xA5 }, { "SECTION SIGN", 0xA7 },
    { "DIAERESIS", 0xA8 }, { "COPYRIGHT SIGN", 0xA9 }, { "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB },
    { "NOT SIGN", 0xAC }, { "SOFT HYPHEN", 0xAD }, { "REGISTERED SIGN", 0xAE }, { "DEGREE SIGN", 0xB0 },
    { "PLUS-MINUS SIGN", 0xB1 }, { "SUPERSCRIPT TWO", 0xB2 }, { "SUPERSCRIPT THREE", 0xB3 },
    { "MICRO SIGN", 0xB5 }, { "PILCROW SIGN", 0xB6 }, { "MIDDLE DOT", 0xB7 },
    { "SUPERSCRIPT ONE", 0xB9 }, { "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB },
    { "VULGAR FRACTION ONE QUARTER", 0xBC }, { "VULGAR FRACTION ONE HALF", 0xBD },
    { "INVERTED QUESTION MARK", 0xBF }, { "MULTIPLICATION SIGN", 0xD7 }, { "DIVISION SIGN", 0xF7 },
    { "LATIN SMALL LETTER SHARP S", 0xDF }, { "LATIN SMALL LETTER E WITH ACUTE", 0xE9 },
    { "LATIN SMALL LETTER A WITH GRAVE", 0xE0 }, { "LATIN SMALL LETTER E WITH GRAVE", 0xE8 },
    { "LATIN SMALL LETTER U WITH DIAERESIS", 0xFC }, { "LATIN SMALL LETTER O WITH DIAERESIS", 0xF6 },
    { "LATIN SMALL LETTER A WITH DIAERESIS", 0xE4 }, { "LATIN SMALL LETTER N WITH TILDE", 0xF1 },
    { "LATIN SMALL LETTER C WITH CEDILLA", 0xE7 }, { "LATIN CAPITAL LETTER E WITH ACUTE", 0xC9 },
    { "EN DASH", 0x2013 }, { "EM DASH", 0x2014 }, { "LEFT SINGLE QUOTATION MARK", 0x2018 },
    { "RIGHT SINGLE QUOTATION MARK", 0x2019 }, { "LEFT DOUBLE QUOTATION MARK", 0x201C },
    { "RIGHT DOUBLE QUOTATION MARK", 0x201D }, { "DAGGER", 0x2020 }, { "BULLET", 0x2022 },
    { "HORIZONTAL ELLIPSIS", 0x2026 }, { "PER MILLE SIGN", 0x2030 }, { "EURO SIGN", 0x20AC },
    { "TRADE MARK SIGN", 0x2122 }, { "LEFTWARDS ARROW", 0x2190 }, { "UPWARDS ARROW", 0x2191 },
    { "RIGHTWARDS ARROW", 0x2192 }, { "DOWNWARDS ARROW", 0x2193 }, { "INFINITY", 0x221E },
    { "NOT EQUAL TO", 0x2260 }, { "LESS-THAN OR EQUAL TO", 0x2264 }, { "GREATER-THAN OR EQUAL TO", 0x2265 },
    { "BLACK STAR", 0x2605 }, { "WHITE STAR", 0x2606 }, { "SNOWMAN", 0x2603 }, { "BLACK HEART SUIT", 0x2665 },
    { "CHECK MARK", 0x2713 }, { "HEAVY CHECK MARK", 0x2714 }, { "BALLOT X", 0x2717 },
    { "ZERO WIDTH SPACE", 0x200B }, { "ZERO WIDTH JOINER", 0x200D }, { "ZERO WIDTH NON-JOINER", 0x200C },
    { "BYTE ORDER MARK", 0xFEFF }, { "ZERO WIDTH NO-BREAK SPACE", 0xFEFF }, { "REPLACEMENT CHARACTER", 0xFFFD },
    { "GREEK SMALL LETTER FINAL SIGMA", 0x3C2 }, { "SNAKE", 0x1F40D }, { "GRINNING FACE", 0x1F600 },
    { "PILE OF POO", 0x1F4A9 }, { "THUMBS UP SIGN", 0x1F44D }, { "LINE SEPARATOR", 0x2028 },
    { "PARAGRAPH SEPARATOR", 0x2029 }, { "EM SPACE", 0x2003 }, { "EN SPACE", 0x2002 },
    { "DIGIT ZERO", 0x30 }, { "DIGIT ONE", 0x31 }, { "DIGIT TWO", 0x32 }, { "DIGIT THREE", 0x33 },
    { "DIGIT FOUR", 0x34 }, { "DIGIT FIVE", 0x35 }, { "DIGIT SIX", 0x36 }, { "DIGIT SEVEN", 0x37 },
    { "DIGIT EIGHT", 0x38 }, { "DIGIT NINE", 0x39 }, { "CJK UNIFIED IDEOGRAPH-4E00", 0x4E00 },
};

static const char *const greek[] = {
    "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA",
    "LAMDA", "MU", "NU", "XI", "OMICRON", "PI", "RHO", "", "SIGMA", "TAU", "UPSILON", "PHI",
    "CHI", "PSI", "OMEGA"
};

static int lookup_uni_name(const char *s, size_t n, uint32_t *cp)
{
    char name[128];
    if (n == 0 || n >= sizeof name)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        name[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    name[n] = 0;
    for (size_t i = 0; i < KR_ARRAY_LEN(uni_names); i++)
        if (strcmp(uni_names[i].name, name) == 0) {
            *cp = uni_names[i].cp;
            return 1;
        }
    if (n == 22 && memcmp(name, "LATIN SMALL LETTER ", 19) == 0 && name[19] >= 'A' && name[19] <= 'Z' && !name[20]) {
        *cp = (uint32_t)(name[19] - 'A' + 'a');
        return 1;
    }
    if (strncmp(name, "LATIN SMALL LETTER ", 19) == 0 && n == 20 && name[19] >= 'A' && name[19] <= 'Z') {
        *cp = (uint32_t)(name[19] - 'A' + 'a');
        return 1;
    }
    if (strncmp(name, "LATIN CAPITAL LETTER ", 21) == 0 && n == 22 && name[21] >= 'A' && name[21] <= 'Z') {
        *cp = (uint32_t)name[21];
        return 1;
    }
    if (strncmp(name, "GREEK SMALL LETTER ", 19) == 0 || strncmp(name, "GREEK CAPITAL LETTER ", 21) == 0) {
        int small = name[6] == 'S';
        const char *g = name + (small ? 19 : 21);
        if (strcmp(g, "LAMBDA") == 0)
            g = "LAMDA";
        for (int i = 0; i < (int)KR_ARRAY_LEN(greek); i++)
            if (greek[i][0] && strcmp(greek[i], g) == 0) {
                *cp = (uint32_t)((small ? 0x3B1 : 0x391) + i);
                return 1;
            }
    }
    if (strncmp(name, "CJK UNIFIED IDEOGRAPH-", 22) == 0 && n > 22) {
        char *end;
        unsigned long v = strtoul(name + 22, &end, 16);
        if (!*end && v >= 0x4E00 && v <= 0x9FFF) {
            *cp = (uint32_t)v;
            return 1;
        }
    }
    return 0;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int warn_escape(Parser *p, KrToken *t, const char *msg)
{
    if (kr_err_warn_explicit(KrExc(SyntaxWarning), msg, p->filename, t->lineno) < 0) {
        kr_err_clear();
        p_error_tok(p, t, msg);
        return -1;
    }
    return 0;
}

/* Decode the body [s, e) of a string literal.  Errors are raised at the
 * token t.  is_bytes: bytes escape rules; fmt: an f-string piece, where
 * "{{" and "}}" stand for one brace. */
static int decode_body(Parser *p, KrToken *t, const char *s, const char *e, int raw, int is_bytes,
                       int fmt, UBuf *out)
{
    const char *b = s;
    while (s < e) {
        unsigned char c = (unsigned char)*s;
        if (fmt && (c == '{' || c == '}') && s + 1 < e && s[1] == (char)c) {
            ub_put(out, c);
            s += 2;
            continue;
        }
        if (c != '\\' || raw) {
            if (c == '\r') {
                /* newlines in source are normalised to \n */
                ub_put(out, '\n');
                s += (s + 1 < e && s[1] == '\n') ? 2 : 1;
                continue;
            }
            if (c < 0x80) {
                ub_put(out, c);
                s++;
                continue;
            }
            uint32_t cp;
            int n = kr_utf8_decode1((const unsigned char *)s, (size_t)(e - s), &cp);
            if (n <= 0) {
                cp = c;
                n = 1;
            }
            ub_put(out, cp);
            s += n;
            continue;
        }
        const char *esc = s;
        s++;
        if (s >= e) {
            ub_put(out, '\\');
            break;
        }
        c = (unsigned char)*s++;
        switch (c) {
        case '\n': break;
        case '\r': if (s < e && *s == '\n') s++; break;
        case '\\': ub_put(out, '\\'); break;
        case '\'': ub_put(out, '\''); break;
        case '"': ub_put(out, '"'); break;
        case 'a': ub_put(out, 7); break;
        case 'b': ub_put(out, 8); break;
        case 'f': ub_put(out, 12); break;
        case 'n': ub_put(out, 10); break;
        case 'r': ub_put(out, 13); break;
        case 't': ub_put(out, 9); break;
        case 'v': ub_put(out, 11); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(c - '0');
            for (int i = 0; i < 2 && s < e && *s >= '0' && *s <= '7'; i++)
                v = v * 8 + (uint32_t)(*s++ - '0');
            if (v > 0377) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid octal escape sequence '\\%.*s'", (int)(s - esc - 1), esc + 1);
                if (warn_escape(p, t, msg) < 0)
                    return -1;
                if (is_bytes)
                    v &= 0xFF;
            }
            ub_put(out, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (is_bytes && c != 'x')
                goto invalid_escape;
            int need = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            uint32_t v = 0;
            int i;
            for (i = 0; i < need && s < e && hexval((unsigned char)*s) >= 0; i++)
                v = v * 16 + (uint32_t)hexval((unsigned char)*s++);
            if (i < need) {
                char msg[160];
                if (is_bytes)
                    snprintf(msg, sizeof msg, "(value error) invalid \\x escape at position %d", (int)(esc - b));
                else
                    snprintf(msg, sizeof msg,
                             "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated \\%s escape",
                             (int)(esc - b), (int)(s - b - 1),
                             c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
                p_error_tok(p, t, msg);
                return -1;
            }
            if (v > 0x10FFFF) {
                char msg[160];
                snprintf(msg, sizeof msg,
                         "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character",
                         (int)(esc - b), (int)(s - b - 1));
                p_error_tok(p, t, msg);
                return -1;
            }
            ub_put(out, v);
            break;
        }
        case 'N': {
            if (is_bytes)
                goto invalid_escape;
            const char *q = s;
            uint32_t cp = 0;
            if (q < e && *q == '{') {
                const char *r = q + 1;
                while (r < e && *r != '}')
                    r++;
                if (r < e && lookup_uni_name(q + 1, (size_t)(r - q - 1), &cp)) {
                    s = r + 1;
                    ub_put(out, cp);
                    break;
                }
                char msg[160];
                if (r < e)
                    snprintf(msg, sizeof msg,
                             "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: unknown Unicode character name",
                             (int)(esc - b), (int)(r - b));
                else
                    snprintf(msg, sizeof msg,
                             "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape",
                             (int)(esc - b), (int)(e - b - 1));
                p_error_tok(p, t, msg);
                return -1;
            }
            char msg[160];
            snprintf(msg, sizeof msg,
                     "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape",
                     (int)(esc - b), (int)(s - b - 1));
            p_error_tok(p, t, msg);
            return -1;
        }
        default:
        invalid_escape: {
            char msg[64];
            if (c < 0x80 && c >= 0x20)
                snprintf(msg, sizeof msg, "invalid escape sequence '\\%c'", c);
            else {
                uint32_t cp = c;
                s--;
                int n = kr_utf8_decode1((const unsigned char *)s, (size_t)(e - s), &cp);
                char u[5] = { 0 };
                if (n > 0)
                    kr_utf8_encode1(cp, u);
                else
                    n = 1;
                snprintf(msg, sizeof msg, "invalid escape sequence '\\%s'", u);
                s += n;
                ub_put(out, '\\');
                ub_put(out, cp);
                if (warn_escape(p, t, msg) < 0)
                    return -1;
                break;
            }
            if (warn_escape(p, t, msg) < 0)
                return -1;
            ub_put(out, '\\');
            ub_put(out, c);
            break;
        }
        }
    }
    if (out->failed) {
        kr_err_nomemory();
        p->err = 1;
        return -1;
    }
    return 0;
}

/* ---- string literals and f-strings -------------------------------------- */

typedef struct StrAcc {
    UBuf lit;                 /* pending literal text */
    KrAstPos lit_pos;         /* where it came from */
    int has_lit;
    PVec values;              /* JoinedStr pieces */
} StrAcc;

static KrAstExpr *make_str_const(Parser *p, UBuf *u, KrAstPos pos)
{
    KrObject *o = kr_str_from_ucs4(u->d ? u->d : (const uint32_t *)"", (ssize_t)u->n);
    if (!p_own(p, o))
        return NULL;
    KrAstExpr *e = kr_ast_expr_new(p->arena, KR_EXPR_Constant, pos);
    if (!e) {
        p->err = 1;
        return NULL;
    }
    e->v.Constant.value = o;
    return e;
}

static int acc_flush(Parser *p, StrAcc *a, int keep_empty)
{
    if (!a->has_lit)
        return 0;
    if (a->lit.n == 0 && !keep_empty) {
        a->has_lit = 0;
        return 0;
    }
    KrAstExpr *c = make_str_const(p, &a->lit, a->lit_pos);
    a->lit.n = 0;
    a->has_lit = 0;
    if (!c || pv_push(p, &a->values, c) < 0)
        return -1;
    return 0;
}

static void acc_note(StrAcc *a, KrAstPos pos)
{
    if (!a->has_lit) {
        a->lit_pos = pos;
        a->has_lit = 1;
    } else {
        a->lit_pos.end_lineno = pos.end_lineno;
        a->lit_pos.end_col_offset = pos.end_col_offset;
    }
}

static int fstring_body(Parser *p, StrAcc *a, KrToken *start_tok, int in_spec);

/* one replacement field, current token after '{' */
static KrAstExpr *fstring_field(Parser *p, StrAcc *outer, KrToken *lbrace)
{
    KrToken lb = *lbrace;
    if (p_at(p, T_RBRACE))
        return p_error_tok(p, p_tok(p, 0), "f-string: valid expression required before '}'");
    if (p_at(p, T_EXCLAMATION) || p_at(p, T_COLON) || p_at(p, T_EQUAL)) {
        char msg[80];
        snprintf(msg, sizeof msg, "f-string: valid expression required before '%c'", *p_tok(p, 0)->start);
        return p_error_tok(p, p_tok(p, 0), msg);
    }
    int saved = p->in_fstring;
    p->in_fstring = 1;
    KrAstExpr *value = p_fstring_expr(p);
    p->in_fstring = saved;
    if (!value)
        return NULL;
    int conversion = -1;
    int debug = 0;
    if (p_at(p, T_EQUAL)) {
        KrToken eq = *p_tok(p, 0);
        p_advance(p);
        KrToken *nx = p_tok(p, 0);
        if (p->err)
            return NULL;
        /* the expression text, '=' and the whitespace after it */
        const char *ts = lb.end, *te = nx->start;
        if (nx->type == T_FSTRING_MIDDLE || nx->type == T_RBRACE || nx->type == T_EXCLAMATION ||
            nx->type == T_COLON)
            te = nx->start;
        else
            te = eq.end;
        UBuf tmp = { 0 };
        char inq = 0;   /* comments inside the field are not part of the text */
        for (const char *s = ts; s < te;) {
            if (inq) {
                if (*s == '\\' && s + 1 < te) {
                    ub_put(&tmp, (unsigned char)*s++);
                } else if (*s == inq)
                    inq = 0;
            } else if (*s == '\'' || *s == '"')
                inq = *s;
            else if (*s == '#') {
                while (s < te && *s != '\n' && *s != '\r')
                    s++;
                continue;
            }
            uint32_t cp;
            int n = kr_utf8_decode1((const unsigned char *)s, (size_t)(te - s), &cp);
            if (n <= 0) {
                cp = (unsigned char)*s;
                n = 1;
            }
            ub_put(&tmp, cp == '\r' ? '\n' : cp);
            s += n;
        }
        KrAstPos pos = { lb.end_lineno, lb.end_col, nx->lineno, nx->col };
        acc_note(outer, pos);
        for (size_t i = 0; i < tmp.n; i++)
            ub_put(&outer->lit, tmp.d[i]);
        ub_free(&tmp);
        debug = 1;
    }
    if (p_at(p, T_EXCLAMATION)) {
        KrToken ex = *p_tok(p, 0);
        p_advance(p);
        KrToken *c = p_tok(p, 0);
        if (p->err)
            return NULL;
        if (c->type != T_NAME || c->start != ex.end) {
            if (c->type == T_NAME || (c->type >= K_FALSE && c->type <= K_YIELD)) {
                /* fall through to the invalid-character message */
            } else
                return p_error_tok(p, c, "f-string: missing conversion character");
        }
        size_t n = (size_t)(c->end - c->start);
        if (n == 1 && (*c->start == 's' || *c->start == 'r' || *c->start == 'a') && c->start == ex.end) {
            conversion = *c->start;
            p_advance(p);
        } else {
            char msg[160];
            snprintf(msg, sizeof msg, "f-string: invalid conversion character '%.*s': expected 's', 'r', or 'a'",
                     (int)(n > 40 ? 40 : n), c->start);
            return p_error_tok(p, c, msg);
        }
    }
    KrAstExpr *spec = NULL;
    if (p_at(p, T_COLON)) {
        KrToken colon = *p_tok(p, 0);
        p_advance(p);
        StrAcc sa;
        memset(&sa, 0, sizeof sa);
        pv_init(&sa.values);
        if (fstring_body(p, &sa, &colon, 1) < 0) {
            ub_free(&sa.lit);
            pv_free(&sa.values);
            return NULL;
        }
        KrToken *rb = p_tok(p, 0);
        KrAstPos spos = { colon.lineno, colon.col, rb->lineno, rb->col };
        /* CPython 3.12 leaves an empty piece after a field that ends a spec */
        if (!sa.has_lit && sa.values.n > 0 &&
            ((KrAstExpr *)sa.values.items[sa.values.n - 1])->kind == KR_EXPR_FormattedValue) {
            KrAstPos ep = { rb->lineno, rb->col, rb->lineno, rb->col };
            acc_note(&sa, ep);
        }
        if (acc_flush(p, &sa, 1) < 0) {
            ub_free(&sa.lit);
            pv_free(&sa.values);
            return NULL;
        }
        ub_free(&sa.lit);
        spec = kr_ast_expr_new(p->arena, KR_EXPR_JoinedStr, spos);
        if (!spec) {
            pv_free(&sa.values);
            p->err = 1;
            return NULL;
        }
        spec->v.JoinedStr.values = pv_seq(p, &sa.values);
        if (p->err)
            return NULL;
    }
    if (!p_at(p, T_RBRACE)) {
        if (p->err)
            return NULL;
        if (p_at(p, T_ENDMARKER) || (conversion == -1 && !debug && !spec && p_check_comma(p)))
            return p_invalid(p);
        /* fetched again: the checks above may have grown the token buffer */
        KrToken *c = p_tok(p, 0);
        if (c->type == T_EQUAL || c->type == T_EXCLAMATION)
            return p_error_tok(p, c, "f-string: expecting ':' or '}'");
        if (conversion != -1)
            return p_error_tok(p, c, "f-string: expecting ':' or '}'");
        if (debug)
            return p_error_tok(p, c, "f-string: expecting '!', or ':', or '}'");
        return p_error_tok(p, c, "f-string: expecting '=', or '!', or ':', or '}'");
    }
    KrToken rb = *p_tok(p, 0);
    p_advance(p);
    if (debug && conversion == -1 && !spec)
        conversion = 'r';
    KrAstExpr *fv = kr_ast_expr_new(p->arena, KR_EXPR_FormattedValue, p_pos_tok(&lb, &rb));
    if (!fv) {
        p->err = 1;
        return NULL;
    }
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    return fv;
}

/* f-string pieces up to FSTRING_END (or, in a spec, up to '}') */
static int fstring_body(Parser *p, StrAcc *a, KrToken *start_tok, int in_spec)
{
    if (p_enter(p) < 0)
        return -1;
    for (;;) {
        KrToken *t = p_tok(p, 0);
        if (p->err)
            goto fail;
        if (t->type == T_FSTRING_MIDDLE) {
            KrToken mt = *t;
            p_advance(p);
            acc_note(a, p_pos_tok(&mt, &mt));
            if (decode_body(p, &mt, mt.start, mt.end, mt.raw, 0, 1, &a->lit) < 0)
                goto fail;
            continue;
        }
        if (t->type == T_LBRACE) {
            KrToken lb = *t;
            p_advance(p);
            /* pending text stays open: a debug '=' field appends to it */
            KrAstExpr *fv = fstring_field(p, a, &lb);
            if (!fv)
                goto fail;
            if (acc_flush(p, a, 0) < 0 || pv_push(p, &a->values, fv) < 0)
                goto fail;
            continue;
        }
        if (!in_spec && t->type == T_FSTRING_END) {
            p_advance(p);
            break;
        }
        if (in_spec && t->type == T_RBRACE)
            break;
        p_error_tok(p, t, "f-string: expecting '}'");
        goto fail;
    }
    p_leave(p);
    return 0;
fail:
    p_leave(p);
    return -1;
}

static int check_bytes_ascii(Parser *p, KrToken *t, const char *s, const char *e)
{
    for (; s < e; s++)
        if ((unsigned char)*s >= 0x80) {
            p_error_tok(p, t, "bytes can only contain ASCII literal characters");
            return -1;
        }
    return 0;
}

KrAstExpr *p_strings(Parser *p)
{
    KrToken first = *p_tok(p, 0);
    KrToken last = first;
    int any_f = 0, any_bytes = 0, any_str = 0;
    int kind_u = 0;
    StrAcc a;
    memset(&a, 0, sizeof a);
    pv_init(&a.values);
    KrBuf bytes;
    kr_buf_init(&bytes);
    {
        const char *s = first.start;
        while (*s != '\'' && *s != '"') {
            if ((*s | 0x20) == 'u')
                kind_u = 1;
            s++;
        }
    }
    for (int idx = 0;; idx++) {
        KrToken *tp = p_tok(p, 0);
        if (p->err)
            goto fail;
        if (tp->type != T_STRING && tp->type != T_FSTRING_START)
            break;
        KrToken t = *tp;
        p_advance(p);
        int is_bytes = tp->type == T_STRING && t.is_bytes;
        if (is_bytes)
            any_bytes = 1;
        else
            any_str = 1;

        if (t.type == T_FSTRING_START) {
            any_f = 1;
            KrToken fs = t;
            if (fstring_body(p, &a, &fs, 0) < 0)
                goto fail;
            last = *p_last(p);
            continue;
        }
        last = t;
        const char *s = t.start;
        while (*s != '\'' && *s != '"')
            s++;
        const char *body = s + t.quote_len, *bend = t.end - t.quote_len;
        if (is_bytes) {
            if (check_bytes_ascii(p, &t, body, bend) < 0)
                goto fail;
            if (t.raw) {
                kr_buf_put(&bytes, body, (size_t)(bend - body));
            } else {
                UBuf u = { 0 };
                if (decode_body(p, &t, body, bend, 0, 1, 0, &u) < 0) {
                    ub_free(&u);
                    goto fail;
                }
                for (size_t i = 0; i < u.n; i++)
                    kr_buf_putc(&bytes, (char)u.d[i]);
                ub_free(&u);
            }
            continue;
        }
        acc_note(&a, p_pos_tok(&t, &t));
        if (decode_body(p, &t, body, bend, t.raw, 0, 0, &a.lit) < 0)
            goto fail;
        (void)idx;
    }
    if (any_bytes && any_str) {
        /* CPython reports this at the token after the literals */
        p_error_tok(p, p_tok(p, 0), "cannot mix bytes and nonbytes literals");
        goto fail;
    }
    KrAstPos pos = p_pos_tok(&first, &last);
    KrAstExpr *e;
    if (any_bytes) {
        if (bytes.failed) {
            kr_err_nomemory();
            p->err = 1;
            goto fail;
        }
        KrObject *o = kr_bytes_from_data(bytes.data ? bytes.data : "", (ssize_t)bytes.len);
        kr_buf_free(&bytes);
        if (!p_own(p, o))
            goto fail;
        e = kr_ast_expr_new(p->arena, KR_EXPR_Constant, pos);
        if (!e)
            goto nomem;
        e->v.Constant.value = o;
        ub_free(&a.lit);
        pv_free(&a.values);
        return e;
    }
    if (!any_f) {
        KrAstExpr *c = make_str_const(p, &a.lit, pos);
        ub_free(&a.lit);
        pv_free(&a.values);
        kr_buf_free(&bytes);
        if (c && kind_u) {
            c->v.Constant.kind = p_own(p, kr_str_from_cstr("u"));
            if (!c->v.Constant.kind)
                return NULL;
        }
        return c;
    }
    if (acc_flush(p, &a, 0) < 0)
        goto fail;
    e = kr_ast_expr_new(p->arena, KR_EXPR_JoinedStr, pos);
    if (!e)
        goto nomem;
    e->v.JoinedStr.values = pv_seq(p, &a.values);
    ub_free(&a.lit);
    kr_buf_free(&bytes);
    return p->err ? NULL : e;
nomem:
    p->err = 1;
fail:
    ub_free(&a.lit);
    pv_free(&a.values);
    kr_buf_free(&bytes);
    return NULL;
}

/* ---- entry point -------------------------------------------------------- */

static int check_source(Parser *p, const char *src, size_t len)
{
    if (memchr(src, 0, len)) {
        kr_err_set_string(KrExc_SyntaxError, "source code string cannot contain null bytes");
        return -1;
    }
    const unsigned char *s = (const unsigned char *)src, *e = s + len;
    int lineno = 1;
    const unsigned char *ls = s;
    while (s < e) {
        if (*s < 0x80) {
            if (*s == '\n') {
                lineno++;
                ls = s + 1;
            }
            s++;
            continue;
        }
        uint32_t cp;
        int n = kr_utf8_decode1(s, (size_t)(e - s), &cp);
        if (n <= 0) {
            /* a surrogate encoded in UTF-8 is invalid too */
            char msg[160];
            const char *why = (*s >= 0x80 && *s < 0xC2) || *s > 0xF4 ? "invalid start byte"
                              : (e - s < 2 || (s[1] & 0xC0) == 0x80) ? "unexpected end of data" : "invalid continuation byte";
            if (e - s >= 2 && (s[1] & 0xC0) == 0x80 && !((*s >= 0x80 && *s < 0xC2) || *s > 0xF4)) {
                int need = *s >= 0xF0 ? 4 : *s >= 0xE0 ? 3 : 2;
                why = e - s < need ? "unexpected end of data" : "invalid continuation byte";
            }
            snprintf(msg, sizeof msg, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                     *s, (int)(s - ls), why);
            kr_err_syntax_location(KrExc_SyntaxError, msg, p->filename, lineno, 1, lineno, -1, NULL);
            return -1;
        }
        s += n;
    }
    return 0;
}

/* a PEP 263 coding declaration on line 1 or 2: copies the name into enc */
static int find_cookie(const char *src, size_t len, char *enc, size_t encsize)
{
    const char *p = src, *e = src + len;
    if (len >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF)
        p += 3;
    for (int line = 0; line < 2 && p < e; line++) {
        const char *le = p;
        while (le < e && *le != '\n' && *le != '\r')
            le++;
        const char *q = p;
        while (q < le && (*q == ' ' || *q == '\t' || *q == '\f'))
            q++;
        if (q < le && *q == '#') {
            for (const char *r = q; r + 6 <= le; r++) {
                if (memcmp(r, "coding", 6) == 0 && r + 6 < le && (r[6] == ':' || r[6] == '=')) {
                    const char *v = r + 7;
                    while (v < le && (*v == ' ' || *v == '\t'))
                        v++;
                    size_t k = 0;
                    while (v < le && k + 1 < encsize &&
                           ((*v >= 'a' && *v <= 'z') || (*v >= 'A' && *v <= 'Z') || (*v >= '0' && *v <= '9') ||
                            *v == '-' || *v == '_' || *v == '.'))
                        enc[k++] = *v++;
                    enc[k] = 0;
                    return k > 0;
                }
            }
        } else if (q < le)
            return 0;   /* only a comment line may come before the declaration */
        p = le;
        if (p < e && *p == '\r')
            p++;
        if (p < e && *p == '\n')
            p++;
    }
    return 0;
}

static int valid_utf8(const char *src, size_t len)
{
    const unsigned char *s = (const unsigned char *)src, *e = s + len;
    while (s < e) {
        if (*s < 0x80) {
            s++;
            continue;
        }
        uint32_t cp;
        int n = kr_utf8_decode1(s, (size_t)(e - s), &cp);
        if (n <= 0)
            return 0;
        s += n;
    }
    return 1;
}

static KrAstMod *parse_utf8(const char *src, ssize_t len, KrObject *filename, int mode, KrArena *arena);

KrAstMod *kr_parse(const char *src, ssize_t len, KrObject *filename, int mode, KrArena *arena)
{
    if (len < 0)
        len = (ssize_t)strlen(src);
    /* Source that is not valid UTF-8 but declares another encoding is
     * decoded first; valid UTF-8 (which is what compile() of a str gives)
     * is taken as it is whatever the declaration says. */
    char enc[64];
    if (!memchr(src, 0, (size_t)len) && !valid_utf8(src, (size_t)len) &&
        find_cookie(src, (size_t)len, enc, sizeof enc)) {
        KrObject *u = kr_str_decode(src, len, enc, "strict");
        if (!u) {
            kr_err_clear();
            char msg[128];
            snprintf(msg, sizeof msg, "unknown encoding: %s", enc);
            kr_err_syntax_location(KrExc_SyntaxError, msg, filename, 0, 0, 0, 0, NULL);
            return NULL;
        }
        ssize_t n;
        const char *u8 = kr_str_utf8_len(u, &n);
        KrAstMod *m = u8 ? parse_utf8(u8, n, filename, mode, arena) : NULL;
        kr_decref(u);
        return m;
    }
    return parse_utf8(src, len, filename, mode, arena);
}

static KrAstMod *parse_utf8(const char *src, ssize_t len, KrObject *filename, int mode, KrArena *arena)
{
    Parser *p = kr_mem_calloc(1, sizeof(Parser));
    if (!p) {
        kr_err_nomemory();
        return NULL;
    }
    p->arena = arena;
    p->filename = filename;
    p->mode = mode;
    p->src = src;
    p->len = (size_t)len;
    KrAstMod *mod = NULL;
    if (check_source(p, src, (size_t)len) < 0)
        goto done;
    kr_tok_init(&p->tz, src, (size_t)len, filename);
    p->tz.eval_input = mode == KR_PARSE_EVAL;
    p->tz.single_input = mode == KR_PARSE_SINGLE;
    mod = kr_arena_alloc(arena, sizeof(KrAstMod));
    if (!mod)
        goto done;
    if (mode == KR_PARSE_EVAL) {
        mod->kind = KR_MOD_EXPRESSION;
        /* leading newlines and indentation are ignored in eval input */
        while (p_at(p, T_NEWLINE) || p_at(p, T_INDENT))
            p_advance(p);
        KrAstExpr *e = p_star_expressions(p);
        if (e) {
            while (p_at(p, T_NEWLINE) || p_at(p, T_DEDENT))
                p_advance(p);
            if (!p_at(p, T_ENDMARKER)) {
                p_invalid(p);
                e = NULL;
            }
        }
        if (!e) {
            if (!p->err)
                p_invalid(p);
            mod = NULL;
        } else
            mod->expr = e;
    } else if (mode == KR_PARSE_SINGLE) {
        mod->kind = KR_MOD_INTERACTIVE;
        mod->body = p_interactive(p);
        if (!mod->body)
            mod = NULL;
    } else {
        mod->kind = KR_MOD_MODULE;
        mod->body = p_file(p);
        if (!mod->body)
            mod = NULL;
    }
    if (mod && p->err)
        mod = NULL;
    if (!mod && !kr_err_occurred())
        kr_err_set_string(KrExc_SyntaxError, "invalid syntax");
done:
    kr_mem_free(p->toks);
    kr_mem_free(p);
    return mod;
}
