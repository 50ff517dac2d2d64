/* fuzz_common.h: what the libFuzzer targets share: one interpreter per
 * process, a sandboxed builtins module, the time budget for running code. */
#ifndef KR_FUZZ_COMMON_H
#define KR_FUZZ_COMMON_H
#include <stddef.h>
#include <stdint.h>
#include "kr.h"

/* the interpreter, created on the first call; aborts if that fails */
void fz_init(void);
/* a Python callable defined by the setup script (borrowed) */
KrObject *fz_helper(const char *name);
/* abort() unless the current exception is an instance of one of the NULL
 * terminated types: a failing check is a finding */
void fz_expect_exc(const char *what, KrTypeObject *const *allowed);
/* run the time budget watchdog around code execution */
void fz_arm(int millis);
void fz_disarm(void);
#endif
