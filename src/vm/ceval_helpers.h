/* ceval_helpers.h: the eval loop's slow paths (ceval_helpers.c), private
 * to ceval.c.  Each implements the rare or heavy part of one instruction
 * so the loop body stays short. */
#ifndef KR_CEVAL_HELPERS_H
#define KR_CEVAL_HELPERS_H

#include "kr.h"

#define UNBOUNDLOCAL_MSG "cannot access local variable '%U' where it is not associated with a value"
#define UNBOUNDFREE_MSG "cannot access free variable '%U' where it is not associated with a value in enclosing scope"
#define NAME_ERROR_MSG "name '%U' is not defined"

void kr_ceval_set_name_error(KrTypeObject *type, const char *fmt, KrObject *name);
void kr_ceval_unbound_deref(KrCodeObject *co, int i);
int kr_ceval_is_sequence(KrObject *o);
KrObject *kr_ceval_lookup_special_bound(KrObject *o, KrObject *name);
KrObject *kr_ceval_load_name(KrFrame *f, KrObject *name);
int kr_ceval_store_name(KrFrame *f, KrObject *name, KrObject *v);
int kr_ceval_delete_name(KrFrame *f, KrObject *name);
KrObject *kr_ceval_load_from_dict_or_deref(KrFrame *f, KrObject *mapping, int i);
int kr_ceval_unpack_iterable(KrObject *v, int argcnt, int argcntafter, KrObject **sp);
KrObject *kr_ceval_do_raise_make(KrObject *exc);
void kr_ceval_do_raise(KrObject *exc, KrObject *cause);
int kr_ceval_check_except_type(KrObject *t);
KrObject *kr_ceval_import_name(KrFrame *f, KrObject *name, KrObject *fromlist, KrObject *level);
KrObject *kr_ceval_import_from(KrObject *module, KrObject *name);
int kr_ceval_import_star(KrFrame *f, KrObject *module);
KrObject *kr_ceval_format_value(KrObject *v, int conv, KrObject *spec);
KrObject *kr_ceval_build_string(KrObject **items, int n);
void kr_ceval_format_kwargs_error(KrObject *func, KrObject *m);
int kr_ceval_dict_merge_checked(KrObject *func, KrObject *dict, KrObject *m);
KrObject *kr_ceval_call_function_ex(KrObject *func, KrObject *self, KrObject *callargs, KrObject *kwargs);
KrObject *kr_ceval_make_function(KrFrame *f, KrObject **sp, int flags, int *npopped);
int kr_ceval_setup_annotations(KrFrame *f);
KrObject *kr_ceval_before_with(KrObject *mgr, KrObject **exit_out);
KrObject *kr_ceval_with_except_start(KrObject *exit, KrObject *exc);
int kr_ceval_list_extend_checked(KrObject *list, KrObject *it);
int kr_ceval_dict_update_checked(KrObject *dict, KrObject *m);
int kr_ceval_yield_from_send(KrObject *iter, KrObject *sent, KrObject **res);
KrObject *kr_ceval_print_expr(KrObject *v);
KrObject *kr_ceval_load_build_class(KrFrame *f);
KrObject *kr_ceval_reraise_active(KrThreadState *ts);

#endif
