/* tokenizer.c: UTF-8 source text to tokens, on demand (the parser pulls one
 * token at a time and keeps its own lookahead buffer).
 *
 * Indentation is tracked with two stacks, one counting tabs to the next
 * multiple of 8 and one counting a tab as one column; when they disagree
 * about the order of two lines the indentation depends on the tab size and
 * we raise TabError, as CPython does.  Inside brackets and inside f-string
 * replacement fields newlines are insignificant.
 *
 * f-strings follow PEP 701: a stack of frames records, for each open
 * f-string, its quote and prefix, and for each open replacement field the
 * bracket depth at which it opened and whether we are in the expression or
 * in the format spec.  Literal parts come out as FSTRING_MIDDLE tokens with
 * their escapes still in place (the parser decodes them).
 *
 * Error messages and locations follow CPython 3.12; offsets passed to
 * SyntaxError are 1-based character (not byte) offsets.
 */
#include "tokenizer.h"

const char *const kr_tok_names[T_COUNT] = {
    "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
    "FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END", "ERRORTOKEN",
#define X(n, s) s,
    KR_TOK_OPS(X)
#undef X
#define X(n, s) s,
    KR_TOK_KEYWORDS(X)
#undef X
};

enum { FR_STRING = 0, FR_FIELD_EXPR = 1, FR_FIELD_SPEC = 2 };

void kr_tok_init(KrTokenizer *t, const char *src, size_t len, KrObject *filename)
{
    memset(t, 0, sizeof(*t));
    t->src = src;
    t->end = src + len;
    if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
        (unsigned char)src[2] == 0xBF)
        src += 3;
    t->cur = src;
    t->line_start = src;
    t->lineno = 1;
    t->filename = filename;
    t->atbol = 1;
}

/* ---- errors ------------------------------------------------------------- */

const char *kr_tok_line_start(KrTokenizer *t, int lineno)
{
    const char *p = t->src;
    if (t->end - p >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB &&
        (unsigned char)p[2] == 0xBF)
        p += 3;
    int ln = 1;
    while (ln < lineno && p < t->end) {
        if (*p == '\n')
            ln++;
        else if (*p == '\r') {
            if (p + 1 < t->end && p[1] == '\n')
                p++;
            ln++;
        }
        p++;
    }
    return p;
}

/* number of code points in [a, b) */
static int nchars(const char *a, const char *b)
{
    int n = 0;
    for (; a < b; a++)
        if (((unsigned char)*a & 0xC0) != 0x80)
            n++;
    return n;
}

static const char *line_end(KrTokenizer *t, const char *p)
{
    while (p < t->end && *p != '\n' && *p != '\r')
        p++;
    return p;
}

/* offsets already final (1-based chars, or CPython's special 0 / -1) */
static void err_raw(KrTokenizer *t, KrTypeObject *type, const char *msg, int lineno, int off,
                    int end_lineno, int end_off, int text_nl)
{
    const char *ls = kr_tok_line_start(t, lineno);
    const char *le = line_end(t, ls);
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_put(&b, ls, (size_t)(le - ls));
    if (text_nl)
        kr_buf_putc(&b, '\n');
    KrObject *text = NULL;
    if (!b.failed)
        text = kr_str_from_utf8(b.data ? b.data : "", (ssize_t)b.len);
    kr_buf_free(&b);
    if (!text)
        kr_err_clear();
    kr_err_syntax_location(type, msg, t->filename, lineno, off, end_lineno, end_off, text);
    kr_xdecref(text);
}

void kr_tok_error_at(KrTokenizer *t, KrTypeObject *type, const char *msg, int lineno, int col,
                     int end_lineno, int end_col, int text_nl)
{
    const char *ls = kr_tok_line_start(t, lineno);
    int off = col < 0 ? 0 : nchars(ls, ls + col) + 1;
    int eoff;
    if (end_col == -1)
        eoff = -1;
    else if (end_col == -2)
        eoff = 0;
    else {
        const char *els = end_lineno == lineno ? ls : kr_tok_line_start(t, end_lineno);
        eoff = nchars(els, els + end_col) + 1;
    }
    err_raw(t, type, msg, lineno, off, end_lineno, eoff, text_nl);
}

/* error at a pointer on the current line: offset = chars before p + add */
static int err_here(KrTokenizer *t, const char *msg, const char *p, int add)
{
    int off = nchars(t->line_start, p) + add;
    err_raw(t, KrExc_SyntaxError, msg, t->lineno, off, t->lineno, off, 0);
    return -1;
}

/* ---- helpers ------------------------------------------------------------ */

static inline int is_id_start_ascii(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
static inline int is_id_ascii(int c)
{
    return is_id_start_ascii(c) || (c >= '0' && c <= '9');
}

static int uni_printable(uint32_t c)
{
    return kr_unicode_isprintable(c);
}

static void newline_at(KrTokenizer *t, const char *after)
{
    t->lineno++;
    t->line_start = after;
}

/* consume a newline sequence at t->cur (\n, \r\n or \r) */
static void eat_newline(KrTokenizer *t)
{
    if (*t->cur == '\r' && t->cur + 1 < t->end && t->cur[1] == '\n')
        t->cur += 2;
    else
        t->cur++;
    newline_at(t, t->cur);
}

static void set_tok(KrTokenizer *t, KrToken *tok, int type, const char *start, int lineno,
                    const char *lstart)
{
    tok->type = type;
    tok->start = start;
    tok->end = t->cur;
    tok->lineno = lineno;
    tok->col = (int)(start - lstart);
    tok->end_lineno = t->lineno;
    tok->end_col = (int)(t->cur - t->line_start);
    tok->level = t->level + t->nfs;
}

static int innermost_string(KrTokenizer *t)
{
    for (int i = t->nfs - 1; i >= 0; i--)
        if (t->fs[i].state == FR_STRING)
            return i;
    return -1;
}

/* detected-at line for unterminated strings at EOF */
static int eof_line(KrTokenizer *t)
{
    int n = t->lineno;
    if (t->end > t->src && (t->end[-1] == '\n' || t->end[-1] == '\r') && n > 1)
        n--;
    return n;
}

/* ---- indentation -------------------------------------------------------- */

static int line_len_chars(KrTokenizer *t)
{
    return nchars(t->line_start, line_end(t, t->line_start));
}

/* at the beginning of a logical line: measure indentation; -1 on error */
static int do_indent(KrTokenizer *t)
{
    int col = 0, altcol = 0;
    const char *p = t->cur;
    for (; p < t->end; p++) {
        if (*p == ' ')
            col++, altcol++;
        else if (*p == '\t') {
            col = (col / 8 + 1) * 8;
            altcol++;
        } else if (*p == '\f')
            col = altcol = 0;
        else
            break;
    }
    t->cur = p;
    if (p >= t->end || *p == '#' || *p == '\n' || *p == '\r')
        return 0;   /* blank line: indentation does not count */
    if (p + 1 < t->end && *p == '\\' && (p[1] == '\n' || p[1] == '\r'))
        return 0;
    int top = t->indent;
    if (col == t->indstack[top]) {
        if (altcol != t->altindstack[top])
            goto tab_error;
    } else if (col > t->indstack[top]) {
        if (top + 1 >= KR_TOK_MAXINDENT) {
            t->soft_error = 1;
            err_raw(t, KrExc(IndentationError), "too many levels of indentation", t->lineno,
                    col + 1, t->lineno, -1, 1);
            return -1;
        }
        if (altcol <= t->altindstack[top])
            goto tab_error;
        t->pending++;
        t->indent = ++top;
        t->indstack[top] = col;
        t->altindstack[top] = altcol;
    } else {
        while (top > 0 && col < t->indstack[top]) {
            t->pending--;
            top--;
        }
        t->indent = top;
        if (col != t->indstack[top]) {
            t->soft_error = 1;
            /* the offset is the end of the line, newline counted; 'single'
             * input gets no implicit newline at its end */
            const char *le = line_end(t, t->line_start);
            int nl = !t->single_input || le < t->end;
            err_raw(t, KrExc(IndentationError), "unindent does not match any outer indentation level",
                    t->lineno, line_len_chars(t) + nl, t->lineno, -1, 1);
            return -1;
        }
        if (altcol != t->altindstack[top])
            goto tab_error;
    }
    return 0;
tab_error:
    t->soft_error = 1;
    err_raw(t, KrExc(TabError), "inconsistent use of tabs and spaces in indentation", t->lineno, 1,
            t->lineno, 0, 1);
    return -1;
}

/* ---- numbers ------------------------------------------------------------ */

static int peek(KrTokenizer *t, ssize_t k)
{
    return t->cur + k < t->end ? (unsigned char)t->cur[k] : -1;
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* What follows a number must not be part of an identifier (a few keywords
 * are tolerated as CPython does, with only a warning there). */
static int end_of_number(KrTokenizer *t, const char *kind)
{
    int c = peek(t, 0);
    if (c < 0 || !(is_id_ascii(c) || c >= 0x80))
        return 0;
    static const char *const kws[] = { "and", "else", "for", "if", "in", "is", "not", "or", NULL };
    for (int i = 0; kws[i]; i++) {
        size_t n = strlen(kws[i]);
        if ((size_t)(t->end - t->cur) >= n && memcmp(t->cur, kws[i], n) == 0 &&
            ((size_t)(t->end - t->cur) == n || !(is_id_ascii((unsigned char)t->cur[n]) ||
                                                 (unsigned char)t->cur[n] >= 0x80))) {
            /* accepted with a warning, as CPython 3.12 does */
            char msg[64];
            snprintf(msg, sizeof msg, "invalid %s literal", kind);
            if (kr_err_warn_explicit(KrExc(SyntaxWarning), msg, t->filename, t->lineno) < 0) {
                kr_err_clear();
                return err_here(t, msg, t->cur, 0);
            }
            return 0;
        }
    }
    if (c < 0x80) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        return err_here(t, msg, t->cur, 0);
    }
    return 0;
}

/* digits with single underscores between them; returns -1 on error */
static int decimal_tail(KrTokenizer *t)
{
    for (;;) {
        while (is_digit(peek(t, 0)))
            t->cur++;
        if (peek(t, 0) != '_')
            return 0;
        t->cur++;
        if (!is_digit(peek(t, 0)))
            return err_here(t, "invalid decimal literal", t->cur, 0);
    }
}

static int scan_number(KrTokenizer *t)
{
    const char *start = t->cur;
    int c = peek(t, 0);
    if (c == '0') {
        int n = peek(t, 1);
        if (n == 'x' || n == 'X' || n == 'o' || n == 'O' || n == 'b' || n == 'B') {
            t->cur += 2;
            const char *kind = (n == 'x' || n == 'X') ? "hexadecimal" : (n == 'o' || n == 'O') ? "octal" : "binary";
            int base = (n == 'x' || n == 'X') ? 16 : (n == 'o' || n == 'O') ? 8 : 2;
            int any = 0;
            for (;;) {
                if (peek(t, 0) == '_')
                    t->cur++;
                int d = peek(t, 0);
                int ok = base == 16 ? is_xdigit(d) : base == 8 ? (d >= '0' && d <= '7') : (d == '0' || d == '1');
                if (!ok) {
                    if (base != 16 && is_digit(d)) {
                        char msg[64];
                        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", d, kind);
                        t->cur++;
                        return err_here(t, msg, t->cur, 0);
                    }
                    if (!any || t->cur[-1] == '_') {
                        char msg[64];
                        snprintf(msg, sizeof msg, "invalid %s literal", kind);
                        if (t->cur[-1] == '_' && any)
                            return err_here(t, msg, t->cur, 0);
                        return err_here(t, msg, t->cur, 0);
                    }
                    break;
                }
                any = 1;
                while (1) {
                    d = peek(t, 0);
                    ok = base == 16 ? is_xdigit(d) : base == 8 ? (d >= '0' && d <= '7') : (d == '0' || d == '1');
                    if (!ok)
                        break;
                    t->cur++;
                }
                if (peek(t, 0) != '_')
                    break;
            }
            if (base != 16 && is_digit(peek(t, 0))) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", peek(t, 0), kind);
                t->cur++;
                return err_here(t, msg, t->cur, 0);
            }
            return end_of_number(t, kind);
        }
        /* 0, 00, 0_0, or a float/imaginary starting with zeros */
        int nonzero = 0;
        while (peek(t, 0) == '0' || (peek(t, 0) == '_' && is_digit(peek(t, 1)))) {
            t->cur++;
        }
        if (peek(t, 0) == '_') {
            t->cur++;
            return err_here(t, "invalid decimal literal", t->cur, 0);
        }
        const char *zeros_end = t->cur;
        if (is_digit(peek(t, 0))) {
            nonzero = 1;
            if (decimal_tail(t) < 0)
                return -1;
        }
        c = peek(t, 0);
        if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J')
            goto fraction;
        if (nonzero) {
            int off = nchars(t->line_start, start) + 1;
            int eoff = nchars(t->line_start, zeros_end) + 1;
            err_raw(t, KrExc_SyntaxError,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    t->lineno, off, t->lineno, eoff, 0);
            return -1;
        }
        return end_of_number(t, "decimal");
    }
    if (c != '.') {
        if (decimal_tail(t) < 0)
            return -1;
    }
fraction:
    c = peek(t, 0);
    if (c == '.') {
        t->cur++;
        if (is_digit(peek(t, 0)) && decimal_tail(t) < 0)
            return -1;
        c = peek(t, 0);
    }
    if (c == 'e' || c == 'E') {
        const char *e = t->cur;
        t->cur++;
        c = peek(t, 0);
        if (c == '+' || c == '-') {
            t->cur++;
            if (!is_digit(peek(t, 0)))
                return err_here(t, "invalid decimal literal", t->cur, 0);
        } else if (!is_digit(c)) {
            t->cur = e;
            if (end_of_number(t, "decimal") < 0)
                return -1;
            return 0;
        }
        if (decimal_tail(t) < 0)
            return -1;
        c = peek(t, 0);
    }
    if (c == 'j' || c == 'J') {
        t->cur++;
        return end_of_number(t, "imaginary");
    }
    return end_of_number(t, "decimal");
}

