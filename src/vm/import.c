/* import.c: the import system.
 *
 * `import a.b.c` imports a, then a.b, then a.b.c, each found once and kept
 * in sys.modules.  A name is looked up first among the builtin C modules
 * (modules/config.c), then as NAME.py or NAME/__init__.py in each folder of
 * sys.path (for a top-level module) or of the parent package's __path__.
 * The module is entered into sys.modules before its code runs (so cyclic
 * imports see the partly initialised module) and removed again if the code
 * raises.  Relative imports resolve against __package__ (or __name__) of
 * the importing module's globals, as CPython does.
 */
#include <sys/stat.h>
#include <unistd.h>
#include "kr.h"

char *kr_read_file(const char *path, ssize_t *len);   /* run.c */

KR_BORROWED KrObject *kr_import_add_module(const char *name)
{
    KrObject *mods = kr_interp()->modules;
    KrObject *m = kr_dict_get_cstr(mods, name);
    if (m)
        return m;
    m = kr_module_new_cstr(name);
    if (!m)
        return NULL;
    if (kr_dict_set_cstr(mods, name, m) < 0) {
        kr_decref(m);
        return NULL;
    }
    kr_decref(m);
    return m;
}

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* find NAME (the last component) in the folders of `path` (a list of str);
 * on success fills file (the .py) and sets *is_pkg */
static int find_source(KrObject *path, const char *name, char *file, size_t filesize, bool *is_pkg)
{
    if (!path || !KR_LIST_CHECK(path))
        return 0;
    for (ssize_t i = 0; i < KR_LIST_LEN(path); i++) {
        KrObject *entry = KR_LIST_GET(path, i);
        if (!KR_STR_CHECK(entry))
            continue;
        const char *dir = kr_str_utf8(entry);
        if (!dir) {
            kr_err_clear();
            continue;
        }
        const char *sep = *dir ? "/" : "";
        snprintf(file, filesize, "%s%s%s/__init__.py", dir, sep, name);
        if (is_file(file)) {
            *is_pkg = true;
            return 1;
        }
        snprintf(file, filesize, "%s%s%s.py", dir, sep, name);
        if (is_file(file)) {
            *is_pkg = false;
            return 1;
        }
    }
    return 0;
}

/* ---- cached bytecode: __pycache__/NAME.krait-01.pyc ----
 * header: "KRPC", format version, the source's mtime (ns) and size, and a
 * hash of the marshalled code that follows.  A cache is used only when all
 * of these match; anything else (stale, truncated, corrupt) is ignored and
 * rewritten. */
#define PYC_TAG "krait-01"
#define PYC_MAGIC "KRPC"
#define PYC_VERSION 1u
#define PYC_HEADER 32

static bool cache_path(const char *file, char *out, size_t n)
{
    const char *slash = strrchr(file, '/');
    const char *base = slash ? slash + 1 : file;
    size_t dirlen = slash ? (size_t)(slash - file) + 1 : 0;
    size_t blen = strlen(base);
    if (blen < 3 || strcmp(base + blen - 3, ".py") != 0)
        return false;
    int r = snprintf(out, n, "%.*s__pycache__/%.*s." PYC_TAG ".pyc", (int)dirlen, file,
                     (int)(blen - 3), base);
    return r > 0 && (size_t)r < n;
}

static void put64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

