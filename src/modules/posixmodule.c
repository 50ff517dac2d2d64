/* posixmodule.c: the posix module, the system calls lib/os.py builds on.
 * Paths are accepted as str (encoded UTF-8 with surrogateescape, as the
 * filesystem encoding is), bytes, or os.PathLike; functions given bytes
 * return bytes names.  stat() returns a plain tuple that os.py wraps in
 * stat_result, and environ is a dict of bytes built at import. */
#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/random.h>
#include <sys/wait.h>
#include <signal.h>
#include "kr.h"

extern char **environ;

/* OSError(errno, strerror, filename[, None, filename2]): the constructor
 * picks the subclass (FileNotFoundError...) and formats "a -> b" itself */
static KrObject *raise_errno2(int err, KrObject *f1, KrObject *f2)
{
    KrObject *args[5];
    ssize_t n = 2;
    args[0] = kr_int_from_i64(err);
    args[1] = kr_str_from_cstr(strerror(err));
    if (!args[0] || !args[1]) {
        kr_xdecref(args[0]);
        kr_xdecref(args[1]);
        return NULL;
    }
    if (f1) {
        args[n++] = f1;
        if (f2) {
            args[n++] = Kr_None;
            args[n++] = f2;
        }
    }
    KrObject *exc = kr_object_vectorcall((KrObject *)KrExc_OSError, args, n, NULL);
    kr_decref(args[0]);
    kr_decref(args[1]);
    if (exc)
        kr_err_set_exc(exc);
    return NULL;
}

/* The path argument as a new bytes object; *is_bytes tells whether results
 * should be bytes.  Accepts str, bytes and objects with __fspath__. */
static KrObject *path_bytes_ex(const char *fname, const char *argname, KrObject *o, int *is_bytes,
                               const char *kinds)
{
    KrObject *p = o;
    kr_incref(p);
    if (!KR_STR_CHECK(p) && !KR_BYTES_CHECK(p)) {
        int found = 0;
        KrObject *r = kr_call_special(o, KR_ID(__fspath__), NULL, 0, &found);
        kr_decref(p);
        if (!found)
            return kr_err_format(KrExc_TypeError,
                                 "%s: %s should be %s, not %T",
                                 fname, argname, kinds, o);
        if (!r)
            return NULL;
        if (!KR_STR_CHECK(r) && !KR_BYTES_CHECK(r)) {
            kr_err_format(KrExc_TypeError,
                          "expected %T.__fspath__() to return str or bytes, not %T", o, r);
            kr_decref(r);
            return NULL;
        }
        p = r;
    }
    KrObject *b;
    if (KR_STR_CHECK(p)) {
        if (is_bytes)
            *is_bytes = 0;
        b = kr_str_encode(p, "utf-8", "surrogateescape");
    } else {
        if (is_bytes)
            *is_bytes = 1;
        b = kr_bytes_from_data(KR_BYTES_DATA(p), KR_BYTES_LEN(p));
    }
    kr_decref(p);
    if (!b)
        return NULL;
    if ((ssize_t)strlen(KR_BYTES_DATA(b)) != KR_BYTES_LEN(b)) {
        kr_decref(b);
        return kr_err_format(KrExc_ValueError, "embedded null byte");
    }
    return b;
}

static KrObject *path_bytes(const char *fname, const char *argname, KrObject *o, int *is_bytes)
{
    return path_bytes_ex(fname, argname, o, is_bytes, "string, bytes or os.PathLike");
}

/* a name from the OS as str (surrogateescape) or bytes */
static KrObject *name_obj(const char *s, ssize_t n, int as_bytes)
{
    if (as_bytes)
        return kr_bytes_from_data(s, n);
    return kr_str_decode(s, n, "utf-8", "surrogateescape");
}