/* ---- strings ------------------------------------------------------------ */

/* scan a plain string body after the opening quote(s); -1 on error */
static int scan_string_body(KrTokenizer *t, char q, int qlen, int raw, const char *tokstart,
                            int start_line)
{
    (void)raw;
    for (;;) {
        if (t->cur >= t->end) {
            int ln = qlen == 3 ? eof_line(t) : t->lineno;
            char msg[96];
            snprintf(msg, sizeof msg, qlen == 3 ? "unterminated triple-quoted string literal (detected at line %d)"
                                               : "unterminated string literal (detected at line %d)", ln);
            const char *ls = kr_tok_line_start(t, start_line);
            int off = nchars(ls, tokstart) + 1;
            err_raw(t, KrExc_SyntaxError, msg, start_line, off, start_line, off, 0);
            return -1;
        }
        char c = *t->cur;
        if (c == q) {
            if (qlen == 1) {
                t->cur++;
                return 0;
            }
            if (t->cur + 2 < t->end && t->cur[1] == q && t->cur[2] == q) {
                t->cur += 3;
                return 0;
            }
            t->cur++;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (qlen == 1) {
                char msg[96];
                snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)", t->lineno);
                int off = nchars(t->line_start, tokstart) + 1;
                err_raw(t, KrExc_SyntaxError, msg, start_line, off, start_line, off, 0);
                return -1;
            }
            eat_newline(t);
            continue;
        }
        if (c == '\\') {
            t->cur++;
            if (t->cur < t->end) {
                if (*t->cur == '\n' || *t->cur == '\r')
                    eat_newline(t);
                else
                    t->cur++;
            }
            continue;
        }
        t->cur++;
    }
}

