#!/bin/sh
# Regenerate expected outputs with CPython 3.12, only on purpose:
#   sh tests/gen_exp.sh tests/area/x.py [...]
# The .exp format (shared with run.sh): stdout, then, when the program
# wrote to stderr or exited non-zero, a line "[stderr]", the stderr text and
# a line "[exit N]".  The test folder's absolute path (CPython shows the
# script's absolute path in tracebacks) is replaced by nothing, so the
# expectations do not depend on where the checkout lives.
PY=${CPYTHON:-python3}
for t in "$@"; do
  d=$(dirname "$t"); b=$(basename "$t")
  ( cd "$d" && PYENV_VERSION=3.12.1 $PY -B -S "$b" >"/tmp/gen.$$.out" 2>"/tmp/gen.$$.err" </dev/null
    rc=$?
    cat "/tmp/gen.$$.out"
    if [ -s "/tmp/gen.$$.err" ] || [ $rc -ne 0 ]; then
      echo "[stderr]"; cat "/tmp/gen.$$.err"; echo "[exit $rc]"
    fi ) | sed "s|$(cd "$d" && pwd)/||g" > "$t.exp"
  rm -f /tmp/gen.$$.out /tmp/gen.$$.err
done