static KrObject *p_getcwd_impl(int as_bytes)
{
    size_t cap = 256;
    for (;;) {
        char *buf = malloc(cap);
        if (!buf)
            return kr_err_nomemory();
        if (getcwd(buf, cap)) {
            KrObject *r = name_obj(buf, (ssize_t)strlen(buf), as_bytes);
            free(buf);
            return r;
        }
        int err = errno;
        free(buf);
        if (err != ERANGE)
            return raise_errno2(err, NULL, NULL);
        cap *= 2;
    }
}

static KrObject *p_getcwd(KrObject *m, KrObject *u) { return p_getcwd_impl(0); }
static KrObject *p_getcwdb(KrObject *m, KrObject *u) { return p_getcwd_impl(1); }

static KrObject *p_chdir(KrObject *m, KrObject *path)
{
    KrObject *b = path_bytes("chdir", "path", path, NULL);
    if (!b)
        return NULL;
    int r = chdir(KR_BYTES_DATA(b));
    int err = errno;
    kr_decref(b);
    if (r < 0)
        return raise_errno2(err, path, NULL);
    KR_RETURN_NONE;
}

static KrObject *p_listdir(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"path", NULL};
    KrObject *path = NULL;
    if (kr_arg_parse("listdir", args, nargs, kwnames, names, 0, &path) < 0)
        return NULL;
    int as_bytes = 0;
    KrObject *b;
    if (!path || path == Kr_None) {
        b = kr_bytes_from_cstr(".");
    } else {
        b = path_bytes_ex("listdir", "path", path, &as_bytes,
                          "string, bytes, os.PathLike, integer or None");
    }
    if (!b)
        return NULL;
    DIR *d;
    KR_BEGIN_ALLOW_THREADS
    d = opendir(KR_BYTES_DATA(b));
    KR_END_ALLOW_THREADS
    int err = errno;
    kr_decref(b);
    if (!d)
        return raise_errno2(err, path && path != Kr_None ? path : NULL, NULL);
    KrObject *list = kr_list_new(0);
    if (!list) {
        closedir(d);
        return NULL;
    }
    struct dirent *e;
    for (;;) {
        errno = 0;
        e = readdir(d);
        if (!e)
            break;
        const char *n = e->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0)))
            continue;
        KrObject *s = name_obj(n, (ssize_t)strlen(n), as_bytes);
        if (!s || kr_list_append_steal(list, s) < 0) {
            closedir(d);
            kr_decref(list);
            return NULL;
        }
    }
    err = errno;
    closedir(d);
    if (err) {
        kr_decref(list);
        return raise_errno2(err, path, NULL);
    }
    return list;
}

/* f(path, [int]) helper for mkdir/chmod-like calls */
static int parse_path_int(const char *fname, KrObject *const *args, ssize_t nargs, KrObject *kwnames,
                          const char *const *names, KrObject **path, long *val)
{
    KrObject *out[2] = {NULL, NULL};
    if (kr_arg_parse(fname, args, nargs, kwnames, names, 1, out) < 0)
        return -1;
    *path = out[0];
    if (out[1]) {
        int64_t v = kr_int_as_i64(out[1]);
        if (v == -1 && kr_err_occurred())
            return -1;
        *val = (long)v;
    }
    return 0;
}

static KrObject *p_mkdir(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"path", "mode", NULL};
    KrObject *path;
    long mode = 0777;
    if (parse_path_int("mkdir", args, nargs, kwnames, names, &path, &mode) < 0)
        return NULL;
    KrObject *b = path_bytes("mkdir", "path", path, NULL);
    if (!b)
        return NULL;
    int r = mkdir(KR_BYTES_DATA(b), (mode_t)mode);
    int err = errno;
    kr_decref(b);
    if (r < 0)
        return raise_errno2(err, path, NULL);
    KR_RETURN_NONE;
}

static KrObject *p_chmod(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"path", "mode", NULL};
    KrObject *out[2] = {NULL, NULL};
    if (kr_arg_parse("chmod", args, nargs, kwnames, names, 2, out) < 0)
        return NULL;
    int64_t mode = kr_int_as_i64(out[1]);
    if (mode == -1 && kr_err_occurred())
        return NULL;
    KrObject *b = path_bytes("chmod", "path", out[0], NULL);
    if (!b)
        return NULL;
    int r = chmod(KR_BYTES_DATA(b), (mode_t)mode);
    int err = errno;
    kr_decref(b);
    if (r < 0)
        return raise_errno2(err, out[0], NULL);
    KR_RETURN_NONE;
}

/* one-path calls: rmdir, unlink */
static KrObject *path_call(const char *fname, KrObject *path, int (*fn)(const char *))
{
    KrObject *b = path_bytes(fname, "path", path, NULL);
    if (!b)
        return NULL;
    int r = fn(KR_BYTES_DATA(b));
    int err = errno;
    kr_decref(b);
    if (r < 0)
        return raise_errno2(err, path, NULL);
    KR_RETURN_NONE;
}

static KrObject *p_rmdir(KrObject *m, KrObject *path) { return path_call("rmdir", path, rmdir); }
static KrObject *p_unlink(KrObject *m, KrObject *path) { return path_call("unlink", path, unlink); }
static KrObject *p_remove(KrObject *m, KrObject *path) { return path_call("remove", path, unlink); }

static KrObject *two_path_call(const char *fname, KrObject *const *args, ssize_t nargs,
                               KrObject *kwnames, int (*fn)(const char *, const char *))
{
    static const char *const names[] = {"src", "dst", NULL};
    KrObject *out[2] = {NULL, NULL};
    if (kr_arg_parse(fname, args, nargs, kwnames, names, 2, out) < 0)
        return NULL;
    KrObject *a = path_bytes(fname, "src", out[0], NULL);
    if (!a)
        return NULL;
    KrObject *b = path_bytes(fname, "dst", out[1], NULL);
    if (!b) {
        kr_decref(a);
        return NULL;
    }
    int r = fn(KR_BYTES_DATA(a), KR_BYTES_DATA(b));
    int err = errno;
    kr_decref(a);
    kr_decref(b);
    if (r < 0)
        return raise_errno2(err, out[0], out[1]);
    KR_RETURN_NONE;
}

static KrObject *p_rename(KrObject *m, KrObject *const *a, ssize_t n, KrObject *k) { return two_path_call("rename", a, n, k, rename); }
static KrObject *p_replace(KrObject *m, KrObject *const *a, ssize_t n, KrObject *k) { return two_path_call("replace", a, n, k, rename); }
static KrObject *p_symlink(KrObject *m, KrObject *const *a, ssize_t n, KrObject *k) { return two_path_call("symlink", a, n, k, symlink); }
static KrObject *p_link(KrObject *m, KrObject *const *a, ssize_t n, KrObject *k) { return two_path_call("link", a, n, k, link); }

static KrObject *p_readlink(KrObject *m, KrObject *path)
{
    int as_bytes = 0;
    KrObject *b = path_bytes("readlink", "path", path, &as_bytes);
    if (!b)
        return NULL;
    char buf[4096];
    ssize_t n = readlink(KR_BYTES_DATA(b), buf, sizeof buf);
    int err = errno;
    kr_decref(b);
    if (n < 0)
        return raise_errno2(err, path, NULL);
    return name_obj(buf, n, as_bytes);
}

static KrObject *ts_float(struct timespec t) { return kr_float_from_double((double)t.tv_sec + (double)t.tv_nsec * 1e-9); }
static KrObject *ts_ns(struct timespec t) { return kr_int_from_i64((int64_t)t.tv_sec * 1000000000 + t.tv_nsec); }

/* (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime,
 *  atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev) */