static int fs_push(KrTokenizer *t, int state)
{
    if (t->nfs >= KR_TOK_MAXFSTRING)
        return err_here(t, "too many nested f-strings", t->cur, 0);
    KrFStrFrame *f = &t->fs[t->nfs++];
    memset(f, 0, sizeof(*f));
    f->state = (char)state;
    f->paren_level = t->level;
    return 0;
}

/* scan literal text of the innermost f-string (body or format spec) */
static int fstring_literal(KrTokenizer *t, KrToken *tok)
{
    KrFStrFrame *top = &t->fs[t->nfs - 1];
    int si = innermost_string(t);
    KrFStrFrame *fs = &t->fs[si];
    int in_spec = top->state == FR_FIELD_SPEC;
    const char *start = t->cur;
    const char *lstart = t->line_start;
    int sline = t->lineno;
    tok->raw = (unsigned char)fs->raw;
    tok->quote_len = (unsigned char)fs->quote_len;
    tok->is_bytes = 0;
    for (;;) {
        if (t->cur >= t->end) {
            if (in_spec)
                goto expect_brace;
            char msg[96];
            int ln = fs->quote_len == 3 ? eof_line(t) : t->lineno;
            snprintf(msg, sizeof msg, fs->quote_len == 3 ? "unterminated triple-quoted f-string literal (detected at line %d)"
                                                         : "unterminated f-string literal (detected at line %d)", ln);
            const char *ls = kr_tok_line_start(t, fs->start_line);
            int off = nchars(ls, ls + fs->start_col) + 1;
            err_raw(t, KrExc_SyntaxError, msg, fs->start_line, off, fs->start_line, off, 0);
            return -1;
        }
        char c = *t->cur;
        if (c == fs->quote && (fs->quote_len == 1 ||
                               (t->cur + 2 < t->end && t->cur[1] == c && t->cur[2] == c))) {
            if (t->cur > start) {
                set_tok(t, tok, T_FSTRING_MIDDLE, start, sline, lstart);
                return 0;
            }
            if (in_spec)
                goto expect_brace;
            t->cur += fs->quote_len;
            set_tok(t, tok, T_FSTRING_END, start, sline, lstart);
            t->nfs--;
            return 0;
        }
        if ((c == '\n' || c == '\r') && fs->quote_len == 1) {
            if (in_spec) {
                if (t->cur > start) {
                    set_tok(t, tok, T_FSTRING_MIDDLE, start, sline, lstart);
                    return 0;
                }
                goto expect_brace;
            }
            char msg[96];
            snprintf(msg, sizeof msg, "unterminated f-string literal (detected at line %d)", t->lineno);
            const char *ls = kr_tok_line_start(t, fs->start_line);
            int off = nchars(ls, ls + fs->start_col) + 1;
            err_raw(t, KrExc_SyntaxError, msg, fs->start_line, off, fs->start_line, off, 0);
            return -1;
        }
        if (c == '\n' || c == '\r') {
            eat_newline(t);
            continue;
        }
        if (c == '{') {
            if (!in_spec && peek(t, 1) == '{') {
                t->cur += 2;
                continue;
            }
            if (t->cur > start) {
                set_tok(t, tok, T_FSTRING_MIDDLE, start, sline, lstart);
                return 0;
            }
            t->cur++;
            set_tok(t, tok, T_LBRACE, start, sline, lstart);
            if (fs_push(t, FR_FIELD_EXPR) < 0)
                return -1;
            t->fs[t->nfs - 1].start_line = sline;
            t->fs[t->nfs - 1].start_col = (int)(start - lstart);
            return 0;
        }
        if (c == '}') {
            if (!in_spec) {
                if (peek(t, 1) == '}') {
                    t->cur += 2;
                    continue;
                }
                return err_here(t, "f-string: single '}' is not allowed", t->cur, 1);
            }
            if (t->cur > start) {
                set_tok(t, tok, T_FSTRING_MIDDLE, start, sline, lstart);
                return 0;
            }
            t->cur++;
            set_tok(t, tok, T_RBRACE, start, sline, lstart);
            t->nfs--;
            return 0;
        }
        if (c == '\\') {
            int n = peek(t, 1);
            if (!fs->raw && n == 'N' && peek(t, 2) == '{') {
                const char *p = t->cur + 3;
                while (p < t->end && *p != '}' && *p != fs->quote && *p != '\n')
                    p++;
                if (p < t->end && *p == '}') {
                    t->cur = p + 1;
                    continue;
                }
                t->cur += 2;
                continue;
            }
            if (n == '{' || n == '}') {
                t->cur++;
                continue;
            }
            if (n == '\n' || n == '\r') {
                t->cur++;
                eat_newline(t);
                continue;
            }
            t->cur += n < 0 ? 1 : 2;
            continue;
        }
        t->cur++;
    }
expect_brace:
    {
        int off = nchars(t->line_start, t->cur) + 1;
        err_raw(t, KrExc_SyntaxError, "f-string: expecting '}', or format specs", t->lineno, off, t->lineno,
                off + 1, 1);
        return -1;
    }
}

