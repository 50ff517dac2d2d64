/* buffer.c: the simple part of the buffer protocol: getting a contiguous
 * byte view of any exporter (bytes, bytearray, memoryview, array ...) and
 * releasing it.  The view owns a reference to the exporter; exporters that
 * must not move their memory while viewed (bytearray) count views in their
 * bf_getbuffer/bf_releasebuffer.  memoryview itself lives elsewhere.
 */
#include "kr.h"
#include "strlib.h"

int kr_object_get_buffer(KrObject *o, KrBuffer *view, int flags)
{
    KrBufferProcs *bp = KR_TYPE(o)->tp_as_buffer;
    if (!bp || !bp->bf_getbuffer) {
        kr_err_format(KrExc_TypeError, "a bytes-like object is required, not '%T'", o);
        return -1;
    }
    return bp->bf_getbuffer(o, view, flags);
}

void kr_buffer_release(KrBuffer *view)
{
    KrObject *o = view->obj;
    if (!o)
        return;
    KrBufferProcs *bp = KR_TYPE(o)->tp_as_buffer;
    if (bp && bp->bf_releasebuffer)
        bp->bf_releasebuffer(o, view);
    view->obj = NULL;
    KR_DECREF(o);
}

int kr_buffer_fill_simple(KrBuffer *view, KrObject *o, void *buf, ssize_t len, int readonly, int flags)
{
    if (!view) {
        kr_err_set_string(&KrExc_BufferError_Type, "kr_buffer_fill_simple: view==NULL argument is obsolete");
        return -1;
    }
    if ((flags & KR_BUF_WRITABLE) && readonly) {
        kr_err_set_string(&KrExc_BufferError_Type, "Object is not writable.");
        return -1;
    }
    view->obj = o ? KR_NEWREF(o) : NULL;
    view->buf = buf;
    view->len = len;
    view->readonly = readonly;
    view->itemsize = 1;
    view->format = (flags & KR_BUF_FORMAT) ? (char *)"B" : NULL;
    view->ndim = 1;
    /* shape/strides point at len/itemsize, as CPython does for 1-D views */
    view->shape = (flags & KR_BUF_ND) == KR_BUF_ND ? &view->len : NULL;
    view->strides = (flags & KR_BUF_STRIDES) == KR_BUF_STRIDES ? &view->itemsize : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    return 0;
}

static int is_c_contiguous(const KrBuffer *v)
{
    if (!v->strides || v->ndim == 0)
        return 1;
    ssize_t expect = v->itemsize;
    for (int d = v->ndim - 1; d >= 0; d--) {
        ssize_t n = v->shape ? v->shape[d] : v->len / (v->itemsize ? v->itemsize : 1);
        if (n > 1 && v->strides[d] != expect)
            return 0;
        expect *= n;
    }
    return 1;
}

static void copy_dim(const KrBuffer *v, int d, const char *src, char **dst)
{
    ssize_t n = v->shape[d], st = v->strides[d];
    for (ssize_t i = 0; i < n; i++, src += st) {
        const char *p = src;
        if (v->suboffsets && v->suboffsets[d] >= 0)
            p = *(const char *const *)p + v->suboffsets[d];
        if (d == v->ndim - 1) {
            memcpy(*dst, p, (size_t)v->itemsize);
            *dst += v->itemsize;
        } else {
            copy_dim(v, d + 1, p, dst);
        }
    }
}

/* the view's bytes in C order (what bytes(memoryview) produces) */
void kr_buffer_copy_to(const KrBuffer *v, char *dst)
{
    if (is_c_contiguous(v) && !v->suboffsets) {
        memcpy(dst, v->buf, (size_t)v->len);
        return;
    }
    if (!v->shape) {
        memcpy(dst, v->buf, (size_t)v->len);
        return;
    }
    copy_dim(v, 0, v->buf, &dst);
}
