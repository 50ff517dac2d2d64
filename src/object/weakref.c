/* weakref.c: weak references and proxies, and the _weakref module.
 *
 * A weakly referenceable type reserves a pointer at tp_weaklistoffset: the
 * head of a doubly linked list of the weak references to that object.  A
 * weak reference holds no count on its referent.  When the referent dies
 * (its dealloc calls kr_weakref_clear_refs) every reference in the list is
 * cleared first and only then are the callbacks called, each with its
 * reference, so no callback can see a half-cleared list.  For cyclic
 * garbage the collector does the same before any finalizer runs
 * (kr_weakref_gc_hook), calling only the callbacks of references that are
 * not garbage themselves, as CPython does.
 */
#include "kr.h"
#include "object/weakref.h"

/* The list head of o's weak references, or NULL.  Immortal objects get
 * none even when their type has the field: they are shared by every
 * interpreter (a list would be shared mutable state), never die (so there
 * is nothing to clear) and, for static types, lack the field altogether.
 * Their weak references are simply never linked. */
static KrObject **weaklist_ptr(KrObject *o)
{
    ssize_t off = KR_TYPE(o)->tp_weaklistoffset;
    return off > 0 && !kr_is_immortal(o) ? (KrObject **)((char *)o + off) : NULL;
}

int kr_weakref_supported(KrObject *o)
{
    return KR_TYPE(o)->tp_weaklistoffset > 0;
}

static void insert_head(KrWeakrefObject *r, KrObject **head)
{
    KrWeakrefObject *h = (KrWeakrefObject *)*head;
    r->wr_prev = NULL;
    r->wr_next = h;
    if (h)
        h->wr_prev = r;
    *head = KR_OBJ(r);
}

static void unlink_ref(KrWeakrefObject *r)
{
    if (r->wr_object && r->wr_object != Kr_None) {
        KrObject **head = weaklist_ptr(r->wr_object);
        if (head && *head == KR_OBJ(r))
            *head = KR_OBJ(r->wr_next);
    }
    if (r->wr_prev)
        r->wr_prev->wr_next = r->wr_next;
    if (r->wr_next)
        r->wr_next->wr_prev = r->wr_prev;
    r->wr_prev = r->wr_next = NULL;
}

static KrObject *new_ref(KrTypeObject *t, KrObject *ob, KrObject *callback)
{
    if (!kr_weakref_supported(ob))
        return kr_err_format(KrExc_TypeError, "cannot create weak reference to '%s' object",
                             kr_object_type_name(ob));
    KrObject **head = weaklist_ptr(ob);   /* NULL: immortal, left unlinked */
    if (callback == Kr_None)
        callback = NULL;
    /* a plain reference without callback is shared, as in CPython */
    if (head && !callback && (t == &KrWeakref_Type)) {
        for (KrWeakrefObject *r = (KrWeakrefObject *)*head; r; r = r->wr_next)
            if (KR_TYPE(r) == &KrWeakref_Type && !r->wr_callback)
                return kr_newref(KR_OBJ(r));
    }
    KrWeakrefObject *r = (KrWeakrefObject *)kr_object_alloc(t, 0);
    if (!r)
        return NULL;
    r->wr_object = ob;
    r->wr_callback = kr_xnewref(callback);
    r->hash = -1;
    if (head)
        insert_head(r, head);
    else
        r->wr_prev = r->wr_next = NULL;
    kr_gc_track(KR_OBJ(r));
    return KR_OBJ(r);
}

KrObject *kr_weakref_new(KrObject *ob, KrObject *callback)
{
    return new_ref(&KrWeakref_Type, ob, callback);
}

KrObject *kr_weakref_get(KrObject *ref)
{
    KrObject *o = ((KrWeakrefObject *)ref)->wr_object;
    return o ? o : Kr_None;
}

static void call_callback(KrObject *ref, KrObject *cb)
{
    KrObject *r = kr_object_vectorcall(cb, &ref, 1, NULL);
    if (!r)
        kr_err_write_unraisable(cb, NULL);
    kr_xdecref(r);
}

