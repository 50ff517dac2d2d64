tests/fuzz/bin/fuzz_execute: tests/fuzz/fuzz_common.c \
  tests/fuzz/fuzz_common.h src/kr.h src/core/core.h src/object/object.h \
  src/object/abstract.h src/object/num.h src/object/str.h \
  src/object/identifiers.def src/object/containers.h \
  src/object/typeobj.h src/vm/vm.h src/vm/../object/object.h \
  src/vm/../compiler/opcodes.def src/gc/gc.h src/gc/../object/object.h \
  src/parser/parser.h src/parser/ast.h src/parser/../object/object.h \
  src/compiler/compiler.h src/vm/../compiler/../parser/ast.h \
  src/modules/modules.h src/modules/../object/object.h

tests/fuzz/fuzz_common.h:

src/kr.h:

src/core/core.h:

src/object/object.h:

src/object/abstract.h:

src/object/num.h:

src/object/str.h:

src/object/identifiers.def:

src/object/containers.h:

src/object/typeobj.h:

src/vm/vm.h:

src/vm/../object/object.h:

src/vm/../compiler/opcodes.def:

src/gc/gc.h:

src/gc/../object/object.h:

src/parser/parser.h:

src/parser/ast.h:

src/parser/../object/object.h:

src/compiler/compiler.h:

src/vm/../compiler/../parser/ast.h:

src/modules/modules.h:

src/modules/../object/object.h:
