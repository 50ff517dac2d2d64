#!/bin/sh
# Krait's test runner.  Each tests/<area>/x.py runs under the given
# interpreter in its own folder; its output (format: see gen_exp.sh) must
# equal x.py.exp byte for byte.  On a mismatch x.py.out is left beside it.
# Runs in parallel with a timeout; ends with "N passed, N failed".
#   sh tests/run.sh ./krait [pattern]
KRAIT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
PAT=${2:-}
[ "$PAT" = one ] && PAT=
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
TIMEOUT=${TEST_TIMEOUT:-60}
top=$(cd "$(dirname "$0")" && pwd)
one() {
  t=$1; d=$(dirname "$t"); b=$(basename "$t")
  # -X showrefcount: once finalized, the interpreter reports the references
  # and blocks still live; "[0 refs, 0 blocks]" is dropped, anything else
  # stays in the output and fails the comparison (a leak is a failure)
  ( cd "$d" && timeout "$TIMEOUT" "$KRAIT" -X showrefcount "$b" >"$b.o1" 2>"$b.o2" </dev/null
    rc=$?
    if [ "$(tail -n 1 "$b.o2")" = "[0 refs, 0 blocks]" ]; then
      sed -i '$d' "$b.o2"
    fi
    cat "$b.o1"
    if [ -s "$b.o2" ] || [ $rc -ne 0 ]; then
      echo "[stderr]"; cat "$b.o2"; echo "[exit $rc]"
    fi
    rm -f "$b.o1" "$b.o2" ) 2>/dev/null | sed "s|$(cd "$d" && pwd)/||g" > "$t.out"
  if cmp -s "$t.out" "$t.exp"; then
    rm -f "$t.out"; echo "PASS $t"
  else
    echo "FAIL $t"
  fi
}
if [ "${2:-}" = one ]; then one "$3"; exit 0; fi
res=$(mktemp -d)
find "$top" -name '*.py' -path "*$PAT*" ! -path '*/krait_only/lib/*' ! -name '_*' | sort | while read -r t; do
  [ -f "$t.exp" ] && echo "$t"
done > "$res/list"
# POSIX sh has no exported functions: re-enter this script once per test
xargs -P "$JOBS" -I{} sh "$top/run.sh" "$KRAIT" one {} < "$res/list" > "$res/results"
# tests/xfail.txt names tests that fail for a documented reason (a feature
# not built yet); they still run, count as skipped, and are reported if they
# start passing so the list stays honest
xf="$top/xfail.txt"
touch "$res/xfail"
[ -f "$xf" ] && sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$xf" | awk '{print $1}' > "$res/xfail"
while read -r line; do
  t=${line#* }
  rel=${t#"$top"/}
  if grep -qxF "$rel" "$res/xfail"; then
    case $line in FAIL*) echo "SKIP $rel (expected failure)" >> "$res/skipped";;
                  PASS*) echo "XPASS $rel (listed in tests/xfail.txt but passes)";; esac
  else
    case $line in FAIL*) echo "FAIL $rel" >> "$res/failed";; esac
  fi
done < "$res/results"
[ -f "$res/failed" ] && sort "$res/failed"
p=$(grep -c '^PASS' "$res/results")
f=$( [ -f "$res/failed" ] && wc -l < "$res/failed" || echo 0)
s=$( [ -f "$res/skipped" ] && wc -l < "$res/skipped" || echo 0)
xp=$(grep '^PASS' "$res/results" | sed "s|^PASS $top/||" | awk 'NR==FNR { x[$1] = 1; next } ($1 in x) { n++ } END { print n + 0 }' "$res/xfail" -)
p=$((p - xp))
rm -rf "$res"
if [ "$s" -gt 0 ]; then
  echo "$p passed, $((f)) failed, $s skipped"
else
  echo "$p passed, $((f)) failed"
fi
[ "$f" -eq 0 ]
