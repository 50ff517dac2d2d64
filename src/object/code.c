/* code.c: the code object, what the compiler produces and the VM runs.
 *
 * Instructions are 32-bit words (opcode low 8 bits, operand high 24).  The
 * Python-visible attributes follow CPython's: co_code is a bytes copy of the
 * words, little endian, built on first use and cached in co_extra (a dict of
 * lazily built attributes).  Exception-table and position data are C arrays;
 * co_exceptiontable exposes the table as bytes, five little-endian 32-bit
 * fields per entry: start, end, target, depth, push_lasti (instruction
 * indexes).  co_lines() yields (start, end, line) in byte offsets.
 */
#include "kr.h"

KrObject *kr_code_new(int32_t argcount, int32_t posonlyargcount, int32_t kwonlyargcount,
                      int32_t stacksize, int32_t flags, int32_t firstlineno,
                      kr_instr *instrs, int32_t ninstrs, KrObject *consts, KrObject *names,
                      KrObject *localsplusnames, KrObject *localspluskinds,
                      KrObject *filename, KrObject *name, KrObject *qualname,
                      KrExcEntry *exctab, int32_t nexctab, KrPosition *positions)
{
    KrCodeObject *co = (KrCodeObject *)kr_object_alloc(&KrCode_Type, 0);
    if (!co) {
        kr_mem_free(instrs);
        kr_mem_free(exctab);
        kr_mem_free(positions);
        return NULL;
    }
    co->co_instrs = instrs;
    co->co_ninstrs = ninstrs;
    co->co_flags = flags;
    co->co_argcount = argcount;
    co->co_posonlyargcount = posonlyargcount;
    co->co_kwonlyargcount = kwonlyargcount;
    co->co_stacksize = stacksize;
    co->co_firstlineno = firstlineno;
    co->co_consts = kr_newref(consts);
    co->co_names = kr_newref(names);
    co->co_localsplusnames = kr_newref(localsplusnames);
    co->co_localspluskinds = kr_newref(localspluskinds);
    co->co_filename = kr_newref(filename);
    co->co_name = kr_newref(name);
    co->co_qualname = kr_newref(qualname ? qualname : name);
    co->co_exctab = exctab;
    co->co_nexctab = nexctab;
    co->co_positions = positions;
    ssize_t n = KR_TUPLE_LEN(localsplusnames);
    const unsigned char *kinds = (const unsigned char *)KR_BYTES_DATA(localspluskinds);
    co->co_nlocalsplus = (int32_t)n;
    for (ssize_t i = 0; i < n; i++) {
        if (kinds[i] & KR_FAST_LOCAL)
            co->co_nlocals++;
        if (kinds[i] & KR_FAST_CELL)
            co->co_ncellvars++;
        if (kinds[i] & KR_FAST_FREE)
            co->co_nfreevars++;
    }
    kr_gc_track((KrObject *)co);
    return (KrObject *)co;
}

int kr_code_addr_to_line(KrCodeObject *co, int i)
{
    if (i < 0 || i >= co->co_ninstrs || !co->co_positions)
        return -1;
    return co->co_positions[i].lineno;
}

static void code_dealloc(KrObject *self)
{
    KrCodeObject *co = (KrCodeObject *)self;
    kr_gc_untrack(self);
    kr_mem_free(co->co_instrs);
    kr_mem_free(co->co_exctab);
    kr_mem_free(co->co_positions);
    if (co->co_cache)
        kr_mem_free(co->co_cache);
    KR_XDECREF(co->co_consts);
    KR_XDECREF(co->co_names);
    KR_XDECREF(co->co_localsplusnames);
    KR_XDECREF(co->co_localspluskinds);
    KR_XDECREF(co->co_filename);
    KR_XDECREF(co->co_name);
    KR_XDECREF(co->co_qualname);
    KR_XDECREF(co->co_extra);
    kr_object_free(self);
}

static int code_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrCodeObject *co = (KrCodeObject *)self;
    KR_VISIT(co->co_consts);
    KR_VISIT(co->co_extra);
    return 0;
}

