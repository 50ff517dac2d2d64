"""Krait's opcode tables, generated from src/compiler/opcodes.def by
tools/regen.sh (make regen).  Do not edit by hand."""

__all__ = ["cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "hasexc", "opname", "opmap",
           "stack_effect", "HAVE_ARGUMENT", "EXTENDED_ARG"]

from _opcode import stack_effect

cmp_op = ("<", "<=", "==", "!=", ">", ">=")
opname = [
    "NOP",
    "RESUME",
    "POP_TOP",
    "PUSH_NULL",
    "COPY",
    "SWAP",
    "LOAD_CONST",
    "RETURN_CONST",
    "RETURN_VALUE",
    "LOAD_FAST",
    "LOAD_FAST_AND_CLEAR",
    "STORE_FAST",
    "DELETE_FAST",
    "MAKE_CELL",
    "COPY_FREE_VARS",
    "LOAD_CLOSURE",
    "LOAD_DEREF",
    "STORE_DEREF",
    "DELETE_DEREF",
    "LOAD_FROM_DICT_OR_DEREF",
    "LOAD_LOCALS",
    "LOAD_NAME",
    "STORE_NAME",
    "DELETE_NAME",
    "LOAD_GLOBAL",
    "STORE_GLOBAL",
    "DELETE_GLOBAL",
    "LOAD_ATTR",
    "STORE_ATTR",
    "DELETE_ATTR",
    "BINARY_SUBSCR",
    "STORE_SUBSCR",
    "DELETE_SUBSCR",
    "BINARY_SLICE",
    "STORE_SLICE",
    "BUILD_SLICE",
    "BINARY_OP",
    "UNARY_NEGATIVE",
    "UNARY_POSITIVE",
    "UNARY_NOT",
    "UNARY_INVERT",
    "COMPARE_OP",
    "IS_OP",
    "CONTAINS_OP",
    "BUILD_TUPLE",
    "BUILD_LIST",
    "BUILD_SET",
    "BUILD_MAP",
    "BUILD_CONST_KEY_MAP",
    "BUILD_STRING",
    "LIST_APPEND",
    "SET_ADD",
    "MAP_ADD",
    "LIST_EXTEND",
    "SET_UPDATE",
    "DICT_UPDATE",
    "DICT_MERGE",
    "LIST_TO_TUPLE",
    "UNPACK_SEQUENCE",
    "UNPACK_EX",
    "FORMAT_VALUE",
    "GET_ITER",
    "FOR_ITER",
    "GET_YIELD_FROM_ITER",
    "YIELD_VALUE",
    "YIELD_FROM",
    "JUMP",
    "JUMP_BACKWARD",
    "POP_JUMP_IF_FALSE",
    "POP_JUMP_IF_TRUE",
    "POP_JUMP_IF_NONE",
    "POP_JUMP_IF_NOT_NONE",
    "CALL",
    "CALL_KW",
    "CALL_FUNCTION_EX",
    "MAKE_FUNCTION",
    "LOAD_BUILD_CLASS",
    "SETUP_ANNOTATIONS",
    "IMPORT_NAME",
    "IMPORT_FROM",
    "IMPORT_STAR",
    "RAISE_VARARGS",
    "RERAISE",
    "PUSH_EXC_INFO",
    "POP_EXCEPT",
    "CHECK_EXC_MATCH",
    "LOAD_ASSERTION_ERROR",
    "BEFORE_WITH",
    "WITH_EXCEPT_START",
    "CLEANUP_THROW",
    "PRINT_EXPR",
    "GET_LEN",
    "RETURN_GENERATOR",
    "EXTENDED_ARG",
]
opname += ["<%r>" % (op,) for op in range(len(opname), 256)]
opmap = {name: op for op, name in enumerate(opname) if not name.startswith("<")}
hasarg = [opmap["RESUME"], opmap["COPY"], opmap["SWAP"], opmap["LOAD_CONST"], opmap["RETURN_CONST"], opmap["LOAD_FAST"], opmap["LOAD_FAST_AND_CLEAR"], opmap["STORE_FAST"], opmap["DELETE_FAST"], opmap["MAKE_CELL"], opmap["COPY_FREE_VARS"], opmap["LOAD_CLOSURE"], opmap["LOAD_DEREF"], opmap["STORE_DEREF"], opmap["DELETE_DEREF"], opmap["LOAD_FROM_DICT_OR_DEREF"], opmap["LOAD_NAME"], opmap["STORE_NAME"], opmap["DELETE_NAME"], opmap["LOAD_GLOBAL"], opmap["STORE_GLOBAL"], opmap["DELETE_GLOBAL"], opmap["LOAD_ATTR"], opmap["STORE_ATTR"], opmap["DELETE_ATTR"], opmap["BUILD_SLICE"], opmap["BINARY_OP"], opmap["COMPARE_OP"], opmap["IS_OP"], opmap["CONTAINS_OP"], opmap["BUILD_TUPLE"], opmap["BUILD_LIST"], opmap["BUILD_SET"], opmap["BUILD_MAP"], opmap["BUILD_CONST_KEY_MAP"], opmap["BUILD_STRING"], opmap["LIST_APPEND"], opmap["SET_ADD"], opmap["MAP_ADD"], opmap["LIST_EXTEND"], opmap["SET_UPDATE"], opmap["DICT_UPDATE"], opmap["DICT_MERGE"], opmap["UNPACK_SEQUENCE"], opmap["UNPACK_EX"], opmap["FORMAT_VALUE"], opmap["FOR_ITER"], opmap["JUMP"], opmap["JUMP_BACKWARD"], opmap["POP_JUMP_IF_FALSE"], opmap["POP_JUMP_IF_TRUE"], opmap["POP_JUMP_IF_NONE"], opmap["POP_JUMP_IF_NOT_NONE"], opmap["CALL"], opmap["CALL_KW"], opmap["CALL_FUNCTION_EX"], opmap["MAKE_FUNCTION"], opmap["IMPORT_NAME"], opmap["IMPORT_FROM"], opmap["RAISE_VARARGS"], opmap["RERAISE"], ]
hasconst = [opmap["LOAD_CONST"], opmap["RETURN_CONST"], ]
hasname = [opmap["LOAD_NAME"], opmap["STORE_NAME"], opmap["DELETE_NAME"], opmap["LOAD_GLOBAL"], opmap["STORE_GLOBAL"], opmap["DELETE_GLOBAL"], opmap["LOAD_ATTR"], opmap["STORE_ATTR"], opmap["DELETE_ATTR"], opmap["IMPORT_NAME"], opmap["IMPORT_FROM"], ]
haslocal = [opmap["LOAD_FAST"], opmap["LOAD_FAST_AND_CLEAR"], opmap["STORE_FAST"], opmap["DELETE_FAST"], opmap["MAKE_CELL"], opmap["LOAD_CLOSURE"], ]
hasfree = [opmap["LOAD_DEREF"], opmap["STORE_DEREF"], opmap["DELETE_DEREF"], opmap["LOAD_FROM_DICT_OR_DEREF"], ]
hasjabs = [opmap["FOR_ITER"], opmap["JUMP"], opmap["JUMP_BACKWARD"], opmap["POP_JUMP_IF_FALSE"], opmap["POP_JUMP_IF_TRUE"], opmap["POP_JUMP_IF_NONE"], opmap["POP_JUMP_IF_NOT_NONE"], ]
hascompare = [opmap["COMPARE_OP"], ]
hasjrel = []
hasexc = []
HAVE_ARGUMENT = 0
EXTENDED_ARG = opmap["EXTENDED_ARG"]