static KrObject *load_cached(const char *file, const struct stat *st)
{
    char cpath[4096];
    if (!cache_path(file, cpath, sizeof cpath))
        return NULL;
    FILE *f = fopen(cpath, "rb");
    if (!f)
        return NULL;
    KrBuf b;
    kr_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        kr_buf_put(&b, chunk, n);
    fclose(f);
    KrObject *code = NULL;
    const unsigned char *d = (const unsigned char *)b.data;
    uint64_t mtime = (uint64_t)st->st_mtim.tv_sec * 1000000000u + (uint64_t)st->st_mtim.tv_nsec;
    if (!b.failed && b.len > PYC_HEADER && memcmp(d, PYC_MAGIC, 4) == 0 &&
        (d[4] | d[5] << 8 | d[6] << 16 | (uint32_t)d[7] << 24) == PYC_VERSION &&
        get64(d + 8) == mtime && get64(d + 16) == (uint64_t)st->st_size &&
        get64(d + 24) == (uint64_t)kr_hash_bytes(d + PYC_HEADER, b.len - PYC_HEADER)) {
        code = kr_marshal_loads(d + PYC_HEADER, (ssize_t)(b.len - PYC_HEADER), NULL);
        if (code && !KR_CODE_CHECK(code))
            KR_CLEAR(code);
        if (!code)
            kr_err_clear();   /* never trusted: fall back to the source */
    }
    kr_buf_free(&b);
    return code;
}

static void write_cached(const char *file, const struct stat *st, KrObject *code)
{
    KrObject *dw = kr_sys_get("dont_write_bytecode");
    if (kr_interp()->dont_write_bytecode || (dw && kr_object_is_true(dw) > 0))
        return;
    char cpath[4096], dir[4096], tmp[4200];
    if (!cache_path(file, cpath, sizeof cpath))
        return;
    snprintf(dir, sizeof dir, "%s", cpath);
    char *slash = strrchr(dir, '/');
    if (!slash)
        return;
    *slash = '\0';
    mkdir(dir, 0777);
    KrObject *data = kr_marshal_dumps(code);
    if (!data) {
        kr_err_clear();
        return;
    }
    unsigned char hdr[PYC_HEADER];
    memcpy(hdr, PYC_MAGIC, 4);
    hdr[4] = PYC_VERSION & 0xff; hdr[5] = hdr[6] = hdr[7] = 0;
    put64(hdr + 8, (uint64_t)st->st_mtim.tv_sec * 1000000000u + (uint64_t)st->st_mtim.tv_nsec);
    put64(hdr + 16, (uint64_t)st->st_size);
    put64(hdr + 24, (uint64_t)kr_hash_bytes(KR_BYTES_DATA(data), (size_t)KR_BYTES_LEN(data)));
    /* write a private file, then rename: readers never see half a cache */
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", cpath, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (f) {
        bool ok = fwrite(hdr, 1, PYC_HEADER, f) == PYC_HEADER &&
                  fwrite(KR_BYTES_DATA(data), 1, (size_t)KR_BYTES_LEN(data), f) == (size_t)KR_BYTES_LEN(data);
        ok = fclose(f) == 0 && ok;
        if (!ok || rename(tmp, cpath) != 0)
            remove(tmp);
    }
    kr_decref(data);
}