static int code_clear(KrObject *self)
{
    KrCodeObject *co = (KrCodeObject *)self;
    KR_CLEAR(co->co_extra);
    return 0;
}

/* names of the slots whose kind includes mask, as a tuple */
static KrObject *names_of_kind(KrCodeObject *co, int mask, int exclude)
{
    ssize_t n = KR_TUPLE_LEN(co->co_localsplusnames), k = 0;
    const unsigned char *kinds = (const unsigned char *)KR_BYTES_DATA(co->co_localspluskinds);
    for (ssize_t i = 0; i < n; i++)
        if ((kinds[i] & mask) && !(kinds[i] & exclude))
            k++;
    KrObject *t = kr_tuple_new(k);
    if (!t)
        return NULL;
    k = 0;
    for (ssize_t i = 0; i < n; i++)
        if ((kinds[i] & mask) && !(kinds[i] & exclude))
            KR_TUPLE_SET(t, k++, kr_newref(KR_TUPLE_GET(co->co_localsplusnames, i)));
    return t;
}

static KrObject *code_bytes(KrCodeObject *co)
{
    KrObject *b = kr_bytes_new((ssize_t)co->co_ninstrs * 4);
    if (!b)
        return NULL;
    unsigned char *p = (unsigned char *)KR_BYTES_DATA(b);
    for (int32_t i = 0; i < co->co_ninstrs; i++) {
        kr_instr w = co->co_instrs[i];
        p[4 * i] = (unsigned char)(w & 0xff);
        p[4 * i + 1] = (unsigned char)((w >> 8) & 0xff);
        p[4 * i + 2] = (unsigned char)((w >> 16) & 0xff);
        p[4 * i + 3] = (unsigned char)((w >> 24) & 0xff);
    }
    return b;
}

static KrObject *cached(KrCodeObject *co, const char *key, KrObject *(*make)(KrCodeObject *))
{
    if (!co->co_extra) {
        co->co_extra = kr_dict_new();
        if (!co->co_extra)
            return NULL;
    }
    KrObject *v = kr_dict_get_cstr(co->co_extra, key);
    if (v)
        return kr_newref(v);
    v = make(co);
    if (!v || kr_dict_set_cstr(co->co_extra, key, v) < 0) {
        KR_XDECREF(v);
        return NULL;
    }
    return v;
}

static KrObject *get_code(KrObject *s, void *c) { return cached((KrCodeObject *)s, "co_code", code_bytes); }

static void put32(unsigned char *p, int32_t v)
{
    uint32_t u = (uint32_t)v;
    p[0] = u & 0xff; p[1] = (u >> 8) & 0xff; p[2] = (u >> 16) & 0xff; p[3] = (u >> 24) & 0xff;
}

static KrObject *exctab_bytes(KrCodeObject *co)
{
    KrObject *b = kr_bytes_new((ssize_t)co->co_nexctab * 20);
    if (!b)
        return NULL;
    unsigned char *p = (unsigned char *)KR_BYTES_DATA(b);
    for (int32_t i = 0; i < co->co_nexctab; i++) {
        KrExcEntry *e = &co->co_exctab[i];
        put32(p + 20 * i, e->start);
        put32(p + 20 * i + 4, e->end);
        put32(p + 20 * i + 8, e->target);
        put32(p + 20 * i + 12, e->depth);
        put32(p + 20 * i + 16, e->push_lasti);
    }
    return b;
}

static KrObject *get_exctab(KrObject *s, void *c) { return cached((KrCodeObject *)s, "co_exceptiontable", exctab_bytes); }

/* line table: one record per instruction: line, end line, col, end col */
static KrObject *linetable_bytes(KrCodeObject *co)
{
    KrObject *b = kr_bytes_new((ssize_t)co->co_ninstrs * 16);
    if (!b)
        return NULL;
    unsigned char *p = (unsigned char *)KR_BYTES_DATA(b);
    for (int32_t i = 0; i < co->co_ninstrs; i++) {
        KrPosition *q = &co->co_positions[i];
        put32(p + 16 * i, q->lineno);
        put32(p + 16 * i + 4, q->end_lineno);
        put32(p + 16 * i + 8, q->col);
        put32(p + 16 * i + 12, q->end_col);
    }
    return b;
}

