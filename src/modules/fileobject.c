/* fileobject.c: file objects over POSIX file descriptors: the standard
 * streams and what open() returns.
 *
 * One struct serves both kinds: KrTextIO_Type reads and writes str
 * (UTF-8, universal newlines on input), KrBufferedIO_Type reads and writes
 * bytes.  Writes collect in a buffer that is flushed when it fills, on
 * flush()/close(), at exit, and after each newline when the file is a
 * terminal (line buffering) or is stderr.  The GIL is released around every
 * read and write system call.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "kr.h"

typedef struct KrFileObject {
    KrObject_HEAD
    int fd;
    bool readable, writable, appending, binary, closefd, closed, line_buffering, is_tty;
    KrObject *name;        /* str or int */
    KrObject *mode;        /* str */
    KrBuf wbuf;            /* pending output */
    KrBuf rbuf;            /* input read ahead */
    size_t rpos;           /* consumed part of rbuf */
    bool eof;
    KrObject *dict;
} KrFileObject;

#define WBUF_LIMIT 8192

static KrObject *err_closed(void)
{
    return kr_err_format(KrExc_ValueError, "I/O operation on closed file.");
}

static int flush_raw(KrFileObject *f)
{
    size_t off = 0;
    int err = 0;
    while (off < f->wbuf.len) {
        ssize_t n;
        KR_BEGIN_ALLOW_THREADS
        n = write(f->fd, f->wbuf.data + off, f->wbuf.len - off);
        err = errno;
        KR_END_ALLOW_THREADS
        if (n < 0) {
            if (err == EINTR)
                continue;
            f->wbuf.len = 0;
            errno = err;
            kr_err_set_from_errno(KrExc_OSError);
            return -1;
        }
        off += (size_t)n;
    }
    f->wbuf.len = 0;
    return 0;
}

/* fill rbuf with more input; 0 at EOF, 1 if data arrived, -1 on error */
static int fill(KrFileObject *f)
{
    if (f->eof)
        return 0;
    if (f->rpos > 0 && f->rpos == f->rbuf.len) {
        f->rbuf.len = 0;
        f->rpos = 0;
    }
    if (!kr_buf_reserve(&f->rbuf, 65536)) {
        kr_err_nomemory();
        return -1;
    }
    /* a terminal's output should appear before we block reading it */
    ssize_t n;
    int err;
    for (;;) {
        KR_BEGIN_ALLOW_THREADS
        n = read(f->fd, f->rbuf.data + f->rbuf.len, 65536);
        err = errno;
        KR_END_ALLOW_THREADS
        if (n < 0 && err == EINTR) {
            if (kr_eval_handle_breaker(kr_tstate()) < 0)
                return -1;
            continue;
        }
        break;
    }
    if (n < 0) {
        errno = err;
        kr_err_set_from_errno(KrExc_OSError);
        return -1;
    }
    if (n == 0) {
        f->eof = true;
        return 0;
    }
    f->rbuf.len += (size_t)n;
    return 1;
}

static void flush_std_before_read(void)
{
    KrObject *out = kr_sys_get("stdout");
    if (out && out != Kr_None) {
        KrObject *r = kr_object_call_method(out, KR_ID(flush), NULL, 0);
        if (!r)
            kr_err_clear();
        kr_xdecref(r);
    }
}

/* decode bytes read in text mode, translating \r\n and \r to \n */
static KrObject *decode_text(const char *p, size_t n)
{
    bool has_cr = memchr(p, '\r', n) != NULL;
    if (!has_cr)
        return kr_str_decode(p, (ssize_t)n, "utf-8", "strict");
    KrBuf b;
    kr_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\r') {
            kr_buf_putc(&b, '\n');
            if (i + 1 < n && p[i + 1] == '\n')
                i++;
        } else {
            kr_buf_putc(&b, p[i]);
        }
    }
    KrObject *s = kr_str_decode(b.data ? b.data : "", (ssize_t)b.len, "utf-8", "strict");
    kr_buf_free(&b);
    return s;
}

static KrObject *make_result(KrFileObject *f, const char *p, size_t n)
{
    return f->binary ? kr_bytes_from_data(p, (ssize_t)n) : decode_text(p, n);
}

