/* typevar.h: the objects of PEP 695 (typevarobject.c): typing.TypeVar,
 * ParamSpec (with its .args/.kwargs), TypeVarTuple and TypeAliasType, and
 * the _typing module that typing re-exports them from.  The compiler's
 * intrinsics (vm/intrinsics.c) build them for `def f[T]`, `class C[T]`
 * and `type X = ...`. */
#ifndef KR_TYPEVAR_H
#define KR_TYPEVAR_H

#include "object.h"

extern KrTypeObject KrTypeVar_Type, KrParamSpec_Type, KrParamSpecArgs_Type, KrParamSpecKwargs_Type,
    KrTypeVarTuple_Type, KrTypeAliasType_Type;

/* a type parameter of the new syntax: variance inferred; the bound or
 * the constraints (a tuple) are computed by calling evaluate, lazily.
 * evaluate may be NULL (no bound); is_constraints says which it makes */
KrObject *kr_typevar_make(KrObject *name, KrObject *evaluate, int is_constraints);
KrObject *kr_paramspec_make(KrObject *name);
KrObject *kr_typevartuple_make(KrObject *name);
/* `type X[...] = v`: type_params a tuple or None; compute_value the
 * function returning v, called on the first read of __value__ */
KrObject *kr_typealias_make(KrObject *name, KrObject *type_params, KrObject *compute_value);
/* Generic[params] for `class C[...]`, TypeVarTuples unpacked */
KrObject *kr_typing_subscript_generic(KrObject *params);

KrObject *kr_typing_module_init(void);

#endif