static KrObject *get_linetable(KrObject *s, void *c) { return cached((KrCodeObject *)s, "co_linetable", linetable_bytes); }

#define INT_GETTER(field) \
    static KrObject *get_##field(KrObject *s, void *c) { return kr_int_from_long(((KrCodeObject *)s)->field); }
INT_GETTER(co_argcount)
INT_GETTER(co_posonlyargcount)
INT_GETTER(co_kwonlyargcount)
INT_GETTER(co_nlocals)
INT_GETTER(co_stacksize)
INT_GETTER(co_flags)
INT_GETTER(co_firstlineno)

#define OBJ_GETTER(field) \
    static KrObject *get_##field(KrObject *s, void *c) { return kr_newref(((KrCodeObject *)s)->field); }
OBJ_GETTER(co_consts)
OBJ_GETTER(co_names)
OBJ_GETTER(co_filename)
OBJ_GETTER(co_name)
OBJ_GETTER(co_qualname)

static KrObject *get_varnames(KrObject *s, void *c) { return names_of_kind((KrCodeObject *)s, KR_FAST_LOCAL, 0); }
static KrObject *get_cellvars(KrObject *s, void *c) { return names_of_kind((KrCodeObject *)s, KR_FAST_CELL, 0); }
static KrObject *get_freevars(KrObject *s, void *c) { return names_of_kind((KrCodeObject *)s, KR_FAST_FREE, 0); }

static KrGetSetDef code_getset[] = {
    { "co_argcount", get_co_argcount, NULL, NULL, NULL },
    { "co_posonlyargcount", get_co_posonlyargcount, NULL, NULL, NULL },
    { "co_kwonlyargcount", get_co_kwonlyargcount, NULL, NULL, NULL },
    { "co_nlocals", get_co_nlocals, NULL, NULL, NULL },
    { "co_stacksize", get_co_stacksize, NULL, NULL, NULL },
    { "co_flags", get_co_flags, NULL, NULL, NULL },
    { "co_firstlineno", get_co_firstlineno, NULL, NULL, NULL },
    { "co_consts", get_co_consts, NULL, NULL, NULL },
    { "co_names", get_co_names, NULL, NULL, NULL },
    { "co_filename", get_co_filename, NULL, NULL, NULL },
    { "co_name", get_co_name, NULL, NULL, NULL },
    { "co_qualname", get_co_qualname, NULL, NULL, NULL },
    { "co_varnames", get_varnames, NULL, NULL, NULL },
    { "co_cellvars", get_cellvars, NULL, NULL, NULL },
    { "co_freevars", get_freevars, NULL, NULL, NULL },
    { "co_code", get_code, NULL, NULL, NULL },
    { "co_exceptiontable", get_exctab, NULL, NULL, NULL },
    { "co_linetable", get_linetable, NULL, NULL, NULL },
    { NULL }
};

static KrObject *int_or_none(int32_t v)
{
    return v < 0 ? kr_newref(Kr_None) : kr_int_from_long(v);
}

/* co_lines(): (start, end, line) byte ranges, merging runs of one line */
static KrObject *code_co_lines(KrObject *self, KrObject *unused)
{
    KrCodeObject *co = (KrCodeObject *)self;
    KrObject *list = kr_list_new(0);
    if (!list)
        return NULL;
    int32_t i = 0;
    while (i < co->co_ninstrs) {
        int32_t line = co->co_positions[i].lineno, j = i + 1;
        while (j < co->co_ninstrs && co->co_positions[j].lineno == line)
            j++;
        KrObject *l = int_or_none(line);
        KrObject *a = kr_int_from_long(4 * i), *b = kr_int_from_long(4 * j);
        KrObject *t = (l && a && b) ? kr_tuple_pack(3, a, b, l) : NULL;
        KR_XDECREF(l); KR_XDECREF(a); KR_XDECREF(b);
        if (!t || kr_list_append_steal(list, t) < 0) {
            KR_DECREF(list);
            return NULL;
        }
        i = j;
    }
    KrObject *it = kr_object_getiter(list);
    KR_DECREF(list);
    return it;
}