static KrObject *stat_tuple(const struct stat *st)
{
    KrObject *t = kr_tuple_new(16);
    if (!t)
        return NULL;
    KrObject *v[16] = {
        kr_int_from_i64(st->st_mode), kr_int_from_i64((int64_t)st->st_ino),
        kr_int_from_i64((int64_t)st->st_dev), kr_int_from_i64((int64_t)st->st_nlink),
        kr_int_from_i64(st->st_uid), kr_int_from_i64(st->st_gid),
        kr_int_from_i64((int64_t)st->st_size),
        ts_float(st->st_atim), ts_float(st->st_mtim), ts_float(st->st_ctim),
        ts_ns(st->st_atim), ts_ns(st->st_mtim), ts_ns(st->st_ctim),
        kr_int_from_i64((int64_t)st->st_blksize), kr_int_from_i64((int64_t)st->st_blocks),
        kr_int_from_i64((int64_t)st->st_rdev),
    };
    int bad = 0;
    for (int i = 0; i < 16; i++) {
        if (!v[i])
            bad = 1;
        KR_TUPLE_SET(t, i, v[i] ? v[i] : kr_newref(Kr_None));
    }
    if (bad) {
        kr_decref(t);
        return NULL;
    }
    return t;
}

static KrObject *do_stat(const char *fname, KrObject *const *args, ssize_t nargs, KrObject *kwnames, int follow)
{
    static const char *const names[] = {"path", "$dir_fd", "follow_symlinks", NULL};
    KrObject *out[3] = {NULL, NULL, NULL};
    if (kr_arg_parse(fname, args, nargs, kwnames, names, 1, out) < 0)
        return NULL;
    if (out[2]) {
        int t = kr_object_is_true(out[2]);
        if (t < 0)
            return NULL;
        follow = follow && t;
    }
    struct stat st;
    int r, err;
    KrObject *path = out[0];
    if (KR_INT_CHECK(path)) {
        int64_t fd = kr_int_as_i64(path);
        if (fd == -1 && kr_err_occurred())
            return NULL;
        r = fstat((int)fd, &st);
        err = errno;
        if (r < 0)
            return raise_errno2(err, NULL, NULL);
        return stat_tuple(&st);
    }
    KrObject *b = path_bytes_ex(fname, "path", path, NULL, "string, bytes, os.PathLike or integer");
    if (!b)
        return NULL;
    KR_BEGIN_ALLOW_THREADS
    r = follow ? stat(KR_BYTES_DATA(b), &st) : lstat(KR_BYTES_DATA(b), &st);
    err = errno;
    KR_END_ALLOW_THREADS
    kr_decref(b);
    if (r < 0)
        return raise_errno2(err, path, NULL);
    return stat_tuple(&st);
}

static KrObject *p_stat(KrObject *m, KrObject *const *a, ssize_t n, KrObject *k) { return do_stat("stat", a, n, k, 1); }
static KrObject *p_lstat(KrObject *m, KrObject *const *a, ssize_t n, KrObject *k) { return do_stat("lstat", a, n, k, 0); }

static KrObject *p_access(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"path", "mode", NULL};
    KrObject *out[2] = {NULL, NULL};
    if (kr_arg_parse("access", args, nargs, kwnames, names, 2, out) < 0)
        return NULL;
    int64_t mode = kr_int_as_i64(out[1]);
    if (mode == -1 && kr_err_occurred())
        return NULL;
    KrObject *b = path_bytes("access", "path", out[0], NULL);
    if (!b)
        return NULL;
    int r = access(KR_BYTES_DATA(b), (int)mode);
    kr_decref(b);
    return kr_newref(kr_bool_from(r == 0));
}

static KrObject *p_getpid(KrObject *m, KrObject *u) { return kr_int_from_i64(getpid()); }
static KrObject *p_getppid(KrObject *m, KrObject *u) { return kr_int_from_i64(getppid()); }
static KrObject *p_getuid(KrObject *m, KrObject *u) { return kr_int_from_i64(getuid()); }
static KrObject *p_geteuid(KrObject *m, KrObject *u) { return kr_int_from_i64(geteuid()); }
static KrObject *p_getgid(KrObject *m, KrObject *u) { return kr_int_from_i64(getgid()); }

