/* fuzz_compile.c: arbitrary bytes through the parser and the compiler.
 *
 * The only acceptable outcomes are a code object or one of the exceptions
 * CPython's compile() can raise for bad source: SyntaxError (and its
 * IndentationError/TabError), ValueError (UnicodeDecodeError included),
 * MemoryError, RecursionError, OverflowError.  The first byte picks the
 * mode (exec / eval / single) and the optimization level, as compile()'s
 * arguments would, and is still part of the source.
 */
#include "fuzz_common.h"

static KrTypeObject *const allowed[] = {
    &KrExc_SyntaxError_Type, &KrExc_ValueError_Type, &KrExc_MemoryError_Type,
    &KrExc_RecursionError_Type, &KrExc_OverflowError_Type, NULL,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static KrObject *filename;
    fz_init();
    if (!filename)
        filename = kr_str_from_cstr("<fuzz>");
    int sel = size ? data[0] : 0;
    int mode = (sel & 3) == 1 ? KR_PARSE_EVAL : (sel & 3) == 2 ? KR_PARSE_SINGLE : KR_PARSE_FILE;
    int optimize = (sel >> 2) & 1 ? 2 : 0;
    /* the compiler reads a NUL-terminated buffer; embedded NULs stay in */
    char *buf = malloc(size + 1);
    memcpy(buf, data, size);
    buf[size] = '\0';
    KrObject *code = kr_compile_string(buf, (ssize_t)size, filename, mode, optimize);
    free(buf);
    if (code) {
        if (kr_err_occurred()) {
            fprintf(stderr, "compile: returned a code object with an exception set\n");
            kr_err_print();
            abort();
        }
        kr_decref(code);
    } else {
        fz_expect_exc("compile", allowed);
        kr_err_clear();
    }
    return 0;
}
