#!/bin/sh
# valgrind.sh KRAIT [TEST...]: run tests under valgrind memcheck, each in its
# own folder, JOBS at a time, and report per test the memcheck errors and
# the definitely / indirectly lost bytes at exit.  With no TEST, the whole
# suite (every script with an expected output).  Summary in $OUT (default
# build-rel/valgrind.txt), full logs in build-rel/valgrind/.
KRAIT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift
top=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${OUT:-$top/build-rel/valgrind.txt}
logs=$top/build-rel/valgrind
if [ "${1:-}" = one ]; then
  t=$2
  log=$logs/$(basename "$(dirname "$t")")_$(basename "$t").log
  # KRAIT_FAST_EXIT is unset: the point is to see the full shutdown
  ( cd "$(dirname "$t")" && timeout 1200 valgrind --tool=memcheck --leak-check=full \
      --errors-for-leak-kinds=definite --show-leak-kinds=definite,indirect \
      --log-file="$log" "$KRAIT" "$(basename "$t")" > /dev/null 2>&1 < /dev/null )
  errs=$(grep 'ERROR SUMMARY' "$log" | awk '{print $4}')
  def=$(grep 'definitely lost:' "$log" | awk '{print $4}')
  ind=$(grep 'indirectly lost:' "$log" | awk '{print $4}')
  echo "$(echo "$t" | sed "s|$top/||"): errors ${errs:-?} definitely ${def:-0} indirectly ${ind:-0}"
  exit 0
fi
mkdir -p "$logs"
list=$(mktemp)
if [ $# -gt 0 ]; then
  for t in "$@"; do echo "$(cd "$(dirname "$t")" && pwd)/$(basename "$t")"; done
else
  find "$top/tests" -name '*.py' ! -path '*/krait_only/lib/*' ! -name '_*' | sort
fi | while read -r t; do [ -f "$t.exp" ] && echo "$t"; done > "$list"
xargs -P "${JOBS:-$(nproc 2>/dev/null || echo 2)}" -I{} sh "$0" "$KRAIT" one {} < "$list" | sort > "$OUT"
rm -f "$list"
cat "$OUT"
echo "$(wc -l < "$OUT") tests, $(grep -vc 'errors 0 definitely 0 indirectly 0' "$OUT") with findings"
