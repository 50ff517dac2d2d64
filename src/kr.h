/* kr.h: the whole internal API in one include, for Krait's own C files.
 * Embedders use include/krait.h instead. */
#ifndef KR_H
#define KR_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/core.h"
#include "object/object.h"
#include "object/abstract.h"
#include "object/num.h"
#include "object/str.h"
#include "object/containers.h"
#include "object/typeobj.h"
#include "vm/vm.h"
#include "gc/gc.h"
#include "parser/parser.h"
#include "compiler/compiler.h"
#include "modules/modules.h"

#endif