void kr_weakref_clear_refs(KrObject *o)
{
    KrObject **head = weaklist_ptr(o);
    if (!head || !*head)
        return;
    KrObject *saved = kr_err_fetch();
    /* clear every reference first, keeping the ones with callbacks alive */
    ssize_t n = 0;
    for (KrWeakrefObject *r = (KrWeakrefObject *)*head; r; r = r->wr_next)
        n++;
    KrObject *stackbuf[16];
    KrObject **pending = n <= 16 ? stackbuf : kr_mem_alloc(sizeof(KrObject *) * (size_t)n * 2);
    ssize_t np = 0;
    while (*head) {
        KrWeakrefObject *r = (KrWeakrefObject *)*head;
        unlink_ref(r);
        r->wr_object = Kr_None;
        if (r->wr_callback && pending && KR_REFCNT(r) > 0) {
            if (n > 16 || np < 16) {
                pending[np++] = kr_newref(KR_OBJ(r));
            }
        }
    }
    for (ssize_t i = 0; i < np; i++) {
        KrWeakrefObject *r = (KrWeakrefObject *)pending[i];
        KrObject *cb = r->wr_callback;
        r->wr_callback = NULL;
        if (cb) {
            call_callback(KR_OBJ(r), cb);
            kr_decref(cb);
        }
        kr_decref(KR_OBJ(r));
    }
    if (pending != stackbuf)
        kr_mem_free(pending);
    kr_err_restore(saved);
}

/* collector hook: clear weak references to unreachable objects before any
 * finalizer runs; callbacks run only for references that will survive */
void kr_weakref_gc_hook(KrGCHead *unreachable)
{
    KrObject *callbacks = NULL;
    for (KrGCHead *g = unreachable->gc_next; g != unreachable; g = g->gc_next) {
        KrObject *o = KR_FROM_GC(g);
        KrObject **head = weaklist_ptr(o);
        if (!head)
            continue;
        while (*head) {
            KrWeakrefObject *r = (KrWeakrefObject *)*head;
            unlink_ref(r);
            r->wr_object = Kr_None;
            if (r->wr_callback && !kr_gc_in_unreachable(KR_OBJ(r))) {
                if (!callbacks)
                    callbacks = kr_list_new(0);
                if (callbacks)
                    kr_list_append(callbacks, KR_OBJ(r));
            }
        }
    }
    if (!callbacks)
        return;
    for (ssize_t i = 0; i < KR_LIST_LEN(callbacks); i++) {
        KrWeakrefObject *r = (KrWeakrefObject *)KR_LIST_GET(callbacks, i);
        KrObject *cb = r->wr_callback;
        r->wr_callback = NULL;
        if (cb) {
            call_callback(KR_OBJ(r), cb);
            kr_decref(cb);
        }
    }
    kr_decref(callbacks);
}

/* ---- the ref type ---- */
static KrObject *ref_call(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_arg_no_kw("weakref", kwnames) < 0 || kr_arg_count("weakref", nargs, 0, 0) < 0)
        return NULL;
    return kr_newref(kr_weakref_get(self));
}

static kr_hash_t ref_hash(KrObject *self)
{
    KrWeakrefObject *r = (KrWeakrefObject *)self;
    if (r->hash != -1)
        return r->hash;
    KrObject *o = kr_weakref_get(self);
    if (o == Kr_None) {
        kr_err_set_string(KrExc_TypeError, "weak object has gone away");
        return -1;
    }
    r->hash = kr_object_hash(o);
    return r->hash;
}

static KrObject *ref_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !KR_TYPE_CHECK(b, &KrWeakref_Type))
        KR_RETURN_NOTIMPL;
    KrObject *oa = kr_weakref_get(a), *ob = kr_weakref_get(b);
    if (oa == Kr_None || ob == Kr_None) {
        int same = a == b;
        return kr_newref(kr_bool_from(op == KR_EQ ? same : !same));
    }
    kr_incref(oa);
    kr_incref(ob);
    KrObject *r = kr_object_richcompare(oa, ob, op);
    kr_decref(oa);
    kr_decref(ob);
    return r;
}

