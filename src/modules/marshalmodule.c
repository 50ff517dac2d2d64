/* marshalmodule.c: the marshal module: Krait's own serialisation of code
 * objects and constants, used for cached bytecode (the .pyc files in __pycache__).
 *
 * The format is Krait's (marshal data is implementation-specific): a type
 * byte, then a little-endian payload.  Ints are sign + magnitude in bytes,
 * so any size round-trips; code objects store every field kr_code_new
 * takes, including the exception table and positions.  Loading checks every
 * length against the bytes left and rejects anything malformed with
 * ValueError/EOFError, so a corrupt cache file can never crash the reader.
 */
#include <math.h>
#include "kr.h"

#define MARSHAL_VERSION 1
#define MAX_DEPTH 2000

enum {
    M_NONE = 'N', M_TRUE = 'T', M_FALSE = 'F', M_ELLIPSIS = '.', M_INT = 'i', M_FLOAT = 'g',
    M_COMPLEX = 'y', M_STR = 'u', M_BYTES = 's', M_TUPLE = '(', M_LIST = '[', M_DICT = '{',
    M_SET = '<', M_FROZENSET = '>', M_CODE = 'c', M_STOPITER = 'S',
};

/* ---- writing ---- */
typedef struct { KrBuf b; int depth; } Writer;

static void w_byte(Writer *w, int c) { kr_buf_putc(&w->b, (char)c); }
static void w_u32(Writer *w, uint32_t v)
{
    char s[4] = {(char)v, (char)(v >> 8), (char)(v >> 16), (char)(v >> 24)};
    kr_buf_put(&w->b, s, 4);
}
static void w_i32(Writer *w, int32_t v) { w_u32(w, (uint32_t)v); }
static void w_u64(Writer *w, uint64_t v) { w_u32(w, (uint32_t)v); w_u32(w, (uint32_t)(v >> 32)); }
static void w_bytes(Writer *w, const void *p, size_t n) { w_u64(w, n); kr_buf_put(&w->b, p, n); }

static int w_object(Writer *w, KrObject *o);

static int w_seq(Writer *w, int type, KrObject *const *items, ssize_t n)
{
    w_byte(w, type);
    w_u64(w, (uint64_t)n);
    for (ssize_t i = 0; i < n; i++)
        if (w_object(w, items[i]) < 0)
            return -1;
    return 0;
}

static int w_code(Writer *w, KrCodeObject *co)
{
    w_byte(w, M_CODE);
    int32_t ints[] = {co->co_argcount, co->co_posonlyargcount, co->co_kwonlyargcount,
                      co->co_stacksize, co->co_flags, co->co_firstlineno, co->co_ninstrs,
                      co->co_nexctab};
    for (size_t i = 0; i < KR_ARRAY_LEN(ints); i++)
        w_i32(w, ints[i]);
    for (int32_t i = 0; i < co->co_ninstrs; i++)
        w_u32(w, co->co_instrs[i]);
    for (int32_t i = 0; i < co->co_nexctab; i++) {
        KrExcEntry *e = &co->co_exctab[i];
        w_i32(w, e->start); w_i32(w, e->end); w_i32(w, e->target); w_i32(w, e->depth);
        w_i32(w, e->push_lasti);
    }
    w_byte(w, co->co_positions != NULL);
    if (co->co_positions)
        for (int32_t i = 0; i < co->co_ninstrs; i++) {
            KrPosition *p = &co->co_positions[i];
            w_i32(w, p->lineno); w_i32(w, p->end_lineno); w_i32(w, p->col); w_i32(w, p->end_col);
        }
    KrObject *objs[] = {co->co_consts, co->co_names, co->co_localsplusnames, co->co_localspluskinds,
                        co->co_filename, co->co_name, co->co_qualname};
    for (size_t i = 0; i < KR_ARRAY_LEN(objs); i++)
        if (w_object(w, objs[i]) < 0)
            return -1;
    return 0;
}