/* ---- the main scanner --------------------------------------------------- */

/* operators: longest match, decided by the first character */
static int op_lookup(const char *p, const char *end, int *len)
{
    int c1 = p + 1 < end ? (unsigned char)p[1] : -1;
    int c2 = p + 2 < end ? (unsigned char)p[2] : -1;
    *len = 1;
#define TWO(ch, t2) if (c1 == (ch)) { *len = 2; return (t2); }
    switch (*p) {
    case '(': return T_LPAR;
    case ')': return T_RPAR;
    case '[': return T_LSQB;
    case ']': return T_RSQB;
    case '{': return T_LBRACE;
    case '}': return T_RBRACE;
    case ',': return T_COMMA;
    case ';': return T_SEMI;
    case '~': return T_TILDE;
    case ':': TWO('=', T_COLONEQUAL) return T_COLON;
    case '+': TWO('=', T_PLUSEQUAL) return T_PLUS;
    case '-': TWO('=', T_MINEQUAL) TWO('>', T_RARROW) return T_MINUS;
    case '%': TWO('=', T_PERCENTEQUAL) return T_PERCENT;
    case '&': TWO('=', T_AMPEREQUAL) return T_AMPER;
    case '|': TWO('=', T_VBAREQUAL) return T_VBAR;
    case '^': TWO('=', T_CIRCUMFLEXEQUAL) return T_CIRCUMFLEX;
    case '@': TWO('=', T_ATEQUAL) return T_AT;
    case '=': TWO('=', T_EQEQUAL) return T_EQUAL;
    case '!': TWO('=', T_NOTEQUAL) return T_EXCLAMATION;
    case '.':
        if (c1 == '.' && c2 == '.') {
            *len = 3;
            return T_ELLIPSIS;
        }
        return T_DOT;
    case '*':
        if (c1 == '*') {
            if (c2 == '=') {
                *len = 3;
                return T_DOUBLESTAREQUAL;
            }
            *len = 2;
            return T_DOUBLESTAR;
        }
        TWO('=', T_STAREQUAL) return T_STAR;
    case '/':
        if (c1 == '/') {
            if (c2 == '=') {
                *len = 3;
                return T_DOUBLESLASHEQUAL;
            }
            *len = 2;
            return T_DOUBLESLASH;
        }
        TWO('=', T_SLASHEQUAL) return T_SLASH;
    case '<':
        if (c1 == '<') {
            if (c2 == '=') {
                *len = 3;
                return T_LEFTSHIFTEQUAL;
            }
            *len = 2;
            return T_LEFTSHIFT;
        }
        TWO('=', T_LESSEQUAL) return T_LESS;
    case '>':
        if (c1 == '>') {
            if (c2 == '=') {
                *len = 3;
                return T_RIGHTSHIFTEQUAL;
            }
            *len = 2;
            return T_RIGHTSHIFT;
        }
        TWO('=', T_GREATEREQUAL) return T_GREATER;
    }
#undef TWO
    *len = 0;
    return -1;
}

