#!/bin/sh
# Compile one or more C files with the project's flags, to check them in
# isolation (objects go to /tmp/krait-cc1).  Usage: tools/cc1.sh src/x/y.c ...
CC=${CC:-gcc}
mkdir -p /tmp/krait-cc1
st=0
for f in "$@"; do
  $CC -std=c11 -D_GNU_SOURCE -g -O1 -Wall -Wextra -Wno-unused-parameter \
      -Wno-missing-field-initializers $(case "$($CC --version)" in *clang*) ;; *) echo -Wshadow=local;; esac) -Wstrict-prototypes -Isrc -Iinclude -pthread \
      -c "$f" -o /tmp/krait-cc1/$(basename "$f" .c).o || st=1
done
exit $st
