/* opcodes.c: the tables generated from opcodes.def (names for dis, operand
 * classes) and the stack effect of each instruction, which the assembler
 * uses to compute co_stacksize and the VM engineer can use for checks. */
#include "kr.h"

const char *const kr_opcode_names[KR_OP_COUNT] = {
#define OP(name, flags, effect, doc) #name,
#include "opcodes.def"
#undef OP
};

#define ARG KR_OPF_ARG
#define CONST KR_OPF_CONST
#define NAME KR_OPF_NAME
#define LOCAL KR_OPF_LOCAL
#define FREE KR_OPF_FREE
#define JUMP KR_OPF_JUMP
#define CMP KR_OPF_CMP
const int kr_opcode_flags[KR_OP_COUNT] = {
#define OP(name, flags, effect, doc) (flags),
#include "opcodes.def"
#undef OP
};
#undef ARG
#undef CONST
#undef NAME
#undef LOCAL
#undef FREE
#undef JUMP
#undef CMP

/* jump: 1 when the jump is taken, 0 when not, -1 the maximum of both */
int kr_opcode_stack_effect(int op, int arg, int jump)
{
    switch (op) {
    case KR_OP_NOP: case KR_OP_RESUME: case KR_OP_EXTENDED_ARG: case KR_OP_RETURN_GENERATOR:
    case KR_OP_CLEANUP_THROW: case KR_OP_MAKE_CELL: case KR_OP_COPY_FREE_VARS:
    case KR_OP_DELETE_FAST: case KR_OP_DELETE_DEREF: case KR_OP_DELETE_NAME:
    case KR_OP_DELETE_GLOBAL: case KR_OP_SETUP_ANNOTATIONS: case KR_OP_RETURN_CONST:
    case KR_OP_JUMP: case KR_OP_JUMP_BACKWARD:
        return 0;
    case KR_OP_POP_TOP: case KR_OP_RETURN_VALUE: case KR_OP_STORE_FAST: case KR_OP_STORE_DEREF:
    case KR_OP_STORE_NAME: case KR_OP_STORE_GLOBAL: case KR_OP_DELETE_ATTR:
    case KR_OP_POP_EXCEPT: case KR_OP_PRINT_EXPR: case KR_OP_IMPORT_STAR:
    case KR_OP_POP_JUMP_IF_FALSE: case KR_OP_POP_JUMP_IF_TRUE: case KR_OP_POP_JUMP_IF_NONE:
    case KR_OP_POP_JUMP_IF_NOT_NONE: case KR_OP_LIST_APPEND: case KR_OP_SET_ADD:
    case KR_OP_LIST_EXTEND: case KR_OP_SET_UPDATE: case KR_OP_DICT_UPDATE: case KR_OP_DICT_MERGE:
    case KR_OP_BINARY_SUBSCR: case KR_OP_BINARY_OP: case KR_OP_COMPARE_OP: case KR_OP_IS_OP:
    case KR_OP_CONTAINS_OP: case KR_OP_YIELD_FROM: case KR_OP_IMPORT_NAME:
        return -1;
    case KR_OP_PUSH_NULL: case KR_OP_COPY: case KR_OP_LOAD_CONST: case KR_OP_LOAD_FAST:
    case KR_OP_LOAD_FAST_AND_CLEAR: case KR_OP_LOAD_CLOSURE: case KR_OP_LOAD_DEREF:
    case KR_OP_LOAD_LOCALS: case KR_OP_LOAD_NAME: case KR_OP_LOAD_BUILD_CLASS:
    case KR_OP_IMPORT_FROM: case KR_OP_LOAD_ASSERTION_ERROR: case KR_OP_GET_LEN:
    case KR_OP_PUSH_EXC_INFO: case KR_OP_BEFORE_WITH: case KR_OP_WITH_EXCEPT_START:
        return 1;
    case KR_OP_SWAP: case KR_OP_LOAD_FROM_DICT_OR_DEREF: case KR_OP_UNARY_NEGATIVE:
    case KR_OP_UNARY_POSITIVE: case KR_OP_UNARY_NOT: case KR_OP_UNARY_INVERT:
    case KR_OP_LIST_TO_TUPLE: case KR_OP_GET_ITER:
    case KR_OP_GET_YIELD_FROM_ITER: case KR_OP_YIELD_VALUE: case KR_OP_CHECK_EXC_MATCH:
    case KR_OP_CALL_INTRINSIC_1:
        return 0;
    case KR_OP_CALL_INTRINSIC_2:
        return -1;
    case KR_OP_LOAD_GLOBAL: return 1 + (arg & 1);
    case KR_OP_LOAD_ATTR: return arg & 1;
    case KR_OP_STORE_ATTR: case KR_OP_DELETE_SUBSCR: case KR_OP_MAP_ADD: return -2;
    case KR_OP_STORE_SUBSCR: return -3;
    case KR_OP_BINARY_SLICE: return -2;
    case KR_OP_STORE_SLICE: return -4;
    case KR_OP_BUILD_SLICE: return 1 - arg;
    case KR_OP_BUILD_TUPLE: case KR_OP_BUILD_LIST: case KR_OP_BUILD_SET: case KR_OP_BUILD_STRING:
        return 1 - arg;
    case KR_OP_BUILD_MAP: return 1 - 2 * arg;
    case KR_OP_BUILD_CONST_KEY_MAP: return -arg;
    case KR_OP_UNPACK_SEQUENCE: return arg - 1;
    case KR_OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case KR_OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case KR_OP_FOR_ITER: return jump > 0 ? -1 : 1;
    case KR_OP_CALL: return -1 - arg;
    case KR_OP_CALL_KW: return -2 - arg;
    case KR_OP_CALL_FUNCTION_EX: return -2 - (arg & 1);
    case KR_OP_MAKE_FUNCTION: {
        int n = 0;
        for (int i = 0; i < 4; i++)
            if (arg & (1 << i))
                n++;
        return -n;
    }
    case KR_OP_RAISE_VARARGS: return -arg;
    case KR_OP_RERAISE: return -1 - (arg ? 1 : 0);
#ifdef KR_HAVE_MATCH_OPS
    case KR_OP_MATCH_MAPPING: case KR_OP_MATCH_SEQUENCE: case KR_OP_MATCH_KEYS: return 1;
    case KR_OP_MATCH_CLASS: return -2;
#endif
#ifdef KR_HAVE_EXCEPT_STAR
    case KR_OP_CHECK_EG_MATCH: return 0;
    case KR_OP_PREP_RERAISE_STAR: return -1;
#endif
    default:
        return 0;
    }
}
