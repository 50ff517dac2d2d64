/* traceback.c: traceback objects and the default exception display.
 *
 * While an exception unwinds, the eval loop prepends one traceback entry
 * per frame (kr_traceback_add_here).  kr_err_print_exception prints an
 * exception exactly as CPython 3.12's default excepthook does: the chain of
 * causes and contexts first, then "Traceback (most recent call last):", one
 * "File" line per entry with the stripped source line and, since 3.11, a
 * caret line under the failing expression computed from the instruction's
 * source span (binary operators and subscripts get the ~~~^^^ split by
 * re-parsing the span), repeated recursive entries folded, SyntaxError's
 * own layout, the "Type: message" line with name suggestions, and notes.
 */
#include "kr.h"
#include <limits.h>

static const char stdlib_names[] =
    " __future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bz2 _codecs _codecs_cn"
    " _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc"
    " _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel"
    " _datetime _dbm _decimal _elementtree _frozen_importlib _frozen_importlib_external"
    " _functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5"
    " _msi _multibytecodec _multiprocessing _opcode _operator _osx_support _overlapped _pickle"
    " _posixshmem _posixsubprocess _py_abc _pydatetime _pydecimal _pyio _pylong _queue _random"
    " _scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat"
    " _statistics _string _strptime _struct _symtable _thread _threading_local _tkinter"
    " _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc"
    " aifc antigravity argparse array ast asyncio atexit audioop base64 bdb binascii bisect"
    " builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections"
    " colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt csv"
    " ctypes curses dataclasses datetime dbm decimal difflib dis doctest email encodings"
    " ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib"
    " functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac"
    " html http idlelib imaplib imghdr importlib inspect io ipaddress itertools json keyword"
    " lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap"
    " modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers"
    " opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil"
    " platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr"
    " pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter"
    " runpy sched secrets select selectors shelve shlex shutil signal site smtplib sndhdr socket"
    " socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string"
    " stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile"
    " telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize"
    " tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata"
    " unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref"
    " xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo"
    " ";

/* ---- traceback objects ------------------------------------------------------ */

static KrObject *tb_create(KrObject *next, KrObject *frame, int lasti, int lineno)
{
    KrTracebackObject *tb = (KrTracebackObject *)kr_object_alloc(&KrTraceback_Type, 0);
    if (!tb)
        return NULL;
    tb->tb_next = next ? KR_NEWREF(next) : NULL;
    tb->tb_frame = KR_NEWREF(frame);
    tb->tb_lasti = lasti;
    tb->tb_lineno = lineno;
    kr_gc_track((KrObject *)tb);
    return (KrObject *)tb;
}

int kr_traceback_add_here(KrFrame *f)
{
    KrObject *exc = kr_err_fetch();
    if (!exc)
        return 0;
    KrObject *fo = kr_frame_get_object(f);
    if (!fo) {
        kr_err_clear();
        kr_err_restore(exc);
        return -1;
    }
    int lasti = kr_frame_lasti(f);
    KrObject *old = kr_exc_get_traceback(exc);
    KrObject *tb = tb_create(old, fo, lasti < 0 ? -1 : lasti * 4, kr_frame_lineno(f));
    KR_XDECREF(old);
    KR_DECREF(fo);
    if (!tb) {
        kr_err_clear();
        kr_err_restore(exc);
        return -1;
    }
    kr_exc_set_traceback(exc, tb);
    KR_DECREF(tb);
    kr_err_restore(exc);
    return 0;
}

static int tb_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrTracebackObject *tb = (KrTracebackObject *)o;
    KR_VISIT(tb->tb_next);
    KR_VISIT(tb->tb_frame);
    return 0;
}

static int tb_clear(KrObject *o)
{
    KrTracebackObject *tb = (KrTracebackObject *)o;
    KR_CLEAR(tb->tb_next);
    KR_CLEAR(tb->tb_frame);
    return 0;
}

static void tb_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    /* long chains: unlink iteratively so deallocation does not recurse */
    KrTracebackObject *tb = (KrTracebackObject *)o;
    KrObject *next = tb->tb_next;
    tb->tb_next = NULL;
    while (next && KR_REFCNT(next) == 1 && KR_TYPE(next) == &KrTraceback_Type) {
        KrTracebackObject *n = (KrTracebackObject *)next;
        KrObject *nn = n->tb_next;
        n->tb_next = NULL;
        KR_DECREF(next);
        next = nn;
    }
    KR_XDECREF(next);
    KR_CLEAR(tb->tb_frame);
    kr_object_free(o);
}

static KrObject *tb_get_next(KrObject *o, void *c)
{
    KrTracebackObject *tb = (KrTracebackObject *)o;
    return KR_NEWREF(tb->tb_next ? tb->tb_next : Kr_None);
}

static int tb_set_next(KrObject *o, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(KrExc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == Kr_None) {
        v = NULL;
    } else if (KR_TYPE(v) != &KrTraceback_Type) {
        kr_err_format(KrExc_TypeError, "expected traceback object or None, got '%s'", KR_TYPE(v)->tp_name);
        return -1;
    }
    for (KrObject *c2 = v; c2; c2 = ((KrTracebackObject *)c2)->tb_next) {
        if (c2 == o) {
            kr_err_set_string(KrExc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    KR_SETREF(((KrTracebackObject *)o)->tb_next, KR_XNEWREF(v));
    return 0;
}

static KrObject *tb_get_lineno(KrObject *o, void *c)
{
    KrTracebackObject *tb = (KrTracebackObject *)o;
    if (tb->tb_lineno < 0)
        KR_RETURN_NONE;
    return kr_int_from_long(tb->tb_lineno);
}

static KrObject *tb_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno", NULL};
    KrObject *a[4] = {0};
    if (kr_arg_parse("TracebackType", args, nargs, kwnames, names, 4, a) < 0)
        return NULL;
    if (a[0] != Kr_None && KR_TYPE(a[0]) != &KrTraceback_Type) {
        kr_err_format(KrExc_TypeError, "expected traceback object or None, got '%s'", KR_TYPE(a[0])->tp_name);
        return NULL;
    }
    if (KR_TYPE(a[1]) != &KrFrame_Type) {
        kr_err_format(KrExc_TypeError, "TracebackType() argument 'tb_frame' must be frame, not %s",
                      KR_TYPE(a[1])->tp_name);
        return NULL;
    }
    long lasti = kr_int_as_long(a[2]);
    if (lasti == -1 && kr_err_occurred())
        return NULL;
    long lineno = kr_int_as_long(a[3]);
    if (lineno == -1 && kr_err_occurred())
        return NULL;
    return tb_create(a[0] == Kr_None ? NULL : a[0], a[1], (int)lasti, (int)lineno);
}

static KrObject *tb_dir(KrObject *o, KrObject *unused)
{
    return kr_object_generic_dir(o);
}

static KrMemberDef tb_members[] = {
    {"tb_frame", KR_T_OBJECT, offsetof(KrTracebackObject, tb_frame), KR_READONLY, NULL},
    {"tb_lasti", KR_T_INT, offsetof(KrTracebackObject, tb_lasti), KR_READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

static KrGetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static KrMethodDef tb_methods[] = {
    {"__dir__", KR_CFUNC(tb_dir), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

KrTypeObject KrTraceback_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "traceback",
    .tp_basicsize = sizeof(KrTracebackObject),
    .tp_dealloc = tb_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_traverse = tb_traverse,
    .tp_clear = tb_clear,
    .tp_methods = tb_methods,
    .tp_members = tb_members,
    .tp_getset = tb_getset,
    .tp_new = tb_new,
};

/* ---- source lines ------------------------------------------------------------- */

static FILE *open_source(const char *name)
{
    FILE *fp = fopen(name, "rb");
    if (fp || name[0] == '/' || name[0] == '<')
        return fp;
    KrObject *path = kr_sys_get("path");
    if (!path || !KR_LIST_CHECK(path))
        return NULL;
    for (ssize_t i = 0; i < KR_LIST_LEN(path) && !fp; i++) {
        KrObject *dir = KR_LIST_GET(path, i);
        if (!KR_STR_CHECK(dir))
            continue;
        const char *d = kr_str_utf8(dir);
        if (!d) {
            kr_err_clear();
            continue;
        }
        KrBuf b;
        kr_buf_init(&b);
        kr_buf_printf(&b, "%s/%s", d, name);
        if (!b.failed && b.data)
            fp = fopen(b.data, "rb");
        kr_buf_free(&b);
    }
    return fp;
}

/* line `lineno` of the file without its line ending: kr_mem_free it */
static char *read_source_line(KrObject *filename, int lineno, size_t *len)
{
    if (!filename || !KR_STR_CHECK(filename) || lineno < 1)
        return NULL;
    const char *name = kr_str_utf8(filename);
    if (!name) {
        kr_err_clear();
        return NULL;
    }
    FILE *fp = open_source(name);
    if (!fp)
        return NULL;
    KrBuf b;
    kr_buf_init(&b);
    int line = 1, c;
    while (line < lineno && (c = getc(fp)) != EOF)
        if (c == '\n')
            line++;
    if (line == lineno) {
        while ((c = getc(fp)) != EOF && c != '\n')
            kr_buf_putc(&b, (char)c);
    }
    fclose(fp);
    if (line != lineno || b.failed) {
        kr_buf_free(&b);
        return NULL;
    }
    if (b.len && b.data[b.len - 1] == '\r')
        b.len--;
    /* the form feed that may start a line is kept, like CPython; invalid
     * UTF-8 makes the line unprintable */
    kr_buf_putc(&b, 0);
    if (b.failed) {
        kr_buf_free(&b);
        return NULL;
    }
    b.len--;
    for (size_t i = 0; i < b.len;) {
        uint32_t cp;
        int n = kr_utf8_decode1((const unsigned char *)b.data + i, b.len - i, &cp);
        if (n <= 0) {
            kr_buf_free(&b);
            return NULL;
        }
        i += (size_t)n;
    }
    *len = b.len;
    return b.data;
}

/* number of code points in the first `bytes` bytes of s */
static ssize_t char_offset(const char *s, size_t slen, ssize_t bytes)
{
    if (bytes > (ssize_t)slen)
        bytes = (ssize_t)slen;
    ssize_t n = 0;
    for (ssize_t i = 0; i < bytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v';
}

/* the ~~~^^^ split: anchors as byte offsets into the segment, or 0 */
static int segment_anchors(const char *seg, size_t len, KrObject *filename, ssize_t *left, ssize_t *right)
{
    int found = 0;
    KrObject *saved = kr_err_fetch();
    KrArena *arena = kr_arena_new();
    if (!arena)
        goto done;
    KrAstMod *mod = kr_parse(seg, (ssize_t)len, filename, KR_PARSE_FILE, arena);
    if (!mod || mod->kind != KR_MOD_MODULE || KR_SEQ_LEN(mod->body) != 1)
        goto done;
    KrAstStmt *st = KR_SEQ_GET(mod->body, 0);
    if (st->kind != KR_STMT_Expr)
        goto done;
    KrAstExpr *e = st->v.Expr.value;
    if (e->kind == KR_EXPR_BinOp) {
        ssize_t lo = e->v.BinOp.left->pos.end_col_offset;
        ssize_t hi = e->v.BinOp.right->pos.col_offset;
        if (e->v.BinOp.left->pos.end_lineno != 1 || e->v.BinOp.right->pos.lineno != 1)
            goto done;
        for (ssize_t i = lo; i < hi && i < (ssize_t)len; i++) {
            if (is_ws(seg[i]))
                continue;
            *left = i;
            *right = i + 1;
            if (i + 1 < hi && !is_ws(seg[i + 1]))
                ++*right;
            found = 1;
            if (i + 1 < hi && seg[i] == ')')
                continue;
            break;
        }
    } else if (e->kind == KR_EXPR_Subscript) {
        if (e->v.Subscript.value->pos.end_lineno != 1 || e->v.Subscript.slice->pos.end_lineno != 1)
            goto done;
        ssize_t l = e->v.Subscript.value->pos.end_col_offset;
        ssize_t r = e->v.Subscript.slice->pos.end_col_offset + 1;
        ssize_t n = (ssize_t)len;
        while (l < n && (is_ws(seg[l]) || seg[l] != '['))
            l++;
        while (r < n && (is_ws(seg[r]) || seg[r] != ']'))
            r++;
        if (r < n)
            r++;
        *left = l;
        *right = r;
        found = 1;
    }
done:
    if (arena)
        kr_arena_free(arena);
    kr_err_clear();
    kr_err_restore(saved);
    return found;
}

static void put_source_and_carets(KrBuf *b, KrTracebackObject *tb, KrObject *filename)
{
    size_t len = 0;
    char *line = read_source_line(filename, tb->tb_lineno, &len);
    if (!line)
        return;
    size_t ws = 0;
    while (ws < len && (line[ws] == ' ' || line[ws] == '\t' || line[ws] == '\f'))
        ws++;
    if (ws == len) {
        kr_mem_free(line);
        return;
    }
    kr_buf_puts(b, "    ");
    kr_buf_put(b, line + ws, len - ws);
    kr_buf_putc(b, '\n');

    KrFrameObject *fo = (KrFrameObject *)tb->tb_frame;
    KrFrame *f = fo ? fo->f_frame : NULL;
    KrCodeObject *co = f ? f->code : NULL;
    int idx = tb->tb_lasti >= 0 ? tb->tb_lasti / 4 : -1;
    if (!co || !co->co_positions || idx < 0 || idx >= co->co_ninstrs)
        goto out;
    KrPosition p = co->co_positions[idx];
    if (p.lineno < 0 || p.end_lineno < 0 || p.col < 0 || p.end_col < 0 || p.lineno != tb->tb_lineno)
        goto out;
    ssize_t start = char_offset(line, len, p.col);
    ssize_t end;
    ssize_t left = -1, right = -1;
    if (p.lineno == p.end_lineno) {
        end = char_offset(line, len, p.end_col);
        if (p.end_col > p.col && (size_t)p.end_col <= len) {
            ssize_t lb, rb;
            if (segment_anchors(line + p.col, (size_t)(p.end_col - p.col), filename, &lb, &rb)) {
                left = start + char_offset(line + p.col, (size_t)(p.end_col - p.col), lb);
                right = start + char_offset(line + p.col, (size_t)(p.end_col - p.col), rb);
            }
        }
    } else {
        size_t e = len;
        while (e > 0 && is_ws(line[e - 1]))
            e--;
        end = char_offset(line, len, (ssize_t)e);
    }
    ssize_t stripped = char_offset(line, len, (ssize_t)len) - (ssize_t)ws;
    int special = left != -1 || right != -1;
    if (end - start == stripped && !special)
        goto out;
    if (end <= start && !special)
        goto out;
    kr_buf_puts(b, "    ");
    for (ssize_t pos = (ssize_t)ws + 1; pos <= end; pos++) {
        char ch;
        if (pos <= start)
            ch = ' ';
        else if (special && left < pos && pos <= right)
            ch = '^';
        else
            ch = special ? '~' : '^';
        kr_buf_putc(b, ch);
    }
    kr_buf_putc(b, '\n');
out:
    kr_mem_free(line);
}

/* ---- the display ------------------------------------------------------------- */

static void put_str(KrBuf *b, KrObject *s)
{
    ssize_t n;
    const char *p = kr_str_utf8_len(s, &n);
    if (p) {
        kr_buf_put(b, p, (size_t)n);
    } else {
        kr_err_clear();
        kr_buf_puts(b, "<str with surrogates>");
    }
}

static void put_repeated(KrBuf *b, long cnt)
{
    cnt -= 3;
    kr_buf_printf(b, cnt > 1 ? "  [Previous line repeated %ld more times]\n"
                             : "  [Previous line repeated %ld more time]\n", cnt);
}

static long traceback_limit(void)
{
    KrObject *lim = kr_sys_get("tracebacklimit");
    if (!lim || !KR_INT_CHECK(lim))
        return 1000;
    long v = kr_int_as_long(lim);
    if (v == -1 && kr_err_occurred()) {
        kr_err_clear();
        return 1000;
    }
    return v;
}

static void put_traceback(KrBuf *b, KrObject *tbo)
{
    long limit = traceback_limit();
    if (limit <= 0)
        return;
    kr_buf_puts(b, "Traceback (most recent call last):\n");
    long depth = 0;
    for (KrObject *t = tbo; t && KR_TYPE(t) == &KrTraceback_Type; t = ((KrTracebackObject *)t)->tb_next)
        depth++;
    KrObject *t = tbo;
    while (t && depth > limit) {
        depth--;
        t = ((KrTracebackObject *)t)->tb_next;
    }
    KrObject *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    for (; t && KR_TYPE(t) == &KrTraceback_Type; t = ((KrTracebackObject *)t)->tb_next) {
        KrTracebackObject *tb = (KrTracebackObject *)t;
        KrFrameObject *fo = (KrFrameObject *)tb->tb_frame;
        KrCodeObject *co = fo && fo->f_frame ? fo->f_frame->code : NULL;
        KrObject *filename = co ? co->co_filename : NULL;
        KrObject *name = co ? co->co_name : NULL;
        if (!last_file || filename != last_file || last_line == -1 || tb->tb_lineno != last_line ||
            !last_name || name != last_name) {
            if (cnt > 3)
                put_repeated(b, cnt);
            last_file = filename;
            last_line = tb->tb_lineno;
            last_name = name;
            cnt = 0;
        }
        cnt++;
        if (cnt > 3)
            continue;
        kr_buf_puts(b, "  File \"");
        if (filename)
            put_str(b, filename);
        else
            kr_buf_puts(b, "???");
        kr_buf_printf(b, "\", line %d, in ", tb->tb_lineno);
        if (name)
            put_str(b, name);
        else
            kr_buf_puts(b, "???");
        kr_buf_putc(b, '\n');
        put_source_and_carets(b, tb, filename);
    }
    if (cnt > 3)
        put_repeated(b, cnt);
}

static KrObject *syntax_attr(KrObject *exc, const char *name)
{
    KrObject *v = kr_object_getattr_str(exc, name);
    if (!v)
        kr_err_clear();
    return v;
}

static int as_ssize(KrObject *v, ssize_t dflt, ssize_t *out)
{
    if (!v || v == Kr_None) {
        *out = dflt;
        return 1;
    }
    if (!KR_INT_CHECK(v))
        return 0;
    ssize_t x = kr_int_as_ssize(v);
    if (x == -1 && kr_err_occurred()) {
        kr_err_clear();
        return 0;
    }
    *out = x;
    return 1;
}

static void put_error_text(KrBuf *b, ssize_t offset, ssize_t end_offset, const char *text)
{
    size_t caret_repetitions = (end_offset > 0 && end_offset > offset) ? (size_t)(end_offset - offset) : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    ssize_t len = (ssize_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl)
            break;
        ssize_t inl = nl - text;
        if (inl >= offset)
            break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    kr_buf_puts(b, "    ");
    kr_buf_puts(b, text);
    if (text[len] != '\n')
        kr_buf_putc(b, '\n');
    if (offset < 0)
        return;
    kr_buf_puts(b, "    ");
    while (--offset >= 0)
        kr_buf_putc(b, ' ');
    for (size_t i = 0; i < caret_repetitions; i++)
        kr_buf_putc(b, '^');
    kr_buf_putc(b, '\n');
}

/* SyntaxError's "File" line and text; *value becomes the message */
static void put_syntax_error(KrBuf *b, KrObject **value)
{
    KrObject *exc = *value;
    KrObject *pfl = syntax_attr(exc, "print_file_and_line");
    if (!pfl)
        return;
    KR_DECREF(pfl);
    KrObject *msg = syntax_attr(exc, "msg");
    KrObject *filename = syntax_attr(exc, "filename");
    KrObject *lineno_o = syntax_attr(exc, "lineno");
    KrObject *offset_o = syntax_attr(exc, "offset");
    KrObject *end_lineno_o = NULL, *end_offset_o = NULL;
    int exact = KR_TYPE(exc) == KrExc_SyntaxError;
    if (exact) {
        end_lineno_o = syntax_attr(exc, "end_lineno");
        end_offset_o = syntax_attr(exc, "end_offset");
    }
    KrObject *text = syntax_attr(exc, "text");
    ssize_t lineno, offset, end_lineno, end_offset;
    if (!msg || !filename || !lineno_o || !offset_o || !text || lineno_o == Kr_None ||
        !as_ssize(lineno_o, 0, &lineno) || !as_ssize(offset_o, -1, &offset))
        goto done;
    if (!as_ssize(end_lineno_o, lineno, &end_lineno) || !as_ssize(end_offset_o, -1, &end_offset))
        goto done;
    if (!exact) {
        end_lineno = lineno;
        end_offset = -1;
    }
    kr_buf_puts(b, "  File \"");
    if (filename == Kr_None || !KR_STR_CHECK(filename))
        kr_buf_puts(b, "<string>");
    else
        put_str(b, filename);
    kr_buf_printf(b, "\", line %zd\n", lineno);
    if (text != Kr_None && KR_STR_CHECK(text)) {
        ssize_t tlen;
        const char *t = kr_str_utf8_len(text, &tlen);
        if (t) {
            if (end_lineno > lineno)
                end_offset = tlen;
            if (end_offset > tlen + 1)
                end_offset = tlen + 1;
            put_error_text(b, offset, end_offset, t);
        } else {
            kr_err_clear();
        }
    }
    KR_SETREF(*value, KR_NEWREF(msg));
done:
    KR_XDECREF(msg);
    KR_XDECREF(filename);
    KR_XDECREF(lineno_o);
    KR_XDECREF(offset_o);
    KR_XDECREF(end_lineno_o);
    KR_XDECREF(end_offset_o);
    KR_XDECREF(text);
    kr_err_clear();
}

/* ---- "Did you mean" ------------------------------------------------------------ */

#define MAX_CANDIDATES 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static int subst_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if ('A' <= a && a <= 'Z')
        a += 'a' - 'A';
    if ('A' <= b && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    size_t buffer[MAX_STRING_SIZE];
    if (a == b)
        return 0;
    while (na && nb && a[0] == b[0]) {
        a++; na--;
        b++; nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) {
        na--;
        nb--;
    }
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > MAX_STRING_SIZE || nb > MAX_STRING_SIZE)
        return max_cost + 1;
    if (nb < na) {
        const char *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < na; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = distance + (size_t)subst_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* best candidate in a list of names (borrowed), or NULL */
static KrObject *best_suggestion(KrObject *dir, KrObject *name)
{
    if (!dir || !KR_LIST_CHECK(dir) || KR_LIST_LEN(dir) >= MAX_CANDIDATES)
        return NULL;
    ssize_t nlen;
    const char *ns = kr_str_utf8_len(name, &nlen);
    if (!ns) {
        kr_err_clear();
        return NULL;
    }
    KrObject *best = NULL;
    ssize_t best_dist = SSIZE_MAX;
    for (ssize_t i = 0; i < KR_LIST_LEN(dir); i++) {
        KrObject *item = KR_LIST_GET(dir, i);
        if (!KR_STR_CHECK(item) || kr_str_eq(item, name))
            continue;
        ssize_t ilen;
        const char *is = kr_str_utf8_len(item, &ilen);
        if (!is) {
            kr_err_clear();
            continue;
        }
        ssize_t maxd = (nlen + ilen + 3) * MOVE_COST / 6;
        if (best_dist - 1 < maxd)
            maxd = best_dist - 1;
        if (maxd < 0)
            continue;
        ssize_t d = (ssize_t)levenshtein(ns, (size_t)nlen, is, (size_t)ilen, (size_t)maxd);
        if (d > maxd)
            continue;
        if (!best || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

static int is_stdlib_module(KrObject *name)
{
    const char *s = kr_str_utf8(name);
    if (!s) {
        kr_err_clear();
        return 0;
    }
    size_t n = strlen(s);
    for (const char *p = stdlib_names; (p = strstr(p, s)) != NULL; p++)
        if (p[-1] == ' ' && p[n] == ' ')
            return 1;
    return 0;
}

static KrObject *list_of_keys(KrObject *mapping)
{
    if (!mapping)
        return NULL;
    if (KR_DICT_CHECK(mapping))
        return kr_dict_keys(mapping);
    KrObject *l = kr_sequence_list(mapping);
    if (!l)
        kr_err_clear();
    return l;
}

static void name_error_suggestion(KrBuf *b, KrObject *exc)
{
    KrNameErrorObject *ne = (KrNameErrorObject *)exc;
    KrObject *name = ne->name;
    KrObject *t = ne->base.traceback;
    if (!name || !KR_STR_CHECK_EXACT(name) || !t || KR_TYPE(t) != &KrTraceback_Type)
        return;
    while (((KrTracebackObject *)t)->tb_next && KR_TYPE(((KrTracebackObject *)t)->tb_next) == &KrTraceback_Type)
        t = ((KrTracebackObject *)t)->tb_next;
    KrFrameObject *fo = (KrFrameObject *)((KrTracebackObject *)t)->tb_frame;
    KrFrame *f = fo ? fo->f_frame : NULL;
    if (!f || !f->code)
        return;
    KrObject *sugg = NULL, *holder = NULL;
    /* the code's variable names first (and self.name inside methods) */
    KrCodeObject *co = f->code;
    KrObject *vars = kr_list_new(0);
    if (vars) {
        const unsigned char *kinds = (const unsigned char *)KR_BYTES_DATA(co->co_localspluskinds);
        for (int i = 0; i < co->co_nlocalsplus; i++)
            if (kinds[i] & KR_FAST_LOCAL)
                kr_list_append(vars, KR_TUPLE_GET(co->co_localsplusnames, i));
        KrObject *self_id = kr_str_from_cstr("self");
        int has_self = 0;
        for (ssize_t i = 0; self_id && i < KR_LIST_LEN(vars); i++)
            if (kr_str_eq(KR_LIST_GET(vars, i), self_id))
                has_self = 1;
        KR_XDECREF(self_id);
        if (has_self) {
            KrObject *locals = kr_frame_locals(f);
            KrObject *self = locals ? kr_dict_get_cstr(locals, "self") : NULL;
            if (self && kr_object_hasattr(self, name)) {
                kr_buf_puts(b, ". Did you mean: 'self.");
                put_str(b, name);
                kr_buf_puts(b, "'?");
                KR_XDECREF(locals);
                KR_DECREF(vars);
                kr_err_clear();
                return;
            }
            KR_XDECREF(locals);
            kr_err_clear();
        }
        sugg = best_suggestion(vars, name);
        if (sugg)
            holder = KR_NEWREF(vars);
        KR_DECREF(vars);
    }
    KrObject *scopes[2] = {f->globals, f->builtins};
    for (int k = 0; k < 2 && !sugg; k++) {
        KrObject *keys = list_of_keys(scopes[k]);
        if (!keys)
            continue;
        sugg = best_suggestion(keys, name);
        if (sugg)
            holder = KR_NEWREF(keys);
        KR_DECREF(keys);
    }
    kr_err_clear();
    int stdlib = is_stdlib_module(name);
    KrObject *r = sugg ? kr_object_repr(sugg) : NULL;
    if (r) {
        kr_buf_puts(b, ". Did you mean: ");
        put_str(b, r);
        kr_buf_putc(b, '?');
        if (stdlib) {
            kr_buf_puts(b, " Or did you forget to import '");
            put_str(b, name);
            kr_buf_puts(b, "'?");
        }
        KR_DECREF(r);
    } else if (stdlib) {
        kr_buf_puts(b, ". Did you forget to import '");
        put_str(b, name);
        kr_buf_puts(b, "'?");
    }
    KR_XDECREF(holder);
    kr_err_clear();
}

static void dir_suggestion(KrBuf *b, KrObject *obj, KrObject *name)
{
    if (!obj || !name || !KR_STR_CHECK_EXACT(name))
        return;
    KrObject *dir = kr_object_dir(obj);
    if (!dir) {
        kr_err_clear();
        return;
    }
    KrObject *sugg = best_suggestion(dir, name);
    KrObject *r = sugg ? kr_object_repr(sugg) : NULL;
    if (r) {
        kr_buf_puts(b, ". Did you mean: ");
        put_str(b, r);
        kr_buf_putc(b, '?');
        KR_DECREF(r);
    }
    KR_DECREF(dir);
    kr_err_clear();
}

static void put_suggestions(KrBuf *b, KrObject *exc)
{
    KrObject *saved = kr_err_fetch();
    if (KR_TYPE_CHECK(exc, KrExc_NameError)) {
        name_error_suggestion(b, exc);
    } else if (KR_TYPE_CHECK(exc, KrExc_AttributeError)) {
        KrAttributeErrorObject *ae = (KrAttributeErrorObject *)exc;
        dir_suggestion(b, ae->obj, ae->name);
    } else if (KR_TYPE_CHECK(exc, KrExc_ImportError)) {
        KrImportErrorObject *ie = (KrImportErrorObject *)exc;
        if (ie->name && ie->name_from && KR_STR_CHECK(ie->name)) {
            KrObject *mod = kr_dict_get(kr_interp()->modules, ie->name);
            if (mod)
                dir_suggestion(b, mod, ie->name_from);
            kr_err_clear();
        }
    }
    kr_err_restore(saved);
}

static void put_notes(KrBuf *b, KrObject *exc)
{
    KrObject *notes = NULL;
    if (kr_object_lookup_attr(exc, KR_ID(__notes__), &notes) <= 0) {
        kr_err_clear();
        return;
    }
    if (!KR_LIST_CHECK(notes) && !KR_TUPLE_CHECK(notes)) {
        KrObject *r = kr_object_repr(notes);
        if (r) {
            put_str(b, r);
            KR_DECREF(r);
        } else {
            kr_err_clear();
            kr_buf_puts(b, "<__notes__ repr() failed>");
        }
        kr_buf_putc(b, '\n');
        KR_DECREF(notes);
        return;
    }
    KrObject *seq = kr_sequence_tuple(notes);
    KR_DECREF(notes);
    if (!seq) {
        kr_err_clear();
        return;
    }
    for (ssize_t i = 0; i < KR_TUPLE_LEN(seq); i++) {
        KrObject *note = KR_TUPLE_GET(seq, i);
        KrObject *s = KR_STR_CHECK(note) ? KR_NEWREF(note) : kr_object_str(note);
        if (s) {
            put_str(b, s);
            KR_DECREF(s);
        } else {
            kr_err_clear();
            kr_buf_puts(b, "<note str() failed>");
        }
        kr_buf_putc(b, '\n');
    }
    KR_DECREF(seq);
}

static void put_exception_line(KrBuf *b, KrObject *exc)
{
    KrObject *value = KR_NEWREF(exc);
    if (KR_TYPE_CHECK(exc, KrExc_SyntaxError))
        put_syntax_error(b, &value);
    KrTypeObject *t = KR_TYPE(exc);
    KrObject *mod = kr_type_module_name(t);
    if (!mod) {
        kr_err_clear();
        kr_buf_puts(b, "<unknown>.");
    } else {
        if (KR_STR_CHECK(mod) && !kr_str_eq_cstr(mod, "builtins") && !kr_str_eq_cstr(mod, "__main__")) {
            put_str(b, mod);
            kr_buf_putc(b, '.');
        } else if (!KR_STR_CHECK(mod)) {
            kr_buf_puts(b, "<unknown>.");
        }
        KR_DECREF(mod);
    }
    KrObject *qual = kr_type_qualname(t);
    if (qual && KR_STR_CHECK(qual)) {
        put_str(b, qual);
    } else {
        kr_err_clear();
        kr_buf_puts(b, kr_type_name(t));
    }
    KR_XDECREF(qual);
    KrObject *s = kr_object_str(value);
    if (!s) {
        kr_err_clear();
        kr_buf_puts(b, ": <exception str() failed>");
    } else {
        if (KR_STR_CHECK(s) && KR_STR_LEN(s) > 0) {
            kr_buf_puts(b, ": ");
            put_str(b, s);
        }
        KR_DECREF(s);
    }
    KR_DECREF(value);
    put_suggestions(b, exc);
    kr_buf_putc(b, '\n');
    put_notes(b, exc);
}

typedef struct Seen {
    KrObject **items;
    size_t n, cap;
} Seen;

static int seen_has(Seen *s, KrObject *o)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->items[i] == o)
            return 1;
    return 0;
}

static void seen_add(Seen *s, KrObject *o)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 16;
        KrObject **p = kr_mem_realloc(s->items, cap * sizeof(KrObject *));
        if (!p)
            return;
        s->items = p;
        s->cap = cap;
    }
    s->items[s->n++] = o;
}

/* Printing state: exception groups nest their members inside a margin,
 * two columns of indent per level plus "| ", as CPython's display does. */
typedef struct PrintCtx {
    KrBuf *out;
    Seen seen;
    int depth;           /* exception group nesting: 0 outside any group */
    int need_close;      /* the last member of a group still owes the closing rule */
} PrintCtx;

#define EG_MAX_GROUP_WIDTH 15
#define EG_MAX_GROUP_DEPTH 10

static void put_indent(PrintCtx *c)
{
    for (int k = 0; k < 2 * c->depth; k++)
        kr_buf_putc(c->out, ' ');
}

/* text (newline-terminated lines) with the margin in front of each line;
 * first_margin replaces the margin of the first line when not NULL */
static void emit(PrintCtx *c, const char *text, size_t len, const char *first_margin)
{
    size_t i = 0;
    int first = 1;
    while (i < len) {
        size_t j = i;
        while (j < len && text[j] != '\n')
            j++;
        if (c->depth) {
            put_indent(c);
            kr_buf_puts(c->out, first && first_margin ? first_margin : "| ");
        }
        kr_buf_put(c->out, text + i, j - i);
        kr_buf_putc(c->out, '\n');
        i = j + 1;
        first = 0;
    }
}

static void put_one(PrintCtx *c, KrObject *exc)
{
    KrBuf tmp;
    kr_buf_init(&tmp);
    int is_group = KR_TYPE_CHECK(exc, &KrExc_BaseExceptionGroup_Type);
    const char *first_margin = NULL;
    KrObject *tb = kr_exc_get_traceback(exc);
    if (tb && tb != Kr_None) {
        KrBuf t;
        kr_buf_init(&t);
        put_traceback(&t, tb);
        if (is_group && t.len >= 35 && memcmp(t.data, "Traceback (most recent call last):\n", 35) == 0) {
            kr_buf_puts(&tmp, "Exception Group Traceback (most recent call last):\n");
            kr_buf_put(&tmp, t.data + 35, t.len - 35);
            if (c->depth == 1)
                first_margin = "+ ";
        } else if (t.data) {
            kr_buf_put(&tmp, t.data, t.len);
        }
        kr_buf_free(&t);
    }
    KR_XDECREF(tb);
    put_exception_line(&tmp, exc);
    if (c->depth)
        emit(c, tmp.data ? tmp.data : "", tmp.len, first_margin);
    else if (tmp.data)
        kr_buf_put(c->out, tmp.data, tmp.len);
    kr_buf_free(&tmp);
}

static void put_recursive(PrintCtx *c, KrObject *exc, int depth);

static void put_chained(PrintCtx *c, KrObject *chained, const char *message, int depth)
{
    int need_close = c->need_close;
    put_recursive(c, chained, depth + 1);
    c->need_close = need_close;
    KrBuf m;
    kr_buf_init(&m);
    kr_buf_puts(&m, "\n");
    kr_buf_puts(&m, message);
    kr_buf_puts(&m, "\n");
    if (c->depth)
        emit(c, m.data, m.len, NULL);
    else
        kr_buf_put(c->out, m.data, m.len);
    kr_buf_free(&m);
}

static void put_group(PrintCtx *c, KrObject *exc, int depth)
{
    if (c->depth > EG_MAX_GROUP_DEPTH) {
        KrBuf m;
        kr_buf_init(&m);
        kr_buf_printf(&m, "... (max_group_depth is %d)\n", EG_MAX_GROUP_DEPTH);
        emit(c, m.data, m.len, NULL);
        kr_buf_free(&m);
        return;
    }
    if (c->depth == 0)
        c->depth = 1;
    put_one(c, exc);
    KrObject *excs = ((KrBaseExceptionGroupObject *)exc)->excs;
    ssize_t num = excs && KR_TUPLE_CHECK(excs) ? KR_TUPLE_LEN(excs) : 0;
    ssize_t n = num <= EG_MAX_GROUP_WIDTH ? num : EG_MAX_GROUP_WIDTH + 1;
    c->need_close = 0;
    for (ssize_t i = 0; i < n; i++) {
        int last = i == n - 1;
        if (last)
            c->need_close = 1;
        put_indent(c);
        int truncated = i >= EG_MAX_GROUP_WIDTH;
        if (!truncated)
            kr_buf_printf(c->out, "%s+---------------- %zd ----------------\n", i == 0 ? "+-" : "  ", i + 1);
        else
            kr_buf_printf(c->out, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        c->depth++;
        if (!truncated) {
            put_recursive(c, KR_TUPLE_GET(excs, i), depth + 1);
        } else {
            KrBuf m;
            kr_buf_init(&m);
            ssize_t rem = num - EG_MAX_GROUP_WIDTH;
            kr_buf_printf(&m, "and %zd more exception%s\n", rem, rem > 1 ? "s" : "");
            emit(c, m.data, m.len, NULL);
            kr_buf_free(&m);
        }
        if (last && c->need_close) {
            put_indent(c);
            kr_buf_puts(c->out, "+------------------------------------\n");
            c->need_close = 0;
        }
        c->depth--;
    }
    if (c->depth == 1)
        c->depth = 0;
}

static void put_recursive(PrintCtx *c, KrObject *exc, int depth)
{
    if (!KR_IS_EXC(exc)) {
        KrBuf m;
        kr_buf_init(&m);
        kr_buf_printf(&m, "TypeError: print_exception(): Exception expected for value, %s found\n",
                      KR_TYPE(exc)->tp_name);
        emit(c, m.data, m.len, NULL);
        kr_buf_free(&m);
        return;
    }
    if (depth > 200)
        return;
    seen_add(&c->seen, exc);
    KrBaseExceptionObject *be = (KrBaseExceptionObject *)exc;
    if (be->cause && be->cause != Kr_None) {
        if (!seen_has(&c->seen, be->cause))
            put_chained(c, be->cause, "The above exception was the direct cause of the following exception:\n",
                        depth);
    } else if (!be->suppress_context && be->context && be->context != Kr_None) {
        if (!seen_has(&c->seen, be->context))
            put_chained(c, be->context,
                        "During handling of the above exception, another exception occurred:\n", depth);
    }
    if (KR_TYPE_CHECK(exc, &KrExc_BaseExceptionGroup_Type))
        put_group(c, exc, depth);
    else
        put_one(c, exc);
}

static void write_out(KrBuf *b)
{
    if (b->failed || !b->data)
        return;
    KrObject *s = kr_str_from_utf8(b->data, (ssize_t)b->len);
    if (!s) {
        kr_err_clear();
        fwrite(b->data, 1, b->len, stderr);
        return;
    }
    if (kr_sys_write_stderr(s) < 0) {
        kr_err_clear();
        fwrite(b->data, 1, b->len, stderr);
    }
    KR_DECREF(s);
}

void kr_err_print_exception(KrObject *exc)
{
    if (!exc)
        return;
    KrObject *saved = kr_err_fetch();
    KrObject *out = kr_sys_get("stdout");
    if (out && out != Kr_None) {
        KrObject *r = kr_object_call_method(out, KR_ID(flush), NULL, 0);
        if (r)
            KR_DECREF(r);
        else
            kr_err_clear();
    }
    KrBuf b;
    kr_buf_init(&b);
    PrintCtx ctx = {&b, {NULL, 0, 0}, 0, 0};
    put_recursive(&ctx, exc, 0);
    kr_mem_free(ctx.seen.items);
    write_out(&b);
    kr_buf_free(&b);
    KrObject *err = kr_sys_get("stderr");
    if (err && err != Kr_None) {
        KrObject *r = kr_object_call_method(err, KR_ID(flush), NULL, 0);
        if (r)
            KR_DECREF(r);
    }
    kr_err_clear();
    kr_err_restore(saved);
}

void kr_err_print(void)
{
    KrObject *exc = kr_err_fetch();
    if (!exc)
        return;
    kr_err_print_exception(exc);
    KR_DECREF(exc);
}