static KrObject *exec_source_module(const char *fullname, const char *file, bool is_pkg)
{
    ssize_t len = 0;
    struct stat st;
    bool have_stat = stat(file, &st) == 0;
    KrObject *cached = have_stat ? load_cached(file, &st) : NULL;
    char *src = NULL;
    if (!cached) {
        src = kr_read_file(file, &len);
        if (!src)
            return NULL;
    }
    KrObject *mods = kr_interp()->modules;
    KrObject *m = kr_module_new_cstr(fullname);
    if (!m) {
        kr_mem_free(src);
        kr_xdecref(cached);
        return NULL;
    }
    KrObject *d = kr_module_dict(m);
    KrObject *fn = kr_str_from_cstr(file);
    KrObject *code = NULL;
    if (!fn || kr_dict_set_cstr(d, "__file__", fn) < 0 ||
        kr_dict_set_cstr(d, "__builtins__", kr_interp()->builtins_module) < 0)
        goto fail;
    /* __package__: the package itself, or the parent of a plain module */
    {
        KrObject *pkg;
        if (is_pkg) {
            pkg = kr_str_from_cstr(fullname);
        } else {
            const char *dot = strrchr(fullname, '.');
            pkg = dot ? kr_str_from_utf8(fullname, dot - fullname) : kr_str_from_cstr("");
        }
        if (!pkg || kr_dict_set_cstr(d, "__package__", pkg) < 0) {
            kr_xdecref(pkg);
            goto fail;
        }
        kr_decref(pkg);
    }
    if (is_pkg) {
        const char *slash = strrchr(file, '/');
        KrObject *dir = slash ? kr_str_from_utf8(file, slash - file) : kr_str_from_cstr(".");
        KrObject *pl = dir ? kr_list_new(0) : NULL;
        if (!pl || kr_list_append(pl, dir) < 0 || kr_dict_set_cstr(d, "__path__", pl) < 0) {
            kr_xdecref(dir);
            kr_xdecref(pl);
            goto fail;
        }
        kr_decref(dir);
        kr_decref(pl);
    }
    if (cached) {
        code = cached;
        cached = NULL;
    } else {
        code = kr_compile_string(src, len, fn, KR_PARSE_FILE, -1);
        kr_mem_free(src);
        src = NULL;
        if (!code)
            goto fail;
        if (have_stat)
            write_cached(file, &st, code);
    }
    if (kr_dict_set_cstr(mods, fullname, m) < 0)
        goto fail;
    KrObject *r = kr_eval_code(code, d, d);
    if (!r) {
        KrObject *exc = kr_err_fetch();
        if (kr_dict_get_cstr(mods, fullname))
            kr_dict_del_cstr(mods, fullname);
        kr_err_clear();
        kr_err_restore(exc);
        goto fail;
    }
    kr_decref(r);
    kr_decref(code);
    kr_decref(fn);
    /* the module may have replaced itself in sys.modules */
    KrObject *final = kr_dict_get_cstr(mods, fullname);
    if (final) {
        kr_incref(final);
        kr_decref(m);
        return final;
    }
    return m;
fail:
    kr_mem_free(src);
    kr_xdecref(cached);
    kr_xdecref(code);
    kr_xdecref(fn);
    kr_decref(m);
    return NULL;
}

static KrObject *not_found(const char *fullname)
{
    KrObject *msg = kr_str_from_format("No module named '%s'", fullname);
    KrObject *name = kr_str_from_cstr(fullname);
    if (msg && name) {
        KrObject *exc = kr_exc_new(&KrExc_ModuleNotFoundError_Type, &msg, 1);
        if (exc) {
            KR_SETREF(((KrImportErrorObject *)exc)->name, kr_newref(name));
            kr_err_set_exc(exc);
        }
    }
    kr_xdecref(msg);
    kr_xdecref(name);
    return NULL;
}

/* import one fully qualified module whose parent (if any) is imported */
static KrObject *import_one(const char *fullname, KrObject *parent)
{
    KrObject *mods = kr_interp()->modules;
    KrObject *m = kr_dict_get_cstr(mods, fullname);
    if (m) {
        if (m == Kr_None)
            return not_found(fullname);
        return kr_newref(m);
    }
    if (!parent) {
        for (const KrBuiltinModule *b = kr_builtin_modules; b->name; b++) {
            if (strcmp(b->name, fullname) == 0) {
                m = b->init();
                if (!m)
                    return NULL;
                if (kr_dict_set_cstr(mods, fullname, m) < 0) {
                    kr_decref(m);
                    return NULL;
                }
                return m;
            }
        }
    }
    KrObject *path;
    if (parent) {
        KrObject *pd = kr_module_dict(parent);
        path = pd ? kr_dict_get_cstr(pd, "__path__") : NULL;
        if (!path) {
            const char *dot = strrchr(fullname, '.');
            KrObject *pname = kr_str_from_utf8(fullname, dot - fullname);
            KrObject *msg = pname ? kr_str_from_format("No module named '%s'; %R is not a package",
                                                       fullname, pname) : NULL;
            kr_xdecref(pname);
            if (msg) {
                KrObject *exc = kr_exc_new(&KrExc_ModuleNotFoundError_Type, &msg, 1);
                if (exc) {
                    KR_SETREF(((KrImportErrorObject *)exc)->name, kr_str_from_cstr(fullname));
                    kr_err_set_exc(exc);
                }
                kr_decref(msg);
            }
            return NULL;
        }
    } else {
        path = kr_interp()->path;
    }
    const char *last = strrchr(fullname, '.');
    last = last ? last + 1 : fullname;
    char file[4096];
    bool is_pkg = false;
    if (!find_source(path, last, file, sizeof file, &is_pkg))
        return not_found(fullname);
    m = exec_source_module(fullname, file, is_pkg);
    if (m && parent) {
        KrObject *attr = kr_str_from_cstr(last);
        if (!attr || kr_object_setattr(parent, attr, m) < 0) {
            kr_xdecref(attr);
            kr_decref(m);
            return NULL;
        }
        kr_decref(attr);
    }
    return m;
}

