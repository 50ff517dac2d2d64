#!/bin/sh
# refleaks.sh KRAIT RUNS [pattern]: tests/fuzz/refleaks.py over every test
# of the suite that has an expected output, each in its own process started
# in the test's folder (as tests/run.sh does).  Prints one line per test
# (ok, LEAK, skip for a test that does not compile, ERROR) and a summary;
# the lines are kept in $OUT (default build-rel/refleaks.txt).
KRAIT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); RUNS=${2:-5}; PAT=${3:-}
top=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${OUT:-$top/build-rel/refleaks.txt}
mkdir -p "$(dirname "$OUT")"; : > "$OUT"
# Known leaks whose cause lies outside the tests, reported "known" rather
# than LEAK, and "FIXED" once they stop growing, so the list stays honest
# (none at present; list them space-separated, relative to tests/).
KNOWN=" "
find "$top/tests" -name '*.py' -path "*$PAT*" ! -path '*/fuzz/*' ! -path '*/krait_only/lib/*' ! -name '_*' | sort |
while read -r t; do
  [ -f "$t.exp" ] || continue
  r=$(cd "$(dirname "$t")" && timeout 120 "$KRAIT" "$top/tests/fuzz/refleaks.py" "$(basename "$t")" "$RUNS" 2>&1 < /dev/null | tail -1)
  case "$r" in ok*|LEAK*|skip*) ;; *) r="ERROR $t: $r";; esac
  case "$KNOWN" in *" ${t#"$top"/tests/} "*)
    case "$r" in LEAK*) r="known ${r#LEAK }";; ok*) r="FIXED ${r#ok } (listed as a known leak)";; esac;;
  esac
  echo "$r" | sed -e "s| $(basename "$t")| ${t#"$top"/tests/}|" -e "s|$top/||" | tee -a "$OUT"
done
echo "$(grep -c '^ok' "$OUT") ok, $(grep -c '^LEAK' "$OUT") leaking, $(grep -c '^known' "$OUT") known, $(grep -c '^FIXED' "$OUT") fixed, $(grep -c '^skip' "$OUT") skipped, $(grep -c '^ERROR' "$OUT") errors"
