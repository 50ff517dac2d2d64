#!/bin/sh
# refleaks.sh KRAIT RUNS [pattern]: tests/fuzz/refleaks.py over every test
# of the suite that has an expected output, each in its own process started
# in the test's folder (as tests/run.sh does).  Prints one line per test and
# a summary; the list of LEAK lines is kept in $OUT (default
# build-rel/refleaks.txt).
KRAIT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); RUNS=${2:-5}; PAT=${3:-}
top=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${OUT:-$top/build-rel/refleaks.txt}
mkdir -p "$(dirname "$OUT")"; : > "$OUT"
find "$top/tests" -name '*.py' -path "*$PAT*" ! -path '*/fuzz/*' ! -path '*/krait_only/lib/*' ! -name '_*' | sort |
while read -r t; do
  [ -f "$t.exp" ] || continue
  # threads outlive a run, and the limit tests take seconds per run
  case "$t" in */threads/*|*/reliability/recursion*|*/reliability/thread*) continue;; esac
  r=$(cd "$(dirname "$t")" && timeout 120 "$KRAIT" "$top/tests/fuzz/refleaks.py" "$(basename "$t")" "$RUNS" 2>&1 < /dev/null | tail -1)
  case "$r" in ok*|LEAK*) ;; *) r="ERROR $t: $r";; esac
  echo "$r" | sed "s|$top/||" | tee -a "$OUT"
done
echo "$(grep -c '^ok' "$OUT") ok, $(grep -c '^LEAK' "$OUT") leaking, $(grep -c '^ERROR' "$OUT") errors"