static KrObject *ref_repr(KrObject *self)
{
    KrObject *o = kr_weakref_get(self);
    if (o == Kr_None)
        return kr_str_from_format("<weakref at %p; dead>", self);
    KrObject *name = NULL;
    if (kr_object_lookup_attr(o, KR_ID(__name__), &name) < 0)
        kr_err_clear();
    KrObject *r;
    if (name && KR_STR_CHECK(name))
        r = kr_str_from_format("<weakref at %p; to '%s' at %p (%U)>", self,
                               KR_TYPE(o)->tp_name, o, name);
    else
        r = kr_str_from_format("<weakref at %p; to '%s' at %p>", self, KR_TYPE(o)->tp_name, o);
    kr_xdecref(name);
    return r;
}

static int ref_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrWeakrefObject *)self)->wr_callback);
    return 0;
}

static int ref_clear(KrObject *self)
{
    KrWeakrefObject *r = (KrWeakrefObject *)self;
    if (r->wr_object && r->wr_object != Kr_None) {
        unlink_ref(r);
        r->wr_object = Kr_None;
    }
    KR_CLEAR(r->wr_callback);
    return 0;
}

static void ref_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    ref_clear(self);
    kr_object_free(self);   /* a heap subtype\'s type is released by subtype_dealloc */
}

static KrObject *ref_tp_new(KrTypeObject *t, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_arg_count(t == &KrWeakref_Type ? "weakref.ReferenceType" : t->tp_name, nargs, 1, 2) < 0)
        return NULL;
    return new_ref(t, args[0], nargs > 1 ? args[1] : NULL);
}

static int ref_init(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return 0;
}

static KrObject *ref_get_callback(KrObject *self, void *c)
{
    KrObject *cb = ((KrWeakrefObject *)self)->wr_callback;
    return kr_newref(cb ? cb : Kr_None);
}

static KrObject *ref_class_getitem(KrObject *cls, KrObject *arg)
{
    return kr_newref(cls);
}

static KrGetSetDef ref_getset[] = {
    {"__callback__", ref_get_callback, NULL, NULL, NULL},
    {NULL},
};

static KrMethodDef ref_methods[] = {
    {"__class_getitem__", KR_CFUNC(ref_class_getitem), KR_METH_O | KR_METH_CLASS, NULL},
    {NULL},
};

KrTypeObject KrWeakref_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "weakref.ReferenceType",
    .tp_basicsize = sizeof(KrWeakrefObject),
    .tp_dealloc = ref_dealloc,
    .tp_repr = ref_repr,
    .tp_hash = ref_hash,
    .tp_call = ref_call,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_traverse = ref_traverse,
    .tp_clear = ref_clear,
    .tp_richcompare = ref_richcompare,
    .tp_methods = ref_methods,
    .tp_getset = ref_getset,
    .tp_init = ref_init,
    .tp_new = ref_tp_new,
};

/* ---- proxies: forward operations to the referent ---- */
static KrObject *proxy_target(KrObject *self)
{
    KrObject *o = kr_weakref_get(self);
    if (o == Kr_None) {
        kr_err_set_string(&KrExc_ReferenceError_Type, "weakly-referenced object no longer exists");
        return NULL;
    }
    return kr_newref(o);
}

#define PROXY_UNARY(name, call) \
    static KrObject *name(KrObject *self) { \
        KrObject *o = proxy_target(self); \
        if (!o) return NULL; \
        KrObject *r = call(o); \
        kr_decref(o); \
        return r; \
    }