/* ---- methods ---- */
static KrObject *file_write(KrObject *self, KrObject *arg)
{
    KrFileObject *f = (KrFileObject *)self;
    if (f->closed)
        return err_closed();
    if (!f->writable)
        return kr_err_format(KrExc_OSError, "not writable");
    const char *p;
    ssize_t n, count;
    KrBuffer view;
    bool have_view = false;
    if (f->binary) {
        if (KR_STR_CHECK(arg))
            return kr_err_format(KrExc_TypeError, "a bytes-like object is required, not 'str'");
        if (kr_object_get_buffer(arg, &view, KR_BUF_SIMPLE) < 0)
            return NULL;
        have_view = true;
        p = view.buf;
        n = view.len;
        count = n;
    } else {
        if (!KR_STR_CHECK(arg))
            return kr_err_format(KrExc_TypeError, "write() argument must be str, not %T", arg);
        p = kr_str_utf8_len(arg, &n);
        if (!p)
            return NULL;
        count = KR_STR_LEN(arg);
    }
    if (!kr_buf_put(&f->wbuf, p, (size_t)n)) {
        if (have_view)
            kr_buffer_release(&view);
        return kr_err_nomemory();
    }
    if (have_view)
        kr_buffer_release(&view);
    if (f->wbuf.len >= WBUF_LIMIT ||
        (f->line_buffering && memchr(p, '\n', (size_t)n)) || f->fd == 2) {
        if (flush_raw(f) < 0)
            return NULL;
    }
    return kr_int_from_ssize(count);
}