static int int_arg(KrObject *o, int64_t *v)
{
    if (!KR_INT_CHECK(o)) {
        kr_err_format(KrExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    *v = kr_int_as_i64(o);
    return (*v == -1 && kr_err_occurred()) ? -1 : 0;
}

static KrObject *p_strerror(KrObject *m, KrObject *code)
{
    int64_t c;
    if (int_arg(code, &c) < 0)
        return NULL;
    return kr_str_from_cstr(strerror((int)c));
}

static KrObject *p_urandom(KrObject *m, KrObject *size)
{
    int64_t n;
    if (int_arg(size, &n) < 0)
        return NULL;
    if (n < 0)
        return kr_err_format(KrExc_ValueError, "negative argument not allowed");
    KrObject *b = kr_bytes_new((ssize_t)n);
    if (!b)
        return NULL;
    char *p = KR_BYTES_DATA(b);
    ssize_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(p + got, (size_t)(n - got), 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            int err = errno;
            kr_decref(b);
            return raise_errno2(err, NULL, NULL);
        }
        got += r;
    }
    return b;
}

static KrObject *p_cpu_count(KrObject *m, KrObject *u)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        KR_RETURN_NONE;
    return kr_int_from_i64(n);
}

static KrObject *p_fspath(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"path", NULL};
    KrObject *path = NULL;
    if (kr_arg_parse("fspath", args, nargs, kwnames, names, 1, &path) < 0)
        return NULL;
    if (KR_STR_CHECK(path) || KR_BYTES_CHECK(path))
        return kr_newref(path);
    int found = 0;
    KrObject *r = kr_call_special(path, KR_ID(__fspath__), NULL, 0, &found);
    if (!found)
        return kr_err_format(KrExc_TypeError,
                             "expected str, bytes or os.PathLike object, not %T", path);
    if (r && !KR_STR_CHECK(r) && !KR_BYTES_CHECK(r)) {
        kr_err_format(KrExc_TypeError,
                      "expected %T.__fspath__() to return str or bytes, not %T", path, r);
        kr_decref(r);
        return NULL;
    }
    return r;
}

static KrObject *p_putenv(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("putenv", nargs, 2, 2) < 0)
        return NULL;
    KrObject *k = path_bytes("putenv", "name", args[0], NULL);
    if (!k)
        return NULL;
    KrObject *v = path_bytes("putenv", "value", args[1], NULL);
    if (!v) {
        kr_decref(k);
        return NULL;
    }
    int r = -1;
    if (KR_BYTES_LEN(k) == 0 || strchr(KR_BYTES_DATA(k), '='))
        kr_err_format(KrExc_ValueError, "illegal environment variable name");
    else if ((r = setenv(KR_BYTES_DATA(k), KR_BYTES_DATA(v), 1)) < 0)
        raise_errno2(errno, NULL, NULL);
    kr_decref(k);
    kr_decref(v);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *p_unsetenv(KrObject *m, KrObject *name)
{
    KrObject *k = path_bytes("unsetenv", "name", name, NULL);
    if (!k)
        return NULL;
    int r = -1;
    if (KR_BYTES_LEN(k) == 0 || strchr(KR_BYTES_DATA(k), '='))
        kr_err_format(KrExc_ValueError, "illegal environment variable name");
    else if ((r = unsetenv(KR_BYTES_DATA(k))) < 0)
        raise_errno2(errno, NULL, NULL);
    kr_decref(k);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

/* file descriptors ------------------------------------------------------ */

static KrObject *p_open(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"path", "flags", "mode", NULL};
    KrObject *out[3] = {NULL, NULL, NULL};
    if (kr_arg_parse("open", args, nargs, kwnames, names, 2, out) < 0)
        return NULL;
    int64_t flags, mode = 0777;
    if (int_arg(out[1], &flags) < 0 || (out[2] && int_arg(out[2], &mode) < 0))
        return NULL;
    KrObject *b = path_bytes("open", "path", out[0], NULL);
    if (!b)
        return NULL;
    int fd;
    KR_BEGIN_ALLOW_THREADS
    fd = open(KR_BYTES_DATA(b), (int)flags | O_CLOEXEC, (mode_t)mode);
    KR_END_ALLOW_THREADS
    int err = errno;
    kr_decref(b);
    if (fd < 0)
        return raise_errno2(err, out[0], NULL);
    return kr_int_from_i64(fd);
}