#define PROXY_BINARY(name, call) \
    static KrObject *name(KrObject *a, KrObject *b) { \
        KrObject *x = KR_TYPE_CHECK(a, &KrWeakProxy_Type) || KR_TYPE_CHECK(a, &KrWeakCallableProxy_Type) ? proxy_target(a) : kr_newref(a); \
        if (!x) return NULL; \
        KrObject *y = KR_TYPE_CHECK(b, &KrWeakProxy_Type) || KR_TYPE_CHECK(b, &KrWeakCallableProxy_Type) ? proxy_target(b) : kr_newref(b); \
        if (!y) { kr_decref(x); return NULL; } \
        KrObject *r = call(x, y); \
        kr_decref(x); kr_decref(y); \
        return r; \
    }

PROXY_UNARY(proxy_str, kr_object_str)
PROXY_UNARY(proxy_neg, kr_number_negative)
PROXY_UNARY(proxy_pos, kr_number_positive)
PROXY_UNARY(proxy_abs, kr_number_absolute)
PROXY_UNARY(proxy_invert, kr_number_invert)
PROXY_UNARY(proxy_int, kr_number_long)
PROXY_UNARY(proxy_float, kr_number_float)
PROXY_UNARY(proxy_index, kr_number_index)
PROXY_UNARY(proxy_iter, kr_object_getiter)
PROXY_BINARY(proxy_add, kr_number_add)
PROXY_BINARY(proxy_sub, kr_number_subtract)
PROXY_BINARY(proxy_mul, kr_number_multiply)
PROXY_BINARY(proxy_truediv, kr_number_truediv)
PROXY_BINARY(proxy_floordiv, kr_number_floordiv)
PROXY_BINARY(proxy_mod, kr_number_remainder)
PROXY_BINARY(proxy_lshift, kr_number_lshift)
PROXY_BINARY(proxy_rshift, kr_number_rshift)
PROXY_BINARY(proxy_and, kr_number_and)
PROXY_BINARY(proxy_or, kr_number_or)
PROXY_BINARY(proxy_xor, kr_number_xor)
PROXY_BINARY(proxy_getitem, kr_object_getitem)

static KrObject *proxy_pow(KrObject *a, KrObject *b, KrObject *c)
{
    KrObject *x = proxy_target(a);
    if (!x)
        return NULL;
    KrObject *r = kr_number_power(x, b, c);
    kr_decref(x);
    return r;
}

static KrObject *proxy_next(KrObject *self)
{
    KrObject *o = proxy_target(self);
    if (!o)
        return NULL;
    if (!kr_iter_check(o)) {
        kr_err_format(KrExc_TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                      kr_object_type_name(o));
        kr_decref(o);
        return NULL;
    }
    KrObject *r = KR_TYPE(o)->tp_iternext(o);
    kr_decref(o);
    return r;
}

static int proxy_bool(KrObject *self)
{
    KrObject *o = proxy_target(self);
    if (!o)
        return -1;
    int r = kr_object_is_true(o);
    kr_decref(o);
    return r;
}

static ssize_t proxy_len(KrObject *self)
{
    KrObject *o = proxy_target(self);
    if (!o)
        return -1;
    ssize_t r = kr_object_size(o);
    kr_decref(o);
    return r;
}

static int proxy_contains(KrObject *self, KrObject *v)
{
    KrObject *o = proxy_target(self);
    if (!o)
        return -1;
    int r = kr_sequence_contains(o, v);
    kr_decref(o);
    return r;
}

static int proxy_setitem(KrObject *self, KrObject *k, KrObject *v)
{
    KrObject *o = proxy_target(self);
    if (!o)
        return -1;
    int r = v ? kr_object_setitem(o, k, v) : kr_object_delitem(o, k);
    kr_decref(o);
    return r;
}

static KrObject *proxy_getattro(KrObject *self, KrObject *name)
{
    KrObject *o = proxy_target(self);
    if (!o)
        return NULL;
    KrObject *r = kr_object_getattr(o, name);
    kr_decref(o);
    return r;
}

static int proxy_setattro(KrObject *self, KrObject *name, KrObject *v)
{
    KrObject *o = proxy_target(self);
    if (!o)
        return -1;
    int r = kr_object_setattr(o, name, v);
    kr_decref(o);
    return r;
}