static KrObject *file_flush(KrObject *self, KrObject *unused)
{
    KrFileObject *f = (KrFileObject *)self;
    if (f->closed)
        return err_closed();
    if (f->wbuf.len && flush_raw(f) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *file_read(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrFileObject *f = (KrFileObject *)self;
    if (kr_arg_count("read", nargs, 0, 1) < 0)
        return NULL;
    if (f->closed)
        return err_closed();
    if (!f->readable)
        return kr_err_format(KrExc_OSError, "not readable");
    ssize_t size = -1;
    if (nargs && args[0] != Kr_None) {
        size = kr_number_as_ssize(args[0], KR_OBJ(KrExc_OverflowError));
        if (size == -1 && kr_err_occurred())
            return NULL;
    }
    if (f->fd == 0)
        flush_std_before_read();
    if (size < 0) {
        int r;
        while ((r = fill(f)) > 0)
            ;
        if (r < 0)
            return NULL;
        KrObject *res = make_result(f, f->rbuf.data ? f->rbuf.data + f->rpos : "", f->rbuf.len - f->rpos);
        f->rpos = f->rbuf.len;
        return res;
    }
    if (f->binary) {
        while (f->rbuf.len - f->rpos < (size_t)size) {
            int r = fill(f);
            if (r < 0) return NULL;
            if (r == 0) break;
        }
        size_t n = KR_MIN((size_t)size, f->rbuf.len - f->rpos);
        KrObject *res = kr_bytes_from_data(f->rbuf.data ? f->rbuf.data + f->rpos : "", (ssize_t)n);
        f->rpos += n;
        return res;
    }
    /* text: size counts characters; take whole UTF-8 sequences */
    size_t i = f->rpos;
    ssize_t chars = 0;
    for (;;) {
        while (chars < size && i < f->rbuf.len) {
            unsigned char c = (unsigned char)f->rbuf.data[i];
            size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            if (i + len > f->rbuf.len)
                break;
            i += len;
            chars++;
        }
        if (chars >= size)
            break;
        size_t off = i - f->rpos;
        int r = fill(f);
        if (r < 0) return NULL;
        if (r == 0) break;
        i = f->rpos + off;
    }
    KrObject *res = make_result(f, f->rbuf.data ? f->rbuf.data + f->rpos : "", i - f->rpos);
    f->rpos = i;
    return res;
}

static KrObject *readline_impl(KrFileObject *f, ssize_t limit)
{
    if (f->closed)
        return err_closed();
    if (!f->readable)
        return kr_err_format(KrExc_OSError, "not readable");
    if (f->fd == 0)
        flush_std_before_read();
    size_t scanned = f->rpos;
    for (;;) {
        char *start = f->rbuf.data ? f->rbuf.data + scanned : NULL;
        size_t avail = f->rbuf.len - scanned;
        char *nl = start ? memchr(start, '\n', avail) : NULL;
        char *cr = (!f->binary && start) ? memchr(start, '\r', avail) : NULL;
        if (cr && (!nl || cr < nl)) {
            /* a lone \r ends a line too; \r\n needs one more byte to decide */
            size_t pos = (size_t)(cr - f->rbuf.data);
            if (pos + 1 < f->rbuf.len || f->eof) {
                size_t end = pos + 1 + (pos + 1 < f->rbuf.len && f->rbuf.data[pos + 1] == '\n');
                KrObject *res = make_result(f, f->rbuf.data + f->rpos, end - f->rpos);
                f->rpos = end;
                return res;
            }
        } else if (nl) {
            size_t end = (size_t)(nl - f->rbuf.data) + 1;
            if (limit >= 0 && end - f->rpos > (size_t)limit)
                end = f->rpos + (size_t)limit;
            KrObject *res = make_result(f, f->rbuf.data + f->rpos, end - f->rpos);
            f->rpos = end;
            return res;
        }
        if (limit >= 0 && f->rbuf.len - f->rpos >= (size_t)limit) {
            size_t end = f->rpos + (size_t)limit;
            KrObject *res = make_result(f, f->rbuf.data + f->rpos, end - f->rpos);
            f->rpos = end;
            return res;
        }
        size_t off = f->rpos, keep = f->rbuf.len - f->rpos;
        scanned = f->rbuf.len;
        int r = fill(f);
        if (r < 0)
            return NULL;
        if (off != f->rpos)   /* fill() compacted the buffer */
            scanned = f->rpos + keep;
        if (r == 0) {
            KrObject *res = make_result(f, f->rbuf.data ? f->rbuf.data + f->rpos : "", f->rbuf.len - f->rpos);
            f->rpos = f->rbuf.len;
            return res;
        }
    }
}

static KrObject *file_readline(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("readline", nargs, 0, 1) < 0)
        return NULL;
    ssize_t limit = -1;
    if (nargs && args[0] != Kr_None) {
        limit = kr_number_as_ssize(args[0], KR_OBJ(KrExc_OverflowError));
        if (limit == -1 && kr_err_occurred())
            return NULL;
    }
    return readline_impl((KrFileObject *)self, limit);
}

static KrObject *file_iternext(KrObject *self)
{
    KrObject *line = readline_impl((KrFileObject *)self, -1);
    if (!line)
        return NULL;
    ssize_t n = KR_STR_CHECK(line) ? KR_STR_LEN(line) : KR_BYTES_LEN(line);
    if (n == 0) {
        kr_decref(line);
        return NULL;
    }
    return line;
}

static KrObject *file_readlines(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrObject *l = kr_list_new(0);
    if (!l)
        return NULL;
    KrObject *line;
    while ((line = file_iternext(self)) != NULL)
        if (kr_list_append_steal(l, line) < 0)
            break;
    if (kr_err_occurred()) {
        kr_decref(l);
        return NULL;
    }
    return l;
}

static KrObject *file_writelines(KrObject *self, KrObject *lines)
{
    KrObject *it = kr_object_getiter(lines);
    if (!it)
        return NULL;
    KrObject *x;
    while ((x = kr_iter_next(it)) != NULL) {
        KrObject *r = file_write(self, x);
        kr_decref(x);
        if (!r) {
            kr_decref(it);
            return NULL;
        }
        kr_decref(r);
    }
    kr_decref(it);
    if (kr_err_occurred())
        return NULL;
    KR_RETURN_NONE;
}

static int close_impl(KrFileObject *f)
{
    if (f->closed)
        return 0;
    int r = f->wbuf.len ? flush_raw(f) : 0;
    f->closed = true;
    if (f->closefd && f->fd >= 0)
        close(f->fd);
    return r;
}

static KrObject *file_close(KrObject *self, KrObject *unused)
{
    if (close_impl((KrFileObject *)self) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *file_fileno(KrObject *self, KrObject *unused)
{
    KrFileObject *f = (KrFileObject *)self;
    if (f->closed)
        return err_closed();
    return kr_int_from_long(f->fd);
}

static KrObject *file_isatty(KrObject *self, KrObject *unused)
{
    KrFileObject *f = (KrFileObject *)self;
    if (f->closed)
        return err_closed();
    return kr_bool_from(isatty(f->fd));
}

static KrObject *file_readable(KrObject *self, KrObject *unused) { return kr_bool_from(((KrFileObject *)self)->readable); }
static KrObject *file_writable(KrObject *self, KrObject *unused) { return kr_bool_from(((KrFileObject *)self)->writable); }

static KrObject *file_seekable(KrObject *self, KrObject *unused)
{
    return kr_bool_from(lseek(((KrFileObject *)self)->fd, 0, SEEK_CUR) >= 0);
}

static KrObject *file_seek(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrFileObject *f = (KrFileObject *)self;
    if (kr_arg_count("seek", nargs, 1, 2) < 0)
        return NULL;
    if (f->closed)
        return err_closed();
    long off = kr_int_as_long(args[0]);
    if (off == -1 && kr_err_occurred())
        return NULL;
    long whence = nargs > 1 ? kr_int_as_long(args[1]) : 0;
    if (whence == -1 && kr_err_occurred())
        return NULL;
    if (f->wbuf.len && flush_raw(f) < 0)
        return NULL;
    if (whence == 1)   /* account for data read ahead but not consumed */
        off -= (long)(f->rbuf.len - f->rpos);
    off_t r = lseek(f->fd, off, (int)whence);
    if (r < 0)
        return kr_err_set_from_errno(KrExc_OSError);
    f->rbuf.len = f->rpos = 0;
    f->eof = false;
    return kr_int_from_i64(r);
}

static KrObject *file_tell(KrObject *self, KrObject *unused)
{
    KrFileObject *f = (KrFileObject *)self;
    if (f->closed)
        return err_closed();
    off_t r = lseek(f->fd, 0, SEEK_CUR);
    if (r < 0)
        return kr_err_set_from_errno(KrExc_OSError);
    return kr_int_from_i64((int64_t)r + (int64_t)f->wbuf.len - (int64_t)(f->rbuf.len - f->rpos));
}

static KrObject *file_enter(KrObject *self, KrObject *unused)
{
    if (((KrFileObject *)self)->closed)
        return err_closed();
    return kr_newref(self);
}

static KrObject *file_exit(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return file_close(self, NULL);
}

static KrObject *file_get_closed(KrObject *self, void *c) { return kr_bool_from(((KrFileObject *)self)->closed); }
static KrObject *file_get_name(KrObject *self, void *c) { return kr_newref(((KrFileObject *)self)->name); }
static KrObject *file_get_mode(KrObject *self, void *c) { return kr_newref(((KrFileObject *)self)->mode); }
static KrObject *file_get_encoding(KrObject *self, void *c) { return kr_str_from_cstr("utf-8"); }
static KrObject *file_get_errors(KrObject *self, void *c) { return kr_str_from_cstr("strict"); }
static KrObject *file_get_line_buffering(KrObject *self, void *c) { return kr_bool_from(((KrFileObject *)self)->line_buffering); }
static KrObject *file_get_buffer(KrObject *self, void *c) { return kr_newref(self); }

static KrObject *file_repr(KrObject *self)
{
    KrFileObject *f = (KrFileObject *)self;
    if (f->binary)
        return kr_str_from_format("<_io.BufferedWriter name=%R>", f->name);
    return kr_str_from_format("<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", f->name, f->mode);
}

static void file_dealloc(KrObject *self)
{
    KrFileObject *f = (KrFileObject *)self;
    kr_gc_untrack(self);
    KrObject *saved = kr_err_fetch();
    if (close_impl(f) < 0)
        kr_err_clear();
    kr_err_restore(saved);
    kr_buf_free(&f->wbuf);
    kr_buf_free(&f->rbuf);
    kr_xdecref(f->name);
    kr_xdecref(f->mode);
    kr_xdecref(f->dict);
    kr_object_free(self);
}

static int file_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrFileObject *f = (KrFileObject *)self;
    KR_VISIT(f->dict);
    return 0;
}

static int file_clear(KrObject *self)
{
    KR_CLEAR(((KrFileObject *)self)->dict);
    return 0;
}

static KrMethodDef file_methods[] = {
    {"write", KR_CFUNC(file_write), KR_METH_O, NULL},
    {"flush", KR_CFUNC(file_flush), KR_METH_NOARGS, NULL},
    {"read", KR_CFUNC(file_read), KR_METH_FASTCALL, NULL},
    {"readline", KR_CFUNC(file_readline), KR_METH_FASTCALL, NULL},
    {"readlines", KR_CFUNC(file_readlines), KR_METH_FASTCALL, NULL},
    {"writelines", KR_CFUNC(file_writelines), KR_METH_O, NULL},
    {"close", KR_CFUNC(file_close), KR_METH_NOARGS, NULL},
    {"fileno", KR_CFUNC(file_fileno), KR_METH_NOARGS, NULL},
    {"isatty", KR_CFUNC(file_isatty), KR_METH_NOARGS, NULL},
    {"readable", KR_CFUNC(file_readable), KR_METH_NOARGS, NULL},
    {"writable", KR_CFUNC(file_writable), KR_METH_NOARGS, NULL},
    {"seekable", KR_CFUNC(file_seekable), KR_METH_NOARGS, NULL},
    {"seek", KR_CFUNC(file_seek), KR_METH_FASTCALL, NULL},
    {"tell", KR_CFUNC(file_tell), KR_METH_NOARGS, NULL},
    {"__enter__", KR_CFUNC(file_enter), KR_METH_NOARGS, NULL},
    {"__exit__", KR_CFUNC(file_exit), KR_METH_FASTCALL, NULL},
    {NULL},
};

static KrGetSetDef file_getset[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"name", file_get_name, NULL, NULL, NULL},
    {"mode", file_get_mode, NULL, NULL, NULL},
    {"encoding", file_get_encoding, NULL, NULL, NULL},
    {"errors", file_get_errors, NULL, NULL, NULL},
    {"line_buffering", file_get_line_buffering, NULL, NULL, NULL},
    {"buffer", file_get_buffer, NULL, NULL, NULL},
    {NULL},
};

KrTypeObject KrTextIO_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "_io.TextIOWrapper",
    .tp_basicsize = sizeof(KrFileObject),
    .tp_dealloc = file_dealloc,
    .tp_repr = file_repr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = file_traverse,
    .tp_clear = file_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = file_iternext,
    .tp_methods = file_methods,
    .tp_getset = file_getset,
    .tp_dictoffset = offsetof(KrFileObject, dict),
};