static int keyword_lookup(const char *s, size_t n)
{
    static const struct { const char *s; unsigned char len; unsigned char type; } kws[] = {
#define X(k, s) { s, sizeof(s) - 1, K_##k },
        KR_TOK_KEYWORDS(X)
#undef X
    };
    if (n < 2 || n > 8)
        return -1;
    /* keywords start with a lowercase letter or one of F, N, T */
    char c = s[0];
    if (!((c >= 'a' && c <= 'y') || c == 'F' || c == 'N' || c == 'T'))
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(kws); i++)
        if (kws[i].len == n && kws[i].s[0] == c && memcmp(kws[i].s, s, n) == 0)
            return kws[i].type;
    return -1;
}

/* a string prefix: r b u f in any case and combination CPython allows */
static int string_prefix(const char *s, size_t n, int *raw, int *isbytes, int *isf)
{
    *raw = *isbytes = *isf = 0;
    int u = 0;
    if (n > 2)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = (char)(s[i] | 0x20);
        if (c == 'r' && !*raw)
            *raw = 1;
        else if (c == 'b' && !*isbytes && !u && !*isf)
            *isbytes = 1;
        else if (c == 'u' && n == 1)
            u = 1;
        else if (c == 'f' && !*isf && !*isbytes && !u)
            *isf = 1;
        else
            return 0;
    }
    return 1;
}

static int bad_char(KrTokenizer *t)
{
    uint32_t cp;
    int n = kr_utf8_decode1((const unsigned char *)t->cur, (size_t)(t->end - t->cur), &cp);
    if (n <= 0)
        cp = (unsigned char)*t->cur;
    char msg[64];
    if (uni_printable(cp)) {
        char u[5] = { 0 };
        kr_utf8_encode1(cp, u);
        snprintf(msg, sizeof msg, "invalid character '%s' (U+%04X)", u, (unsigned)cp);
    } else
        snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", (unsigned)cp);
    return err_here(t, msg, t->cur, 1);
}

