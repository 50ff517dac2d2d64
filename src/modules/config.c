/* config.c: the table of builtin C modules that `import` can create.
 * builtins and sys are made with every interpreter and are not listed. */
#include "kr.h"
#include "object/weakref.h"
#include "object/typevar.h"

const KrBuiltinModule kr_builtin_modules[] = {
    {"math", kr_math_init},
    {"time", kr_time_init},
    {"gc", kr_gc_module_init},
    {"_thread", kr_thread_module_init},
    {"_weakref", kr_weakref_module_init},
    {"atexit", kr_atexit_module_init},
    {"_opcode", kr_opcode_module_init},
    {"_struct", kr_struct_module_init},
    {"array", kr_array_module_init},
    {"_signal", kr_signal_module_init},
    {"marshal", kr_marshal_module_init},
    {"_tracemalloc", kr_tracemalloc_module_init},
    {"posix", kr_posix_module_init},
    {"_typing", kr_typing_module_init},
    {NULL, NULL},
};
