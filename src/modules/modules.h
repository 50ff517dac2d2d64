/* modules.h: the C modules and the builtins: builtins.c, sys.c, time.c,
 * math.c and the registry of builtin modules (config.c).  Each module has
 * an init function returning a new module object for the calling
 * interpreter (module state lives in the interpreter, not in statics).
 */
#ifndef KR_MODULES_H
#define KR_MODULES_H

#include "../object/object.h"

KrObject *kr_builtins_init(void);      /* the builtins module */
KrObject *kr_sys_init(void);           /* the sys module (needs builtins) */
KrObject *kr_time_init(void);
KrObject *kr_math_init(void);
KrObject *kr_gc_module_init(void);
KrObject *kr_thread_module_init(void);
KrObject *kr_atexit_module_init(void);
KrObject *kr_opcode_module_init(void);
KrObject *kr_struct_module_init(void);
KrObject *kr_array_module_init(void);
KrObject *kr_signal_module_init(void);
KrObject *kr_marshal_module_init(void);
KrObject *kr_tracemalloc_module_init(void);
KrObject *kr_posix_module_init(void);
/* allocator hooks while tracemalloc traces (core/mem.c calls them) */
void kr_tracemalloc_alloc(void *p, size_t size);
void kr_tracemalloc_free(void *p);
void kr_tracemalloc_fini(void);
KrObject *kr_marshal_dumps(KrObject *o);
KrObject *kr_marshal_loads(const void *data, ssize_t len, ssize_t *consumed);
void kr_signal_init_main(void);       /* Ctrl-C -> KeyboardInterrupt in this (main) interpreter */
void kr_signal_fini(void);
void kr_signal_simulate(int sig);     /* as if sig arrived (_thread.interrupt_main) */

/* builtin iterator/functional types defined by builtins.c */
extern KrTypeObject KrEnumerate_Type, KrZip_Type, KrMap_Type, KrFilter_Type, KrReversed_Type;

/* print(*args, sep, end, file, flush) helpers for C code */
int kr_sys_write_stdout(KrObject *s);  /* write a str to sys.stdout */
int kr_sys_write_stderr(KrObject *s);
KR_BORROWED KrObject *kr_sys_get(const char *name);  /* sys.<name> or NULL */
void kr_sys_write_stderr_cstr(const char *s);         /* best effort, falls back to fd 2 */

/* the standard streams: a minimal io.TextIOWrapper-like file object over a
 * file descriptor (fileobject.c): write, read, readline, flush, fileno,
 * isatty, encoding; also what open() returns for text and binary modes */
KrObject *kr_file_from_fd(int fd, const char *mode, const char *name, int closefd);
KrObject *kr_file_open(KrObject *const *args, ssize_t nargs, KrObject *kwnames);  /* builtins.open */
extern KrTypeObject KrTextIO_Type, KrBufferedIO_Type;

#endif
