/* fuzz_values.c: the value parsers: int(str) with and without a base,
 * float(), complex(), bytes.fromhex, format() specs for every builtin
 * number and str, str.format fields, %-formatting of str and bytes, struct
 * formats (calcsize, unpack, pack round trip) and memoryview.cast formats
 * and shapes.  The first byte selects the parser, the second is a small
 * parameter (a base, a shape), the rest is the text.  The driver is
 * _fz_values in fuzz_common.c's setup script; it swallows every Exception
 * except SystemError, which Krait raises only for internal errors, so a
 * SystemError (or anything not an Exception) is a finding.  Inputs with a
 * run of more than 7 digits are skipped: a width of 10**8 only measures how
 * fast 100 MB are filled (CPython is as slow) and ends in libFuzzer's
 * timeout.
 */
#include "fuzz_common.h"

static KrTypeObject *const nothing[] = { NULL };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static KrObject *driver;
    fz_init();
    if (size > 8192)
        return 0;
    if (!driver)
        driver = fz_helper("_fz_values");
    KrObject *b = kr_bytes_from_data(data, (ssize_t)size);
    if (!b)
        abort();
    KrObject *r = kr_object_call_one(driver, b);
    kr_decref(b);
    if (!r)
        fz_expect_exc("values", nothing);
    kr_decref(r);
    return 0;
}