static int w_object(Writer *w, KrObject *o)
{
    if (++w->depth > MAX_DEPTH) {
        kr_err_set_string(KrExc_ValueError, "object too deeply nested to marshal");
        return -1;
    }
    int r = 0;
    if (o == Kr_None) {
        w_byte(w, M_NONE);
    } else if (o == Kr_True) {
        w_byte(w, M_TRUE);
    } else if (o == Kr_False) {
        w_byte(w, M_FALSE);
    } else if (o == Kr_Ellipsis) {
        w_byte(w, M_ELLIPSIS);
    } else if (o == KR_OBJ(&KrExc_StopIteration_Type)) {
        w_byte(w, M_STOPITER);
    } else if (KR_INT_CHECK_EXACT(o)) {
        int sign = kr_int_sign(o);
        size_t nbytes = (kr_int_bit_length(o) + 7) / 8;
        KrObject *mag = sign < 0 ? kr_number_negative(o) : kr_newref(o);
        KrObject *b = mag ? kr_int_to_bytes(mag, (ssize_t)(nbytes ? nbytes : 1), 1, 0) : NULL;
        kr_xdecref(mag);
        if (!b) {
            r = -1;
        } else {
            w_byte(w, M_INT);
            w_byte(w, sign < 0);
            w_bytes(w, KR_BYTES_DATA(b), (size_t)KR_BYTES_LEN(b));
            kr_decref(b);
        }
    } else if (KR_FLOAT_CHECK_EXACT(o)) {
        double d = KR_FLOAT_AS_DOUBLE(o);
        uint64_t bits;
        memcpy(&bits, &d, 8);
        w_byte(w, M_FLOAT);
        w_u64(w, bits);
    } else if (KR_TYPE(o) == &KrComplex_Type) {
        kr_complex c = ((KrComplexObject *)o)->cval;
        uint64_t a, b;
        memcpy(&a, &c.real, 8);
        memcpy(&b, &c.imag, 8);
        w_byte(w, M_COMPLEX);
        w_u64(w, a);
        w_u64(w, b);
    } else if (KR_STR_CHECK_EXACT(o)) {
        ssize_t n;
        const char *u = kr_str_utf8_len(o, &n);
        if (!u) {
            /* lone surrogates: keep the code points */
            kr_err_clear();
            w_byte(w, 'U');
            w_u64(w, (uint64_t)KR_STR_LEN(o));
            for (ssize_t i = 0; i < KR_STR_LEN(o); i++)
                w_u32(w, KR_STR_READ(o, i));
        } else {
            w_byte(w, M_STR);
            w_bytes(w, u, (size_t)n);
        }
    } else if (KR_BYTES_CHECK(o) && KR_TYPE(o) == &KrBytes_Type) {
        w_byte(w, M_BYTES);
        w_bytes(w, KR_BYTES_DATA(o), (size_t)KR_BYTES_LEN(o));
    } else if (KR_TUPLE_CHECK_EXACT(o)) {
        r = w_seq(w, M_TUPLE, KR_TUPLE_ITEMS(o), KR_TUPLE_LEN(o));
    } else if (KR_LIST_CHECK_EXACT(o)) {
        r = w_seq(w, M_LIST, KR_LIST_ITEMS(o), KR_LIST_LEN(o));
    } else if (KR_DICT_CHECK_EXACT(o)) {
        w_byte(w, M_DICT);
        w_u64(w, (uint64_t)KR_DICT_LEN(o));
        ssize_t pos = 0;
        KrObject *k, *v;
        while (r == 0 && kr_dict_next(o, &pos, &k, &v))
            if (w_object(w, k) < 0 || w_object(w, v) < 0)
                r = -1;
    } else if (KR_TYPE(o) == &KrSet_Type || KR_TYPE(o) == &KrFrozenSet_Type) {
        w_byte(w, KR_TYPE(o) == &KrSet_Type ? M_SET : M_FROZENSET);
        w_u64(w, (uint64_t)kr_set_size(o));
        ssize_t pos = 0;
        KrObject *k;
        kr_hash_t h;
        while (r == 0 && kr_set_next(o, &pos, &k, &h))
            r = w_object(w, k);
    } else if (KR_CODE_CHECK(o)) {
        r = w_code(w, (KrCodeObject *)o);
    } else {
        kr_err_set_string(KrExc_ValueError, "unmarshallable object");
        r = -1;
    }
    w->depth--;
    if (r == 0 && w->b.failed) {
        kr_err_nomemory();
        r = -1;
    }
    return r;
}