KrTypeObject KrBufferedIO_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "_io.BufferedIO",
    .tp_basicsize = sizeof(KrFileObject),
    .tp_dealloc = file_dealloc,
    .tp_repr = file_repr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = file_traverse,
    .tp_clear = file_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = file_iternext,
    .tp_methods = file_methods,
    .tp_getset = file_getset,
    .tp_dictoffset = offsetof(KrFileObject, dict),
};

static KrObject *file_new(int fd, bool binary, bool rd, bool wr, bool app, KrObject *name,
                          const char *mode, int closefd)
{
    KrFileObject *f = (KrFileObject *)kr_object_alloc(binary ? &KrBufferedIO_Type : &KrTextIO_Type, 0);
    if (!f)
        return NULL;
    f->fd = fd;
    f->binary = binary;
    f->readable = rd;
    f->writable = wr;
    f->appending = app;
    f->closefd = closefd != 0;
    f->is_tty = isatty(fd);
    f->line_buffering = f->is_tty;
    kr_buf_init(&f->wbuf);
    kr_buf_init(&f->rbuf);
    f->name = kr_newref(name);
    f->mode = kr_str_from_cstr(mode);
    if (!f->mode) {
        kr_decref(KR_OBJ(f));
        return NULL;
    }
    kr_gc_track(KR_OBJ(f));
    return KR_OBJ(f);
}