static KrObject *proxy_richcompare(KrObject *a, KrObject *b, int op)
{
    KrObject *x = proxy_target(a);
    if (!x)
        return NULL;
    KrObject *y = (KR_TYPE_CHECK(b, &KrWeakProxy_Type) || KR_TYPE_CHECK(b, &KrWeakCallableProxy_Type))
                      ? proxy_target(b) : kr_newref(b);
    if (!y) {
        kr_decref(x);
        return NULL;
    }
    KrObject *r = kr_object_richcompare(x, y, op);
    kr_decref(x);
    kr_decref(y);
    return r;
}

static KrObject *proxy_call(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *o = proxy_target(self);
    if (!o)
        return NULL;
    KrObject *r = kr_object_vectorcall(o, args, nargs, kwnames);
    kr_decref(o);
    return r;
}

static KrObject *proxy_repr(KrObject *self)
{
    KrObject *o = kr_weakref_get(self);
    return kr_str_from_format("<weakproxy at %p; to '%s' at %p>", self,
                              o == Kr_None ? "NoneType" : KR_TYPE(o)->tp_name, o);
}

static KrObject *proxy_bytes(KrObject *self, KrObject *unused)
{
    KrObject *o = proxy_target(self);
    if (!o)
        return NULL;
    KrObject *r = kr_object_call_one(KR_OBJ(&KrBytes_Type), o);
    kr_decref(o);
    return r;
}

static KrObject *proxy_reversed(KrObject *self, KrObject *unused)
{
    KrObject *o = proxy_target(self);
    if (!o)
        return NULL;
    KrObject *r = kr_object_call_method(o, KR_ID(__reversed__), NULL, 0);
    kr_decref(o);
    return r;
}

static KrNumberMethods proxy_as_number = {
    .nb_add = proxy_add, .nb_subtract = proxy_sub, .nb_multiply = proxy_mul,
    .nb_remainder = proxy_mod, .nb_power = proxy_pow, .nb_negative = proxy_neg,
    .nb_positive = proxy_pos, .nb_absolute = proxy_abs, .nb_bool = proxy_bool,
    .nb_invert = proxy_invert, .nb_lshift = proxy_lshift, .nb_rshift = proxy_rshift,
    .nb_and = proxy_and, .nb_xor = proxy_xor, .nb_or = proxy_or, .nb_int = proxy_int,
    .nb_float = proxy_float, .nb_floor_divide = proxy_floordiv, .nb_true_divide = proxy_truediv,
    .nb_index = proxy_index,
};

static KrSequenceMethods proxy_as_sequence = {
    .sq_contains = proxy_contains,
};

static KrMappingMethods proxy_as_mapping = {
    .mp_length = proxy_len, .mp_subscript = proxy_getitem, .mp_ass_subscript = proxy_setitem,
};

static KrMethodDef proxy_methods[] = {
    {"__bytes__", KR_CFUNC(proxy_bytes), KR_METH_NOARGS, NULL},
    {"__reversed__", KR_CFUNC(proxy_reversed), KR_METH_NOARGS, NULL},
    {NULL},
};

static kr_hash_t proxy_hash(KrObject *self)
{
    kr_err_format(KrExc_TypeError, "unhashable type: '%s'", KR_TYPE(self)->tp_name);
    return -1;
}

KrTypeObject KrWeakProxy_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "weakref.ProxyType",
    .tp_basicsize = sizeof(KrWeakrefObject),
    .tp_dealloc = ref_dealloc,
    .tp_repr = proxy_repr,
    .tp_as_number = &proxy_as_number,
    .tp_as_sequence = &proxy_as_sequence,
    .tp_as_mapping = &proxy_as_mapping,
    .tp_hash = proxy_hash,
    .tp_str = proxy_str,
    .tp_getattro = proxy_getattro,
    .tp_setattro = proxy_setattro,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = ref_traverse,
    .tp_clear = ref_clear,
    .tp_richcompare = proxy_richcompare,
    .tp_iter = proxy_iter,
    .tp_iternext = proxy_next,
    .tp_methods = proxy_methods,
};