KrObject *kr_marshal_dumps(KrObject *o)
{
    Writer w = {{0}, 0};
    kr_buf_init(&w.b);
    w_byte(&w, 'K');
    w_byte(&w, MARSHAL_VERSION);
    if (w_object(&w, o) < 0) {
        kr_buf_free(&w.b);
        return NULL;
    }
    KrObject *r = kr_bytes_from_data(w.b.data, (ssize_t)w.b.len);
    kr_buf_free(&w.b);
    return r;
}

/* ---- reading ---- */
typedef struct { const unsigned char *p, *end; int depth; } Reader;

static int need(Reader *r, size_t n)
{
    if ((size_t)(r->end - r->p) < n) {
        kr_err_set_string(&KrExc_EOFError_Type, "marshal data too short");
        return -1;
    }
    return 0;
}

static int r_u32(Reader *r, uint32_t *v)
{
    if (need(r, 4) < 0)
        return -1;
    *v = (uint32_t)r->p[0] | ((uint32_t)r->p[1] << 8) | ((uint32_t)r->p[2] << 16) | ((uint32_t)r->p[3] << 24);
    r->p += 4;
    return 0;
}

static int r_u64(Reader *r, uint64_t *v)
{
    uint32_t lo, hi;
    if (r_u32(r, &lo) < 0 || r_u32(r, &hi) < 0)
        return -1;
    *v = lo | ((uint64_t)hi << 32);
    return 0;
}

static int r_len(Reader *r, size_t unit, ssize_t *n)
{
    uint64_t v;
    if (r_u64(r, &v) < 0)
        return -1;
    /* every element takes at least `unit` bytes: a count beyond what is
     * left is corrupt, whatever it claims */
    if (v > (uint64_t)(r->end - r->p) / (unit ? unit : 1)) {
        kr_err_set_string(KrExc_ValueError, "bad marshal data (length out of range)");
        return -1;
    }
    *n = (ssize_t)v;
    return 0;
}

static KrObject *r_object(Reader *r);