static KrObject *code_co_positions(KrObject *self, KrObject *unused)
{
    KrCodeObject *co = (KrCodeObject *)self;
    KrObject *list = kr_list_new(0);
    if (!list)
        return NULL;
    for (int32_t i = 0; i < co->co_ninstrs; i++) {
        KrPosition *p = &co->co_positions[i];
        KrObject *v[4] = { int_or_none(p->lineno), int_or_none(p->end_lineno),
                           int_or_none(p->col), int_or_none(p->end_col) };
        KrObject *t = (v[0] && v[1] && v[2] && v[3]) ? kr_tuple_from_array(v, 4) : NULL;
        for (int k = 0; k < 4; k++)
            KR_XDECREF(v[k]);
        if (!t || kr_list_append_steal(list, t) < 0) {
            KR_DECREF(list);
            return NULL;
        }
    }
    KrObject *it = kr_object_getiter(list);
    KR_DECREF(list);
    return it;
}

/* code.replace(**changes): a copy with some fields replaced */
static KrObject *code_replace(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrCodeObject *co = (KrCodeObject *)self;
    if (nargs) {
        kr_err_format(KrExc_TypeError, "replace() takes no positional arguments");
        return NULL;
    }
    int32_t ints[7] = { co->co_argcount, co->co_posonlyargcount, co->co_kwonlyargcount,
                        co->co_stacksize, co->co_flags, co->co_firstlineno, 0 };
    static const char *const intnames[] = { "co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
                                            "co_stacksize", "co_flags", "co_firstlineno" };
    KrObject *consts = co->co_consts, *names = co->co_names, *filename = co->co_filename,
             *name = co->co_name, *qualname = co->co_qualname, *code = NULL,
             *lpnames = co->co_localsplusnames;
    ssize_t nkw = kwnames ? KR_TUPLE_LEN(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; k++) {
        KrObject *key = KR_TUPLE_GET(kwnames, k), *v = args[k];
        const char *ks = kr_str_utf8(key);
        if (!ks)
            return NULL;
        int done = 0;
        for (int j = 0; j < 6; j++) {
            if (strcmp(ks, intnames[j]) == 0) {
                if (!KR_INT_CHECK(v)) {
                    kr_err_format(KrExc_TypeError, "replace() argument '%s' must be int, not %T", ks, v);
                    return NULL;
                }
                long x = kr_int_as_long(v);
                if (x == -1 && kr_err_occurred())
                    return NULL;
                ints[j] = (int32_t)x;
                done = 1;
            }
        }
        if (done)
            continue;
        if (strcmp(ks, "co_consts") == 0 || strcmp(ks, "co_names") == 0 ||
            strcmp(ks, "co_varnames") == 0) {
            if (!KR_TUPLE_CHECK(v)) {
                kr_err_format(KrExc_TypeError, "replace() argument '%s' must be tuple, not %T", ks, v);
                return NULL;
            }
            if (ks[3] == 'c')
                consts = v;
            else if (ks[3] == 'n')
                names = v;
            else {
                /* renaming locals: only the local slots can change */
                ssize_t nl = co->co_nlocals;
                if (KR_TUPLE_LEN(v) != nl) {
                    kr_err_format(KrExc_ValueError, "co_varnames has wrong length");
                    return NULL;
                }
                lpnames = v;
            }
        } else if (strcmp(ks, "co_filename") == 0 || strcmp(ks, "co_name") == 0 ||
                   strcmp(ks, "co_qualname") == 0) {
            if (!KR_STR_CHECK(v)) {
                kr_err_format(KrExc_TypeError, "replace() argument '%s' must be str, not %T", ks, v);
                return NULL;
            }
            if (ks[3] == 'f')
                filename = v;
            else if (ks[3] == 'n')
                name = v;
            else
                qualname = v;
        } else if (strcmp(ks, "co_code") == 0) {
            if (!KR_BYTES_CHECK(v)) {
                kr_err_format(KrExc_TypeError, "replace() argument 'co_code' must be bytes, not %T", v);
                return NULL;
            }
            if (KR_BYTES_LEN(v) != (ssize_t)co->co_ninstrs * 4) {
                kr_err_format(KrExc_ValueError, "co_code must keep the instruction count");
                return NULL;
            }
            code = v;
        } else {
            kr_err_format(KrExc_TypeError, "replace() got an unexpected keyword argument '%s'", ks);
            return NULL;
        }
    }
    size_t ni = (size_t)co->co_ninstrs;
    kr_instr *instrs = kr_mem_alloc(ni * sizeof(kr_instr) + 1);
    KrPosition *pos = kr_mem_alloc(ni * sizeof(KrPosition) + 1);
    KrExcEntry *ex = kr_mem_alloc((size_t)co->co_nexctab * sizeof(KrExcEntry) + 1);
    if (!instrs || !pos || !ex) {
        kr_mem_free(instrs); kr_mem_free(pos); kr_mem_free(ex);
        return kr_err_nomemory();
    }
    if (code) {
        const unsigned char *p = (const unsigned char *)KR_BYTES_DATA(code);
        for (size_t i = 0; i < ni; i++)
            instrs[i] = (kr_instr)p[4 * i] | ((kr_instr)p[4 * i + 1] << 8) |
                        ((kr_instr)p[4 * i + 2] << 16) | ((kr_instr)p[4 * i + 3] << 24);
    } else {
        memcpy(instrs, co->co_instrs, ni * sizeof(kr_instr));
    }
    memcpy(pos, co->co_positions, ni * sizeof(KrPosition));
    memcpy(ex, co->co_exctab, (size_t)co->co_nexctab * sizeof(KrExcEntry));
    KrObject *lpn = lpnames;
    if (lpnames != co->co_localsplusnames) {
        /* new local names, then the cell/free names unchanged */
        ssize_t n = KR_TUPLE_LEN(co->co_localsplusnames);
        const unsigned char *kinds = (const unsigned char *)KR_BYTES_DATA(co->co_localspluskinds);
        lpn = kr_tuple_new(n);
        if (!lpn) {
            kr_mem_free(instrs); kr_mem_free(pos); kr_mem_free(ex);
            return NULL;
        }
        ssize_t j = 0;
        for (ssize_t i = 0; i < n; i++) {
            KrObject *nm = (kinds[i] & KR_FAST_LOCAL) ? KR_TUPLE_GET(lpnames, j++)
                                                      : KR_TUPLE_GET(co->co_localsplusnames, i);
            KR_TUPLE_SET(lpn, i, kr_newref(nm));
        }
    } else {
        KR_INCREF(lpn);
    }
    KrObject *r = kr_code_new(ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], instrs,
                              co->co_ninstrs, consts, names, lpn, co->co_localspluskinds,
                              filename, name, qualname, ex, co->co_nexctab, pos);
    KR_DECREF(lpn);
    return r;
}