int kr_tok_next(KrTokenizer *t, KrToken *tok)
{
    memset(tok, 0, sizeof(*tok));
    if (t->nfs && t->fs[t->nfs - 1].state != FR_FIELD_EXPR)
        return fstring_literal(t, tok);
again:
    if (t->pending) {
        tok->start = tok->end = t->cur;
        tok->lineno = tok->end_lineno = t->lineno;
        tok->col = tok->end_col = (int)(t->cur - t->line_start);
        if (t->pending > 0) {
            t->pending--;
            tok->type = T_INDENT;
            tok->col = 0;
        } else {
            t->pending++;
            tok->type = T_DEDENT;
        }
        return 0;
    }
    if (t->atbol && t->level == 0 && t->nfs == 0) {
        t->atbol = 0;
        if (do_indent(t) < 0)
            return -1;
        if (t->pending)
            goto again;
    }
    /* whitespace and comments */
    while (t->cur < t->end && (*t->cur == ' ' || *t->cur == '\t' || *t->cur == '\f'))
        t->cur++;
    if (t->cur < t->end && *t->cur == '#') {
        while (t->cur < t->end && *t->cur != '\n' && *t->cur != '\r')
            t->cur++;
    }
    const char *start = t->cur;
    const char *lstart = t->line_start;
    int sline = t->lineno;
    if (t->cur >= t->end && (t->nfs || t->level > 0)) {
        /* the parser reports what was never closed, if it fails here */
        tok->start = tok->end = t->cur;
        tok->type = T_ENDMARKER;
        tok->lineno = tok->end_lineno = t->lineno;
        tok->col = tok->end_col = (int)(t->cur - t->line_start);
        t->done = 1;
        return 0;
    }
    if (t->cur >= t->end) {
        tok->start = tok->end = t->cur;
        if (t->had_token) {
            t->had_token = 0;
            tok->type = T_NEWLINE;
            tok->lineno = tok->end_lineno = t->lineno;
            tok->col = (int)(t->cur - t->line_start);
            tok->end_col = tok->col + 1;
            if (t->eval_input)
                tok->col = tok->end_col = -1;
            return 0;
        }
        /* dedents and the end marker sit at the end of the last line, as
         * CPython's tokenizer places them (error locations depend on it) */
        int ln = eof_line(t);
        if (!t->eof_ls)
            t->eof_ls = kr_tok_line_start(t, ln);
        const char *ls = t->eof_ls;
        int col = (int)(line_end(t, ls) - ls);
        tok->lineno = tok->end_lineno = ln;
        tok->col = tok->end_col = col;
        if (t->indent > 0) {
            t->indent--;
            tok->type = T_DEDENT;
            return 0;
        }
        tok->type = T_ENDMARKER;
        t->done = 1;
        return 0;
    }
    unsigned char c = (unsigned char)*t->cur;
    if (c == '\n' || c == '\r') {
        if (t->level > 0 || t->nfs > 0 || !t->had_token) {
            eat_newline(t);
            if (t->level == 0 && t->nfs == 0)
                t->atbol = 1;
            goto again;
        }
        eat_newline(t);
        tok->type = T_NEWLINE;
        tok->start = start;
        tok->end = t->cur;
        tok->lineno = tok->end_lineno = sline;
        tok->col = (int)(start - lstart);
        tok->end_col = tok->col + 1;
        t->atbol = 1;
        t->had_token = 0;
        return 0;
    }
    if (c == '\\') {
        int n = peek(t, 1);
        if (n == '\n' || n == '\r') {
            t->cur++;
            eat_newline(t);
            if (t->cur >= t->end) {
                t->soft_error = 1;
                err_raw(t, KrExc_SyntaxError, "unexpected EOF while parsing", t->lineno - 1,
                        nchars(kr_tok_line_start(t, t->lineno - 1), t->cur) + 1, t->lineno - 1, -1, 1);
                return -1;
            }
            goto again;
        }
        t->soft_error = 1;
        if (n < 0) {
            err_raw(t, KrExc_SyntaxError, "unexpected EOF while parsing", t->lineno,
                    nchars(t->line_start, t->cur) + 2, t->lineno, -1, 1);
            return -1;
        }
        int off = nchars(t->line_start, t->cur) + 2;
        err_raw(t, KrExc_SyntaxError, "unexpected character after line continuation character",
                t->lineno, off, t->lineno, 0, 1);
        return -1;
    }
    t->had_token = 1;
    /* identifiers, keywords, string prefixes */
    if (is_id_start_ascii(c) || c >= 0x80) {
        /* take every non-ASCII character, then check the identifier as
         * CPython does, reporting the first character that cannot be in one */
        const char *p = t->cur;
        int nonascii = 0;
        while (p < t->end) {
            unsigned char d = (unsigned char)*p;
            if (d < 0x80) {
                if (!is_id_ascii(d))
                    break;
                p++;
                continue;
            }
            uint32_t cp;
            int n = kr_utf8_decode1((const unsigned char *)p, (size_t)(t->end - p), &cp);
            if (n <= 0)
                break;
            nonascii = 1;
            p += n;
        }
        if (nonascii) {
            for (const char *q = t->cur; q < p;) {
                uint32_t cp;
                int n = kr_utf8_decode1((const unsigned char *)q, (size_t)(p - q), &cp);
                if (n <= 0) {
                    cp = (unsigned char)*q;
                    n = 1;
                }
                int ok = q == t->cur ? (cp == '_' || kr_unicode_isxidstart(cp)) : kr_unicode_isxidcontinue(cp);
                if (!ok) {
                    t->cur = q;
                    return bad_char(t);
                }
                q += n;
            }
        }
        size_t n = (size_t)(p - t->cur);
        if (p < t->end && (*p == '\'' || *p == '"')) {
            int raw, isb, isf;
            if (string_prefix(t->cur, n, &raw, &isb, &isf)) {
                char q = *p;
                int qlen = (p + 2 < t->end && p[1] == q && p[2] == q) ? 3 : 1;
                t->cur = p + qlen;
                if (isf) {
                    if (fs_push(t, FR_STRING) < 0)
                        return -1;
                    KrFStrFrame *f = &t->fs[t->nfs - 1];
                    f->quote = q;
                    f->quote_len = (char)qlen;
                    f->raw = (char)raw;
                    f->start_line = sline;
                    f->start_col = (int)(start - lstart);
                    f->start = start;
                    set_tok(t, tok, T_FSTRING_START, start, sline, lstart);
                    tok->raw = (unsigned char)raw;
                    tok->quote_len = (unsigned char)qlen;
                    return 0;
                }
                if (scan_string_body(t, q, qlen, raw, start, sline) < 0)
                    goto string_error;
                set_tok(t, tok, T_STRING, start, sline, lstart);
                tok->raw = (unsigned char)raw;
                tok->is_bytes = (unsigned char)isb;
                tok->quote_len = (unsigned char)qlen;
                return 0;
            }
        }
        t->cur = p;
        int kw = nonascii ? -1 : keyword_lookup(start, n);
        set_tok(t, tok, kw >= 0 ? kw : T_NAME, start, sline, lstart);
        return 0;
    }
    if (is_digit(c) || (c == '.' && is_digit(peek(t, 1)))) {
        if (scan_number(t) < 0)
            return -1;
        set_tok(t, tok, T_NUMBER, start, sline, lstart);
        return 0;
    }
    if (c == '\'' || c == '"') {
        int qlen = (peek(t, 1) == c && peek(t, 2) == c) ? 3 : 1;
        t->cur += qlen;
        if (scan_string_body(t, (char)c, qlen, 0, start, sline) < 0)
            goto string_error;
        set_tok(t, tok, T_STRING, start, sline, lstart);
        tok->quote_len = (unsigned char)qlen;
        return 0;
    }
    /* operators and brackets */
    int len;
    int op = op_lookup(t->cur, t->end, &len);
    if (op < 0) {
        if (c < 0x80 && c >= 0x20 && c != 0x7f) {
            /* '$', '?', '`': an error token the parser reports as invalid syntax */
            t->cur++;
            set_tok(t, tok, T_ERROR, start, sline, lstart);
            return 0;
        }
        return bad_char(t);
    }
    if (t->nfs && t->fs[t->nfs - 1].state == FR_FIELD_EXPR && t->level == t->fs[t->nfs - 1].paren_level) {
        KrFStrFrame *f = &t->fs[t->nfs - 1];
        if (op == T_RBRACE) {
            t->cur++;
            set_tok(t, tok, T_RBRACE, start, sline, lstart);
            t->nfs--;
            return 0;
        }
        if (op == T_COLON || op == T_COLONEQUAL) {
            t->cur++;
            set_tok(t, tok, T_COLON, start, sline, lstart);
            f->state = FR_FIELD_SPEC;
            return 0;
        }
    }
    t->cur += len;
    if (op == T_LPAR || op == T_LSQB || op == T_LBRACE) {
        if (t->level >= KR_TOK_MAXLEVEL)
            return err_here(t, "too many nested parentheses", start, 1);
        t->parenstack[t->level] = (char)c;
        t->parenline[t->level] = sline;
        t->parencol[t->level] = (int)(start - lstart);
        t->level++;
    } else if (op == T_RPAR || op == T_RSQB || op == T_RBRACE) {
        int floor = 0;
        if (t->nfs && t->fs[t->nfs - 1].state == FR_FIELD_EXPR)
            floor = t->fs[t->nfs - 1].paren_level;
        if (t->level <= floor) {
            char msg[64];
            if (t->nfs)
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", c);
            else
                snprintf(msg, sizeof msg, "unmatched '%c'", c);
            return err_here(t, msg, start, 1);
        }
        t->level--;
        char open = t->parenstack[t->level];
        char want = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (want != (char)c) {
            char msg[128];
            if (t->parenline[t->level] != sline)
                snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                         c, open, t->parenline[t->level]);
            else
                snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
            return err_here(t, msg, start, 1);
        }
    }
    set_tok(t, tok, op, start, sline, lstart);
    return 0;