static KrObject *r_code(Reader *r)
{
    int32_t ints[8];
    for (int i = 0; i < 8; i++) {
        uint32_t v;
        if (r_u32(r, &v) < 0)
            return NULL;
        ints[i] = (int32_t)v;
    }
    int32_t ninstrs = ints[6], nexc = ints[7];
    if (ninstrs < 0 || nexc < 0 || (uint64_t)ninstrs * 4 > (uint64_t)(r->end - r->p) ||
        (uint64_t)nexc * 20 > (uint64_t)(r->end - r->p)) {
        kr_err_set_string(KrExc_ValueError, "bad marshal data (code object)");
        return NULL;
    }
    kr_instr *instrs = kr_mem_alloc(sizeof(kr_instr) * (size_t)(ninstrs ? ninstrs : 1));
    KrExcEntry *exc = kr_mem_alloc(sizeof(KrExcEntry) * (size_t)(nexc ? nexc : 1));
    KrPosition *pos = NULL;
    KrObject *objs[7] = {NULL};
    KrObject *result = NULL;
    if (!instrs || !exc) {
        kr_err_nomemory();
        goto done;
    }
    for (int32_t i = 0; i < ninstrs; i++)
        if (r_u32(r, &instrs[i]) < 0)
            goto done;
    for (int32_t i = 0; i < nexc; i++) {
        uint32_t v[5];
        for (int j = 0; j < 5; j++)
            if (r_u32(r, &v[j]) < 0)
                goto done;
        exc[i] = (KrExcEntry){(int32_t)v[0], (int32_t)v[1], (int32_t)v[2], (int32_t)v[3], (int32_t)v[4]};
        if (exc[i].start < 0 || exc[i].end > ninstrs || exc[i].target < 0 || exc[i].target >= ninstrs ||
            exc[i].depth < 0) {
            kr_err_set_string(KrExc_ValueError, "bad marshal data (exception table)");
            goto done;
        }
    }
    if (need(r, 1) < 0)
        goto done;
    if (*r->p++) {
        if ((uint64_t)ninstrs * 16 > (uint64_t)(r->end - r->p)) {
            kr_err_set_string(KrExc_ValueError, "bad marshal data (positions)");
            goto done;
        }
        pos = kr_mem_alloc(sizeof(KrPosition) * (size_t)(ninstrs ? ninstrs : 1));
        if (!pos) {
            kr_err_nomemory();
            goto done;
        }
        for (int32_t i = 0; i < ninstrs; i++) {
            uint32_t v[4];
            for (int j = 0; j < 4; j++)
                if (r_u32(r, &v[j]) < 0)
                    goto done;
            pos[i] = (KrPosition){(int32_t)v[0], (int32_t)v[1], (int32_t)v[2], (int32_t)v[3]};
        }
    }
    for (int i = 0; i < 7; i++)
        if (!(objs[i] = r_object(r)))
            goto done;
    /* the reader trusts nothing: shapes are checked before the VM sees it */
    if (!KR_TUPLE_CHECK_EXACT(objs[0]) || !KR_TUPLE_CHECK_EXACT(objs[1]) ||
        !KR_TUPLE_CHECK_EXACT(objs[2]) || KR_TYPE(objs[3]) != &KrBytes_Type ||
        KR_BYTES_LEN(objs[3]) != KR_TUPLE_LEN(objs[2]) || !KR_STR_CHECK(objs[4]) ||
        !KR_STR_CHECK(objs[5]) || !KR_STR_CHECK(objs[6])) {
        kr_err_set_string(KrExc_ValueError, "bad marshal data (code object fields)");
        goto done;
    }
    for (int32_t i = 0; i < ninstrs; i++) {
        int op = KR_INSTR_OP(instrs[i]), arg = KR_INSTR_ARG(instrs[i]);
        int fl = op < KR_OP_COUNT ? kr_opcode_flags[op] : -1;
        bool bad = fl < 0;
        if (!bad && (fl & KR_OPF_CONST))
            bad = arg >= KR_TUPLE_LEN(objs[0]);
        else if (!bad && (fl & KR_OPF_NAME))
            bad = (op == KR_OP_LOAD_GLOBAL || op == KR_OP_LOAD_ATTR ? arg >> 1 : arg) >= KR_TUPLE_LEN(objs[1]);
        else if (!bad && (fl & (KR_OPF_LOCAL | KR_OPF_FREE)))
            bad = arg >= KR_TUPLE_LEN(objs[2]);
        else if (!bad && (fl & KR_OPF_JUMP))
            bad = arg > ninstrs;
        if (bad) {
            kr_err_set_string(KrExc_ValueError, "bad marshal data (instruction operand)");
            goto done;
        }
    }
    result = kr_code_new(ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], instrs, ninstrs,
                         objs[0], objs[1], objs[2], objs[3], objs[4], objs[5], objs[6], exc, nexc, pos);
    instrs = NULL;
    exc = NULL;
    pos = NULL;
done:
    kr_mem_free(instrs);
    kr_mem_free(exc);
    kr_mem_free(pos);
    for (int i = 0; i < 7; i++)
        kr_xdecref(objs[i]);
    return result;
}

