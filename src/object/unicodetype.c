/* unicodetype.c: character properties and case mappings for str methods,
 * looked up in the table tools/gen_unicode.py generates from CPython's
 * Unicode database (unicode_db.h).  ASCII has its own fast paths in the
 * callers; this file answers for the whole code space. */
#include "kr.h"
#include "unicode_db.h"

enum {
    F_ALPHA = 1 << 0, F_DECIMAL = 1 << 1, F_DIGIT = 1 << 2, F_NUMERIC = 1 << 3,
    F_SPACE = 1 << 4, F_PRINTABLE = 1 << 5, F_LOWER = 1 << 6, F_UPPER = 1 << 7,
    F_TITLE = 1 << 8, F_CASED = 1 << 9, F_CASE_IGNORABLE = 1 << 10, F_XID_START = 1 << 11,
    F_XID_CONTINUE = 1 << 12, F_EXTENDED = 1 << 13, F_LINEBREAK = 1 << 14
};

static inline const KrUnicodeRecord *rec(uint32_t cp)
{
    if (cp >= 0x110000)
        cp = 0xFFFF;   /* a noncharacter: no properties */
    unsigned blk = kr_udb_stage1[cp >> KR_UDB_SHIFT];
    return &kr_udb_records[kr_udb_stage2[(blk << KR_UDB_SHIFT) + (cp & ((1u << KR_UDB_SHIFT) - 1))]];
}

#define PRED(name, flag) bool kr_unicode_##name(uint32_t cp) { return (rec(cp)->flags & (flag)) != 0; }
PRED(isspace, F_SPACE)
PRED(isalpha, F_ALPHA)
PRED(isdecimal, F_DECIMAL)
PRED(isdigit, F_DIGIT)
PRED(isnumeric, F_NUMERIC)
PRED(isprintable, F_PRINTABLE)
PRED(islower, F_LOWER)
PRED(isupper, F_UPPER)
PRED(istitle, F_TITLE)
PRED(iscased, F_CASED)
PRED(iscaseignorable, F_CASE_IGNORABLE)
PRED(isxidstart, F_XID_START)
PRED(isxidcontinue, F_XID_CONTINUE)
PRED(islinebreak, F_LINEBREAK)
#undef PRED

bool kr_unicode_isalnum(uint32_t cp)
{
    return (rec(cp)->flags & (F_ALPHA | F_DECIMAL | F_DIGIT | F_NUMERIC)) != 0;
}

int kr_unicode_todecimal(uint32_t cp) { return rec(cp)->decimal; }
int kr_unicode_todigit(uint32_t cp) { return rec(cp)->digit; }

/* which: 0 lower, 1 upper, 2 title, 3 fold (order of the ext records) */
static int full_map(uint32_t cp, int which, uint32_t out[3])
{
    const KrUnicodeRecord *r = rec(cp);
    if (!(r->flags & F_EXTENDED)) {
        int32_t d = which == 1 ? r->upper : which == 2 ? r->title : r->lower;
        out[0] = (uint32_t)((int32_t)cp + d);
        return 1;
    }
    const uint32_t *e = &kr_udb_ext[r->lower];
    for (int i = 0; i < which; i++)
        e += 1 + e[0];
    int n = (int)e[0];
    if (n > 3)
        n = 3;
    for (int i = 0; i < n; i++)
        out[i] = e[1 + i];
    return n;
}

int kr_unicode_tolower_full(uint32_t cp, uint32_t out[3]) { return full_map(cp, 0, out); }
int kr_unicode_toupper_full(uint32_t cp, uint32_t out[3]) { return full_map(cp, 1, out); }
int kr_unicode_totitle_full(uint32_t cp, uint32_t out[3]) { return full_map(cp, 2, out); }
int kr_unicode_tofold_full(uint32_t cp, uint32_t out[3]) { return full_map(cp, 3, out); }

uint32_t kr_unicode_tolower(uint32_t cp)
{
    uint32_t o[3];
    full_map(cp, 0, o);
    return o[0];
}

uint32_t kr_unicode_toupper(uint32_t cp)
{
    uint32_t o[3];
    full_map(cp, 1, o);
    return o[0];
}