static KrObject *code_sizeof(KrObject *self, KrObject *unused)
{
    KrCodeObject *co = (KrCodeObject *)self;
    return kr_int_from_ssize((ssize_t)sizeof(KrCodeObject) + co->co_ninstrs * (ssize_t)(sizeof(kr_instr) + sizeof(KrPosition)));
}

static KrMethodDef code_methods[] = {
    { "co_lines", KR_CFUNC(code_co_lines), KR_METH_NOARGS, NULL },
    { "co_positions", KR_CFUNC(code_co_positions), KR_METH_NOARGS, NULL },
    { "replace", KR_CFUNC(code_replace), KR_METH_FASTCALL | KR_METH_KEYWORDS, "Return a copy of the code object with new values for the specified fields." },
    { "__sizeof__", KR_CFUNC(code_sizeof), KR_METH_NOARGS, NULL },
    { NULL }
};

static KrObject *code_repr(KrObject *self)
{
    KrCodeObject *co = (KrCodeObject *)self;
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)co);
    if (co->co_firstlineno > 0)
        return kr_str_from_format("<code object %U at %s, file \"%U\", line %d>", co->co_name, addr,
                                  co->co_filename, (int)co->co_firstlineno);
    return kr_str_from_format("<code object %U at %s, file \"%U\", line ??" "?>", co->co_name, addr,
                              co->co_filename);
}