static KrObject *r_object(Reader *r)
{
    if (++r->depth > MAX_DEPTH) {
        kr_err_set_string(KrExc_ValueError, "recursion limit exceeded");
        return NULL;
    }
    KrObject *res = NULL;
    if (need(r, 1) < 0)
        goto out;
    int type = *r->p++;
    ssize_t n;
    switch (type) {
    case M_NONE: res = kr_newref(Kr_None); break;
    case M_TRUE: res = kr_newref(Kr_True); break;
    case M_FALSE: res = kr_newref(Kr_False); break;
    case M_ELLIPSIS: res = kr_newref(Kr_Ellipsis); break;
    case M_STOPITER: res = kr_newref(KR_OBJ(&KrExc_StopIteration_Type)); break;
    case M_INT: {
        if (need(r, 1) < 0)
            break;
        int neg = *r->p++;
        if (r_len(r, 1, &n) < 0)
            break;
        KrObject *mag = kr_int_from_bytes(r->p, n, 1, 0);
        r->p += n;
        if (mag && neg) {
            res = kr_number_negative(mag);
            kr_decref(mag);
        } else {
            res = mag;
        }
        break;
    }
    case M_FLOAT: {
        uint64_t b;
        if (r_u64(r, &b) < 0)
            break;
        double d;
        memcpy(&d, &b, 8);
        res = kr_float_from_double(d);
        break;
    }
    case M_COMPLEX: {
        uint64_t a, b;
        if (r_u64(r, &a) < 0 || r_u64(r, &b) < 0)
            break;
        double x, y;
        memcpy(&x, &a, 8);
        memcpy(&y, &b, 8);
        res = kr_complex_from_doubles(x, y);
        break;
    }
    case M_STR:
        if (r_len(r, 1, &n) < 0)
            break;
        res = kr_str_from_utf8((const char *)r->p, n);
        r->p += n;
        if (res)
            res = kr_str_intern(res);
        break;
    case 'U': {
        if (r_len(r, 4, &n) < 0)
            break;
        uint32_t *cps = kr_mem_alloc(sizeof(uint32_t) * (size_t)(n ? n : 1));
        if (!cps) {
            kr_err_nomemory();
            break;
        }
        for (ssize_t i = 0; i < n; i++) {
            r_u32(r, &cps[i]);
            if (cps[i] > 0x10FFFF) {
                kr_mem_free(cps);
                kr_err_set_string(KrExc_ValueError, "bad marshal data (code point)");
                goto out;
            }
        }
        res = kr_str_from_ucs4(cps, n);
        kr_mem_free(cps);
        break;
    }
    case M_BYTES:
        if (r_len(r, 1, &n) < 0)
            break;
        res = kr_bytes_from_data(r->p, n);
        r->p += n;
        break;
    case M_TUPLE:
    case M_LIST: {
        if (r_len(r, 1, &n) < 0)
            break;
        KrObject *l = type == M_TUPLE ? kr_tuple_new(n) : kr_list_new(n);
        if (!l)
            break;
        for (ssize_t i = 0; i < n; i++) {
            KrObject *v = r_object(r);
            if (!v) {
                for (ssize_t j = i; j < n; j++) {
                    if (type == M_TUPLE)
                        KR_TUPLE_SET(l, j, kr_newref(Kr_None));
                    else
                        KR_LIST_SET(l, j, kr_newref(Kr_None));
                }
                kr_decref(l);
                l = NULL;
                break;
            }
            if (type == M_TUPLE)
                KR_TUPLE_SET(l, i, v);
            else
                KR_LIST_SET(l, i, v);
        }
        res = l;
        break;
    }
    case M_DICT: {
        if (r_len(r, 2, &n) < 0)
            break;
        KrObject *d = kr_dict_new();
        for (ssize_t i = 0; d && i < n; i++) {
            KrObject *k = r_object(r);
            KrObject *v = k ? r_object(r) : NULL;
            if (!v || kr_dict_set(d, k, v) < 0)
                KR_CLEAR(d);
            kr_xdecref(k);
            kr_xdecref(v);
        }
        res = d;
        break;
    }
    case M_SET:
    case M_FROZENSET: {
        if (r_len(r, 1, &n) < 0)
            break;
        KrObject *s = kr_set_new(NULL);
        for (ssize_t i = 0; s && i < n; i++) {
            KrObject *k = r_object(r);
            if (!k || kr_set_add(s, k) < 0)
                KR_CLEAR(s);
            kr_xdecref(k);
        }
        if (s && type == M_FROZENSET) {
            res = kr_frozenset_new(s);
            kr_decref(s);
        } else {
            res = s;
        }
        break;
    }
    case M_CODE:
        res = r_code(r);
        break;
    default:
        kr_err_set_string(KrExc_ValueError, "bad marshal data (unknown type code)");
        break;
    }
out:
    r->depth--;
    return res;
}