/* import every prefix of a dotted name; returns the LAST module */
static KrObject *import_dotted(const char *name)
{
    char buf[1024];
    size_t n = strlen(name);
    if (n >= sizeof buf)
        return kr_err_format(KrExc_ImportError, "module name too long");
    KrObject *parent = NULL;
    for (size_t i = 0; i <= n; i++) {
        if (name[i] == '.' || name[i] == '\0') {
            memcpy(buf, name, i);
            buf[i] = '\0';
            KrObject *m = import_one(buf, parent);
            kr_xdecref(parent);
            if (!m)
                return NULL;
            parent = m;
        }
    }
    return parent;
}

/* the package a relative import starts from */
static KrObject *resolve_package(KrObject *globals, int level)
{
    KrObject *pkg = globals && KR_DICT_CHECK(globals) ? kr_dict_get_cstr(globals, "__package__") : NULL;
    KrObject *base;
    if (pkg && pkg != Kr_None) {
        if (!KR_STR_CHECK(pkg))
            return kr_err_format(KrExc_TypeError, "package must be a string");
        base = kr_newref(pkg);
    } else {
        KrObject *name = globals && KR_DICT_CHECK(globals) ? kr_dict_get_cstr(globals, "__name__") : NULL;
        if (!name || !KR_STR_CHECK(name))
            return kr_err_format(KrExc_ImportError, "attempted relative import with no known parent package");
        if (kr_dict_get_cstr(globals, "__path__")) {
            base = kr_newref(name);
        } else {
            const char *s = kr_str_utf8(name);
            const char *dot = s ? strrchr(s, '.') : NULL;
            base = dot ? kr_str_from_utf8(s, dot - s) : kr_str_from_cstr("");
        }
    }
    if (!base)
        return NULL;
    if (KR_STR_LEN(base) == 0) {
        kr_decref(base);
        return kr_err_format(KrExc_ImportError, "attempted relative import with no known parent package");
    }
    const char *s = kr_str_utf8(base);
    ssize_t end = (ssize_t)strlen(s);
    for (int i = 1; i < level; i++) {
        while (end > 0 && s[end - 1] != '.')
            end--;
        if (end == 0) {
            kr_decref(base);
            return kr_err_format(KrExc_ImportError, "attempted relative import beyond top-level package");
        }
        end--;
    }
    KrObject *r = kr_str_from_utf8(s, end);
    kr_decref(base);
    return r;
}