/* equality compares what the code does and where it came from, as CPython */
static int code_equal(KrCodeObject *a, KrCodeObject *b)
{
    if (a->co_argcount != b->co_argcount || a->co_posonlyargcount != b->co_posonlyargcount ||
        a->co_kwonlyargcount != b->co_kwonlyargcount || a->co_flags != b->co_flags ||
        a->co_firstlineno != b->co_firstlineno || a->co_ninstrs != b->co_ninstrs ||
        a->co_nexctab != b->co_nexctab)
        return 0;
    if (memcmp(a->co_instrs, b->co_instrs, (size_t)a->co_ninstrs * sizeof(kr_instr)) != 0)
        return 0;
    if (memcmp(a->co_positions, b->co_positions, (size_t)a->co_ninstrs * sizeof(KrPosition)) != 0)
        return 0;
    if (a->co_nexctab && memcmp(a->co_exctab, b->co_exctab, (size_t)a->co_nexctab * sizeof(KrExcEntry)) != 0)
        return 0;
    KrObject *pa[] = { a->co_name, a->co_names, a->co_localsplusnames, a->co_localspluskinds, a->co_consts };
    KrObject *pb[] = { b->co_name, b->co_names, b->co_localsplusnames, b->co_localspluskinds, b->co_consts };
    for (int i = 0; i < 5; i++) {
        int r = kr_object_richcompare_bool(pa[i], pb[i], KR_EQ);
        if (r <= 0)
            return r;
    }
    return 1;
}

static KrObject *code_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !KR_CODE_CHECK(a) || !KR_CODE_CHECK(b))
        KR_RETURN_NOTIMPL;
    int r = a == b ? 1 : code_equal((KrCodeObject *)a, (KrCodeObject *)b);
    if (r < 0)
        return NULL;
    return kr_newref(kr_bool_from(op == KR_EQ ? r : !r));
}

static kr_hash_t code_hash(KrObject *self)
{
    KrCodeObject *co = (KrCodeObject *)self;
    kr_hash_t h = kr_object_hash(co->co_name);
    if (h == -1)
        return -1;
    kr_hash_t h2 = kr_object_hash(co->co_names);
    if (h2 == -1)
        return -1;
    uint64_t x = (uint64_t)h ^ ((uint64_t)h2 * 1000003u);
    x ^= kr_hash_bytes(co->co_instrs, (size_t)co->co_ninstrs * sizeof(kr_instr));
    x ^= (uint64_t)co->co_argcount * 31u + (uint64_t)co->co_flags * 131u + (uint64_t)co->co_firstlineno;
    if ((kr_hash_t)x == -1)
        x = (uint64_t)-2;
    return (kr_hash_t)x;
}

KrTypeObject KrCode_Type = {
    KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "code",
    .tp_basicsize = sizeof(KrCodeObject),
    .tp_dealloc = code_dealloc,
    .tp_repr = code_repr,
    .tp_hash = code_hash,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Create a code object.  Not for the faint of heart.",
    .tp_traverse = code_traverse,
    .tp_clear = code_clear,
    .tp_richcompare = code_richcompare,
    .tp_weaklistoffset = offsetof(KrCodeObject, co_weakreflist),
    .tp_methods = code_methods,
    .tp_getset = code_getset,
};
