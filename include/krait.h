/* krait.h: embedding Krait in a C program.
 *
 * Each interpreter is independent: its own modules, objects, collector and
 * GIL.  A thread that creates an interpreter is bound to it and holds its
 * GIL until it frees it; different threads may create and run different
 * interpreters at the same time, in parallel.
 *
 *     KraitInterp *k = krait_new(argc, argv);
 *     krait_run_string(k, "print('hello from Python')");
 *     krait_free(k);
 */
#ifndef KRAIT_H
#define KRAIT_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct KrInterp KraitInterp;

/* a new interpreter bound to the calling thread; argv becomes sys.argv
 * (argc may be 0).  NULL when it cannot be created. */
KraitInterp *krait_new(int argc, char **argv);

/* run source code as the __main__ module.  Returns 0, or -1 after printing
 * the exception's traceback to stderr.  *exit_code (may be NULL) receives
 * the status a script would exit with (SystemExit honoured). */
int krait_run_string(KraitInterp *k, const char *source, int *exit_code);
int krait_run_file(KraitInterp *k, const char *path, int *exit_code);

/* evaluate an expression and return its str() as a malloc'd UTF-8 string
 * (free() it), or NULL after printing the error */
char *krait_eval_to_string(KraitInterp *k, const char *expression);

/* finalize: atexit callbacks, flush streams, free everything */
void krait_free(KraitInterp *k);

#ifdef __cplusplus
}
#endif
#endif