KrObject *kr_import_name(KrObject *name, KrObject *globals, KrObject *fromlist, int level)
{
    if (!KR_STR_CHECK(name))
        return kr_err_format(KrExc_TypeError, "module name must be str, not %T", name);
    if (level < 0)
        return kr_err_format(KrExc_ValueError, "level must be >= 0");
    const char *cname = kr_str_utf8(name);
    if (!cname)
        return NULL;
    KrObject *fullobj = NULL;
    const char *full = cname;
    if (level > 0) {
        KrObject *pkg = resolve_package(globals, level);
        if (!pkg)
            return NULL;
        fullobj = *cname ? kr_str_from_format("%U.%s", pkg, cname) : kr_newref(pkg);
        kr_decref(pkg);
        if (!fullobj)
            return NULL;
        full = kr_str_utf8(fullobj);
    } else if (!*cname) {
        return kr_err_format(KrExc_ValueError, "Empty module name");
    }
    KrObject *m = import_dotted(full);
    if (!m) {
        kr_xdecref(fullobj);
        return NULL;
    }
    bool has_from = fromlist && fromlist != Kr_None && kr_object_is_true(fromlist) > 0;
    if (!has_from) {
        kr_xdecref(fullobj);
        if (level == 0 && strchr(cname, '.')) {
            /* `import a.b` binds a */
            char top[1024];
            size_t n = (size_t)(strchr(cname, '.') - cname);
            if (n >= sizeof top) n = sizeof top - 1;
            memcpy(top, cname, n);
            top[n] = '\0';
            KrObject *t = kr_dict_get_cstr(kr_interp()->modules, top);
            kr_decref(m);
            if (!t)
                return not_found(top);
            return kr_newref(t);
        }
        return m;
    }
    /* from package import submodule: import names that are not attributes */
    KrObject *md = KR_MODULE_CHECK(m) ? kr_module_dict(m) : NULL;
    if (md && kr_dict_get_cstr(md, "__path__")) {
        KrObject *it = kr_object_getiter(fromlist);
        KrObject *item;
        while (it && (item = kr_iter_next(it)) != NULL) {
            if (KR_STR_CHECK(item) && !kr_str_eq_cstr(item, "*") && !kr_dict_get(md, item)) {
                KrObject *sub = kr_str_from_format("%s.%U", full, item);
                KrObject *sm = sub ? import_dotted(kr_str_utf8(sub)) : NULL;
                if (!sm && kr_err_matches(KR_OBJ(&KrExc_ModuleNotFoundError_Type)))
                    kr_err_clear();   /* IMPORT_FROM reports the missing name */
                kr_xdecref(sm);
                kr_xdecref(sub);
            }
            kr_decref(item);
            if (kr_err_occurred())
                break;
        }
        kr_xdecref(it);
        if (kr_err_occurred()) {
            kr_decref(m);
            kr_xdecref(fullobj);
            return NULL;
        }
    }
    kr_xdecref(fullobj);
    return m;
}

KrObject *kr_import_module(const char *name)
{
    return import_dotted(name);
}

/* krait -m NAME: run the module's source as __main__ */
int kr_run_module_as_main(const char *name, int *exit_code)
{
    *exit_code = 0;
    for (const KrBuiltinModule *b = kr_builtin_modules; b->name; b++) {
        if (strcmp(b->name, name) == 0) {
            fprintf(stderr, "krait: No code object available for %s\n", name);
            *exit_code = 1;
            return -1;
        }
    }
    char file[4096];
    bool is_pkg = false;
    const char *dot = strrchr(name, '.');
    KrObject *path = kr_interp()->path;
    KrObject *parent = NULL;
    if (dot) {
        char pkg[1024];
        size_t n = (size_t)(dot - name);
        if (n >= sizeof pkg) n = sizeof pkg - 1;
        memcpy(pkg, name, n);
        pkg[n] = '\0';
        parent = import_dotted(pkg);
        if (!parent)
            goto error;
        KrObject *pd = kr_module_dict(parent);
        path = pd ? kr_dict_get_cstr(pd, "__path__") : NULL;
    }
    if (!find_source(path, dot ? dot + 1 : name, file, sizeof file, &is_pkg)) {
        kr_xdecref(parent);
        fprintf(stderr, "%s: No module named %s\n", "krait", name);
        *exit_code = 1;
        return -1;
    }
    kr_xdecref(parent);
    if (is_pkg) {
        size_t n = strlen(file);
        snprintf(file + n - strlen("__init__.py"), sizeof file - n, "__main__.py");
    }
    KR_SETREF(KR_LIST_ITEMS(kr_interp()->argv)[0], kr_str_from_cstr(file));
    return kr_run_file(file, exit_code);
error:
    kr_err_print();
    *exit_code = 1;
    return -1;
}
