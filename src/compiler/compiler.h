/* compiler.h: AST to code objects.
 *
 * symtable.c resolves every name to local / cell / free / global (explicit
 * or implicit) / class-body name, LEGB exactly; codegen.c walks the AST
 * emitting instructions into basic blocks; optimize.c folds constants and
 * threads jumps; assemble.c lays out blocks, resolves jumps, computes the
 * stack depth, the exception table and the position table.
 */
#ifndef KR_COMPILER_H
#define KR_COMPILER_H

#include "../parser/ast.h"

/* compile flags (compile()'s flags argument), CPython's values */
enum { KR_CF_ONLY_AST = 0x400, KR_CF_DONT_IMPLY_DEDENT = 0x200, KR_CF_ALLOW_INCOMPLETE = 0x4000 };

/* mode: KR_PARSE_FILE / _EVAL / _SINGLE.  optimize: -1 (interpreter's), 0, 1, 2 */
KrObject *kr_compile_ast(KrAstMod *mod, KrObject *filename, int mode, int optimize, KrArena *arena);
/* parse + compile; NULL with SyntaxError etc. */
KrObject *kr_compile_string(const char *src, ssize_t len, KrObject *filename, int mode, int optimize);
/* try/except* needs two instructions the table does not have yet:
 *   OP(CHECK_EG_MATCH, 0, "exc type -- rest match", "except* matching: split exc by type (naked
 *      exceptions are wrapped in a group); match is None when nothing matches (rest is exc then);
 *      a non-None match becomes the handled exception")
 *   OP(PREP_RERAISE_STAR, 0, "orig list -- exc_or_none", "combine what except* handlers raised and
 *      the unhandled rest (the list) into what propagates, None when nothing does")
 * Once opcodes.def and the eval loop have them, define KR_HAVE_EXCEPT_STAR
 * here and codegen emits CPython 3.12's except* shape. */
#define KR_HAVE_EXCEPT_STAR 1

/* The match statement needs four more (CPython 3.12's semantics):
 *   OP(MATCH_MAPPING,  0,   "subject -- subject bool", "type(subject) has KR_TPFLAGS_MAPPING")
 *   OP(MATCH_SEQUENCE, 0,   "subject -- subject bool", "type(subject) has KR_TPFLAGS_SEQUENCE")
 *   OP(MATCH_KEYS,     0,   "subject keys -- subject keys values_or_None", "values for the key tuple
 *      through subject.get(key, <dummy>), None when one is missing")
 *   OP(MATCH_CLASS,    ARG, "subject cls names -- attrs_or_None", "isinstance check, arg positional
 *      sub-patterns through __match_args__ (self for bool/bytearray/bytes/dict/float/frozenset/int/
 *      list/set/str/tuple), then the attributes named by the names tuple; None when no match")
 * Their run-time halves are kr_match_keys and kr_match_class below: the
 * eval loop's MATCH_KEYS pushes kr_match_keys(SECOND(), TOP()), MATCH_CLASS
 * pops names and cls and replaces the subject by kr_match_class(subject,
 * cls, oparg, names).  Define KR_HAVE_MATCH_OPS once they exist. */
#define KR_HAVE_MATCH_OPS 1

/* match_rt.c: run-time support of MATCH_KEYS / MATCH_CLASS (new references) */
KrObject *kr_match_keys(KrObject *subject, KrObject *keys);
KrObject *kr_match_class(KrObject *subject, KrObject *cls, int nargs, KrObject *names);

/* CALL_INTRINSIC_1 / CALL_INTRINSIC_2: operations the eval loop runs
 * through one call (vm/intrinsics.c) because they are rare.  The numbers
 * are CPython 3.12's where it has the same intrinsic; lib/dis.py names them. */
enum {
    KR_INTRINSIC_TYPEVAR = 7,                   /* name -- TypeVar */
    KR_INTRINSIC_PARAMSPEC = 8,                 /* name -- ParamSpec */
    KR_INTRINSIC_TYPEVARTUPLE = 9,              /* name -- TypeVarTuple */
    KR_INTRINSIC_SUBSCRIPT_GENERIC = 10,        /* type_params -- Generic[type_params] */
    KR_INTRINSIC_TYPEALIAS = 11,                /* (name, type_params, compute) -- TypeAliasType */
};
enum {
    KR_INTRINSIC_TYPEVAR_WITH_BOUND = 2,        /* name evaluate -- TypeVar */
    KR_INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3,  /* name evaluate -- TypeVar */
    KR_INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4,  /* func type_params -- func */
    /* Krait's own, CPython's LOAD_FROM_DICT_OR_GLOBALS: annotation scopes
     * in a class look names up in the class namespace first */
    KR_INTRINSIC_LOAD_FROM_DICT_OR_GLOBALS = 5, /* mapping name -- value */
};
/* both borrow their operands and return a new reference or NULL */
KrObject *kr_intrinsic_1(KrFrame *f, int which, KrObject *v);
KrObject *kr_intrinsic_2(KrFrame *f, int which, KrObject *a, KrObject *b);

/* the stack effect of one instruction (jump: 1 taking the jump, 0 not, -1 max of both) */
int kr_opcode_stack_effect(int op, int arg, int jump);

#endif