KrObject *kr_file_from_fd(int fd, const char *mode, const char *name, int closefd)
{
    KrObject *n = kr_str_from_cstr(name);
    if (!n)
        return NULL;
    bool binary = strchr(mode, 'b') != NULL;
    bool rd = strchr(mode, 'r') || strchr(mode, '+');
    bool wr = strchr(mode, 'w') || strchr(mode, 'a') || strchr(mode, '+');
    KrObject *f = file_new(fd, binary, rd, wr, strchr(mode, 'a') != NULL, n, mode, closefd);
    kr_decref(n);
    return f;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
KrObject *kr_file_open(KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    KrObject *a[8] = {NULL};
    if (kr_arg_parse("open", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    const char *mode = "r";
    if (a[1]) {
        if (!KR_STR_CHECK(a[1]))
            return kr_err_format(KrExc_TypeError, "open() argument 'mode' must be str, not %T", a[1]);
        mode = kr_str_utf8(a[1]);
        if (!mode)
            return NULL;
    }
    int r = 0, w = 0, x = 0, ap = 0, plus = 0, b = 0, t = 0;
    for (const char *p = mode; *p; p++) {
        switch (*p) {
        case 'r': r++; break;
        case 'w': w++; break;
        case 'x': x++; break;
        case 'a': ap++; break;
        case '+': plus++; break;
        case 'b': b++; break;
        case 't': t++; break;
        default:
            return kr_err_format(KrExc_ValueError, "invalid mode: '%s'", mode);
        }
    }
    if (r + w + x + ap != 1 || plus > 1 || b > 1 || t > 1 || (b && t)) {
        if (b && t)
            return kr_err_format(KrExc_ValueError, "can't have text and binary mode at once");
        if (r + w + x + ap > 1)
            return kr_err_format(KrExc_ValueError, "must have exactly one of create/read/write/append mode");
        if (r + w + x + ap == 0)
            return kr_err_format(KrExc_ValueError,
                                 "Must have exactly one of create/read/write/append mode and at most one plus");
        return kr_err_format(KrExc_ValueError, "invalid mode: '%s'", mode);
    }
    if (b && a[3] && a[3] != Kr_None)
        return kr_err_format(KrExc_ValueError, "binary mode doesn't take an encoding argument");
    if (a[3] && a[3] != Kr_None && KR_STR_CHECK(a[3])) {
        const char *enc = kr_str_utf8(a[3]);
        if (enc && strcasecmp(enc, "utf-8") && strcasecmp(enc, "utf8") && strcasecmp(enc, "ascii") &&
            strcasecmp(enc, "latin-1") && strcasecmp(enc, "latin1"))
            return kr_err_format(KrExc_NotImplementedError, "open(): encoding %R is not supported yet", a[3]);
    }
    int flags = plus ? O_RDWR : (r ? O_RDONLY : O_WRONLY);
    if (w) flags |= O_CREAT | O_TRUNC;
    if (x) flags |= O_CREAT | O_EXCL;
    if (ap) flags |= O_CREAT | O_APPEND;
    flags |= O_CLOEXEC;
    int fd;
    int closefd = 1;
    if (a[6]) {
        closefd = kr_object_is_true(a[6]);
        if (closefd < 0)
            return NULL;
    }
    KrObject *file = a[0];
    if (KR_INT_CHECK(file)) {
        fd = (int)kr_int_as_long(file);
        if (fd == -1 && kr_err_occurred())
            return NULL;
    } else {
        KrObject *path = file;
        if (!KR_STR_CHECK(path) && !KR_BYTES_CHECK(path)) {
            int found = 0;
            KrObject *p = kr_call_special(file, KR_ID(__fspath__), NULL, 0, &found);
            if (!found && !p)
                return kr_err_format(KrExc_TypeError,
                                     "expected str, bytes or os.PathLike object, not %T", file);
            if (!p)
                return NULL;
            path = p;
        } else {
            kr_incref(path);
        }
        const char *cpath = KR_STR_CHECK(path) ? kr_str_utf8(path) : KR_BYTES_DATA(path);
        if (!cpath) {
            kr_decref(path);
            return NULL;
        }
        if (!closefd) {
            kr_decref(path);
            return kr_err_format(KrExc_ValueError, "Cannot use closefd=False with file name");
        }
        int err;
        KR_BEGIN_ALLOW_THREADS
        fd = open(cpath, flags, 0666);
        err = errno;
        KR_END_ALLOW_THREADS
        if (fd >= 0) {
            struct stat st;
            if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
                close(fd);
                fd = -1;
                err = EISDIR;
            }
        }
        if (fd < 0) {
            errno = err;
            kr_err_set_from_errno_filename(KrExc_OSError, path);
            kr_decref(path);
            return NULL;
        }
        kr_decref(path);
    }
    char normmode[8];
    snprintf(normmode, sizeof normmode, "%s%s%s", r ? "r" : w ? "w" : x ? "x" : "a", plus ? "+" : "",
             b ? "b" : "");
    KrObject *f = file_new(fd, b != 0, r || plus, !r || plus, ap != 0, file, b ? normmode : mode, closefd);
    if (!f && closefd)
        close(fd);
    return f;
}