KrTypeObject KrWeakCallableProxy_Type = {
    .ob_base = KR_STATIC_VAR_HEAD(&KrType_Type, 0),
    .tp_name = "weakref.CallableProxyType",
    .tp_basicsize = sizeof(KrWeakrefObject),
    .tp_dealloc = ref_dealloc,
    .tp_repr = proxy_repr,
    .tp_as_number = &proxy_as_number,
    .tp_as_sequence = &proxy_as_sequence,
    .tp_as_mapping = &proxy_as_mapping,
    .tp_hash = proxy_hash,
    .tp_call = proxy_call,
    .tp_str = proxy_str,
    .tp_getattro = proxy_getattro,
    .tp_setattro = proxy_setattro,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = ref_traverse,
    .tp_clear = ref_clear,
    .tp_richcompare = proxy_richcompare,
    .tp_iter = proxy_iter,
    .tp_iternext = proxy_next,
    .tp_methods = proxy_methods,
};

/* ---- the _weakref module ---- */
static KrObject *wr_proxy(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("proxy", nargs, 1, 2) < 0)
        return NULL;
    KrObject *cb = nargs > 1 ? args[1] : NULL;
    KrTypeObject *t = kr_callable_check(args[0]) ? &KrWeakCallableProxy_Type : &KrWeakProxy_Type;
    return new_ref(t, args[0], cb);
}

static KrObject *wr_getweakrefcount(KrObject *m, KrObject *o)
{
    KrObject **head = weaklist_ptr(o);
    long n = 0;
    if (head)
        for (KrWeakrefObject *r = (KrWeakrefObject *)*head; r; r = r->wr_next)
            n++;
    return kr_int_from_long(n);
}

static KrObject *wr_getweakrefs(KrObject *m, KrObject *o)
{
    KrObject *l = kr_list_new(0);
    KrObject **head = weaklist_ptr(o);
    if (l && head)
        for (KrWeakrefObject *r = (KrWeakrefObject *)*head; r; r = r->wr_next)
            if (kr_list_append(l, KR_OBJ(r)) < 0) {
                kr_decref(l);
                return NULL;
            }
    return l;
}

static KrObject *wr_remove_dead(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_arg_count("_remove_dead_weakref", nargs, 2, 2) < 0)
        return NULL;
    KrObject *v = kr_dict_get(args[0], args[1]);
    if (v && KR_TYPE_CHECK(v, &KrWeakref_Type) && kr_weakref_get(v) == Kr_None) {
        if (kr_dict_del(args[0], args[1]) < 0)
            kr_err_clear();
    }
    kr_err_clear();
    KR_RETURN_NONE;
}

static KrMethodDef weakref_methods[] = {
    {"proxy", KR_CFUNC(wr_proxy), KR_METH_FASTCALL, NULL},
    {"getweakrefcount", KR_CFUNC(wr_getweakrefcount), KR_METH_O, NULL},
    {"getweakrefs", KR_CFUNC(wr_getweakrefs), KR_METH_O, NULL},
    {"_remove_dead_weakref", KR_CFUNC(wr_remove_dead), KR_METH_FASTCALL, NULL},
    {NULL},
};

KrObject *kr_weakref_module_init(void)
{
    KrObject *m = kr_module_new_cstr("_weakref");
    if (!m || kr_module_add_functions(m, weakref_methods) < 0)
        goto fail;
    if (kr_module_add_object(m, "ref", kr_newref(KR_OBJ(&KrWeakref_Type))) < 0 ||
        kr_module_add_object(m, "ReferenceType", kr_newref(KR_OBJ(&KrWeakref_Type))) < 0 ||
        kr_module_add_object(m, "ProxyType", kr_newref(KR_OBJ(&KrWeakProxy_Type))) < 0 ||
        kr_module_add_object(m, "CallableProxyType", kr_newref(KR_OBJ(&KrWeakCallableProxy_Type))) < 0)
        goto fail;
    return m;
fail:
    kr_xdecref(m);
    return NULL;
}