string_error:
    /* inside an f-string field, a stray quote usually means a missing '}' */
    if (t->nfs) {
        int si = innermost_string(t);
        if (si >= 0 && t->fs[si].quote == (char)*(start + (*start == '\'' || *start == '"' ? 0 : 1))) {
            kr_err_clear();
            t->cur = start;
            t->line_start = lstart;
            t->lineno = sline;
            return err_here(t, "f-string: expecting '}'", start, 1);
        }
    }
    return -1;
}

int kr_tok_unclosed(KrTokenizer *t)
{
    int field = -1;
    for (int i = t->nfs - 1; i >= 0; i--)
        if (t->fs[i].state != FR_STRING) {
            field = i;
            break;
        }
    if (field >= 0 && t->fs[field].paren_level >= t->level) {
        KrFStrFrame *f = &t->fs[field];
        const char *ls = kr_tok_line_start(t, f->start_line);
        err_raw(t, KrExc_SyntaxError, "'{' was never closed", f->start_line, nchars(ls, ls + f->start_col) + 1,
                f->start_line, 0, 1);
        return 1;
    }
    if (t->level > 0) {
        int i = t->level - 1;
        char msg[64];
        snprintf(msg, sizeof msg, "'%c' was never closed", t->parenstack[i]);
        const char *ls = kr_tok_line_start(t, t->parenline[i]);
        /* CPython keeps the newline only when nothing follows that line */
        err_raw(t, KrExc_SyntaxError, msg, t->parenline[i], nchars(ls, ls + t->parencol[i]) + 1,
                t->parenline[i], 0, t->parenline[i] == eof_line(t));
        return 1;
    }
    return 0;
}
