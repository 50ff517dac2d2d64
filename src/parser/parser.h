/* parser.h: source text to AST.
 *
 * The tokenizer (tokenizer.c) turns UTF-8 source into tokens with INDENT /
 * DEDENT and implicit line joining; the parser (parser.c, parser_expr.c,
 * parser_stmt.c, parser_match.c) is a hand-written recursive-descent parser
 * for the 3.12 grammar.  Errors raise SyntaxError
 * (or IndentationError/TabError) with CPython's messages and locations.
 */
#ifndef KR_PARSER_H
#define KR_PARSER_H

#include "ast.h"

/* parse modes */
enum { KR_PARSE_FILE = 0, KR_PARSE_EVAL = 1, KR_PARSE_SINGLE = 2, KR_PARSE_FUNC_TYPE = 3 };

/* src need not be NUL-terminated; len bytes of UTF-8.  filename is a str.
 * Returns NULL with SyntaxError/IndentationError/MemoryError/RecursionError
 * (nesting deeper than the limit) set. */
KrAstMod *kr_parse(const char *src, ssize_t len, KrObject *filename, int mode, KrArena *arena);

#endif