static KrObject *p_close(KrObject *m, KrObject *fdo)
{
    int64_t fd;
    if (int_arg(fdo, &fd) < 0)
        return NULL;
    if (close((int)fd) < 0)
        return raise_errno2(errno, NULL, NULL);
    KR_RETURN_NONE;
}

static KrObject *p_read(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("read", nargs, 2, 2) < 0)
        return NULL;
    int64_t fd, n;
    if (int_arg(args[0], &fd) < 0 || int_arg(args[1], &n) < 0)
        return NULL;
    if (n < 0)
        return raise_errno2(EINVAL, NULL, NULL);
    KrObject *b = kr_bytes_new((ssize_t)n);
    if (!b)
        return NULL;
    ssize_t r;
    KR_BEGIN_ALLOW_THREADS
    r = read((int)fd, KR_BYTES_DATA(b), (size_t)n);
    KR_END_ALLOW_THREADS
    if (r < 0) {
        int err = errno;
        kr_decref(b);
        return raise_errno2(err, NULL, NULL);
    }
    if (r != n && kr_bytes_resize(&b, r) < 0)
        return NULL;
    return b;
}

static KrObject *p_write(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("write", nargs, 2, 2) < 0)
        return NULL;
    int64_t fd;
    if (int_arg(args[0], &fd) < 0)
        return NULL;
    KrBuffer view;
    if (kr_object_get_buffer(args[1], &view, KR_BUF_SIMPLE) < 0)
        return NULL;
    ssize_t r;
    KR_BEGIN_ALLOW_THREADS
    r = write((int)fd, view.buf, (size_t)view.len);
    KR_END_ALLOW_THREADS
    int err = errno;
    kr_buffer_release(&view);
    if (r < 0)
        return raise_errno2(err, NULL, NULL);
    return kr_int_from_i64(r);
}

static KrObject *p_isatty(KrObject *m, KrObject *fdo)
{
    int64_t fd;
    if (int_arg(fdo, &fd) < 0)
        return NULL;
    return kr_newref(kr_bool_from(isatty((int)fd)));
}

static KrObject *p_umask(KrObject *m, KrObject *mo)
{
    int64_t mask;
    if (int_arg(mo, &mask) < 0)
        return NULL;
    return kr_int_from_i64(umask((mode_t)mask));
}

static KrObject *p_exit(KrObject *m, KrObject *st)
{
    int64_t code;
    if (int_arg(st, &code) < 0)
        return NULL;
    fflush(stdout);
    _exit((int)code);
}

static KrObject *p_system(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = {"command", NULL};
    KrObject *cmd = NULL;
    if (kr_arg_parse("system", args, nargs, kwnames, names, 1, &cmd) < 0)
        return NULL;
    KrObject *b = path_bytes("system", "command", cmd, NULL);
    if (!b)
        return NULL;
    fflush(stdout);
    int r;
    KR_BEGIN_ALLOW_THREADS
    r = system(KR_BYTES_DATA(b));
    KR_END_ALLOW_THREADS
    kr_decref(b);
    return kr_int_from_i64(r);
}