KrObject *kr_marshal_loads(const void *data, ssize_t len, ssize_t *consumed)
{
    Reader r = {data, (const unsigned char *)data + len, 0};
    if (len < 2 || r.p[0] != 'K' || r.p[1] != MARSHAL_VERSION) {
        kr_err_set_string(len < 2 ? &KrExc_EOFError_Type : KrExc_ValueError,
                          len < 2 ? "EOF read where object expected" : "bad marshal data (unknown format)");
        return NULL;
    }
    r.p += 2;
    KrObject *o = r_object(&r);
    if (o && consumed)
        *consumed = (ssize_t)(r.p - (const unsigned char *)data);
    return o;
}

/* ---- the module ---- */
static KrObject *m_dumps(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("dumps", nargs, 1, 2) < 0)
        return NULL;
    return kr_marshal_dumps(args[0]);
}

static KrObject *m_loads(KrObject *m, KrObject *arg)
{
    KrBuffer view;
    if (kr_object_get_buffer(arg, &view, KR_BUF_SIMPLE) < 0)
        return NULL;
    KrObject *o = kr_marshal_loads(view.buf, view.len, NULL);
    kr_buffer_release(&view);
    return o;
}

static KrObject *m_dump(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("dump", nargs, 2, 3) < 0)
        return NULL;
    KrObject *b = kr_marshal_dumps(args[0]);
    if (!b)
        return NULL;
    KrObject *r = kr_object_call_method(args[1], KR_ID(write), &b, 1);
    kr_decref(b);
    if (!r)
        return NULL;
    kr_decref(r);
    KR_RETURN_NONE;
}

static KrObject *m_load(KrObject *m, KrObject *file)
{
    KrObject *data = kr_object_call_method_str(file, "read", NULL, 0);
    if (!data)
        return NULL;
    if (!KR_BYTES_CHECK(data)) {
        kr_decref(data);
        return kr_err_format(KrExc_TypeError, "file.read() returned not bytes");
    }
    KrObject *o = kr_marshal_loads(KR_BYTES_DATA(data), KR_BYTES_LEN(data), NULL);
    kr_decref(data);
    return o;
}

static KrMethodDef marshal_methods[] = {
    {"dumps", KR_CFUNC(m_dumps), KR_METH_FASTCALL, NULL},
    {"loads", KR_CFUNC(m_loads), KR_METH_O, NULL},
    {"dump", KR_CFUNC(m_dump), KR_METH_FASTCALL, NULL},
    {"load", KR_CFUNC(m_load), KR_METH_O, NULL},
    {NULL},
};

KrObject *kr_marshal_module_init(void)
{
    KrObject *m = kr_module_new_cstr("marshal");
    if (!m || kr_module_add_functions(m, marshal_methods) < 0 ||
        kr_module_add_int(m, "version", MARSHAL_VERSION) < 0) {
        kr_xdecref(m);
        return NULL;
    }
    return m;
}