static KrObject *p_kill(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("kill", nargs, 2, 2) < 0)
        return NULL;
    int64_t pid, sig;
    if (int_arg(args[0], &pid) < 0 || int_arg(args[1], &sig) < 0)
        return NULL;
    if (kill((pid_t)pid, (int)sig) < 0)
        return raise_errno2(errno, NULL, NULL);
    /* a signal sent to ourselves is handled before returning, as CPython does */
    if (kr_eval_handle_breaker(kr_tstate()) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrMethodDef posix_methods[] = {
    {"getcwd", KR_CFUNC(p_getcwd), KR_METH_NOARGS, NULL},
    {"getcwdb", KR_CFUNC(p_getcwdb), KR_METH_NOARGS, NULL},
    {"chdir", KR_CFUNC(p_chdir), KR_METH_O, NULL},
    {"listdir", KR_CFUNC(p_listdir), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"mkdir", KR_CFUNC(p_mkdir), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"chmod", KR_CFUNC(p_chmod), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"rmdir", KR_CFUNC(p_rmdir), KR_METH_O, NULL},
    {"unlink", KR_CFUNC(p_unlink), KR_METH_O, NULL},
    {"remove", KR_CFUNC(p_remove), KR_METH_O, NULL},
    {"rename", KR_CFUNC(p_rename), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"replace", KR_CFUNC(p_replace), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"symlink", KR_CFUNC(p_symlink), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"link", KR_CFUNC(p_link), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"readlink", KR_CFUNC(p_readlink), KR_METH_O, NULL},
    {"stat", KR_CFUNC(p_stat), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"lstat", KR_CFUNC(p_lstat), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"access", KR_CFUNC(p_access), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"getpid", KR_CFUNC(p_getpid), KR_METH_NOARGS, NULL},
    {"getppid", KR_CFUNC(p_getppid), KR_METH_NOARGS, NULL},
    {"getuid", KR_CFUNC(p_getuid), KR_METH_NOARGS, NULL},
    {"geteuid", KR_CFUNC(p_geteuid), KR_METH_NOARGS, NULL},
    {"getgid", KR_CFUNC(p_getgid), KR_METH_NOARGS, NULL},
    {"strerror", KR_CFUNC(p_strerror), KR_METH_O, NULL},
    {"urandom", KR_CFUNC(p_urandom), KR_METH_O, NULL},
    {"cpu_count", KR_CFUNC(p_cpu_count), KR_METH_NOARGS, NULL},
    {"fspath", KR_CFUNC(p_fspath), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"putenv", KR_CFUNC(p_putenv), KR_METH_FASTCALL, NULL},
    {"unsetenv", KR_CFUNC(p_unsetenv), KR_METH_O, NULL},
    {"open", KR_CFUNC(p_open), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"close", KR_CFUNC(p_close), KR_METH_O, NULL},
    {"read", KR_CFUNC(p_read), KR_METH_FASTCALL, NULL},
    {"write", KR_CFUNC(p_write), KR_METH_FASTCALL, NULL},
    {"isatty", KR_CFUNC(p_isatty), KR_METH_O, NULL},
    {"umask", KR_CFUNC(p_umask), KR_METH_O, NULL},
    {"_exit", KR_CFUNC(p_exit), KR_METH_O, NULL},
    {"system", KR_CFUNC(p_system), KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL},
    {"kill", KR_CFUNC(p_kill), KR_METH_FASTCALL, NULL},
    {NULL},
};

static KrObject *build_environ(void)
{
    KrObject *d = kr_dict_new();
    if (!d)
        return NULL;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e)
            continue;
        KrObject *k = kr_bytes_from_data(*e, eq - *e);
        KrObject *v = kr_bytes_from_cstr(eq + 1);
        int r = (k && v) ? 0 : -1;
        /* the first definition wins, as getenv() sees it */
        if (r == 0) {
            r = kr_dict_contains(d, k);
            if (r == 0)
                r = kr_dict_set(d, k, v);
            else if (r > 0)
                r = 0;
        }
        kr_xdecref(k);
        kr_xdecref(v);
        if (r < 0) {
            kr_decref(d);
            return NULL;
        }
    }
    return d;
}

KrObject *kr_posix_module_init(void)
{
    KrObject *m = kr_module_new_cstr("posix");
    if (!m || kr_module_add_functions(m, posix_methods) < 0)
        goto fail;
    if (kr_module_add_object(m, "environ", build_environ()) < 0)
        goto fail;
    static const struct { const char *name; long v; } consts[] = {
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
        {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL},
        {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK}, {"O_CLOEXEC", O_CLOEXEC},
        {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (kr_module_add_int(m, consts[i].name, consts[i].v) < 0)
            goto fail;
    return m;
fail:
    kr_xdecref(m);
    return NULL;
}
